import { readPeriodText, samePeriod, periodWords, recognizeUnit, type PreviousPeriod } from "../data";
import { normalizeUnitName, type CountyPopulation } from "../engine";
import { isNullOrWhitespace, say, type Locale } from "../i18n";
import { readCellParameter } from "../params";
import { planTexts } from "../workbook";
import { INPUT_MESSAGES as M } from "./messages";
import { beyondHeader, overrunReason } from "./overrun";
import { IssueList, MAX_DATA_ROWS, cellText, listed, location, normalizeHeader, textIssueCode, type CellInput, type IssueOf } from "./issues";

/*
 * Last period's yearly amount per unit (issue 12), read from a table: a CSV file, a selected range,
 * an Excel table, or the per-unit yearly amounts of a workbook the add-in made earlier (the file
 * reader, src/files/previousAmounts.ts, hands those over as tables). Pure, and read by the rules of
 * the population table (populationRows.ts): the header is the first row with a unit and an amount
 * column (a title may stand above it), matched by aliases (case and spacing do not matter, other
 * columns are ignored); blank rows, sums ("Totalt") and notes under the table are skipped; every
 * wrong row is listed with its row, column and cell, at most MAX_LISTED_ISSUES and then a count; a
 * table of more than MAX_DATA_ROWS rows is refused with one issue.
 *
 * The header has a unit column, by name (`namn`, `kommun`, `stadsdel`, `enhet`, …) or by SCB code
 * (`kod`, `kommunkod`), or both, and an amount column (`belopp`, `tidigare belopp`, `tidigare
 * kostnad`, `summa/år`, `amount`, `previous`, `per year`, …); optionally a period column (`period`,
 * `avser`, `år`, `year`) saying which period the amounts are from ("2025", "före 2020"), the same on
 * every row that gives one. An amount is a figure like any other
 * (src/params, `previousCost`: kronor, not negative; "44,278" refused as ambiguous). A row with a
 * unit and no amount gives that unit none; the rest post's row of the add-in's district table
 * ("Sthlm kn rest*", no amount of its own) is skipped.
 *
 * Each row is matched to a unit of the county the plan is made for: by its SCB code, else by its
 * name (normalizeUnitName: case, spaces and hyphens folded). A unit that is not in the county is
 * refused (and listed in `notInCounty`); so is a unit named twice, and a code that is not the named
 * unit's. The county's units without an amount are fine: they are listed in `missing`, and their
 * change columns stay blank.
 */

export type PreviousAmountIssueCode =
  | "missingColumn"
  | "duplicateColumn"
  | "noRows"
  | "tooManyRows"
  /** A row of a text file with more fields than its header: an amount split at the delimiter ("44,278"). */
  | "fieldsBeyondHeader"
  | "noUnit"
  | "invalidCode"
  | "notInCounty"
  | "codeNotName"
  | "duplicateUnit"
  | "notANumber"
  /** "44,278": a decimal mark or a thousands separator; the message gives both readings. */
  | "ambiguousNumber"
  | "scientificNotation"
  | "tooManyDigits"
  /** A unit that is not kronor: "19 %". */
  | "wrongUnit"
  | "negative"
  | "tooLarge"
  /** A period that is neither a year nor "före 2020". */
  | "invalidPeriod"
  /** Rows of two periods in one table: previous amounts are of one period. */
  | "mixedPeriods"
  /** A table of the add-in's own workbook that cannot give whole yearly amounts (src/input/addinAmounts.ts). */
  | "partOnly"
  | "noAmountColumn"
  | "periodBeforeWorkbook"
  | "noAmounts"
  | "moreIssues";

/** An issue of the table, with its row, column and cell, as the population table's (PopulationIssue). */
export type PreviousAmountIssue = IssueOf<PreviousAmountIssueCode>;

/** One data row as read, valid or not (the pane previews these). */
export interface PreviousAmountRow {
  /** 1-based row number as in the file or sheet. */
  readonly row: number;
  /** The unit's name as written ("" when the row gives only a code). */
  readonly name: string;
  readonly code?: string;
  /** The amount in kronor a year; null when the cell is empty or wrong. */
  readonly amount: number | null;
  /** The county's unit the row was matched to, by its name in the county. */
  readonly unit?: string;
  /** False when any issue names this row. */
  readonly valid: boolean;
}

