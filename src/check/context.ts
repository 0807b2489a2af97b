import { Decimal } from "../engine/decimal";
import { COLUMN_UNIT } from "./columns";
import type { DetectedTable, TableCell, TableRow } from "./detect";
import type { ColumnKey, Finding, LocalizedText, ParameterReport, Problem, Unit } from "./types";

/*
 * What one check carries from step to step (check.ts calls the steps in order): the tables chosen,
 * their figures in each column's unit, and what has been found so far.
 */

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
export const ONE = new Decimal(1);

/** What has been found so far, in the order the report lists it. */
export interface Context {
  readonly findings: Finding[];
  readonly problems: Problem[];
  readonly parameters: ParameterReport[];
  cellsChecked: number;
}

export function hasFatal(context: Context): boolean {
  return context.problems.some((problem) => problem.severity === "fatal");
}

/** A problem of the check as a whole (no cell). */
export function pushProblem(context: Context, severity: Problem["severity"], code: Problem["code"], message: LocalizedText): void {
  context.problems.push({ severity, code, message });
}

/** A problem at a cell (or a row) of a table. */
export function problemAt(cell: { address: string }, table: DetectedTable, row: TableRow, column: string, severity: Problem["severity"], code: Problem["code"], message: LocalizedText): Problem {
  return { severity, code, ...(table.sheet ? { sheet: table.sheet } : {}), address: cell.address, row: row.label, column, message };
}

/** The row's unit as the engine names it: the embedded unit's name, else the label without footnote stars. */
export function rowName(row: TableRow): string {
  return row.knownAs ?? row.label.replace(/\*+$/, "").trim();
}

/** A stated figure of a row in its column's unit (percentages in percent), or undefined. */
export type FigureOf = (table: DetectedTable, row: TableRow, key: ColumnKey) => Decimal | undefined;

/** The tables checked (at most one of each kind) and how their figures read. */
export interface Chosen {
  readonly muni?: DetectedTable;
  readonly dist?: DetectedTable;
  /** muni and dist, those there are. */
  readonly used: readonly DetectedTable[];
  readonly fig: FigureOf;
}

export function chosenTables(muni: DetectedTable | undefined, dist: DetectedTable | undefined): Chosen {
  const used = [muni, dist].filter((table): table is DetectedTable => !!table);
  return { ...(muni ? { muni } : {}), ...(dist ? { dist } : {}), used, fig: figuresOf(used) };
}

/** How the tables' figures read, each in its column's unit (shares in percent, however written). */
export function figuresOf(tables: readonly DetectedTable[]): FigureOf {
  const scales = percentScales(tables);
  return (table, row, key) => figure(table, key, row.cells[key], scales);
}

/** Per table (not per range: two sheets may hold tables at the same range), per share column. */
type PercentScales = Map<DetectedTable, Map<ColumnKey, boolean>>;

/** A cell's figure in its column's unit: percentages in percent (3.97), whatever way they were written. */
function figure(table: DetectedTable, key: ColumnKey, cell: TableCell | undefined, percentScale: PercentScales): Decimal | undefined {
  if (!cell || !cell.parsed) return undefined;
  if (COLUMN_UNIT[key] !== "percent") return cell.parsed.value;
  if (cell.parsed.percentSign && !cell.parsed.numeric) return cell.parsed.value;
  if (cell.parsed.percentSign && cell.parsed.numeric) return cell.parsed.value.times(HUNDRED);
  return percentScale.get(table)?.get(key) ? cell.parsed.value.times(HUNDRED) : cell.parsed.value;
}

/**
 * Whether a share column's bare numbers are fractions (0,0397) rather than percent (3,97): they are
 * when none of its cells, total row included, exceeds 1 and the column's total is at most 1.
 */
function percentScales(tables: readonly DetectedTable[]): PercentScales {
  const scales: PercentScales = new Map();
  for (const table of tables) {
    const maxima = new Map<ColumnKey, Decimal>();
    for (const key of ["shareOfCity", "shareOfCounty"] as const) {
      const cells = [...table.rows, ...(table.total ? [table.total] : [])]
        .map((row) => row.cells[key])
        .filter((cell): cell is TableCell => !!cell?.parsed && !cell.parsed.percentSign);
      if (cells.length === 0) continue;
      maxima.set(key, cells.map((cell) => cell.parsed!.value).reduce((a, b) => (a.gt(b) ? a : b)));
    }
    // A table writes its shares one way: if one share column is plainly in percent (a value over 1),
    // small shares in the other (a district table's county shares all under 1 %) are percent too.
    const anyPercent = [...maxima.values()].some((max) => max.gt(ONE));
    scales.set(table, new Map([...maxima].map(([key, max]) => [key, !anyPercent && max.lte(ONE)])));
  }
  return scales;
}

const TOLERANCE: Readonly<Record<Unit, Decimal>> = { kr: ONE, persons: ONE, percent: new Decimal("0.01") };

export type Verdict = "fine" | "rounding" | "error";

/** Compares a stated figure with the exact one at the precision it is written with. */
export function verdict(stated: Decimal, exact: Decimal, unit: Unit): Verdict {
  const decimals = unit === "percent" ? 2 : stated.isInteger() ? 0 : 2;
  const round = (value: Decimal) => value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (round(stated).eq(round(exact))) return "fine";
  return stated.minus(exact).abs().lte(TOLERANCE[unit]) ? "rounding" : "error";
}

/** Two stated figures agree at the precision they are written with (a total against its rows' sum). */
export function sameAsStated(stated: Decimal, sum: Decimal, unit: Unit, allWhole: boolean): boolean {
  const decimals = unit === "percent" ? 2 : allWhole ? 0 : 2;
  return stated.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(sum.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}
