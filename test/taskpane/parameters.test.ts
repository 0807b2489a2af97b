import { checkParameter, checkParameters, defaultParameterTexts, parameterOptions, unconfirmedParameters } from "../../src/taskpane/state/parameters";
import { AGREEMENT_2020, AGREEMENT_2026 } from "../../src/data";
import { Decimal } from "../../src/engine";

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
    // Grouped with spaces in English too: "615,312" is a text the one reader refuses as ambiguous.
    expect(defaultParameterTexts("en").threshold).toBe("615 312");
  });

  it("turn the defaults into the agreements' plan options, the share as a fraction", () => {
    for (const locale of ["sv", "en"] as const) {
      const options = parameterOptions(checkParameters(defaultParameterTexts(locale), locale));
      expect(options).toEqual({
        figures: {
          threshold: new Decimal(AGREEMENT_2020.louThreshold.value),
          years: new Decimal(AGREEMENT_2020.contractYears.value),
          supportBudget: new Decimal(AGREEMENT_2020.supportBudget.value),
          supportUsers: new Decimal(AGREEMENT_2020.supportUsers.value),
          budget2026: new Decimal(AGREEMENT_2026.budget.value),
          municipalShare: new Decimal(AGREEMENT_2026.municipalShare.value),
        },
        referenceDate: "2018-12-31",
      });
    }
  });

  it("keep a typed share exact (19,5 % is 0.195, not a float)", () => {
    const texts = { ...defaultParameterTexts("sv"), municipalShare: "19,5 %" };
    expect(parameterOptions(checkParameters(texts, "sv"))?.figures.municipalShare?.toString()).toBe("0.195");
  });

  it.each([
    ["threshold", "0", "notPositive"],
    ["threshold", "-5", "negative"],
    ["threshold", "tio", "notANumber"],
    ["threshold", "", "empty"],
    ["threshold", "19 %", "wrongUnit"],
    ["threshold", "615,312", "ambiguousSeparator"],
    ["years", "7,5", "notWhole"],
    ["years", "0", "belowMin"],
    ["supportUsers", "12 999,5", "notWhole"],
    ["supportBudget", "-1", "negative"],
    ["budget2026", "x", "notANumber"],
    ["municipalShare", "120", "aboveMax"],
    ["municipalShare", "-1 %", "negative"],
    ["municipalShare", "0,19", "ambiguousFraction"],
    ["referenceDate", "2018-13-01", "notADate"],
  ] as const)("refuse %s = %j (%s), by the declaration's rule", (key, text, problem) => {
    expect(checkParameter(key, text, "sv")).toMatchObject({ ok: false, problem });
  });

  it("flag a value outside the plausible range for confirmation, and ask again when the text changes", () => {
    const texts = { ...defaultParameterTexts("sv"), threshold: "61 531" };
    const checks = checkParameters(texts, "sv");
    expect(checks.threshold).toMatchObject({ ok: true, value: new Decimal(61531), implausible: expect.stringContaining("100\u00a0000\u00a0kr–10\u00a0000\u00a0000\u00a0kr") });
    expect(unconfirmedParameters(checks, texts, {})).toEqual(["threshold"]);
    expect(unconfirmedParameters(checks, texts, { threshold: "61 531" })).toEqual([]);
    expect(unconfirmedParameters(checks, texts, { threshold: "61 530" })).toEqual(["threshold"]);
  });

  it("give no options while any field is wrong", () => {
    const texts = { ...defaultParameterTexts("sv"), years: "0" };
    expect(parameterOptions(checkParameters(texts, "sv"))).toBeUndefined();
  });
});
