import { Decimal } from "../engine/decimal";
import type { CountyPopulation } from "../engine";
import { normalizeUnitName } from "../engine/county";
import { isNullOrWhitespace } from "../i18n/blank";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { writtenNumber } from "../i18n/numberText";
import { NUMBER_PARAMETERS, readCellParameter } from "../params";
import { INPUT_MESSAGES as M } from "./messages";
import { checkCity, countyOf } from "./populationCity";

/*
 * Reads a population table (a CSV file, a selected range, an Excel table) into the county the
 * engine takes. Pure: the CSV file reader (src/files/populationCsv.ts) and the task pane's import use
 * the same rules, so a file and a sheet are accepted or refused alike. The steps: the header, each
 * row's cells, names and codes unique, then the divided city (populationCity.ts) and the county.
 *
 * The table's first row is the header, with the columns `namn`, `typ` and `invånare` and optionally
 * `kod` (English `name`, `type`, `population`, `code` also accepted; case and spacing do not matter;
 * other columns are ignored). `typ` is `kommun`, `stadsdel` or `rest`, as Bilaga 3 of the 2020
 * agreement lays the county out: every municipality with its population (Stockholm with its total),
 * Stockholm's districts, and the rest post of Stockholm residents with no known district. When the
 * districts and the rest post are there but Stockholm's own row is not, the city's total is their
 * sum (the result says so in `derived`).
 *
 * A population is read as the product reads every figure: a number from a cell as it is, text
 * through the one number reader (src/i18n/numberText.ts) against the declaration of `population`
 * (src/params): whole, not negative, at most 10 000 000; "11.000", "11,000", "1e6", "93 106 kr"
 * are refused with what was probably meant.
 */

export type CellInput = string | number | boolean | null | undefined;

export type UnitKind = "municipality" | "district" | "rest";

/** Stable codes of what can be wrong; callers may translate them, the messages are ready to show. */
export type PopulationIssueCode =
  | "missingColumn"
  | "duplicateColumn"
  | "noRows"
  /** More data rows than a county can have (MAX_DATA_ROWS): the only issue then. */
  | "tooManyRows"
  | "emptyName"
  | "unknownType"
  | "emptyPopulation"
  | "notANumber"
  /** "11.000", "11,000": a decimal mark or a thousands separator; the message says which was likely meant. */
  | "ambiguousNumber"
  /** "1e6". */
  | "scientificNotation"
  /** More than 15 significant digits, more than Excel keeps. */
  | "tooManyDigits"
  /** A unit that is not a number of people: "93 106 kr", "19 %". */
  | "wrongUnit"
  | "negative"
  | "notWholeNumber"
  /** More than the declaration's maximum (10 000 000, more than live in Sweden). */
  | "tooLarge"
  | "invalidCode"
  | "duplicateName"
  | "duplicateCode"
  | "duplicateRest"
  | "districtsWithoutCity"
  | "restWithoutDistricts"
  | "cityTotalMismatch"
  | "allZero"
  /** The last issue of a list cut at MAX_LISTED_ISSUES: "… och 130 fel till". */
  | "moreIssues";

export interface PopulationIssue {
  readonly code: PopulationIssueCode;
  /** The row, 1-based as in the file or sheet (the header is the first row of the table). */
  readonly row: number;
  /** The column's header as written in the table (for a missing column: its expected name). */
  readonly column?: string;
  /** The cell's address when the caller gave `cellAddress` ("Blad1!C5"). */
  readonly cell?: string;
  /** The offending text or number, when there is one. */
  readonly value?: string;
  /** What is wrong, without the location ("”abc” är inte ett tal"). */
  readonly reason: string;
  /** The whole message with its location: "Rad 5, kolumn ”invånare” (C5): ”abc” är inte ett tal." */
  readonly message: string;
}

/** An issue of another table read by the same rules (src/input/previousAmounts.ts), with its own codes. */
export type IssueOf<C extends string> = Omit<PopulationIssue, "code"> & { readonly code: C };

/** One data row as read, valid or not (the task pane previews these). */
export interface ParsedRow {
  /** 1-based row number as in the file or sheet. */
  readonly row: number;
  readonly name: string;
  readonly kind: UnitKind | null;
  readonly population: number | null;
  readonly code?: string;
  /** False when any issue names this row. */
  readonly valid: boolean;
}

