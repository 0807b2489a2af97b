import type ExcelJS from "exceljs";
import { headerFooterText, WRAP_LOOK, WrapLook, type PlanPrint, type PlanSheet } from "../../workbook";
import { CellArea, cellAddress, readArea } from "../../formula";

/*
 * How a sheet prints, in the file: the plan's wrapped texts (merged across the printed width, or a
 * column wrapped cell by cell), the heights of their rows, and the page setup (A4, orientation, one
 * page wide, the header row on every page, a header and a footer). The Office.js writer applies the
 * same in Excel (src/excel/queuePage.ts).
 */

/** OOXML's paper size code for A4 (ExcelJS's PaperSize.A4, a const enum). */
const A4 = 9 as ExcelJS.PaperSize;

/** Applies the sheet's wraps, row heights and page setup (the plan checked before: validatePlan). */
export function applyPage(worksheet: ExcelJS.Worksheet, sheet: PlanSheet): void {
  for (const wrap of sheet.wraps ?? []) {
    const area = readArea(wrap.range) as CellArea;
    if (wrap.merge) {
      worksheet.mergeCells(wrap.range);
      align(worksheet.getCell(cellAddress(area.left, area.top)), WRAP_LOOK.merged);
    } else {
      for (let row = area.top; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++) align(worksheet.getCell(cellAddress(column, row)), WRAP_LOOK.cells);
      }
    }
  }
  for (const { row, height } of sheet.rowHeights ?? []) worksheet.getRow(row).height = height;
  if (sheet.print) applyPrint(worksheet, sheet.print);
}

/** A wrap's alignment over whatever the cell's style had (its horizontal alignment stays unless the wrap sets one). */
function align(cell: ExcelJS.Cell, look: WrapLook): void {
  cell.alignment = { ...cell.alignment, ...look };
}

/** The page setup, set property by property over ExcelJS's defaults (its margins stay). */
function applyPrint(worksheet: ExcelJS.Worksheet, print: PlanPrint): void {
  const setup = worksheet.pageSetup;
  setup.paperSize = A4;
  setup.orientation = print.orientation;
  setup.fitToPage = true;
  setup.fitToWidth = print.fitToWidth;
  setup.fitToHeight = print.fitToHeight;
  if (print.titleRows !== undefined) setup.printTitlesRow = print.titleRows;
  // Absolute, as Excel writes it ("$A$1:$I$54"): ExcelJS 4.4 puts the "$" before each corner itself, so only the rows get theirs here.
  if (print.printArea !== undefined) setup.printArea = print.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  worksheet.headerFooter.oddHeader = headerFooterText(print.header);
  worksheet.headerFooter.oddFooter = headerFooterText(print.footer);
}
