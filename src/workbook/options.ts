import { Decimal, RuleInputError, type RuleErrorCode } from "../engine";
import { AGREEMENT_PARAMETER_KEYS, checkNumberParameter, type ParameterProblem, type PlanParamKey } from "../params";
import { figureDefaults } from "./agreementFigures";
import type { PlanAgreements } from "./agreements";
import type { PlanOptions } from "./plan";

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

function checked(key: PlanParamKey, value: Decimal, locale: PlanOptions["locale"]): Decimal {
  // The same hard limits as every entry point (src/params); plausibility is the entry points' to ask.
  const reading = checkNumberParameter(key, value, locale);
  if (!reading.ok) throw new RuleInputError(`figures.${key}`, ruleCode(reading.problem, value), reading.message, { value: value.toString() });
  return reading.value;
}

/**
 * Every figure an agreement may have, by its key, checked: the one the options give, else the
 * agreements' default (figureDefaults). Checked in the declarations' order, so buildWorkbookPlan and
 * planSummary name the same figure when several are wrong.
 *
 * @throws RuleInputError naming the figure at fault (`figures.<key>`)
 */
export function checkedFigures(options: PlanOptions, agreements: PlanAgreements): Record<PlanParamKey, Decimal> {
  const defaults = figureDefaults(agreements.list, options.year);
  const figures = {} as Record<PlanParamKey, Decimal>;
  for (const key of AGREEMENT_PARAMETER_KEYS) figures[key] = checked(key, options.figures[key] ?? new Decimal(defaults[key]), options.locale);
  return figures;
}
