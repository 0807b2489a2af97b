import { convertWithLibreOffice } from "../../src/files/libreoffice";

/*
 * LibreOffice as an independent spreadsheet: it opens an .xlsx, recalculates every formula and saves
 * it again (src/files/libreoffice.ts forces recalculation on load, so the cross-check never compares
 * the engine with itself).
 */

/** Converts `input` (.xlsx) to a recalculated .xlsx in a fresh directory and returns its path. */
export async function recalculateWithLibreOffice(soffice: string, input: string): Promise<string> {
  return convertWithLibreOffice(soffice, input, "xlsx:Calc MS Excel 2007 XML");
}
