import { areaAddress } from "../../formula";
import type { CellGrid } from "../types";
import { Book, type Target } from "./book";
import { cellsOf } from "./shape";

/*
 * What the grids' formulas refer to that the grids do not hold: a parameter sheet the user did not
 * select, the rest of the workbook. The Excel adapter reads these ranges too (as reference-only
 * grids), so that the formula checks see the cells the formulas refer to.
 */

/** A range to read: its sheet and A1 area. */
export interface Unread {
  readonly sheet: string;
  readonly range: string;
}

/** At most this many cells in one referred range are read (a whole column is never read). */
const MAX_CELLS = 10_000;

export function unreadReferences(grids: readonly CellGrid[]): Unread[] {
  const book = new Book(grids);
  const wanted = new Map<string, Unread>();
  for (const grid of grids) {
    for (const row of grid.formulas ?? []) {
      for (const formula of row) {
        if (!formula) continue;
        for (const target of targetsOf(book, formula, grid.sheet ?? "")) {
          const cells = cellsOf(target.ref);
          if (cells.length === 0 || cells.length > MAX_CELLS || cells.every((at) => book.cell(target.sheet, at) !== undefined)) continue;
          const { from, to } = target.ref;
          const range = areaAddress({ top: Math.min(from.row!, to.row!), bottom: Math.max(from.row!, to.row!), left: Math.min(from.column!, to.column!), right: Math.max(from.column!, to.column!) });
          wanted.set(`${target.sheet}!${range}`, { sheet: target.sheet, range });
        }
      }
    }
  }
  return [...wanted.values()];
}

function targetsOf(book: Book, formula: string, sheet: string): Target[] {
  return book.tokens(formula).flatMap((token) => {
    if (token.type === "ref") return token.ref.external ? [] : [{ sheet: token.ref.sheet ?? sheet, ref: token.ref }];
    if (token.type === "name") return book.resolveName(token.name, sheet) ?? [];
    return [];
  });
}
