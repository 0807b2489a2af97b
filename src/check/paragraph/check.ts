import { Decimal, normalizeUnitName } from "../../engine";
import { formatKronor, formatNumber, withPercentSign, type Bilingual } from "../../i18n";
import { cellAddress, readCellAddress } from "../../formula";
import { type Context, figuresOf } from "../context";
import type { DetectedTable, TableRow } from "../detect";
import { Book } from "../formula/book";
import type { CellGrid, ColumnKey, Finding, LocalizedText, ParameterKey, Unit } from "../types";
import { PARAGRAPH_FIGURES, PARAGRAPH_MESSAGES as M, PARAGRAPH_UNITS } from "./messages";
import { type Claim, type ClaimKey, headingLocale, type Locale, type NameClaim, paragraphClaims } from "./read";

/*
 * The paragraph for the committee paper under the add-in's Årskostnad (issue 17): found by its
 * heading below the table, its text read (read.ts) and every figure held to what it states, the
 * table's cell (a unit's amount, a total) or the figure the check computed from the tables (the
 * rate, the threshold). The paragraph is a formula in the add-in's workbook: typed text in its
 * place no longer follows the table, a warning; a figure that differs is an error at its cell.
 */

/** The paragraph's row below its heading's (BLOCK_ROWS.paragraph − BLOCK_ROWS.heading in src/workbook/sheets/paragraph.ts). */
export const PARAGRAPH_BELOW_HEADING = 1;
/** How far below the table the heading is looked for (the notes under the table come first). */
const SEARCH_ROWS = 40;

/** The table's column each figure of a unit (or of the total row) is held to. */
const TABLE_COLUMN: Partial<Record<ClaimKey, ColumnKey>> = {
  countyTotal2020: "total2020",
  countyLou: "louPart",
  countySupport: "supportPart",
  municipalPart2026: "cost2026",
  largestPopulation: "population",
  unitLou: "louPart",
  unitSupport: "supportPart",
  unitTotal2020: "total2020",
  unitCost2026: "cost2026",
  unitChange: "change",
  unitChangePercent: "changePercent",
  unitPrevious: "previous",
  unitChangePrevious: "changePrevious",
  unitChangePreviousPercent: "changePreviousPercent",
};
const COUNTY_CLAIMS: ReadonlySet<ClaimKey> = new Set(["countyTotal2020", "countyLou", "countySupport", "municipalPart2026"]);

/** The parameter each figure computed from the tables is held to. */
const PARAMETER: Partial<Record<ClaimKey, ParameterKey>> = {
  rate: "ratePerInhabitantPerYear",
  countyPopulation: "countyPopulation",
  costPerUser: "costPerUser",
  threshold: "threshold",
  years: "years",
};

const UNIT_OF: Partial<Record<ClaimKey, Unit>> = { municipalShare2026: "percent", countyPopulation: "persons", largestPopulation: "persons", unitChangePercent: "percent", unitChangePreviousPercent: "percent" };

/** Where the paragraph is: its cell, its heading and the language of both. */
interface Found {
  readonly address: string;
  readonly heading: string;
  readonly locale: Locale;
  readonly value: unknown;
  readonly formula?: string;
}

/** The heading below the table, in the table's name column, and the cell under it. */
function findParagraph(book: Book, table: DetectedTable): Found | undefined {
  const last = table.total ?? table.rows[table.rows.length - 1];
  const at = last ? readCellAddress(last.address) : undefined;
  if (!at || table.sheet === undefined) return undefined;
  const sheet = table.sheet;
  for (let row = at.row + 1; row <= at.row + SEARCH_ROWS; row++) {
    const heading = book.cell(sheet, { column: at.column, row });
    const locale = typeof heading?.value === "string" && heading.formula === undefined ? headingLocale(heading.value) : undefined;
    if (!locale) continue;
    const place = { column: at.column, row: row + PARAGRAPH_BELOW_HEADING };
    const cell = book.cell(sheet, place);
    if (!cell || typeof cell.value !== "string") return undefined;
    return { address: cellAddress(place.column, place.row), heading: String(heading!.value), locale, value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) };
  }
  return undefined;
}

const CHANGES: ReadonlySet<ClaimKey> = new Set(["unitChange", "unitChangePercent", "unitChangePrevious", "unitChangePreviousPercent"]);

/** A figure in a language, with the decimals the paragraph wrote and its unit's word; a change with its sign. */
function written(value: Decimal, decimals: number, key: ClaimKey, locale: Locale): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  const sign = CHANGES.has(key) && value.gt(0) ? "+" : "";
  const unit = key === "years" ? "years" : (UNIT_OF[key] ?? "kr");
  if (unit === "kr") return sign + formatKronor(rounded, locale, decimals);
  const number = sign + formatNumber(rounded, locale, decimals);
  return unit === "percent" ? withPercentSign(number, locale) : PARAGRAPH_UNITS[unit][locale](number);
}

/** The figure a claim is held to, and the table's cell it comes from (none for a figure computed from the tables). */
function expectedOf(claim: Claim, table: DetectedTable, context: Context): { value: Decimal; cell?: string } | undefined {
  const column = TABLE_COLUMN[claim.key];
  if (column) {
    const row: TableRow | undefined = COUNTY_CLAIMS.has(claim.key) ? table.total : table.rows.find((candidate) => candidate.key === normalizeUnitName(claim.unit ?? ""));
    const value = row ? figuresOf([table])(table, row, column) : undefined;
    return row && value !== undefined ? { value, cell: row.cells[column]!.address } : undefined;
  }
  const parameter = PARAMETER[claim.key];
  const value = context.parameters.find((known) => known.key === parameter)?.value;
  return typeof value === "number" ? { value: new Decimal(value) } : undefined;
}

