import { AGREEMENTS, AGREEMENT_2020, AGREEMENT_2026, DEFAULT_AGREEMENTS, INTERIM_2020, isThreshold, parameterDefault, thresholdOn, type Words } from "../../src/data";

/* The agreements as declarations (issue 11): complete, in both languages, and the threshold by date. */

/** Every Words object in a declaration, by its path. */
function wordsOf(value: unknown, path: string): [string, Words][] {
  if (value === null || typeof value !== "object") return [];
  if ("sv" in value && "en" in value) return [[path, value as Words]];
  return Object.entries(value).flatMap(([key, item]) => wordsOf(item, `${path}.${key}`));
}

/** Words that are the same in both languages on purpose: "Support" is a Swedish word too. */
const SAME_IN_BOTH: ReadonlySet<string> = new Set(["Support"]);

describe.each(AGREEMENTS.map((agreement) => [agreement.id, agreement] as const))("agreement %s", (_id, agreement) => {
  it("has every word in Swedish and English, none empty, the two different", () => {
    const problems = wordsOf(agreement, agreement.id).filter(
      ([, words]) => words.sv.trim() === "" || words.en.trim() === "" || (words.sv === words.en && !SAME_IN_BOTH.has(words.sv)),
    );
    expect(problems).toEqual([]);
  });

  it("has a value and a source for every parameter (the threshold by date may go without)", () => {
    for (const parameter of agreement.parameters) {
      const found = parameterDefault(agreement, parameter);
      expect(found?.source.quote).toBeTruthy();
    }
  });

  it("declares a threshold that is the one in force on its first day", () => {
    for (const parameter of agreement.parameters.filter((candidate) => isThreshold(agreement, candidate))) {
      expect(parameterDefault(agreement, parameter)?.value).toBe(thresholdOn(agreement.period.from)?.value);
    }
  });
});

test("the workbook's agreements by default are the 2020 and the 2026–2030 ones", () => {
  expect(DEFAULT_AGREEMENTS.map((agreement) => agreement.id)).toEqual(["2020", "2026-2030"]);
});

test("the figures named as before come from the declarations", () => {
  expect(AGREEMENT_2020.louThreshold.value).toBe(615312);
  expect(AGREEMENT_2020.louThreshold.source.section).toBe("Bilaga 3");
  expect(AGREEMENT_2020.contractYears.value).toBe(8);
  expect(AGREEMENT_2020.supportBudget.value).toBe(3250000);
  expect(AGREEMENT_2020.supportUsers.value).toBe(13000);
  expect(AGREEMENT_2026.budget.value).toBe(26000000);
  expect(AGREEMENT_2026.municipalShare.value).toBe(0.19);
  expect([AGREEMENT_2026.firstYear.value, AGREEMENT_2026.lastYear.value]).toEqual([2026, 2030]);
});

describe("the threshold's default follows the date", () => {
  const threshold = INTERIM_2020.parameters.find((parameter) => parameter.key === "threshold")!;

  it("is the agreement's own value and source without a year", () => {
    expect(parameterDefault(INTERIM_2020, threshold)).toEqual({ value: 615312, source: AGREEMENT_2020.louThreshold.source });
  });

  it.each([
    [2018, 586907],
    [2020, 615312],
    [2022, 626284],
    [2023, 700000],
    [2027, 700000],
  ])("in %i it is %i kr, with the table's source and period", (year, value) => {
    const found = parameterDefault(INTERIM_2020, threshold, year);
    expect(found?.value).toBe(value);
    expect((found?.period?.from ?? "9999") <= `${year}-01-01`).toBe(true);
    expect(found?.source.document).not.toBe("002");
  });

  it("is undefined before the table begins", () => {
    expect(parameterDefault(INTERIM_2020, threshold, 2017)).toBeUndefined();
  });

  it("without a declared value is the one in force on the agreement's first day", () => {
    const undated = { ...INTERIM_2020, period: { from: "2022-06-01" }, parameters: INTERIM_2020.parameters.map((p) => (p === threshold ? { ...p, value: undefined, source: undefined } : p)) };
    const found = parameterDefault(undated, undated.parameters[0]);
    expect(found?.value).toBe(700000);
    expect(found?.period?.from).toBe("2022-02-01");
  });
});
