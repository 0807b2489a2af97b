import type { Bilingual } from "../i18n";
import type { Words } from "../data";
import { CellArea, MAX_COLUMNS, MAX_ROWS, columnLetter, readArea, readCellAddress, excelNameProblem, sheetNameProblem } from "../formula";
import type { PlanCell, PlanHeaderFooter, PlanSheet, WorkbookPlan } from "./plan";
import { PLAN_PROBLEMS as P } from "./texts";

/*
 * Whether a plan can be written as Excel would take it, checked once for both writers (the Office.js
 * writer, src/excel/prepare.ts, and the .xlsx writer, src/files/xlsx/writePlan.ts, each ask it before
 * writing anything), with one set of messages (messages.ts): a plan Excel would refuse half way, or a
 * file Excel would "repair", is refused whole and alike before anything is written. A refusal is a bug
 * in the plan builder or in an agreement's declaration. Whether a set of agreement declarations can
 * make one workbook is asked earlier, field by field, where the user gives them (agreements.ts).
 */

/** Why a plan cannot be written, in both languages (the writer's caller says it in the user's). */
export type PlanProblem = Words;

/** Excel's tallest row in points, and its longest header or footer (its three parts with their codes). */
const MAX_ROW_HEIGHT = 409;
const MAX_HEADER_FOOTER = 255;

/** "&L" + left + "&C" + center + "&R" + right: one header or footer as Excel stores and counts it (OOXML oddHeader). */
export function headerFooterText(part: PlanHeaderFooter): string {
  return `&L${part.left}&C${part.center}&R${part.right}`;
}

class Refusal extends Error {
  constructor(readonly problem: PlanProblem) {
    super(problem.en);
  }
}

function refuse<A extends readonly unknown[]>(message: Bilingual<A>, ...details: A): never {
  throw new Refusal({ sv: message.sv(...details), en: message.en(...details) });
}

const overlap = (a: CellArea, b: CellArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Why the plan cannot be written, or undefined when it can. */
export function validatePlan(plan: WorkbookPlan): PlanProblem | undefined {
  try {
    checkPlan(plan);
    return undefined;
  } catch (error) {
    if (error instanceof Refusal) return error.problem;
    throw error;
  }
}

function checkPlan(plan: WorkbookPlan): void {
  if (plan.sheets.length === 0) refuse(P.noSheets);
  const sheetNames = new Set<string>();
  // Tables and defined names share one namespace in Excel.
  const identifiers = new Set<string>();
  for (const sheet of plan.sheets) {
    if (sheetNameProblem(sheet.name) !== undefined) refuse(P.badSheetName, sheet.name);
    if (sheetNames.has(sheet.name.toLowerCase())) refuse(P.sheetTwice, sheet.name);
    sheetNames.add(sheet.name.toLowerCase());
    const cells = checkBlocks(sheet);
    const tables = checkTables(sheet, cells, identifiers);
    (sheet.columnWidths ?? []).forEach((width) => {
      if (!(width >= 0 && width <= 255)) refuse(P.badColumnWidth, sheet.name, width);
    });
    checkPage(sheet, tables);
  }
  for (const name of plan.names) {
    if (excelNameProblem(name.name) !== undefined) refuse(P.badDefinedName, name.name);
    if (identifiers.has(name.name.toLowerCase())) refuse(P.nameTwice, name.name);
    identifiers.add(name.name.toLowerCase());
    if (!plan.sheets.some((s) => s.key === name.sheetKey)) refuse(P.nameWithoutSheet, name.name, name.sheetKey);
    if (!readCellAddress(name.cell)) refuse(P.nameNotACell, name.name, name.cell);
  }
}

/** The sheet's cells by "row,column" (a1.ts: columns from 0, rows from 1), checked block by block. */
function checkBlocks(sheet: PlanSheet): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    const anchor = readCellAddress(block.anchor);
    if (!anchor) refuse(P.notACell, sheet.name, block.anchor);
    const width = block.cells[0]?.length ?? 0;
    if (block.cells.length === 0 || width === 0) refuse(P.emptyBlock, sheet.name, block.anchor);
    if (anchor.row + block.cells.length - 1 > MAX_ROWS || anchor.column + width - 1 >= MAX_COLUMNS) refuse(P.pastEdge, sheet.name, block.anchor);
    block.cells.forEach((row, r) => {
      if (row.length !== width) refuse(P.raggedBlock, sheet.name, block.anchor, r + 1);
      row.forEach((cell, c) => {
        const at = `${anchor.row + r},${anchor.column + c}`;
        const address = `${columnLetter(anchor.column + c)}${anchor.row + r}`;
        if (cells.has(at)) refuse(P.cellTwice, sheet.name, address);
        if (typeof cell.value === "number" && !Number.isFinite(cell.value)) refuse(P.notFinite, sheet.name, address);
        if (cell.formula !== undefined && !cell.formula.startsWith("=")) refuse(P.formulaWithoutEquals, sheet.name, address);
        cells.set(at, cell);
      });
    });
  }
  return cells;
}

