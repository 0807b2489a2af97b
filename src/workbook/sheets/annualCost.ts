import { periodChoices, periodWords, samePeriod, type AmountComponent } from "../../data";
import { Decimal } from "../../engine";
import { cellAddress } from "../../formula";
import { givenPrevious, type Context, type ProcuringUnit } from "../options";
import { EMPTY, FORMATS, SheetBuilder, TABLE_NAMES, countedTotalFormula, countedTotalValue, formula, input, moneyFormat, ref, sum, text, type PlanCell, type PlanInput, type PlanSheet } from "../plan";
import { listText, words } from "../texts";
import { annualFormat, annualLayout, annualNotes, annualRows, annualSubtitle, annualTable, paragraphTop, ratio, type AnnualLayout, type AnnualRow, type AnnualTable } from "./annualFigures";
import { pageTexts } from "./page";
import { paragraphBlock } from "./paragraph";

/*
 * Årskostnad: what each procuring unit pays a year under each agreement of the plan: its LOU part
 * (from Kommuner or Stadsdelar), its part per user (its users × the cost per user, from Support), its
 * part by population (from Avtal 2026–2030), their total; the change from each agreement to the next,
 * and against a previous amount the user may enter. Stockholm is paid by its districts, so it has no
 * row of its own (a note says so) and the rows add up to the county. Every figure is a plain formula
 * on the other sheets; a figure that cannot be given yet (no users entered) is a blank cell, never
 * 0 kr. Under the table, the paragraph for the paper (paragraph.ts).
 */

/** The test that each of `cells` holds a number (Excel's AND is left out: COUNT does it in every spreadsheet). */
export function numbersTest(cells: readonly string[]): string {
  return cells.length === 1 ? `ISNUMBER(${cells[0]})` : `COUNT(${cells.join(",")})=${cells.length}`;
}

/** A formula that gives `body` when each of `cells` holds a number, else "" (a blank cell). */
export function whenNumbers(cells: readonly string[], body: string): string {
  return cells.length === 0 ? `=${body}` : `=IF(${numbersTest(cells)},${body},"")`;
}

/** A formula that gives `body` when `base` is a number above 0 and each of `cells` holds a number, else "". */
export function whenPositive(base: string, cells: readonly string[], body: string): string {
  const inner = `IF(N(${base})>0,${body},"")`;
  return cells.length === 0 ? `=${inner}` : `=IF(${numbersTest(cells)},${inner},"")`;
}

/** Where a unit's amount under a component is on the other sheets. */
function amountSource(ctx: Context, component: AmountComponent, unit: ProcuringUnit, perUserRow: number): string {
  const { layout } = ctx;
  const louColumn = (col: Readonly<Record<string, number>>) => (ctx.addsUp ? col.perYearRounded : col.perYearExact);
  const share = layout.populationShare;
  switch (component.kind) {
    case "cappedPopulationShare":
      return unit.kind === "municipality"
        ? ref(ctx, "municipalities", louColumn(layout.municipalities.col), layout.municipalities.first + unit.index)
        : ref(ctx, "districts", louColumn(layout.districts!.col), layout.districts!.first + unit.index);
    case "perUser":
      return ref(ctx, component.sheet.key, 4, perUserRow);
    case "populationShare":
      return ref(ctx, component.sheet.key, share.costColumn, (unit.kind === "municipality" ? share.municipalities.first : share.districts!.first) + unit.index);
  }
}

/** The population's source: Kommuner's column, or Stadsdelar's incl. the rest. */
function populationSource(ctx: Context, unit: ProcuringUnit): string {
  const { layout } = ctx;
  return unit.kind === "municipality"
    ? ref(ctx, "municipalities", layout.municipalities.col.population, layout.municipalities.first + unit.index)
    : ref(ctx, "districts", layout.districts!.col.inclRestExact, layout.districts!.first + unit.index);
}

/**
 * The formulas of the columns that follow from others on the same row (or the total row): an
 * agreement's total, the changes, the change against the previous amount. `at` gives a column's cell.
 */
