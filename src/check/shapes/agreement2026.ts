import { Decimal, municipalCost2026, municipalPart } from "../../engine";
import { CellComparer } from "../compare";
import { type Context, figuresOf, HUNDRED, ONE, pushProblem, ZERO } from "../context";
import type { DetectedTable, TableRow } from "../detect";
import { consensus, type Interval, wholeNumberIn } from "../infer";
import { CHECK_MESSAGES as M, localized } from "../messages";
import { readPopulations, reportUnreadableCells } from "../populations";
import type { CheckOptions } from "../types";

/*
 * The 2026–2030 split (Storsthlm's recommendation, 004): the municipalities' part of the budget
 * (budget × 19 %) is shared by population, per municipality and, for Stockholm, per district (its
 * population including its share of the rest post). A unit's cost = part × population / the
 * county's population; its share = population / the county's. The part is given (budget and share)
 * or read from the table: its total row, or the value most rows agree with.
 */

export interface Tables2026 {
  readonly municipalities?: DetectedTable;
  readonly districts?: DetectedTable;
}

/** Checks the 2026–2030 tables; `county` is the LOU tables' county population when they were checked too. */
export function check2026(tables: Tables2026, options: CheckOptions, county: Decimal | undefined, context: Context): void {
  const { municipalities: muni, districts: dist } = tables;
  const used = [muni, dist].filter((table): table is DetectedTable => table !== undefined);
  const fig = figuresOf(used);
  const chosen = { ...(muni ? { muni } : {}), ...(dist ? { dist } : {}), used, fig };
  const populations = readPopulations(chosen, context);
  if (context.problems.some((problem) => problem.severity === "fatal")) return;
  reportUnreadableCells(chosen, context);
  const sum = (values: readonly (Decimal | undefined)[]) => values.reduce<Decimal>((total, value) => total.plus(value ?? ZERO), ZERO);
  const countyPopulation = countyOf2026(chosen, sum(populations.muni), populations.dist, county, options, context);
  if (!countyPopulation || countyPopulation.isZero()) {
    pushProblem(context, "warning", "cannotInfer", localized(M.cannotInferCounty2026));
    return;
  }
  const part = partOf(tables, populations, countyPopulation, options, context);
  const comparer = new CellComparer(fig, context);
  const exactCost = (population: Decimal) => (part ? municipalCost2026(population, countyPopulation, part, ONE) : undefined);
  const compareRows = (table: DetectedTable, values: readonly (Decimal | undefined)[]) =>
    table.rows.forEach((row, index) => {
      const population = values[index]!;
      comparer.row(table, row, "shareOfCounty", population.div(countyPopulation).times(HUNDRED));
      comparer.row(table, row, "cost2026", exactCost(population));
    });
  if (muni) {
    compareRows(muni, populations.muni);
    if (muni.total) compareTotal(comparer, muni, muni.total, countyPopulation, countyPopulation, part);
  }
  if (dist) {
    compareRows(dist, populations.dist);
    if (dist.total) compareTotal(comparer, dist, dist.total, sum(populations.dist), countyPopulation, part);
  }
}

/** A total row: its population (the rows'), its share of the county, its cost. */
function compareTotal(comparer: CellComparer, table: DetectedTable, total: TableRow, population: Decimal, county: Decimal, part: Decimal | undefined): void {
  comparer.total(table, total, "population", population, table.rows, false);
  comparer.total(table, total, "shareOfCounty", population.div(county).times(HUNDRED), table.rows, population.eq(county));
  if (part) comparer.total(table, total, "cost2026", part.times(population).div(county), table.rows, false);
}

/**
 * The municipalities' part of the budget: given (budget × share), the municipality table's total
 * cost, or the value most rows' costs agree with (each allows it within ±1 kr scaled to the county).
 */
