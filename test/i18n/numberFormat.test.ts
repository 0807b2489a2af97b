import { excelText } from "../../src/i18n/numberFormat";
import { FORMATS } from "../../src/workbook";

/*
 * What Excel shows for a value under a number format code, in Swedish and English Excel: every code
 * the workbook writes, and the rules around them (sections, signs, rounding, General, dates, texts).
 */

const NBSP = "\u00a0";
const sv = (value: Parameters<typeof excelText>[0], code?: string) => excelText(value, code, "sv").replace(/\u00a0/g, " ");
const en = (value: Parameters<typeof excelText>[0], code?: string) => excelText(value, code, "en");

describe("excelText", () => {
  it("shows kronor and percentages as Swedish and English Excel do", () => {
    expect(excelText(54931.35, FORMATS.kronor, "sv")).toBe(`54${NBSP}931 kr`);
    expect(en(54931.35, FORMATS.kronor)).toBe("54,931 kr");
    // The code's characters as written: no space before %, as Bilaga 3 printed from Swedish Excel.
    expect(sv(0.039719, FORMATS.percent)).toBe("3,97%");
    expect(en(0.039719, FORMATS.percent)).toBe("3.97%");
    expect(sv(2344124, FORMATS.population)).toBe("2 344 124");
    expect(sv(130365.41666, FORMATS.populationExact)).toBe("130 365,4167");
    expect(sv(0.5899906, FORMATS.ratePerYear)).toBe("0,590 kr");
    expect(en(250, FORMATS.perUser)).toBe("250.00 kr");
    expect(sv(8, FORMATS.years)).toBe("8");
    expect(sv(26000000, FORMATS.kronor)).toBe("26 000 000 kr");
  });

  it("picks the section by sign: a signed change, a blank zero, 0 kr", () => {
    expect(sv(9250, FORMATS.kronorChange)).toBe("+9 250 kr");
    expect(sv(-9250.4, FORMATS.kronorChange)).toBe("-9 250 kr");
    expect(sv(0, FORMATS.kronorChange)).toBe("");
    expect(sv(0, FORMATS.kronorSigned)).toBe("0 kr");
    expect(sv(0.209, FORMATS.percentChange)).toBe("+20,90%");
    expect(sv(-0.004, FORMATS.percentSigned)).toBe("-0,40%");
    // One section: the minus goes first; a number that shows as zero shows none.
    expect(sv(-5, FORMATS.kronor)).toBe("-5 kr");
    expect(sv(-0.0001, "0.00")).toBe("0,00");
  });

  it("rounds half away from zero on the decimal value, as Excel does", () => {
    expect(en(2.675, "0.00")).toBe("2.68");
    expect(en(0.5, "0")).toBe("1");
    expect(en(47759.5, FORMATS.kronor)).toBe("47,760 kr");
  });

  it("shows dates, General, texts and truth values", () => {
    expect(sv(43465, FORMATS.date)).toBe("2018-12-31");
    expect(en(43465, "d mmmm yyyy")).toBe("31 December 2018");
    expect(sv(130365.41666666, undefined)).toBe("130365,4167");
    expect(sv(0.19, "General")).toBe("0,19");
    expect(en(1234567, "General")).toBe("1234567");
    expect(sv("Farsta", FORMATS.kronor)).toBe("Farsta");
    expect(sv(true)).toBe("SANT");
    expect(en(false)).toBe("FALSE");
    expect(sv(null)).toBe("");
    expect(sv("")).toBe("");
  });

  it("takes literals quoted, escaped and in brackets", () => {
    expect(en(5, '[Red]0\\ "st"')).toBe("5 st");
    expect(en(1234, '#,##0,"k"')).toBe("1k");
    expect(en(7, '"a;b" 0')).toBe("a;b 7");
  });
});
