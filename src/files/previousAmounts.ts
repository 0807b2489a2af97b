import { stat } from "fs/promises";
import { extname } from "path";
import ExcelJS from "exceljs";
import type { AgreementDeclaration, PreviousPeriod } from "../data";
import type { CountyPopulation } from "../engine";
import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M, MAX_DATA_ROWS, ownTableKind, readWorkbookAmounts, readPreviousAmountTables, type NamedTable, type PreviousAmountIssueCode, type PreviousAmountRow, type PreviousAmountsResult, type PreviousAmountsTable } from "../input";
import { cellAddress, qualifiedAddress, readArea, type CellArea } from "../formula";
import { planTexts } from "../workbook";
import { excelJsValue } from "./checkReaders";
import { csvTableOf, fileIssue, inFile, readCsvTable, unreadFile, type CsvTable, type FileIssue, type SizeWords } from "./csvTable";

/*
 * The previous amounts of `npm run workbook -- --previous FILE` (issue 12): a CSV file with a unit
 * (name or SCB code) and an amount per row, read as the population file is (./csvTable.ts, the same
 * limits), or a workbook the add-in made earlier, whose units' whole yearly amounts are on its
 * Årskostnad (src/input/addinAmounts.ts: the column of the agreement in force in the period asked
 * for, found by the table's name and headers in either language, never by position). Both go to the
 * one reader, src/input/previousAmounts.ts.
 */

/** What can be wrong with a workbook before its rows are read. */
export type WorkbookIssueCode = "notXlsx" | "noTables";

export type PreviousFileIssue = FileIssue<PreviousAmountIssueCode | WorkbookIssueCode>;

/**
 * The largest workbook read: 20 MB. The add-in's workbook is some 100 kB; a user's copy with other
 * sheets may be larger, but not this large (ExcelJS holds the whole workbook in memory).
 */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export interface PreviousFileOptions {
  /** The file's name for the messages (as the user wrote it). */
  readonly file: string;
  /** The population the plan is made for. */
  readonly county: CountyPopulation;
  readonly locale?: Locale;
  /** The period the amounts are asked for (a workbook's Årskostnad gives the agreement's in force then), and the plan's agreements. */
  readonly period: PreviousPeriod;
  readonly agreements: readonly AgreementDeclaration[];
}

export type PreviousFileResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly amounts: Readonly<Record<string, number>>;
      readonly missing: readonly string[];
      readonly rows: readonly PreviousAmountRow[];
      /** The period the file's period column gives, or the one asked for of a workbook's Årskostnad. */
      readonly period?: PreviousPeriod;
    }
  | {
      readonly ok: false;
      readonly file: string;
      /** At most MAX_LISTED_ISSUES row issues, then one "moreIssues" issue counting the rest. */
      readonly issues: readonly PreviousFileIssue[];
      readonly issueCount: number;
      readonly rows: readonly PreviousAmountRow[];
    };

function sizeWords(locale: Locale): SizeWords {
  return {
    tooLarge: (bytes, rows, limitBytes, limitRows) => say(M.previousFileTooLarge, locale, bytes, rows, limitBytes, limitRows),
    tooManyRows: (rows, limit) => say(M.previousTooManyFileRows, locale, rows, limit),
  };
}

function refused(file: string, issue: PreviousFileIssue): PreviousFileResult {
  return { ok: false, file, issues: [issue], issueCount: 1, rows: [] };
}

/** The reader's result with the file in front of every message. */
function inFileResult(file: string, result: PreviousAmountsResult): PreviousFileResult {
  if (result.ok) return { ok: true, file, amounts: result.amounts, missing: result.missing, rows: result.rows, ...(result.period ? { period: result.period } : {}) };
  return { ok: false, file, issues: inFile(file, result.issues), issueCount: result.issueCount, rows: result.rows };
}

function fromCsv(table: CsvTable, options: PreviousFileOptions, locale: Locale): PreviousFileResult {
  if (!table.ok) return refused(options.file, table.issue);
  const { rows, rowNumber, cellAddress: address, delimiter } = table;
  return inFileResult(options.file, readPreviousAmountTables([{ rows, rowNumber, cellAddress: address, delimiter }], { county: options.county, locale }));
}

