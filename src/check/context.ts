import { Decimal } from "../engine";
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

/** A share column's bare numbers, decided: fractions (0,0397) or percent (3,97). Undefined: no sign either way. */
type Scale = "fraction" | "percent" | undefined;

const near = (value: Decimal, target: number, tolerance: number) => value.minus(target).abs().lte(tolerance);

/**
 * How a share column writes its bare numbers (numbers without a "%" of their own), decided by the
 * column as a whole, never cell by cell, so that one wrong cell is one finding: its header ("Andel
 * (%)"), the format most of its numbers have, its rows' sum or its total near 1 or 100; failing those,
 * the table's other share column (a table writes its shares one way), then what most of its numbers
 * are (at most 1, or more).
 */
function columnScale(table: DetectedTable, key: ColumnKey): Scale {
  const column = table.columns[key];
  const unitCells = table.rows.map((row) => row.cells[key]).filter((cell): cell is TableCell => !!cell?.parsed);
  if (column && /%|procent|percent/i.test(column.header)) return "percent";
  const numbers = unitCells.filter((cell) => cell.parsed!.numeric);
  const formatted = numbers.filter((cell) => cell.parsed!.percentSign).length;
  if (numbers.length > 0 && formatted * 2 > numbers.length) return "fraction";
  const bare = unitCells.filter((cell) => !cell.parsed!.percentSign).map((cell) => cell.parsed!.value);
  if (bare.length === 0) return undefined;
  if (bare.length === unitCells.length) {
    const sum = bare.reduce((total, value) => total.plus(value), ZERO);
    if (near(sum, 1, 0.02)) return "fraction";
    if (near(sum, 100, 2)) return "percent";
  }
  const total = table.total?.cells[key]?.parsed;
  if (total && !total.percentSign && near(total.value, 1, 0.0001)) return "fraction";
  if (total && !total.percentSign && near(total.value, 100, 0.01)) return "percent";
  return undefined;
}

/** Whether each share column's bare numbers are fractions, per table (two sheets may hold tables at the same range). */
function percentScales(tables: readonly DetectedTable[]): PercentScales {
  const scales: PercentScales = new Map();
  for (const table of tables) {
    const keys = (["shareOfCity", "shareOfCounty"] as const).filter((key) => table.columns[key]);
    const decided = new Map(keys.map((key) => [key, columnScale(table, key)] as const));
    const known = [...decided.values()].find((scale) => scale !== undefined);
    const byMost = (key: ColumnKey): Scale => {
      const bare = table.rows.flatMap((row) => (row.cells[key]?.parsed && !row.cells[key]!.parsed!.percentSign ? [row.cells[key]!.parsed!.value] : []));
      const small = bare.filter((value) => value.lte(ONE)).length;
      return small * 2 > bare.length ? "fraction" : "percent";
    };
    scales.set(table, new Map(keys.map((key) => [key, (decided.get(key) ?? known ?? byMost(key)) === "fraction"])));
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