function partOf(tables: Tables2026, populations: ReturnType<typeof readPopulations>, county: Decimal, options: CheckOptions, context: Context): Decimal | undefined {
  const { budget2026, municipalShare } = options.figures ?? {};
  if (budget2026 !== undefined && municipalShare !== undefined) {
    const part = municipalPart(budget2026, municipalShare);
    context.parameters.push({ key: "municipalPart2026", value: part.toNumber(), source: "given", how: localized(M.partGiven) });
    return part;
  }
  const fig = figuresOf([tables.municipalities, tables.districts].filter((table): table is DetectedTable => table !== undefined));
  const totalCost = tables.municipalities?.total ? fig(tables.municipalities, tables.municipalities.total, "cost2026") : undefined;
  const intervals: Interval[] = [];
  const add = (table: DetectedTable | undefined, values: readonly (Decimal | undefined)[]) =>
    table?.rows.forEach((row, index) => {
      const cost = fig(table, row, "cost2026");
      const population = values[index];
      if (!cost || !population || population.isZero()) return;
      intervals.push({ lo: cost.minus(ONE).times(county).div(population), hi: cost.plus(ONE).times(county).div(population) });
    });
  add(tables.municipalities, populations.muni);
  add(tables.districts, populations.dist);
  const stretch = consensus(intervals);
  if (!stretch) {
    if (totalCost) context.parameters.push({ key: "municipalPart2026", value: totalCost.toNumber(), source: "inferred", how: localized(M.partFromTotal) });
    else pushProblem(context, "warning", "cannotInfer", localized(M.cannotInferPart2026));
    return totalCost;
  }
  const fromTotal = totalCost && totalCost.gte(stretch.lo) && totalCost.lte(stretch.hi);
  const part = fromTotal ? totalCost : wholeNumberIn(stretch);
  context.parameters.push({ key: "municipalPart2026", value: part.toNumber(), source: "inferred", how: fromTotal ? localized(M.partFromTotal) : localized(M.partFromRows, stretch.count, stretch.of) });
  return part;
}

/** The county's population: the municipality table's rows, the LOU tables', given, or from the district table's shares. */
function countyOf2026(
  chosen: { muni?: DetectedTable; dist?: DetectedTable; fig: ReturnType<typeof figuresOf> },
  municipalitiesSum: Decimal,
  districts: readonly (Decimal | undefined)[],
  lou: Decimal | undefined,
  options: CheckOptions,
  context: Context,
): Decimal | undefined {
  const said = context.parameters.some((parameter) => parameter.key === "countyPopulation");
  const report = (value: Decimal, source: "computed" | "given" | "inferred", how: ReturnType<typeof localized>) => {
    if (!said) context.parameters.push({ key: "countyPopulation", value: value.toNumber(), source, how });
    return value;
  };
  if (chosen.muni) return report(municipalitiesSum, "computed", localized(M.countyFromMunicipalities));
  if (lou) return lou;
  const given = options.figures?.countyPopulation;
  if (given !== undefined) return report(given, "given", localized(M.given));
  const fromShares = countyFromShares(chosen.dist!, districts, chosen.fig);
  return fromShares ? report(fromShares, "inferred", localized(M.countyFromShares2026)) : undefined;
}

/** The county's population from a district table's shares of it: the value most shares agree with. */
function countyFromShares(dist: DetectedTable, populations: readonly (Decimal | undefined)[], fig: ReturnType<typeof figuresOf>): Decimal | undefined {
  const half = new Decimal("0.005");
  const intervals: Interval[] = [];
  dist.rows.forEach((row, index) => {
    const share = fig(dist, row, "shareOfCounty");
    const population = populations[index];
    if (!share || !population || share.lte(half)) return;
    intervals.push({ lo: population.times(HUNDRED).div(share.plus(half)), hi: population.times(HUNDRED).div(share.minus(half)) });
  });
  const stretch = consensus(intervals);
  return stretch ? wholeNumberIn(stretch) : undefined;
}
