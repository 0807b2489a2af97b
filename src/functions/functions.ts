/*
 * The SVV custom functions: thin wrappers over src/engine. custom-functions-metadata-plugin reads
 * the JSDoc below to generate functions.json (English names) and adds the CustomFunctions.associate
 * calls at build time; the Swedish names and descriptions live in translations.sv-SE.json and the
 * build refuses to finish if any function or parameter here lacks one.
 *
 * Arguments are declared `unknown` (metadata type "any") so that text or TRUE/FALSE in a cell gets a
 * message naming the argument instead of Excel's bare #VALUE!. Omitted optional arguments arrive
 * as null and take the values of the 2020 / 2026–2030 agreements (see defaults.ts).
 *
 * Each figure is checked once, through its declaration (runtime.ts), and comes back as the engine's
 * checked type; the relations between figures (a unit no larger than the largest) are the engine's
 * checks (unitOfLargest, partOfCounty, districtOfCity); then the engine's core computes.
 */
import {
  allocate as allocateRule,
  districtOfCity,
  louCost,
  louRate,
  partOfBudget,
  partOfCounty,
  populationIncludingRest,
  sharedBy,
  unitOfLargest,
  usersCost,
  withRest,
} from "../engine";
import { findEmbeddedUnit, STOCKHOLM_REST_2018 } from "../data";
import { isNullOrWhitespace } from "../i18n";
import { DEFAULTS } from "./defaults";
import {
  ArgumentRefusal,
  evaluate,
  numberRange,
  optionalBoolean,
  optionalFigure,
  optionalNumber,
  requiredFigure,
  requiredNumber,
  reshape,
} from "./runtime";

/**
 * A procuring unit's LOU cost per year (2020 agreement, Bilaga 3): population × threshold / largest unit's population / years.
 * @customfunction LOUCOSTPERYEAR LOUCOSTPERYEAR
 * @param population The unit's population; for a Stockholm district including its share of the rest post.
 * @param [largestPopulation] The largest procuring unit's population. Default: Södermalm including rest, 2018 (130,365.4…).
 * @param [threshold] The direct-procurement threshold over the whole contract period, SEK. Default: 615,312 (2020).
 * @param [years] The contract period in whole years. Default: 8.
 * @returns Cost per year in SEK (unrounded).
 */
export function louCostPerYear(population: unknown, largestPopulation?: unknown, threshold?: unknown, years?: unknown): number {
  return evaluate("LOUCOSTPERYEAR", () => {
    const own = requiredFigure(population, "population", "populationIncludingRest");
    const largest = optionalFigure(largestPopulation, "largestPopulation", "largestPopulation", DEFAULTS.largestPopulation);
    const cap = optionalFigure(threshold, "threshold", "threshold", DEFAULTS.threshold);
    const period = optionalFigure(years, "years", "years", DEFAULTS.years);
    return louCost(unitOfLargest(own, largest), cap, period).toNumber();
  });
}

/**
 * A procuring unit's LOU cost for the whole contract period (Bilaga 3, "Summa totalt"): population × threshold / largest unit's population.
 * @customfunction LOUCOSTFORPERIOD LOUCOSTFORPERIOD
 * @param population The unit's population; for a Stockholm district including its share of the rest post.
 * @param [largestPopulation] The largest procuring unit's population. Default: Södermalm including rest, 2018.
 * @param [threshold] The direct-procurement threshold over the whole contract period, SEK. Default: 615,312 (2020).
 * @returns Cost for the period in SEK (unrounded).
 */
export function louCostForPeriod(population: unknown, largestPopulation?: unknown, threshold?: unknown): number {
  return evaluate("LOUCOSTFORPERIOD", () => {
    const own = requiredFigure(population, "population", "populationIncludingRest");
    const largest = optionalFigure(largestPopulation, "largestPopulation", "largestPopulation", DEFAULTS.largestPopulation);
    const cap = optionalFigure(threshold, "threshold", "threshold", DEFAULTS.threshold);
    return louCost(unitOfLargest(own, largest), cap).toNumber();
  });
}

/**
 * LOU cost per inhabitant and year: threshold / largest unit's population / years (2020: about 0.59 SEK).
 * @customfunction LOURATEPERYEAR LOURATEPERYEAR
 * @param [largestPopulation] The largest procuring unit's population. Default: Södermalm including rest, 2018.
 * @param [threshold] The direct-procurement threshold over the whole contract period, SEK. Default: 615,312 (2020).
 * @param [years] The contract period in whole years. Default: 8.
 * @returns SEK per inhabitant and year (unrounded).
 */
export function louRatePerYear(largestPopulation?: unknown, threshold?: unknown, years?: unknown): number {
  return evaluate("LOURATEPERYEAR", () => {
    const cap = optionalFigure(threshold, "threshold", "threshold", DEFAULTS.threshold);
    const largest = optionalFigure(largestPopulation, "largestPopulation", "largestPopulation", DEFAULTS.largestPopulation);
    const period = optionalFigure(years, "years", "years", DEFAULTS.years);
    return louRate(cap, largest, period).toNumber();
  });
}

/**
 * A Stockholm district's population including its share of the city's rest post, spread in proportion to the districts' populations (Bilaga 3, "Invånare inkl rest"). Exact, not rounded.
 * @customfunction POPULATIONWITHREST POPULATIONWITHREST
 * @param population The district's own population.
 * @param [rest] The city's residents without a district. Default: 2,446 (2018).
 * @param [allDistrictsPopulation] The sum of all districts' own populations, rest excluded. Default: 959,708 (2018).
 * @returns Population including rest (unrounded).
 */
