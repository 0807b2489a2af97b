import { Decimal } from "../engine";
import { formatNumber, withPercentSign, type Locale, type Bilingual } from "../i18n";
import type { Unit } from "./types";

/*
 * Figures in messages, the papers' way: "1 383 004,47 kr", "3,9718 %", "962 152"; the numbers
 * through the product's one number writer (formatNumber in src/i18n/locale.ts).
 */

function decimalsFor(value: Decimal, unit: Unit, max: number): number {
  const places = value.toDecimalPlaces(max, Decimal.ROUND_HALF_UP).decimalPlaces();
  return unit === "percent" ? Math.max(2, places) : places === 0 ? 0 : Math.max(2, places);
}

/** A figure with its unit; an exact value shows up to 2 decimals (kronor, persons) or 4 (percent). */
export function formatFigure(value: Decimal | number | string, unit: Unit, locale: Locale): string {
  const decimal = new Decimal(value);
  const decimals = decimalsFor(decimal, unit, unit === "percent" ? 4 : 2);
  const number = formatNumber(decimal.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber(), locale, decimals);
  if (unit === "kr") return `${number}\u00a0kr`;
  if (unit === "percent") return withPercentSign(number, locale);
  return number;
}

/** The unit of a difference between two percentages. */
export const PERCENTAGE_POINTS = { sv: () => "procentenheter", en: () => "percentage points" } as const satisfies Bilingual;

/** A signed difference ("+1", "−0,47 kr", "+0,02 procentenheter"). */
export function formatDifference(value: Decimal | number, unit: Unit, locale: Locale): string {
  const decimal = new Decimal(value);
  const sign = decimal.isNegative() && !decimal.isZero() ? "\u2212" : "+";
  const magnitude = decimal.abs();
  if (unit === "percent") {
    // A percentage's decimals (2 to 4), in percentage points rather than with a "%".
    const places = decimalsFor(magnitude, unit, 4);
    const text = formatNumber(magnitude.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber(), locale, places);
    return `${sign}${text}\u00a0${PERCENTAGE_POINTS[locale]()}`;
  }
  return `${sign}${formatFigure(magnitude, unit, locale)}`;
}
