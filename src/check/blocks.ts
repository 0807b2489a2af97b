import { cellAddress, type CellArea } from "../formula";
import type { CellGrid, CellValue } from "./types";

/*
 * A sheet read as the blocks of cells it uses, not as the rectangle from A1 to its last cell: a stray
 * cell at A1048576 or XFD1 beside a table of 30 rows is a second block of one cell, not a million
 * empty rows. The cost of reading, detecting and checking is then the number of cells used, never
 * the square of the last row. Blocks are split where more than GAP rows (or columns) in a row are
 * empty; a table's header, title and rows are never that far apart.
 */

/** Empty rows (or columns) that split one block from the next. */
export const GAP = 16;

/** One used cell of a sheet: its row number (from 1), its column index (from 0) and what it holds. */
export interface UsedCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly numberFormat?: string | null;
  readonly formula?: string | null;
}

/** Runs of distinct numbers, a new run where the step is larger than gap + 1; each number's run by index. */
function runs(values: Iterable<number>, gap: number): { runs: { from: number; to: number }[]; runOf: Map<number, number> } {
  const out: { from: number; to: number }[] = [];
  const runOf = new Map<number, number>();
  for (const value of [...new Set(values)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && value - last.to <= gap + 1) last.to = value;
    else out.push({ from: value, to: value });
    runOf.set(value, out.length - 1);
  }
  return { runs: out, runOf };
}

/** The blocks of used cells: each its area and its cells. O(n log n) in the cells used. */
export function blocksOf<T extends { readonly row: number; readonly column: number }>(cells: readonly T[], gap = GAP): { area: CellArea; cells: T[] }[] {
  const rows = runs(cells.map((cell) => cell.row), gap);
  const byRun: T[][] = rows.runs.map(() => []);
  for (const cell of cells) byRun[rows.runOf.get(cell.row)!].push(cell);
  return byRun.flatMap((inRun) => {
    const columns = runs(inRun.map((cell) => cell.column), gap);
    const byColumns: T[][] = columns.runs.map(() => []);
    for (const cell of inRun) byColumns[columns.runOf.get(cell.column)!].push(cell);
    return byColumns.map((inBlock, index) => {
      let top = Infinity;
      let bottom = -Infinity;
      for (const cell of inBlock) {
        top = Math.min(top, cell.row);
        bottom = Math.max(bottom, cell.row);
      }
      return { area: { top, bottom, left: columns.runs[index].from, right: columns.runs[index].to }, cells: inBlock };
    });
  });
}

/**
 * A sheet's used cells as grids, one per block, each anchored at its top-left cell; together they
 * hold every used cell of the sheet (`complete`), so a cell between them is known to be empty. Cells
 * given as null and without a formula are not used.
 */
export function sparseGrids(sheet: string, cells: readonly UsedCell[], extra: Omit<CellGrid, "sheet" | "anchor" | "values" | "numberFormats" | "formulas" | "complete"> = {}): CellGrid[] {
  const used = cells.filter((cell) => cell.value !== null || cell.formula);
  const blocks = blocksOf(used);
  if (blocks.length === 0) return [{ sheet, anchor: "A1", values: [], numberFormats: [], formulas: [], complete: true, ...extra }];
  return blocks.map(({ area, cells: inBlock }) => {
    const height = area.bottom - area.top + 1;
    const width = area.right - area.left + 1;
    const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
    const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
    const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
    for (const cell of inBlock) {
      const r = cell.row - area.top;
      const c = cell.column - area.left;
      values[r][c] = cell.value;
      numberFormats[r][c] = cell.numberFormat ?? null;
      formulas[r][c] = cell.formula ?? null;
    }
    return { sheet, anchor: cellAddress(area.left, area.top), values, numberFormats, formulas, complete: true, ...extra };
  });
}
