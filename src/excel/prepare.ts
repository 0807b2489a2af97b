import { hasLook, validatePlan, type CellStyle, type PlanCell, type PlanSheet, type WorkbookPlan } from "../workbook";
import { CellArea, readArea, readCellAddress } from "../formula";
import { OfficeWriteError } from "./errors";

/*
 * The plan as the Office.js writer needs it, once checked against Excel's rules (validatePlan, shared
 * with the .xlsx writer) so that a plan Excel would refuse half way is refused whole, up front
 * ("InvalidPlan", nothing written); and the style regions of a sheet.
 */

/** Areas and cell positions follow src/formula/a1.ts: columns from 0, rows by their number (from 1). */
export interface PreparedBlock {
  readonly rect: CellArea;
  readonly cells: readonly (readonly PlanCell[])[];
}

export interface PreparedTable {
  readonly name: string;
  readonly rect: CellArea;
  readonly totalsRow: boolean;
}

export interface PreparedSheet {
  readonly plan: PlanSheet;
  readonly blocks: readonly PreparedBlock[];
  readonly tables: readonly PreparedTable[];
  /** Every planned cell by "row,column", to find a table's totals row cells. */
  readonly cellAt: (row: number, column: number) => PlanCell | undefined;
}

/**
 * The plan checked (validatePlan, the one check both writers make: "InvalidPlan", nothing written) and
 * laid out for the writer: each block's rectangle, each table's, and every planned cell by position.
 */
export function preparePlan(plan: WorkbookPlan): PreparedSheet[] {
  const problem = validatePlan(plan);
  if (problem) throw new OfficeWriteError("InvalidPlan", problem.en, { step: "check", problem });
  return plan.sheets.map((sheet) => {
    const cells = new Map<string, PlanCell>();
    const blocks = sheet.blocks.map((block) => {
      const anchor = readCellAddress(block.anchor) as { row: number; column: number };
      block.cells.forEach((row, r) => row.forEach((cell, c) => cells.set(`${anchor.row + r},${anchor.column + c}`, cell)));
      const rect: CellArea = { top: anchor.row, left: anchor.column, bottom: anchor.row + block.cells.length - 1, right: anchor.column + block.cells[0].length - 1 };
      return { rect, cells: block.cells };
    });
    const tables = sheet.tables.map((table) => ({ name: table.name, rect: readArea(table.range) as CellArea, totalsRow: table.totalsRow }));
    return { plan: sheet, blocks, tables, cellAt: (row: number, column: number) => cells.get(`${row},${column}`) };
  });
}

/** A rectangle of cells sharing one style, for one batch of format calls. */
export interface StyleRun {
  readonly style: CellStyle;
  readonly rect: CellArea;
}

/**
 * The styled regions of a sheet as few rectangles as is simple: runs of equal style along each row,
 * merged down while the run below has the same columns and style.
 */
export function styleRuns(sheet: PreparedSheet): StyleRun[] {
  const out: { style: CellStyle; rect: { top: number; left: number; bottom: number; right: number } }[] = [];
  for (const block of sheet.blocks) {
    let previous: typeof out = [];
    block.cells.forEach((row, r) => {
      const current: typeof out = [];
      let c = 0;
      while (c < row.length) {
        const style = row[c].style;
        let end = c;
        while (end + 1 < row.length && row[end + 1].style === style) end++;
        if (style && hasLook(style)) {
          const top = block.rect.top + r;
          const left = block.rect.left + c;
          const right = block.rect.left + end;
          const above = previous.find((p) => p.style === style && p.rect.left === left && p.rect.right === right && p.rect.bottom === top - 1);
          if (above) {
            above.rect.bottom = top;
            current.push(above);
          } else {
            const run = { style, rect: { top, left, bottom: top, right } };
            out.push(run);
            current.push(run);
          }
        }
        c = end + 1;
      }
      previous = current;
    });
  }
  return out;
}
