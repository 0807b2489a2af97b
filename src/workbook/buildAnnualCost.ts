import { Decimal } from "../engine";
import { cellAddress } from "./a1";
import { ANNUAL_COLUMNS, COL, annualFormat, annualLayout, annualNotes, annualRows, paragraphTop, ratio, type AnnualColumn, type AnnualLayout, type AnnualRow } from "./annualFigures";
import { TABLE_NAMES, moneyFormat, ref, sum, type Context, type ProcuringUnit } from "./buildContext";
import { paragraphBlock } from "./paragraph";
import type { PlanCell, PlanInput, PlanSheet } from "./plan";
import { pageTexts } from "./page";
import { EMPTY, FORMATS, SheetBuilder, formula, input, text } from "./sheet";
import { countedTotalFormula, countedTotalValue } from "./textFormula";

/*
 * Årskostnad: what each procuring unit pays a year. Under the 2020 agreement its LOU part (from
 * Kommuner or Stadsdelar) and its support part (its users × the cost per user, from Support), under
 * the 2026–2030 agreement its share of the municipal part (from Avtal 2026–2030); the change between
 * them, and against a previous amount the user may enter. Stockholm is paid by its districts, so it
 * has no row of its own (a note says so) and the rows add up to the county. Every figure is a plain
 * formula on the other sheets; a figure that cannot be given yet (no users entered) is a blank cell,
 * never 0 kr. Under the table, the paragraph for the paper (paragraph.ts).
 */

/** Where a unit's figures are on the other sheets: [LOU part, population, support cost, 2026 cost]. */
function sources(ctx: Context, unit: ProcuringUnit, supportRow: number): { lou: string; population: string; support: string; amount2026: string } {
  const { layout } = ctx;
  const a = layout.agreement2026;
  const louColumn = (col: Readonly<Record<string, number>>) => (ctx.addsUp ? col.perYearRounded : col.perYearExact);
  const support = ref(ctx, "support", 4, supportRow);
  if (unit.kind === "municipality") {
    const M = layout.municipalities;
    const row = M.first + unit.index;
    return {
      lou: ref(ctx, "municipalities", louColumn(M.col), row),
      population: ref(ctx, "municipalities", M.col.population, row),
      support,
      amount2026: ref(ctx, "agreement2026", a.costColumn, a.municipalities.first + unit.index),
    };
  }
  const D = layout.districts!;
  const row = D.first + unit.index;
  return {
    lou: ref(ctx, "districts", louColumn(D.col), row),
    population: ref(ctx, "districts", D.col.inclRestExact, row),
    support,
    amount2026: ref(ctx, "agreement2026", a.costColumn, a.districts!.first + unit.index),
  };
}

function unitCells(ctx: Context, row: number, figures: AnnualRow, supportRow: number): PlanCell[] {
  const at = (column: AnnualColumn) => cellAddress(COL[column], row);
  const from = sources(ctx, figures.unit, supportRow);
  const f = (column: AnnualColumn) => annualFormat(ctx, column)!;
  const blank = (value: Decimal | undefined) => (value === undefined ? null : value);
  return [
    text(figures.unit.name),
    text(figures.type),
    formula(`=${from.population}`, figures.population, f("population")),
    formula(`=${from.lou}`, figures.lou, f("lou")),
    formula(`=IF(ISNUMBER(${from.support}),${from.support},"")`, blank(figures.support), f("support")),
    formula(`=IF(ISNUMBER(${at("support")}),${at("lou")}+${at("support")},"")`, blank(figures.total2020), f("total2020")),
    formula(`=${from.amount2026}`, figures.amount2026, f("amount2026")),
    formula(`=IF(ISNUMBER(${at("total2020")}),${at("amount2026")}-${at("total2020")},"")`, blank(figures.change), f("change")),
    formula(`=IF(N(${at("total2020")})>0,${at("amount2026")}/${at("total2020")}-1,"")`, blank(figures.changePercent), f("changePercent")),
    input(figures.previous ?? null, f("previous")),
    formula(`=IF(ISNUMBER(${at("previous")}),${at("amount2026")}-${at("previous")},"")`, blank(figures.changePrevious), f("changePrevious")),
    formula(`=IF(N(${at("previous")})>0,${at("amount2026")}/${at("previous")}-1,"")`, blank(figures.changePreviousPercent), f("changePreviousPercent")),
  ];
}

