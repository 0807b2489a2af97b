import type { ExcelDouble } from "../excel-double";
import type { CreatedSheet } from "../taskpane/state/store";
import { cellAddress, parseCellAddress } from "../formula";
import type { WorkbookPlan } from "../workbook";

/*
 * Excel calculates the formulas the pane writes; the double does not (a formula cell holds the value
 * seeded for it, or 0). So that the preview shows the sheets as Excel would, each formula cell the
 * fill wrote gets the value the engine computed for it: the plan's own value for the cell, the one
 * the .xlsx writer caches and the LibreOffice tests find a spreadsheet computes alike. Seeded outside
 * the API (not recorded); the formula, format and look the writer gave the cell stay as they are.
 */

/** Puts the plan's computed values into the formula cells of the sheets the fill created. */
export function putCalculatedValues(double: Pick<ExcelDouble, "cell" | "setCell">, plan: WorkbookPlan, created: readonly CreatedSheet[]): number {
  let count = 0;
  for (const { key, name } of created) {
    const sheet = plan.sheets.find((candidate) => candidate.key === key);
    if (!sheet) continue;
    for (const block of sheet.blocks) {
      const anchor = parseCellAddress(block.anchor);
      block.cells.forEach((line, r) =>
        line.forEach((planned, c) => {
          if (planned.formula === undefined) return;
          const address = cellAddress(anchor.column + c, anchor.row + r);
          const current = double.cell(name, address);
          if (current?.formula === undefined) return;
          // The view's own fields (address, value) are not part of the cell.
          const { address: _address, value: _value, ...cell } = current;
          double.setCell(name, address, { ...cell, value: planned.value ?? "" });
          count += 1;
        }),
      );
    }
  }
  return count;
}
