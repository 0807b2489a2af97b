import { columnLetter, readCellAddress } from "../../formula";
import type { Context } from "../context";
import type { DetectedTable } from "../detect";
import { localized } from "../messages";
import type { CellGrid } from "../types";
import { BOOK_MESSAGES as B } from "./messages";

/*
 * What a reader of the workbook does not see: hidden and very hidden sheets (read and searched as
 * the others, and said so), and hidden rows or columns inside a checked table (checked, and said so,
 * each with its cells). The add-in's own very hidden sheet, where highlighting remembers the fills
 * it replaced, is the add-in's: it is neither searched nor reported.
 */

/** The very hidden sheet in which the pane's highlighting remembers the fills it replaced (src/excel/check.ts). */
export const HIGHLIGHT_STORE_SHEET = "Kostnadsdelning_markeringar";

const folded = (sheet: string | undefined) => (sheet ?? "").toLocaleLowerCase("sv-SE");

/** The grids without the add-in's own store sheet. */
export function withoutStoreSheet(grids: readonly CellGrid[]): CellGrid[] {
  return grids.filter((grid) => !(grid.visibility === "veryHidden" && folded(grid.sheet) === folded(HIGHLIGHT_STORE_SHEET)));
}

/** Each hidden sheet once: a warning when it is very hidden or holds a checked table, a note otherwise. */
export function reportHiddenSheets(grids: readonly CellGrid[], checked: readonly DetectedTable[], context: Context): void {
  const said = new Set<string>();
  for (const grid of grids) {
    if (!grid.visibility || said.has(folded(grid.sheet))) continue;
    said.add(folded(grid.sheet));
    const sheet = grid.sheet ?? "";
    const holdsTable = checked.some((table) => folded(table.sheet) === folded(sheet));
    const veryHidden = grid.visibility === "veryHidden";
    context.problems.push({
      severity: veryHidden || holdsTable ? "warning" : "info",
      code: "hiddenSheet",
      sheet,
      message: localized(veryHidden ? B.veryHiddenSheet : B.hiddenSheet, sheet, holdsTable),
    });
  }
}

/** At most this many hidden rows are named in one line. */
const NAMED_ROWS = 10;

/** Hidden rows and columns inside each checked table: one warning for its rows, one for its columns. */
export function reportHiddenCells(grids: readonly CellGrid[], checked: readonly DetectedTable[], context: Context): void {
  for (const table of checked) {
    const onSheet = grids.filter((grid) => folded(grid.sheet) === folded(table.sheet));
    const hiddenRows = new Set(onSheet.flatMap((grid) => grid.hiddenRows ?? []));
    const hiddenColumns = new Set(onSheet.flatMap((grid) => grid.hiddenColumns ?? []));
    const rows = [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])];
    const rowNumber = (address: string) => Number(/\d+$/.exec(address)![0]);
    const hidden = rows.filter((row) => hiddenRows.has(rowNumber(row.address)));
    if (hidden.length > 0) {
      const named = hidden.slice(0, NAMED_ROWS).map((row) => `${rowNumber(row.address)} (${row.label})`);
      context.problems.push({
        severity: "warning",
        code: "hiddenCells",
        ...(table.sheet ? { sheet: table.sheet } : {}),
        address: hidden[0].address,
        message: localized(B.hiddenRows, named, hidden.length - named.length),
      });
    }
    const columns = Object.values(table.columns).flatMap((column) => {
      const at = column ? readCellAddress(column.address) : undefined;
      return column && at && hiddenColumns.has(at.column) ? [{ header: column.header, address: column.address, letter: columnLetter(at.column) }] : [];
    });
    if (columns.length > 0) {
      context.problems.push({
        severity: "warning",
        code: "hiddenCells",
        ...(table.sheet ? { sheet: table.sheet } : {}),
        address: columns[0].address,
        message: localized(B.hiddenColumns, columns.map((column) => `${column.letter} (${column.header})`)),
      });
    }
  }
}
