import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../../src/files/libreoffice";
import type { Locale } from "../../src/i18n/locale";
import { workbookLocale } from "../../src/files/xlsxGrids";

/*
 * LibreOffice as an independent spreadsheet: it opens an .xlsx, recalculates every formula and saves
 * it again (src/files/libreoffice.ts forces recalculation on load, so the cross-check never compares
 * the engine with itself).
 *
 * It runs in the workbook's language, as the workbook's reader would, whatever the machine's
 * (src/files/libreoffice.ts sets its locale in the profile): FIXED (Årskostnad's paragraph) writes
 * figures with the reader's separators, "35 028" in Swedish and "35,028" in English, and the plan
 * caches the text in its own language. The language is the one the file's sheet names are in
 * (Parameters for English, else Swedish), unless the caller gives it.
 */

async function localeOf(path: string): Promise<Locale> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbookLocale(workbook.worksheets.map((sheet) => sheet.name));
}

/** Converts `input` (.xlsx) to a recalculated .xlsx in a fresh directory and returns its path. */
export async function recalculateWithLibreOffice(soffice: string, input: string, locale?: Locale): Promise<string> {
  return convertWithLibreOffice(soffice, input, "xlsx:Calc MS Excel 2007 XML", locale ?? (await localeOf(input)));
}
