import type ExcelJS from "exceljs";
import type { PlanHeaderFooter, PlanPrint, PlanSheet } from "../../workbook/plan";
import { CellArea, cellAddress, readArea } from "../../workbook/a1";
import { WRAP_LOOK, WrapLook } from "../../workbook/styles";

/*
 * How a sheet prints, in the file: the plan's wrapped texts (merged across the printed width, or a
 * column wrapped cell by cell), the heights of their rows, and the page setup (A4, orientation, one
 * page wide, the header row on every page, a header and a footer). The Office.js writer applies the
 * same in Excel (src/excel/queuePage.ts).
 */

/** OOXML's paper size code for A4 (ExcelJS's PaperSize.A4, a const enum). */
const A4 = 9 as ExcelJS.PaperSize;

/** "&L" + left + "&C" + center + "&R" + right: one OOXML oddHeader or oddFooter. */
export function headerFooterText(part: PlanHeaderFooter): string {
  return `&L${part.left}&C${part.center}&R${part.right}`;
}

/** Excel's limit on a header or footer: a longer one makes it repair the file. */
const MAX_HEADER_FOOTER = 255;

/**
 * Applies the sheet's wraps, row heights and page setup. `problem` turns a plan the file cannot hold
 * (a wrap that is no range, a merge of more than a row or inside a table) into the writer's error.
 */
export function applyPage(worksheet: ExcelJS.Worksheet, sheet: PlanSheet, tables: readonly CellArea[], problem: (detail: string) => Error): void {
  for (const wrap of sheet.wraps ?? []) {
    const area = readArea(wrap.range);
    if (!area) throw problem(`wrap "${wrap.range}" is not a range`);
    if (wrap.merge) {
      if (area.top !== area.bottom) throw problem(`the merged wrap ${wrap.range} is more than one row`);
      if (tables.some((t) => t.top <= area.bottom && area.top <= t.bottom && t.left <= area.right && area.left <= t.right)) {
        throw problem(`the merged wrap ${wrap.range} overlaps a table (Excel merges no cells in a table)`);
      }
      worksheet.mergeCells(wrap.range);
      align(worksheet.getCell(cellAddress(area.left, area.top)), WRAP_LOOK.merged);
    } else {
      for (let row = area.top; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++) align(worksheet.getCell(cellAddress(column, row)), WRAP_LOOK.cells);
      }
    }
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!(height > 0 && height <= 409)) throw problem(`row ${row}: a height of ${height} points is outside Excel's 0–409`);
    worksheet.getRow(row).height = height;
  }
  if (sheet.print) applyPrint(worksheet, sheet.print, problem);
}

/** A wrap's alignment over whatever the cell's style had (its horizontal alignment stays unless the wrap sets one). */
function align(cell: ExcelJS.Cell, look: WrapLook): void {
  cell.alignment = { ...cell.alignment, ...look };
}

/** The page setup, set property by property over ExcelJS's defaults (its margins stay). */
function applyPrint(worksheet: ExcelJS.Worksheet, print: PlanPrint, problem: (detail: string) => Error): void {
  const setup = worksheet.pageSetup;
  setup.paperSize = A4;
  setup.orientation = print.orientation;
  setup.fitToPage = true;
  setup.fitToWidth = print.fitToWidth;
  setup.fitToHeight = print.fitToHeight;
  if (print.titleRows !== undefined) {
    if (!/^\d+:\d+$/.test(print.titleRows)) throw problem(`print title rows "${print.titleRows}" are not a range of rows ("4:4")`);
    setup.printTitlesRow = print.titleRows;
  }
  if (print.printArea !== undefined) {
    if (!/^A1:[A-Z]+\d+$/.test(print.printArea)) throw problem(`the print area "${print.printArea}" is not a range from A1 ("A1:I54")`);
    // Absolute, as Excel writes it ("$A$1:$I$54"): ExcelJS 4.4 puts the "$" before each corner itself, so only the rows get theirs here.
    setup.printArea = print.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  }
  const header = headerFooterText(print.header);
  const footer = headerFooterText(print.footer);
  for (const text of [header, footer]) {
    if (text.length > MAX_HEADER_FOOTER) throw problem(`the header or footer "${text}" is longer than Excel's ${MAX_HEADER_FOOTER} characters`);
  }
  worksheet.headerFooter.oddHeader = header;
  worksheet.headerFooter.oddFooter = footer;
}
