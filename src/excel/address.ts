/*
 * A1 addresses for the cells of a range the pane read, so every message about a wrong row names the
 * cell the user has to fix ("Blad1!C7").
 */
import { columnLetter } from "../workbook/a1";
import { parseA1 } from "../check/parse";

/** Column letters and their index, 0-based: the product's one implementation in src/workbook/a1.ts. */
export { columnLetter as columnLetters, columnIndex } from "../workbook/a1";

export interface RangeOrigin {
  /** The sheet's name as Excel writes it in an address (quoted when needed: "'Min data'"). */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** The sheet and top-left cell of an address such as "Blad1!B3:D10", "'Min data'!$A$1" or "B3". */
export function rangeOrigin(address: string): RangeOrigin {
  const bang = address.lastIndexOf("!");
  const { row, column } = parseA1(address);
  return { sheet: bang >= 0 ? address.slice(0, bang) : "", row: row - 1, column: column - 1 };
}

/**
 * A function naming the cell at (row, column) of the values read from `address`, zero-based within
 * the range: cellAddressIn("Blad1!B3:D10")(0, 1) → "Blad1!C3".
 */
export function cellAddressIn(address: string): (row: number, column: number) => string {
  const origin = rangeOrigin(address);
  const prefix = origin.sheet ? `${origin.sheet}!` : "";
  return (row, column) => `${prefix}${columnLetter(origin.column + column)}${origin.row + row + 1}`;
}
