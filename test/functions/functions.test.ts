import { ErrorCode, FakeCustomFunctionsError, setDisplayLanguage } from "./globals";
import {
  allocate,
  louCostForPeriod,
  louCostPerYear,
  louRatePerYear,
  municipalCost2026,
  population2018,
  populationWithRest,
  supportCost,
} from "../../src/functions/functions";

/*
 * Every custom function called as Excel calls it: null for an omitted optional argument, nested
 * arrays (rows of cells) for a range, numbers as cells hold them (19 % is 0.19).
 */

/** Calls `fn`, expects a CustomFunctions.Error and returns it for further checks. */
function refusal(fn: () => unknown): FakeCustomFunctionsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    return error as FakeCustomFunctionsError;
  }
  throw new Error("expected the function to refuse its input");
}

function expectRefusal(fn: () => unknown, code: string, ...messageParts: (string | RegExp)[]): void {
  const error = refusal(fn);
  expect(error.code).toBe(code);
  for (const part of messageParts) expect(error.message).toMatch(part);
  // Never a JavaScript exception text.
  expect(error.message).not.toMatch(/TypeError|undefined|\[object|DecimalError|RuleInputError/);
}

const FARSTA = 59219;
const FARSTA_INCL_REST = 59219 + (2446 * 59219) / 959708;

beforeEach(() => setDisplayLanguage("sv-SE"));

describe("POPULATIONWITHREST (INVÅNARE.INKL.REST)", () => {
  it("gives Farsta 59 369,93… (printed 59 370 in Bilaga 3) with the 2018 defaults", () => {
    const value = populationWithRest(FARSTA, null, null);
    expect(value).toBeCloseTo(59369.930985, 5);
    expect(Math.round(value)).toBe(59370);
    expect(value).toBeCloseTo(FARSTA_INCL_REST, 9);
  });
  it("takes a rest and a districts' total", () => {
    expect(populationWithRest(100, 10, 1000)).toBeCloseTo(101, 12);
  });
  it("refuses a district larger than all districts, naming the argument", () => {
    expectRefusal(() => populationWithRest(2000, null, 1000), ErrorCode.invalidValue, /stadsdelarnas_invånare/);
  });
  it("refuses a negative rest", () => {
    expectRefusal(() => populationWithRest(100, -1, null), ErrorCode.invalidValue, /"restpost"/, /negativt/);
  });
});

describe("LOUCOSTPERYEAR (LOUKOSTNAD.ÅR)", () => {
  it("gives Farsta 35 028 kr per year (000) from its population incl. rest", () => {
    const farsta = populationWithRest(FARSTA, null, null);
    expect(Math.round(louCostPerYear(farsta, null, null, null))).toBe(35028);
  });
  it("charges the largest unit (Södermalm incl. rest) exactly the threshold over 8 years", () => {
    const sodermalm = population2018("Södermalm", true);
    expect(louCostPerYear(sodermalm, null, null, null)).toBeCloseTo(615312 / 8, 6);
    expect(louCostForPeriod(sodermalm, null, null)).toBeCloseTo(615312, 6);
  });
  it("uses the given largest population, threshold and years", () => {
    expect(louCostPerYear(50000, 100000, 800000, 4)).toBeCloseTo(100000, 12);
  });
  it("refuses a missing population", () => {
    expectRefusal(() => louCostPerYear(null, null, null, null), ErrorCode.invalidValue, /"invånare"/, /saknas/);
  });
  it("refuses text in place of a number and points to the lookup function", () => {
    expectRefusal(() => louCostPerYear("Farsta", null, null, null), ErrorCode.invalidValue, /"invånare"/, /”Farsta” är inget tal/, /SVV\.INVÅNARE2018/);
  });
  it("refuses TRUE/FALSE", () => {
    expectRefusal(() => louCostPerYear(true, null, null, null), ErrorCode.invalidValue, /sanningsvärde/);
  });
  it("refuses years that are not a whole number", () => {
    expectRefusal(() => louCostPerYear(1000, null, null, 2.5), ErrorCode.invalidValue, /"år"/, /heltal/, /2,5/);
  });
  it("refuses zero years", () => {
    expectRefusal(() => louCostPerYear(1000, null, null, 0), ErrorCode.invalidValue, /"år"/, /minst 1\u00a0år/);
  });
  it("refuses a unit larger than the largest unit", () => {
    expectRefusal(() => louCostPerYear(200000, null, null, null), ErrorCode.invalidValue, /största_enhetens_invånare/, /200\u00a0000/);
  });
  it("refuses a negative threshold", () => {
    expectRefusal(() => louCostPerYear(1000, null, -5, null), ErrorCode.invalidValue, /"gränsbelopp"/, /negativt/);
  });
  it("speaks English when Office runs in English", () => {
    setDisplayLanguage("en-US");
    expectRefusal(() => louCostPerYear(1000, null, null, 2.5), ErrorCode.invalidValue, /Argument "years"/, /whole number/, /2\.5/);
  });
});

describe("LOUCOSTFORPERIOD (LOUKOSTNAD.PERIOD)", () => {
  it("is 8 times the yearly cost with the defaults", () => {
    expect(louCostForPeriod(93106, null, null)).toBeCloseTo(8 * louCostPerYear(93106, null, null, null), 6);
    expect(Math.round(louCostForPeriod(93106, null, null))).toBe(Math.round((93106 * 615312) / population2018("Södermalm", true)));
  });
  it("refuses a zero largest population", () => {
    expectRefusal(() => louCostForPeriod(0, 0, null), ErrorCode.invalidValue, /största_enhetens_invånare/);
  });
});

describe("LOURATEPERYEAR (LOUPRIS.INVÅNARE.ÅR)", () => {
  it("is 615 312 / 130 365,4166… / 8 ≈ 0,59 kr", () => {
    const rate = louRatePerYear(null, null, null);
    expect(rate).toBeCloseTo(615312 / population2018("Södermalm", true) / 8, 12);
    expect(rate).toBeCloseTo(0.59, 2);
  });
  it("takes every argument", () => {
    expect(louRatePerYear(100000, 800000, 4)).toBe(2);
  });
  it("refuses text years", () => {
    expectRefusal(() => louRatePerYear(null, null, "åtta"), ErrorCode.invalidValue, /"år"/, /”åtta” är inget tal/);
  });
});

describe("SUPPORTCOST (SUPPORTKOSTNAD)", () => {
  it("gives the municipal side's 1 700 users 425 000 kr (002)", () => {
    expect(supportCost(1700, null, null)).toBe(425000);
  });
  it("takes a budget and a number of users", () => {
    expect(supportCost(10, 1000000, 10000)).toBe(1000);
  });
  it("refuses zero users in total", () => {
    expectRefusal(() => supportCost(10, null, 0), ErrorCode.invalidValue, /"alla_användare"/, /minst 1/);
  });
  it("refuses more users than all users, and fractional users (issue 8, item 10)", () => {
    expectRefusal(() => supportCost(20000, null, null), ErrorCode.invalidValue, /"användare"/, /fler än alla användare/, /13\u00a0000/);
    expectRefusal(() => supportCost(10.5, null, null), ErrorCode.invalidValue, /"användare"/, /heltal/);
  });
  it("refuses a threshold of 0 kr instead of giving everyone 0 kr (issue 8, item 10)", () => {
    expectRefusal(() => louCostPerYear(1000, null, 0, null), ErrorCode.invalidValue, /"gränsbelopp"/, /större än 0\u00a0kr/);
  });
  it("refuses negative users", () => {
    expectRefusal(() => supportCost(-1, null, null), ErrorCode.invalidValue, /"användare"/, /negativt/);
  });
});

describe("MUNICIPALCOST2026 (KOMMUNKOSTNAD2026)", () => {
  it("gives the whole county 4 940 000 kr of 26 000 000 kr (004)", () => {
    expect(municipalCost2026(2344124, null, null, null)).toBeCloseTo(4940000, 6);
  });
  it("shares the municipal part by population", () => {
    expect(municipalCost2026(93106, null, null, null)).toBeCloseTo((93106 / 2344124) * 4940000, 6);
  });
  it("reads a cell formatted 19 % (0.19) and a given county", () => {
    expect(municipalCost2026(50, 1000000, 0.19, 100)).toBeCloseTo(95000, 12);
    expect(municipalCost2026(50, 1000000, 0.5, 100)).toBe(250000);
  });
  it("refuses 19 as ambiguous, saying how to write it", () => {
    expectRefusal(() => municipalCost2026(50, 1000000, 19, 100), ErrorCode.invalidValue, /"kommunandel"/, /tvetydigt/, /19\s%/);
  });
  it("refuses a negative share", () => {
    expectRefusal(() => municipalCost2026(50, 1000000, -0.1, 100), ErrorCode.invalidValue, /"kommunandel"/, /negativt \(−10\u00a0%\)/);
  });
  it("refuses a share over 100 % given as text, and reads 19 % typed as text", () => {
    expectRefusal(() => municipalCost2026(50, 1000000, "190 %", 100), ErrorCode.invalidValue, /"kommunandel"/, /över 100 %/);
    expect(municipalCost2026(50, 1000000, "19 %", 100)).toBeCloseTo(95000, 12);
  });
  it("names the county population when it is smaller than the population", () => {
    expectRefusal(() => municipalCost2026(500, null, null, 100), ErrorCode.invalidValue, /"länets_invånare"/);
  });
});

describe("figures outside their plausible range (issue 15, item 6): a cell cannot confirm, so #VALUE! names the range", () => {
  it("refuses a share of exactly 1, which could be 100 % or 1 %, instead of computing the whole budget", () => {
    expectRefusal(() => municipalCost2026(2344124, null, 1, null), ErrorCode.invalidValue, /"kommunandel"/, /100 % eller 1 %/, /0,01/);
    setDisplayLanguage("en-US");
    expectRefusal(() => municipalCost2026(2344124, null, 1, null), ErrorCode.invalidValue, /"municipalShare"/, /100% or 1%/);
  });
  it("reads 1 % written as 0,01 or as text", () => {
    expect(municipalCost2026(2344124, null, 0.01, null)).toBeCloseTo(260000, 6);
    expect(municipalCost2026(2344124, null, "1 %", null)).toBeCloseTo(260000, 6);
  });
  it("refuses a threshold of 615,312 kr (the number), naming the range", () => {
    expectRefusal(() => louCostPerYear(93106, null, 615.312, null), ErrorCode.invalidValue, /"gränsbelopp"/, /615,312\u00a0kr ligger utanför det rimliga intervallet 100\u00a0000\u00a0kr–10\u00a0000\u00a0000\u00a0kr/);
  });
  it("refuses the text 615,312 as two readings", () => {
    expectRefusal(() => louCostPerYear(93106, null, "615,312", null), ErrorCode.invalidValue, /"gränsbelopp"/, /två sätt/, /615\s312/);
  });
  it("refuses 50 contract years and a 2026 budget of 26 kr", () => {
    expectRefusal(() => louCostPerYear(93106, null, null, 50), ErrorCode.invalidValue, /"år"/, /50\u00a0år ligger utanför det rimliga intervallet 1\u00a0år–20\u00a0år/);
    expectRefusal(() => municipalCost2026(93106, 26, null, null), ErrorCode.invalidValue, /"budget"/, /26\u00a0kr ligger utanför det rimliga intervallet 1\u00a0000\u00a0000\u00a0kr/);
    setDisplayLanguage("en-US");
    expectRefusal(() => municipalCost2026(93106, 26, null, null), ErrorCode.invalidValue, /Argument "budget"/, /outside the plausible range/);
  });
  it("takes the edges of the plausible range", () => {
    expect(louCostForPeriod(50000, 100000, 100000)).toBe(50000);
    expect(louCostPerYear(50000, 100000, 10000000, 20)).toBe(250000);
    expect(municipalCost2026(100, 1000000000, 0.5, 1000)).toBe(50000000);
    expectRefusal(() => municipalCost2026(100, 1000000000, 0.500001, 1000), ErrorCode.invalidValue, /"kommunandel"/, /rimliga/);
  });
});

describe("ALLOCATE (FÖRDELA)", () => {
  it("spills a column of whole kronor that adds up to the amount", () => {
    const weights = [[1], [1], [1]];
    const parts = allocate(100, weights, null);
    expect(parts).toEqual([[34], [33], [33]]);
  });
  it("splits the 2026 municipal part over the 26 municipalities so it adds up exactly", () => {
    const codes = ["0127", "0162", "0125", "0136", "0126", "0123", "0186", "0182", "0188", "0140", "0192", "0128", "0191"];
    const more = ["0163", "0184", "0183", "0181", "0138", "0160", "0114", "0139", "0115", "0187", "0120", "0117", "0180"];
    const weights = [...codes, ...more].map((code) => [population2018(code, null)]);
    const parts = allocate(4940000, weights, null);
    expect(parts).toHaveLength(26);
    expect(parts.reduce((sum, [part]) => sum + part, 0)).toBe(4940000);
    parts.forEach(([part], index) => {
      expect(Number.isInteger(part)).toBe(true);
      expect(Math.abs(part - (4940000 * weights[index][0]) / 2344124)).toBeLessThan(1);
    });
  });
  it("keeps the shape of a row and rounds to öre when asked", () => {
    expect(allocate(10, [[1, 2]], 2)).toEqual([[3.33, 6.67]]);
  });
  it("counts empty cells as zero weight", () => {
    expect(allocate(10, [[1], [null], [""], [1]], null)).toEqual([[5], [0], [0], [5]]);
  });
  it("refuses text in a weight, naming its row in the range", () => {
    expectRefusal(() => allocate(10, [[1], ["x"]], null), ErrorCode.invalidValue, /"vikter"/, /rad 2, kolumn 1/);
  });
  it("refuses a negative weight, naming its row in the range", () => {
    expectRefusal(() => allocate(10, [[1, 2], [3, -4]], null), ErrorCode.invalidValue, /"vikter"/, /rad 2, kolumn 2/, /negativt/);
  });
  it("refuses weights that are all zero", () => {
    expectRefusal(() => allocate(10, [[0], [0]], null), ErrorCode.invalidValue, /"vikter"/, /noll/);
  });
  it("refuses decimals outside 0–10", () => {
    expectRefusal(() => allocate(10, [[1]], 11), ErrorCode.invalidValue, /"decimaler"/, /0 till 10/);
  });
  it("refuses a missing amount", () => {
    expectRefusal(() => allocate(null, [[1]], null), ErrorCode.invalidValue, /"belopp"/, /saknas/);
  });
  it("names the English argument and position in English", () => {
    setDisplayLanguage("en-GB");
    expectRefusal(() => allocate(10, [[1], [-1]], null), ErrorCode.invalidValue, /Argument "weights" \(row 2, column 1 of the range\)/);
  });
});

describe("POPULATION2018 (INVÅNARE2018)", () => {
  it("finds a municipality by name or by SCB code (text or number)", () => {
    expect(population2018("Botkyrka", null)).toBe(93106);
    expect(population2018("0180", null)).toBe(962154);
    expect(population2018(180, null)).toBe(962154);
    expect(population2018("upplands väsby", null)).toBe(45543);
  });
  it("finds a district, with and without its share of the rest post", () => {
    expect(population2018("Farsta", null)).toBe(FARSTA);
    expect(population2018("Farsta", false)).toBe(FARSTA);
    expect(population2018("Farsta", true)).toBeCloseTo(FARSTA_INCL_REST, 9);
    expect(population2018("Botkyrka", true)).toBe(93106);
  });
  it("finds the rest post", () => {
    expect(population2018("Sthlm kn rest", null)).toBe(2446);
  });
  it("answers #N/A with a message for an unknown name", () => {
    expectRefusal(() => population2018("Göteborg", null), ErrorCode.notAvailable, /"namn_eller_kod"/, /"Göteborg"/);
    setDisplayLanguage("en-US");
    expectRefusal(() => population2018("1480", null), ErrorCode.notAvailable, /Argument "nameOrCode"/, /"1480"/, /neither a municipality/);
  });
  it("refuses a missing name and a bad includeRest", () => {
    expectRefusal(() => population2018(null, null), ErrorCode.invalidValue, /"namn_eller_kod"/, /saknas/);
    expectRefusal(() => population2018("Farsta", "ja"), ErrorCode.invalidValue, /"inkl_rest"/, /SANT eller FALSKT/);
  });
});
