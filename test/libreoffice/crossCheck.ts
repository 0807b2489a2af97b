import ExcelJS from "exceljs";
import type { CellScalar, PlanCell, WorkbookPlan } from "../../src/workbook/plan";
import { cellAddress, parseCellAddress } from "../../src/formula/a1";

/*
 * What the cross-check compares: every formula cell of a plan (the engine's figure) against the same
 * cell of a workbook a spreadsheet has recalculated.
 */

export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly cell: PlanCell;
}

export function formulaCells(plan: WorkbookPlan): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const anchor = parseCellAddress(block.anchor);
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.formula) cells.push({ sheet: sheet.name, address: cellAddress(anchor.column + c, anchor.row + r), cell });
        }),
      );
    }
  }
  return cells;
}

/** The plan with every formula's cached value made wrong, to prove a recalculation replaces them. */
export function withWrongCachedValues(plan: WorkbookPlan): WorkbookPlan {
  const wrong = (cell: PlanCell): PlanCell => {
    if (!cell.formula) return cell;
    if (typeof cell.value === "number") return { ...cell, value: cell.value + 1000.5 };
    if (typeof cell.value === "string") return { ...cell, value: `${cell.value} (fel)` };
    if (typeof cell.value === "boolean") return { ...cell, value: !cell.value };
    return { ...cell, value: -1 };
  };
  return { ...plan, sheets: plan.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, cells: block.cells.map((row) => row.map(wrong)) })) })) };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's formula, also for a cell that shares its master's formula. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value as { formula?: string; sharedFormula?: string } | null;
  return cell.formula || value?.formula || value?.sharedFormula || undefined;
}

export function resultOf(cell: ExcelJS.Cell): CellScalar | undefined {
  // cell.result, not cell.value.result: ExcelJS leaves a cached 0 out of the value object.
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const result = cell.result as unknown;
  // ExcelJS turns a date-formatted number into a Date; the plan holds the serial number.
  if (result instanceof Date) return (result.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (result && typeof result === "object" && "error" in result) return `#ERROR ${(result as { error: string }).error}`;
  return result as CellScalar | undefined;
}

export interface Mismatch {
  readonly where: string;
  readonly formula: string | undefined;
  readonly expected: CellScalar;
  readonly got: CellScalar | undefined;
}

/**
 * Every formula cell whose recalculated result differs from the plan's value by an öre or more (or,
 * for text and booleans, differs at all), or that lost its formula.
 */
export function compareWithPlan(plan: WorkbookPlan, recalculated: ExcelJS.Workbook): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  const cells = formulaCells(plan);
  for (const { sheet, address, cell } of cells) {
    const written = recalculated.getWorksheet(sheet)?.getCell(address);
    const where = `${sheet}!${address}`;
    const formula = written ? formulaOf(written) : undefined;
    const got = written ? resultOf(written) : undefined;
    if (!formula) {
      mismatches.push({ where: `${where} (no formula)`, formula: cell.formula, expected: cell.value, got });
      continue;
    }
    const expected = cell.value;
    const same =
      typeof expected === "number"
        ? typeof got === "number" && Math.abs(got - expected) < 0.005
        : expected === null
          ? got === null || got === undefined || got === 0 || got === ""
          : got === expected;
    if (!same) mismatches.push({ where, formula: cell.formula, expected, got });
  }
  return { checked: cells.length, mismatches };
}
