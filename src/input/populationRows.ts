import { Decimal } from "../engine/decimal";
import type { CountyPopulation, PopulationUnit } from "../engine";
import { normalizeUnitName } from "../engine/county";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { writtenNumber } from "../i18n/numberText";
import { NUMBER_PARAMETERS, readCellParameter } from "../params";
import { STOCKHOLM_CODE, STOCKHOLM_NAME } from "../data/population2018";
import { INPUT_MESSAGES as M } from "./messages";

/*
 * Reads a population table (a CSV file, a selected range, an Excel table) into the county the
 * engine takes. Pure: the CSV reader (src/input/csv.ts) and the task pane's import use the same rules,
 * so a file and a sheet are accepted or refused alike.
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

/** The divided city of Bilaga 3: the municipality named Stockholm or with SCB code 0180. */
const CITY_NAME = STOCKHOLM_NAME;
const CITY_CODE = STOCKHOLM_CODE;

const POPULATION_MAX = NUMBER_PARAMETERS.population.limits.max;

function normalizeHeader(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .toLocaleLowerCase("sv-SE")
    .replace(/[\s_\-.]+/g, "");
}

function cellText(value: CellInput): string {
  if (value === null || value === undefined) return "";
  return String(value).normalize("NFC").trim();
}

/** Cheap on purpose: run over every row of a selection before the row limit is checked. */
function isBlank(value: CellInput): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
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
    case "ambiguousSeparator":
    case "ambiguousFraction":
      return refused("ambiguousNumber", reading.message);
    case "scientific":
      return refused("scientificNotation", reading.message);
    case "tooManyDigits":
      return refused("tooManyDigits", reading.message);
    case "wrongUnit":
      return refused("wrongUnit", reading.message);
    case "belowMin":
    case "notPositive":
      // Not reached with population's limits (0 is allowed; below it is "negative").
      return refused("negative", reading.message);
    case "notADate":
      return refused("notANumber", reading.message);
  }
}

function location(row: number, column: string | undefined, cell: string | undefined, locale: Locale): string {
  const parts = [say(M.row, locale, row)];
  if (column !== undefined) parts.push(say(M.column, locale, column));
  return `${parts.join(", ")}${cell ? ` (${cell})` : ""}`;
}

