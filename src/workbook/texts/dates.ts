import type { Locale } from "../../i18n/locale";

/*
 * Dates and times as the workbook writes them for people: in its language, and in Stockholm's local
 * time (the page headers, Källor och metod, the pane's and the command's summaries).
 */

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
