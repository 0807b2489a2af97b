import { basename, extname } from "path";
import { CHECK_MESSAGES as M, localized, headerRowIndexes, type CellGrid, type LocalizedText } from "../check";
import { beyondHeader, overrunReason } from "../input";
import { decodeCsvBytes, parseCsvText, readFileBytes } from "./csv";
import { readXlsxWorkbook as readWorkbookGrids, type ReadOptions, type ReadWorkbook, XlsxReadError } from "./xlsxGrids";

/** An ExcelJS cell value as Range.values gives it (kept here for the readers of previous amounts). */
export { excelJsValue } from "./xlsxGrids";
export type { ReadOptions, ReadWorkbook } from "./xlsxGrids";

/*
 * Files into grids for the checker (Node only: the CLI and tests). A CSV is one grid named after the
 * file, read by the product's one CSV reader (./csv.ts); an .xlsx is read by ./xlsxGrids.ts: every
 * sheet as its blocks of used cells, with number formats, formulas, names, hidden sheets, rows and
 * columns, and what is known of the file (WorkbookFacts). A file that is not what its name says is
 * refused here with a plain message in the user's language, never the library's text.
 */

/** The rows of CSV text, every field a string (the one CSV reader's; kept here for the checker's tests and fixtures). */
export { csvTextToRows } from "./csv";

/** A file the checker cannot read; the message names the file (and sheet). Exit status 2 in the CLI. */
export class CheckReadError extends Error {
  readonly file: string;
  readonly sheet?: string;
  readonly text: LocalizedText;
  constructor(file: string, text: LocalizedText, sheet?: string) {
    super(text.en);
    this.name = "CheckReadError";
    this.file = file;
    this.text = text;
    if (sheet !== undefined) this.sheet = sheet;
  }
}

function missing(path: string): CheckReadError {
  return new CheckReadError(path, localized(M.fileMissing, path));
}

/** What a file's first bytes say it is, whatever its name: a zip (an .xlsx), an old binary Excel file (encrypted or not), or anything else. */
type Sniffed = "zip" | "encrypted" | "binaryExcel" | "other";

const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function sniff(bytes: Buffer): Sniffed {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2])) return "zip";
  // A password-protected .xlsx is a compound file holding an "EncryptionInfo" stream (its name in UTF-16).
  if (bytes.subarray(0, 8).equals(COMPOUND_FILE)) return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) ? "encrypted" : "binaryExcel";
  return "other";
}

/** A plain message in the user's language for a file that is not what its name says, or that cannot be opened; never the library's text. */
function refusedFile(path: string, sniffed: Sniffed, asCsv: boolean): CheckReadError | undefined {
  if (sniffed === "encrypted") return new CheckReadError(path, localized(M.passwordProtected, path));
  if (sniffed === "binaryExcel") return new CheckReadError(path, localized(M.oldExcel, path));
  if (sniffed === "zip" && asCsv) return new CheckReadError(path, localized(M.xlsxNamedCsv, path));
  return undefined;
}

/** The bytes of a file, or a CheckReadError naming it. */
async function bytesOf(path: string): Promise<Buffer> {
  const file = await readFileBytes(path);
  if (!file.ok) throw file.problem === "notFound" ? missing(path) : new CheckReadError(path, localized(M.fileUnreadable, path, "reason" in file ? file.reason : file.problem));
  return file.bytes;
}

/** A CSV file (UTF-8, with or without BOM) as one grid named after the file. */
export async function readCsvGrid(path: string, name = basename(path)): Promise<CellGrid> {
  const bytes = await bytesOf(path);
  const refused = refusedFile(path, sniff(bytes), true);
  if (refused) throw refused;
  const text = decodeCsvBytes(bytes);
  if (!text.ok) throw new CheckReadError(path, localized(M.notText, path));
  const parsed = parseCsvText(text.text);
  if (!parsed.ok) throw new CheckReadError(path, localized(M.notCsv, path, parsed.problem, parsed.line));
  const values = parsed.records.map((record) => record.fields);
  const overruns = overrunLines(values, parsed.records.map((record) => record.line), parsed.delimiter);
  if (overruns.length > 0) throw new CheckReadError(path, localized(M.fieldsBeyondHeader, path, overruns));
  return { sheet: name, anchor: "A1", values };
}

/**
 * The lines of a CSV file with more fields than the header above them ("Solna,80950,3.45%,47,760"
 * in a comma file): the delimiter split a figure, and every column after it would be read shifted.
 * Each with the figure it probably was ("47,760" → 47 760), in both languages.
 */
function overrunLines(values: readonly (readonly string[])[], lines: readonly number[], delimiter: string): { line: number; reading: LocalizedText }[] {
  const headers = headerRowIndexes(values);
  const found: { line: number; reading: LocalizedText }[] = [];
  headers.forEach((header, index) => {
    const end = headers[index + 1] ?? values.length;
    for (let row = header + 1; row < end; row++) {
      if (!beyondHeader(values[row], values[header])) continue;
      found.push({ line: lines[row], reading: { sv: overrunReason(values[row], values[header], delimiter, "sv"), en: overrunReason(values[row], values[header], delimiter, "en") } });
    }
  });
  return found;
}

/** The grids and facts of an .xlsx file: every sheet (only `options.sheet` searched for tables, when given), read by ./xlsxGrids.ts. */
export async function readXlsxWorkbook(path: string, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const bytes = await bytesOf(path);
  const sniffed = sniff(bytes);
  const refused = refusedFile(path, sniffed, false);
  if (refused) throw refused;
  if (sniffed !== "zip") throw new CheckReadError(path, localized(decodeCsvBytes(bytes).ok && !bytes.includes(0) ? M.textNamedXlsx : M.damagedXlsx, path));
  try {
    return await readWorkbookGrids(path, bytes, options);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new CheckReadError(path, error.text, options.sheet);
    throw error;
  }
}

/** The grids of an .xlsx file (see readXlsxWorkbook). */
export async function readXlsxGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  return (await readXlsxWorkbook(path, sheet !== undefined ? { sheet } : {})).grids;
}

/** Reads a .csv or .xlsx file into grids, and what is known of it, by its extension. */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return { grids: [await readCsvGrid(path)], facts: {} };
  if (extension === ".xlsx" || extension === ".xlsm") return readXlsxWorkbook(path, options);
  throw new CheckReadError(path, localized(M.notCheckable, path));
}

/** Reads a .csv or .xlsx file into grids by its extension. */
export async function readGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  return (await readWorkbook(path, sheet !== undefined ? { sheet } : {})).grids;
}