/** The previous amounts of CSV text (or bytes); every issue names the file, row and column. */
export function parsePreviousAmountsCsv(input: string | Uint8Array, options: PreviousFileOptions): PreviousFileResult {
  const locale: Locale = options.locale ?? "sv";
  return fromCsv(csvTableOf(input, options.file, locale, sizeWords(locale)), options, locale);
}

/** True for the files read as workbooks (by their extension); any other is read as CSV. */
export function isWorkbookFile(path: string): boolean {
  return [".xlsx", ".xlsm"].includes(extname(path).toLowerCase());
}

/** Reads the previous amounts from a CSV file or an earlier workbook (by its extension); a file that cannot be read is an issue, not a throw. */
export async function readPreviousAmountsFile(path: string, options: PreviousFileOptions): Promise<PreviousFileResult> {
  const locale: Locale = options.locale ?? "sv";
  if (!isWorkbookFile(path)) return fromCsv(await readCsvTable(path, options.file, locale, sizeWords(locale)), options, locale);
  const tables = await workbookTables(path, options.file, locale);
  if (!Array.isArray(tables)) return refused(options.file, tables as PreviousFileIssue);
  return inFileResult(options.file, readWorkbookAmounts(tables, { county: options.county, locale, period: options.period, agreements: options.agreements }));
}

/** ExcelJS's table as it is at run time (its typings describe the table one adds, not one read). */
interface ReadTable {
  readonly table?: { readonly name?: string; readonly tableRef?: string; readonly ref?: string; readonly totalsRow?: boolean };
}

/**
 * The add-in's own tables of the workbook, read whole: Årskostnad when it is there (the units' whole
 * yearly amounts), else Kommuner and Stadsdelar (which the reader refuses as the LOU part only);
 * found by their names, their columns by their headers, never by position.
 */
async function workbookTables(path: string, file: string, locale: Locale): Promise<NamedTable[] | FileIssue<WorkbookIssueCode>> {
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadFile(file, code === "ENOENT" ? { ok: false, problem: "notFound" } : { ok: false, problem: "unreadable", reason: code ?? (error as Error).message }, locale, sizeWords(locale));
  }
  if (bytes > MAX_WORKBOOK_BYTES) return { ...fileIssue(file, "fileTooLarge", 0, say(M.previousWorkbookTooLarge, locale, bytes, MAX_WORKBOOK_BYTES), locale) };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const reason = say(M.previousNotXlsx, locale, (error as Error).message.split("\n")[0]);
    return { code: "notXlsx", file, row: 0, reason, message: `${file}: ${reason}.` };
  }
  const found = workbook.worksheets.flatMap((sheet) =>
    (sheet.getTables() as unknown as ReadTable[]).flatMap((table) => {
      const name = table.table?.name ?? "";
      const area = readArea(table.table?.tableRef ?? table.table?.ref ?? "");
      const kind = ownTableKind(name);
      return area && kind ? [{ sheet, name, area, kind, totalsRow: table.table?.totalsRow === true }] : [];
    }),
  );
  const annual = found.filter((one) => one.kind === "annualCost");
  const chosen = annual.length > 0 ? annual : found;
  if (chosen.length === 0) {
    const reason = say(M.previousNoTables, locale, planTexts(locale).sheetNames.annualCost);
    return { code: "noTables", file, row: 0, reason, message: `${file}: ${reason}.` };
  }
  return chosen.map((one) => ({ name: one.name, table: wholeTable(one.sheet, one.area, one.totalsRow) }));
}

/** A table's header and data rows (not its totals row), with the sheet's rows and cells. */
function wholeTable(sheet: ExcelJS.Worksheet, area: CellArea, totalsRow: boolean): PreviousAmountsTable {
  // Rows from 1, columns from 0 (a1.ts); ExcelJS counts both from 1. At most one row past the limit is read.
  const value = (row: number, column: number) => excelJsValue(sheet.getRow(row).getCell(column + 1).value);
  const lastRow = Math.min(area.bottom - (totalsRow ? 1 : 0), area.top + MAX_DATA_ROWS + 1);
  const rows = [];
  for (let row = area.top; row <= lastRow; row++) rows.push(Array.from({ length: area.right - area.left + 1 }, (_, index) => value(row, area.left + index)));
  return {
    rows,
    rowNumber: (rowIndex) => area.top + rowIndex,
    cellAddress: (rowIndex, columnIndex) => qualifiedAddress(sheet.name, cellAddress(area.left + columnIndex, area.top + rowIndex)),
  };
}