/** A table to read: its rows (the header first), and where its cells are. */
export interface PreviousAmountsTable {
  readonly rows: readonly (readonly CellInput[])[];
  /** The address of a cell, by 0-based index into `rows` and into the row ("Kommuner!F5"). */
  readonly cellAddress?: (rowIndex: number, columnIndex: number) => string;
  /** The row number to show for `rows[rowIndex]` (1-based); by default rowIndex + 1. */
  readonly rowNumber?: (rowIndex: number) => number;
  /**
   * The unit's and the amount's columns when the caller knows them (a table of the add-in's own
   * workbook, src/input/addinAmounts.ts): the header is then not matched by its aliases.
   */
  readonly columns?: { readonly unit: number; readonly amount: number };
  /** The delimiter of a text file: a row with more fields than its header was split once too often. */
  readonly delimiter?: string;
}

export interface PreviousAmountsOptions {
  /** The population the plan is made for: its municipalities (the divided city included) and districts. */
  readonly county: CountyPopulation;
  readonly locale?: Locale;
}

interface Matching {
  readonly rows: readonly PreviousAmountRow[];
  /** The period the table's period column gives its amounts (every row the same), when it has one. */
  readonly period?: PreviousPeriod;
  /** The county's units that have no amount, in the county's order (municipalities, then districts). */
  readonly missing: readonly string[];
}

export type PreviousAmountsResult =
  | (Matching & {
      readonly ok: true;
      /** The amounts by the county's unit names: PlanOptions.previousCosts. */
      readonly amounts: Readonly<Record<string, number>>;
    })
  | (Matching & {
      readonly ok: false;
      /** In row order, at most MAX_LISTED_ISSUES, then one "moreIssues" issue counting the rest. */
      readonly issues: readonly PreviousAmountIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      /** The units of the table that are not in the county, as written (refused). */
      readonly notInCounty: readonly string[];
    });

type ColumnKey = "unit" | "code" | "amount" | "period";

/**
 * The headers each column is known by, folded by normalizeHeader. The add-in's own tables name the
 * unit "Kommun" / "Stadsdelsförvaltning" and the yearly amount "Summa/år" ("Per year"); their
 * previous-cost column ("Tidigare kostnad/år") is not an alias, so such a table has one amount.
 */
const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  unit: ["namn", "name", "enhet", "unit", "kommun", "municipality", "stadsdel", "district", "stadsdelsförvaltning", "districtadministration", "organisation", "organization"],
  code: ["kod", "code", "kommunkod", "scbkod", "municipalitycode"],
  period: ["period", "avser", "år", "year", "beloppavser", "periodår", "amountsfor"],
  amount: [
    "belopp",
    "amount",
    "tidigarebelopp",
    "tidigarekostnad",
    "summa/år",
    "summaperår",
    "kostnad/år",
    "årskostnad",
    "previous",
    "previousamount",
    "previouscost",
    "peryear",
    "amountperyear",
  ],
};

type Code = PreviousAmountIssueCode;

interface Columns {
  readonly unit?: number;
  readonly code?: number;
  readonly amount: number;
  readonly period?: number;
}

/** One data row as read, before it is matched to the county. */
interface Draft {
  readonly index: number;
  readonly issues: IssueList<Code>;
  readonly columns: Columns;
  readonly name: string;
  readonly code?: string;
  readonly amount: number | null;
  readonly period?: PreviousPeriod;
}

/** Reads one table of previous amounts (a CSV file, a range, an Excel table). */
export function readPreviousAmounts(
  rows: readonly (readonly CellInput[])[],
  options: PreviousAmountsOptions & Omit<PreviousAmountsTable, "rows">,
): PreviousAmountsResult {
  return readPreviousAmountTables([{ rows, ...(options.cellAddress ? { cellAddress: options.cellAddress } : {}), ...(options.rowNumber ? { rowNumber: options.rowNumber } : {}) }], options);
}

/**
 * Reads several tables as one (the municipalities' and the districts' tables of an earlier
 * workbook): each has its own header, a unit may appear in only one of them.
 */
export function readPreviousAmountTables(tables: readonly PreviousAmountsTable[], options: PreviousAmountsOptions): PreviousAmountsResult {
  const locale: Locale = options.locale ?? "sv";
  const read = tables.map((table) => readTable(table, locale));
  const drafts = read.flatMap((table) => table.drafts);
  const period = onePeriod(drafts, locale);
  const { units, matched, notInCounty } = matchUnits(drafts, options.county, locale);
  const all = read.flatMap((table) => table.issues.all);
  const rows: PreviousAmountRow[] = drafts.map((draft) => {
    const unit = matched.get(draft);
    return {
      row: draft.issues.rowNumber(draft.index),
      name: draft.name,
      ...(draft.code !== undefined ? { code: draft.code } : {}),
      amount: draft.amount,
      ...(unit !== undefined ? { unit } : {}),
      valid: !draft.issues.invalidRows.has(draft.index),
    };
  });
  const given = new Map(rows.flatMap((row) => (row.valid && row.unit !== undefined && row.amount !== null ? [[row.unit, row.amount] as const] : [])));
  const amounts: Record<string, number> = Object.fromEntries(given);
  const missing = units.filter((unit) => !given.has(unit));
  const periodOf = period ? { period } : {};
  if (all.length === 0) return { ok: true, amounts, rows, missing, ...periodOf };
  return { ok: false, ...listed(all, locale), rows, missing, notInCounty, ...periodOf };
}