function derivedFormulas(table: AnnualTable, at: (key: string) => string): Record<string, string> {
  const formulas: Record<string, string> = {};
  const blank = (index: number) => (table.agreements[index].blankable ? [at(table.agreements[index].total)] : []);
  for (const entry of table.agreements) {
    if (entry.amounts.length < 2) continue;
    const parts = entry.amounts.filter((amount) => amount.component.kind === "perUser").map((amount) => at(amount.key));
    formulas[entry.total] = whenNumbers(parts, entry.amounts.map((amount) => at(amount.key)).join("+"));
  }
  for (const change of table.changes) {
    const [from, to] = [at(table.agreements[change.from].total), at(table.agreements[change.to].total)];
    formulas[change.kronor] = whenNumbers([...blank(change.from), ...blank(change.to)], `${to}-${from}`);
    formulas[change.percent] = whenPositive(from, blank(change.to), `${to}/${from}-1`);
  }
  const compared = at(table.compared.total);
  const comparedBlank = table.compared.blankable ? [compared] : [];
  formulas.changePrevious = whenNumbers([at("previous"), ...comparedBlank], `${compared}-${at("previous")}`);
  formulas.changePreviousPercent = whenPositive(at("previous"), comparedBlank, `${compared}/${at("previous")}-1`);
  return formulas;
}

/** The component of each amount column, by its key: the same for every row of a table. */
function amountComponents(table: AnnualTable): ReadonlyMap<string, AmountComponent> {
  return new Map(table.agreements.flatMap((entry) => entry.amounts.map((amount) => [amount.key, amount.component] as const)));
}

function unitCells(ctx: Context, table: AnnualTable, amounts: ReadonlyMap<string, AmountComponent>, row: number, figures: AnnualRow, perUserRow: number): PlanCell[] {
  const at = (key: string) => cellAddress(table.col[key], row);
  const derived = derivedFormulas(table, at);
  const blank = (value: Decimal | undefined) => (value === undefined ? null : value);
  return table.columns.map((column) => {
    const format = annualFormat(ctx, column.kind)!;
    const value = figures.values[column.key];
    switch (column.kind) {
      case "name":
        return text(figures.unit.name);
      case "type":
        return text(figures.type);
      case "population":
        return formula(`=${populationSource(ctx, figures.unit)}`, figures.population, format);
      case "previous":
        return input(value ?? null, format);
      case "amount": {
        const component = amounts.get(column.key)!;
        const source = amountSource(ctx, component, figures.unit, perUserRow);
        return formula(component.kind === "perUser" ? whenNumbers([source], source) : `=${source}`, blank(value), format);
      }
      default:
        return formula(derived[column.key], blank(value), format);
    }
  });
}

/** The total row: sums of what every row has, counted totals of what some rows lack, and the changes of the totals. */
function totalCells(ctx: Context, table: AnnualTable, L: AnnualLayout, rows: readonly AnnualRow[]): PlanCell[] {
  const range = (key: string) => `${cellAddress(table.col[key], L.first)}:${cellAddress(table.col[key], L.last)}`;
  const derived = derivedFormulas(table, (key) => cellAddress(table.col[key], L.total));
  const entered = ctx.t.annual.entered;
  const kr = moneyFormat(ctx);
  const column = (key: string) => rows.map((row) => row.values[key]);
  const totals: Record<string, Decimal | string | null> = {};
  const blankable = new Set(table.agreements.flatMap((entry) => [...entry.amounts.filter((amount) => amount.component.kind === "perUser").map((amount) => amount.key), ...(entry.blankable ? [entry.total] : [])]));
  blankable.add("previous");
  const total = (key: string) => (totals[key] = blankable.has(key) ? countedTotalValue(column(key), entered) : sum(column(key) as Decimal[]));
  const decimal = (key: string) => (totals[key] instanceof Decimal ? (totals[key] as Decimal) : undefined);
  const changeOf = (to: string, from: string) => {
    const [a, b] = [decimal(to), decimal(from)];
    return a !== undefined && b !== undefined ? a.minus(b) : null;
  };
  return table.columns.map((spec) => {
    switch (spec.kind) {
      case "name":
        return text(ctx.t.money.total, "total");
      case "type":
        return EMPTY;
      case "population":
        return formula(`=SUM(${range(spec.key)})`, sum(rows.map((row) => row.population)), FORMATS.population, "total");
      case "amount":
      case "total":
      case "previous": {
        const value = total(spec.key);
        return blankable.has(spec.key) ? formula(countedTotalFormula(range(spec.key), entered), value, kr, "total") : formula(`=SUM(${range(spec.key)})`, value, kr, "total");
      }
      default: {
        const [to, from] = changeKeys(table, spec.key);
        const value = spec.kind === "change" || spec.kind === "changePrevious" ? changeOf(to, from) : (ratio(decimal(to), decimal(from)) ?? null);
        return formula(derived[spec.key], value, annualFormat(ctx, spec.kind)!, "total");
      }
    }
  });
}

