/*
 * A1 addresses and sheet-qualified references, as the plan's formulas write them (en-US A1 syntax,
 * the form Range.formulas and OOXML both take).
 */

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

/** Parses "C5" / "$C$5" into a 0-based column and a 1-based row. */
export function parseCellAddress(address: string): { column: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new RangeError(`"${address}" is not an A1 cell address`);
  return { column: columnIndex(match[1]), row: Number(match[2]) };
}

/** The first date whose serial Excel and LibreOffice agree on (Excel counts a 29 February 1900). */
export const FIRST_SERIAL_DATE = "1900-03-01";

/**
 * Excel's serial number of an ISO date ("2018-12-31" → 43465): days since 1899-12-30, which is how a
 * date cell holds its value in every Excel and in LibreOffice with the default 1899 base. Dates
 * before 1900-03-01 are refused: Excel (which believes 1900 was a leap year) would show them a day
 * off, and before 1900 not at all.
 */
export function excelDateSerial(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`"${isoDate}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${isoDate}" is not a calendar date`);
  }
  if (isoDate < FIRST_SERIAL_DATE) throw new RangeError(`"${isoDate}" is before ${FIRST_SERIAL_DATE}, which Excel does not show right`);
  return Math.round(check.getTime() / 86_400_000) + 25_569;
}

/**
 * A sheet name as a formula must write it: bare when it is a plain ASCII identifier that cannot be
 * read as a cell reference, otherwise in single quotes with inner quotes doubled
 * ('Kommuner (2)'!B4, 'Avtal 2026–2030'!C5, 'Källor och metod'!A1).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