/** The period of the rows that give one; a row of another period than the first is an issue of that row. */
function onePeriod(drafts: readonly Draft[], locale: Locale): PreviousPeriod | undefined {
  let first: Draft | undefined;
  for (const draft of drafts) {
    if (draft.period === undefined) continue;
    if (!first) {
      first = draft;
      continue;
    }
    if (!samePeriod(first.period!, draft.period)) {
      const text = (period: PreviousPeriod) => periodWords(period)[locale];
      draft.issues.add("mixedPeriods", draft.index, draft.columns.period, say(M.previousMixedPeriods, locale, text(draft.period), text(first.period!), first.issues.rowNumber(first.index)), text(draft.period));
    }
  }
  return first?.period;
}

/** One table: its header, then each row's unit, code and amount (not yet matched to the county). */
function readTable(table: PreviousAmountsTable, locale: Locale): { issues: IssueList<Code>; drafts: Draft[] } {
  const { rows } = table;
  const rowNumber = table.rowNumber ?? ((index: number) => index + 1);
  const headerIndex = headerIndexOf(rows);
  const headerTexts = headerIndex < 0 ? [] : rows[headerIndex].map(cellText);
  const issues = new IssueList<Code>(locale, rowNumber, headerTexts, table.cellAddress);
  const whole = (code: Code, row: number, reason: string, column?: string) =>
    issues.push({ code, row, ...(column !== undefined ? { column } : {}), reason, message: `${location(row, column, undefined, locale)}: ${reason}.` });
  if (headerIndex < 0) {
    issues.push({ code: "noRows", row: rowNumber(0), reason: say(M.previousEmptyTable, locale), message: say(M.previousEmptyTableMessage, locale) });
    return { issues, drafts: [] };
  }
  const dataIndexes: number[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (rows[index].some((value) => !isNullOrWhitespace(value))) dataIndexes.push(index);
  }
  if (dataIndexes.length > MAX_DATA_ROWS) {
    const reason = say(M.previousTooManyRows, locale, dataIndexes.length, MAX_DATA_ROWS);
    issues.push({ code: "tooManyRows", row: rowNumber(headerIndex), reason, message: `${reason}.` });
    return { issues, drafts: [] };
  }
  const columns = table.columns ?? readHeader(headerTexts, headerIndex, issues, whole);
  if (dataIndexes.length === 0) whole("noRows", rowNumber(headerIndex), say(M.noRowsBelowHeader, locale));
  if (!columns || dataIndexes.length === 0) return { issues, drafts: [] };
  // "Farsta,44,278" in a comma file: the amount split in two, every column after it shifted.
  const delimiter = table.delimiter;
  const wholeRows = dataIndexes.filter((index) => {
    if (delimiter === undefined || !beyondHeader(rows[index], rows[headerIndex])) return true;
    issues.add("fieldsBeyondHeader", index, undefined, overrunReason(rows[index], rows[headerIndex], delimiter, locale));
    return false;
  });
  const units = wholeRows.filter((index) => !isRestRow(rows[index], columns) && !isAggregateOrNote(rows[index], columns));
  return { issues, drafts: units.map((index) => readRow(rows[index], index, columns, issues)) };
}

/** The column a header text names, by the aliases. */
function columnKeyOf(text: string): ColumnKey | undefined {
  const normalized = normalizeHeader(text);
  return (Object.keys(HEADER_ALIASES) as ColumnKey[]).find((candidate) => HEADER_ALIASES[candidate].includes(normalized));
}

/**
 * The header, found by what it says as the population's is: the first row with a unit (or code) and
 * an amount column, past a title above the table; without one, the first row that is not blank (whose
 * missing columns the messages then name).
 */
function headerIndexOf(rows: readonly (readonly CellInput[])[]): number {
  const found = rows.findIndex((row) => {
    const keys = new Set(row.map((value) => columnKeyOf(cellText(value))));
    return keys.has("amount") && (keys.has("unit") || keys.has("code"));
  });
  return found >= 0 ? found : rows.findIndex((row) => row.some((value) => !isNullOrWhitespace(value)));
}

