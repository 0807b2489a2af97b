import { absoluteAddress, parseCellAddress, sheetPrefix, renameInFormula } from "../../formula";
import type { PlanCell, SheetKey, WorkbookPlan } from "./types";

/*
 * A plan's formulas: where each stands, and the plan with some sheets renamed when a writer must (a
 * sheet "Kommuner" already exists and the user chose to keep both: the plan's sheet becomes
 * "Kommuner (2)" and so must every reference to it); and a reference from one sheet to another's
 * cell. The formula grammar is src/formula/tokens.ts's.
 */

/** Reference to a cell of another sheet of the plan by the plan's sheet names: `'Kommuner'!$C$30`. */
export function ref(plan: { readonly sheetNames: Readonly<Record<SheetKey, string>> }, key: SheetKey, column: number, row: number): string {
  return `${sheetPrefix(plan.sheetNames[key])}${absoluteAddress(column, row)}`;
}

/** Every formula cell of a plan with where it is. */
export function* planFormulas(plan: WorkbookPlan): Generator<{ sheetKey: SheetKey; sheetName: string; row: number; column: number; cell: PlanCell & { formula: string } }> {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const { column: firstColumn, row: firstRow } = parseCellAddress(block.anchor);
      for (const [r, cells] of block.cells.entries()) {
        for (const [c, cell] of cells.entries()) {
          if (cell.formula !== undefined) {
            yield { sheetKey: sheet.key, sheetName: sheet.name, row: firstRow + r, column: firstColumn + c, cell: cell as PlanCell & { formula: string } };
          }
        }
      }
    }
  }
}

/**
 * The plan with some sheets renamed, and every formula that refers to them rewritten: for a writer
 * that cannot use a plan's sheet name because the workbook already has it and the user chose to
 * keep both. Keys not in `names` keep their name.
 */
export function renamePlanSheets(plan: WorkbookPlan, names: Partial<Record<SheetKey, string>>): WorkbookPlan {
  const byOldName = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const name = names[sheet.key];
    if (name !== undefined && name !== sheet.name) byOldName.set(sheet.name, name);
  }
  if (byOldName.size === 0) return plan;
  // The plan quotes every sheet it names (sheetPrefix); a renamed one is written alike.
  const renames = { sheets: new Map([...byOldName].map(([old, name]) => [old.toLowerCase(), name])), identifiers: new Map<string, string>(), quote: (name: string) => sheetPrefix(name).slice(0, -1) };
  const rewrite = (formula: string): string => renameInFormula(formula, renames);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: byOldName.get(sheet.name) ?? sheet.name,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        cells: block.cells.map((row) => row.map((cell) => (cell.formula === undefined ? cell : { ...cell, formula: rewrite(cell.formula) }))),
      })),
    })),
  };
}
