import { Decimal } from "../../engine";
import { cellAddress } from "../../formula";
import type { CellStyle, PlanBlock, PlanCell, PlanHeaderFooter, PlanSheet, PlanTable, SheetKey } from "./types";
import { laidOut } from "./sheetLayout";

/*
 * Number formats, in the en-US form that Range.numberFormat and OOXML take. They display right in
 * any Excel language because the codes are not text: "," and "." are placeholders that Excel (and
 * LibreOffice) replace with the reader's own group and decimal separators when it draws the cell. A
 * Swedish Excel therefore shows `#,##0 "kr"` as "54 931 kr" and `0.00%` as "3,97%" (as Bilaga 3
 * prints them), an English one "54,931 kr" and "3.97%". Only "kr" is literal, hence quoted.
 */
export const FORMATS = {
  kronor: '#,##0 "kr"',
  kronorExact: '#,##0.00 "kr"',
  /** A change: signed, and blank when zero (no previous cost entered). */
  kronorChange: '+#,##0 "kr";-#,##0 "kr";""',
  /** A change that is blank only when its formula gives "": signed, and 0 kr when nothing changed. */
  kronorSigned: '+#,##0 "kr";-#,##0 "kr";0 "kr"',
  /** A sum that is blank when nothing was entered. */
  kronorOrBlank: '#,##0 "kr";-#,##0 "kr";""',
  percent: "0.00%",
  percentChange: '+0.00%;-0.00%;""',
  /** As kronorSigned, for a change in percent. */
  percentSigned: "+0.00%;-0.00%;0.00%",
  population: "#,##0",
  populationExact: "#,##0.0000",
  rateForPeriod: '#,##0.0000 "kr"',
  ratePerYear: '#,##0.000 "kr"',
  perUser: '#,##0.00 "kr"',
  years: "0",
  date: "yyyy-mm-dd",
} as const;

/** The format of every exact kronor column: with öre when rounded columns beside it add up. */
export function moneyFormat(plan: { readonly addsUp: boolean }): string {
  return plan.addsUp ? FORMATS.kronorExact : FORMATS.kronor;
}

export const EMPTY: PlanCell = { value: null };

/** A total's value: the sum of its rows' values. */
export const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0));

const numeric = (value: Decimal | number): number => (typeof value === "number" ? value : value.toNumber());

export function text(value: string, style: CellStyle = "label"): PlanCell {
  return { value, style };
}

/** An input cell: a literal the user may change. */
export function input(value: Decimal | number | null, numberFormat: string): PlanCell {
  return { value: value === null ? null : numeric(value), numberFormat, style: "input" };
}

/**
 * A computed cell: the formula and the value the engine computed for it (a text for a formula that
 * gives one, null for one that gives "" and so shows blank).
 */
export function formula(formulaText: string, value: Decimal | number | string | null, numberFormat: string, style: CellStyle = "derived"): PlanCell {
  if (!formulaText.startsWith("=")) throw new Error(`formula "${formulaText}" must start with "="`);
  return { value: value === null || typeof value === "string" ? value : numeric(value), formula: formulaText, numberFormat, style };
}

/** A sheet's printed header and footer (page.ts). */
export interface PageTexts {
  readonly header: PlanHeaderFooter;
  readonly footer: PlanHeaderFooter;
}

/** Collects a sheet's blocks and tables, with rows and columns as the sheet numbers them. */
export class SheetBuilder {
  private readonly blocks: { row: number; column: number; cells: PlanCell[][] }[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly spans: number[] = [];
  private readonly wrapColumns: Record<number, number> = {};

  constructor(
    readonly key: SheetKey,
    readonly name: string,
  ) {}

  /** Puts rows of cells with their top-left corner at `row` (1-based) and `column` (0-based). */
  put(row: number, column: number, rows: readonly (readonly PlanCell[])[]): void {
    if (rows.length === 0) return;
    // A loop, not Math.max(...rows): spreading some 100 000 rows into arguments overflows the stack.
    let width = 0;
    for (const cells of rows) if (cells.length > width) width = cells.length;
    const padded = rows.map((cells) => [...cells, ...Array<PlanCell>(width - cells.length).fill(EMPTY)]);
    this.blocks.push({ row, column, cells: padded });
  }

  /**
   * Texts in column A, one a row from `row` on, each spanning the printed width: merged across the
   * sheet's columns and wrapped (titles, subtitles, notes, footnotes, the paragraph).
   */
  text(row: number, lines: readonly (string | PlanCell)[], style: CellStyle = "note"): void {
    this.put(
      row,
      0,
      lines.map((line) => [typeof line === "string" ? text(line, style) : line]),
    );
    lines.forEach((_, index) => this.spans.push(row + index));
  }

  /** A column whose texts wrap inside `width` characters (long quotes, explanations). */
  wrapColumn(column: number, width: number): void {
    this.wrapColumns[column] = width;
  }

  /** An Excel table from its header row to its last row (the totals row when `totalsRow`). */
  table(name: string, firstColumn: number, headerRow: number, lastColumn: number, lastRow: number, totalsRow: boolean): void {
    this.tables.push({ name, range: `${cellAddress(firstColumn, headerRow)}:${cellAddress(lastColumn, lastRow)}`, totalsRow });
  }

  /**
   * The sheet laid out for screen and paper (sheetLayout.ts): widths from its widest values, wrapped
   * texts, row heights, and the page setup with `page`'s header and footer; `headerRow` is frozen
   * and printed on every page.
   */
  finish(page: PageTexts, options: { readonly headerRow?: number; readonly lastColumn?: number; readonly printedTo?: { readonly row: number; readonly column: number } } = {}): PlanSheet {
    const { headerRow, lastColumn, printedTo } = options;
    return laidOut(this.build([], headerRow), {
      spans: this.spans,
      wrapColumns: this.wrapColumns,
      ...(headerRow !== undefined ? { freezeRows: headerRow, titleRows: `${headerRow}:${headerRow}` } : {}),
      ...(lastColumn !== undefined ? { lastColumn } : {}),
      ...(printedTo !== undefined ? { printedTo } : {}),
      header: page.header,
      footer: page.footer,
    });
  }

  build(columnWidths: readonly number[], freezeRows?: number): PlanSheet {
    const blocks: PlanBlock[] = this.blocks.map((block) => ({ anchor: cellAddress(block.column, block.row), cells: block.cells }));
    return {
      key: this.key,
      name: this.name,
      blocks,
      tables: this.tables,
      columnWidths,
      ...(freezeRows !== undefined ? { freezeRows } : {}),
    };
  }
}
