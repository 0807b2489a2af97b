import type { CellStyle, PlanCell, PlanSheet, WorkbookPlan } from "../workbook/plan";
import { CellArea, MAX_COLUMNS, MAX_ROWS, readArea, readCellAddress } from "../workbook/a1";
import { hasLook } from "../workbook/styles";
import { excelNameProblem, sheetNameProblem } from "../workbook/excelNames";
import { OfficeWriteError } from "./errors";

/*
 * Checks a plan against Excel's rules before anything is sent to Excel, so that a plan Excel would
 * refuse half way is refused whole, up front ("InvalidPlan", nothing written).
 */

/** Areas and cell positions follow src/workbook/a1.ts: columns from 0, rows by their number (from 1). */
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

function invalid(detail: string): never {
  throw new OfficeWriteError("InvalidPlan", detail, { step: "check" });
}

export function preparePlan(plan: WorkbookPlan): PreparedSheet[] {
  if (plan.sheets.length === 0) invalid("the plan has no sheets");
  const sheetNames = new Set<string>();
  const identifiers = new Set<string>();
  const prepared = plan.sheets.map((sheet) => {
    const bad = sheetNameProblem(sheet.name);
    if (bad) invalid(bad);
    if (sheetNames.has(sheet.name.toLowerCase())) invalid(`two sheets are named "${sheet.name}"`);
    sheetNames.add(sheet.name.toLowerCase());

    const cells = new Map<string, PlanCell>();
    const blocks = sheet.blocks.map((block) => {
      const anchor = readCellAddress(block.anchor);
      if (!anchor) invalid(`sheet "${sheet.name}": "${block.anchor}" is not a cell address`);
      const width = block.cells[0]?.length ?? 0;
      if (block.cells.length === 0 || width === 0) invalid(`sheet "${sheet.name}": the block at ${block.anchor} is empty`);
      block.cells.forEach((row, r) => {
        if (row.length !== width) invalid(`sheet "${sheet.name}": the block at ${block.anchor} has rows of different lengths (row ${r + 1})`);
        row.forEach((cell, c) => {
          const at = `${anchor.row + r},${anchor.column + c}`;
          if (cells.has(at)) invalid(`sheet "${sheet.name}": two blocks write the same cell (block at ${block.anchor})`);
          if (typeof cell.value === "number" && !Number.isFinite(cell.value)) invalid(`sheet "${sheet.name}": a cell of the block at ${block.anchor} is not a finite number`);
          if (cell.formula !== undefined && !cell.formula.startsWith("=")) invalid(`sheet "${sheet.name}": the formula "${cell.formula}" does not start with "="`);
          cells.set(at, cell);
        });
      });
      const rect: CellArea = { top: anchor.row, left: anchor.column, bottom: anchor.row + block.cells.length - 1, right: anchor.column + width - 1 };
      if (rect.bottom > MAX_ROWS || rect.right >= MAX_COLUMNS) invalid(`sheet "${sheet.name}": the block at ${block.anchor} goes past the sheet's edge`);
      return { rect, cells: block.cells };
    });
    const cellAt = (row: number, column: number) => cells.get(`${row},${column}`);

    const tables = sheet.tables.map((table) => {
      const badName = excelNameProblem(table.name);
      if (badName) invalid(`table ${table.name}: ${badName}`);
      if (identifiers.has(table.name.toLowerCase())) invalid(`the name "${table.name}" is used twice`);
      identifiers.add(table.name.toLowerCase());
      const rect = readArea(table.range);
      if (!rect) invalid(`table ${table.name}: "${table.range}" is not a range`);
      const minimum = table.totalsRow ? 3 : 2;
      if (rect.bottom - rect.top + 1 < minimum) invalid(`table ${table.name} (${table.range}) needs a header row, a data row${table.totalsRow ? " and its totals row" : ""}`);
      const headers = new Set<string>();
      for (let c = rect.left; c <= rect.right; c++) {
        const header = cellAt(rect.top, c);
        if (!header || header.formula !== undefined || typeof header.value !== "string" || header.value.trim() === "") {
          invalid(`table ${table.name}: the header cells must hold text (sheet "${sheet.name}", column ${c + 1})`);
        }
        const key = (header.value as string).toLowerCase();
        if (headers.has(key)) invalid(`table ${table.name}: two columns are named "${header.value}"`);
        headers.add(key);
      }
      return { name: table.name, rect, totalsRow: table.totalsRow };
    });
    tables.forEach((a, i) =>
      tables.slice(i + 1).forEach((b) => {
        if (overlap(a.rect, b.rect)) invalid(`tables ${a.name} and ${b.name} overlap`);
      }),
    );
    (sheet.columnWidths ?? []).forEach((w) => {
      if (!(w >= 0 && w <= 255)) invalid(`sheet "${sheet.name}": column width ${w} is outside 0–255 characters`);
    });
    checkPage(sheet, tables);
    return { plan: sheet, blocks, tables, cellAt };
  });
  for (const name of plan.names) {
    const bad = excelNameProblem(name.name);
    if (bad) invalid(bad);
    if (identifiers.has(name.name.toLowerCase())) invalid(`the name "${name.name}" is used twice`);
    identifiers.add(name.name.toLowerCase());
    if (!plan.sheets.some((s) => s.key === name.sheetKey)) invalid(`the name ${name.name} refers to a sheet that is not in the plan (${name.sheetKey})`);
    if (!readCellAddress(name.cell)) invalid(`the name ${name.name} refers to "${name.cell}", not a cell`);
  }
  return prepared;
}