/**
 * One figure of the paragraph against what it states: an error when they differ at the decimals
 * written. The message writes both figures in its own language (a change signed); the finding keeps
 * the figure as the text writes it.
 */
function figureFinding(claim: Claim, table: DetectedTable, found: Found, context: Context): Finding | undefined {
  const expected = expectedOf(claim, table, context);
  if (!expected || expected.value.toDecimalPlaces(claim.decimals, Decimal.ROUND_HALF_UP).eq(claim.value)) return undefined;
  const what: Bilingual<[string]> = PARAGRAPH_FIGURES[claim.key];
  const message = (locale: Locale) => {
    const shown = written(expected.value, claim.decimals, claim.key, locale);
    const stated = written(claim.value, claim.decimals, claim.key, locale);
    return expected.cell ? M.figureTable[locale](stated, what[locale](claim.unit ?? ""), shown, expected.cell) : M.figureTables[locale](stated, what[locale](claim.unit ?? ""), shown);
  };
  const unit = claim.key === "years" ? undefined : (UNIT_OF[claim.key] ?? "kr");
  return {
    ...base(table, found),
    ...(unit ? { unit } : {}),
    stated: claim.text,
    statedValue: claim.value.toNumber(),
    expected: expected.value.toNumber(),
    expectedExact: expected.value.toString(),
    expectedText: { sv: written(expected.value, claim.decimals, claim.key, "sv"), en: written(expected.value, claim.decimals, claim.key, "en") },
    difference: claim.value.minus(expected.value).toNumber(),
    severity: "error",
    kind: "figure",
    reasons: ["paragraphFigure"],
    message: { sv: message("sv"), en: message("en") },
  };
}

/** The largest unit as the paragraph names it against the check's. */
function nameFinding(claim: NameClaim, table: DetectedTable, found: Found, context: Context): Finding | undefined {
  const largest = context.parameters.find((known) => known.key === "largestUnit")?.value;
  if (typeof largest !== "string" || normalizeUnitName(largest) === normalizeUnitName(claim.name)) return undefined;
  const message: LocalizedText = { sv: M.largestName.sv(claim.name, largest), en: M.largestName.en(claim.name, largest) };
  return { ...base(table, found), stated: claim.name, expected: null, expectedText: { sv: largest, en: largest }, severity: "error", kind: "figure", reasons: ["paragraphFigure"], message };
}

/**
 * The split's sentence: the share of the budget it states, times the budget it states, against the
 * table's total for 2026 (within half a unit of the share's last decimal written, and half a krona).
 */
function splitFinding(claims: readonly (Claim | NameClaim)[], table: DetectedTable, found: Found): Finding | undefined {
  const of = (key: ClaimKey) => claims.find((claim): claim is Claim => claim.key === key);
  const [share, budget] = [of("municipalShare2026"), of("budget2026")];
  const cell = table.total?.cells.cost2026;
  const expected = table.total ? figuresOf([table])(table, table.total, "cost2026") : undefined;
  if (!share || !budget || !cell || expected === undefined) return undefined;
  const product = budget.value.times(share.value).div(100);
  const tolerance = budget.value.times(new Decimal(10).pow(-share.decimals)).div(200).plus(0.5);
  if (product.minus(expected).abs().lte(tolerance)) return undefined;
  const message = (locale: Locale) =>
    M.splitProduct[locale](written(share.value, share.decimals, "municipalShare2026", locale), written(budget.value, 0, "budget2026", locale), written(product, 0, "municipalPart2026", locale), written(expected, 0, "municipalPart2026", locale), cell.address);
  return {
    ...base(table, found),
    unit: "kr",
    stated: `${share.text} / ${budget.text}`,
    statedValue: product.toNumber(),
    expected: expected.toNumber(),
    expectedExact: expected.toString(),
    difference: product.minus(expected).toNumber(),
    severity: "error",
    kind: "figure",
    reasons: ["paragraphFigure"],
    message: { sv: message("sv"), en: message("en") },
  };
}

const base = (table: DetectedTable, found: Found) => ({ table: table.kind, ...(table.sheet ? { sheet: table.sheet } : {}), address: found.address, row: found.heading, column: "" });

/** The paragraph's text as a finding states it: its start. */
const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()} …` : text);

/**
 * Checks the paragraph under Årskostnad, when there is one: typed text in place of its formula (when
 * the grids tell formulas), and each figure of its text against the table and the check's parameters.
 */
export function checkParagraph(table: DetectedTable, grids: readonly CellGrid[], context: Context): void {
  const book = new Book(grids.filter((grid) => (grid.sheet ?? "").toLocaleLowerCase("sv-SE") === (table.sheet ?? "").toLocaleLowerCase("sv-SE")));
  const found = findParagraph(book, table);
  if (!found) return;
  context.cellsChecked += 1;
  const text = String(found.value);
  if (book.knowsFormulas && found.formula === undefined) {
    context.findings.push({
      ...base(table, found),
      stated: opening(text),
      expected: null,
      severity: "warning",
      kind: "constant",
      reasons: ["paragraphTyped"],
      message: { sv: M.typed.sv(), en: M.typed.en() },
    });
  }
  const claims = paragraphClaims(text, found.locale);
  for (const claim of claims) {
    const finding = claim.key === "largestName" ? nameFinding(claim as NameClaim, table, found, context) : figureFinding(claim as Claim, table, found, context);
    if (finding) context.findings.push(finding);
  }
  const split = splitFinding(claims, table, found);
  if (split) context.findings.push(split);
}
