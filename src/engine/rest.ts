import { Decimal, Numeric } from "./decimal";
import { RuleInputError } from "./errors";
import { nonNegative, partOf, type NonNegative, type Part, type Positive } from "./validate";

/** The core: a district's population plus its share of the rest post, `own + rest × own / all districts`. */
export function withRest(district: Part, rest: NonNegative): Decimal {
  return district.part.plus(rest.times(district.part).div(district.whole));
}

/** The core: every district's population with its share of the rest post; `total` is their sum. */
export function spreadRest(populations: readonly NonNegative[], total: Positive, rest: NonNegative): Decimal[] {
  return populations.map((population) => population.plus(rest.times(population).div(total)));
}

/**
 * A district's population including its proportional share of the city's rest post:
 * `population + rest × population / Σ district populations`.
 *
 * Bilaga 3, column "Invånare inkl rest" and its footnote: Stockholm residents without a known
 * district ("Sthlm kn rest", 2 446 at 31/12 2018) are spread over the districts in proportion to
 * their population. The result is exact (not rounded); rounding is for display only.
 *
 * @param population          the district's own population
 * @param rest                the city's rest post
 * @param allDistrictsPopulation the sum of all districts' own populations (rest excluded)
 */
export function populationIncludingRest(population: Numeric, rest: Numeric, allDistrictsPopulation: Numeric): Decimal {
  const own = nonNegative(population, "population");
  const restPost = nonNegative(rest, "rest");
  const districts = nonNegative(allDistrictsPopulation, "allDistrictsPopulation");
  if (districts.isZero()) {
    throw new RuleInputError("allDistrictsPopulation", "notPositive", "the districts' total population must be greater than zero");
  }
  return withRest(districtOfCity(own, districts as Positive), restPost);
}

/** A district's own population checked against all districts' (rest excluded). */
export function districtOfCity(population: NonNegative, allDistrictsPopulation: Positive): Part {
  return partOf(population, allDistrictsPopulation, largerThanDistricts);
}

const largerThanDistricts = (own: Decimal, districts: Decimal): RuleInputError =>
  new RuleInputError(
    "allDistrictsPopulation",
    "exceedsLargest",
    `the districts' total (${districts.toString()}) is smaller than this district's population (${own.toString()})`,
    { population: own.toString(), allDistrictsPopulation: districts.toString() },
  );

/**
 * Every district's population including its share of the rest post (see
 * {@link populationIncludingRest}); the results add up exactly to Σ populations + rest.
 *
 * @throws RuleInputError naming `populations[i]` or `rest`
 */
export function distributeRest(populations: readonly Numeric[], rest: Numeric): Decimal[] {
  if (populations.length === 0) {
    throw new RuleInputError("populations", "empty", "at least one district is required");
  }
  const own = populations.map((population, index) => nonNegative(population, `populations[${index}]`));
  const restPost = nonNegative(rest, "rest");
  const total = own.reduce((sum, population) => sum.plus(population), new Decimal(0));
  if (total.isZero()) {
    throw new RuleInputError("populations", "allZero", "the districts' populations are all zero, so the rest cannot be spread");
  }
  return spreadRest(own, total as Positive, restPost);
}
