import { parseCellAddress } from "../../src/formula/a1";
import { tokenize } from "../../src/formula/tokens";
import type { PlanCell, PlanSheet, SheetKey, WorkbookPlan } from "../../src/workbook/plan";
import { planFormulas } from "../../src/workbook/plan";

/** Reads a plan the way a sheet shows it: cells by address, tables by header. */

export type Grid = Map<number, Map<number, PlanCell>>;

export function sheetOf(plan: WorkbookPlan, key: SheetKey): PlanSheet {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`the plan has no sheet "${key}"`);
  return sheet;
}

export function gridOf(sheet: PlanSheet): Grid {
  const grid: Grid = new Map();
  for (const block of sheet.blocks) {
    const anchor = parseCellAddress(block.anchor);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = anchor.row + r;
        if (!grid.has(row)) grid.set(row, new Map());
        const existing = grid.get(row)!.get(anchor.column + c);
        if (existing) throw new Error(`${sheet.name}: blocks overlap at row ${row}, column ${anchor.column + c}`);
        grid.get(row)!.set(anchor.column + c, cell);
      }),
    );
  }
  return grid;
}

export function cellAt(plan: WorkbookPlan, key: SheetKey, address: string): PlanCell | undefined {
  const { row, column } = parseCellAddress(address);
  return gridOf(sheetOf(plan, key)).get(row)?.get(column);
}

export interface TableView {
  readonly headers: string[];
  /** Data rows (between the header and the totals row). */
  readonly rows: PlanCell[][];
  readonly total?: PlanCell[];
  readonly firstRow: number;
  /** Column of a header, throwing when missing. */
  index(header: string): number;
  /** A data row by its first cell's text. */
  row(name: string): PlanCell[];
}

export function tableOf(plan: WorkbookPlan, key: SheetKey, tableName: string): TableView {
  const sheet = sheetOf(plan, key);
  const table = sheet.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`${sheet.name} has no table ${tableName}`);
  const [from, to] = table.range.split(":").map(parseCellAddress);
  const grid = gridOf(sheet);
  const line = (row: number) => {
    const cells: PlanCell[] = [];
    for (let column = from.column; column <= to.column; column++) cells.push(grid.get(row)?.get(column) ?? { value: null });
    return cells;
  };
  const headers = line(from.row).map((cell) => String(cell.value));
  const rows: PlanCell[][] = [];
  const lastData = table.totalsRow ? to.row - 1 : to.row;
  for (let row = from.row + 1; row <= lastData; row++) rows.push(line(row));
  const total = table.totalsRow ? line(to.row) : undefined;
  return {
    headers,
    rows,
    ...(total ? { total } : {}),
    firstRow: from.row + 1,
    index(header: string) {
      const index = headers.indexOf(header);
      if (index < 0) throw new Error(`${tableName} has no column "${header}" (${headers.join(", ")})`);
      return index;
    },
    row(name: string) {
      const found = rows.find((cells) => cells[0].value === name);
      if (!found) throw new Error(`${tableName} has no row "${name}"`);
      return found;
    },
  };
}

export const num = (cell: PlanCell): number => {
  if (typeof cell.value !== "number") throw new Error(`expected a number, got ${JSON.stringify(cell)}`);
  return cell.value;
};

/** Rounds half away from zero, as the annex prints (values here are positive). */
export const whole = (value: number, decimals = 0): number => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

/**
 * Functions both Excel (2007 and later, every language) and LibreOffice compute the same way; nothing
 * else may appear. FIXED writes a figure with the reader's own separators (the paragraph for the paper).
 */
const PORTABLE_FUNCTIONS = new Set(["SUM", "SUMPRODUCT", "MAX", "ROUND", "ROUNDDOWN", "ROW", "IF", "ISNUMBER", "N", "COUNT", "ROWS", "ISNA", "MATCH", "INDEX", "FIXED", "ABS"]);

/**
 * Checks that every reference of every formula points into the plan: a sheet of the plan, cells
 * inside its blocks, single cells that hold something (a value, a formula or an input); and every
 * name is one of the plan's defined names. Returns the problems, so a failure lists them all.
 */
export function referenceProblems(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const grids = new Map(plan.sheets.map((sheet) => [sheet.name, gridOf(sheet)]));
  const defined = new Set(plan.names.map((name) => name.name));
  for (const { sheetName, row, column, cell } of planFormulas(plan)) {
    const where = `${sheetName}!R${row}C${column + 1} ${cell.formula}`;
    for (const token of tokenize(cell.formula)) {
      if (token.type === "name" && !defined.has(token.name)) problems.push(`${where}: name ${token.text} is not defined`);
      if (token.type === "function" && !PORTABLE_FUNCTIONS.has(token.name)) problems.push(`${where}: function ${token.name}`);
      if (token.type === "structured" || token.type === "error" || token.type === "unknown") problems.push(`${where}: ${token.type} ${token.text}`);
      if (token.type !== "ref") continue;
      if (token.ref.shape === "columns" || token.ref.shape === "rows" || token.ref.external || token.ref.sheetTo !== undefined) {
        problems.push(`${where}: ${token.text} is not a cell or an area of this workbook`);
        continue;
      }
      const target = token.ref.sheet ?? sheetName;
      const grid = grids.get(target);
      if (!grid) {
        problems.push(`${where}: sheet "${target}" is not in the plan`);
        continue;
      }
      const at = (end: { column?: number; row?: number }) => ({ column: end.column!, row: end.row! });
      const from = at(token.ref.from);
      const to = token.ref.shape === "area" ? at(token.ref.to) : undefined;
      const end = to ?? from;
      for (let r = from.row; r <= end.row; r++) {
        for (let c = from.column; c <= end.column; c++) {
          const referred = grid.get(r)?.get(c);
          if (!referred) problems.push(`${where}: ${target}!R${r}C${c + 1} is outside the plan's blocks`);
          else if (!to && referred.value === null && referred.formula === undefined && referred.style !== "input") {
            problems.push(`${where}: ${target}!R${r}C${c + 1} is empty`);
          }
        }
      }
      if (target === sheetName && !to && from.row === row && from.column === column) problems.push(`${where}: refers to itself`);
    }
  }
  return problems;
}

