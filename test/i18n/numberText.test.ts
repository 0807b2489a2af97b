import fc from "fast-check";
import { Decimal } from "../../src/engine";
import { formatNumber } from "../../src/i18n/locale";
import { conventionOf, readNumberText, type NumberUnit } from "../../src/i18n/numberText";

/* The one reader of number text (issue 8): its rules, one by one, and a property over written numbers. */

const read = (text: string, unit: NumberUnit = "kronor", convention?: "sv" | "en") => {
  const result = readNumberText(text, { unit, ...(convention ? { convention } : {}) });
  return result.ok ? result.value.toString() : result.problem;
};

test.each([
  ["615 312", "615312"],
  ["615\u00a0312", "615312"],
  ["615\u202f312", "615312"],
  ["615\u2009312", "615312"],
  ["615 312 kr", "615312"],
  ["615 312 kronor", "615312"],
  ["615312 SEK", "615312"],
  ["SEK 615 312", "615312"],
  ["615 312:-", "615312"],
  ["615312", "615312"],
  ["1 234,50", "1234.5"],
  ["1,234,567", "1234567"],
  ["1.234.567", "1234567"],
  ["1.234,56", "1234.56"],
  ["1,234.56", "1234.56"],
  ["0,125", "0.125"],
  ["1234,567", "1234.567"],
  ["19,5", "19.5"],
  ["19.5", "19.5"],
  ["\u22123", "-3"],
  ["-3", "-3"],
  ["+3", "3"],
  [",5", "0.5"],
])("%j is %s kronor", (text, value) => {
  expect(read(text)).toBe(value);
});

test.each([
  ["", "empty"],
  ["   ", "empty"],
  ["615,312", "ambiguousSeparator"],
  ["615.312", "ambiguousSeparator"],
  ["11.000", "ambiguousSeparator"],
  ["1e6", "scientific"],
  ["1,5e3", "scientific"],
  ["abc", "notANumber"],
  ["61 5312", "notANumber"],
  ["1,2,3", "notANumber"],
  ["1,5.2", "notANumber"],
  ["12 kr 5", "notANumber"],
  ["19 %", "wrongUnit"],
  ["1234567890123456", "tooManyDigits"],
  ["kr", "notANumber"],
])("%j is refused as %s", (text, problem) => {
  expect(read(text)).toBe(problem);
});

test("percentages: typed in percent; a fraction without % has two readings; a lone separator is decimal", () => {
  expect(read("19", "percent")).toBe("19");
  expect(read("19 %", "percent")).toBe("19");
  expect(read("0,19", "percent")).toBe("ambiguousFraction");
  expect(read("0,19 %", "percent")).toBe("0.19");
  expect(read("3,125 %", "percent")).toBe("3.125");
  expect(readNumberText("0,51", { unit: "percent", allowFraction: true })).toMatchObject({ ok: true });
});

test("a table's convention decides the two readings; without one they are both given", () => {
  expect(read("54,931", "kronor", "en")).toBe("54931");
  expect(read("54,931", "kronor", "sv")).toBe("54.931");
  expect(read("54.931", "kronor", "sv")).toBe("54931");
  const refused = readNumberText("615,312", { unit: "kronor" });
  expect(!refused.ok && refused.readings?.map(String)).toEqual(["615312", "615.312"]);
  expect(conventionOf(["93 106", "3,97 %"])).toBe("sv");
  expect(conventionOf(["93,106.5", "3.97%"])).toBe("en");
  expect(conventionOf(["3,97 %", "3.97%"])).toBeUndefined();
});

test("units: persons and users share st; another field's unit is named", () => {
  expect(read("93 106 invånare", "persons")).toBe("93106");
  expect(read("12 st", "users")).toBe("12");
  expect(read("12 st", "persons")).toBe("12");
  expect(readNumberText("19 %", { unit: "kronor" })).toMatchObject({ ok: false, problem: "wrongUnit", foundUnit: "percent" });
  expect(read("8 år", "years")).toBe("8");
});

test("what the product writes, it reads back the same (Swedish and English, spaces in both)", () => {
  fc.assert(
    fc.property(fc.integer({ min: -99_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("sv" as const, "en" as const), (whole, cents, locale) => {
      const value = new Decimal(whole).plus(new Decimal(cents).div(100).times(whole < 0 ? -1 : 1));
      const written = formatNumber(value, locale, "all", true);
      const result = readNumberText(written, { unit: "kronor" });
      // Two decimals never look like a thousands group, so every written value reads back.
      expect(result.ok && result.value.toString()).toBe(value.toString());
    }),
  );
});
