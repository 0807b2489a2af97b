import { Decimal, populationShare, type LouAllocation } from "../engine";
import { COLUMN_UNIT } from "./columns";
import type { DetectedTable, TableCell, TableColumn, TableRow } from "./detect";
import { CHECK_MESSAGES as M, localized } from "./messages";
import { type Chosen, type Context, type FigureOf, HUNDRED, sameAsStated, verdict, ZERO } from "./context";
import type { City } from "./populations";
import type { ColumnKey, Finding, FindingReason, LocalizedText, Severity, Unit } from "./types";

/*
 * The comparisons: every stated figure against the engine's exact one. A cell equal to the exact
 * value rounded half away from zero is right; within 1 kr, 1 person or 0,01 percentage point it is a
 * rounding finding; further off an error. Total rows are held both to the sum of their rows and to
 * the exact total; the city's row in the municipality table to the district table's total row.
 */

/** What is known to compare against: the exact figures, and which of them could be computed. */
export interface Exact {
  readonly allocation: LouAllocation;
  readonly countyPopulation: Decimal | undefined;
  /** The threshold is known (given or inferred): the amounts can be checked. */
  readonly amountsKnown: boolean;
  /** The threshold and the years are known: the per-year amounts can be checked. */
  readonly perYearKnown: boolean;
}

const percent = (value: Decimal) => value.times(HUNDRED);

/** Compares every row, total and rest cell of the chosen tables, then the city's row with the district total. */
export function compareTables(chosen: Chosen, city: City, exact: Exact, context: Context): void {
  const cells = new CellComparer(chosen.fig, context);
  if (chosen.muni) compareMunicipalities(chosen.muni, chosen.dist !== undefined, city, exact, cells);
  if (chosen.dist) compareDistricts(chosen.dist, city, exact, cells, chosen.fig, context);
  if (chosen.muni && chosen.dist && city.row && chosen.dist.total) compareCityWithDistrictTotal(chosen, city, exact.allocation, context);
}

function compareMunicipalities(muni: DetectedTable, withDistricts: boolean, city: City, exact: Exact, cells: CellComparer): void {
  const { allocation, countyPopulation, perYearKnown, amountsKnown } = exact;
  muni.rows.forEach((row, index) => {
    const unit = allocation.municipalities[index];
    if (withDistricts && index === city.rowIndex) cells.row(muni, row, "population", unit.population);
    if (countyPopulation) cells.row(muni, row, "shareOfCounty", percent(unit.share));
    if (perYearKnown) cells.row(muni, row, "perYear", unit.perYear);
    if (amountsKnown) cells.row(muni, row, "forPeriod", unit.forPeriod);
  });
  if (!muni.total) return;
  cells.total(muni, muni.total, "population", allocation.countyPopulation, muni.rows, false);
  cells.total(muni, muni.total, "shareOfCounty", HUNDRED, muni.rows, true);
  if (perYearKnown) cells.total(muni, muni.total, "perYear", allocation.total.perYear, muni.rows, false);
  if (amountsKnown) cells.total(muni, muni.total, "forPeriod", allocation.total.forPeriod, muni.rows, false);
}

function compareDistricts(dist: DetectedTable, city: City, exact: Exact, cells: CellComparer, fig: FigureOf, context: Context): void {
  const { countyPopulation, perYearKnown, amountsKnown } = exact;
  const cityAllocation = exact.allocation.city!;
  dist.rows.forEach((row, index) => {
    const unit = cityAllocation.districts[index];
    cells.row(dist, row, "populationIncludingRest", unit.populationIncludingRest);
    cells.row(dist, row, "shareOfCity", percent(unit.shareOfCity));
    if (countyPopulation) cells.row(dist, row, "shareOfCounty", percent(populationShare(unit.populationIncludingRest, countyPopulation)));
    if (perYearKnown) cells.row(dist, row, "perYear", unit.perYear);
    if (amountsKnown) cells.row(dist, row, "forPeriod", unit.forPeriod);
  });
  if (dist.rest) compareRestRow(dist, dist.rest, fig, context);
  if (!dist.total) return;
  const withRest = [...dist.rows, ...(dist.rest ? [dist.rest] : [])];
  cells.total(dist, dist.total, "population", city.population, withRest, false);
  cells.total(dist, dist.total, "populationIncludingRest", city.population, dist.rows, false);
  cells.total(dist, dist.total, "shareOfCity", HUNDRED, dist.rows, true);
  if (countyPopulation) cells.total(dist, dist.total, "shareOfCounty", percent(populationShare(city.population!, countyPopulation)), dist.rows, false);
  if (perYearKnown) cells.total(dist, dist.total, "perYear", cityAllocation.totalPerYear, dist.rows, false);
  if (amountsKnown) cells.total(dist, dist.total, "forPeriod", cityAllocation.totalForPeriod, dist.rows, false);
}

