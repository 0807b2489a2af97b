/*
 * A1 addresses for the cells of a range the pane read, so every message about a wrong row names the
 * cell the user has to fix ("Blad1!C7").
 */

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((index, letter) => index * 26 + (letter.charCodeAt(0) - 64), 0) - 1;
}

export interface RangeOrigin {
  /** The sheet's name as Excel writes it in an address (quoted when needed: "'Min data'"). */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** The sheet and top-left cell of an address such as "Blad1!B3:D10", "'Min data'!$A$1" or "B3". */
export function rangeOrigin(address: string): RangeOrigin {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang) : "";
  const cells = bang >= 0 ? address.slice(bang + 1) : address;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cells);
  if (!match) {
    throw new Error(`not an A1 address: ${address}`);
  }
  return { sheet, row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/**
 * A function naming the cell at (row, column) of the values read from `address`, zero-based within
 * the range: cellAddressIn("Blad1!B3:D10")(0, 1) → "Blad1!C3".
 */
export function cellAddressIn(address: string): (row: number, column: number) => string {
  const origin = rangeOrigin(address);
  const prefix = origin.sheet ? `${origin.sheet}!` : "";
  return (row, column) => `${prefix}${columnLetters(origin.column + column)}${origin.row + row + 1}`;
}
