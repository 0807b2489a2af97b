import type { Locale } from "../i18n/locale";
import type { Context } from "./buildContext";
import type { PageTexts } from "./sheet";

/*
 * The printed page's words: each sheet's header (its title, the population's date) and footer (the
 * source, the add-in's version, "Sida x av y"), and dates and times in the workbook's language and
 * Stockholm's local time.
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

/** A literal text in a header or footer: Excel reads "&" as the start of a code, so it is doubled. */
const literal = (text: string): string => text.replace(/&/g, "&&");

/** The header and footer of a sheet: its title and the population's date; its source, the version and the page. */
export function pageTexts(ctx: Context, title: string, source: string): PageTexts {
  const p = ctx.t.annual.print;
  return {
    header: { left: literal(title), center: "", right: literal(p.populationAsOf(longDate(ctx.options.referenceDate, ctx.options.locale))) },
    // The source and the version one above the other on the left, the page on the right: a centre part would share the width of a portrait page with a long source and overlap it.
    footer: { left: `${literal(p.source(source))}\n${literal(p.madeWith(ctx.version))}`, center: "", right: p.page },
  };
}