/** The rest post is spread over the districts: it has no share or cost of its own. */
function compareRestRow(dist: DetectedTable, rest: TableRow, fig: FigureOf, context: Context): void {
  for (const key of ["populationIncludingRest", "shareOfCity", "shareOfCounty", "perYear", "forPeriod"] as const) {
    const cell = rest.cells[key];
    const stated = fig(dist, rest, key);
    if (!cell || !stated || stated.isZero()) continue;
    const unit = COLUMN_UNIT[key];
    const header = dist.columns[key]!.header;
    context.findings.push({
      table: "districts",
      ...(dist.sheet ? { sheet: dist.sheet } : {}),
      address: cell.address,
      row: rest.label,
      column: header,
      columnKey: key,
      unit,
      stated: cell.value,
      statedValue: stated.toNumber(),
      expected: null,
      expectedExact: null,
      difference: 0,
      severity: "error",
      kind: "figure",
      reasons: ["unexpectedValue"],
      message: localized(M.restHasFigure, `${rest.label}, ${header}`, stated, unit),
    });
  }
}

/** A cell to compare: its column, stated figure and unit. */
interface Compared {
  readonly cell: TableCell;
  readonly column: TableColumn;
  readonly stated: Decimal;
  readonly unit: Unit;
}

/** Compares row and total cells, counting every cell compared. */
export class CellComparer {
  constructor(
    private readonly fig: FigureOf,
    private readonly context: Context,
  ) {}

  /** The cell, column, stated figure and unit of a cell to compare (counted as checked), or undefined when there is nothing to compare. */
  private comparable(table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined): Compared | undefined {
    const cell = row.cells[key];
    const column = table.columns[key];
    const stated = this.fig(table, row, key);
    if (!cell || !column || !stated || exact === undefined) return undefined;
    this.context.cellsChecked++;
    return { cell, column, stated, unit: COLUMN_UNIT[key] };
  }

  /** A row cell: the exact value, within rounding or not. */
  row(table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined): void {
    const compared = this.comparable(table, row, key, exact);
    if (!compared || exact === undefined) return;
    const { column, stated, unit } = compared;
    const result = verdict(stated, exact, unit);
    if (result === "fine") return;
    const difference = stated.minus(exact);
    const rounded = exact.toDecimalPlaces(unit === "percent" ? 2 : 0, Decimal.ROUND_HALF_UP);
    const where = `${row.label}, ${column.header}`;
    this.context.findings.push({
      ...cellFinding(table, row, key, compared, exact, difference),
      severity: result === "rounding" ? "rounding" : "error",
      kind: "figure",
      reasons: [result === "rounding" ? "rounded" : "notExact"],
      message: result === "rounding" ? localized(M.rounded, where, stated, exact, rounded, difference, unit) : localized(M.notExact, where, stated, exact, difference, unit),
    });
  }

  /** A total cell: the sum of the stated rows and the exact total must both hold. */
  total(table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined, rows: readonly TableRow[], shares100: boolean): void {
    const compared = this.comparable(table, row, key, exact);
    if (!compared || exact === undefined) return;
    const { column, stated, unit } = compared;
    const values = rows.map((r) => this.fig(table, r, key));
    const complete = values.every((value) => value !== undefined) && !rows.some((r) => r.cells[key]?.unreadable);
    const rowsSum = complete ? values.reduce<Decimal>((sum, value) => sum.plus(value!), ZERO) : undefined;
    const allWhole = stated.isInteger() && (values as Decimal[]).every((value) => !value || value.isInteger());
    const reasons: FindingReason[] = [];
    if (rowsSum && !sameAsStated(stated, rowsSum, unit, allWhole)) reasons.push("notSumOfRows");
    const result = verdict(stated, exact, unit);
    if (result === "error") reasons.push("notExactTotal");
    if (shares100 && rowsSum && !sameAsStated(rowsSum, HUNDRED, unit, true)) reasons.push("sharesNotHundred");
    if (reasons.length === 0 && result === "fine") return;
    const difference = stated.minus(exact);
    const severity = totalSeverity(reasons, rowsSum && stated.minus(rowsSum), difference, rows.length, unit);
    if (reasons.length === 0) reasons.push("rounded");
    this.context.findings.push({
      ...cellFinding(table, row, key, compared, exact, difference),
      ...(rowsSum ? { rowsSum: rowsSum.toNumber() } : {}),
      severity,
      kind: "total",
      reasons,
      message: localized(M.total, `${row.label}, ${column.header}`, stated, unit, totalParts(reasons, rowsSum, exact, difference, unit)),
    });
  }
}

