import type { ExcelDouble } from "../excel-double";
import { excelText, type Locale } from "../i18n";
import { areaAddress, columnLetter, parseArea } from "../formula";

/*
 * A sheet of the double as Excel would show it: from A1 to the end of its used range, each cell's
 * value under its number format in the page's language ("54 931 kr", "3,97%"). Read through the
 * double's readers (outside the Excel API: nothing is recorded, no sync is counted), so looking at
 * the workbook changes nothing a test measures.
 */

/** What the grid reads: the double's own readers. */
export type GridSource = Pick<ExcelDouble, "snapshot" | "sheet" | "values" | "numberFormats" | "activeSheet">;

export interface GridCell {
  readonly text: string;
  /** Numbers (and dates) stand to the right, as in Excel. */
  readonly numeric: boolean;
}

export interface SheetGrid {
  readonly name: string;
  /** Column letters, from A. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly number: number; readonly cells: readonly GridCell[] }[];
  /** True when the sheet goes on past the rows or columns shown. */
  readonly clipped: boolean;
}

/** At most this much of a sheet is shown: a county is well under a thousand rows. */
export const GRID_LIMITS = { rows: 500, columns: 40 } as const;

/** The visible sheets, in the workbook's order (one look at the whole workbook, not one per sheet). */
export function visibleSheets(source: GridSource): string[] {
  return source
    .snapshot()
    .sheets.filter((sheet) => sheet.visibility === "Visible")
    .map((sheet) => sheet.name);
}

/** One sheet as Excel would show it, or an empty grid for an empty sheet. */
export function sheetGrid(source: GridSource, name: string, locale: Locale, limits: { rows: number; columns: number } = GRID_LIMITS): SheetGrid {
  const used = source.sheet(name)?.usedRange;
  if (!used) return { name, columns: [], rows: [], clipped: false };
  const area = parseArea(used.replace(/\$/g, ""));
  const bottom = Math.min(area.bottom, limits.rows);
  const right = Math.min(area.right, limits.columns - 1);
  const address = areaAddress({ top: 1, left: 0, bottom, right });
  const values = source.values(name, address);
  const formats = source.numberFormats(name, address);
  return {
    name,
    columns: Array.from({ length: right + 1 }, (_, column) => columnLetter(column)),
    rows: values.map((line, r) => ({
      number: r + 1,
      cells: line.map((value, c) => ({ text: excelText(value, formats[r][c], locale), numeric: typeof value === "number" })),
    })),
    clipped: bottom < area.bottom || right < area.right,
  };
}