/** The two columns a change column compares: [the later, the earlier]. */
function changeKeys(table: AnnualTable, key: string): [string, string] {
  if (key === "changePrevious" || key === "changePreviousPercent") return [table.compared.total, "previous"];
  const change = table.changes.find((candidate) => candidate.kronor === key || candidate.percent === key)!;
  return [table.agreements[change.to].total, table.agreements[change.from].total];
}

/** The footer's source: the agreements together ("överenskommelsen 2020 och avtalet 2026–2030"). */
function annualSource(ctx: Context): string {
  const locale = ctx.options.locale;
  const p = ctx.t.annual.print;
  const list = ctx.agreements.list;
  if (list.length === 1) return words(list[0].name, locale);
  return p.agreements(listText(list.map((agreement) => p.agreementItem(words(agreement.name, locale), agreement.short)), locale));
}

export function annualCostSheet(ctx: Context): PlanSheet {
  const s = ctx.t.annual.sheet;
  const L = annualLayout(ctx);
  const table = annualTable(ctx);
  const sheet = new SheetBuilder("annualCost", ctx.sheetNames.annualCost);
  sheet.text(1, [text(s.title, "title"), text(annualSubtitle(ctx, table), "subtitle")]);
  const rows = annualRows(ctx, table);
  const headers = table.columns.map((column) => column.header);
  const inputs: PlanInput[] = [];
  // The previous amounts of the other periods a sheet of these agreements may hold, and of sheets made before the column named its period.
  const locale = ctx.options.locale;
  const otherHeaders = [
    ...periodChoices(ctx.agreements.list)
      .filter((period) => !samePeriod(period, ctx.previousPeriod))
      .map((period) => s.header.previous(words(periodWords(period), locale))),
    s.header.previousEarlier,
  ];
  const amounts = amountComponents(table);
  const cells = rows.map((figures, index) => {
    const row = L.first + index;
    inputs.push({
      field: "previousCost",
      unit: { name: figures.unit.name, ...(figures.unit.code !== undefined ? { code: figures.unit.code } : {}) },
      cell: cellAddress(table.col.previous, row),
      header: table.columns[table.col.previous].header,
      otherHeaders,
      unitHeader: s.header.name,
      ...givenPrevious(ctx, figures.unit.name),
    });
    return unitCells(ctx, table, amounts, row, figures, ctx.layout.perUser.first + index);
  });
  sheet.put(L.header, 0, [headers.map((header) => text(header, "header")), ...cells, totalCells(ctx, table, L, rows)]);
  sheet.table(TABLE_NAMES.annualCost, 0, L.header, table.columns.length - 1, L.total, true);
  sheet.text(L.total + 2, annualNotes(ctx, table));
  const block = paragraphBlock(ctx, sheet, { layout: L, table, rows, headers, top: paragraphTop(ctx) });
  // Printed: down to the paragraph (the rows below are the text's helpers); the previous amounts' columns only
  // when the user gave amounts (blank but for the embedded Farsta's otherwise, and they would shrink the page below 9 pt).
  const printedTo = { row: block.paragraph, column: ctx.options.previousCostsGiven ? table.columns.length - 1 : table.col.previous - 1 };
  return { ...sheet.finish(pageTexts(ctx, s.title, annualSource(ctx)), { headerRow: L.header, printedTo }), inputs };
}
