import type { ExcelDouble } from "../../src/excel-double";
import { columnIndex, columnLetters } from "../../src/excel-double/a1";
import { OfficeWriteError } from "../../src/excel";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/plan";

/* Shared checks for the Office.js writer's tests. */

// Addresses from the double's own A1 code, not the product's: the expected cells must not share the writer's arithmetic.

/** Excel shows a sheet name in a formula quoted only when it must be: 'Kommuner'!B4 reads Kommuner!B4. */
export const excelQuoting = (f: string): string =>
  f.startsWith("=") ? f.replace(/'([^']+)'!/g, (m, n: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n) ? `${n}!` : m)) : f;

/** What Range.formulas reads back for a plan cell written under the plan's own names. */
function expected(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  return cell.value ?? "";
}

/**
 * Checks every planned cell of every sheet in the double: its formula (or literal) and its number
 * format. `sheetName` maps a plan sheet key to the name it got; `map` rewrites expected formulas.
 */
export function expectPlanCells(xl: ExcelDouble, plan: WorkbookPlan, sheetName?: (key: string) => string, map: (f: string) => string = (f) => f): number {
  let checked = 0;
  for (const sheet of plan.sheets) {
    const name = sheetName ? sheetName(sheet.key) : sheet.name;
    for (const block of sheet.blocks) {
      const m = /^([A-Z]+)(\d+)$/.exec(block.anchor) as RegExpExecArray;
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const address = `${columnLetters(columnIndex(m[1]) + c)}${Number(m[2]) + r}`;
          const got = xl.cell(name, address);
          const want = expected(cell);
          const gotValue = got?.formula ?? (got ? got.value : "");
          expect({ sheet: name, address, v: gotValue }).toEqual({ sheet: name, address, v: typeof want === "string" ? excelQuoting(map(want)) : want });
          expect({ sheet: name, address, nf: got?.numberFormat }).toEqual({ sheet: name, address, nf: cell.numberFormat === "General" ? undefined : cell.numberFormat });
          checked += 1;
        }),
      );
    }
  }
  return checked;
}

export async function failure(promise: Promise<unknown>): Promise<OfficeWriteError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeWriteError);
    return e as OfficeWriteError;
  }
  throw new Error("expected the write to fail");
}
