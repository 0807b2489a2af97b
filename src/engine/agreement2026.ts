import { Decimal, Numeric, quotient } from "./decimal";
import { RuleInputError } from "./errors";
import { fraction, nonNegative, partOf, positive, type Fraction, type NonNegative, type Part, type Positive } from "./validate";

/*
 * The 2026–2030 agreement (004, "Kostnadsfördelning"): the operation and management cost is split
 * 81 % Region Stockholm / 19 % the municipalities, and the municipal part is shared by population
 * ("fördelat efter invånarantal"). 2026 budget: "drygt 26 mkr".
 *
 * The cores (`partOfBudget`, `restOfBudget`, `sharedBy`) take checked values; the public functions
 * check once and call them.
 */

/** The core: `budget × municipal share`. */
export function partOfBudget(budget: NonNegative, municipalShare: Fraction): Decimal {
  return budget.times(municipalShare);
}

/** The core: `budget × (1 − municipal share)`. */
export function restOfBudget(budget: NonNegative, municipalShare: Fraction): Decimal {
  return budget.minus(partOfBudget(budget, municipalShare));
}

/**
 * The core: a unit's part of an amount shared by population, `amount × population / county population`.
 * amount / county population is the same for every row of a table: one division, remembered.
 */
export function sharedBy(population: Part, amount: Decimal): Decimal {
  return population.part.times(quotient(amount, population.whole));
}

/** A population checked against its county's: no unit is larger than the county. */
export function partOfCounty(population: NonNegative, countyPopulation: Positive): Part {
  return partOf(population, countyPopulation, largerThanCounty);
}

const largerThanCounty = (own: Decimal, county: Decimal): RuleInputError =>
  new RuleInputError("countyPopulation", "exceedsLargest", `the county's population (${county.toString()}) is smaller than the population (${own.toString()})`, {
    population: own.toString(),
    countyPopulation: county.toString(),
  });

/** The municipalities' part of the budget: `budget × municipal share` (26 000 000 × 19 % = 4 940 000). */
export function municipalPart(budget: Numeric, municipalShare: Numeric): Decimal {
  return partOfBudget(nonNegative(budget, "budget"), fraction(municipalShare, "municipalShare"));
}

/** The Region's part of the budget: `budget × (1 − municipal share)` (81 %). */
export function regionPart(budget: Numeric, municipalShare: Numeric): Decimal {
  return restOfBudget(nonNegative(budget, "budget"), fraction(municipalShare, "municipalShare"));
}

/**
 * One municipality's (or district's) yearly cost: its population's share of the county's population
 * times the municipal part of the budget.
 */
export function municipalCost2026(population: Numeric, countyPopulation: Numeric, budget: Numeric, municipalShare: Numeric): Decimal {
  const unit = partOfCounty(nonNegative(population, "population"), positive(countyPopulation, "countyPopulation"));
  return sharedBy(unit, municipalPart(budget, municipalShare));
}

/**
 * A unit's part of an amount shared by population (a population share of any agreement):
 * `amount × population / county population`. The 2026–2030 municipal part is the amount
 * `budget × municipal share` (municipalCost2026).
 */
export function sharedByPopulation(population: Numeric, countyPopulation: Numeric, amount: Numeric): Decimal {
  const unit = partOfCounty(nonNegative(population, "population"), positive(countyPopulation, "countyPopulation"));
  return sharedBy(unit, nonNegative(amount, "budget"));
}
