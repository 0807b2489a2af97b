import { Decimal } from "../../engine";
import { CellComparer } from "../compare";
import { type Context, type FigureOf, figuresOf, HUNDRED, ONE, ZERO } from "../context";
import type { DetectedTable, TableRow } from "../detect";
import type { ColumnKey } from "../types";

/*
 * The add-in's own columns. A previous yearly amount is the user's (not checked); the change against
 * it is a difference of the row's own figures: the later amount minus the previous one, and that
 * over the previous one in percent. Årskostnad (the add-in's summary) copies each unit's parts from
 * the other tables, so each part is held to the figure of the same unit there (the LOU part to
 * Kommuner's or Stadsdelar's Summa/år, the support part to Support's cost, the 2026 amount to the
 * 2026–2030 table's), the 2020 total to its parts, each change to the row's own amounts, and the
 * total row to its rows. A figure typed over a copy is found, and only at its own cell: a change is
 * checked against the row's figures as they stand, so one wrong amount is not reported twice.
 */

/** The tables Årskostnad copies from, those there are. */
export interface AnnualSources {
  readonly municipalities?: DetectedTable;
  readonly districts?: DetectedTable;
  readonly support?: DetectedTable;
  readonly municipalities2026?: DetectedTable;
  readonly districts2026?: DetectedTable;
}

/**
 * The amount a previous amount is compared with, by its column's header: one of 2025 (a year) is
 * compared with the 2026 amount, one from before 2020, or without a period (older workbooks), with
 * the 2020 total (its LOU part on Kommuner and Stadsdelar, which have nothing else).
 */
function comparedKey(table: DetectedTable): ColumnKey | undefined {
  if (table.kind === "municipalities" || table.kind === "districts") return "perYear";
  const header = table.columns.previous?.header ?? "";
  const year = /\d{4}/.exec(header);
  const before = /\b(före|before)\b/i.test(header);
  if (year && !before && table.columns.cost2026) return "cost2026";
  return table.columns.total2020 ? "total2020" : "louPart";
}

/** later − earlier, and (later / earlier − 1) in percent when earlier is above 0. */
function changes(later: Decimal | undefined, earlier: Decimal | undefined): { kronor?: Decimal; percent?: Decimal } {
  if (later === undefined || earlier === undefined) return {};
  return { kronor: later.minus(earlier), ...(earlier.gt(0) ? { percent: later.div(earlier).minus(ONE).times(HUNDRED) } : {}) };
}

/** Each row's (and the total row's) change against its previous amount. */
export function checkPreviousChanges(table: DetectedTable, context: Context): void {
  if (!table.columns.previous || (!table.columns.changePrevious && !table.columns.changePreviousPercent)) return;
  const fig = figuresOf([table]);
  const comparer = new CellComparer(fig, context);
  const later = comparedKey(table)!;
  for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
    const change = changes(fig(table, row, later), fig(table, row, "previous"));
    comparer.row(table, row, "changePrevious", change.kronor);
    comparer.row(table, row, "changePreviousPercent", change.percent);
  }
}

/** The row of the same unit in a source table. */
const rowOf = (table: DetectedTable | undefined, row: TableRow) => table?.rows.find((candidate) => candidate.key === row.key);

/** A unit's figure in the first of the tables that has its row. */
function sourceFigure(fig: FigureOf, tables: readonly (DetectedTable | undefined)[], row: TableRow, key: ColumnKey): Decimal | undefined {
  for (const table of tables) {
    const found = rowOf(table, row);
    if (table && found) return fig(table, found, key);
  }
  return undefined;
}

const sum = (values: readonly (Decimal | undefined)[]): Decimal | undefined => (values.every((value) => value !== undefined) ? (values as Decimal[]).reduce((a, b) => a.plus(b), ZERO) : undefined);

/** Årskostnad: each part against its source, the 2020 total against its parts, the changes against the row's amounts, the total row against its rows. */
export function checkAnnualCost(table: DetectedTable, sources: AnnualSources, context: Context): void {
  const tables = [table, sources.municipalities, sources.districts, sources.support, sources.municipalities2026, sources.districts2026].filter((t): t is DetectedTable => t !== undefined);
  const fig = figuresOf(tables);
  const comparer = new CellComparer(fig, context);
  const lou = [sources.municipalities, sources.districts];
  const expected = new Map<TableRow, Partial<Record<ColumnKey, Decimal>>>();
  for (const row of table.rows) {
    const population = rowOf(sources.districts, row) ? sourceFigure(fig, [sources.districts], row, "populationIncludingRest") : sourceFigure(fig, lou, row, "population");
    const parts: Partial<Record<ColumnKey, Decimal | undefined>> = {
      population,
      louPart: sourceFigure(fig, lou, row, "perYear"),
      supportPart: sourceFigure(fig, [sources.support], row, "supportCost"),
      cost2026: sourceFigure(fig, [sources.municipalities2026, sources.districts2026], row, "cost2026"),
    };
    for (const key of ["population", "louPart", "supportPart", "cost2026"] as const) comparer.row(table, row, key, parts[key]);
    const stated = (key: ColumnKey) => fig(table, row, key);
    const total2020 = table.columns.supportPart ? sum([stated("louPart"), stated("supportPart")]) : stated("louPart");
    comparer.row(table, row, "total2020", total2020);
    const change = changes(stated("cost2026"), table.columns.total2020 ? stated("total2020") : stated("louPart"));
    comparer.row(table, row, "change", change.kronor);
    comparer.row(table, row, "changePercent", change.percent);
    expected.set(row, { ...parts, total2020, previous: stated("previous") } as Partial<Record<ColumnKey, Decimal>>);
  }
  if (table.total) {
    for (const key of ["population", "louPart", "supportPart", "total2020", "cost2026", "previous"] as const) {
      comparer.total(table, table.total, key, sum(table.rows.map((row) => expected.get(row)?.[key])), table.rows, false);
    }
    const change = changes(fig(table, table.total, "cost2026"), fig(table, table.total, table.columns.total2020 ? "total2020" : "louPart"));
    comparer.row(table, table.total, "change", change.kronor);
    comparer.row(table, table.total, "changePercent", change.percent);
  }
  checkPreviousChanges(table, context);
}
