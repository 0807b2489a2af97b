import type { Decimal } from "../engine";
import { cellAddress } from "./a1";
import type { CellStyle, PlanBlock, PlanCell, PlanSheet, PlanTable, SheetKey } from "./plan";

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
  /** A sum that is blank when nothing was entered. */
  kronorOrBlank: '#,##0 "kr";-#,##0 "kr";""',
  percent: "0.00%",
  percentChange: '+0.00%;-0.00%;""',
  population: "#,##0",
  populationExact: "#,##0.0000",
  rateForPeriod: '#,##0.0000 "kr"',
  ratePerYear: '#,##0.000 "kr"',
  perUser: '#,##0.00 "kr"',
  years: "0",
  date: "yyyy-mm-dd",
} as const;

export const EMPTY: PlanCell = { value: null };

const numeric = (value: Decimal | number): number => (typeof value === "number" ? value : value.toNumber());

export function text(value: string, style: CellStyle = "label"): PlanCell {
  return { value, style };
}

/** An input cell: a literal the user may change. */
export function input(value: Decimal | number | null, numberFormat: string): PlanCell {
  return { value: value === null ? null : numeric(value), numberFormat, style: "input" };
}

/** A computed cell: the formula and the value the engine computed for it. */
export function formula(formulaText: string, value: Decimal | number, numberFormat: string, style: CellStyle = "derived"): PlanCell {
  if (!formulaText.startsWith("=")) throw new Error(`formula "${formulaText}" must start with "="`);
  return { value: numeric(value), formula: formulaText, numberFormat, style };
}

/** Collects a sheet's blocks and tables, with rows and columns as the sheet numbers them. */
export class SheetBuilder {
  private readonly blocks: { row: number; column: number; cells: PlanCell[][] }[] = [];
  private readonly tables: PlanTable[] = [];

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

  /** An Excel table from its header row to its last row (the totals row when `totalsRow`). */
  table(name: string, firstColumn: number, headerRow: number, lastColumn: number, lastRow: number, totalsRow: boolean): void {
    this.tables.push({ name, range: `${cellAddress(firstColumn, headerRow)}:${cellAddress(lastColumn, lastRow)}`, totalsRow });
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
