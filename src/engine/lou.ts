import { Decimal, Numeric, quotient } from "./decimal";
import { RuleInputError } from "./errors";
import { nonNegative, partOf, positive, positiveWholeNumber, type NonNegative, type Part, type Positive, type PositiveWhole } from "./validate";

/*
 * The LOU model of the 2020 agreement (002, "Ekonomisk modell" point 1 and Bilaga 3): the system
 * cost is shared by population, and no procuring unit (a municipality, or one of Stockholm city's
 * district administrations) may be charged more than the direct-procurement threshold over the
 * whole contract period. The largest unit therefore pays exactly the threshold, and everyone pays
 * the same rate per inhabitant: threshold / population of the largest unit.
 *
 * Each rule comes twice: the core (`louRate`, `louCost`, `shareOf`) takes checked values and checks
 * nothing; the public function of the same meaning takes any number, checks it once and calls it.
 */

/** One year: the rate for the whole period is the rate over one "year" of the period's length. */
const WHOLE_PERIOD = positiveWholeNumber(1, "years");

/**
 * The core: threshold / (largest × years), one division, remembered for a column of rows with equal
 * arguments (`years` 1 for the whole period).
 */
export function louRate(threshold: NonNegative, largest: Positive, years: PositiveWhole = WHOLE_PERIOD): Decimal {
  return quotient(threshold, years.eq(1) ? largest : largest.times(years));
}

/** The core: a unit's cost, its population times the rate (per year, or for the whole period when `years` is 1). */
export function louCost(unit: Part, threshold: NonNegative, years: PositiveWhole = WHOLE_PERIOD): Decimal {
  return unit.part.times(louRate(threshold, unit.whole, years));
}

/** The core: a part's share of its whole, as a fraction. */
export function shareOf(population: Part): Decimal {
  return population.part.div(population.whole);
}

/**
 * A unit's population checked against the largest unit's: the largest unit pays the threshold,
 * nobody more (LOU cap).
 */
export function unitOfLargest(population: NonNegative, largestPopulation: Positive): Part {
  return partOf(population, largestPopulation, largerThanLargest);
}

const largerThanLargest = (own: Decimal, largest: Decimal): RuleInputError =>
  new RuleInputError(
    "largestPopulation",
    "exceedsLargest",
    `the largest unit's population (${largest.toString()}) is smaller than this unit's (${own.toString()}); the largest unit pays the threshold, nobody more`,
    { population: own.toString(), largestPopulation: largest.toString() },
  );

/** A population checked against the total it is a share of. */
export function partOfTotal(population: NonNegative, totalPopulation: Positive): Part {
  return partOf(population, totalPopulation, largerThanTotal);
}

const largerThanTotal = (own: Decimal, total: Decimal): RuleInputError =>
  new RuleInputError("totalPopulation", "exceedsLargest", `the total (${total.toString()}) is smaller than the population (${own.toString()})`, {
    population: own.toString(),
    totalPopulation: total.toString(),
  });

/**
 * Cost per inhabitant over the whole contract period: `threshold / largest population`.
 * Bilaga 3: 615 312 kr / 130 365,4166 (Södermalm incl. its share of the rest post).
 */
export function louRatePerInhabitantForPeriod(threshold: Numeric, largestPopulation: Numeric): Decimal {
  return louRate(nonNegative(threshold, "threshold"), positive(largestPopulation, "largestPopulation"));
}

/**
 * Cost per inhabitant and year: `threshold / largest population / years`.
 * Bilaga 3, "Beräkningsexempel": (615 312 / 130 365) / 8 ≈ 0,589 kr per inhabitant and year.
 */
export function louRatePerInhabitantPerYear(threshold: Numeric, largestPopulation: Numeric, years: Numeric): Decimal {
  const period = positiveWholeNumber(years, "years");
  return louRate(nonNegative(threshold, "threshold"), positive(largestPopulation, "largestPopulation"), period);
}

function checkedUnit(population: Numeric, largestPopulation: Numeric): Part {
  return unitOfLargest(nonNegative(population, "population"), positive(largestPopulation, "largestPopulation"));
}

/**
 * A procuring unit's cost over the whole contract period: `population × threshold / largest`.
 * Bilaga 3, column "Summa totalt". The largest unit gets exactly the threshold; a population larger
 * than the largest is refused, since nobody may pay more than the threshold (LOU cap).
 */
export function louCostForPeriod(population: Numeric, largestPopulation: Numeric, threshold: Numeric): Decimal {
  const unit = checkedUnit(population, largestPopulation);
  return louCost(unit, nonNegative(threshold, "threshold"));
}

/**
 * A procuring unit's cost per year: the period cost divided by the contract years.
 * Bilaga 3, column "Summa/år" (Farsta: 35 028 kr, as quoted in 000).
 */
export function louCostPerYear(population: Numeric, largestPopulation: Numeric, threshold: Numeric, years: Numeric): Decimal {
  const period = positiveWholeNumber(years, "years");
  const unit = checkedUnit(population, largestPopulation);
  return louCost(unit, nonNegative(threshold, "threshold"), period);
}

/**
 * A population's share of a total, as a fraction (0,0397 for 3,97 %).
 * Bilaga 3, columns "Fördelning", "Fördelning i Sthlm" and "Fördelning alla kommuner".
 */
export function populationShare(population: Numeric, totalPopulation: Numeric): Decimal {
  return shareOf(partOfTotal(nonNegative(population, "population"), positive(totalPopulation, "totalPopulation")));
}
