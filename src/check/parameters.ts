import { Decimal, type LouAllocation } from "../engine";
import type { DetectedTable, TableRow } from "./detect";
import { consensus, Interval, median, wholeNumberIn } from "./infer";
import { CHECK_MESSAGES as M, localized } from "./messages";
import { type Chosen, type Context, HUNDRED, ONE, pushProblem, rowName } from "./context";
import type { CheckOptions } from "./types";

/*
 * The parameters of the agreement the table was computed with, each given by the user or inferred
 * from the table's own figures (see infer.ts: the value most rows agree with wins), and said in the
 * report with how it was obtained.
 */

/** A unit row of either table with its population as the engine counts it (districts with their share of the rest). */
export interface UnitRow {
  readonly table: DetectedTable;
  readonly row: TableRow;
  readonly population: Decimal;
  readonly procuring: boolean;
}

/** Every unit row with its exact-to-be population (the engine's, from a first run), for inference. */
export function unitRows({ muni, dist }: Chosen, preliminary: LouAllocation): UnitRow[] {
  const units: UnitRow[] = [];
  muni?.rows.forEach((row, index) => units.push({ table: muni, row, population: preliminary.municipalities[index].population, procuring: preliminary.municipalities[index].procuring }));
  dist?.rows.forEach((row, index) => units.push({ table: dist, row, population: preliminary.city!.districts[index].populationIncludingRest, procuring: true }));
  return units;
}

/** The tables' amounts are formulas without calculated values (reported on their own as notCalculated). */
function amountsUncalculated(tables: readonly DetectedTable[]): boolean {
  return tables.some((table) => table.rows.some((row) => row.cells.perYear?.uncalculated || row.cells.forPeriod?.uncalculated));
}

/** Years: given, or the period over the per-year cost, row by row; the median outvotes a wrong cell. */
export function inferYears({ used, fig }: Chosen, units: readonly UnitRow[], options: CheckOptions, context: Context): Decimal | undefined {
  const given = options.figures?.years;
  if (given !== undefined) {
    context.parameters.push({ key: "years", value: given.toNumber(), source: "given", how: localized(M.given) });
    return given;
  }
  const ratios = units
    .map((unit) => [fig(unit.table, unit.row, "forPeriod"), fig(unit.table, unit.row, "perYear")] as const)
    .filter(([period, perYear]) => period && perYear && perYear.gt(0) && period.gt(0))
    .map(([period, perYear]) => period!.div(perYear!));
  const inferred = ratios.length > 0 ? median(ratios).toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : undefined;
  if (inferred && inferred.gte(1)) {
    context.parameters.push({ key: "years", value: inferred.toNumber(), source: "inferred", how: localized(M.yearsFromRows, ratios.length) });
    return inferred;
  }
  if (used.some((table) => table.columns.perYear) && !amountsUncalculated(used)) pushProblem(context, "warning", "cannotInfer", localized(M.cannotInferYears));
  return undefined;
}

/** What the threshold is inferred from: the unit rows, the largest unit, and whether it is hidden. */
export interface ThresholdEvidence {
  readonly units: readonly UnitRow[];
  readonly largest: LouAllocation["largestUnit"];
  readonly years: Decimal | undefined;
  /** The largest unit is a district and the district table is missing (see County). */
  readonly cityDividedWithoutDistricts: boolean;
}

/**
 * The threshold: given, or what the largest unit pays for the period. Every row's cost allows it
 * within an interval (its rounding tolerance scaled by largest/own population); most rows decide.
 * Without the district table the largest unit is unseen: the rate per inhabitant is inferred instead
 * (returned as the largest row's threshold) and a given threshold is not used.
 */