/** The sheet's tables: names, ranges, header cells of unique text, no overlap. */
function checkTables(sheet: PlanSheet, cells: ReadonlyMap<string, PlanCell>, identifiers: Set<string>): CellArea[] {
  const areas = sheet.tables.map((table) => {
    if (excelNameProblem(table.name) !== undefined) refuse(P.badTableName, table.name);
    if (identifiers.has(table.name.toLowerCase())) refuse(P.nameTwice, table.name);
    identifiers.add(table.name.toLowerCase());
    const rect = readArea(table.range);
    if (!rect) refuse(P.notARange, table.name, table.range);
    if (rect.bottom - rect.top + 1 < (table.totalsRow ? 3 : 2)) refuse(table.totalsRow ? P.tableWithTotalsTooShort : P.tableTooShort, table.name, table.range);
    const headers = new Set<string>();
    for (let c = rect.left; c <= rect.right; c++) {
      const header = cells.get(`${rect.top},${c}`);
      const address: string = `${columnLetter(c)}${rect.top}`;
      if (!header || header.formula !== undefined || typeof header.value !== "string" || header.value.trim() === "") refuse(P.headerNotText, table.name, address, sheet.name);
      const text = header.value as string;
      if (/[\r\n]/.test(text)) refuse(P.headerLineBreak, table.name, address);
      if (headers.has(text.toLowerCase())) refuse(P.columnTwice, table.name, text);
      headers.add(text.toLowerCase());
    }
    return { name: table.name, rect };
  });
  areas.forEach((a, i) =>
    areas.slice(i + 1).forEach((b) => {
      if (overlap(a.rect, b.rect)) refuse(P.tablesOverlap, a.name, b.name);
    }),
  );
  return areas.map((a) => a.rect);
}

/** The sheet's wraps, row heights and page setup: merges of one row outside tables and each other, heights, title rows, header and footer lengths. */
function checkPage(sheet: PlanSheet, tables: readonly CellArea[]): void {
  const merged: CellArea[] = [];
  for (const wrap of sheet.wraps ?? []) {
    const area = readArea(wrap.range);
    if (!area) refuse(P.wrapNotARange, sheet.name, wrap.range);
    if (!wrap.merge) continue;
    if (area.top !== area.bottom) refuse(P.mergeTaller, sheet.name, wrap.range);
    if (tables.some((t) => overlap(t, area))) refuse(P.mergeInTable, sheet.name, wrap.range);
    if (merged.some((other) => overlap(other, area))) refuse(P.mergesOverlap, sheet.name, wrap.range);
    merged.push(area);
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!(Number.isInteger(row) && row >= 1 && row <= MAX_ROWS)) refuse(P.notARow, sheet.name, row);
    if (!(height >= 0 && height <= MAX_ROW_HEIGHT)) refuse(P.rowTooTall, sheet.name, row, height);
  }
  const print = sheet.print;
  if (!print) return;
  if (print.titleRows !== undefined && !/^\d+:\d+$/.test(print.titleRows)) refuse(P.badTitleRows, sheet.name, print.titleRows);
  if (print.printArea !== undefined && !/^A1:[A-Z]+\d+$/.test(print.printArea)) refuse(P.badPrintArea, sheet.name, print.printArea);
  if (headerFooterText(print.header).length > MAX_HEADER_FOOTER) refuse(P.headerTooLong, sheet.name);
  if (headerFooterText(print.footer).length > MAX_HEADER_FOOTER) refuse(P.footerTooLong, sheet.name);
}