/**
 * A row that gives no unit an amount by the county's closed list: a sum ("Totalt", "Stockholms
 * län", "Hela staden", "Söderort"), never a unit, or, without an amount, a note under the table
 * ("Källa: …"). Skipped: neither changes a unit's figure. A name the list does not know that has an
 * amount is still refused (matchUnits).
 */
function isAggregateOrNote(row: readonly CellInput[], columns: Columns): boolean {
  const name = columns.unit === undefined ? "" : cellText(row[columns.unit]);
  const code = columns.code === undefined ? undefined : cellText(row[columns.code]) || undefined;
  if (name === "" && code === undefined) return false;
  const known = recognizeUnit(name, code);
  if (known.kind === "aggregate") return true;
  return cellText(row[columns.amount]) === "" && (known.kind === "unknown" || known.kind === "unknownCode");
}

/** Stadsdelar's rest post as the add-in writes it ("Sthlm kn rest*"), folded; the star is the annex's footnote mark. */
const REST_ROWS = new Set((["sv", "en"] as const).map((locale) => normalizeUnitName(planTexts(locale).districts.restRow.replace(/\*+$/, ""))));

/**
 * The rest post's row of the add-in's district table, without an amount: a row of the table but no
 * unit (its residents have no known district), so it is skipped. With an amount it is refused as
 * any other name that is not a unit of the county.
 */
function isRestRow(row: readonly CellInput[], columns: Columns): boolean {
  const name = columns.unit === undefined ? "" : cellText(row[columns.unit]);
  return REST_ROWS.has(normalizeUnitName(name.replace(/\*+$/, ""))) && cellText(row[columns.amount]) === "";
}

/** The columns by their headers; a column named twice, or no unit or amount column, is an issue (and undefined). */
function readHeader(headerTexts: readonly string[], headerIndex: number, issues: IssueList<Code>, whole: (code: Code, row: number, reason: string, column?: string) => void): Columns | undefined {
  const { locale, rowNumber } = issues;
  const columns: Partial<Record<ColumnKey, number>> = {};
  headerTexts.forEach((text, columnIndex) => {
    const key = columnKeyOf(text);
    if (!key) return;
    if (columns[key] !== undefined) {
      issues.add("duplicateColumn", headerIndex, columnIndex, say(M.duplicateColumn, locale, headerTexts[columns[key]!], columns[key]! + 1), text);
      return;
    }
    columns[key] = columnIndex;
  });
  const headers = headerTexts.filter((text) => text !== "");
  const row = rowNumber(headerIndex);
  if (columns.unit === undefined && columns.code === undefined) {
    const label = say(M.previousUnitLabel, locale);
    whole("missingColumn", row, say(M.previousMissingColumn, locale, label, headers), label);
  }
  if (columns.amount === undefined) {
    const label = say(M.previousAmountLabel, locale);
    whole("missingColumn", row, say(M.previousMissingColumn, locale, label, headers), label);
  }
  if (columns.amount === undefined || (columns.unit === undefined && columns.code === undefined)) return undefined;
  return {
    amount: columns.amount,
    ...(columns.unit !== undefined ? { unit: columns.unit } : {}),
    ...(columns.code !== undefined ? { code: columns.code } : {}),
    ...(columns.period !== undefined ? { period: columns.period } : {}),
  };
}

/** An SCB code as the county writes it: "0180" (a spreadsheet may have made it the number 180). */
const CODE = /^\d{1,4}$/;

/** One data row's unit, code and amount, each with its issue. A name that is four digits is a code. */
function readRow(row: readonly CellInput[], index: number, columns: Columns, issues: IssueList<Code>): Draft {
  const { locale } = issues;
  let name = columns.unit === undefined ? "" : cellText(row[columns.unit]);
  const codeText = columns.code === undefined ? "" : cellText(row[columns.code]);
  let code: string | undefined;
  if (codeText !== "") {
    if (CODE.test(codeText)) code = codeText.padStart(4, "0");
    else issues.add("invalidCode", index, columns.code, say(M.invalidCode, locale, codeText), codeText);
  } else if (CODE.test(name)) {
    code = name.padStart(4, "0");
    name = "";
  }
  const reading = readAmount(row[columns.amount], locale);
  if (!reading.ok) issues.add(reading.code, index, columns.amount, reading.reason, reading.value);
  if (name === "" && codeText === "" && code === undefined) issues.add("noUnit", index, columns.unit ?? columns.code, say(M.previousNoUnit, locale));
  const periodText = columns.period === undefined ? "" : cellText(row[columns.period]);
  const period = periodText === "" ? undefined : readPeriodText(periodText);
  if (periodText !== "" && !period) issues.add("invalidPeriod", index, columns.period, say(M.previousInvalidPeriod, locale, periodText), periodText);
  return { index, issues, columns, name, ...(code !== undefined ? { code } : {}), amount: reading.ok ? reading.value : null, ...(period ? { period } : {}) };
}

