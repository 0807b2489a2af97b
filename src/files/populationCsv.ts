import type { CountyPopulation } from "../engine";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { INPUT_MESSAGES as M } from "../input/messages";
import {
  MAX_DATA_ROWS,
  parsePopulationRows,
  type ParsedRow,
  type PopulationDerivations,
  type PopulationIssue,
  type PopulationIssueCode,
} from "../input/populationRows";
import { cellAddress } from "../workbook/a1";
import { decodeCsvBytes, parseCsvText, readFileBytes, type FileRefusal } from "./csv";

/*
 * The population file of the headless command: a CSV file (read by the one CSV reader, ./csv.ts) with
 * a header row (namn, typ, invånare, optional kod), its rows read with the same rules as a range in
 * the task pane (src/input/populationRows.ts). A file of more than MAX_FILE_BYTES, or of more than
 * MAX_DATA_ROWS data rows, is refused with one issue before it is parsed.
 */

/** What can be wrong with the file itself, before any row is read. */
export type CsvFileIssueCode = "fileNotFound" | "fileUnreadable" | "notUtf8" | "csvSyntax" | "fileTooLarge";

/**
 * The largest population file read: 2 MB. The county's 40-odd units take about 1 kB; a file this
 * size is some other file (and would take seconds and gigabytes to build into a workbook).
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Files above this size are refused without being read at all (their rows are not counted). */
const UNREAD_FILE_BYTES = 64 * 1024 * 1024;

export interface PopulationFileIssue extends Omit<PopulationIssue, "code" | "message"> {
  readonly code: PopulationIssueCode | CsvFileIssueCode;
  /** The file as the user named it. */
  readonly file: string;
  /** The full message, starting with the file: "befolkning.csv: Rad 5, kolumn ”invånare” (C5): …". */
  readonly message: string;
}

export type PopulationCsvResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly county: CountyPopulation;
      readonly rows: readonly ParsedRow[];
      /** Present when a figure is computed from the file (Stockholm from its districts and rest post). */
      readonly derived?: PopulationDerivations;
    }
  | {
      readonly ok: false;
      readonly file: string;
      /** At most MAX_LISTED_ISSUES row issues, then one "moreIssues" issue counting the rest. */
      readonly issues: readonly PopulationFileIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      readonly rows: readonly ParsedRow[];
    };

export interface PopulationCsvOptions {
  /** The file's name for the messages (as the user wrote it). */
  readonly file: string;
  readonly locale?: Locale;
  readonly stockholmTotal?: number;
  /** The figures are SCB's of 2025 or later (see PopulationRowsOptions.scbNoise). */
  readonly scbNoise?: boolean;
}

function fileIssue(file: string, code: CsvFileIssueCode | PopulationIssueCode, row: number, reason: string, locale: Locale): PopulationFileIssue {
  const where = row > 0 ? say(M.fileLine, locale, row) : "";
  return { code, file, row, reason, message: `${file}: ${where}${reason}.` };
}

/** The refusal of a file with its one issue. */
function refused(file: string, issue: PopulationFileIssue): PopulationCsvResult {
  return { ok: false, file, issues: [issue], issueCount: 1, rows: [] };
}

/** Lines of a file: its line breaks, plus a last line without one. */
function countLines(input: string | Uint8Array): number {
  let lines = 0;
  if (typeof input === "string") {
    for (let at = input.indexOf("\n"); at >= 0; at = input.indexOf("\n", at + 1)) lines++;
    return lines + (input.length > 0 && !input.endsWith("\n") ? 1 : 0);
  }
  for (let at = input.indexOf(0x0a); at >= 0; at = input.indexOf(0x0a, at + 1)) lines++;
  return lines + (input.length > 0 && input[input.length - 1] !== 0x0a ? 1 : 0);
}

function fileTooLarge(file: string, bytes: number, rows: number | undefined, locale: Locale): PopulationFileIssue {
  return fileIssue(file, "fileTooLarge", 0, say(M.fileTooLarge, locale, bytes, rows, MAX_FILE_BYTES, MAX_DATA_ROWS), locale);
}

/**
 * The records of CSV text that hold something other than delimiters, quotes and spaces, header
 * included; line breaks inside quotes do not start a record. A quick count before the parser runs.
 */
