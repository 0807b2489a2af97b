import { Decimal } from "../engine";

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
 * formats in src/workbook/plan/sheet.ts are made from these).
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
 * How many decimals a number is written with: exactly this many ("3,970"); at most this many, the
 * trailing zeros left out ({ atMost: 6 }: "130 365,416667", "5"); or every decimal the value has
 * ("all": "0,125", what a user typed, written back).
 */
export type Decimals = number | { readonly atMost: number } | "all";

/**
 * Formats kronor the way the papers print them: "54 931 kr" (sv) or "54,931 kr" (en).
 * Spaces are non-breaking so a figure never wraps.
 */
export function formatKronor(value: number, locale: Locale, decimals = 0): string {
  return `${formatNumber(value, locale, decimals)}${NBSP}kr`;
}

/*
 * Numbers are written by hand, not through Intl.NumberFormat: the first Intl formatter a page makes
 * loads the runtime's locale data, about 20 ms in a cold Chromium (npm run bench), and the pane's
 * first view writes figures. The hand-written text is Intl's own, character for character
 * (test/i18n/locale.test.ts compares them over random numbers and every count of decimals): the
 * number's shortest decimal form (what String(value) and a Decimal of it hold, as V8's Intl takes it)
 * rounded half away from zero, groups of three, and a negative number's sign even where it rounds to
 * zero ("−0"), as Intl writes it.
 */

/** Infinity and NaN, which no figure of the product is: as Intl writes them ("∞", "NaN"). */
function notFinite(value: number, locale: Locale): string {
  if (Number.isNaN(value)) return "NaN";
  return value < 0 ? `${minusSign(locale)}\u221e` : "\u221e";
}

const minusSign = (locale: Locale) => (locale === "sv" ? "\u2212" : "-");

/** A Decimal's digits written by hand: groups, decimal mark, and a minus sign where `signed` says. */
function decimalText(value: Decimal, locale: Locale, decimals: Decimals, spaceGroups: boolean, signed: (rounded: Decimal) => boolean): string {
  const rounded = decimals === "all" ? value : value.toDecimalPlaces(typeof decimals === "number" ? decimals : decimals.atMost, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = (typeof decimals === "number" ? rounded.abs().toFixed(decimals) : rounded.abs().toFixed()).split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "sv" || spaceGroups ? NBSP : ",");
  return `${signed(rounded) ? minusSign(locale) : ""}${grouped}${fraction ? `${locale === "sv" ? "," : "."}${fraction}` : ""}`;
}

/** A Decimal (a figure as typed or computed exactly) is signed when it stays negative once rounded: never "−0". */
const negativeOnceRounded = (rounded: Decimal) => rounded.isNegative() && !rounded.isZero();

/**
 * The product's one writer of numbers for people, the papers' way: "962 154" (sv) or "962,154" (en),
 * a minus sign "−5" (sv) or "-5" (en), with `decimals` as above, digit for digit. A number with a
 * count of decimals is written as Intl.NumberFormat writes it (see above); a Decimal, and every value
 * written with "all" its decimals, never with a sign on zero. `spaceGroups` groups with spaces in
 * English too, where a comma would make an ambiguous text ("615,312").
 */
export function formatNumber(value: number | Decimal, locale: Locale, decimals: Decimals = 0, spaceGroups = false): string {
  if (typeof value !== "number" || decimals === "all" || spaceGroups) {
    return decimalText(typeof value === "number" ? new Decimal(value) : value, locale, decimals, spaceGroups, negativeOnceRounded);
  }
  if (!Number.isFinite(value)) return notFinite(value, locale);
  const negative = value < 0 || Object.is(value, -0);
  return decimalText(new Decimal(value), locale, decimals, false, () => negative);
}

/** Formats a fraction as a percentage: 0.0397 → "3,97 %" (sv) or "3.97%" (en). */
export function formatPercent(fraction: number, locale: Locale, decimals = PERCENT_DECIMALS): string {
  return withPercentSign(formatNumber(fraction * 100, locale, decimals), locale);
}

/** A number already written in percent, with the sign as each language sets it: "3,97 %" (sv, a no-break space before it), "3.97%" (en). */
export function withPercentSign(number: string, locale: Locale): string {
  return locale === "sv" ? `${number}${NBSP}%` : `${number}%`;
}

/** The rate per inhabitant and year as people read it everywhere: "0,590 kr" (sv), "0.590 kr" (en). */
export function formatRate(value: number, locale: Locale): string {
  return formatKronor(value, locale, RATE_DECIMALS);
}
