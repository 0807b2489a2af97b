import { readFile } from "fs/promises";
import { basename } from "path";
import ExcelJS from "exceljs";
import { readCellAddress } from "../formula";
import { sparseGrids, BOOK_MESSAGES as B, CHECK_MESSAGES as M, localized, type UsedCell, type CellGrid, type CellValue, type LocalizedText, type WorkbookFacts } from "../check";
import type { Locale } from "../i18n";
import { planTexts } from "../workbook";
import { convertWithLibreOffice, findSoffice } from "./libreoffice";
import { NotAWorkbookPackage, readXlsxPackage, type XlsxPackage } from "./xlsxPackage";

/*
 * An .xlsx file into grids for the checker: every sheet, hidden ones too (each says it is hidden),
 * as its blocks of used cells (src/check/blocks.ts) with values (a formula's saved result), number
 * formats, formulas, the formulas without a saved result, merged ranges and hidden rows and columns;
 * the workbook's defined names as written; and what is known of the file (WorkbookFacts): what saved
 * it, whether it asks to be recalculated, the other workbooks its formulas refer to.
 *
 * A valid workbook ExcelJS cannot read is read as LibreOffice saves it again (its saved values
 * kept), and said so; with `recalculate`, LibreOffice recalculates the file and every formula whose
 * saved value differs is marked (CellGrid.stale) with the recalculated value in its place.
 */

/** Why an .xlsx file could not be read: the message names it; the CLI exits 2. */
export class XlsxReadError extends Error {
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.name = "XlsxReadError";
    this.text = text;
  }
}

export interface ReadOptions {
  /** Only this sheet is searched for tables; the others are read for the formulas that refer to them. */
  readonly sheet?: string;
  /** Recalculate the file with LibreOffice first and mark every formula whose saved value differs. */
  readonly recalculate?: boolean;
  /** Where soffice is (default: findSoffice()). */
  readonly soffice?: string;
}

export interface ReadWorkbook {
  readonly grids: CellGrid[];
  readonly facts: WorkbookFacts;
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

/** The package of the file, or an XlsxReadError saying what it is. */
async function packageOf(path: string, bytes: Buffer): Promise<XlsxPackage> {
  try {
    return await readXlsxPackage(bytes);
  } catch (error) {
    throw new XlsxReadError(localized(error instanceof NotAWorkbookPackage ? B.notAWorkbook : M.damagedXlsx, path));
  }
}

/** ExcelJS's workbook of a package, or undefined when ExcelJS cannot read it. */
async function excelJsWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return undefined;
  }
}

/**
 * The language a workbook's text formulas are recalculated in: the add-in's English workbook has its
 * English parameters sheet, anything else is read as Swedish (FIXED writes "35 028" in sv, "35,028" in en).
 */
export function workbookLocale(sheetNames: readonly string[]): Locale {
  return sheetNames.includes(planTexts("en").sheetNames.parameters) ? "en" : "sv";
}

/** The file as LibreOffice saves it again (its values kept, or recalculated in `locale`), read by ExcelJS; undefined without LibreOffice. */
async function throughLibreOffice(path: string, soffice: string | undefined, recalculate: boolean, locale: Locale): Promise<ExcelJS.Workbook | undefined> {
  if (!soffice) return undefined;
  try {
    const converted = await convertWithLibreOffice(soffice, path, "xlsx:Calc MS Excel 2007 XML", locale, 180_000, { recalculate });
    return await excelJsWorkbook((await readXlsxPackage(await readFile(converted))).bytes);
  } catch {
    return undefined;
  }
}

/** The grids and facts of an .xlsx file. */
export async function readXlsxWorkbook(path: string, bytes: Buffer, options: ReadOptions = {}): Promise<ReadWorkbook> {
  const pkg = await packageOf(path, bytes);
  const soffice = options.soffice ?? findSoffice();
  let workbook = await excelJsWorkbook(pkg.bytes);
  let readThrough: string | undefined;
  if (!workbook) {
    workbook = await throughLibreOffice(path, soffice, false, "sv");
    if (!workbook) throw new XlsxReadError(localized(soffice ? B.unreadableWorkbook : B.unreadableWorkbookNoLibreOffice, path));
    readThrough = "LibreOffice";
  }
  const worksheets = workbook.worksheets;
  const asked = (worksheet: ExcelJS.Worksheet) => options.sheet === undefined || worksheet.name.toLocaleLowerCase("sv-SE") === options.sheet.toLocaleLowerCase("sv-SE");
  if (options.sheet !== undefined && !worksheets.some(asked)) {
    throw new XlsxReadError(localized(M.noSuchSheet, path, options.sheet, worksheets.map((worksheet) => worksheet.name).join(", ")));
  }
  const names = pkg.names;
  let grids = worksheets.flatMap((worksheet) => {
    const state = pkg.sheets.find((sheet) => sheet.name === worksheet.name)?.state ?? worksheet.state;
    return worksheetGrids(worksheet, pkg.emptyTextResults.get(worksheet.name)).map((grid) => ({
      ...grid,
      ...(state === "hidden" || state === "veryHidden" ? { visibility: state } : {}),
      ...(names.length > 0 ? { names } : {}),
      ...(asked(worksheet) ? {} : { referenceOnly: true }),
    }));
  });
  let filled = 0;
  if (options.recalculate) {
    const recalculated = await throughLibreOffice(path, soffice, true, workbookLocale(worksheets.map((worksheet) => worksheet.name)));
    if (!recalculated) throw new XlsxReadError(localized(soffice ? B.cannotRecalculate : B.recalculateNeedsLibreOffice, path));
    filled = grids.reduce((count, grid) => count + (grid.uncalculated?.length ?? 0), 0);
    grids = withRecalculated(grids, recalculated);
  }
  const facts: WorkbookFacts = {
    file: basename(path),
    producer: {
      ...(pkg.application !== undefined ? { application: pkg.application } : {}),
      ...(pkg.appVersion !== undefined ? { version: pkg.appVersion } : {}),
      ...(pkg.recalculateOnOpen ? { recalculateOnOpen: true } : {}),
      ...(pkg.lastModifiedBy !== undefined ? { lastModifiedBy: pkg.lastModifiedBy } : {}),
    },
    ...(options.recalculate ? { recalculatedBy: "LibreOffice", valuesFilled: filled } : {}),
    ...(readThrough ? { readThrough } : {}),
    ...(pkg.externalBooks.length > 0 ? { externalBooks: pkg.externalBooks } : {}),
  };
  return { grids, facts };
}

