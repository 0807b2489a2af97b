import { recognizeUnit, type Aggregate, type UnitRecognition } from "../data";
import { isNullOrWhitespace, say, type Locale } from "../i18n";
import { readDateParameter } from "../params";
import { IssueList, MAX_DATA_ROWS, cellText, location, type CellInput } from "./issues";
import { INPUT_MESSAGES as M } from "./messages";
import { beyondHeader, overrunReason } from "./overrun";
import { isoDate, readPopulationHeader, type PopulationColumns, type PopulationHeader } from "./populationHeader";
import { readPopulation } from "./populationCell";
import type { ParsedRow, PopulationIssueCode, RowKind, UnitKind } from "./populationTypes";

/*
 * One population table (a file, a range, an Excel table) read row by row against the county's
 * closed list (src/data/countyUnits.ts): each row between the header and the notes under the table
 * is a unit of the county (a municipality, a district, the rest post), an aggregate (checked later
 * against the units it sums, never counted), a municipality of another county (left out and
 * counted), or refused with its row and cell. The table's own date (a date column, or the year in
 * the population column's header) is read here too; the tables are put together into the county by
 * populationCounty.ts.
 */

/** What a table is to the rest of the reading: its issues (each with its row and cell), its columns, the file it came from. */
export interface TableSite {
  readonly issues: IssueList<PopulationIssueCode>;
  readonly columns: PopulationColumns;
  readonly source?: string;
  /** Its place among the tables read together (0 for the first). */
  readonly order: number;
}

/** A row that is a unit of the county, as read. */
export interface Draft {
  readonly site: TableSite;
  /** Its index in the table's rows. */
  readonly index: number;
  /** The unit's name as the closed list writes it ("Upplands Väsby" for "0114 Upplands Väsby"). */
  readonly name: string;
  /** The name cell as written. */
  readonly written: string;
  readonly kind: UnitKind | null;
  readonly population: number | null;
  readonly code?: string;
}

/** A row that sums units ("01 Stockholms län", "Hela staden", "Totalt"). */
export interface AggregateRow {
  readonly site: TableSite;
  readonly index: number;
  readonly name: string;
  readonly aggregate: Aggregate;
  readonly population: number | null;
}

/** A municipality of another county. */
export interface OutsideRow {
  readonly site: TableSite;
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly population: number | null;
}

export interface TableInput {
  readonly rows: readonly (readonly CellInput[])[];
  /** The file the table is ("befolkning.csv"), when several are read together; a range's cells name themselves. */
  readonly source?: string;
  readonly cellAddress?: (rowIndex: number, columnIndex: number) => string;
  readonly rowNumber?: (rowIndex: number) => number;
  /** The delimiter of a text file: a row with more fields than its header was split once too often. */
  readonly delimiter?: string;
}

export interface TableReading {
  readonly site: TableSite;
  readonly units: readonly Draft[];
  readonly aggregates: readonly AggregateRow[];
  readonly outside: readonly OutsideRow[];
  /** The rows as read, for the preview (filled in once the tables are held against each other). */
  readonly rowIndexes: readonly number[];
  /** The date the table gives: a date column's, or the year of its population column. */
  readonly date?: { readonly value: string; readonly index: number; readonly column: number };
  /** Rows under the table with no figure (notes, sources): not read. */
  readonly notes: number;
  readonly preview: (index: number) => Omit<ParsedRow, "valid" | "row" | "source">;
}

const KIND_WORDS: Record<string, UnitKind> = {
  kommun: "municipality",
  municipality: "municipality",
  stadsdel: "district",
  stadsdelsområde: "district",
  stadsdelsförvaltning: "district",
  sdf: "district",
  district: "district",
  rest: "rest",
  restpost: "rest",
  "rest post": "rest",
};

/** A table's header, or undefined (with its issue) when it has none or too many rows. */
function headerOf(input: TableInput, issues: IssueList<PopulationIssueCode>, givenDate: string | undefined): PopulationHeader | undefined {
  const { locale, rowNumber } = issues;
  const filled = input.rows.flatMap((row, index) => (row.some((cell) => !isNullOrWhitespace(cell)) ? [index] : []));
  if (filled.length === 0) {
    issues.push({ code: "noRows", row: rowNumber(0), reason: say(M.emptyTable, locale), message: say(M.emptyTableMessage, locale) });
    return undefined;
  }
  if (filled.length - 1 > MAX_DATA_ROWS) {
    const reason = say(M.tooManyRows, locale, filled.length - 1, MAX_DATA_ROWS);
    issues.push({ code: "tooManyRows", row: rowNumber(filled[0]), reason, message: `${reason}.` });
    return undefined;
  }
  return readPopulationHeader(input.rows, issues as IssueList<string>, givenDate);
}

