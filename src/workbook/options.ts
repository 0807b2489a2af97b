import { Decimal, RuleInputError, type RuleErrorCode } from "../engine";
import { checkNumberParameter, type ParameterProblem, type PlanParamKey } from "../params";
import type { PlanOptions } from "./plan";

/** The plan options' figures as checked Decimals (the same for the plan and the pane's summary). */
export interface CheckedFigures {
  readonly threshold: Decimal;
  readonly years: Decimal;
  readonly supportBudget: Decimal;
  readonly supportUsers: Decimal;
  readonly budget2026: Decimal;
  readonly share2026: Decimal;
}

/** The plan option each declared parameter is given as (the share is `municipalShare2026`). */
export const OPTION_OF: Readonly<Record<PlanParamKey, keyof PlanOptions & string>> = {
  threshold: "threshold",
  years: "years",
  supportBudget: "supportBudget",
  supportUsers: "supportUsers",
  budget2026: "budget2026",
  municipalShare: "municipalShare2026",
};

/** The declared parameter a plan option holds, to name a refusal by its flag or field. */
export function parameterOfOption(option: string): PlanParamKey | undefined {
  return (Object.keys(OPTION_OF) as PlanParamKey[]).find((key) => OPTION_OF[key] === option);
}

/** The engine's code for a declaration's refusal, so callers that switch on codes keep working. */
function ruleCode(problem: ParameterProblem, value: Decimal): RuleErrorCode {
  switch (problem) {
    case "negative":
      return "negative";
    case "notPositive":
      return "notPositive";
    case "belowMin":
      return value.lte(0) ? "notPositive" : "outOfRange";
    case "notWhole":
      return "notWholeNumber";
    case "aboveMax":
      return "outOfRange";
    default:
      return "notANumber";
  }
}

function checked(options: PlanOptions, key: PlanParamKey): Decimal {
  const argument = OPTION_OF[key];
  const raw = options[argument] as number | string;
  let value: Decimal;
  try {
    value = new Decimal(raw);
  } catch {
    throw new RuleInputError(argument, "notANumber", `"${String(raw)}" is not a number`, { value: String(raw) });
  }
  // The same hard limits as every entry point (src/params); plausibility is the entry points' to ask.
  const reading = checkNumberParameter(key, value, options.locale);
  if (!reading.ok) throw new RuleInputError(argument, ruleCode(reading.problem, value), reading.message, { value: value.toString() });
  return reading.value;
}

/**
 * Checks the figures of the plan options in a fixed order, so buildWorkbookPlan and planSummary
 * name the same option when several are wrong.
 *
 * @throws RuleInputError naming the option at fault
 */
export function checkedFigures(options: PlanOptions): CheckedFigures {
  return {
    threshold: checked(options, "threshold"),
    years: checked(options, "years"),
    supportBudget: checked(options, "supportBudget"),
    supportUsers: checked(options, "supportUsers"),
    budget2026: checked(options, "budget2026"),
    share2026: checked(options, "municipalShare"),
  };
}