export function inferThreshold(chosen: Chosen, evidence: ThresholdEvidence, options: CheckOptions, context: Context): Decimal | undefined {
  const { cityDividedWithoutDistricts } = evidence;
  const given = options.figures?.threshold;
  if (given !== undefined && cityDividedWithoutDistricts) pushProblem(context, "info", "parameterUnused", localized(M.thresholdUnused));
  if (given !== undefined && !cityDividedWithoutDistricts) {
    context.parameters.push({ key: "threshold", value: given.toNumber(), source: "given", how: localized(M.given) });
    return given;
  }
  const { units, largest, years } = evidence;
  const { fig } = chosen;
  const intervals: Interval[] = [];
  for (const unit of units) {
    if (!unit.procuring && !cityDividedWithoutDistricts) continue;
    if (unit.population.isZero()) continue;
    const scale = largest.population.div(unit.population);
    const period = fig(unit.table, unit.row, "forPeriod");
    if (period) intervals.push({ lo: period.minus(ONE).times(scale), hi: period.plus(ONE).times(scale) });
    const perYear = fig(unit.table, unit.row, "perYear");
    if (perYear && years) intervals.push({ lo: perYear.minus(ONE).times(years).times(scale), hi: perYear.plus(ONE).times(years).times(scale) });
  }
  const stretch = consensus(intervals);
  if (!stretch) {
    // Amounts that are formulas without a calculated value are reported as such (populations.ts), not as "no amounts".
    if (chosen.used.some((table) => table.columns.perYear || table.columns.forPeriod) && !amountsUncalculated(chosen.used)) {
      pushProblem(context, "warning", "cannotInfer", localized(M.cannotInferThreshold));
    }
    return undefined;
  }
  if (cityDividedWithoutDistricts) {
    const threshold = stretch.lo.plus(stretch.hi).div(2);
    context.parameters.push({
      key: "ratePerInhabitantForPeriod",
      value: threshold.div(largest.population).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber(),
      source: "inferred",
      how: localized(M.rateFromRows, stretch.count, stretch.of),
    });
    return threshold;
  }
  const largestUnit = units.find((unit) => unit.procuring && unit.population.eq(largest.population) && rowName(unit.row) === largest.name);
  const largestStated = largestUnit ? fig(largestUnit.table, largestUnit.row, "forPeriod") : undefined;
  const fromLargest = !!largestStated && largestStated.gte(stretch.lo) && largestStated.lte(stretch.hi);
  const threshold = fromLargest ? largestStated : wholeNumberIn(stretch);
  context.parameters.push({
    key: "threshold",
    value: threshold.toNumber(),
    source: "inferred",
    how: fromLargest ? localized(M.thresholdFromLargest, largest.name, stretch.count, stretch.of) : localized(M.thresholdFromMostRows, stretch.count, stretch.of, largest.name),
  });
  return threshold;
}

/** The largest unit and the rate per inhabitant and year, as computed from the table. */
export function reportLargestUnitAndRate(allocation: LouAllocation, largest: LouAllocation["largestUnit"], amountsKnown: boolean, cityDividedWithoutDistricts: boolean, context: Context): void {
  context.parameters.push({
    key: "largestUnit",
    value: largest.name,
    source: "computed",
    how: cityDividedWithoutDistricts ? localized(M.largestRow, largest.population) : localized(M.largestProcuringUnit, largest.population, largest.kind === "district"),
  });
  if (!amountsKnown) return;
  context.parameters.push({
    key: "ratePerInhabitantPerYear",
    value: allocation.ratePerInhabitantPerYear.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber(),
    source: "computed",
    how: cityDividedWithoutDistricts ? localized(M.rateFromInferredCost) : localized(M.rateFromThreshold),
  });
}

/** The county population: the municipality table's, or given, or from the district table's county shares. */
export function inferCountyPopulation(chosen: Chosen, allocation: LouAllocation, cityPopulation: Decimal | undefined, options: CheckOptions, context: Context): Decimal | undefined {
  const { muni, dist, fig } = chosen;
  const given = options.figures?.countyPopulation;
  if (muni) {
    const countyPopulation = allocation.countyPopulation;
    context.parameters.push({ key: "countyPopulation", value: countyPopulation.toNumber(), source: "computed", how: localized(M.countyFromMunicipalities) });
    if (given !== undefined && !countyPopulation.eq(given)) {
      pushProblem(context, "warning", "parameterUnused", localized(M.countyPopulationUnused, given.toNumber(), countyPopulation));
    }
    return countyPopulation;
  }
  if (given !== undefined) {
    context.parameters.push({ key: "countyPopulation", value: given.toNumber(), source: "given", how: localized(M.given) });
    return given;
  }
  if (!dist) return undefined;
  const intervals: Interval[] = [];
  const half = new Decimal("0.005");
  const share = (population: Decimal, stated: Decimal | undefined) => {
    if (!stated || stated.lte(half)) return;
    intervals.push({ lo: population.times(HUNDRED).div(stated.plus(half)), hi: population.times(HUNDRED).div(stated.minus(half)) });
  };
  dist.rows.forEach((row, index) => share(allocation.city!.districts[index].populationIncludingRest, fig(dist, row, "shareOfCounty")));
  if (dist.total) share(cityPopulation!, fig(dist, dist.total, "shareOfCounty"));
  const stretch = consensus(intervals);
  if (!stretch) {
    if (dist.columns.shareOfCounty) pushProblem(context, "warning", "cannotInfer", localized(M.cannotInferCounty));
    return undefined;
  }
  const countyPopulation = wholeNumberIn(stretch);
  context.parameters.push({
    key: "countyPopulation",
    value: countyPopulation.toNumber(),
    source: "inferred",
    how: localized(M.countyFromShares, stretch.count, stretch.of, stretch.lo.ceil(), stretch.hi.floor()),
  });
  return countyPopulation;
}
