import { cellAddress, parseCellAddress } from "../../formula";
import type { CellStyle, PlanCell, PlanHeaderFooter, PlanPrint, PlanRowHeight, PlanSheet, PlanWrap } from "./types";

/*
 * How a sheet fits the page: column widths from the widest value each column shows (formatted as
 * its number format shows it, so no cell shows ###), long texts wrapped inside the printed width with
 * the row heights they need, and the page setup (A4, orientation, one page wide, the header row on
 * every page, header and footer). Widths are in Excel's unit, the width of one digit of the default
 * font (Calibri 11); heights in points.
 *
 * The measures err on the wide side: every character counts as a digit's width (most letters are
 * narrower), bold text 5 % more, and a value a tenth more again, since LibreOffice's substitute
 * fonts are wider than Calibri. A few characters too many cost a little scale when the page is fitted to its width; one
 * too few shows ### or cuts a line.
 */

/** What the sheet builder tells about a sheet's layout (SheetBuilder.finish). */
export interface LayoutRequest {
  /** Rows whose one text (in column A) spans the printed width: merged across it and wrapped. */
  readonly spans: readonly number[];
  /** Columns whose texts wrap inside a fixed width (characters), e.g. the quotes on Källor och metod. */
  readonly wrapColumns: Readonly<Record<number, number>>;
  readonly freezeRows?: number;
  /** The table's header row, repeated on every printed page ("4:4"). */
  readonly titleRows?: string;
  /** The last row and column printed (from 1 and from 0), when not the sheet's last: the print area's corner. */
  readonly printedTo?: { readonly row: number; readonly column: number };
  readonly header: PlanHeaderFooter;
  readonly footer: PlanHeaderFooter;
  /** The sheet's last column, when the tables reach further than the cells measured (default: the widest row). */
  readonly lastColumn?: number;
}

const MIN_WIDTH = 6;
/** What a cell that is blank now may show later (an input or a formula waiting for one): up to 9 999 999 kr, or persons. */
const PLACEHOLDER = 9_999_999;

type Grid = Map<number, Map<number, PlanCell>>;

function gridOf(sheet: PlanSheet): Grid {
  const grid: Grid = new Map();
  for (const block of sheet.blocks) {
    const anchor = parseCellAddress(block.anchor);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = anchor.row + r;
        if (!grid.has(row)) grid.set(row, new Map());
        grid.get(row)!.set(anchor.column + c, cell);
      }),
    );
  }
  return grid;
}

/** A format code's section taken apart once: the digits' pattern and the literal text around it. */
interface FormatSection {
  /** The section shown as it is, when it has no digits (a date code aside). */
  readonly text?: string;
  readonly before: string;
  readonly after: string;
  readonly decimals: number;
  readonly grouped: boolean;
  readonly percent: boolean;
}

interface ParsedFormat {
  readonly date: boolean;
  readonly sections: readonly FormatSection[];
}

/** Format codes taken apart, by code: a plan has a handful, shown in thousands of cells. */
const PARSED_FORMATS = new Map<string, ParsedFormat>();

function parseFormat(code: string): ParsedFormat {
  const literal = (text: string) => text.replace(/"([^"]*)"/g, "$1");
  const sections = (code.match(/(?:"[^"]*"|[^;])+/g) ?? [code]).map((section): FormatSection => {
    const numeric = /[#0][#0,]*(?:\.0+)?/.exec(section.replace(/"[^"]*"/g, (quoted) => "\u0000".repeat(quoted.length)));
    if (!numeric) return { text: literal(section), before: "", after: "", decimals: 0, grouped: false, percent: false };
    return {
      before: literal(section.slice(0, numeric.index)),
      after: literal(section.slice(numeric.index + numeric[0].length)),
      decimals: (numeric[0].split(".")[1] ?? "").length,
      grouped: numeric[0].includes(","),
      percent: section.includes("%"),
    };
  });
  return { date: /y{2,4}/.test(code), sections };
}

/** The section of `code` that shows `value`, and the value as that section shows it (negative sections show it without its sign). */
function sectionFor(value: number, code: string): { readonly section: FormatSection; readonly shown: number } | "date" {
  let format = PARSED_FORMATS.get(code);
  if (format === undefined) PARSED_FORMATS.set(code, (format = parseFormat(code)));
  if (format.date) return "date";
  const { sections } = format;
  if (value < 0 && sections[1] !== undefined) return { section: sections[1], shown: -value };
  if (value === 0 && sections[2] !== undefined) return { section: sections[2], shown: value };
  return { section: sections[0], shown: value };
}

const DATE_SHOWN = "0000-00-00";

/** A number as a format code shows it: enough for the codes of sheet.ts (groups, decimals, %, signs, quoted text, dates). */
export function formattedNumber(value: number, code: string): string {
  const found = sectionFor(value, code);
  if (found === "date") return DATE_SHOWN;
  const { section, shown } = found;
  if (section.text !== undefined) return section.text;
  const scaled = section.percent ? shown * 100 : shown;
  const digits = Math.abs(scaled).toFixed(section.decimals);
  const [whole, fraction] = digits.split(".");
  const grouped = section.grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const number = `${scaled < 0 ? "-" : ""}${grouped}${fraction !== undefined ? `.${fraction}` : ""}`;
  return section.before + number + section.after;
}