/** Reads one table: its site (with its issues) always, its reading when it has a header and rows under it. */
export function readTable(input: TableInput, order: number, locale: Locale, givenDate: string | undefined): { site: TableSite; reading?: TableReading } {
  const rowNumber = input.rowNumber ?? ((index: number) => index + 1);
  const issues = new IssueList<PopulationIssueCode>(locale, rowNumber, [], input.cellAddress, input.source);
  const header = headerOf(input, issues, givenDate);
  const site: TableSite = { issues, columns: header?.columns ?? { name: 0, population: 0 }, order, ...(input.source !== undefined ? { source: input.source } : {}) };
  if (!header) return { site };
  const body = bodyOf(input.rows, header);
  if (body.rows.length === 0) {
    const row = rowNumber(header.index);
    const reason = say(M.noRowsBelowHeader, locale);
    issues.push({ code: "noRows", row, reason, message: `${location(row, undefined, undefined, locale)}: ${reason}.` });
    return { site };
  }
  const reading = readRows(input, header, site, body.rows);
  return { site, reading: { ...reading, notes: body.notes, ...datedBy(input, header, site, body.rows) } };
}

/**
 * The rows of the table: below the header, down to the last row with a figure, a known name or a
 * type; the rows after it are notes (SCB's footnotes, the city's "Källa:"), counted but not read.
 */
function bodyOf(rows: readonly (readonly CellInput[])[], header: PopulationHeader): { rows: number[]; notes: number } {
  const { columns } = header;
  let last = header.index;
  for (let index = header.index + 1; index < rows.length; index++) {
    const row = rows[index];
    // A figure has digits: a note under the table whose text runs past a delimiter ("…; här är den exakt.") has none.
    const figure = typeof row[columns.population] === "number" || /\d/.test(cellText(row[columns.population]));
    const known = !["unknown", "unknownCode", "conflict"].includes(recognizeUnit(cellText(row[columns.name]), codeCell(row, columns)).kind);
    // A row that says what it is ("kommun", "stadsdel") is a row of the table, however wrong its figure.
    const typed = columns.kind !== undefined && cellText(row[columns.kind]) !== "";
    if (figure || known || typed) last = index;
  }
  const filled = (index: number) => rows[index].some((cell) => !isNullOrWhitespace(cell));
  const body: number[] = [];
  for (let index = header.index + 1; index <= last; index++) if (filled(index)) body.push(index);
  let notes = 0;
  for (let index = last + 1; index < rows.length; index++) if (filled(index)) notes++;
  return { rows: body, notes };
}

function codeCell(row: readonly CellInput[], columns: PopulationColumns): string | undefined {
  if (columns.code === undefined) return undefined;
  const text = cellText(row[columns.code]);
  return text === "" ? undefined : text;
}

/** Every row of the body: recognised, its type and figure read, and sorted into units, aggregates and rows of other counties. */
function readRows(input: TableInput, header: PopulationHeader, site: TableSite, body: readonly number[]): Omit<TableReading, "notes" | "date"> {
  const { issues, columns } = site;
  const { locale } = issues;
  const units: Draft[] = [];
  const aggregates: AggregateRow[] = [];
  const outside: OutsideRow[] = [];
  const previews = new Map<number, Omit<ParsedRow, "valid" | "row" | "source">>();
  for (const index of body) {
    const row = input.rows[index];
    if (input.delimiter !== undefined && beyondHeader(row, input.rows[header.index])) {
      issues.add("fieldsBeyondHeader", index, undefined, overrunReason(row, input.rows[header.index], input.delimiter, locale));
      previews.set(index, { name: cellText(row[columns.name]), kind: null, population: null });
      continue;
    }
    const written = cellText(row[columns.name]);
    const unit = recognizeUnit(written, codeCell(row, columns));
    const kind = rowKind(unit);
    const population = readFigure(row, index, unit, site);
    checkType(row, index, unit, site);
    const name = "name" in unit ? unit.name : written;
    previews.set(index, { name, kind, population, ...("code" in unit && unit.kind !== "conflict" && unit.kind !== "unknownCode" ? { code: unit.code } : {}) });
    if (unit.kind === "municipality" || unit.kind === "district" || unit.kind === "rest") {
      units.push({ site, index, name: unit.name, written, kind: unit.kind, population, ...(unit.kind === "municipality" ? { code: unit.code } : {}) });
    } else if (unit.kind === "aggregate") {
      aggregates.push({ site, index, name: written.replace(/^\d{1,2}\s+/, "") || unit.name, aggregate: unit.aggregate, population });
    } else if (unit.kind === "outside") {
      outside.push({ site, index, code: unit.code, name: unit.name, population });
    } else {
      refuseRow(index, written, unit, site);
    }
  }
  return { site, units, aggregates, outside, rowIndexes: body, preview: (index) => previews.get(index)! };
}