type AmountReading = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly code: Code; readonly reason: string; readonly value: string };

/** An amount from a cell: empty is none, a number as it is, text through the one reader (the declaration of `previousCost`). */
function readAmount(value: CellInput, locale: Locale): AmountReading {
  const raw = cellText(value);
  if (value === null || value === undefined || (typeof value === "string" && raw === "")) return { ok: true, value: null };
  if (typeof value === "boolean") return { ok: false, code: "notANumber", reason: say(M.notANumber, locale, raw), value: raw };
  const reading = readCellParameter("previousCost", typeof value === "number" ? value : raw, locale);
  if (reading.ok) return { ok: true, value: reading.value.toNumber() };
  const refused = (code: Code, reason: string): AmountReading => ({ ok: false, code, reason, value: raw });
  switch (reading.problem) {
    case "empty":
      return { ok: true, value: null };
    case "ambiguousSeparator":
    case "ambiguousFraction":
    case "scientific":
    case "tooManyDigits":
    case "wrongUnit":
      return refused(textIssueCode(reading.problem), reading.message);
    case "negative":
    case "belowMin":
    case "notPositive":
      return refused("negative", say(M.previousAmount, locale, reading.message));
    case "aboveMax":
      return refused("tooLarge", say(M.previousAmount, locale, reading.message));
    case "notWhole":
    case "notANumber":
    case "notADate":
      return refused("notANumber", reading.message);
  }
}

interface CountyUnit {
  readonly name: string;
  readonly code?: string;
}

/**
 * Each row to the county's unit of its code, else of its name. A unit not in the county, a code that
 * is not the named unit's and a unit named twice are issues of the row. Returns the county's unit
 * names in order, the unit of each row matched, and the units not in the county as written.
 */
function matchUnits(drafts: readonly Draft[], county: CountyPopulation, locale: Locale): { units: string[]; matched: Map<Draft, string>; notInCounty: string[] } {
  const units: CountyUnit[] = [...county.municipalities, ...(county.dividedCity?.districts ?? [])];
  const byCode = new Map(units.flatMap((unit) => (unit.code !== undefined ? [[unit.code.padStart(4, "0"), unit] as const] : [])));
  const byName = new Map(units.map((unit) => [normalizeUnitName(unit.name), unit] as const));
  const matched = new Map<Draft, string>();
  const first = new Map<CountyUnit, Draft>();
  const notInCounty: string[] = [];
  for (const draft of drafts) {
    if (draft.name === "" && draft.code === undefined) continue;
    const { issues, columns, index } = draft;
    // The county's closed list says what the row is ("0127 Botkyrka", "Botkyrka kommun", a code and a name that disagree).
    const known = recognizeUnit(draft.name, draft.code);
    if (known.kind === "conflict") {
      issues.add("codeNotName", index, columns.code ?? columns.unit, say(M.codeNotName, locale, known.code, known.codeName, known.name), draft.code ?? draft.name);
      continue;
    }
    const knownName = known.kind === "municipality" || known.kind === "district" ? known.name : draft.name;
    const knownCode = known.kind === "municipality" ? known.code : draft.code;
    const named = knownName === "" ? undefined : byName.get(normalizeUnitName(knownName));
    const coded = knownCode === undefined ? undefined : byCode.get(knownCode);
    if (named?.code !== undefined && knownCode !== undefined && named.code.padStart(4, "0") !== knownCode) {
      issues.add("codeNotName", index, columns.code ?? columns.unit, say(M.previousCodeNotName, locale, knownCode, draft.name, named.code), knownCode);
      continue;
    }
    const unit = coded ?? named;
    if (!unit) {
      const written = draft.name !== "" ? draft.name : draft.code!;
      notInCounty.push(written);
      issues.add("notInCounty", index, draft.name !== "" ? columns.unit : (columns.code ?? columns.unit), say(M.previousNotInCounty, locale, written), written);
      continue;
    }
    const earlier = first.get(unit);
    if (earlier) {
      issues.add("duplicateUnit", index, columns.unit ?? columns.code, say(M.previousDuplicateUnit, locale, unit.name, earlier.issues.rowNumber(earlier.index)), draft.name || draft.code);
      continue;
    }
    first.set(unit, draft);
    matched.set(draft, unit.name);
  }
  return { units: units.map((unit) => unit.name), matched, notInCounty };
}
