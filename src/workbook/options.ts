import { Decimal, fraction, nonNegative, positive, positiveWholeNumber } from "../engine";
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

/**
 * Checks the figures of the plan options in a fixed order, so buildWorkbookPlan and planSummary
 * name the same option when several are wrong.
 *
 * @throws RuleInputError naming the option at fault
 */
export function checkedFigures(options: PlanOptions): CheckedFigures {
  const threshold = nonNegative(options.threshold, "threshold");
  const years = positiveWholeNumber(options.years, "years");
  const supportBudget = nonNegative(options.supportBudget, "supportBudget");
  const supportUsers = positive(options.supportUsers, "supportUsers");
  const budget2026 = nonNegative(options.budget2026, "budget2026");
  const share2026 = fraction(options.municipalShare2026, "municipalShare2026");
  return { threshold, years, supportBudget, supportUsers, budget2026, share2026 };
}
