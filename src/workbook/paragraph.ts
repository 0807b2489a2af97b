import { Decimal, RuleInputError, normalizeUnitName, roundHalfAwayFromZero } from "../engine";
import { absoluteAddress, absoluteColumnRange, cellAddress } from "../formula/a1";
import { listText, words } from "./agreements";
import { annualFormat, annualRows, annualTable, paragraphTop, type AnnualColumnSpec, type AnnualLayout, type AnnualRow, type AnnualTable } from "./annualFigures";
import { figure as figureOf, prepare, type Context } from "./buildContext";
import type { PlanCell, PlanOptions } from "./plan";
import { formula, text, type SheetBuilder } from "./sheet";
import { choice, figure, name, piecesExpression, piecesText, sentence, type Piece } from "./textFormula";

/*
 * The paragraph for the committee paper, on Årskostnad under the table: a few sentences with the
 * county's figures (population, rate per inhabitant and year and total under the LOU model, each
 * split's municipal part, the largest unit) and one chosen unit's (its yearly amount under each
 * agreement and the change). The unit is an input cell; its row is found with MATCH and its figures
 * copied with INDEX into a row of their own, and the paragraph is one formula on those cells and the
 * defined names, every figure in it a FIXED(...) of a cell, never typed. annualCostParagraph gives
 * the same text from the plan options with the engine's figures, for the pane to show and copy.
 */

/** Where the paragraph block's cells are. */
interface BlockCells {
  readonly unit: string;
  readonly position: string;
  readonly largest: string;
  /** The chosen unit's copied figures, by column key. */
  readonly chosen: (key: string) => string;
}

function blockCells(table: AnnualTable, top: number): BlockCells {
  return {
    unit: absoluteAddress(1, top + 1),
    position: absoluteAddress(1, top + 2),
    chosen: (key) => absoluteAddress(table.col[key], top + 4),
    largest: absoluteAddress(1, top + 5),
  };
}

/** The paragraph's unit: the option's, else Farsta for the embedded population, else the largest unit. */
function chosenRow(ctx: Context, rows: readonly AnnualRow[]): AnnualRow {
  const wanted = ctx.options.paragraphUnit ?? (ctx.embedded ? "Farsta" : ctx.lou.largestUnit.name);
  const row = rows.find((candidate) => normalizeUnitName(candidate.unit.name) === normalizeUnitName(wanted));
  if (!row) {
    throw new RuleInputError("paragraphUnit", "unknownName", `"${wanted}" is not a procuring unit of the population (a municipality other than the divided city, or a district)`, {
      name: wanted,
    });
  }
  return row;
}

const ZERO = new Decimal(0);

/** "en ökning med 9 250 kr (20,9 %)", "en minskning med …" or "lika mycket", by the rounded change. */
function changePhrase(ctx: Context, kronor: string, percent: string, change = ZERO, ratio = ZERO): Piece[] {
  const p = ctx.t.annual.paragraph;
  const rounded = roundHalfAwayFromZero(change);
  const amount = figure(`ABS(${kronor})`, change.abs(), 0);
  const share = figure(`ABS(${percent})*100`, ratio.abs().times(100), 1);
  return [
    choice(`ROUND(${kronor},0)>0`, rounded.gt(0), sentence(p.increase, amount, share), [
      choice(`ROUND(${kronor},0)<0`, rounded.lt(0), sentence(p.decrease, amount, share), [p.same]),
    ]),
  ];
}

/** Lists of pieces joined as a sentence lists them ("A, B och C"). */
function joined(items: readonly (readonly Piece[])[], ctx: Context): Piece[] {
  return items.flatMap((item, index) => [...(index === 0 ? [] : [index === items.length - 1 ? ctx.t.agreements.and : ", "]), ...item]);
}

/** Sentences joined by a space. */
const spaced = (sentences: readonly (readonly Piece[])[]): Piece[] => sentences.flatMap((pieces, index) => (index === 0 ? [...pieces] : [" ", ...pieces]));