export function populationWithRest(population: unknown, rest?: unknown, allDistrictsPopulation?: unknown): number {
  return evaluate("POPULATIONWITHREST", () => {
    const own = requiredFigure(population, "population", "population");
    const restPost = optionalFigure(rest, "rest", "rest", DEFAULTS.rest);
    const districts = optionalFigure(allDistrictsPopulation, "allDistrictsPopulation", "allDistrictsPopulation", DEFAULTS.allDistrictsPopulation);
    return withRest(districtOfCity(own, districts), restPost).toNumber();
  });
}

/**
 * An organisation's yearly cost for management and support: users × budget / all users (2020 agreement, economic model point 2).
 * @customfunction SUPPORTCOST SUPPORTCOST
 * @param users The organisation's number of users (counted on 1 October).
 * @param [budget] The Region's yearly budget for management and support, SEK. Default: 3,250,000 (2019).
 * @param [totalUsers] All users of the system. Default: 13,000 (2019).
 * @returns Cost per year in SEK (unrounded).
 */
export function supportCost(users: unknown, budget?: unknown, totalUsers?: unknown): number {
  return evaluate("SUPPORTCOST", () => {
    const count = requiredFigure(users, "users", "users");
    const all = optionalFigure(totalUsers, "totalUsers", "supportUsers", DEFAULTS.totalUsers);
    // An organisation's share of the budget cannot exceed the whole budget.
    if (count.gt(all)) throw new ArgumentRefusal("users", "moreUsersThanTotal", { value: count.toNumber(), total: all.toNumber() });
    return usersCost(count, optionalFigure(budget, "budget", "supportBudget", DEFAULTS.supportBudget), all).toNumber();
  });
}

/**
 * A municipality's (or district's) yearly cost under the 2026–2030 agreement: population / county population × budget × municipal share.
 * @customfunction MUNICIPALCOST2026 MUNICIPALCOST2026
 * @param population The municipality's (district's) population.
 * @param [budget] The yearly operating and management cost, SEK. Default: 26,000,000 (2026).
 * @param [municipalShare] The municipalities' share, as 19% or 0.19 (the number 19 is refused as ambiguous). Default: 19%.
 * @param [countyPopulation] The county's population. Default: 2,344,124 (2018).
 * @returns Cost per year in SEK (unrounded).
 */
export function municipalCost2026(population: unknown, budget?: unknown, municipalShare?: unknown, countyPopulation?: unknown): number {
  return evaluate("MUNICIPALCOST2026", () => {
    const own = requiredFigure(population, "population", "populationIncludingRest");
    const county = optionalFigure(countyPopulation, "countyPopulation", "countyPopulation", DEFAULTS.countyPopulation);
    const amount = optionalFigure(budget, "budget", "budget2026", DEFAULTS.budget2026);
    const share = optionalFigure(municipalShare, "municipalShare", "municipalShare", DEFAULTS.municipalShare);
    return sharedBy(partOfCounty(own, county), partOfBudget(amount, share)).toNumber();
  });
}

/**
 * Splits an amount by weights so that the rounded parts add up exactly to the rounded amount (largest remainder). Spills a column (or row) shaped like the weights.
 * @customfunction ALLOCATE ALLOCATE
 * @param amount The amount to split.
 * @param weights A range of weights (populations, users, ...), not negative and not all zero. Empty cells count as zero.
 * @param [decimals] Decimals to round to, 0–10. Default: 0 (whole kronor).
 * @returns The parts, one per weight, in the weights' shape.
 */
export function allocate(amount: unknown, weights: unknown[][], decimals?: unknown): number[][] {
  let range: ReturnType<typeof numberRange> | undefined;
  return evaluate(
    "ALLOCATE",
    () => {
      const total = requiredNumber(amount, "amount");
      range = numberRange(weights, "weights");
      const places = optionalNumber(decimals, "decimals", 0);
      const parts = allocateRule(total, range.values, places).map((part) => part.toNumber());
      return reshape(parts, range);
    },
    {
      get ranges() {
        return range ? { weights: range } : undefined;
      },
    },
  );
}

/**
 * The embedded population at 31/12 2018 (Bilaga 3) of a municipality (name or SCB code such as 0180), a Stockholm district or the rest post.
 * @customfunction POPULATION2018 POPULATION2018
 * @param nameOrCode The municipality's or district's name, or the municipality code (0114 … 0192).
 * @param [includeRest] TRUE: for a district, the population including its share of the rest post (exact). Default: FALSE.
 * @returns Number of inhabitants.
 */
export function population2018(nameOrCode: unknown, includeRest?: unknown): number {
  return evaluate("POPULATION2018", () => {
    if (isNullOrWhitespace(nameOrCode)) throw new ArgumentRefusal("nameOrCode", "missing");
    if (typeof nameOrCode !== "string" && typeof nameOrCode !== "number") {
      throw new ArgumentRefusal("nameOrCode", "unknownUnit", { value: String(nameOrCode) });
    }
    const withRest = optionalBoolean(includeRest, "includeRest", false);
    const unit = findEmbeddedUnit(nameOrCode);
    if (!unit) throw new ArgumentRefusal("nameOrCode", "unknownUnit", { value: String(nameOrCode) });
    if (withRest && unit.kind === "district") {
      return populationIncludingRest(unit.population, STOCKHOLM_REST_2018, DEFAULTS.allDistrictsPopulation()).toNumber();
    }
    return unit.population;
  });
}
