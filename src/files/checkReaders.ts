import { basename, extname } from "path";
import ExcelJS from "exceljs";
import { CHECK_MESSAGES as M, localized } from "../check/messages";
import type { CellGrid, CellValue, DefinedName, LocalizedText } from "../check/types";
import { headerRowIndexes } from "../check/detect";
import { beyondHeader, overrunReason } from "../input/overrun";
import { decodeCsvBytes, parseCsvText, readFileBytes } from "./csv";

/*
 * Files into grids for the checker (Node only: the CLI and tests). A CSV is one grid named after the
 * file, read by the product's one CSV reader (./csv.ts); an .xlsx gives one grid per sheet (or the one
 * asked for, the others read for the formulas that refer to them), values or formula results as
 * ExcelJS stores them, with number formats so a 0,0397 under "0.00%" reads as 3,97 %, the formulas,
 * the formulas without a calculated value, the merged ranges and the workbook's defined names.
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

/** An ExcelJS cell value as Range.values would give it (formula → its cached result). */
export function excelJsValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as ExcelJS.CellErrorValue).error);
      return excelJsValue(result as ExcelJS.CellValue);
    }
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** The grids of an .xlsx file: every sheet with content, or only `sheet` (an error names the sheets there are); the other sheets are read for the formulas to follow. */
export async function readXlsxGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  const bytes = await bytesOf(path);
  const sniffed = sniff(bytes);
  const refused = refusedFile(path, sniffed, false);
  if (refused) throw refused;
  if (sniffed !== "zip") throw new CheckReadError(path, localized(decodeCsvBytes(bytes).ok && !bytes.includes(0) ? M.textNamedXlsx : M.damagedXlsx, path));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CheckReadError(path, localized(M.damagedXlsx, path));
  }
  const sheets = workbook.worksheets.filter((worksheet) => worksheet.state !== "veryHidden");
  const asked = (worksheet: ExcelJS.Worksheet) => sheet === undefined || worksheet.name.toLocaleLowerCase("sv-SE") === sheet.toLocaleLowerCase("sv-SE");
  if (sheet !== undefined && !sheets.some(asked)) {
    const names = sheets.map((worksheet) => worksheet.name).join(", ");
    throw new CheckReadError(path, localized(M.noSuchSheet, path, sheet, names), sheet);
  }
  const names = definedNames(workbook);
  return sheets.map((worksheet) => ({ ...worksheetGrid(worksheet), ...(names.length > 0 ? { names } : {}), ...(asked(worksheet) ? {} : { referenceOnly: true }) }));
}

/** One sheet as a grid: values (a formula's cached result), number formats, formulas, the formulas without a result, the merged ranges. */
function worksheetGrid(worksheet: ExcelJS.Worksheet): CellGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const uncalculated: string[] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const line: CellValue[] = [];
    const formats: (string | null)[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range is one cell, its top-left: ExcelJS hands every other cell of it the top-left's value.
      const merged = cell.type === ExcelJS.ValueType.Merge;
      const formula = merged ? undefined : cellFormula(cell);
      // A formula's result through cell.result: cell.value copies only truthy fields (ExcelJS 4.4's FormulaValue._copyModel), so a cached 0 or FALSE would read as missing.
      const value = merged ? null : formula !== undefined ? excelJsValue({ formula, result: cell.result } as ExcelJS.CellFormulaValue) : excelJsValue(cell.value);
      if (formula !== undefined && value === null && cell.result === undefined) uncalculated.push(cell.address);
      line.push(value);
      formats.push(cell.numFmt ?? null);
      rowFormulas.push(formula ?? null);
    }
    values.push(line);
    numberFormats.push(formats);
    formulas.push(rowFormulas);
  }
  const merged = ((worksheet.model as { merges?: string[] }).merges ?? []).filter((range) => range.includes(":"));
  return {
    sheet: worksheet.name,
    anchor: "A1",
    values,
    numberFormats,
    formulas,
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
    ...(merged.length > 0 ? { merged } : {}),
  };
}

/** A cell's formula as Range.formulas gives it ("=SUM(E5:E30)"), a shared formula translated to its cell; undefined without one. */
function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value === null || typeof value !== "object" || !("formula" in value || "sharedFormula" in value)) return undefined;
  const formula = cell.formula;
  return formula ? `=${formula}` : undefined;
}

/** The workbook's defined names that ExcelJS keeps (those naming ranges), as "=Sheet!$B$6". */
function definedNames(workbook: ExcelJS.Workbook): DefinedName[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model ?? [];
  return model
    .filter((entry) => entry.ranges.length > 0 && !entry.name.startsWith("_xlnm."))
    .map((entry) => ({
      name: entry.name,
      formula: `=${entry.ranges.join(",")}`,
      ...(entry.localSheetId !== undefined && workbook.worksheets[entry.localSheetId] ? { sheet: workbook.worksheets[entry.localSheetId].name } : {}),
    }));
}

/** Reads a .csv or .xlsx file into grids by its extension. */
export async function readGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return [await readCsvGrid(path)];
  if (extension === ".xlsx" || extension === ".xlsm") return readXlsxGrids(path, sheet);
  throw new CheckReadError(path, localized(M.notCheckable, path));
}