/** Stockholm's total computed from the table, which has the districts and the rest post but no Stockholm row. */
export interface DerivedStockholm {
  /** The city's total: `districts` plus `rest`; the county's Stockholm row has it. */
  readonly population: number;
  /** The districts' inhabitants together. */
  readonly districts: number;
  /** The rest post. */
  readonly rest: number;
}

/** What the reader added to the table (say it in summaries: INPUT_MESSAGES.stockholmDerived). */
export interface PopulationDerivations {
  readonly stockholm?: DerivedStockholm;
  /** The rest post, when the table gave Stockholm's total and its districts but no rest row. */
  readonly rest?: DerivedRest;
  /** Stockholm's total differs from its parts within SCB's noise: what was stated and summed. */
  readonly noise?: NoiseNote;
}

/** A rest post derived as Bilaga 3 defines it: Stockholm's total less its districts. */
export interface DerivedRest {
  readonly rest: number;
  readonly cityTotal: number;
  readonly districts: number;
}

/** A stated total and the sum of its parts that differ by no more than SCB's noise margin. */
export interface NoiseNote {
  readonly stated: number;
  readonly summed: number;
  readonly margin: number;
}

export type PopulationParseResult =
  | {
      readonly ok: true;
      readonly county: CountyPopulation;
      readonly rows: readonly ParsedRow[];
      /** Present when a figure of the county is not in the table but computed from it. */
      readonly derived?: PopulationDerivations;
    }
  | {
      readonly ok: false;
      /**
       * The issues in row order, at most MAX_LISTED_ISSUES of them followed, when there are more, by
       * one "moreIssues" issue saying how many were left out.
       */
      readonly issues: readonly PopulationIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      readonly rows: readonly ParsedRow[];
    };

export interface PopulationRowsOptions {
  /** Language of the messages; Swedish by default. */
  readonly locale?: Locale;
  /** The address of a cell, by 0-based index into `rows` and into the row ("C5", "Blad1!C5"). */
  readonly cellAddress?: (rowIndex: number, columnIndex: number) => string;
  /**
   * The row number to show for `rows[rowIndex]` (1-based); by default rowIndex + 1. A range that
   * starts further down a sheet, or a CSV file with multi-line fields, passes its own.
   */
  readonly rowNumber?: (rowIndex: number) => number;
  /**
   * Stockholm's population given outside the table. Checked against the Stockholm row when there is
   * one; when there is none but there are districts, the city is added as a municipality with it.
   */
  readonly stockholmTotal?: number;
  /**
   * The figures are SCB's of reference year 2025 or later, to which SCB adds small controlled noise:
   * Stockholm's stated total may then differ from its districts plus rest post by up to the margin of
   * `scbNoiseMargin` (src/input/populationCity.ts); the difference is a note, not an error.
   */
  readonly scbNoise?: boolean;
}

/**
 * The most data rows a population table may have. Stockholm county has 26 municipalities and some
 * 14 districts; no county has a thousand units. Larger tables are refused before any row is read
 * (a selection of whole columns, a wrong file), with one issue.
 */
export const MAX_DATA_ROWS = 5_000;

/** The most issues listed; the rest are counted in one last issue ("… och 130 fel till"). */
export const MAX_LISTED_ISSUES = 20;

type ColumnKey = "name" | "kind" | "population" | "code";

const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  name: ["namn", "name", "enhet", "unit"],
  kind: ["typ", "type", "kind", "slag"],
  population: ["invånare", "invanare", "antalinvånare", "antalinvanare", "befolkning", "population", "inhabitants", "invånarantal"],
  code: ["kod", "code", "kommunkod", "scbkod", "municipalitycode"],
};

const REQUIRED: readonly ColumnKey[] = ["name", "kind", "population"];

/** The header names the messages use for a column that is missing. */
const COLUMN_LABEL: Record<Locale, Record<ColumnKey, string>> = {
  sv: { name: "namn", kind: "typ", population: "invånare", code: "kod" },
  en: { name: "name", kind: "type", population: "population", code: "code" },
};

const KIND_ALIASES: Record<string, UnitKind> = {
  kommun: "municipality",
  municipality: "municipality",
  stadsdel: "district",
  stadsdelsförvaltning: "district",
  sdf: "district",
  district: "district",
  rest: "rest",
  restpost: "rest",
  "rest post": "rest",
};

const POPULATION_MAX = NUMBER_PARAMETERS.population.limits.max;

/** A header as compared: case, spaces, "_", "-" and "." folded ("Antal invånare" → "antalinvånare"). */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .toLocaleLowerCase("sv-SE")
    .replace(/[\s_\-.]+/g, "");
}

