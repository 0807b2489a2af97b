import fc from "fast-check";
import { Decimal } from "../../src/engine/decimal";
import { formatKronor, formatNumber, formatPercent, type Locale } from "../../src/i18n/locale";

/* The one writer of numbers for people (src/i18n/locale.ts): each kind of decimals, and its two ways agreeing. */

const NBSP = "\u00a0";

test("a count of decimals: groups and decimal mark by language, a minus sign by language", () => {
  expect(formatNumber(962154, "sv")).toBe(`962${NBSP}154`);
  expect(formatNumber(962154, "en")).toBe("962,154");
  expect(formatNumber(0.59, "sv", 3)).toBe("0,590");
  expect(formatNumber(-5, "sv")).toBe("\u22125");
  expect(formatNumber(-5, "en")).toBe("-5");
  expect(formatKronor(54931, "sv")).toBe(`54${NBSP}931${NBSP}kr`);
  expect(formatPercent(0.0397, "sv")).toBe(`3,97${NBSP}%`);
  expect(formatPercent(0.0397, "en")).toBe("3.97%");
});

test("at most a count of decimals: the trailing zeros left out (a refused argument's value)", () => {
  expect(formatNumber(130365.41666666667, "sv", { atMost: 6 })).toBe(`130${NBSP}365,416667`);
  expect(formatNumber(130365.41666666667, "en", { atMost: 6 })).toBe("130,365.416667");
  expect(formatNumber(5, "sv", { atMost: 6 })).toBe("5");
  expect(formatNumber(-5, "en", { atMost: 6 })).toBe("-5");
});

test("all decimals: a typed figure written back digit for digit, no sign on zero, spaces in English on request", () => {
  expect(formatNumber(new Decimal("-615312.125"), "sv", "all")).toBe(`\u2212615${NBSP}312,125`);
  expect(formatNumber(new Decimal("-615312.125"), "en", "all")).toBe("-615,312.125");
  expect(formatNumber(new Decimal("615312"), "en", "all", true)).toBe(`615${NBSP}312`);
  expect(formatNumber(new Decimal("12345678901234567890.0123456789"), "en", "all")).toBe("12,345,678,901,234,567,890.0123456789");
  expect(formatNumber(new Decimal("-0"), "sv", "all")).toBe("0");
  expect(formatNumber(0.1, "sv", "all")).toBe("0,1");
});

test("a number and the same value as a Decimal, digit for digit, are written alike", () => {
  fc.assert(
    fc.property(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom<Locale>("sv", "en"), (whole, part, decimals, locale) => {
      const value = new Decimal(whole).plus(new Decimal(part).div(10_000).times(whole < 0 ? -1 : 1));
      expect(formatNumber(value, locale, decimals)).toBe(formatNumber(value.toNumber(), locale, decimals));
      expect(formatNumber(value, locale, { atMost: decimals })).toBe(formatNumber(value.toNumber(), locale, { atMost: decimals }));
    }),
  );
});

/*
 * Numbers are written by hand, not through Intl (the first Intl formatter costs a cold page about
 * 20 ms): the text must be Intl's own, character for character, which is what the product wrote
 * before. Node's Intl (full ICU) is the oracle, with the options the product used.
 */
function intlText(value: number, locale: Locale, minimum: number, maximum: number): string {
  const format = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  return format.format(value).replace(/\s/g, NBSP);
}

const decimalsOf = fc.integer({ min: 0, max: 6 });
const locales = fc.constantFrom<Locale>("sv", "en");

test("a number is written as Intl writes it: any double, each count of decimals, exact and at most", () => {
  fc.assert(
    fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), decimalsOf, locales, (value, decimals, locale) => {
      expect(formatNumber(value, locale, decimals)).toBe(intlText(value, locale, decimals, decimals));
      expect(formatNumber(value, locale, { atMost: decimals })).toBe(intlText(value, locale, 0, decimals));
    }),
    { numRuns: 3000 },
  );
});

test("a number is written as Intl writes it: the halves, where rounding decides (1,005; 2,5; −0,125)", () => {
  // A whole number of thousandths, hundredths and so on plus exactly half a unit of the last decimal shown.
  fc.assert(
    fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), decimalsOf, locales, (units, decimals, locale) => {
      const value = Number(`${units}5e-${decimals + 1}`);
      expect(formatNumber(value, locale, decimals)).toBe(intlText(value, locale, decimals, decimals));
      expect(formatNumber(value, locale, { atMost: decimals })).toBe(intlText(value, locale, 0, decimals));
    }),
    { numRuns: 3000 },
  );
  for (const value of [1.005, 2.5, -2.5, 0.5, -0.125, 123456789.125, 1e20, 1e21, 5e-7, 0.1 + 0.2]) {
    for (const decimals of [0, 1, 2, 3, 4]) for (const locale of ["sv", "en"] as const) expect(formatNumber(value, locale, decimals)).toBe(intlText(value, locale, decimals, decimals));
  }
});

test("a number is written as Intl writes it: zero, minus zero, a negative that rounds to zero, and what is no figure", () => {
  for (const value of [0, -0, -0.001, 0.001, Infinity, -Infinity, NaN]) {
    for (const locale of ["sv", "en"] as const) {
      for (const decimals of [0, 2]) expect(formatNumber(value, locale, decimals)).toBe(intlText(value, locale, decimals, decimals));
      expect(formatNumber(value, locale, { atMost: 3 })).toBe(intlText(value, locale, 0, 3));
    }
  }
  // As before: a negative number that rounds to zero keeps Intl's sign; a Decimal never shows one.
  expect(formatNumber(-0.001, "sv")).toBe("\u22120");
  expect(formatNumber(new Decimal("-0.001"), "sv", 0)).toBe("0");
});