function rowKind(unit: UnitRecognition): RowKind | null {
  switch (unit.kind) {
    case "municipality":
    case "district":
    case "rest":
    case "aggregate":
    case "outside":
      return unit.kind;
    default:
      return null;
  }
}

/** A row that is nothing of the county's: its name cell, and the nearest known name when one is close. */
function refuseRow(index: number, written: string, unit: UnitRecognition, site: TableSite): void {
  const { issues, columns } = site;
  const { locale } = issues;
  switch (unit.kind) {
    case "conflict":
      issues.add("codeNotName", index, columns.code ?? columns.name, say(M.codeNotName, locale, unit.code, unit.codeName, unit.name), written);
      return;
    case "unknownCode":
      issues.add("invalidCode", index, columns.code ?? columns.name, say(M.unknownCode, locale, unit.code), unit.code);
      return;
    case "unknown":
      if (written === "") issues.add("emptyName", index, columns.name, say(M.emptyName, locale));
      else issues.add("notInCounty", index, columns.name, unit.suggestion ? say(M.nearMiss, locale, written, unit.suggestion) : say(M.notInCounty, locale, written), written);
      return;
  }
}

/** The row's figure: required of a unit (and not 0 for a municipality or district), read if there is one for the others. */
function readFigure(row: readonly CellInput[], index: number, unit: UnitRecognition, site: TableSite): number | null {
  const { issues, columns } = site;
  const { locale } = issues;
  const cell = row[columns.population];
  const isUnit = unit.kind === "municipality" || unit.kind === "district" || unit.kind === "rest";
  if (!isUnit && cellText(cell) === "") return null;
  if (!isUnit && !["aggregate", "outside"].includes(unit.kind)) return null;
  const reading = readPopulation(cell, locale, unit.kind === "aggregate" ? "populationTotal" : "population");
  if (!reading.ok) {
    issues.add(reading.code, index, columns.population, reading.reason, reading.value);
    return null;
  }
  if (reading.value === 0 && (unit.kind === "municipality" || unit.kind === "district")) {
    issues.add("zeroPopulation", index, columns.population, say(M.zeroPopulation, locale, unit.name), "0");
    return null;
  }
  return reading.value;
}

/** A type column, where there is one, must say what the closed list says the row is (aggregates and other counties aside). */
function checkType(row: readonly CellInput[], index: number, unit: UnitRecognition, site: TableSite): void {
  const { issues, columns } = site;
  if (columns.kind === undefined) return;
  const text = cellText(row[columns.kind]);
  if (text === "" || unit.kind === "aggregate" || unit.kind === "outside") return;
  const kind = KIND_WORDS[text.toLocaleLowerCase("sv-SE").replace(/\s+/g, " ")];
  if (kind === undefined) {
    issues.add("unknownType", index, columns.kind, say(M.unknownType, issues.locale, text), text);
  } else if ((unit.kind === "municipality" || unit.kind === "district" || unit.kind === "rest") && kind !== unit.kind) {
    issues.add("wrongType", index, columns.kind, say(M.wrongType, issues.locale, unit.name, unit.kind, text), text);
  }
}

/** A date cell: an ISO date (a time of midnight after it is fine), a year, or Excel's serial number of a day. */
function readDateCell(value: CellInput): string | undefined {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return isoDate(value, 12, 31);
    if (Number.isInteger(value) && value > 2100 && value < 80000) return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
    return undefined;
  }
  const text = cellText(value).replace(/[T ]00:00(:00(\.0+)?)?Z?$/, "");
  if (/^\d{4}$/.test(text)) return isoDate(Number(text), 12, 31);
  const reading = readDateParameter(text, "sv");
  return reading.ok ? reading.value : undefined;
}

/** The table's date: every date cell the same, and the same as the population column's year when it has one. */
function datedBy(input: TableInput, header: PopulationHeader, site: TableSite, body: readonly number[]): Pick<TableReading, "date"> {
  const { issues, columns } = site;
  const { locale } = issues;
  let date: TableReading["date"] = header.columnDate !== undefined ? { value: header.columnDate, index: header.index, column: columns.population } : undefined;
  if (columns.date === undefined) return date ? { date } : {};
  for (const index of body) {
    const value = input.rows[index][columns.date];
    if (cellText(value) === "") continue;
    const read = readDateCell(value);
    if (read === undefined) {
      issues.add("notADate", index, columns.date, say(M.notADate, locale, cellText(value)), cellText(value));
    } else if (!date) {
      date = { value: read, index, column: columns.date };
    } else if (read !== date.value) {
      const where = date.index === header.index ? say(M.dateOfHeader, locale) : say(M.dateOfRow, locale, issues.rowNumber(date.index));
      issues.add("mixedDates", index, columns.date, say(M.mixedDates, locale, read, date.value, where), cellText(value));
    }
  }
  return date ? { date } : {};
}
