import ExcelJS from "exceljs";
import { planTexts, validatePlan, CELL_LOOK, TABLE_STYLE, argb, type CellStyle, type PlanCell, type PlanSheet, type PlanTable, type WorkbookPlan, type PlanProblem } from "../../workbook";
import { absoluteAddress, cellAddress, parseArea, parseCellAddress, sheetPrefix } from "../../formula";
import { writeFileAtomic } from "./atomicFile";
import { applyPage } from "./page";

/*
 * The .xlsx writer: the same plan the Office.js writer fills into Excel, as a file. Formula cells keep
 * the engine's value as their cached result, so the file shows the right figures even in a viewer
 * that does not calculate, and a spreadsheet that does recalculates the same figures (the LibreOffice
 * cross-check in test/libreoffice proves it).
 */

/** A plan the writer cannot turn into a valid workbook (a bug in the plan builder, not user input): validatePlan's problem. */
export class XlsxPlanError extends Error {
  constructor(readonly problem: PlanProblem) {
    super(problem.en);
    this.name = "XlsxPlanError";
  }
}

/** A plan style's look (src/workbook/plan/styles.ts, shared with the Office.js writer) on one cell. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (style === undefined) return;
  const look = CELL_LOOK[style];
  if (look.bold !== undefined || look.italic !== undefined || look.size !== undefined || look.fontColor !== undefined) {
    cell.font = {
      ...(look.bold !== undefined ? { bold: look.bold } : {}),
      ...(look.italic !== undefined ? { italic: look.italic } : {}),
      ...(look.size !== undefined ? { size: look.size } : {}),
      ...(look.fontColor !== undefined ? { color: { argb: argb(look.fontColor) } } : {}),
    };
  }
  if (look.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.borders) {
    // One cell: "grid" is its four edges (the lines between cells are the neighbours' edges).
    const line: Partial<ExcelJS.Border> = { style: "thin", ...(look.borders.color !== undefined ? { color: { argb: argb(look.borders.color) } } : {}) };
    const edges = look.borders.edges === "grid" ? (["top", "bottom", "left", "right"] as const) : ([look.borders.edges] as const);
    cell.border = Object.fromEntries(edges.map((edge) => [edge, line])) as Partial<ExcelJS.Borders>;
  }
  // Bottom is Excel's default alignment, written out as the file always had it.
  if (look.wrapText !== undefined) cell.alignment = { vertical: "bottom", wrapText: look.wrapText };
}

/** ExcelJS takes formulas without the leading "=". */
function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/**
 * A plan cell as ExcelJS takes it. A formula keeps the plan's value as its cached result; a formula
 * whose value is null gives "" (a figure that cannot be given yet) and caches exactly that, an empty
 * text (`t="str"` with an empty `<v>`), so a viewer that does not calculate shows a blank cell.
 */
function cellValue(planCell: PlanCell): ExcelJS.CellValue {
  if (planCell.formula !== undefined && planCell.formula !== "") {
    const formula = formulaText(planCell.formula);
    return { formula, result: planCell.value ?? "", date1904: false } as ExcelJS.CellFormulaValue;
  }
  return planCell.value;
}

type CellMap = Map<string, PlanCell>;

function sheetCells(sheet: PlanSheet): CellMap {
  const cells: CellMap = new Map();
  for (const block of sheet.blocks) {
    const anchor = parseCellAddress(block.anchor);
    block.cells.forEach((row, r) =>
      row.forEach((planCell, c) => {
        cells.set(cellAddress(anchor.column + c, anchor.row + r), planCell);
      }),
    );
  }
  return cells;
}

/**
 * Adds an Excel table over cells the blocks already hold. ExcelJS's addTable writes its own header
 * and rows into the cells; the caller writes the plan's cells afterwards, so formulas and styles are
 * the plan's, and here the table's column names are made equal to the header cells' text (Excel
 * repairs a file where they differ).
 *
 * A plan's total row is written as a plain row just under the table, not as the table's totals row:
 * Excel opens a totals-row formula only under a column declared `totalsRowFunction="custom"` with a
 * `<totalsRowFormula>`, and ExcelJS 4.4 writes no `<totalsRowFormula>` (its table-column writer has
 * no such element), so a totals row from it makes Excel repair the file. The plain row is the other
 * form Excel itself keeps; the Office.js writer lets Excel mark its own totals row custom.
 */
