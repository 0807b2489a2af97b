import { Decimal, Numeric, quotient } from "./decimal";
import { RuleInputError } from "./errors";
import { nonNegative, positive, positiveWholeNumber } from "./validate";

/*
 * The LOU model of the 2020 agreement (002, "Ekonomisk modell" point 1 and Bilaga 3): the system
 * cost is shared by population, and no procuring unit (a municipality, or one of Stockholm city's
 * district administrations) may be charged more than the direct-procurement threshold over the
 * whole contract period. The largest unit therefore pays exactly the threshold, and everyone pays
 * the same rate per inhabitant: threshold / population of the largest unit.
 */

/**
 * Cost per inhabitant over the whole contract period: `threshold / largest population`.
 * Bilaga 3: 615 312 kr / 130 365,4166 (Södermalm incl. its share of the rest post).
 */
export function louRatePerInhabitantForPeriod(threshold: Numeric, largestPopulation: Numeric): Decimal {
  const cap = nonNegative(threshold, "threshold");
  const largest = positive(largestPopulation, "largestPopulation");
  return cachedRate(cap, largest, ONE);
}

const ONE = new Decimal(1);

/** threshold / (largest × years): one division, shared by a column of rows with equal arguments. */
function cachedRate(cap: Decimal, largest: Decimal, years: Decimal): Decimal {
  return quotient(cap, years.eq(1) ? largest : largest.times(years));
}

/**
 * Cost per inhabitant and year: `threshold / largest population / years`.
 * Bilaga 3, "Beräkningsexempel": (615 312 / 130 365) / 8 ≈ 0,589 kr per inhabitant and year.
 */
export function louRatePerInhabitantPerYear(threshold: Numeric, largestPopulation: Numeric, years: Numeric): Decimal {
  const period = positiveWholeNumber(years, "years");
  const cap = nonNegative(threshold, "threshold");
  const largest = positive(largestPopulation, "largestPopulation");
  return cachedRate(cap, largest, period);
}

function checkedPopulation(population: Numeric, largestPopulation: Numeric): { own: Decimal; largest: Decimal } {
  const own = nonNegative(population, "population");
  const largest = positive(largestPopulation, "largestPopulation");
  if (own.gt(largest)) {
    throw new RuleInputError(
      "largestPopulation",
      "exceedsLargest",
      `the largest unit's population (${largest.toString()}) is smaller than this unit's (${own.toString()}); the largest unit pays the threshold, nobody more`,
      { population: own.toString(), largestPopulation: largest.toString() },
    );
  }
  return { own, largest };
}

/**
 * A procuring unit's cost over the whole contract period: `population × threshold / largest`.
 * Bilaga 3, column "Summa totalt". The largest unit gets exactly the threshold; a population larger
 * than the largest is refused, since nobody may pay more than the threshold (LOU cap).
 */
export function louCostForPeriod(population: Numeric, largestPopulation: Numeric, threshold: Numeric): Decimal {
  const { own, largest } = checkedPopulation(population, largestPopulation);
  const cap = nonNegative(threshold, "threshold");
  return own.times(cachedRate(cap, largest, ONE));
}

/**
 * A procuring unit's cost per year: the period cost divided by the contract years.
 * Bilaga 3, column "Summa/år" (Farsta: 35 028 kr, as quoted in 000).
 */
export function louCostPerYear(
  population: Numeric,
  largestPopulation: Numeric,
  threshold: Numeric,
  years: Numeric,
): Decimal {
  const period = positiveWholeNumber(years, "years");
  const { own, largest } = checkedPopulation(population, largestPopulation);
  const cap = nonNegative(threshold, "threshold");
  return own.times(cachedRate(cap, largest, period));
}

/**
 * A population's share of a total, as a fraction (0,0397 for 3,97 %).
 * Bilaga 3, columns "Fördelning", "Fördelning i Sthlm" and "Fördelning alla kommuner".
 */
export function populationShare(population: Numeric, totalPopulation: Numeric): Decimal {
  const own = nonNegative(population, "population");
  const total = positive(totalPopulation, "totalPopulation");
  if (own.gt(total)) {
    throw new RuleInputError("totalPopulation", "exceedsLargest", `the total (${total.toString()}) is smaller than the population (${own.toString()})`, {
      population: own.toString(),
      totalPopulation: total.toString(),
    });
  }
  return own.div(total);
}