/** The county's sentences: the LOU model's population, rate and total; each split's municipal part; the largest unit. */
function countyPieces(ctx: Context, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const locale = ctx.options.locale;
  const { lou } = ctx;
  const capped = ctx.agreements.capped;
  const sentences: Piece[][] = [];
  if (capped) {
    const agreement = [words(capped.agreement.name, locale)];
    sentences.push(sentence(p.lou, figure("InvanareLan", lou.countyPopulation, 0), figure("KrPerInvanareAr", lou.ratePerInhabitantPerYear, 3), agreement, figure("SummaPerAr", lou.total.perYear, 0)));
  }
  for (const { agreement, component } of ctx.agreements.splits) {
    const percent = figureOf(ctx, component.share).times(100);
    const whole = roundHalfAwayFromZero(percent, 2).eq(roundHalfAwayFromZero(percent, 0));
    const expr = `${component.share}*100`;
    const share = [choice(`ROUND(${expr},2)=ROUND(${expr},0)`, whole, [figure(expr, percent, 0)], [figure(expr, percent, 2)])];
    const part = figure(component.municipal.name, figureOf(ctx, component.municipal.name), 0);
    sentences.push(sentence(p.split, [words(agreement.name, locale)], part, share, [words(component.of, locale)]));
  }
  if (capped) {
    const { threshold, years } = capped.component;
    sentences.push(
      sentence(p.largest, name(cells.largest, lou.largestUnit.name), figure("StorstaEnhet", lou.largestUnit.population, 0), figure(threshold, ctx.threshold, 0), figure(years, ctx.years, 0)),
    );
  }
  return spaced(sentences);
}

/** The test that `base` is above 0 and, when it may be blank, `cell` holds a number (without AND, which not every spreadsheet has alike). */
const positiveAnd = (base: string, cell: string | undefined): string => (cell === undefined ? `N(${base})>0` : `IF(ISNUMBER(${cell}),N(${base})>0,FALSE)`);

/** A unit's sentence under one agreement: its amount, or its total and parts; what waits for users while they are missing. */
function agreementPieces(ctx: Context, table: AnnualTable, index: number, row: AnnualRow, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const locale = ctx.options.locale;
  const c = cells.chosen;
  const entry = table.agreements[index];
  const agreement = [words(entry.agreement.name, locale)];
  const unit = name(c("name"), row.unit.name);
  const money = (key: string) => figure(c(key), row.values[key] ?? ZERO, 0);
  const what = (component: { readonly paragraph: { readonly sv: string; readonly en: string } }) => words(component.paragraph, locale);
  const full =
    entry.amounts.length === 1
      ? sentence(p.unitSingle, agreement, unit, money(entry.total))
      : sentence(p.unitParts, unit, agreement, money(entry.total), joined(entry.amounts.map((amount) => [money(amount.key), " kr ", what(amount.component)]), ctx));
  if (!entry.blankable) return full;
  const perUser = entry.amounts.filter((amount) => amount.component.kind === "perUser");
  const known = entry.amounts.filter((amount) => amount.component.kind !== "perUser");
  const sheets = [listText([...new Set(perUser.map((amount) => ctx.sheetNames[(amount.component as { sheet: { key: string } }).sheet.key]))], locale)];
  const missing = [listText(perUser.map((amount) => words(amount.component.part, locale)), locale)];
  const otherwise =
    known.length === 0
      ? sentence(p.unitUnknown, unit, agreement, sheets)
      : sentence(p.unitPartsMissing, unit, agreement, joined(known.map((amount) => sentence(p.knownPart, money(amount.key), [what(amount.component)])), ctx), missing, sheets);
  return [choice(`ISNUMBER(${c(entry.total)})`, row.values[entry.total] !== undefined, full, otherwise)];
}

/** "Jämfört med 2020 är det …": the change from the previous agreement, when its total is above 0. */
function againstPieces(ctx: Context, table: AnnualTable, index: number, row: AnnualRow, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const c = cells.chosen;
  const change = table.changes[index - 1];
  const [from, to] = [table.agreements[change.from], table.agreements[change.to]];
  const base = row.values[from.total];
  const holds = base !== undefined && base.gt(0) && row.values[to.total] !== undefined;
  const test = positiveAnd(c(from.total), to.blankable ? c(to.total) : undefined);
  return [
    choice(test, holds, [" ", ...sentence(p.against, [from.year], changePhrase(ctx, c(change.kronor), c(change.percent), row.values[change.kronor], row.values[change.percent]))]),
  ];
}

