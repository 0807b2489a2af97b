import { Decimal, Numeric } from "./decimal";
import { RuleInputError } from "./errors";
import { louRate } from "./lou";
import { spreadRest } from "./rest";
import { checked, nonNegative, positiveWholeNumber, type Checked, type NonNegative, type Positive, type PositiveWhole } from "./validate";

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

/**
 * A county's population checked once (checkCounty): what the allocation's core takes. The
 * populations are checked Decimals beside their units; a divided city is found, its districts make
 * its total with the rest post and have inhabitants; some procuring unit has inhabitants.
 */
export type CheckedCounty = Checked<"county", CountyParts>;

interface CountyParts {
  readonly municipalities: readonly PopulationUnit[];
  readonly populations: readonly NonNegative[];
  readonly city?: {
    /** The divided city's row in `municipalities`. */
    readonly index: number;
    readonly districts: readonly PopulationUnit[];
    readonly populations: readonly NonNegative[];
    /** The districts' own populations summed (rest excluded). */
    readonly districtsTotal: Positive;
    readonly rest: NonNegative;
  };
}

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

function checkedPopulations(units: readonly PopulationUnit[], argument: string): NonNegative[] {
  if (units.length === 0) {
    throw argument === "municipalities"
      ? new RuleInputError("municipalities", "empty", "at least one municipality is required")
      : new RuleInputError(argument, "empty", "a divided city needs at least one district");
  }
  checkNames(units, argument);
  return units.map((unit, index) => nonNegative(unit.population, `${argument}[${index}].population`));
}

/** The divided city checked against its row of the municipalities. */
function checkedCity(divided: NonNullable<CountyPopulation["dividedCity"]>, county: CountyPopulation, populations: readonly NonNegative[]): CountyParts["city"] {
  const index = county.municipalities.findIndex((unit) => normalizeUnitName(unit.name) === normalizeUnitName(divided.name));
  if (index < 0) {
    throw new RuleInputError("dividedCity.name", "unknownName", `"${divided.name}" is not one of the municipalities`, { name: divided.name });
  }
  const own = checkedPopulations(divided.districts, "dividedCity.districts");
  const rest = nonNegative(divided.rest, "dividedCity.rest");
  const districtsTotal = sum(own);
  if (districtsTotal.isZero()) {
    throw new RuleInputError("populations", "allZero", "the districts' populations are all zero, so the rest cannot be spread");
  }
  const cityTotal = districtsTotal.plus(rest);
  if (!cityTotal.eq(populations[index])) {
    throw new RuleInputError(
      `municipalities[${index}].population`,
      "mismatch",
      `${divided.name} has ${populations[index].toString()} inhabitants, but its districts plus the rest post make ${cityTotal.toString()}`,
      { given: populations[index].toString(), computed: cityTotal.toString() },
    );
  }
  return { index, districts: divided.districts, populations: own, districtsTotal: districtsTotal as Positive, rest };
}

/**
 * The validating step of a county: every refusal it makes, in this order: `municipalities` (empty),
 * `municipalities[i].name` (empty, duplicate), `municipalities[i].population`, `dividedCity.name`
 * (no such municipality), `dividedCity.districts…` as the municipalities, `dividedCity.rest`,
 * `populations` (districts all zero), `municipalities[i].population` (≠ districts + rest),
 * `municipalities` (all zero).
 */
export function checkCounty(county: CountyPopulation): CheckedCounty {
  const populations = checkedPopulations(county.municipalities, "municipalities");
  const city = county.dividedCity && checkedCity(county.dividedCity, county, populations);
  // With a divided city, its districts have inhabitants (checked above): some procuring unit has.
  if (!city && populations.every((population) => population.isZero())) {
    throw new RuleInputError("municipalities", "allZero", "every procuring unit has zero inhabitants");
  }
  return checked<CheckedCounty>({ municipalities: county.municipalities, populations, ...(city ? { city } : {}) });
}