/** A cell as text, trimmed ("" for an empty cell). */
export function cellText(value: CellInput): string {
  if (value === null || value === undefined) return "";
  return String(value).normalize("NFC").trim();
}

type PopulationReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: PopulationIssueCode; readonly reason: string; readonly value?: string };

/**
 * A population from a cell: a number as it is, text through the one reader (readCellParameter
 * with the declaration of `population`). The reasons of the old codes keep their wording; the
 * refusals of the text itself (ambiguous, scientific, too many digits, a unit) are the reader's.
 */
function readPopulation(value: CellInput, locale: Locale): PopulationReading {
  const raw = cellText(value);
  if (value === null || value === undefined || (typeof value === "string" && raw === "")) {
    return { ok: false, code: "emptyPopulation", reason: say(M.emptyPopulation, locale) };
  }
  if (typeof value === "boolean") return { ok: false, code: "notANumber", reason: say(M.notANumber, locale, raw), value: raw };
  const reading = readCellParameter("population", typeof value === "number" ? value : raw, locale);
  if (reading.ok) return { ok: true, value: reading.value.toNumber() };
  // A number is shown the way the user's language writes it ("10,5"), text as it was typed.
  const shown = typeof value === "number" && Number.isFinite(value) ? writtenNumber(new Decimal(String(value)), locale) : raw;
  const refused = (code: PopulationIssueCode, reason: string): PopulationReading => ({ ok: false, code, reason, value: raw });
  switch (reading.problem) {
    case "empty":
      return { ok: false, code: "emptyPopulation", reason: say(M.emptyPopulation, locale) };
    case "notANumber":
      return refused("notANumber", say(M.notANumber, locale, shown));
    case "negative":
      return refused("negative", say(M.negative, locale, shown));
    case "notWhole":
      return refused("notWholeNumber", say(M.notWholeNumber, locale, shown));
    case "aboveMax":
      return refused("tooLarge", say(M.tooLarge, locale, shown, POPULATION_MAX));
    case "belowMin":
    case "notPositive":
      // Not reached with population's limits (0 is allowed; below it is "negative").
      return refused("negative", reading.message);
    case "notADate":
      return refused("notANumber", reading.message);
    default:
      return refused(textIssueCode(reading.problem), reading.message);
  }
}

/** The problems of the text itself (the one reader's refusals), and their issue codes in a table. */
export type TextProblem = "ambiguousSeparator" | "ambiguousFraction" | "scientific" | "tooManyDigits" | "wrongUnit";

/** A table cell's issue code for a refusal of its text by the one number reader; its message is the reader's. */
export function textIssueCode(problem: TextProblem): "ambiguousNumber" | "scientificNotation" | "tooManyDigits" | "wrongUnit" {
  switch (problem) {
    case "ambiguousSeparator":
    case "ambiguousFraction":
      return "ambiguousNumber";
    case "scientific":
      return "scientificNotation";
    case "tooManyDigits":
    case "wrongUnit":
      return problem;
  }
}

/** Where an issue is: "Rad 5, kolumn ”invånare” (C5)". */
export function location(row: number, column: string | undefined, cell: string | undefined, locale: Locale): string {
  const parts = [say(M.row, locale, row)];
  if (column !== undefined) parts.push(say(M.column, locale, column));
  return `${parts.join(", ")}${cell ? ` (${cell})` : ""}`;
}

/** The issues in row order, cut at MAX_LISTED_ISSUES with one last issue counting the rest. */
export function listed<C extends string>(issues: readonly IssueOf<C>[], locale: Locale): { issues: readonly IssueOf<C | "moreIssues">[]; issueCount: number } {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_LISTED_ISSUES) return { issues: sorted, issueCount: sorted.length };
  const left = sorted.length - MAX_LISTED_ISSUES;
  const reason = say(M.moreIssues, locale, left);
  const more: IssueOf<"moreIssues"> = { code: "moreIssues", row: sorted[MAX_LISTED_ISSUES].row, reason, message: `${reason}.` };
  return { issues: [...sorted.slice(0, MAX_LISTED_ISSUES), more], issueCount: sorted.length };
}

/** One data row as read, before the rows are held against each other. */
export interface Draft {
  /** Its index in the table's rows. */
  readonly index: number;
  readonly name: string;
  readonly kind: UnitKind | null;
  readonly population: number | null;
  readonly code?: string;
}