/** formattedNumber(value, code).length, without writing the text: a column's width asks it of every cell. */
export function formattedLength(value: number, code: string): number {
  const found = sectionFor(value, code);
  if (found === "date") return DATE_SHOWN.length;
  const { section, shown } = found;
  if (section.text !== undefined) return section.text.length;
  const scaled = section.percent ? shown * 100 : shown;
  const digits = Math.abs(scaled).toFixed(section.decimals);
  if (digits.includes("e")) return formattedNumber(value, code).length;
  // toFixed writes no sign and no groups: one comma per three digits of the whole part.
  const whole = section.decimals > 0 ? digits.length - section.decimals - 1 : digits.length;
  const groups = section.grouped ? Math.floor((whole - 1) / 3) : 0;
  return section.before.length + (scaled < 0 ? 1 : 0) + digits.length + groups + section.after.length;
}

const SIZE: Partial<Record<CellStyle, number>> = { title: 14, subtitle: 12 };
const BOLD = new Set<CellStyle | undefined>(["title", "subtitle", "header", "total"]);

/** How many digit widths a character of this style takes. */
function charWidth(style: CellStyle | undefined): number {
  return ((SIZE[style ?? "label"] ?? 11) / 11) * (BOLD.has(style) ? 1.05 : 1);
}

/** A line's height in points for the style's font. */
function lineHeight(style: CellStyle | undefined): number {
  return Math.ceil((SIZE[style ?? "label"] ?? 11) * 1.36);
}

/** How many lines a text takes wrapped at `width` (digit widths), words kept whole where they fit. */
export function wrappedLines(text: string, width: number, style: CellStyle | undefined): number {
  const capacity = Math.max(4, (width - 1) / charWidth(style));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/[ \u00a0]+/)) {
      const length = word.length;
      if (used > 0 && used + 1 + length > capacity) {
        lines += 1;
        used = 0;
      }
      if (length > capacity) {
        lines += Math.ceil(length / capacity) - 1;
        used = length % capacity;
      } else {
        used += (used > 0 ? 1 : 0) + length;
      }
    }
  }
  return lines;
}

/** The width (digit widths, padding included) a cell needs to show its widest value. */
function cellWidth(cell: PlanCell): number {
  const factor = charWidth(cell.style);
  if (cell.style === "header" && typeof cell.value === "string") {
    // Headers wrap: the longest word must fit, and three lines must hold the whole header.
    const longest = Math.max(...cell.value.split(/\s+/).map((word) => word.length));
    return Math.ceil(Math.max(longest, cell.value.length / 3) * factor + 2);
  }
  let longest = -1;
  if (typeof cell.value === "number") longest = cell.numberFormat ? formattedLength(cell.value, cell.numberFormat) : String(cell.value).length;
  if (typeof cell.value === "string") longest = cell.value.length;
  // A cell that is blank now (an input, a formula waiting for one) must hold what it will show.
  const waiting = cell.style === "input" || (cell.formula !== undefined && typeof cell.value !== "number");
  if (waiting && cell.numberFormat && cell.numberFormat !== "General") {
    // Signed formats ("+#,##0 …") show a sign: the placeholder is negative there.
    const signed = cell.numberFormat.startsWith("+");
    const placeholder = (/%/.test(cell.numberFormat) ? 9.9999 : PLACEHOLDER) * (signed ? -1 : 1);
    longest = Math.max(longest, formattedLength(placeholder, cell.numberFormat));
  }
  if (longest < 0) return 0;
  return Math.ceil(longest * factor * 1.1 + 2);
}

/** True for the text of `cell` (at `column` of a row's cells) that may flow over empty cells to its right (it has nothing beside it). */
function flowsOver(cells: ReadonlyMap<number, PlanCell>, column: number, cell: PlanCell): boolean {
  if (typeof cell.value !== "string" || cell.formula !== undefined || cell.style === "header") return false;
  const right = cells.get(column + 1);
  return !right || (right.value === null && right.formula === undefined && right.style !== "input");
}

function widthsOf(grid: Grid, request: LayoutRequest, lastColumn: number): number[] {
  const spans = new Set(request.spans);
  const widths = Array.from({ length: lastColumn + 1 }, (_, column) => request.wrapColumns[column] ?? MIN_WIDTH);
  for (const [row, cells] of grid) {
    if (spans.has(row)) continue;
    for (const [column, cell] of cells) {
      if (request.wrapColumns[column] !== undefined || column > lastColumn || flowsOver(cells, column, cell)) continue;
      widths[column] = Math.max(widths[column], cellWidth(cell));
    }
  }
  return widths;
}