/**
 * One sheet as grids, one per block of used cells (src/check/blocks.ts): values (a formula's cached
 * result), number formats, formulas, the formulas without a result, the merged ranges, the hidden rows
 * and columns. Only the cells the file holds are visited, so a stray cell at A1048576 costs one cell.
 */
function worksheetGrids(worksheet: ExcelJS.Worksheet, emptyTextResults: ReadonlySet<string> = new Set()): CellGrid[] {
  const used: UsedCell[] = [];
  const uncalculated: string[] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged range is one cell, its top-left: ExcelJS hands every other cell of it the top-left's value.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cellFormula(cell);
      // A formula's result through cell.result: cell.value copies only truthy fields (ExcelJS 4.4's FormulaValue._copyModel), so a cached 0 or FALSE would read as missing.
      // A saved empty text is "" as Excel's Range.values gives it (xlsxPackage.ts: ExcelJS reads it as no result).
      const savedEmptyText = formula !== undefined && cell.result === undefined && emptyTextResults.has(cell.address);
      const value = savedEmptyText ? "" : formula !== undefined ? excelJsValue({ formula, result: cell.result } as ExcelJS.CellFormulaValue) : excelJsValue(cell.value);
      if (formula !== undefined && value === null && cell.result === undefined) uncalculated.push(cell.address);
      used.push({ row: rowNumber, column: columnNumber - 1, value, numberFormat: cell.numFmt ?? null, ...(formula ? { formula } : {}) });
    });
  });
  const hiddenColumns = (worksheet.columns ?? []).flatMap((column) => (column.hidden && column.number !== undefined ? [column.number - 1] : []));
  const merged = ((worksheet.model as { merges?: string[] }).merges ?? []).filter((range) => range.includes(":"));
  return sparseGrids(worksheet.name, used, {
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
    ...(merged.length > 0 ? { merged } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
  });
}

/** A cell's formula as Range.formulas gives it ("=SUM(E5:E30)"), a shared formula translated to its cell; undefined without one. */
function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value === null || typeof value !== "object" || !("formula" in value || "sharedFormula" in value)) return undefined;
  const formula = cell.formula;
  return formula ? `=${formula}` : undefined;
}

/** Two saved values are the same figure: numbers to 1e-9 of their size, texts as written. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? "") === (b ?? "");
}

/**
 * The grids with every formula's recalculated value in place of its saved one: where the two differ
 * the cell is stale (its saved value kept beside it); where the file saved none it now has one.
 */
function withRecalculated(grids: readonly CellGrid[], recalculated: ExcelJS.Workbook): CellGrid[] {
  return grids.map((grid) => {
    const sheet = recalculated.getWorksheet(grid.sheet ?? "");
    if (!sheet || !grid.formulas) return grid;
    const { column: left, row: top } = readCellAddress(grid.anchor ?? "A1")!;
    const stale: { address: string; saved: CellValue }[] = [];
    const values = grid.values.map((row, r) =>
      row.map((saved, c) => {
        if (!grid.formulas![r]?.[c]) return saved;
        const cell = sheet.getCell(top + r, left + c + 1);
        const value = excelJsValue(cell.value);
        // A function LibreOffice does not have is no stale value: the saved one stays.
        if (value === "#NAME?") return saved;
        if (!sameValue(saved, value) && !grid.uncalculated?.includes(cell.address)) stale.push({ address: cell.address, saved });
        return value;
      }),
    );
    const { uncalculated: _uncalculated, ...rest } = grid;
    return { ...rest, values, ...(stale.length > 0 ? { stale } : {}) };
  });
}
