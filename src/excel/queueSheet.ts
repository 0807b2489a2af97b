import { CELL_LOOK, CellLook, TABLE_STYLE, type PlanCell } from "../workbook";
import { CellArea, areaAddress, columnLetter, renameInFormula, type FormulaRenames } from "../formula";
import { PreparedSheet, styleRuns } from "./prepare";
import { columnWidthPoints, queuePage } from "./queuePage";

/*
 * One sheet's contents as Office.js operations, queued for the fill's second sync: each block's
 * values and formulas as one 2-D array and its number formats as another, the tables over them with
 * the plan's own totals, the styles per region, column widths and frozen rows, then how it prints
 * (queuePage.ts: wrapped texts, row heights, page layout). The summary sheet's chart is a step of its
 * own, after the fill (queueChart.ts).
 */

export interface Renames extends FormulaRenames {
  /** Defined names written under another name: plan name (exact) → written name. */
  readonly shownNames: ReadonlyMap<string, string>;
}

/**
 * Queues one sheet's contents: blocks, tables with their totals rows, styles, widths, frozen rows,
 * wraps, row heights and page layout.
 * `carried` holds typed values from the old copy ("row,column" in src/formula/a1.ts's convention)
 * that take the place of the plan's literal in the same cell (same format and style).
 */
export function queueSheet(
  ws: Excel.Worksheet,
  sheet: PreparedSheet,
  renames: Renames,
  tableName: (planName: string) => string,
  carried: ReadonlyMap<string, string | number | boolean>,
): void {
  queueBlocks(ws, sheet, renames, carried);
  queueTables(ws, sheet, tableName);
  for (const run of styleRuns(sheet)) applyLook(ws.getRange(areaAddress(run.rect)).format, CELL_LOOK[run.style]);
  queueLayout(ws, sheet);
  queuePage(ws, sheet.plan);
}

/** Each block's formulas and number formats, each as one 2-D array. */
function queueBlocks(ws: Excel.Worksheet, sheet: PreparedSheet, renames: Renames, carried: ReadonlyMap<string, string | number | boolean>): void {
  for (const block of sheet.blocks) {
    const range = ws.getRange(areaAddress(block.rect));
    range.formulas = block.cells.map((row, r) =>
      row.map((cell, c) => {
        const typed = carried.get(`${block.rect.top + r},${block.rect.left + c}`);
        return cellInput(typed === undefined ? cell : { ...cell, value: typed, formula: undefined }, renames);
      }),
    );
    if (block.cells.some((row) => row.some((cell) => cell.numberFormat !== undefined))) {
      range.numberFormat = block.cells.map((row) => row.map((cell) => cell.numberFormat ?? "General"));
    }
  }
}

/**
 * The tables, added over their header and data rows once the values are there. A plan's total row
 * stays a plain row just under the table, written with the blocks, and is not turned into the
 * table's totals row (showTotals): a number format written into a totals row is not applied (office-js
 * #1970, closed "by design"), and that row shows the column's format instead, which is not the
 * total's (Stadsdelar's rest row has none). The .xlsx writer writes the same plain row, for reasons
 * of its own (src/files/xlsx/writePlan.ts), so both writers make the same table.
 */
function queueTables(ws: Excel.Worksheet, sheet: PreparedSheet, tableName: (planName: string) => string): void {
  for (const table of sheet.tables) {
    const body: CellArea = table.totalsRow ? { ...table.rect, bottom: table.rect.bottom - 1 } : table.rect;
    const added = ws.tables.add(areaAddress(body), true);
    added.name = tableName(table.name);
    added.style = TABLE_STYLE;
  }
}

/** Column widths (a run of equal widths as one range) and frozen header rows. */
function queueLayout(ws: Excel.Worksheet, sheet: PreparedSheet): void {
  const widths = sheet.plan.columnWidths ?? [];
  for (let c = 0; c < widths.length; ) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    ws.getRange(`${columnLetter(c)}:${columnLetter(end)}`).format.columnWidth = columnWidthPoints(widths[c]);
    c = end + 1;
  }
  if (sheet.plan.freezeRows && sheet.plan.freezeRows > 0) ws.freezePanes.freezeRows(sheet.plan.freezeRows);
}

/**
 * What to put into Range.formulas for a plan cell. A text Excel would read as something else (a
 * number, a date, a formula, TRUE) is written with a leading apostrophe, which keeps it text.
 */
function cellInput(cell: PlanCell, renames: Renames): string | number | boolean {
  if (cell.formula !== undefined) return renameInFormula(cell.formula, renames);
  const v = cell.value;
  if (v === null) return "";
  if (typeof v !== "string") return v;
  // A text that is exactly a defined name shows the user which name to use (Parametrar's name
  // column): it shows the name the workbook really has.
  const shown = renames.shownNames.get(v);
  if (shown !== undefined) return shown;
  const ambiguous =
    /^[=+\-@']/.test(v) ||
    /^\s*[\d.,\s]+%?\s*$/.test(v) ||
    /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/.test(v) ||
    /^\s*\d{1,2}:\d{2}/.test(v) ||
    /^(true|false)$/i.test(v.trim());
  return ambiguous ? `'${v}` : v;
}

type Edge = Parameters<Excel.RangeBorderCollection["getItem"]>[0];

const EDGES: Readonly<Record<NonNullable<CellLook["borders"]>["edges"], readonly Edge[]>> = {
  top: ["EdgeTop"],
  bottom: ["EdgeBottom"],
  grid: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"],
};

/** A plan style's look (src/workbook/plan/styles.ts) on a range: font, fill, wrapping, thin borders. */
function applyLook(format: Excel.RangeFormat, look: CellLook): void {
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.fontColor !== undefined) format.font.color = look.fontColor;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText !== undefined) format.wrapText = look.wrapText;
  for (const edge of look.borders ? EDGES[look.borders.edges] : []) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    if (look.borders?.color !== undefined) border.color = look.borders.color;
  }
}
