/**
 * Why an argument was refused. The code is stable (callers translate it); the English message is
 * for logs and developers.
 */
export type RuleErrorCode =
  | "notANumber"
  | "notFinite"
  | "negative"
  | "notPositive"
  | "notWholeNumber"
  | "outOfRange"
  | "exceedsLargest"
  | "allZero"
  | "empty"
  | "tooManyDecimals"
  | "unknownName"
  | "duplicateName"
  | "mismatch";

/** Extra facts a message may quote (the offending value, the limit, ...). */
export type RuleErrorDetails = Readonly<Record<string, string | number>>;

/**
 * Raised by every rule when an argument is unusable. `argument` names the parameter as the public
 * function calls it (e.g. `population`, `weights[3]`), so a caller can point at the cell at fault.
 */
export class RuleInputError extends Error {
  readonly argument: string;
  readonly code: RuleErrorCode;
  readonly details: RuleErrorDetails;

  constructor(argument: string, code: RuleErrorCode, message: string, details: RuleErrorDetails = {}) {
    super(`${argument}: ${message}`);
    this.name = "RuleInputError";
    this.argument = argument;
    this.code = code;
    this.details = details;
  }
}

export function isRuleInputError(error: unknown): error is RuleInputError {
  return error instanceof RuleInputError;
}
