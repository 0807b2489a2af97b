import { Decimal, RuleInputError, municipalPart, normalizeUnitName, roundHalfAwayFromZero } from "../engine";
import { absoluteAddress, absoluteColumnRange, cellAddress } from "./a1";
import { ANNUAL_COLUMNS, COL, annualFormat, annualRows, paragraphTop, type AnnualColumn, type AnnualLayout, type AnnualRow } from "./annualFigures";
import { prepare, type Context } from "./buildContext";
import type { PlanCell, PlanOptions } from "./plan";
import { formula, text, type SheetBuilder } from "./sheet";
import { choice, figure, name, piecesExpression, piecesText, sentence, type Piece } from "./textFormula";

/*
 * The paragraph for the committee paper, on Årskostnad under the table: a few sentences with the
 * county's figures (population, rate per inhabitant and year, totals under both agreements, the
 * largest unit) and one chosen unit's (its yearly amount under each agreement and the change). The
 * unit is an input cell; its row is found with MATCH and its figures copied with INDEX into a row of
 * their own, and the paragraph is one formula on those cells and the defined names, every figure in
 * it a FIXED(...) of a cell, never typed. annualCostParagraph gives the same text from the plan
 * options with the engine's figures, for the pane to show and copy.
 */

/** Where the paragraph block's cells are. */
interface BlockCells {
  readonly unit: string;
  readonly position: string;
  readonly largest: string;
  /** The chosen unit's copied figures, by column. */
  readonly chosen: (column: AnnualColumn) => string;
}

function blockCells(top: number): BlockCells {
  return {
    unit: absoluteAddress(1, top + 1),
    position: absoluteAddress(1, top + 2),
    chosen: (column) => absoluteAddress(COL[column], top + 4),
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

/** The county's two sentences: its population, rate and totals; the largest unit. */
function countyPieces(ctx: Context, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const { lou } = ctx;
  const percent = ctx.share2026.times(100);
  const whole = roundHalfAwayFromZero(percent, 2).eq(roundHalfAwayFromZero(percent, 0));
  const share = [
    choice("ROUND(Kommunandel2026*100,2)=ROUND(Kommunandel2026*100,0)", whole, [figure("Kommunandel2026*100", percent, 0)], [figure("Kommunandel2026*100", percent, 2)]),
  ];
  return [
    ...sentence(
      p.county,
      figure("InvanareLan", lou.countyPopulation, 0),
      figure("KrPerInvanareAr", lou.ratePerInhabitantPerYear, 3),
      figure("SummaPerAr", lou.total.perYear, 0),
      figure("Kommundel2026", municipalPart(ctx.budget2026, ctx.share2026), 0),
      share,
    ),
    " ",
    ...sentence(p.largest, name(cells.largest, lou.largestUnit.name), figure("StorstaEnhet", lou.largestUnit.population, 0), figure("Gransbelopp", ctx.threshold, 0), figure("Avtalsar", ctx.years, 0)),
  ];
}

/** The paragraph as pieces: the formula and the engine's text are both made from these. */
function paragraphPieces(ctx: Context, row: AnnualRow, cells: BlockCells): Piece[] {
  const p = ctx.t.annual.paragraph;
  const c = cells.chosen;
  const unit = name(c("name"), row.unit.name);
  const money = (column: AnnualColumn, value: Decimal | undefined) => figure(c(column), value ?? ZERO, 0);
  const year2020 = choice(
    `ISNUMBER(${c("total2020")})`,
    row.total2020 !== undefined,
    sentence(p.unit2020, unit, money("total2020", row.total2020), money("lou", row.lou), money("support", row.support)),
    sentence(p.unit2020NoUsers, unit, money("lou", row.lou)),
  );
  const against2020 = choice(`N(${c("total2020")})>0`, row.total2020 !== undefined && row.total2020.gt(0), [
    " ",
    ...sentence(p.against2020, changePhrase(ctx, c("change"), c("changePercent"), row.change, row.changePercent)),
  ]);
  const againstPrevious = choice(`N(${c("previous")})>0`, row.previous !== undefined && row.previous.gt(0), [
    " ",
    ...sentence(p.againstPrevious, money("previous", row.previous), changePhrase(ctx, c("changePrevious"), c("changePreviousPercent"), row.changePrevious, row.changePreviousPercent)),
  ]);
  const body: Piece[] = [...countyPieces(ctx, cells), " ", year2020, " ", ...sentence(p.unit2026, unit, money("amount2026", row.amount2026)), against2020, againstPrevious];
  return [choice(`${cells.position}=0`, false, sentence(p.notFound, name(cells.unit, row.unit.name)), body)];
}

/**
 * The paragraph for the paper as the workbook's formula gives it with the engine's figures: the
 * same sentences, for the pane to show and copy. Users and previous amounts are the options' (the
 * plan writes them into Support and Årskostnad).
 *
 * @throws RuleInputError naming the option at fault, as buildWorkbookPlan does (`paragraphUnit` for a unit that is not a procuring unit)
 */
export function annualCostParagraph(options: PlanOptions): string {
  const ctx = prepare(options);
  const rows = annualRows(ctx);
  return piecesText(paragraphPieces(ctx, chosenRow(ctx, rows), blockCells(paragraphTop(ctx))), options.locale);
}

/** The value copied from the chosen unit's row into the block, as the sheet shows it (null for a blank). */
function chosenValue(row: AnnualRow, column: AnnualColumn): string | number | null {
  if (column === "name") return row.unit.name;
  if (column === "type") return row.type;
  const value = row[column];
  return value === undefined ? null : value.toNumber();
}

/**
 * Puts the paragraph block on Årskostnad from row `top`: its title, the unit's input cell, the
 * row MATCH finds it on, the unit's figures copied from the table, the largest unit, the paragraph.
 */
export function paragraphBlock(ctx: Context, sheet: SheetBuilder, args: { layout: AnnualLayout; rows: readonly AnnualRow[]; headers: readonly string[]; top: number }): void {
  const { layout: L, rows, headers, top } = args;
  const s = ctx.t.annual.sheet;
  const cells = blockCells(top);
  const row = chosenRow(ctx, rows);
  const names = absoluteColumnRange(COL.name, L.first, L.last);
  const match = `MATCH(${cells.unit},${names},0)`;
  const copy = (column: AnnualColumn): PlanCell => {
    const range = `${cellAddress(COL[column], L.first)}:${cellAddress(COL[column], L.last)}`.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const picked = `INDEX(${range},${cells.position})`;
    const body = column === "name" || column === "type" ? picked : `IF(ISNUMBER(${picked}),${picked},"")`;
    return formula(`=IF(${cells.position}=0,"",${body})`, chosenValue(row, column), annualFormat(ctx, column) ?? "General");
  };
  sheet.text(top, [text(s.paragraphTitle, "subtitle")]);
  sheet.put(top + 1, 0, [
    [text(s.unitLabel), { value: row.unit.name, style: "input" }, text(s.unitHint, "note")],
    [text(s.position), formula(`=IF(ISNA(${match}),0,${match})`, rows.indexOf(row) + 1, "0")],
    headers.map((header) => text(header, "header")),
    ANNUAL_COLUMNS.map(copy),
    [text(s.largest), formula(`=INDEX(${names},MATCH(StorstaEnhet,${absoluteColumnRange(COL.population, L.first, L.last)},0))`, ctx.lou.largestUnit.name, "General")],
  ]);
  const pieces = paragraphPieces(ctx, row, cells);
  sheet.text(top + 7, [formula(`=${piecesExpression(pieces)}`, piecesText(pieces, ctx.options.locale), "General", "label")]);
}
