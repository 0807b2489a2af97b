import { chmodSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../../src/files/libreoffice";
import type { Locale } from "../../src/i18n/locale";
import { planTexts } from "../../src/workbook";

/*
 * LibreOffice as an independent spreadsheet: it opens an .xlsx, recalculates every formula and saves
 * it again (src/files/libreoffice.ts forces recalculation on load, so the cross-check never compares
 * the engine with itself).
 *
 * It runs in the workbook's language, as the workbook's reader would: FIXED (Årskostnad's paragraph)
 * writes figures with the reader's separators, "35 028" in Swedish and "35,028" in English, and the
 * plan caches the text in its own language. The language is the one the file's sheet names are in
 * (Parameters for English, else Swedish), unless the caller gives it.
 */

const LIBREOFFICE_LOCALE: Readonly<Record<Locale, string>> = { sv: "sv_SE.UTF-8", en: "en_US.UTF-8" };

async function localeOf(path: string): Promise<Locale> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.some((sheet) => sheet.name === planTexts("en").sheetNames.parameters) ? "en" : "sv";
}

/**
 * soffice in a language: a small script that starts it with LC_ALL set (soffice takes its locale from
 * the environment it starts in, and a test's process.env does not reach the child processes jest starts).
 */
function sofficeIn(soffice: string, locale: Locale): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-locale-"));
  const script = join(dir, "soffice");
  writeFileSync(script, `#!/bin/sh\nLC_ALL=${LIBREOFFICE_LOCALE[locale]} exec "${soffice}" "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

/** Converts `input` (.xlsx) to a recalculated .xlsx in a fresh directory and returns its path. */
export async function recalculateWithLibreOffice(soffice: string, input: string, locale?: Locale): Promise<string> {
  return convertWithLibreOffice(sofficeIn(soffice, locale ?? (await localeOf(input))), input, "xlsx:Calc MS Excel 2007 XML");
}
