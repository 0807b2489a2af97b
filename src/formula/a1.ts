/*
 * A1 addresses and sheet-qualified references: the product's one A1 module (en-US A1 syntax, the
 * form Range.formulas and OOXML both take). The plan, both writers, the checker and the pane all
 * count cells here; only the Excel double keeps its own on purpose (it must not share the code it
 * measures).
 *
 * One convention throughout: a column is an index counted from 0 (A = 0, Z = 25, AA = 26), a row is
 * its number as the address shows it, counted from 1. So cellAddress(2, 5) is "C5" and
 * parseCellAddress("C5") is { column: 2, row: 5 }; a CellArea's top and bottom are row numbers too.
 * Where a position comes from an array of values or from Office.js (Range.rowIndex counts from 0),
 * the caller adds 1 to the row where it reads it, once.
 *
 * Reading an address: parseCellAddress and parseArea throw (for addresses the code wrote itself, where
 * a bad one is a bug); readCellAddress and readArea return undefined (for addresses from outside,
 * or where the caller says what is wrong in its own words).
 */

/** Excel's grid: 1 048 576 rows, 16 384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** One cell: column index from 0, row number from 1. */
export interface CellPosition {
  readonly column: number;
  readonly row: number;
}

/** A rectangle of cells, inclusive: rows are row numbers (from 1), columns indices (from 0). */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index} is not a whole number ≥ 0`);
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** "C5" for column 2 (0-based) and row 5 (1-based). */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "$C$5": absolute, for defined names and for ranges every row of a table refers to. */
export function absoluteAddress(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** "$C$5:$C$30": an absolute range in one column. */
export function absoluteColumnRange(column: number, firstRow: number, lastRow: number): string {
  return `${absoluteAddress(column, firstRow)}:${absoluteAddress(column, lastRow)}`;
}

/**
 * The prefix of a reference to another sheet: `'Kommuner'!`. Always quoted, which is valid for every
 * sheet name in Excel and LibreOffice and spares the rules for when quotes are needed (spaces, dashes,
 * non-ASCII letters, names that look like cells); a quote inside the name is doubled.
 */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/**
 * The A1 grammar of one cell, as a regular-expression source with four groups: the column's "$",
 * its letters, the row's "$", its digits. The one formula tokenizer (src/formula/tokens.ts) builds
 * its reference patterns from it, so a cell reads one way.
 */
export const CELL_PATTERN = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
const WHOLE_CELL = new RegExp(`^${CELL_PATTERN}$`);

/** "C5", "$C$5" or " C5 " as a cell of the grid; undefined for anything else, row 0 and cells past the grid's edge included. */
export function readCellAddress(address: string): CellPosition | undefined {
  const match = WHOLE_CELL.exec(address.trim());
  if (!match) return undefined;
  const column = columnIndex(match[2]);
  const row = Number(match[4]);
  return row >= 1 && row <= MAX_ROWS && column < MAX_COLUMNS ? { column, row } : undefined;
}

/** As readCellAddress, for addresses the code wrote itself: anything else throws a RangeError. */
export function parseCellAddress(address: string): CellPosition {
  const cell = readCellAddress(address);
  if (!cell) throw new RangeError(`"${address}" is not an A1 cell address`);
  return cell;
}

/** "A4:E31" (corners in any order) or a single cell "A4" as an area; undefined for anything else. */
export function readArea(range: string): CellArea | undefined {
  const [first, second = first, extra] = range.split(":");
  if (extra !== undefined) return undefined;
  const a = readCellAddress(first);
  const b = readCellAddress(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** As readArea, for ranges the code wrote itself: anything else throws a RangeError. */
export function parseArea(range: string): CellArea {
  const area = readArea(range);
  if (!area) throw new RangeError(`"${range}" is not an A1 range`);
  return area;
}

/** "A4:E31", or "A4" for an area of one cell. */
export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.left, area.top);
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${cellAddress(area.right, area.bottom)}`;
}

/**
 * An address as Excel writes it ("'Min data'!$B$3:$D$10", "Blad1!B3", "B3", whole rows "Blad1!$3:$5"
 * and columns "C:E") in its parts: the sheet as written, quotes kept ("'Min data'"; "" when there is
 * none), the sheet's name ("Min data"), and the range's top-left cell (A3 for rows 3:5, C1 for
 * columns C:E). Throws a RangeError when the range starts with none of these.
 */
export function addressParts(address: string): { readonly sheetText: string; readonly sheet: string; readonly anchor: CellPosition } {
  const bang = address.lastIndexOf("!");
  const sheetText = bang >= 0 ? address.slice(0, bang) : "";
  const first = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0];
  const sheet = sheetText.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheetText, sheet, anchor: readCellAddress(first) ?? lineStart(first) ?? parseCellAddress(first) };
}

/** The first cell of a whole row ("$3" → A3) or column ("C" → C1); undefined for anything else. */
function lineStart(text: string): CellPosition | undefined {
  const row = /^\$?(\d{1,7})$/.exec(text.trim());
  if (row) return readCellAddress(`A${row[1]}`);
  const column = /^\$?([A-Za-z]{1,3})$/.exec(text.trim());
  return column ? readCellAddress(`${column[1]}1`) : undefined;
}

/**
 * A function naming the cell at (row, column) of the values read from `address`, both counted from 0
 * within the values: cellAddressIn("Blad1!B3:D10")(0, 1) → "Blad1!C3". The sheet stays as Excel wrote it.
 */
export function cellAddressIn(address: string): (row: number, column: number) => string {
  const { sheetText, anchor } = addressParts(address);
  const prefix = sheetText ? `${sheetText}!` : "";
  return (row, column) => `${prefix}${cellAddress(anchor.column + column, anchor.row + row)}`;
}


/**
 * A name Excel would read as a cell in A1 or R1C1 notation ("A1", "KR2026", "R", "C", "R1C1", "RC2"):
 * no defined name or table may be one, and a sheet so named is quoted. (A column of up to three
 * letters with digits is taken even past XFD, as Excel refuses "XFE1" as a name too.)
 */
export function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/**
 * A sheet name as a formula must write it: bare when it is a plain ASCII identifier that cannot be
 * read as a cell reference, otherwise in single quotes with inner quotes doubled
 * ('Kommuner (2)'!B4, 'Avtal 2026–2030'!C5, 'Källor och metod'!A1).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A cell or range on a named sheet, quoted as needed ("'Kommuner 2020'!B5"); the address alone without a sheet. */
export function qualifiedAddress(sheet: string | undefined, address: string): string {
  return sheet ? `${quoteSheetName(sheet)}!${address}` : address;
}
