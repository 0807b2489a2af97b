import type { PlanPrint, PlanRowHeight, PlanSheet } from "../workbook/plan";
import { areaAddress, parseArea } from "../workbook/a1";
import { WRAP_LOOK, WrapLook } from "../workbook/styles";

/*
 * How a sheet prints, as Office.js operations queued for the fill's second sync: the plan's wrapped
 * texts (merged across the printed width and aligned top left, or a column wrapped cell by cell),
 * the rows' heights, and the page layout (A4, orientation, one page wide, the header row on every
 * page, the header and footer of every page). The .xlsx writer applies the same to its file
 * (src/files/xlsx/page.ts). The plan was checked against Excel's rules before (prepare.ts).
 */

export function queuePage(ws: Excel.Worksheet, sheet: PlanSheet): void {
  for (const wrap of sheet.wraps ?? []) {
    const range = ws.getRange(areaAddress(parseArea(wrap.range)));
    if (wrap.merge) range.merge(false);
    align(range.format, wrap.merge ? WRAP_LOOK.merged : WRAP_LOOK.cells);
  }
  for (const run of heightRuns(sheet.rowHeights ?? [])) {
    // The rows' height, set on their first cells: Range.format.rowHeight sets every row of a range.
    ws.getRange(areaAddress({ top: run.first, bottom: run.last, left: 0, right: 0 })).format.rowHeight = run.height;
  }
  if (sheet.print) queuePrint(ws.pageLayout, sheet.print);
}

function align(format: Excel.RangeFormat, look: WrapLook): void {
  if (look.horizontal === "left") format.horizontalAlignment = "Left";
  format.verticalAlignment = "Top";
  format.wrapText = look.wrapText;
}

/** Consecutive rows of the same height as one range each. */
function heightRuns(heights: readonly PlanRowHeight[]): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/** The page layout; the header's and footer's empty parts stay as a new sheet has them (empty). */
function queuePrint(layout: Excel.PageLayout, print: PlanPrint): void {
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  // "4:4" → "$4:$4": whole rows, as Excel writes print titles.
  if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows.replace(/(\d+)/g, "$$$1"));
  if (print.printArea !== undefined) layout.setPrintArea(print.printArea);
  const page = layout.headersFooters.defaultForAllPages;
  const parts = {
    leftHeader: print.header.left,
    centerHeader: print.header.center,
    rightHeader: print.header.right,
    leftFooter: print.footer.left,
    centerFooter: print.footer.center,
    rightFooter: print.footer.right,
  };
  for (const [part, text] of Object.entries(parts) as [keyof typeof parts, string][]) if (text !== "") page[part] = text;
}