/** Excel's tallest row in points, and its longest header or footer (its three parts with their codes). */
const MAX_ROW_HEIGHT = 409;
const MAX_HEADER_FOOTER = 255;

/** The sheet's wraps, row heights and page setup against Excel's rules: merges of one row outside tables, heights, title rows, header and footer lengths. */
function checkPage(sheet: PlanSheet, tables: readonly PreparedTable[]): void {
  const where = `sheet "${sheet.name}"`;
  const merged: CellArea[] = [];
  for (const wrap of sheet.wraps ?? []) {
    const area = readArea(wrap.range);
    if (!area) invalid(`${where}: the wrapped range "${wrap.range}" is not a range`);
    if (!wrap.merge) continue;
    if (area.top !== area.bottom) invalid(`${where}: the merged range ${wrap.range} is more than one row`);
    if (tables.some((t) => overlap(t.rect, area))) invalid(`${where}: the merged range ${wrap.range} overlaps a table (Excel merges no cells in a table)`);
    if (merged.some((other) => overlap(other, area))) invalid(`${where}: the merged range ${wrap.range} overlaps another`);
    merged.push(area);
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!(Number.isInteger(row) && row >= 1 && row <= MAX_ROWS)) invalid(`${where}: row ${row} is not a row of the sheet`);
    if (!(height >= 0 && height <= MAX_ROW_HEIGHT)) invalid(`${where}: row ${row}'s height ${height} is outside 0–${MAX_ROW_HEIGHT} points`);
  }
  const print = sheet.print;
  if (!print) return;
  if (print.titleRows !== undefined && !/^\d+:\d+$/.test(print.titleRows)) invalid(`${where}: the print title rows "${print.titleRows}" are not whole rows ("4:4")`);
  if (print.printArea !== undefined && !/^A1:[A-Z]+\d+$/.test(print.printArea)) invalid(`${where}: the print area "${print.printArea}" is not a range from A1 ("A1:I54")`);
  for (const [what, part] of [["header", print.header], ["footer", print.footer]] as const) {
    if (`&L${part.left}&C${part.center}&R${part.right}`.length > MAX_HEADER_FOOTER) invalid(`${where}: the ${what} is longer than Excel's ${MAX_HEADER_FOOTER} characters`);
  }
}

function overlap(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
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
