import { stat } from "fs/promises";
import { basename, extname } from "path";
import ExcelJS from "exceljs";
import { CHECK_MESSAGES as M, localized } from "../check/messages";
import type { CellGrid, CellValue, LocalizedText } from "../check/types";
import { decodeCsvBytes, parseCsvText, readFileBytes } from "./csv";

/*
 * Files into grids for the checker (Node only: the CLI and tests). A CSV is one grid named after the
 * file, read by the product's one CSV reader (./csv.ts); an .xlsx gives one grid per sheet (or the one
 * asked for), values or formula results as ExcelJS stores them, with number formats so a 0,0397
 * under "0.00%" reads as 3,97 %.
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

/** A CSV file (UTF-8, with or without BOM) as one grid named after the file. */
export async function readCsvGrid(path: string, name = basename(path)): Promise<CellGrid> {
  const file = await readFileBytes(path);
  if (!file.ok) throw file.problem === "notFound" ? missing(path) : new CheckReadError(path, localized(M.fileUnreadable, path, "reason" in file ? file.reason : file.problem));
  // A file in UTF-16 gets the same advice as any other encoding: save it as "CSV UTF-8".
  const text = decodeCsvBytes(file.bytes);
  if (!text.ok) throw new CheckReadError(path, localized(M.notUtf8, path));
  const parsed = parseCsvText(text.text);
  if (!parsed.ok) throw new CheckReadError(path, localized(M.notCsv, path, parsed.detail));
  return { sheet: name, anchor: "A1", values: parsed.records.map((record) => record.fields) };
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

/** The grids of an .xlsx file: every sheet with content, or only `sheet` (an error names the sheets there are). */
export async function readXlsxGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  try {
    await stat(path);
  } catch {
    throw missing(path);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new CheckReadError(path, localized(M.notXlsx, path, (error as Error).message));
  }
  const sheets = workbook.worksheets.filter((worksheet) => worksheet.state !== "veryHidden");
  const chosen = sheet === undefined ? sheets : sheets.filter((worksheet) => worksheet.name.toLocaleLowerCase("sv-SE") === sheet.toLocaleLowerCase("sv-SE"));
  if (sheet !== undefined && chosen.length === 0) {
    const names = sheets.map((worksheet) => worksheet.name).join(", ");
    throw new CheckReadError(path, localized(M.noSuchSheet, path, sheet, names), sheet);
  }
  return chosen.map((worksheet) => {
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const rows = worksheet.rowCount;
    const columns = worksheet.columnCount;
    for (let r = 1; r <= rows; r++) {
      const row = worksheet.getRow(r);
      const line: CellValue[] = [];
      const formats: (string | null)[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        line.push(excelJsValue(cell.value));
        formats.push(cell.numFmt ?? null);
      }
      values.push(line);
      numberFormats.push(formats);
    }
    return { sheet: worksheet.name, anchor: "A1", values, numberFormats };
  });
}

/** Reads a .csv or .xlsx file into grids by its extension. */
export async function readGrids(path: string, sheet?: string): Promise<CellGrid[]> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return [await readCsvGrid(path)];
  if (extension === ".xlsx" || extension === ".xlsm") return readXlsxGrids(path, sheet);
  throw new CheckReadError(path, localized(M.notCheckable, path));
}
