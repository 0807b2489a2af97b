/*
 * Calendar dates as the workbook holds them: an ISO date ("2018-12-31") and Excel's serial number of
 * it. The date a user types is read in src/params/read.ts; this is where a date becomes a cell.
 */

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
