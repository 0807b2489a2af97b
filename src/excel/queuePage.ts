import { WRAP_LOOK, WrapLook, type PlanPrint, type PlanRowHeight, type PlanSheet } from "../workbook";
import { areaAddress, parseArea, parseCellAddress } from "../formula";

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
  if (sheet.print) queuePrint(ws.pageLayout, sheet.print, printedWidth(sheet));
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
function queuePrint(layout: Excel.PageLayout, print: PlanPrint, width: number): void {
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  queueZoom(layout, print, width);
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

// ---- one page wide, even on a host that ignores a part ---------------------------------------------

/** A4 in points (portrait width and height) and Excel's "Normal" side margins, 0.7 inch each. */
const A4_POINTS = { width: 595.3, height: 841.9 };
const SIDE_MARGINS = 2 * 0.7 * 72;
/** Excel's standard column width (8.43 characters) for a column the plan gives no width. */
const STANDARD_WIDTH_CHARACTERS = 8.43;

/**
 * One page wide, set twice over. The part assumed is `zoom = { horizontalFitToPages: 1,
 * verticalFitToPages: 0 }`, "0" meaning as many pages tall as the rows need: PageLayoutZoomOptions
 * documents the two counts but not 0, and office-js #1860 reports hosts where fit to pages was not
 * applied. So a scale that fits the sheet's columns on the page's printable width goes first: a host
 * that ignores the fit keeps that scale and still prints one page wide; a host that applies it
 * replaces the scale with the fit (the double models both, src/excel-double/pageLayout.ts).
 */
function queueZoom(layout: Excel.PageLayout, print: PlanPrint, width: number): void {
  const printable = (print.orientation === "landscape" ? A4_POINTS.height : A4_POINTS.width) - SIDE_MARGINS;
  const scale = Math.max(10, Math.min(100, Math.floor((printable / width) * 100)));
  layout.zoom = { scale };
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
}

/** The width in points of the columns the sheet uses, as Excel prints them. */
function printedWidth(sheet: PlanSheet): number {
  const right = Math.max(0, ...sheet.blocks.map((block) => columnOf(block.anchor) + (block.cells[0]?.length ?? 1) - 1));
  let width = 0;
  for (let c = 0; c <= right; c++) width += columnWidthPoints(sheet.columnWidths?.[c] ?? STANDARD_WIDTH_CHARACTERS);
  return Math.max(width, 1);
}

const columnOf = (anchor: string) => parseCellAddress(anchor).column;

/** Chars → points for Range.format.columnWidth: Excel's 7-px digit width plus 5 px padding, at 0.75 pt/px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
