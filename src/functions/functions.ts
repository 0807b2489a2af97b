/*
 * The SVV custom functions: thin wrappers over src/engine. custom-functions-metadata-plugin reads
 * the JSDoc below to generate functions.json (English names) and adds the CustomFunctions.associate
 * calls at build time; the Swedish names and descriptions live in translations.sv-SE.json and the
 * build refuses to finish if any function or parameter here lacks one.
 *
 * Arguments are declared `unknown` (metadata type "any") so that text or TRUE/FALSE in a cell gets a
 * message naming the argument instead of Excel's bare #VALUE!. Omitted optional arguments arrive
 * as null and take the values of the 2020 / 2026–2030 agreements (see defaults.ts).
 */
import {
  Decimal,
  allocate as allocateRule,
  louCostForPeriod as louCostForPeriodRule,
  louCostPerYear as louCostPerYearRule,
  louRatePerInhabitantPerYear,
  municipalCost2026 as municipalCost2026Rule,
  populationIncludingRest,
  supportCost as supportCostRule,
} from "../engine";
import { findEmbeddedUnit, STOCKHOLM_REST_2018 } from "../data";
import { isNullOrWhitespace } from "../i18n/blank";
import { DEFAULTS } from "./defaults";
import {
  ArgumentRefusal,
  evaluate,
  numberRange,
  optionalBoolean,
  optionalNumber,
  optionalShare,
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
  return evaluate("LOUCOSTPERYEAR", () =>
    louCostPerYearRule(
      requiredNumber(population, "population", "populationIncludingRest"),
      optionalNumber(largestPopulation, "largestPopulation", DEFAULTS.largestPopulation, "largestPopulation"),
      optionalNumber(threshold, "threshold", DEFAULTS.threshold, "threshold"),
      optionalNumber(years, "years", DEFAULTS.years, "years"),
    ).toNumber(),
  );
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
  return evaluate("LOUCOSTFORPERIOD", () =>
    louCostForPeriodRule(
      requiredNumber(population, "population", "populationIncludingRest"),
      optionalNumber(largestPopulation, "largestPopulation", DEFAULTS.largestPopulation, "largestPopulation"),
      optionalNumber(threshold, "threshold", DEFAULTS.threshold, "threshold"),
    ).toNumber(),
  );
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
  return evaluate("LOURATEPERYEAR", () =>
    louRatePerInhabitantPerYear(
      optionalNumber(threshold, "threshold", DEFAULTS.threshold, "threshold"),
      optionalNumber(largestPopulation, "largestPopulation", DEFAULTS.largestPopulation, "largestPopulation"),
      optionalNumber(years, "years", DEFAULTS.years, "years"),
    ).toNumber(),
  );
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
  return evaluate("POPULATIONWITHREST", () =>
    populationIncludingRest(
      requiredNumber(population, "population", "population"),
      optionalNumber(rest, "rest", DEFAULTS.rest, "rest"),
      optionalNumber(allDistrictsPopulation, "allDistrictsPopulation", DEFAULTS.allDistrictsPopulation, "allDistrictsPopulation"),
    ).toNumber(),
  );
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
    const count = requiredNumber(users, "users", "users");
    const all = optionalNumber(totalUsers, "totalUsers", DEFAULTS.totalUsers, "supportUsers");
    // An organisation's share of the budget cannot exceed the whole budget (plain numbers, as Excel passes them, compared as they are).
    if (typeof count === "number" && typeof all === "number" ? count > all : new Decimal(count).gt(all)) {
      throw new ArgumentRefusal("users", "moreUsersThanTotal", { value: Number(count), total: Number(all) });
    }
    return supportCostRule(count, optionalNumber(budget, "budget", DEFAULTS.supportBudget, "supportBudget"), all).toNumber();
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
  return evaluate("MUNICIPALCOST2026", () =>
    municipalCost2026Rule(
      requiredNumber(population, "population", "populationIncludingRest"),
      optionalNumber(countyPopulation, "countyPopulation", DEFAULTS.countyPopulation, "countyPopulation"),
      optionalNumber(budget, "budget", DEFAULTS.budget2026, "budget2026"),
      optionalShare(municipalShare, "municipalShare", DEFAULTS.municipalShare),
    ).toNumber(),
  );
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
      const places = optionalNumber(decimals, "decimals", () => 0);
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