/** Where each column is, by its index in the row; the required ones are there. */
export interface PopulationColumns {
  readonly name: number;
  readonly kind: number;
  readonly population: number;
  readonly code?: number;
}

/** Where a table's issues go: each names its row and, with a column, the column's header and the cell. */
export interface Issues<C extends string = PopulationIssueCode> {
  readonly locale: Locale;
  readonly rowNumber: (rowIndex: number) => number;
  /** An issue of a row (or of one of its cells); the row is then not valid. */
  add(code: C, rowIndex: number, columnIndex: number | undefined, reason: string, value?: string): void;
}

/** The issues of one table as they are found (`listed` puts them in order and cuts the list). */
export class IssueList<C extends string = PopulationIssueCode> implements Issues<C> {
  readonly all: IssueOf<C>[] = [];
  readonly invalidRows = new Set<number>();

  constructor(
    readonly locale: Locale,
    readonly rowNumber: (rowIndex: number) => number,
    private readonly headerTexts: readonly string[],
    private readonly cellAddress?: (rowIndex: number, columnIndex: number) => string,
  ) {}

  add(code: C, rowIndex: number, columnIndex: number | undefined, reason: string, value?: string): void {
    const row = this.rowNumber(rowIndex);
    const column = columnIndex === undefined ? undefined : this.headerTexts[columnIndex];
    const cell = columnIndex !== undefined && this.cellAddress ? this.cellAddress(rowIndex, columnIndex) : undefined;
    this.all.push({
      code,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(cell !== undefined ? { cell } : {}),
      ...(value !== undefined ? { value } : {}),
      reason,
      message: `${location(row, column, cell, this.locale)}: ${reason}.`,
    });
    this.invalidRows.add(rowIndex);
  }

  /** An issue of the table as a whole or of its header, with its own message. */
  push(issue: IssueOf<C>): void {
    this.all.push(issue);
  }
}

/**
 * Parses a population table: the first row is the header, the others are units. Blank rows are
 * skipped. Collects every issue (not just the first), each naming its row, column and, when
 * `cellAddress` is given, cell; returns the county only when there is none. A table of more than
 * MAX_DATA_ROWS rows is refused with one issue before its rows are read.
 */
export function parsePopulationRows(rows: readonly (readonly CellInput[])[], options: PopulationRowsOptions = {}): PopulationParseResult {
  const locale: Locale = options.locale ?? "sv";
  const rowNumber = options.rowNumber ?? ((index: number) => index + 1);
  // The header is the first non-blank row (a sheet range may start with an empty row).
  const headerIndex = rows.findIndex((row) => row.some((value) => !isNullOrWhitespace(value)));
  const headerTexts: string[] = headerIndex < 0 ? [] : rows[headerIndex].map(cellText);
  const issues = new IssueList(locale, rowNumber, headerTexts, options.cellAddress);
  const refuse = (parsedRows: readonly ParsedRow[] = []): PopulationParseResult => ({ ok: false, ...listed(issues.all, locale), rows: parsedRows });
  if (headerIndex < 0) {
    issues.push({ code: "noRows", row: rowNumber(0), reason: say(M.emptyTable, locale), message: say(M.emptyTableMessage, locale) });
    return refuse();
  }

  const dataIndexes: number[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (rows[index].some((value) => !isNullOrWhitespace(value))) dataIndexes.push(index);
  }
  if (dataIndexes.length > MAX_DATA_ROWS) {
    const reason = say(M.tooManyRows, locale, dataIndexes.length, MAX_DATA_ROWS);
    issues.push({ code: "tooManyRows", row: rowNumber(headerIndex), reason, message: `${reason}.` });
    return refuse();
  }
  const columns = readHeader(headerTexts, headerIndex, issues);
  if (dataIndexes.length === 0) {
    const row = rowNumber(headerIndex);
    const reason = say(M.noRowsBelowHeader, locale);
    issues.push({ code: "noRows", row, reason, message: `${location(row, undefined, undefined, locale)}: ${reason}.` });
  }
  if (!columns || dataIndexes.length === 0) return refuse();

  const drafts = dataIndexes.map((index) => readRow(rows[index], index, columns, issues));
  const byName = checkUnique(drafts, columns, issues);
  const city = checkCity(drafts, columns, options.stockholmTotal, byName, issues, options.scbNoise === true);
  const parsedRows: ParsedRow[] = drafts.map((draft) => ({
    row: rowNumber(draft.index),
    name: draft.name,
    kind: draft.kind,
    population: draft.population,
    ...(draft.code !== undefined ? { code: draft.code } : {}),
    valid: !issues.invalidRows.has(draft.index),
  }));
  if (issues.all.length > 0) return refuse(parsedRows);
  const { county, derived } = countyOf(city, options.stockholmTotal);
  return { ok: true, county, rows: parsedRows, ...(derived ? { derived } : {}) };
}