/**
 * The core of the LOU allocation of Bilaga 3 (2020 agreement, "Ekonomisk modell" point 1), on a
 * checked county:
 * - districts get their share of the rest post ("Invånare inkl rest");
 * - the procuring units are the municipalities other than the divided city, and its districts;
 * - the rate per inhabitant is the threshold over the largest procuring unit's population, so that
 *   unit pays exactly the threshold over the period and no unit pays more;
 * - every figure is exact; the divided city's row is the sum of its districts, the total row the
 *   exact total over all municipalities.
 */
export function allocationOf(county: CheckedCounty, threshold: NonNegative, years: PositiveWhole): LouAllocation {
  const { populations, city: divided } = county;
  const cityIndex = divided?.index ?? -1;
  const includingRest = divided ? spreadRest(divided.populations, divided.districtsTotal, divided.rest) : [];
  const procuring: { name: string; kind: "municipality" | "district"; population: Decimal }[] = [
    ...county.municipalities.flatMap((unit, index) => (index === cityIndex ? [] : [{ name: unit.name, kind: "municipality" as const, population: populations[index] }])),
    ...(divided?.districts ?? []).map((unit, index) => ({ name: unit.name, kind: "district" as const, population: includingRest[index] })),
  ];
  const largest = procuring.reduce((best, unit) => (unit.population.gt(best.population) ? unit : best));
  // Positive: checkCounty refuses a county whose procuring units all have zero inhabitants.
  const ratePerInhabitantForPeriod = louRate(threshold, largest.population as Positive);
  const ratePerInhabitantPerYear = ratePerInhabitantForPeriod.div(years);
  const countyPopulation = sum(populations);
  const row = (population: Decimal) => ({
    perYear: population.times(ratePerInhabitantPerYear),
    forPeriod: population.times(ratePerInhabitantForPeriod),
  });

  let city: LouAllocation["city"] | undefined;
  if (divided) {
    const cityPopulation = populations[cityIndex];
    const districts = divided.districts.map((unit, index) => ({
      name: unit.name,
      population: divided.populations[index],
      populationIncludingRest: includingRest[index],
      shareOfCity: includingRest[index].div(cityPopulation),
      shareOfCounty: includingRest[index].div(countyPopulation),
      ...row(includingRest[index]),
    }));
    const { perYear, forPeriod } = row(cityPopulation);
    city = {
      name: county.municipalities[cityIndex].name,
      population: cityPopulation,
      districtsPopulation: cityPopulation.minus(divided.rest),
      rest: divided.rest,
      districts,
      totalPerYear: perYear,
      totalForPeriod: forPeriod,
    };
  }

  const municipalities = county.municipalities.map((unit, index) => ({
    name: unit.name,
    ...(unit.code !== undefined ? { code: unit.code } : {}),
    population: populations[index],
    share: populations[index].div(countyPopulation),
    ...row(populations[index]),
    procuring: index !== cityIndex,
  }));

  return {
    threshold,
    years,
    countyPopulation,
    largestUnit: largest,
    ratePerInhabitantForPeriod,
    ratePerInhabitantPerYear,
    municipalities,
    ...(city ? { city } : {}),
    total: { population: countyPopulation, ...row(countyPopulation) },
  };
}

/**
 * The whole LOU allocation of Bilaga 3: the parameters and the county checked once (checkCounty),
 * then allocated (allocationOf).
 *
 * @throws RuleInputError naming `threshold`, `years`, then what checkCounty refuses (e.g.
 *   `municipalities[3].population`, `dividedCity.rest`, `dividedCity.name`)
 */
export function louAllocation(county: CountyPopulation, parameters: LouParameters): LouAllocation {
  const threshold = nonNegative(parameters.threshold, "threshold");
  const years = positiveWholeNumber(parameters.years, "years");
  return allocationOf(checkCounty(county), threshold, years);
}