function addTable(worksheet: ExcelJS.Worksheet, table: PlanTable, cells: CellMap): void {
  const range = parseArea(table.range);
  const lastDataRow = table.totalsRow ? range.bottom - 1 : range.bottom;
  const at = (row: number, column: number) => cells.get(cellAddress(column, row));
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let column = range.left; column <= range.right; column++) columns.push({ name: String(at(range.top, column)?.value), filterButton: true });
  const dataRows: ExcelJS.CellValue[][] = [];
  for (let row = range.top + 1; row <= lastDataRow; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = range.left; column <= range.right; column++) values.push(at(row, column)?.value ?? null);
    dataRows.push(values);
  }
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(range.left, range.top),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns,
    rows: dataRows,
  } as ExcelJS.TableProperties);
  // ExcelJS labels the first column "Total" and declares a totals function on the others even without a
  // totals row, and marks the totals row as shown: none of it is true of this table.
  const model = (worksheet.getTable(table.name) as unknown as { table: { totalsRow: boolean; columns: { totalsRowLabel?: string; totalsRowFunction?: string }[] } }).table;
  model.columns.forEach((column) => {
    delete column.totalsRowLabel;
    delete column.totalsRowFunction;
  });
}

/**
 * Builds the ExcelJS workbook for a plan (exposed for tests and tools that post-process it), once the
 * plan is checked against Excel's rules (validatePlan, the one check both writers make).
 */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const problem = validatePlan(plan);
  if (problem) throw new XlsxPlanError(problem);
  const workbook = new ExcelJS.Workbook();
  const generated = new Date(plan.generatedAt);
  const when = Number.isNaN(generated.getTime()) ? new Date() : generated;
  workbook.creator = `Kostnadsdelning ${plan.version}`;
  workbook.lastModifiedBy = `Kostnadsdelning ${plan.version}`;
  workbook.created = when;
  workbook.modified = when;
  workbook.title = planTexts(plan.locale).workbookTitle;
  // The workbook's window: `<bookViews>` in xl/workbook.xml, which ExcelJS writes only when views are
  // set. Generators that left it out were reported to crash Excel at print preview (qrilka/xlsx PR 33,
  // natergj/excel4node issues 84 and 152), and printing is what these files are for. First sheet shown
  // and active: Parametrar, where the figures start.
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  // Excel recalculates everything it opens (`<calcPr fullCalcOnLoad="1">`): the cached values are the
  // engine's, and a spreadsheet's own figures should be the ones the user sees.
  workbook.calcProperties.fullCalcOnLoad = true;

  const sheetNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    sheetNames.set(sheet.key, sheet.name);

    const worksheet = workbook.addWorksheet(
      sheet.name,
      sheet.freezeRows ? { views: [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }] } : {},
    );
    const cells = sheetCells(sheet);

    for (const table of sheet.tables) addTable(worksheet, table, cells);

    // The plan's cells last, over whatever addTable stored: formulas, cached results, formats, styles.
    for (const [address, planCell] of cells) {
      const cell = worksheet.getCell(address);
      cell.value = cellValue(planCell);
      if (planCell.numberFormat) cell.numFmt = planCell.numberFormat;
      applyStyle(cell, planCell.style);
    }

    sheet.columnWidths?.forEach((width, index) => {
      worksheet.getColumn(index + 1).width = width;
    });
    // Wrapped texts, row heights and the page setup, over the cells and their styles.
    applyPage(worksheet, sheet);
  }

  for (const name of plan.names) {
    const { row, column } = parseCellAddress(name.cell);
    workbook.definedNames.add(`${sheetPrefix(sheetNames.get(name.sheetKey) as string)}${absoluteAddress(column, row)}`, name.name);
  }
  return workbook;
}

/** Writes the plan as an .xlsx file in memory. */
export async function writePlanToXlsx(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = planToWorkbook(plan);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * Writes the plan to `path`. The workbook is built completely in memory first and then written to a
 * temporary file beside `path` and renamed: an existing file at `path` stays untouched on any error.
 */
export async function writeXlsxFile(plan: WorkbookPlan, path: string): Promise<void> {
  const buffer = await writePlanToXlsx(plan);
  await writeFileAtomic(path, buffer);
}