function heightsOf(grid: Grid, request: LayoutRequest, widths: readonly number[]): PlanRowHeight[] {
  const spans = new Set(request.spans);
  // A text spanning the page spans the printed columns.
  const total = widths.slice(0, (request.printedTo?.column ?? widths.length - 1) + 1).reduce((sum, width) => sum + width, 0);
  const heights: PlanRowHeight[] = [];
  for (const row of [...grid.keys()].sort((a, b) => a - b)) {
    let height = 0;
    let wrapped = false;
    for (const [column, cell] of grid.get(row)!) {
      if (typeof cell.value !== "string") continue;
      const width = spans.has(row) && column === 0 ? total : request.wrapColumns[column] !== undefined || cell.style === "header" ? widths[column] : undefined;
      if (width === undefined) continue;
      wrapped = true;
      // The paragraph's text changes with the chosen unit: room for two lines more than it has now.
      const slack = cell.formula !== undefined ? 2 : 0;
      const lines = wrappedLines(cell.value, width, cell.style) + slack;
      height = Math.max(height, lines * lineHeight(cell.style) + (lines > 1 ? 3 : 0));
    }
    // One line of the default font is Excel's default height already.
    if (wrapped && height > 15) heights.push({ row, height });
  }
  return heights;
}

function wrapsOf(grid: Grid, request: LayoutRequest, lastColumn: number): PlanWrap[] {
  const spanLast = Math.min(lastColumn, request.printedTo?.column ?? lastColumn);
  const wraps: PlanWrap[] = request.spans.map((row) => ({ range: `${cellAddress(0, row)}:${cellAddress(spanLast, row)}`, merge: true }));
  // The rows that hold a wrapped column's text are wrapped and top-aligned across the printed width, so a
  // value beside a label of two lines prints on the label's first line, not at the bottom of the row.
  const rows = Object.keys(request.wrapColumns).flatMap((key) => [...grid.keys()].filter((row) => typeof grid.get(row)?.get(Number(key))?.value === "string" && !request.spans.includes(row)));
  if (rows.length > 0) wraps.push({ range: `${cellAddress(0, Math.min(...rows))}:${cellAddress(lastColumn, Math.max(...rows))}`, merge: false });
  return wraps;
}

/* A4 less Excel's default margins (0,7" left and right, 0,75" top and bottom), in pixels at 96 dpi. */
const PAGE = { portrait: { width: 659, height: 940 }, landscape: { width: 988, height: 615 } } as const;

function printOf(request: LayoutRequest, allWidths: readonly number[], heights: readonly PlanRowHeight[], sheetLastRow: number): PlanPrint {
  // Only the printed columns and rows are scaled onto the page.
  const widths = request.printedTo ? allWidths.slice(0, request.printedTo.column + 1) : allWidths;
  const lastRow = request.printedTo ? request.printedTo.row : sheetLastRow;
  const widthPx = widths.reduce((sum, width) => sum + width * 7 + 5, 0);
  const orientation = widthPx > PAGE.portrait.width * 1.15 ? "landscape" : "portrait";
  const page = PAGE[orientation];
  const scale = Math.min(1, page.width / widthPx);
  const tall = new Map(heights.map((entry) => [entry.row, entry.height]));
  let heightPt = 0;
  for (let row = 1; row <= lastRow; row++) heightPt += tall.get(row) ?? 15;
  // One page tall when the rows, scaled to the page's width, need at most half a page more and the
  // text, shrunk to one page, keeps at least 60 % of its size; else as many pages as they take.
  const pages = (((heightPt * 96) / 72) * scale) / page.height;
  const fitToHeight = pages <= 1 || (pages <= 1.5 && scale / pages >= 0.6) ? 1 : 0;
  return {
    paperSize: "A4",
    orientation,
    fitToWidth: 1,
    fitToHeight,
    ...(request.titleRows ? { titleRows: request.titleRows } : {}),
    ...(request.printedTo ? { printArea: `A1:${cellAddress(request.printedTo.column, request.printedTo.row)}` } : {}),
    header: request.header,
    footer: request.footer,
  };
}

/** The sheet with its column widths, wrapped texts, row heights and page setup. */
export function laidOut(sheet: PlanSheet, request: LayoutRequest): PlanSheet {
  const grid = gridOf(sheet);
  let lastColumn = request.lastColumn ?? 0;
  for (const [row, cells] of grid) {
    if (request.spans.includes(row)) continue;
    for (const [column, cell] of cells) if (cell.value !== null || cell.formula !== undefined || cell.style === "input") lastColumn = Math.max(lastColumn, column);
  }
  const widths = widthsOf(grid, request, lastColumn);
  const rowHeights = heightsOf(grid, request, widths);
  const lastRow = Math.max(...grid.keys());
  return {
    ...sheet,
    columnWidths: widths,
    ...(request.freezeRows !== undefined ? { freezeRows: request.freezeRows } : {}),
    wraps: wrapsOf(grid, request, lastColumn),
    rowHeights,
    print: printOf(request, widths, rowHeights, lastRow),
  };
}
