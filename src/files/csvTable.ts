import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M, MAX_DATA_ROWS, type IssueOf } from "../input";
import { cellAddress } from "../formula";
import { decodeCsvBytes, parseCsvText, readFileBytes, type CsvDelimiter, type CsvEncoding, type FileRefusal } from "./csv";

/*
 * A CSV file as a table for the readers of src/input (the population file, the previous amounts):
 * its size checked first (at most MAX_FILE_BYTES and MAX_DATA_ROWS data rows, each refused in one
 * issue before the file is parsed), then its encoding and its CSV (the one reader, ./csv.ts), and
 * its rows with the line each starts on and the cell address of each field. A file that cannot be
 * read is one issue naming the file, never a throw.
 */

/** What can be wrong with the file itself, before any row is read. */
export type CsvFileIssueCode = "fileNotFound" | "fileUnreadable" | "notText" | "csvSyntax" | "fileTooLarge" | "tooManyRows";

/**
 * The largest file read: 2 MB. The county's 40-odd units take about 1 kB; a file this size is some
 * other file (and would take seconds and gigabytes to build into a workbook).
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Files above this size are refused without being read at all (their rows are not counted). */
export const UNREAD_FILE_BYTES = 64 * 1024 * 1024;

/** An issue of a file read as a table: the reader's own, or the file's; its message starts with the file. */
export interface FileIssue<C extends string> extends Omit<IssueOf<C>, "code" | "message"> {
  readonly code: C | CsvFileIssueCode;
  /** The file as the user named it. */
  readonly file: string;
  /** The full message, starting with the file: "befolkning.csv: Rad 5, kolumn ”invånare” (C5): …". */
  readonly message: string;
}

/** The reader's own words for a file too large and for too many rows ("en befolkningsfil får …"). */
export interface SizeWords {
  readonly tooLarge: (bytes: number, rows: number | undefined, limitBytes: number, limitRows: number) => string;
  readonly tooManyRows: (rows: number, limit: number) => string;
}

export type CsvTable =
  | {
      readonly ok: true;
      /** Every record's fields, the header first. */
      readonly rows: readonly (readonly string[])[];
      /** The line a record starts on, as a text editor shows it. */
      readonly rowNumber: (rowIndex: number) => number;
      /** A field's address as Excel would show the file ("C5"). */
      readonly cellAddress: (rowIndex: number, columnIndex: number) => string;
      /** What the text was read as (UTF-8 when it was given as text). */
      readonly encoding: CsvEncoding;
      /** The delimiter the fields were split at: a row with more fields than its header was split at it once too often. */
      readonly delimiter: CsvDelimiter;
    }
  | { readonly ok: false; readonly issue: FileIssue<never> };

/** An issue of the file, at a line when there is one: "befolkning.csv: rad 2: …". */
export function fileIssue(file: string, code: CsvFileIssueCode, row: number, reason: string, locale: Locale): FileIssue<never> {
  const where = row > 0 ? say(M.fileLine, locale, row) : "";
  return { code, file, row, reason, message: `${file}: ${where}${reason}.` };
}

/** A reader's issues with the file in front of each message. */
export function inFile<C extends string>(file: string, issues: readonly IssueOf<C>[]): FileIssue<C>[] {
  return issues.map((issue) => ({ ...issue, file, message: `${file}: ${issue.message}` }));
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

/** The text of the file and its encoding, or the issue refusing it (no text at all). */
function decode(input: string | Uint8Array, file: string, locale: Locale): { text: string; encoding: CsvEncoding } | FileIssue<never> {
  if (typeof input === "string") return { text: input, encoding: "utf-8" };
  const decoded = decodeCsvBytes(input);
  if (decoded.ok) return decoded;
  return fileIssue(file, "notText", 0, say(M.notText, locale), locale);
}

/** The text (or bytes) of a CSV file as a table; a file over the limits is refused before it is parsed. */
export function csvTableOf(input: string | Uint8Array, file: string, locale: Locale, words: SizeWords): CsvTable {
  const refused = (issue: FileIssue<never>): CsvTable => ({ ok: false, issue });
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
  if (size > MAX_FILE_BYTES) return refused(fileIssue(file, "fileTooLarge", 0, words.tooLarge(size, countLines(input), MAX_FILE_BYTES, MAX_DATA_ROWS), locale));
  const decoded = decode(input, file, locale);
  if (!("text" in decoded)) return refused(decoded);
  const { text, encoding } = decoded;
  // The header is one of the filled records.
  const dataRows = countFilledRecords(text) - 1;
  if (dataRows > MAX_DATA_ROWS) return refused(fileIssue(file, "tooManyRows", 0, words.tooManyRows(dataRows, MAX_DATA_ROWS), locale));
  const parsed = parseCsvText(text);
  if (!parsed.ok) {
    const reason =
      parsed.problem === "quoteNotClosed" ? say(M.quoteNotClosed, locale) : parsed.problem === "textAfterClosingQuote" ? say(M.textAfterClosingQuote, locale) : say(M.notCsv, locale, parsed.detail);
    return refused(fileIssue(file, "csvSyntax", parsed.line, reason, locale));
  }
  // A record's row is the line it starts on.
  const { records } = parsed;
  const rowNumber = (index: number) => records[index]?.line ?? index + 1;
  return {
    ok: true,
    rows: records.map((record) => record.fields),
    rowNumber,
    cellAddress: (rowIndex, columnIndex) => cellAddress(columnIndex, rowNumber(rowIndex)),
    encoding,
    delimiter: parsed.delimiter,
  };
}

/** The issue of a file that could not be read at all. */
export function unreadFile(file: string, refusal: FileRefusal, locale: Locale, words: SizeWords): FileIssue<never> {
  switch (refusal.problem) {
    case "notFound":
      return fileIssue(file, "fileNotFound", 0, say(M.fileNotFound, locale), locale);
    case "unreadable":
      return fileIssue(file, "fileUnreadable", 0, say(M.fileUnreadable, locale, refusal.reason), locale);
    case "tooLarge":
      return fileIssue(file, "fileTooLarge", 0, words.tooLarge(refusal.bytes, undefined, MAX_FILE_BYTES, MAX_DATA_ROWS), locale);
  }
}

/** Reads a CSV file as a table; a file far too large is refused by its size alone, not read into memory. */
export async function readCsvTable(path: string, file: string, locale: Locale, words: SizeWords): Promise<CsvTable> {
  const read = await readFileBytes(path, { refuseAbove: UNREAD_FILE_BYTES });
  if (!read.ok) return { ok: false, issue: unreadFile(file, read, locale, words) };
  return csvTableOf(read.bytes, file, locale, words);
}
