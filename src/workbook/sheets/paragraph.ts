import { firstYear, type AmountComponent, type PerUser } from "../../data";
import { Decimal, RuleInputError, normalizeUnitName, roundHalfAwayFromZero } from "../../engine";
import { PERCENT_DECIMALS, PER_USER_DECIMALS, RATE_DECIMALS } from "../../i18n";
import { absoluteAddress, absoluteColumnRange, cellAddress } from "../../formula";
import { figure as figureOf, prepare, type Context } from "../options";
import { choice, figure, formula, name, piecesExpression, piecesText, sentence, text, type NumberSlot, type Piece, type PlanCell, type PlanOptions, type SheetBuilder } from "../plan";
import { listText, words } from "../texts";
import { annualFormat, annualLayout, annualRows, annualTable, paragraphTop, type AnnualColumnSpec, type AnnualLayout, type AnnualRow, type AnnualTable } from "./annualFigures";

/*
 * The paragraph for the committee paper, on Årskostnad under the table: a few sentences for the
 * paper's reader with the county's figures (under the LOU model: its total when every part is known,
 * else the LOU part named as such with the part per user on top; each split's municipal part for the
 * budget's year; the largest unit) and one chosen unit's (its amount under each agreement, the change
 * from the previous agreement, and against a previous amount of the period just before the agreement
 * it is compared with). The unit is an input cell; its row is found with MATCH and its figures copied
 * with INDEX into a row of their own, and the paragraph is one formula on those cells, the table's
 * total row and the defined names, every figure in it a FIXED(...) of a cell, never typed.
 * annualCostParagraph gives the same text from the plan options with the engine's figures, for the
 * pane to show and copy.
 *
 * The block: the heading and the paragraph (printed, kept together), then, outside the print area,
 * the unit's input cell, the row MATCH finds, the copied figures and the largest unit.
 */

/** Where the paragraph block's cells are. */
interface BlockCells {
  readonly unit: string;
  readonly position: string;
  readonly largest: string;
  /** The chosen unit's copied figures, by column key. */
  readonly chosen: (key: string) => string;
}

/** The rows of the block from its first (`top`): the heading and the paragraph, then the helper rows. */
export const BLOCK_ROWS = { heading: 0, paragraph: 1, unit: 3, position: 4, header: 5, chosen: 6, largest: 7 } as const;

function blockCells(table: AnnualTable, top: number): BlockCells {
  return {
    unit: absoluteAddress(1, top + BLOCK_ROWS.unit),
    position: absoluteAddress(1, top + BLOCK_ROWS.position),
    chosen: (key) => absoluteAddress(table.col[key], top + BLOCK_ROWS.chosen),
    largest: absoluteAddress(1, top + BLOCK_ROWS.largest),
  };
}

