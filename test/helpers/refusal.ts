import { RuleInputError } from "../../src/engine";

/** The engine's refusal of `fn`: fails the test if it returns, or throws anything else. */
export function refusal(fn: () => unknown): RuleInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error("expected a RuleInputError");
}
