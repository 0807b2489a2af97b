/*
 * Just enough A1 arithmetic for the .xlsx writer: anchors ("B4", "$B$4") and ranges ("A4:E31").
 * 1-based rows and columns, as ExcelJS counts them; the letters come from src/workbook/a1.ts (0-based).
 */
import { columnIndex, columnLetter } from "../../workbook/a1";

export interface CellPosition {
  /** 1-based row. */
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  return columnIndex(letters) + 1;
}

/** 1 → "A", 27 → "AA". */
export function columnName(number: number): string {
  return columnLetter(number - 1);
}

/** Parses "C5" or "$C$5"; throws on anything else (the plan is built by code, so this is a bug). */
export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) throw new Error(`"${address}" is not an A1 cell address`);
  const row = Number(match[2]);
  const column = columnNumber(match[1]);
  if (row < 1 || row > 1048576 || column > 16384) throw new Error(`"${address}" is outside a worksheet`);
  return { row, column };
}

/** Parses "A4:E31" (or a single cell) into its corners. */
export function parseRange(range: string): RangePosition {
  const [first, second = first] = range.split(":");
  const a = parseCell(first);
  const b = parseCell(second);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}