/** What the paragraph is made from: the table, its rows and total row, the chosen unit and the block's cells. */
interface Source {
  readonly ctx: Context;
  readonly table: AnnualTable;
  readonly layout: AnnualLayout;
  readonly rows: readonly AnnualRow[];
  readonly row: AnnualRow;
  readonly cells: BlockCells;
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

/** "en ökning med 9 250 kr (20,89 %)", "en minskning med …" or "lika mycket", by the rounded change; the percentage with the table's decimals. */
function changePhrase(ctx: Context, kronor: string, percent: string, change = ZERO, ratio = ZERO): Piece[] {
  const p = ctx.t.annual.paragraph;
  const rounded = roundHalfAwayFromZero(change);
  const amount = figure(`ABS(${kronor})`, change.abs(), 0);
  const share = figure(`ABS(${percent})*100`, ratio.abs().times(100), PERCENT_DECIMALS);
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

/** A column's cell on the table's total row, and the figure there (undefined while a row lacks one: the cell counts them instead). */
function totalOf(source: Source, key: string): { cell: string; value: Decimal | undefined } {
  const values = source.rows.map((row) => row.values[key]);
  const complete = values.every((value): value is Decimal => value !== undefined);
  return { cell: absoluteAddress(source.table.col[key], source.layout.total), value: complete ? values.reduce((a, b) => a.plus(b), ZERO) : undefined };
}

/** A money figure of the total row. */
function totalFigure(source: Source, key: string): NumberSlot {
  const total = totalOf(source, key);
  return figure(total.cell, total.value ?? ZERO, 0);
}

const partWords = (component: AmountComponent, locale: Context["options"]["locale"]) => ({ what: words(component.paragraph, locale), part: words(component.part, locale) });

/**
 * The LOU model's sentence for the county: the agreement's total and its parts when every unit's
 * part per user is known; else the LOU part, named as such, with the parts per user on top.
 */
function louPieces(source: Source): Piece[] {
  const { ctx, table } = source;
  const capped = ctx.agreements.capped;
  if (!capped) return [];
  const p = ctx.t.annual.paragraph;
  const locale = ctx.options.locale;
  const { lou } = ctx;
  const entry = table.agreements[capped.index];
  const agreement = [words(entry.agreement.name, locale)];
  const louAmount = entry.amounts.find((amount) => amount.component.kind === "cappedPopulationShare")!;
  const louWords = partWords(louAmount.component, locale);
  const detail = sentence(p.louDetail, [louWords.part], figure("KrPerInvanareAr", lou.ratePerInhabitantPerYear, RATE_DECIMALS), figure("InvanareLan", lou.countyPopulation, 0));
  const louTotal = figure("SummaPerAr", lou.total.perYear, 0);
  const perUser = entry.amounts.filter((amount) => amount.component.kind === "perUser");
  if (perUser.length === 0) return sentence(p.louAlone, agreement, louTotal, [louWords.what], detail, []);
  const others = entry.amounts.filter((amount) => amount !== louAmount);
  const parts = joined([[...sentence(p.part, louTotal, [louWords.what]), ...detail], ...others.map((amount) => sentence(p.part, totalFigure(source, amount.key), [words(amount.component.paragraph, locale)]))], ctx);
  const whole = totalOf(source, entry.total);
  const known = sentence(p.louTotal, agreement, figure(whole.cell, whole.value ?? ZERO, 0), parts);
  const rates = joined(
    perUser.map(({ component }) => {
      const perUserName = (component as PerUser).perUser.name;
      return sentence(p.perUserRate, figure(perUserName, figureOf(ctx, perUserName), PER_USER_DECIMALS));
    }),
    ctx,
  );
  const onTop = sentence(p.perUserOnTop, [listText(perUser.map((amount) => words(amount.component.part, locale)), locale)], rates);
  const alone = sentence(p.louAlone, agreement, louTotal, [louWords.what], detail, onTop);
  return [choice(`ISNUMBER(${whole.cell})`, whole.value !== undefined, known, alone)];
}

/** The county's sentences: the LOU model's, each split's municipal part for its budget's year, the largest unit. */
function countyPieces(source: Source): Piece[] {
  const { ctx, cells } = source;
  const p = ctx.t.annual.paragraph;
  const locale = ctx.options.locale;
  const { lou } = ctx;
  const capped = ctx.agreements.capped;
  const sentences: Piece[][] = [];
  if (capped) sentences.push(louPieces(source));
  for (const { agreement, component } of ctx.agreements.splits) {
    const percent = figureOf(ctx, component.share).times(100);
    const whole = roundHalfAwayFromZero(percent, 2).eq(roundHalfAwayFromZero(percent, 0));
    const expr = `${component.share}*100`;
    const share = [choice(`ROUND(${expr},2)=ROUND(${expr},0)`, whole, [figure(expr, percent, 0)], [figure(expr, percent, 2)])];
    const part = figure(component.municipal.name, figureOf(ctx, component.municipal.name), 0);
    const budget = figure(component.budget, figureOf(ctx, component.budget), 0);
    sentences.push(sentence(p.split, [words(agreement.name, locale)], part, [String(firstYear(agreement))], share, [words(component.of, locale)], budget));
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

/** "för 2026" for an agreement whose amounts come from a budget of its first year (a split), else "per år". */
function whenOf(ctx: Context, index: number): string {
  const p = ctx.t.annual.paragraph;
  const split = ctx.agreements.splits.some((placed) => placed.index === index);
  return split ? p.forYear(String(firstYear(ctx.agreements.list[index]))) : p.perYear;
}

/** A unit's sentence under one agreement: its amount, or its total and parts; while its parts per user are missing, the known parts with those on top. */
function agreementPieces(source: Source, index: number): Piece[] {
  const { ctx, table, row, cells } = source;
  const p = ctx.t.annual.paragraph;
  const locale = ctx.options.locale;
  const c = cells.chosen;
  const entry = table.agreements[index];
  const agreement = [words(entry.agreement.name, locale)];
  const unit = name(c("name"), row.unit.name);
  const money = (key: string) => figure(c(key), row.values[key] ?? ZERO, 0);
  const when = [whenOf(ctx, index)];
  const full =
    entry.amounts.length === 1
      ? sentence(p.unitSingle, agreement, unit, money(entry.total), when)
      : sentence(p.unitParts, agreement, unit, money(entry.total), when, joined(entry.amounts.map((amount) => sentence(p.part, money(amount.key), [words(amount.component.paragraph, locale)])), ctx));
  if (!entry.blankable) return full;
  const perUser = entry.amounts.filter((amount) => amount.component.kind === "perUser");
  const known = entry.amounts.filter((amount) => amount.component.kind !== "perUser");
  const missing = [listText(perUser.map((amount) => words(amount.component.part, locale)), locale)];
  const otherwise =
    known.length === 0
      ? sentence(p.unitUnknown, agreement, unit)
      : sentence(
          p.unitPartsMissing,
          agreement,
          unit,
          joined(
            known.map((amount) => sentence(p.knownPart, money(amount.key), when, [words(amount.component.paragraph, locale)], [words(amount.component.part, locale)])),
            ctx,
          ),
          missing,
        );
  return [choice(`ISNUMBER(${c(entry.total)})`, row.values[entry.total] !== undefined, full, otherwise)];
}

/** "Jämfört med 2020 är det …": the change from the previous agreement, when its total is known and above 0. */
function againstPieces(source: Source, index: number): Piece[] {
  const { ctx, table, row, cells } = source;
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

/**
 * The previous amount, after the sentence of the agreement it is compared with: what the unit paid in
 * the period before it and the change of that agreement's amount against it; the amount alone while
 * that agreement's amount waits for users. Nothing without a previous amount.
 */
function previousPieces(source: Source): Piece[] {
  const { ctx, table, row, cells } = source;
  const p = ctx.t.annual.paragraph;
  const c = cells.chosen;
  const compared = table.compared;
  const period = ctx.previousPeriod;
  const when = [period.kind === "before" ? p.previousWhen.before(String(period.year)) : p.previousWhen.year(String(period.year))];
  const unit = name(c("name"), row.unit.name);
  const previous = row.values.previous;
  const amount = sentence(p.previousAmount[period.kind], figure(c("previous"), previous ?? ZERO, 0));
  const agreement = [words(compared.agreement.name, ctx.options.locale)];
  const change = changePhrase(ctx, c("changePrevious"), c("changePreviousPercent"), row.values.changePrevious, row.values.changePreviousPercent);
  const known = sentence(p.previousKnown, when, unit, amount, agreement, change);
  const alone = sentence(p.previousAlone, when, unit, amount);
  const inner = compared.blankable ? [choice(`ISNUMBER(${c(compared.total)})`, row.values[compared.total] !== undefined, known, alone)] : known;
  return [choice(`N(${c("previous")})>0`, previous !== undefined && previous.gt(0), [" ", ...inner])];
}

/** The paragraph as pieces: the formula and the engine's text are both made from these. */
function paragraphPieces(source: Source): Piece[] {
  const { ctx, table, row, cells } = source;
  const p = ctx.t.annual.paragraph;
  const units = table.agreements.map((_, index) => [
    ...agreementPieces(source, index),
    ...(index > 0 ? againstPieces(source, index) : []),
    ...(index === ctx.previousTarget ? previousPieces(source) : []),
  ]);
  const county = countyPieces(source);
  const body: Piece[] = spaced([...(county.length > 0 ? [county] : []), ...units]);
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
  const source: Source = { ctx, table, layout: annualLayout(ctx), rows, row: chosenRow(ctx, rows), cells: blockCells(table, paragraphTop(ctx)) };
  return piecesText(paragraphPieces(source), options.locale);
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
 * Puts the paragraph block on Årskostnad from row `top`: its heading and the paragraph, then the
 * unit's input cell, the row MATCH finds it on, the unit's figures copied from the table and the
 * largest unit (with the LOU model). Returns the rows of the heading and the paragraph, which print.
 */
export function paragraphBlock(
  ctx: Context,
  sheet: SheetBuilder,
  args: { layout: AnnualLayout; table: AnnualTable; rows: readonly AnnualRow[]; headers: readonly string[]; top: number },
): { readonly heading: number; readonly paragraph: number } {
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
  const pieces = paragraphPieces({ ctx, table, layout: L, rows, row, cells });
  sheet.text(top + BLOCK_ROWS.heading, [text(s.paragraphTitle, "subtitle")]);
  sheet.text(top + BLOCK_ROWS.paragraph, [formula(`=${piecesExpression(pieces)}`, piecesText(pieces, ctx.options.locale), "General", "label")]);
  sheet.put(top + BLOCK_ROWS.unit, 0, [
    [text(s.unitLabel), { value: row.unit.name, style: "input" }, text(s.unitHint, "note")],
    [text(s.position), formula(`=IF(ISNA(${match}),0,${match})`, rows.indexOf(row) + 1, "0")],
    // The copied row's name column is headed as the unit's input, so the row is not taken for a second Årskostnad table (src/check).
    headers.map((header, index) => text(index === table.col.name ? s.unitLabel : header, "header")),
    table.columns.map(copy),
    ...largest,
  ]);
  return { heading: top + BLOCK_ROWS.heading, paragraph: top + BLOCK_ROWS.paragraph };
}