/** The total row: sums of what every row has, counted totals of what some rows lack, and the changes of the totals. */
function totalCells(ctx: Context, L: AnnualLayout, rows: readonly AnnualRow[]): PlanCell[] {
  const range = (column: AnnualColumn) => `${cellAddress(COL[column], L.first)}:${cellAddress(COL[column], L.last)}`;
  const at = (column: AnnualColumn) => cellAddress(COL[column], L.total);
  const entered = ctx.t.annual.entered;
  const kr = moneyFormat(ctx);
  const counted = (column: AnnualColumn, values: readonly (Decimal | undefined)[]) =>
    formula(countedTotalFormula(range(column), entered), countedTotalValue(values, entered), kr, "total");
  const total2020 = countedTotalValue(rows.map((row) => row.total2020), entered);
  const previous = countedTotalValue(rows.map((row) => row.previous), entered);
  const amount2026 = sum(rows.map((row) => row.amount2026));
  const against = (base: Decimal | string | null) => (base instanceof Decimal ? base : undefined);
  const changeOf = (base: Decimal | undefined) => (base !== undefined ? amount2026.minus(base) : null);
  const percentOf = (base: Decimal | undefined) => ratio(amount2026, base) ?? null;
  return [
    text(ctx.t.money.total, "total"),
    EMPTY,
    formula(`=SUM(${range("population")})`, sum(rows.map((row) => row.population)), FORMATS.population, "total"),
    formula(`=SUM(${range("lou")})`, sum(rows.map((row) => row.lou)), kr, "total"),
    counted("support", rows.map((row) => row.support)),
    counted("total2020", rows.map((row) => row.total2020)),
    formula(`=SUM(${range("amount2026")})`, amount2026, kr, "total"),
    formula(`=IF(ISNUMBER(${at("total2020")}),${at("amount2026")}-${at("total2020")},"")`, changeOf(against(total2020)), FORMATS.kronorSigned, "total"),
    formula(`=IF(N(${at("total2020")})>0,${at("amount2026")}/${at("total2020")}-1,"")`, percentOf(against(total2020)), FORMATS.percentSigned, "total"),
    counted("previous", rows.map((row) => row.previous)),
    formula(`=IF(ISNUMBER(${at("previous")}),${at("amount2026")}-${at("previous")},"")`, changeOf(against(previous)), FORMATS.kronorSigned, "total"),
    formula(`=IF(N(${at("previous")})>0,${at("amount2026")}/${at("previous")}-1,"")`, percentOf(against(previous)), FORMATS.percentSigned, "total"),
  ];
}

export function annualCostSheet(ctx: Context): PlanSheet {
  const s = ctx.t.annual.sheet;
  const L = annualLayout(ctx);
  const sheet = new SheetBuilder("annualCost", ctx.sheetNames.annualCost);
  sheet.text(1, [text(s.title, "title"), text(s.subtitle, "subtitle")]);
  const rows = annualRows(ctx);
  const headers = ANNUAL_COLUMNS.map((key) => s.header[key]);
  const inputs: PlanInput[] = [];
  const cells = rows.map((figures, index) => {
    const row = L.first + index;
    inputs.push({
      field: "previousCost",
      unit: { name: figures.unit.name, ...(figures.unit.code !== undefined ? { code: figures.unit.code } : {}) },
      cell: cellAddress(COL.previous, row),
      header: s.header.previous,
      unitHeader: s.header.name,
    });
    return unitCells(ctx, row, figures, ctx.layout.support.first + index);
  });
  sheet.put(L.header, 0, [headers.map((header) => text(header, "header")), ...cells, totalCells(ctx, L, rows)]);
  sheet.table(TABLE_NAMES.annualCost, 0, L.header, ANNUAL_COLUMNS.length - 1, L.total, true);
  sheet.text(L.total + 2, annualNotes(ctx));
  paragraphBlock(ctx, sheet, { layout: L, rows, headers, top: paragraphTop(ctx) });
  return { ...sheet.finish(pageTexts(ctx, "annualCost", s.title), { headerRow: L.header }), inputs };
}
