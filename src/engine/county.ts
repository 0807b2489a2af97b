import { Decimal, Numeric } from "./decimal";
import { RuleInputError } from "./errors";
import { louRatePerInhabitantForPeriod } from "./lou";
import { distributeRest } from "./rest";
import { nonNegative, positiveWholeNumber } from "./validate";

/** A municipality or district with its population at the reference date. */
export interface PopulationUnit {
  readonly name: string;
  /** SCB municipality code (four digits, e.g. "0180"), where known. */
  readonly code?: string;
  readonly population: Numeric;
}

/**
 * The population of a county as Bilaga 3 of the 2020 agreement lays it out: every municipality
 * (the city divided into districts included, with its total), and for that city its districts and
 * its rest post.
 */
export interface CountyPopulation {
  readonly municipalities: readonly PopulationUnit[];
  readonly dividedCity?: {
    /** Name of the municipality row the districts make up ("Stockholm"). */
    readonly name: string;
    readonly districts: readonly PopulationUnit[];
    readonly rest: Numeric;
  };
}

export interface LouParameters {
  /** The direct-procurement threshold: the most a procuring unit may pay over the period. */
  readonly threshold: Numeric;
  /** The contract period in whole years. */
  readonly years: Numeric;
}

export interface MunicipalityAllocation {
  readonly name: string;
  readonly code?: string;
  readonly population: Decimal;
  /** Share of the county's population (fraction). */
  readonly share: Decimal;
  readonly perYear: Decimal;
  readonly forPeriod: Decimal;
  /** False for the divided city: its districts procure, its row is their sum. */
  readonly procuring: boolean;
}

export interface DistrictAllocation {
  readonly name: string;
  readonly population: Decimal;
  readonly populationIncludingRest: Decimal;
  readonly shareOfCity: Decimal;
  readonly shareOfCounty: Decimal;
  readonly perYear: Decimal;
  readonly forPeriod: Decimal;
}

export interface LouAllocation {
  readonly threshold: Decimal;
  readonly years: Decimal;
  readonly countyPopulation: Decimal;
  readonly largestUnit: { readonly name: string; readonly kind: "municipality" | "district"; readonly population: Decimal };
  readonly ratePerInhabitantForPeriod: Decimal;
  readonly ratePerInhabitantPerYear: Decimal;
  readonly municipalities: readonly MunicipalityAllocation[];
  readonly city?: {
    readonly name: string;
    readonly population: Decimal;
    readonly districtsPopulation: Decimal;
    readonly rest: Decimal;
    readonly districts: readonly DistrictAllocation[];
    readonly totalPerYear: Decimal;
    readonly totalForPeriod: Decimal;
  };
  /** Exact totals over all municipalities (the annex's total row, computed rather than summed). */
  readonly total: { readonly population: Decimal; readonly perYear: Decimal; readonly forPeriod: Decimal };
}

/** Folds case, spacing and hyphens so "Upplands-Väsby" and "upplands väsby" name the same unit. */
export function normalizeUnitName(name: string): string {
  let normalized = NORMALIZED_NAMES.get(name);
  if (normalized === undefined) {
    normalized = name
      .normalize("NFC")
      .toLocaleLowerCase("sv-SE")
      .replace(/[\u2010-\u2015-]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    // A county has a few hundred names; a plan asks for each many times (a locale-aware lower case is slow).
    if (NORMALIZED_NAMES.size >= 10_000) NORMALIZED_NAMES.clear();
    NORMALIZED_NAMES.set(name, normalized);
  }
  return normalized;
}

const NORMALIZED_NAMES = new Map<string, string>();

function checkNames(units: readonly PopulationUnit[], argument: string): void {
  const seen = new Map<string, number>();
  units.forEach((unit, index) => {
    if (unit.name.trim() === "") {
      throw new RuleInputError(`${argument}[${index}].name`, "empty", "a name is required");
    }
    const key = normalizeUnitName(unit.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new RuleInputError(`${argument}[${index}].name`, "duplicateName", `"${unit.name}" appears twice (also at ${argument}[${earlier}])`, {
        name: unit.name,
        firstIndex: earlier,
      });
    }
    seen.set(key, index);
  });
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0));

/**
 * The whole LOU allocation of Bilaga 3 (2020 agreement, "Ekonomisk modell" point 1):
 * - districts get their share of the rest post ("Invånare inkl rest");
 * - the procuring units are the municipalities other than the divided city, and its districts;
 * - the rate per inhabitant is the threshold over the largest procuring unit's population, so that
 *   unit pays exactly the threshold over the period and no unit pays more;
 * - every figure is exact; the divided city's row is the sum of its districts, the total row the
 *   exact total over all municipalities.
 *
 * @throws RuleInputError naming e.g. `municipalities[3].population`, `dividedCity.rest`,
 *   `dividedCity.name` (no such municipality, or its population ≠ districts + rest), `threshold`, `years`
 */
