import type { CountyPopulation, PopulationUnit } from "../engine";
import { normalizeUnitName } from "../engine/county";
import { formatNumber, type Locale } from "../i18n/locale";

/*
 * Reads a population table (a CSV file, a selected range, an Excel table) into the county the
 * engine takes. Pure: the CSV reader (src/input/csv.ts) and the task pane's import use the same rules,
 * so a file and a sheet are accepted or refused alike.
 *
 * The table's first row is the header, with the columns `namn`, `typ` and `invånare` and optionally
 * `kod` (English `name`, `type`, `population`, `code` also accepted; case and spacing do not matter;
 * other columns are ignored). `typ` is `kommun`, `stadsdel` or `rest`, as Bilaga 3 of the 2020
 * agreement lays the county out: every municipality with its population (Stockholm with its total),
 * Stockholm's districts, and the rest post of Stockholm residents with no known district.
 */

export type CellInput = string | number | boolean | null | undefined;

export type UnitKind = "municipality" | "district" | "rest";

/** Stable codes of what can be wrong; callers may translate them, the messages are ready to show. */
export type PopulationIssueCode =
  | "missingColumn"
  | "duplicateColumn"
  | "noRows"
  | "emptyName"
  | "unknownType"
  | "emptyPopulation"
  | "notANumber"
  | "negative"
  | "notWholeNumber"
  | "invalidCode"
  | "duplicateName"
  | "duplicateCode"
  | "duplicateRest"
  | "districtsWithoutCity"
  | "restWithoutDistricts"
  | "cityTotalMismatch"
  | "allZero";

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

export type PopulationParseResult =
  | { readonly ok: true; readonly county: CountyPopulation; readonly rows: readonly ParsedRow[] }
  | { readonly ok: false; readonly issues: readonly PopulationIssue[]; readonly rows: readonly ParsedRow[] };

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
const CITY_NAME = "Stockholm";
const CITY_CODE = "0180";

/** Spaces Swedish number text uses between digit groups: normal, non-breaking, narrow, thin. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

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

function isBlank(value: CellInput): boolean {
  return cellText(value) === "";
}

/**
 * A number from a cell or an argument: a number, or Swedish number text: digits in groups of three
 * separated by a normal, non-breaking, narrow or thin space ("93 106"), a decimal comma or point
 * ("93 106,0", "0.19"), an optional sign (also the minus sign "−"). Undefined for anything else,
 * including empty text and booleans.
 */
export function parseNumberText(value: CellInput): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](\d+))?$/.exec(cellText(value));
  if (!match) return undefined;
  const sign = match[1] === "" || match[1] === "+" ? "" : "-";
  const number = Number(`${sign}${match[2].replace(GROUP_SPACES, "")}${match[3] ? `.${match[3]}` : ""}`);
  return Number.isFinite(number) ? (number === 0 ? 0 : number) : undefined;
}

type NumberReading =
  | { ok: true; value: number }
  | { ok: false; code: "emptyPopulation" | "notANumber" | "negative" | "notWholeNumber"; value?: number };

/**
 * A population from a cell (see parseNumberText). Inhabitants are whole people, so a fraction is
 * refused (which also catches "93,106" meant the English way).
 */
export function readPopulationNumber(value: CellInput): NumberReading {
  if (typeof value !== "number" && typeof value !== "boolean" && cellText(value) === "") return { ok: false, code: "emptyPopulation" };
  const number = parseNumberText(value);
  if (number === undefined) return { ok: false, code: "notANumber" };
  if (number < 0) return { ok: false, code: "negative", value: number };
  if (!Number.isInteger(number)) return { ok: false, code: "notWholeNumber", value: number };
  return { ok: true, value: number };
}

function quote(text: string, locale: Locale): string {
  return locale === "sv" ? `”${text}”` : `"${text}"`;
}

function location(row: number, column: string | undefined, cell: string | undefined, locale: Locale): string {
  const parts = [locale === "sv" ? `Rad ${row}` : `Row ${row}`];
  if (column !== undefined) parts.push(`${locale === "sv" ? "kolumn" : "column"} ${quote(column, locale)}`);
  return `${parts.join(", ")}${cell ? ` (${cell})` : ""}`;
}

/**
 * Parses a population table: the first row is the header, the others are units. Blank rows are
 * skipped. Collects every issue (not just the first), each naming its row, column and, when
 * `cellAddress` is given, cell; returns the county only when there is none.
 */