/** The paragraph as pieces: the formula and the engine's text are both made from these. */
function paragraphPieces(ctx: Context, table: AnnualTable, row: AnnualRow, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const c = cells.chosen;
  const money = (key: string) => figure(c(key), row.values[key] ?? ZERO, 0);
  const units = table.agreements.map((_, index) => [...agreementPieces(ctx, table, index, row, cells), ...(index > 0 ? againstPieces(ctx, table, index, row, cells) : [])]);
  const last = table.last;
  const previous = row.values.previous;
  const againstPrevious = choice(
    positiveAnd(c("previous"), last.blankable ? c(last.total) : undefined),
    previous !== undefined && previous.gt(0) && row.values[last.total] !== undefined,
    [" ", ...sentence(p.againstPrevious, money("previous"), changePhrase(ctx, c("changePrevious"), c("changePreviousPercent"), row.values.changePrevious, row.values.changePreviousPercent))],
  );
  const county = countyPieces(ctx, cells);
  const body: Piece[] = [...spaced([...(county.length > 0 ? [county] : []), ...units]), againstPrevious];
  return [choice(`${cells.position}=0`, false, sentence(p.notFound, name(cells.unit, row.unit.name)), body)];
}

/**
 * The paragraph for the paper as the workbook's formula gives it with the engine's figures: the
 * same sentences, for the pane to show and copy. Users and previous amounts are the options' (the
 * plan writes them into the parts per user and Årskostnad).
 *
 * @throws RuleInputError naming the option at fault, as buildWorkbookPlan does (`paragraphUnit` for a unit that is not a procuring unit)
 */
export function annualCostParagraph(options: PlanOptions): string {
  const ctx = prepare(options);
  const table = annualTable(ctx);
  const rows = annualRows(ctx, table);
  return piecesText(paragraphPieces(ctx, table, chosenRow(ctx, rows), blockCells(table, paragraphTop(ctx))), options.locale);
}

/** The value copied from the chosen unit's row into the block, as the sheet shows it (null for a blank). */
function chosenValue(row: AnnualRow, column: AnnualColumnSpec): string | number | null {
  if (column.kind === "name") return row.unit.name;
  if (column.kind === "type") return row.type;
  if (column.kind === "population") return row.population.toNumber();
  const value = row.values[column.key];
  return value === undefined ? null : value.toNumber();
}

/**
 * Puts the paragraph block on Årskostnad from row `top`: its title, the unit's input cell, the
 * row MATCH finds it on, the unit's figures copied from the table, the largest unit (with the LOU
 * model), the paragraph.
 */
export function paragraphBlock(
  ctx: Context,
  sheet: SheetBuilder,
  args: { layout: AnnualLayout; table: AnnualTable; rows: readonly AnnualRow[]; headers: readonly string[]; top: number },
): void {
  const { layout: L, table, rows, headers, top } = args;
  const s = ctx.t.annual.sheet;
  const cells = blockCells(table, top);
  const row = chosenRow(ctx, rows);
  const names = absoluteColumnRange(table.col.name, L.first, L.last);
  const match = `MATCH(${cells.unit},${names},0)`;
  const copy = (column: AnnualColumnSpec): PlanCell => {
    const index = table.col[column.key];
    const range = `${cellAddress(index, L.first)}:${cellAddress(index, L.last)}`.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const picked = `INDEX(${range},${cells.position})`;
    const body = column.kind === "name" || column.kind === "type" ? picked : `IF(ISNUMBER(${picked}),${picked},"")`;
    return formula(`=IF(${cells.position}=0,"",${body})`, chosenValue(row, column), annualFormat(ctx, column.kind) ?? "General");
  };
  const largest = ctx.agreements.capped
    ? [[text(s.largest), formula(`=INDEX(${names},MATCH(StorstaEnhet,${absoluteColumnRange(table.col.population, L.first, L.last)},0))`, ctx.lou.largestUnit.name, "General")]]
    : [];
  sheet.text(top, [text(s.paragraphTitle, "subtitle")]);
  sheet.put(top + 1, 0, [
    [text(s.unitLabel), { value: row.unit.name, style: "input" }, text(s.unitHint, "note")],
    [text(s.position), formula(`=IF(ISNA(${match}),0,${match})`, rows.indexOf(row) + 1, "0")],
    headers.map((header) => text(header, "header")),
    table.columns.map(copy),
    ...largest,
  ]);
  const pieces = paragraphPieces(ctx, table, row, cells);
  sheet.text(top + 7, [formula(`=${piecesExpression(pieces)}`, piecesText(pieces, ctx.options.locale), "General", "label")]);
}
