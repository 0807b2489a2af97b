import { Decimal, Numeric, quotient } from "./decimal";
import { RuleInputError } from "./errors";
import { fraction, nonNegative, positive } from "./validate";

/*
 * The 2026–2030 agreement (004, "Kostnadsfördelning"): the operation and management cost is split
 * 81 % Region Stockholm / 19 % the municipalities, and the municipal part is shared by population
 * ("fördelat efter invånarantal"). 2026 budget: "drygt 26 mkr".
 */

/** The municipalities' part of the budget: `budget × municipal share` (26 000 000 × 19 % = 4 940 000). */
export function municipalPart(budget: Numeric, municipalShare: Numeric): Decimal {
  const amount = nonNegative(budget, "budget");
  return amount.times(fraction(municipalShare, "municipalShare"));
}

/** The Region's part of the budget: `budget × (1 − municipal share)` (81 %). */
export function regionPart(budget: Numeric, municipalShare: Numeric): Decimal {
  const amount = nonNegative(budget, "budget");
  return amount.minus(municipalPart(amount, municipalShare));
}

/**
 * One municipality's (or district's) yearly cost: its population's share of the county's population
 * times the municipal part of the budget.
 */
export function municipalCost2026(
  population: Numeric,
  countyPopulation: Numeric,
  budget: Numeric,
  municipalShare: Numeric,
): Decimal {
  const own = nonNegative(population, "population");
  const county = positive(countyPopulation, "countyPopulation");
  if (own.gt(county)) {
    throw new RuleInputError("countyPopulation", "exceedsLargest", `the county's population (${county.toString()}) is smaller than the population (${own.toString()})`, {
      population: own.toString(),
      countyPopulation: county.toString(),
    });
  }
  // municipal part / county population is the same for every row of a table: one division, remembered
  return own.times(quotient(municipalPart(budget, municipalShare), county));
}

/**
 * A unit's part of an amount shared by population (a population share of any agreement):
 * `amount × population / county population`. The 2026–2030 municipal part is the amount
 * `budget × municipal share` (municipalCost2026).
 */
export function sharedByPopulation(population: Numeric, countyPopulation: Numeric, amount: Numeric): Decimal {
  return municipalCost2026(population, countyPopulation, amount, 1);
}