export function louAllocation(county: CountyPopulation, parameters: LouParameters): LouAllocation {
  const threshold = nonNegative(parameters.threshold, "threshold");
  const years = positiveWholeNumber(parameters.years, "years");
  if (county.municipalities.length === 0) {
    throw new RuleInputError("municipalities", "empty", "at least one municipality is required");
  }
  checkNames(county.municipalities, "municipalities");
  const populations = county.municipalities.map((unit, index) =>
    nonNegative(unit.population, `municipalities[${index}].population`),
  );

  let cityIndex = -1;
  let city: LouAllocation["city"] | undefined;
  const procuring: { name: string; kind: "municipality" | "district"; population: Decimal }[] = [];
  let districtRows: { name: string; population: Decimal; populationIncludingRest: Decimal }[] = [];
  let rest = new Decimal(0);

  if (county.dividedCity) {
    const divided = county.dividedCity;
    cityIndex = county.municipalities.findIndex((unit) => normalizeUnitName(unit.name) === normalizeUnitName(divided.name));
    if (cityIndex < 0) {
      throw new RuleInputError("dividedCity.name", "unknownName", `"${divided.name}" is not one of the municipalities`, { name: divided.name });
    }
    if (divided.districts.length === 0) {
      throw new RuleInputError("dividedCity.districts", "empty", "a divided city needs at least one district");
    }
    checkNames(divided.districts, "dividedCity.districts");
    const own = divided.districts.map((unit, index) => nonNegative(unit.population, `dividedCity.districts[${index}].population`));
    rest = nonNegative(divided.rest, "dividedCity.rest");
    const includingRest = distributeRest(own, rest);
    const cityTotal = sum(own).plus(rest);
    if (!cityTotal.eq(populations[cityIndex])) {
      throw new RuleInputError(
        `municipalities[${cityIndex}].population`,
        "mismatch",
        `${divided.name} has ${populations[cityIndex].toString()} inhabitants, but its districts plus the rest post make ${cityTotal.toString()}`,
        { given: populations[cityIndex].toString(), computed: cityTotal.toString() },
      );
    }
    districtRows = divided.districts.map((unit, index) => ({
      name: unit.name,
      population: own[index],
      populationIncludingRest: includingRest[index],
    }));
  }

  county.municipalities.forEach((unit, index) => {
    if (index !== cityIndex) procuring.push({ name: unit.name, kind: "municipality", population: populations[index] });
  });
  districtRows.forEach((row) => procuring.push({ name: row.name, kind: "district", population: row.populationIncludingRest }));
  if (procuring.length === 0) {
    throw new RuleInputError("municipalities", "empty", "there is no procuring unit");
  }
  const largest = procuring.reduce((best, unit) => (unit.population.gt(best.population) ? unit : best));
  if (largest.population.isZero()) {
    throw new RuleInputError("municipalities", "allZero", "every procuring unit has zero inhabitants");
  }

  const countyPopulation = sum(populations);
  const ratePerInhabitantForPeriod = louRatePerInhabitantForPeriod(threshold, largest.population);
  const ratePerInhabitantPerYear = ratePerInhabitantForPeriod.div(years);

  if (county.dividedCity) {
    const cityPopulation = populations[cityIndex];
    const districtsPopulation = cityPopulation.minus(rest);
    const districts = districtRows.map((row) => ({
      ...row,
      shareOfCity: row.populationIncludingRest.div(cityPopulation),
      shareOfCounty: row.populationIncludingRest.div(countyPopulation),
      perYear: row.populationIncludingRest.times(ratePerInhabitantPerYear),
      forPeriod: row.populationIncludingRest.times(ratePerInhabitantForPeriod),
    }));
    city = {
      name: county.municipalities[cityIndex].name,
      population: cityPopulation,
      districtsPopulation,
      rest,
      districts,
      totalPerYear: cityPopulation.times(ratePerInhabitantPerYear),
      totalForPeriod: cityPopulation.times(ratePerInhabitantForPeriod),
    };
  }

  const municipalities = county.municipalities.map((unit, index) => {
    const population = populations[index];
    return {
      name: unit.name,
      ...(unit.code !== undefined ? { code: unit.code } : {}),
      population,
      share: population.div(countyPopulation),
      perYear: population.times(ratePerInhabitantPerYear),
      forPeriod: population.times(ratePerInhabitantForPeriod),
      procuring: index !== cityIndex,
    };
  });

  return {
    threshold,
    years,
    countyPopulation,
    largestUnit: largest,
    ratePerInhabitantForPeriod,
    ratePerInhabitantPerYear,
    municipalities,
    ...(city ? { city } : {}),
    total: {
      population: countyPopulation,
      perYear: countyPopulation.times(ratePerInhabitantPerYear),
      forPeriod: countyPopulation.times(ratePerInhabitantForPeriod),
    },
  };
}