export function parsePopulationRows(rows: readonly (readonly CellInput[])[], options: PopulationRowsOptions = {}): PopulationParseResult {
  const locale: Locale = options.locale ?? "sv";
  const sv = locale === "sv";
  const rowNumber = options.rowNumber ?? ((index: number) => index + 1);
  const issues: PopulationIssue[] = [];
  const q = (text: string) => quote(text, locale);
  const n = (value: number) => formatNumber(value, locale);

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
    issues.push({
      code: "noRows",
      row: rowNumber(0),
      reason: sv ? "tabellen är tom (rubrikraden med namn, typ och invånare saknas)" : "the table is empty (no header row with name, type and population)",
      message: sv
        ? "Tabellen är tom: den behöver en rubrikrad med namn, typ och invånare och en rad per kommun eller stadsdel."
        : "The table is empty: it needs a header row with name, type and population and one row per municipality or district.",
    });
    return { ok: false, issues, rows: [] };
  }

  const columns: Partial<Record<ColumnKey, number>> = {};
  headerTexts.forEach((text, columnIndex) => {
    const normalized = normalizeHeader(text);
    const key = (Object.keys(HEADER_ALIASES) as ColumnKey[]).find((candidate) => HEADER_ALIASES[candidate].includes(normalized));
    if (!key) return;
    if (columns[key] !== undefined) {
      addIssue(
        "duplicateColumn",
        headerIndex,
        columnIndex,
        sv
          ? `kolumnen ${q(COLUMN_LABEL.sv[key])} finns redan i kolumn ${columns[key]! + 1}; ta bort den ena`
          : `the column ${q(COLUMN_LABEL.en[key])} is already column ${columns[key]! + 1}; remove one of them`,
        text,
      );
      return;
    }
    columns[key] = columnIndex;
  });
  const missing = REQUIRED.filter((key) => columns[key] === undefined);
  for (const key of missing) {
    const label = COLUMN_LABEL[locale][key];
    const row = rowNumber(headerIndex);
    const reason = sv
      ? `kolumnen ${q(label)} saknas i rubrikraden (den behöver namn, typ och invånare${headerTexts.some((t) => t !== "") ? `; rubrikerna är ${headerTexts.filter((t) => t !== "").map(q).join(", ")}` : ""})`
      : `the column ${q(label)} is missing from the header row (it needs name, type and population${headerTexts.some((t) => t !== "") ? `; the headers are ${headerTexts.filter((t) => t !== "").map(q).join(", ")}` : ""})`;
    issues.push({ code: "missingColumn", row, column: label, reason, message: `${location(row, label, undefined, locale)}: ${reason}.` });
  }

  const dataIndexes: number[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (rows[index].some((value) => !isBlank(value))) dataIndexes.push(index);
  }
  if (dataIndexes.length === 0) {
    const row = rowNumber(headerIndex);
    const reason = sv ? "det finns inga rader under rubrikraden" : "there are no rows below the header row";
    issues.push({ code: "noRows", row, reason, message: `${location(row, undefined, undefined, locale)}: ${reason}.` });
  }
  if (missing.length > 0 || dataIndexes.length === 0) {
    return { ok: false, issues, rows: [] };
  }

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
  const issueCountBefore = () => issues.length;

  for (const index of dataIndexes) {
    const row = rows[index];
    const before = issueCountBefore();
    const name = cellText(row[nameColumn]);
    if (name === "") {
      addIssue("emptyName", index, nameColumn, sv ? "namnet saknas" : "the name is missing");
    }

    const kindText = cellText(row[kindColumn]);
    const kind = KIND_ALIASES[kindText.toLocaleLowerCase("sv-SE").replace(/\s+/g, " ")] ?? null;
    if (kind === null) {
      addIssue(
        "unknownType",
        index,
        kindColumn,
        kindText === ""
          ? sv
            ? "typen saknas (skriv kommun, stadsdel eller rest)"
            : "the type is missing (write kommun, stadsdel or rest)"
          : sv
            ? `${q(kindText)} är ingen känd typ (skriv kommun, stadsdel eller rest)`
            : `${q(kindText)} is not a known type (write kommun, stadsdel or rest)`,
        kindText || undefined,
      );
    }

    const reading = readPopulationNumber(row[populationColumn]);
    const raw = cellText(row[populationColumn]);
    let population: number | null = null;
    if (reading.ok) {
      population = reading.value;
    } else if (reading.code === "emptyPopulation") {
      addIssue("emptyPopulation", index, populationColumn, sv ? "antalet invånare saknas" : "the population is missing");
    } else if (reading.code === "notANumber") {
      addIssue("notANumber", index, populationColumn, sv ? `${q(raw)} är inte ett tal` : `${q(raw)} is not a number`, raw);
    } else if (reading.code === "negative") {
      addIssue(
        "negative",
        index,
        populationColumn,
        sv ? `antalet invånare kan inte vara negativt (${q(raw)})` : `the population cannot be negative (${q(raw)})`,
        raw,
      );
    } else {
      addIssue(
        "notWholeNumber",
        index,
        populationColumn,
        sv ? `antalet invånare måste vara ett heltal (${q(raw)})` : `the population must be a whole number (${q(raw)})`,
        raw,
      );
    }

    let code: string | undefined;
    if (codeColumn !== undefined) {
      const codeText = cellText(row[codeColumn]);
      if (codeText !== "") {
        // A spreadsheet may have turned "0180" into the number 180: pad it back.
        if (/^\d{1,4}$/.test(codeText)) {
          code = codeText.padStart(4, "0");
        } else {
          addIssue(
            "invalidCode",
            index,
            codeColumn,
            sv ? `${q(codeText)} är ingen kommunkod (fyra siffror, t.ex. 0180)` : `${q(codeText)} is not a municipality code (four digits, e.g. 0180)`,
            codeText,
          );
        }
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
        addIssue(
          "duplicateName",
          draft.index,
          nameColumn,
          sv ? `${q(draft.name)} finns redan på rad ${rowNumber(first.index)}` : `${q(draft.name)} already appears on row ${rowNumber(first.index)}`,
          draft.name,
        );
        badIndexes.add(draft.index);
      } else {
        byName.set(key, draft);
      }
    }
    if (draft.code !== undefined && codeColumn !== undefined) {
      const first = byCode.get(draft.code);
      if (first) {
        addIssue(
          "duplicateCode",
          draft.index,
          codeColumn,
          sv ? `koden ${draft.code} finns redan på rad ${rowNumber(first.index)}` : `the code ${draft.code} already appears on row ${rowNumber(first.index)}`,
          draft.code,
        );
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
    addIssue(
      "duplicateRest",
      draft.index,
      kindColumn,
      sv
        ? `det får bara finnas en restpost (den första är på rad ${rowNumber(rests[0].index)})`
        : `there can be only one rest post (the first is on row ${rowNumber(rests[0].index)})`,
      draft.name,
    );
    badIndexes.add(draft.index);
  });
  if (rests.length > 0 && districts.length === 0) {
    addIssue(
      "restWithoutDistricts",
      rests[0].index,
      kindColumn,
      sv
        ? "en restpost hör till Stockholms stadsdelar, men tabellen har inga stadsdelar"
        : "a rest post belongs to Stockholm's districts, but the table has no districts",
      rests[0].name,
    );
    badIndexes.add(rests[0].index);
  }
  const stockholmTotal = options.stockholmTotal;
  if (districts.length > 0 && !city && stockholmTotal === undefined) {
    addIssue(
      "districtsWithoutCity",
      districts[0].index,
      kindColumn,
      sv
        ? `tabellen har stadsdelar men ingen kommunrad för Stockholm (namn Stockholm eller kod ${CITY_CODE}) med stadens totala antal invånare`
        : `the table has districts but no municipality row for Stockholm (name Stockholm or code ${CITY_CODE}) with the city's total population`,
    );
    badIndexes.add(districts[0].index);
  }

  // Stockholm's total must be its districts plus the rest post (Bilaga 3: "Sthlm kn rest" are the
  // residents with no known district). Checked only when every figure involved could be read and
  // the rest post is not itself in doubt.
  const cityPart = [...districts, ...rests];
  if (districts.length > 0 && rests.length <= 1 && cityPart.every((draft) => draft.population !== null)) {
    const districtsSum = districts.reduce((total, draft) => total + draft.population!, 0);
    const rest = rests.length > 0 ? rests[0].population! : 0;
    const computed = districtsSum + rest;
    const explain = (given: number) =>
      sv
        ? `Stockholm har ${n(given)} invånare, men stadsdelarna (${n(districtsSum)}) plus restposten (${n(rest)}) är ${n(computed)}`
        : `Stockholm has ${n(given)} inhabitants, but the districts (${n(districtsSum)}) plus the rest post (${n(rest)}) make ${n(computed)}`;
    if (city && city.population !== null && city.population !== computed) {
      addIssue("cityTotalMismatch", city.index, populationColumn, explain(city.population), String(city.population));
      badIndexes.add(city.index);
    }
    if (stockholmTotal !== undefined) {
      if (city && city.population !== null && city.population !== stockholmTotal) {
        addIssue(
          "cityTotalMismatch",
          city.index,
          populationColumn,
          sv
            ? `Stockholms totala antal invånare är angivet till ${n(stockholmTotal)}, men raden säger ${n(city.population)}`
            : `Stockholm's total population is given as ${n(stockholmTotal)}, but the row says ${n(city.population)}`,
          String(city.population),
        );
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
    addIssue(
      "allZero",
      districts[0].index,
      populationColumn,
      sv ? "alla stadsdelar har 0 invånare, så restposten kan inte fördelas på dem" : "every district has 0 inhabitants, so the rest post cannot be spread over them",
    );
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

  if (issues.length > 0) {
    issues.sort((a, b) => a.row - b.row);
    return { ok: false, issues, rows: parsedRows };
  }

  const unit = (draft: Draft): PopulationUnit => ({
    name: draft.name,
    population: draft.population!,
    ...(draft.code !== undefined ? { code: draft.code } : {}),
  });
  const countyMunicipalities = municipalities.map(unit);
  let cityName = city?.name;
  if (districts.length > 0 && !city && stockholmTotal !== undefined) {
    cityName = CITY_NAME;
    countyMunicipalities.push({ name: CITY_NAME, code: CITY_CODE, population: stockholmTotal });
  }
  const county: CountyPopulation =
    districts.length > 0 && cityName !== undefined
      ? {
          municipalities: countyMunicipalities,
          dividedCity: { name: cityName, districts: districts.map(unit), rest: rests.length > 0 ? rests[0].population! : 0 },
        }
      : { municipalities: countyMunicipalities };
  return { ok: true, county, rows: parsedRows };
}