/** The issues in row order, cut at MAX_LISTED_ISSUES with one last issue counting the rest. */
function listed(issues: PopulationIssue[], locale: Locale): { issues: readonly PopulationIssue[]; issueCount: number } {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_LISTED_ISSUES) return { issues: sorted, issueCount: sorted.length };
  const left = sorted.length - MAX_LISTED_ISSUES;
  const reason = say(M.moreIssues, locale, left);
  const more: PopulationIssue = { code: "moreIssues", row: sorted[MAX_LISTED_ISSUES].row, reason, message: `${reason}.` };
  return { issues: [...sorted.slice(0, MAX_LISTED_ISSUES), more], issueCount: sorted.length };
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
  const issues: PopulationIssue[] = [];
  const refuse = (parsedRows: readonly ParsedRow[]): PopulationParseResult => ({ ok: false, ...listed(issues, locale), rows: parsedRows });

  const addIssue = (code: PopulationIssueCode, rowIndex: number, columnIndex: number | undefined, reason: string, value?: string) => {
    const row = rowNumber(rowIndex);
    const column = columnIndex === undefined ? undefined : headerTexts[columnIndex];
    const cell = columnIndex !== undefined && options.cellAddress ? options.cellAddress(rowIndex, columnIndex) : undefined;
    issues.push({
      code,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(cell !== undefined ? { cell } : {}),
      ...(value !== undefined ? { value } : {}),
      reason,
      message: `${location(row, column, cell, locale)}: ${reason}.`,
    });
  };

  // The header is the first non-blank row (a sheet range may start with an empty row).
  const headerIndex = rows.findIndex((row) => row.some((value) => !isBlank(value)));
  const headerTexts: string[] = headerIndex < 0 ? [] : rows[headerIndex].map(cellText);
  if (headerIndex < 0) {
    issues.push({ code: "noRows", row: rowNumber(0), reason: say(M.emptyTable, locale), message: say(M.emptyTableMessage, locale) });
    return refuse([]);
  }

  const dataIndexes: number[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (rows[index].some((value) => !isBlank(value))) dataIndexes.push(index);
  }
  if (dataIndexes.length > MAX_DATA_ROWS) {
    const reason = say(M.tooManyRows, locale, dataIndexes.length, MAX_DATA_ROWS);
    issues.push({ code: "tooManyRows", row: rowNumber(headerIndex), reason, message: `${reason}.` });
    return refuse([]);
  }

  const columns: Partial<Record<ColumnKey, number>> = {};
  headerTexts.forEach((text, columnIndex) => {
    const normalized = normalizeHeader(text);
    const key = (Object.keys(HEADER_ALIASES) as ColumnKey[]).find((candidate) => HEADER_ALIASES[candidate].includes(normalized));
    if (!key) return;
    if (columns[key] !== undefined) {
      addIssue("duplicateColumn", headerIndex, columnIndex, say(M.duplicateColumn, locale, COLUMN_LABEL[locale][key], columns[key]! + 1), text);
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

  if (dataIndexes.length === 0) {
    const row = rowNumber(headerIndex);
    const reason = say(M.noRowsBelowHeader, locale);
    issues.push({ code: "noRows", row, reason, message: `${location(row, undefined, undefined, locale)}: ${reason}.` });
  }
  if (missing.length > 0 || dataIndexes.length === 0) return refuse([]);

  const nameColumn = columns.name!;
  const kindColumn = columns.kind!;
  const populationColumn = columns.population!;
  const codeColumn = columns.code;

  interface Draft {
    index: number;
    name: string;
    kind: UnitKind | null;
    population: number | null;
    code?: string;
  }
  const drafts: Draft[] = [];
  const badIndexes = new Set<number>();

  for (const index of dataIndexes) {
    const row = rows[index];
    const before = issues.length;
    const name = cellText(row[nameColumn]);
    if (name === "") addIssue("emptyName", index, nameColumn, say(M.emptyName, locale));

    const kindText = cellText(row[kindColumn]);
    const kind = KIND_ALIASES[kindText.toLocaleLowerCase("sv-SE").replace(/\s+/g, " ")] ?? null;
    if (kind === null) {
      addIssue("unknownType", index, kindColumn, kindText === "" ? say(M.typeMissing, locale) : say(M.unknownType, locale, kindText), kindText || undefined);
    }

    const reading = readPopulation(row[populationColumn], locale);
    let population: number | null = null;
    if (reading.ok) population = reading.value;
    else addIssue(reading.code, index, populationColumn, reading.reason, reading.value);

    let code: string | undefined;
    if (codeColumn !== undefined) {
      const codeText = cellText(row[codeColumn]);
      if (codeText !== "") {
        // A spreadsheet may have turned "0180" into the number 180: pad it back.
        if (/^\d{1,4}$/.test(codeText)) code = codeText.padStart(4, "0");
        else addIssue("invalidCode", index, codeColumn, say(M.invalidCode, locale, codeText), codeText);
      }
    }

    if (issues.length > before) badIndexes.add(index);
    drafts.push({ index, name, kind, population, ...(code !== undefined ? { code } : {}) });
  }

  // Names must be unique across the table: a district cannot share a municipality's name either,
  // since look-ups and the sheets' rows are by name.
  const byName = new Map<string, Draft>();
  const byCode = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.name !== "") {
      const key = normalizeUnitName(draft.name);
      const first = byName.get(key);
      if (first) {
        addIssue("duplicateName", draft.index, nameColumn, say(M.duplicateName, locale, draft.name, rowNumber(first.index)), draft.name);
        badIndexes.add(draft.index);
      } else {
        byName.set(key, draft);
      }
    }
    if (draft.code !== undefined && codeColumn !== undefined) {
      const first = byCode.get(draft.code);
      if (first) {
        addIssue("duplicateCode", draft.index, codeColumn, say(M.duplicateCode, locale, draft.code, rowNumber(first.index)), draft.code);
        badIndexes.add(draft.index);
      } else {
        byCode.set(draft.code, draft);
      }
    }
  }

  const municipalities = drafts.filter((draft) => draft.kind === "municipality");
  const districts = drafts.filter((draft) => draft.kind === "district");
  const rests = drafts.filter((draft) => draft.kind === "rest");
  const city =
    municipalities.find((draft) => draft.code === CITY_CODE) ??
    municipalities.find((draft) => normalizeUnitName(draft.name) === normalizeUnitName(CITY_NAME));

  rests.slice(1).forEach((draft) => {
    addIssue("duplicateRest", draft.index, kindColumn, say(M.duplicateRest, locale, rowNumber(rests[0].index)), draft.name);
    badIndexes.add(draft.index);
  });
  if (rests.length > 0 && districts.length === 0) {
    addIssue("restWithoutDistricts", rests[0].index, kindColumn, say(M.restWithoutDistricts, locale), rests[0].name);
    badIndexes.add(rests[0].index);
  }
  const stockholmTotal = options.stockholmTotal;
  // Without a Stockholm row the city is the districts plus the rest post (Bilaga 3's own sum);
  // districts alone could be a table that lost both Stockholm and its rest post, so they are refused.
  const deriveCity = districts.length > 0 && !city && stockholmTotal === undefined && rests.length === 1;
  if (districts.length > 0 && !city && stockholmTotal === undefined && rests.length === 0) {
    addIssue("districtsWithoutCity", districts[0].index, kindColumn, say(M.districtsWithoutCity, locale, CITY_CODE));
    badIndexes.add(districts[0].index);
  }
  if (districts.length > 0 && !city && (deriveCity || stockholmTotal !== undefined)) {
    // The city added as a municipality must not share its name with a district or the rest post.
    const cityPartDrafts = (all: readonly Draft[]) => all.filter((draft) => draft.kind === "district" || draft.kind === "rest");
    for (const draft of cityPartDrafts(drafts)) {
      if (draft.name !== "" && normalizeUnitName(draft.name) === normalizeUnitName(CITY_NAME) && byName.get(normalizeUnitName(draft.name)) === draft) {
        addIssue("duplicateName", draft.index, nameColumn, say(M.derivedCityName, locale, draft.name), draft.name);
        badIndexes.add(draft.index);
      }
    }
  }

  // Stockholm's total must be its districts plus the rest post (Bilaga 3: "Sthlm kn rest" are the
  // residents with no known district). Checked only when every figure involved could be read and
  // the rest post is not itself in doubt.
  const cityPart = [...districts, ...rests];
  const figuresRead = districts.length > 0 && rests.length <= 1 && cityPart.every((draft) => draft.population !== null);
  const districtsSum = figuresRead ? districts.reduce((total, draft) => total + draft.population!, 0) : 0;
  const rest = figuresRead && rests.length > 0 ? rests[0].population! : 0;
  const computed = districtsSum + rest;
  if (figuresRead) {
    const explain = (given: number) => say(M.cityTotalMismatch, locale, given, districtsSum, rest, computed);
    if (city && city.population !== null && city.population !== computed) {
      addIssue("cityTotalMismatch", city.index, populationColumn, explain(city.population), String(city.population));
      badIndexes.add(city.index);
    }
    if (stockholmTotal !== undefined) {
      if (city && city.population !== null && city.population !== stockholmTotal) {
        addIssue("cityTotalMismatch", city.index, populationColumn, say(M.cityTotalGiven, locale, stockholmTotal, city.population), String(city.population));
        badIndexes.add(city.index);
      } else if (!city && computed !== stockholmTotal) {
        addIssue("cityTotalMismatch", districts[0].index, populationColumn, explain(stockholmTotal));
        badIndexes.add(districts[0].index);
      }
    }
  }

  // Districts that all have 0 inhabitants cannot take the rest post (the engine refuses to spread it
  // over nothing): refused here so that the message names a row like every other one.
  if (districts.length > 0 && districts.every((draft) => draft.population === 0)) {
    addIssue("allZero", districts[0].index, populationColumn, say(M.allZero, locale));
    badIndexes.add(districts[0].index);
  }

  const parsedRows: ParsedRow[] = drafts.map((draft) => ({
    row: rowNumber(draft.index),
    name: draft.name,
    kind: draft.kind,
    population: draft.population,
    ...(draft.code !== undefined ? { code: draft.code } : {}),
    valid: !badIndexes.has(draft.index),
  }));

  if (issues.length > 0) return refuse(parsedRows);

  const unit = (draft: Draft): PopulationUnit => ({
    name: draft.name,
    population: draft.population!,
    ...(draft.code !== undefined ? { code: draft.code } : {}),
  });
  const countyMunicipalities = municipalities.map(unit);
  let cityName = city?.name;
  let derived: PopulationDerivations | undefined;
  if (districts.length > 0 && !city && (deriveCity || stockholmTotal !== undefined)) {
    cityName = CITY_NAME;
    const population = deriveCity ? computed : stockholmTotal!;
    // Last, where Bilaga 3 lists the divided city.
    countyMunicipalities.push({ name: CITY_NAME, code: CITY_CODE, population });
    if (deriveCity) derived = { stockholm: { population: computed, districts: districtsSum, rest } };
  }
  const county: CountyPopulation =
    districts.length > 0 && cityName !== undefined
      ? {
          municipalities: countyMunicipalities,
          dividedCity: { name: cityName, districts: districts.map(unit), rest: rests.length > 0 ? rests[0].population! : 0 },
        }
      : { municipalities: countyMunicipalities };
  return { ok: true, county, rows: parsedRows, ...(derived ? { derived } : {}) };
}
