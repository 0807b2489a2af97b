import type { Locale } from "./locale";
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

/* Dates and times as the workbook writes them for people: in its language, and in Stockholm's local
 * time (the page headers, Källor och metod, the pane's and the command's summaries). */

const INTL: Readonly<Record<Locale, string>> = { sv: "sv-SE", en: "en-GB" };

/** Made once per language: a formatter costs far more to make than to use, and every sheet's header names the date. */
const LONG_DATES: Partial<Record<Locale, Intl.DateTimeFormat>> = {};
const STOCKHOLM_TIMES: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/** "31 december 2018" / "31 December 2018": an ISO date in the workbook's language. */
export function longDate(isoDate: string, locale: Locale): string {
  return (LONG_DATES[locale] ??= new Intl.DateTimeFormat(INTL[locale], { dateStyle: "long", timeZone: "UTC" })).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "29 november 2026 kl. 09:29" / "29 November 2026 at 09:29": a moment in Stockholm's local time. */
export function stockholmTime(isoTime: string, locale: Locale): string {
  return (STOCKHOLM_TIMES[locale] ??= new Intl.DateTimeFormat(INTL[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" })).format(new Date(isoTime));
}