/**
 * How much a total's finding matters. In someone else's table a total that does not hold is a figure
 * that does not hold: off the exact total by more than its rows' rounding (half a unit a row), it is an
 * error, whether or not it is the sum of its rows. A total that is the exact total but not the sum of
 * its rows, beyond their rounding, holds; its table does not add up: a warning (the wrong rows are
 * errors of their own, so one wrong row stays one error). Off the exact total within rounding: a
 * warning when it is not the sum of its rows either, or they cannot all be read (11 064 034 kr in the
 * printed annex); rounding otherwise.
 */
function totalSeverity(reasons: readonly FindingReason[], offRows: Decimal | undefined, difference: Decimal, rows: number, unit: Unit): Severity {
  const rounding = HALF[unit].times(Math.max(rows, 1));
  const notSumOfRows = reasons.includes("notSumOfRows");
  if (!reasons.includes("notExactTotal")) return notSumOfRows && offRows!.abs().gt(rounding) ? "warning" : "rounding";
  if (difference.abs().gt(rounding)) return "error";
  return offRows === undefined || notSumOfRows ? "warning" : "rounding";
}

const HALF: Readonly<Record<Unit, Decimal>> = { kr: new Decimal("0.5"), persons: new Decimal("0.5"), percent: new Decimal("0.005") };

/** What is wrong with a total cell, in the order the message says it. */
function totalParts(reasons: readonly FindingReason[], rowsSum: Decimal | undefined, exact: Decimal, difference: Decimal, unit: Unit): LocalizedText[] {
  const parts: LocalizedText[] = [];
  if (reasons.includes("notSumOfRows")) parts.push(localized(M.notSumOfRows, rowsSum!, unit));
  if (reasons.includes("sharesNotHundred")) parts.push(localized(M.sharesNotHundred, rowsSum!, unit));
  if (reasons.includes("notExactTotal")) parts.push(localized(M.notExactTotal, exact, difference, unit));
  else if (reasons.some((reason) => reason !== "rounded")) parts.push(localized(M.exactTotal, exact, unit));
  else parts.push(localized(M.exactTotalWithinRounding, exact, difference, unit));
  return parts;
}

/** The fields every finding about one compared cell starts with. */
function cellFinding(table: DetectedTable, row: TableRow, key: ColumnKey, { cell, column, stated, unit }: Compared, exact: Decimal, difference: Decimal) {
  return {
    table: table.kind,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    address: cell.address,
    row: row.label,
    column: column.header,
    columnKey: key,
    unit,
    stated: cell.value,
    statedValue: stated.toNumber(),
    expected: exact.toNumber(),
    expectedExact: exact.toString(),
    difference: difference.toNumber(),
  };
}

/** The two tables belong together: the city's row in the municipality table is the district table's total. */
function compareCityWithDistrictTotal({ muni, dist, fig }: Chosen, city: City, allocation: LouAllocation, context: Context): void {
  const cityRow = city.row!;
  const total = dist!.total!;
  const exactOfCity = allocation.municipalities[city.rowIndex];
  const exactValues = { population: exactOfCity.population, shareOfCounty: percent(exactOfCity.share), perYear: exactOfCity.perYear, forPeriod: exactOfCity.forPeriod };
  for (const key of ["population", "shareOfCounty", "perYear", "forPeriod"] as const) {
    const here = fig(muni!, cityRow, key);
    const there = fig(dist!, total, key);
    const cell = cityRow.cells[key];
    if (!here || !there || !cell) continue;
    const unit = COLUMN_UNIT[key];
    if (sameAsStated(here, there, unit, here.isInteger() && there.isInteger())) continue;
    const note = localized(M.cityRowDiffers, here, there, unit, total.cells[key]!.address);
    const existing = context.findings.findIndex((finding) => finding.address === cell.address && finding.sheet === muni!.sheet && finding.table === "municipalities");
    if (existing >= 0) {
      const finding = context.findings[existing];
      context.findings[existing] = {
        ...finding,
        severity: finding.severity === "error" ? "error" : "warning",
        kind: "total",
        reasons: [...finding.reasons, "differsFromDistrictTotal"],
        message: { sv: `${finding.message.sv} ${note.sv}`, en: `${finding.message.en} ${note.en}` },
      };
      continue;
    }
    const exactValue = exactValues[key];
    const finding: Finding = {
      table: "municipalities",
      ...(muni!.sheet ? { sheet: muni!.sheet } : {}),
      address: cell.address,
      row: cityRow.label,
      column: muni!.columns[key]!.header,
      columnKey: key,
      unit,
      stated: cell.value,
      statedValue: here.toNumber(),
      expected: exactValue.toNumber(),
      expectedExact: exactValue.toString(),
      difference: here.minus(exactValue).toNumber(),
      rowsSum: there.toNumber(),
      severity: "warning",
      kind: "total",
      reasons: ["differsFromDistrictTotal"],
      message: note,
    };
    context.findings.push(finding);
  }
}