function countFilledRecords(text: string): number {
  let records = 0;
  let filled = false;
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      quoted = !quoted;
    } else if (!quoted && (code === 0x0a || code === 0x0d)) {
      if (filled) records++;
      filled = false;
    } else if (!filled && code !== 0x3b && code !== 0x2c && code !== 0xfeff && !/\s/.test(text[at])) {
      filled = true;
    }
  }
  return records + (filled ? 1 : 0);
}

/** The text of the file, or the issue refusing its encoding. */
function decode(input: string | Uint8Array, file: string, locale: Locale): string | PopulationFileIssue {
  if (typeof input === "string") return input;
  const decoded = decodeCsvBytes(input);
  if (decoded.ok) return decoded.text;
  return fileIssue(file, "notUtf8", 0, say(decoded.problem === "utf16" ? M.utf16 : M.notUtf8, locale), locale);
}

/**
 * Parses the text (or bytes) of a population CSV; every issue names the file, row and column. A file
 * over MAX_FILE_BYTES or MAX_DATA_ROWS is refused with one issue before it is parsed.
 */
export function parsePopulationCsv(input: string | Uint8Array, options: PopulationCsvOptions): PopulationCsvResult {
  const locale: Locale = options.locale ?? "sv";
  const { file } = options;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > MAX_FILE_BYTES) return refused(file, fileTooLarge(file, size, countLines(input), locale));
  const text = decode(input, file, locale);
  if (typeof text !== "string") return refused(file, text);
  // The header is one of the filled records.
  const dataRows = countFilledRecords(text) - 1;
  if (dataRows > MAX_DATA_ROWS) return refused(file, fileIssue(file, "tooManyRows", 0, say(M.tooManyFileRows, locale, dataRows, MAX_DATA_ROWS), locale));

  const parsed = parseCsvText(text);
  if (!parsed.ok) {
    const reason =
      parsed.problem === "quoteNotClosed" ? say(M.quoteNotClosed, locale) : parsed.problem === "textAfterClosingQuote" ? say(M.textAfterClosingQuote, locale) : say(M.notCsv, locale, parsed.detail);
    return refused(file, fileIssue(file, "csvSyntax", parsed.line, reason, locale));
  }
  // A record's row is the line it starts on.
  const { records } = parsed;
  const lineOf = (index: number) => records[index]?.line ?? index + 1;
  const result = parsePopulationRows(
    records.map((record) => record.fields),
    { locale, stockholmTotal: options.stockholmTotal, scbNoise: options.scbNoise === true, rowNumber: lineOf, cellAddress: (rowIndex, columnIndex) => cellAddress(columnIndex, lineOf(rowIndex)) },
  );
  if (result.ok) return { ok: true, file, county: result.county, rows: result.rows, ...(result.derived ? { derived: result.derived } : {}) };
  return {
    ok: false,
    file,
    rows: result.rows,
    issues: result.issues.map((issue) => ({ ...issue, file, message: `${file}: ${issue.message}` })),
    issueCount: result.issueCount,
  };
}

/** The issue of a file that could not be read at all. */
function unreadFile(file: string, refusal: FileRefusal, locale: Locale): PopulationFileIssue {
  switch (refusal.problem) {
    case "notFound":
      return fileIssue(file, "fileNotFound", 0, say(M.fileNotFound, locale), locale);
    case "unreadable":
      return fileIssue(file, "fileUnreadable", 0, say(M.fileUnreadable, locale, refusal.reason), locale);
    case "tooLarge":
      return fileTooLarge(file, refusal.bytes, undefined, locale);
  }
}

/** Reads and parses a population CSV file; a missing or unreadable file is an issue, not a throw. */
export async function readPopulationCsv(path: string, options: Omit<PopulationCsvOptions, "file"> & { readonly file?: string } = {}): Promise<PopulationCsvResult> {
  const locale: Locale = options.locale ?? "sv";
  const file = options.file ?? path;
  // A file far too large is refused by its size alone, not read into memory.
  const read = await readFileBytes(path, { refuseAbove: UNREAD_FILE_BYTES });
  if (!read.ok) return refused(file, unreadFile(file, read, locale));
  return parsePopulationCsv(read.bytes, { ...options, file, locale });
}
