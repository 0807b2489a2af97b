import { cellAddress, readArea, readCellAddress } from "../formula";
import type { Context } from "./context";
import type { DetectedTable } from "./detect";
import { CHECK_MESSAGES as M, localized } from "./messages";
import type { CellGrid } from "./types";

/*
 * Merged cells, read honestly: a merged range is one cell, its top-left, and holds one value (the
 * readers give the other cells of the range as empty, never the top-left's value again). Where a
 * merged range takes in figure cells of a checked table besides its top-left, the report says so:
 * those cells are empty and not checked.
 */

export function reportMergedCells(grids: readonly CellGrid[], checked: readonly DetectedTable[], context: Context): void {
  const sameSheet = (a: string | undefined, b: string | undefined) => (a ?? "").toLocaleLowerCase("sv-SE") === (b ?? "").toLocaleLowerCase("sv-SE");
  for (const table of checked) {
    const ranges = grids.filter((grid) => sameSheet(grid.sheet, table.sheet)).flatMap((grid) => grid.merged ?? []);
    if (ranges.length === 0) continue;
    const cells = [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])].flatMap((row) =>
      Object.entries(row.cells).flatMap(([key, cell]) => {
        const at = cell ? readCellAddress(cell.address) : undefined;
        return cell && at ? [{ address: cell.address, at, header: table.columns[key as keyof typeof table.columns]!.header }] : [];
      }),
    );
    for (const range of new Set(ranges)) {
      const area = readArea(range);
      if (!area) continue;
      const topLeft = cellAddress(area.left, area.top);
      const inside = cells.filter(({ at }) => at.row >= area.top && at.row <= area.bottom && at.column >= area.left && at.column <= area.right && cellAddress(at.column, at.row) !== topLeft);
      if (inside.length === 0) continue;
      const others = inside.map((cell) => `${cell.address} (${cell.header})`);
      context.problems.push({ severity: "warning", code: "mergedCells", ...(table.sheet ? { sheet: table.sheet } : {}), address: range, message: localized(M.mergedCells, range, topLeft, others) });
    }
  }
}
