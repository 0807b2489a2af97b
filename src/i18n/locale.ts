/** The two languages of the user interface and the sheets: Swedish by default, English for English Office. */
export type Locale = "sv" | "en";

/**
 * The add-in's language for an Office display language tag ("sv-SE", "en-US", ...): English when
 * Office runs in English, Swedish otherwise (the users are Swedish economists).
 */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? "en" : "sv";
}

const NBSP = "\u00a0";

/*
 * How many decimals each kind of figure is written with for people, the same in the pane, the
 * commands, the checker's report and the workbook's cells and paragraph (the workbook's number
 * formats in src/workbook/sheet.ts are made from these).
 */
/** The rate per inhabitant and year: 0,590 kr. */
export const RATE_DECIMALS = 3;
/** The rate per inhabitant for the whole contract period: 4,7199 kr. */
export const RATE_FOR_PERIOD_DECIMALS = 4;
/** A percentage (a share, a change): 3,97 %, +182,57 %. */
export const PERCENT_DECIMALS = 2;
/** The cost per user and year: 250,00 kr. */
export const PER_USER_DECIMALS = 2;

/**
 * Formats kronor the way the papers print them: "54 931 kr" (sv) or "54,931 kr" (en).
 * Spaces are non-breaking so a figure never wraps.
 */
export function formatKronor(value: number, locale: Locale, decimals = 0): string {
  return `${formatNumber(value, locale, decimals)}${NBSP}kr`;
}

/** The Intl formatters by locale and decimals: building one costs more than checking a whole table's figures. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** Formats a whole or decimal number the papers' way: "962 154" (sv) or "962,154" (en). */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  const key = `${locale}:${decimals}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(value).replace(/\s/g, NBSP);
}

/** Formats a fraction as a percentage: 0.0397 → "3,97 %" (sv) or "3.97%" (en). */
export function formatPercent(fraction: number, locale: Locale, decimals = PERCENT_DECIMALS): string {
  const text = formatNumber(fraction * 100, locale, decimals);
  return locale === "sv" ? `${text}${NBSP}%` : `${text}%`;
}

/** The rate per inhabitant and year as people read it everywhere: "0,590 kr" (sv), "0.590 kr" (en). */
export function formatRate(value: number, locale: Locale): string {
  return formatKronor(value, locale, RATE_DECIMALS);
}