/** The columns by their headers; a column named twice, or a required one missing, is an issue (and undefined). */
function readHeader(headerTexts: readonly string[], headerIndex: number, issues: IssueList): PopulationColumns | undefined {
  const { locale, rowNumber } = issues;
  const columns: Partial<Record<ColumnKey, number>> = {};
  headerTexts.forEach((text, columnIndex) => {
    const normalized = normalizeHeader(text);
    const key = (Object.keys(HEADER_ALIASES) as ColumnKey[]).find((candidate) => HEADER_ALIASES[candidate].includes(normalized));
    if (!key) return;
    if (columns[key] !== undefined) {
      issues.add("duplicateColumn", headerIndex, columnIndex, say(M.duplicateColumn, locale, COLUMN_LABEL[locale][key], columns[key]! + 1), text);
      return;
    }
    columns[key] = columnIndex;
  });
  const missing = REQUIRED.filter((key) => columns[key] === undefined);
  for (const key of missing) {
    const label = COLUMN_LABEL[locale][key];
    const row = rowNumber(headerIndex);
    const reason = say(M.missingColumn, locale, label, headerTexts.filter((t) => t !== ""));
    issues.push({ code: "missingColumn", row, column: label, reason, message: `${location(row, label, undefined, locale)}: ${reason}.` });
  }
  if (missing.length > 0) return undefined;
  return { name: columns.name!, kind: columns.kind!, population: columns.population!, ...(columns.code !== undefined ? { code: columns.code } : {}) };
}

/** One data row's cells: its name, its type, its population and its code, each with its issue. */
function readRow(row: readonly CellInput[], index: number, columns: PopulationColumns, issues: Issues): Draft {
  const { locale } = issues;
  const name = cellText(row[columns.name]);
  if (name === "") issues.add("emptyName", index, columns.name, say(M.emptyName, locale));

  const kindText = cellText(row[columns.kind]);
  const kind = KIND_ALIASES[kindText.toLocaleLowerCase("sv-SE").replace(/\s+/g, " ")] ?? null;
  if (kind === null) {
    issues.add("unknownType", index, columns.kind, kindText === "" ? say(M.typeMissing, locale) : say(M.unknownType, locale, kindText), kindText || undefined);
  }

  const reading = readPopulation(row[columns.population], locale);
  if (!reading.ok) issues.add(reading.code, index, columns.population, reading.reason, reading.value);

  let code: string | undefined;
  const codeText = columns.code === undefined ? "" : cellText(row[columns.code]);
  if (codeText !== "") {
    // A spreadsheet may have turned "0180" into the number 180: pad it back.
    if (/^\d{1,4}$/.test(codeText)) code = codeText.padStart(4, "0");
    else issues.add("invalidCode", index, columns.code, say(M.invalidCode, locale, codeText), codeText);
  }
  return { index, name, kind, population: reading.ok ? reading.value : null, ...(code !== undefined ? { code } : {}) };
}

/**
 * Names must be unique across the table: a district cannot share a municipality's name either,
 * since look-ups and the sheets' rows are by name. Codes too. Returns the first row of each name.
 */
function checkUnique(drafts: readonly Draft[], columns: PopulationColumns, issues: Issues): Map<string, Draft> {
  const { locale, rowNumber } = issues;
  const byName = new Map<string, Draft>();
  const byCode = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.name !== "") {
      const key = normalizeUnitName(draft.name);
      const first = byName.get(key);
      if (first) issues.add("duplicateName", draft.index, columns.name, say(M.duplicateName, locale, draft.name, rowNumber(first.index)), draft.name);
      else byName.set(key, draft);
    }
    if (draft.code !== undefined && columns.code !== undefined) {
      const first = byCode.get(draft.code);
      if (first) issues.add("duplicateCode", draft.index, columns.code, say(M.duplicateCode, locale, draft.code, rowNumber(first.index)), draft.code);
      else byCode.set(draft.code, draft);
    }
  }
  return byName;
}
