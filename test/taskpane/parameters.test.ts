import { parseDateText, parseNumberText } from "../../src/taskpane/state/numberText";
import { checkParameter, checkParameters, defaultParameterTexts, parameterOptions } from "../../src/taskpane/state/parameters";
import { cellAddressIn, columnIndex, columnLetters, rangeOrigin } from "../../src/taskpane/excel/address";
import { AGREEMENT_2020, AGREEMENT_2026 } from "../../src/data";

describe("number text as economists type it", () => {
  it.each([
    ["615 312", "sv", "615312"],
    ["615\u00a0312", "sv", "615312"],
    ["615\u202f312 kr", "sv", "615312"],
    ["19,5", "sv", "19.5"],
    ["19.5", "sv", "19.5"],
    ["19,5", "en", "19.5"],
    ["615,312", "en", "615312"],
    ["1,234,567.25", "en", "1234567.25"],
    ["\u22123", "sv", "-3"],
    ["8 år", "sv", "8"],
  ] as const)("reads %j (%s) as %s", (text, locale, value) => {
    expect(parseNumberText(text, locale)).toEqual({ ok: true, value, percent: false });
  });

  it("notes a percent sign", () => {
    expect(parseNumberText("19 %", "sv")).toEqual({ ok: true, value: "19", percent: true });
    expect(parseNumberText("19,5%", "sv")).toEqual({ ok: true, value: "19.5", percent: true });
  });

  it.each(["abc", "1,2,3", "1,5.2", "12a", "%", "kr"])("refuses %j", (text) => {
    expect(parseNumberText(text, "sv")).toEqual({ ok: false, problem: "notANumber" });
  });

  it("says an empty field is empty", () => {
    expect(parseNumberText("  ", "sv")).toEqual({ ok: false, problem: "empty" });
  });

  it("reads ISO and paper dates and refuses days that do not exist", () => {
    expect(parseDateText("2018-12-31")).toEqual({ ok: true, value: "2018-12-31" });
    expect(parseDateText("31/12 2018")).toEqual({ ok: true, value: "2018-12-31" });
    expect(parseDateText("2019-02-29")).toEqual({ ok: false, problem: "notADate" });
    expect(parseDateText("31.12.2018")).toEqual({ ok: false, problem: "notADate" });
    expect(parseDateText("")).toEqual({ ok: false, problem: "empty" });
  });
});

describe("parameter fields", () => {
  it("start at the agreements' values, written the locale's way", () => {
    expect(defaultParameterTexts("sv")).toEqual({
      threshold: "615 312",
      years: "8",
      referenceDate: "2018-12-31",
      supportBudget: "3 250 000",
      supportUsers: "13 000",
      budget2026: "26 000 000",
      municipalShare: "19",
    });
    expect(defaultParameterTexts("en").threshold).toBe("615,312");
  });

  it("turn the defaults into the agreements' plan options, the share as a fraction", () => {
    for (const locale of ["sv", "en"] as const) {
      const options = parameterOptions(checkParameters(defaultParameterTexts(locale), locale));
      expect(options).toEqual({
        threshold: String(AGREEMENT_2020.louThreshold.value),
        years: String(AGREEMENT_2020.contractYears.value),
        referenceDate: "2018-12-31",
        supportBudget: String(AGREEMENT_2020.supportBudget.value),
        supportUsers: String(AGREEMENT_2020.supportUsers.value),
        budget2026: String(AGREEMENT_2026.budget.value),
        municipalShare2026: String(AGREEMENT_2026.municipalShare.value),
      });
    }
  });

  it("keep a typed share exact (19,5 % is 0.195, not a float)", () => {
    const texts = { ...defaultParameterTexts("sv"), municipalShare: "19,5 %" };
    expect(parameterOptions(checkParameters(texts, "sv"))?.municipalShare2026).toBe("0.195");
  });

  it.each([
    ["threshold", "0", "notPositive"],
    ["threshold", "-5", "negative"],
    ["threshold", "tio", "notANumber"],
    ["threshold", "", "empty"],
    ["threshold", "19 %", "notANumber"],
    ["years", "7,5", "notWholeNumber"],
    ["years", "0", "notPositive"],
    ["supportUsers", "12 999,5", "notWholeNumber"],
    ["supportBudget", "-1", "negative"],
    ["budget2026", "x", "notANumber"],
    ["municipalShare", "120", "outOfRange"],
    ["municipalShare", "-1 %", "outOfRange"],
    ["referenceDate", "2018-13-01", "notADate"],
  ] as const)("refuse %s = %j (%s), by the engine's own rule", (key, text, problem) => {
    expect(checkParameter(key, text, "sv")).toMatchObject({ ok: false, problem });
  });

  it("give no options while any field is wrong", () => {
    const texts = { ...defaultParameterTexts("sv"), years: "0" };
    expect(parameterOptions(checkParameters(texts, "sv"))).toBeUndefined();
  });
});

describe("cell addresses of what was read", () => {
  it("count columns like Excel", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it("name each cell of a range by its sheet", () => {
    expect(rangeOrigin("'Min data'!$B$3:$D$10")).toEqual({ sheet: "'Min data'", row: 2, column: 1 });
    const at = cellAddressIn("Blad1!B3:D10");
    expect(at(0, 0)).toBe("Blad1!B3");
    expect(at(4, 2)).toBe("Blad1!D7");
    expect(cellAddressIn("C5")(1, 1)).toBe("D6");
  });
});
