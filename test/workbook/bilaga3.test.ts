import { allocate, Decimal, louAllocation } from "../../src/engine";
import { AGREEMENT_2020, COUNTY_2018 } from "../../src/data";
import { buildWorkbookPlan, defaultPlanOptions, TABLE_NAMES } from "../../src/workbook";
import type { PlanOptions } from "../../src/workbook";
import { ANNEX_DEVIATIONS, annexDistricts, annexMunicipalities } from "../helpers/bilaga3";
import { num, tableOf, whole } from "./planReader";

const FIXED = { generatedAt: new Date("2026-11-22T08:00:00Z"), version: "test" };
const plan = (overrides: Partial<PlanOptions> = {}) => buildWorkbookPlan(defaultPlanOptions("sv", { ...FIXED, ...overrides }));

describe("annex mode reproduces Bilaga 3 from the plan's cached values", () => {
  const annex = plan({ rounding: "annex" });
  const kommuner = tableOf(annex, "municipalities", TABLE_NAMES.municipalities);
  const stadsdelar = tableOf(annex, "districts", TABLE_NAMES.districts);
  const annexM = annexMunicipalities();
  const annexD = annexDistricts();

  it("has Bilaga 3's headers and rows in its order", () => {
    expect(kommuner.headers.slice(0, 6)).toEqual(["Kommun", "Kommunkod", "Invånare", "Fördelning", "Summa/år", "Summa totalt"]);
    expect(stadsdelar.headers.slice(0, 7)).toEqual([
      "Stadsdelsförvaltning",
      "Invånare",
      "Invånare inkl rest",
      "Fördelning i Sthlm",
      "Fördelning alla kommuner",
      "Summa/år",
      "Summa totalt",
    ]);
    expect(kommuner.rows.map((r) => r[0].value)).toEqual(annexM.rows.map((r) => r.name));
    expect(stadsdelar.rows.map((r) => r[0].value)).toEqual([...annexD.rows.map((r) => r.name), "Sthlm kn rest*"]);
  });

  describe.each(annexM.rows.map((r) => [r.name, r] as const))("Kommuner: %s", (name, expected) => {
    const row = kommuner.row(name);
    it("Invånare, Fördelning, Summa/år exactly; Summa totalt or its pinned deviation", () => {
      expect(num(row[kommuner.index("Invånare")])).toBe(expected.population);
      expect(whole(num(row[kommuner.index("Fördelning")]) * 100, 2)).toBe(expected.sharePercent);
      expect(whole(num(row[kommuner.index("Summa/år")]))).toBe(expected.perYear);
      expect(whole(num(row[kommuner.index("Summa totalt")]))).toBe(ANNEX_DEVIATIONS.municipalityForPeriod[name] ?? expected.forPeriod);
    });
  });

  it("Kommuner total row: the exact total (2 344 124; 100 %; 1 383 004 kr; 11 064 036 kr against the printed 11 064 034)", () => {
    const total = kommuner.total!;
    expect(total[0].value).toBe("Totalt");
    expect(num(total[kommuner.index("Invånare")])).toBe(annexM.total.population);
    expect(whole(num(total[kommuner.index("Fördelning")]) * 100, 2)).toBe(annexM.total.sharePercent);
    expect(whole(num(total[kommuner.index("Summa/år")]))).toBe(annexM.total.perYear);
    expect(whole(num(total[kommuner.index("Summa totalt")]))).toBe(ANNEX_DEVIATIONS.municipalityTotalForPeriod);
    // A formula on the total population, not a sum of the rows
    expect(total[kommuner.index("Summa/år")].formula).toBe("=SummaPerAr");
  });

  describe.each(annexD.rows.map((r) => [r.name, r] as const))("Stadsdelar: %s", (name, expected) => {
    const row = stadsdelar.row(name);
    it("every column exactly, Summa totalt or its pinned deviation", () => {
      expect(num(row[stadsdelar.index("Invånare")])).toBe(expected.population);
      expect(whole(num(row[stadsdelar.index("Invånare inkl rest")]))).toBe(expected.populationIncludingRest);
      expect(whole(num(row[stadsdelar.index("Fördelning i Sthlm")]) * 100, 2)).toBe(expected.shareOfCityPercent);
      expect(whole(num(row[stadsdelar.index("Fördelning alla kommuner")]) * 100, 2)).toBe(expected.shareOfCountyPercent);
      expect(whole(num(row[stadsdelar.index("Summa/år")]))).toBe(expected.perYear);
      expect(whole(num(row[stadsdelar.index("Summa totalt")]))).toBe(ANNEX_DEVIATIONS.districtForPeriod[name] ?? expected.forPeriod);
    });
  });

  it("Stadsdelar rest row and total row", () => {
    const rest = stadsdelar.row("Sthlm kn rest*");
    expect(num(rest[stadsdelar.index("Invånare")])).toBe(annexD.rest.population);
    expect(rest[stadsdelar.index("Invånare")].formula).toBe("=Restpost");
    expect(rest.slice(2, 7).every((cell) => cell.value === null)).toBe(true);
    const total = stadsdelar.total!;
    expect(num(total[stadsdelar.index("Invånare")])).toBe(annexD.total.population);
    expect(num(total[stadsdelar.index("Invånare inkl rest")])).toBe(annexD.total.populationIncludingRest);
    expect(whole(num(total[stadsdelar.index("Fördelning i Sthlm")]) * 100, 2)).toBe(annexD.total.shareOfCityPercent);
    expect(whole(num(total[stadsdelar.index("Fördelning alla kommuner")]) * 100, 2)).toBe(annexD.total.shareOfCountyPercent);
    expect(whole(num(total[stadsdelar.index("Summa/år")]))).toBe(annexD.total.perYear);
    expect(whole(num(total[stadsdelar.index("Summa totalt")]))).toBe(ANNEX_DEVIATIONS.districtTotalForPeriod);
  });

  it("Stockholm's row refers to the district sheet's total", () => {
    const stockholm = kommuner.row("Stockholm")[kommuner.index("Invånare")];
    expect(stockholm.formula).toBe(`='Stadsdelar'!$B$${stadsdelar.firstRow + stadsdelar.rows.length}`);
    expect(stockholm.value).toBe(962154);
  });

  it("Farsta: 35 028 kr a year against 44 278 kr before (000): −9 250 kr, −20,89 %", () => {
    const farsta = stadsdelar.row("Farsta");
    expect(whole(num(farsta[stadsdelar.index("Summa/år")]))).toBe(35028);
    expect(farsta[stadsdelar.index("Kostnad före 2020/år")]).toMatchObject({ value: 44278, style: "input" });
    expect(whole(num(farsta[stadsdelar.index("Förändring från före 2020 till 2020 kr")]))).toBe(-9250);
    expect(whole(num(farsta[stadsdelar.index("Förändring från före 2020 till 2020 %")]) * 100, 2)).toBe(-20.89);
    // No previous cost: the change is 0, which the number format shows as blank
    const bromma = stadsdelar.row("Bromma");
    expect(bromma[stadsdelar.index("Kostnad före 2020/år")].value).toBeNull();
    expect(bromma[stadsdelar.index("Förändring från före 2020 till 2020 kr")].value).toBe(0);
    expect(bromma[stadsdelar.index("Förändring från före 2020 till 2020 kr")].numberFormat).toMatch(/;""$/);
  });
});

/** Checks the adds-up promise on one table: rounded columns sum to the total row, rows near exact. */
function checkAddsUp(
  table: ReturnType<typeof tableOf>,
  pairs: readonly { rounded: string; exact?: string; tolerance: number; decimals: number }[],
  rows: readonly (readonly import("../../src/workbook").PlanCell[])[],
) {
  for (const pair of pairs) {
    const column = table.index(pair.rounded);
    const values = rows.map((row) => num(row[column]));
    const scale = 10 ** pair.decimals;
    // whole units: every row is a whole number of kronor / persons / 0,01 %
    for (const value of values) expect(Math.abs(value * scale - Math.round(value * scale))).toBeLessThan(1e-6);
    const units = values.reduce((sum, value) => sum + Math.round(value * scale), 0);
    expect(units).toBe(Math.round(num(table.total![column]) * scale));
    if (pair.exact) {
      const exactColumn = table.index(pair.exact);
      rows.forEach((row) => {
        expect(Math.abs(num(row[column]) - num(row[exactColumn]))).toBeLessThanOrEqual(pair.tolerance);
      });
    }
  }
}

describe.each([
  ["2020 agreement (615 312 kr, 8 years)", {}],
  ["a changed threshold and period (700 000 kr, 5 years)", { threshold: 700000, years: 5 }],
  ["a small threshold (100 000 kr, 3 years)", { threshold: "100000", years: "3" }],
] as const)("adds-up mode with %s", (_label, overrides) => {
  const figures = Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, new Decimal(value)]));
  const addsUp = plan({ rounding: "addsUp", figures });
  const kommuner = tableOf(addsUp, "municipalities", TABLE_NAMES.municipalities);
  const stadsdelar = tableOf(addsUp, "districts", TABLE_NAMES.districts);
  const lou = louAllocation(COUNTY_2018, {
    threshold: "threshold" in overrides ? overrides.threshold : AGREEMENT_2020.louThreshold.value,
    years: "years" in overrides ? overrides.years : AGREEMENT_2020.contractYears.value,
  });

  it("Kommuner: every rounded column sums exactly to its total row, each row within 1 kr of its exact value", () => {
    checkAddsUp(
      kommuner,
      [
        { rounded: "Summa/år", exact: "Summa/år (exakt)", tolerance: 1, decimals: 0 },
        { rounded: "Summa totalt", exact: "Summa totalt (exakt)", tolerance: 1, decimals: 0 },
        { rounded: "Fördelning", tolerance: 0, decimals: 4 },
        { rounded: "Invånare", tolerance: 0, decimals: 0 },
      ],
      kommuner.rows,
    );
    expect(num(kommuner.total![kommuner.index("Fördelning")])).toBeCloseTo(1, 12);
    expect(num(kommuner.total![kommuner.index("Summa/år")])).toBe(whole(lou.total.perYear.toNumber()));
    expect(num(kommuner.total![kommuner.index("Summa totalt")])).toBe(whole(lou.total.forPeriod.toNumber()));
    kommuner.rows.forEach((row, index) => {
      expect(Math.abs(num(row[kommuner.index("Fördelning")]) - lou.municipalities[index].share.toNumber())).toBeLessThan(0.0001);
    });
  });

  it("Stadsdelar: rounded columns sum to the total row, which is Stockholm's rounded row; rows within 1 kr / 1 person", () => {
    const districtRows = stadsdelar.rows.slice(0, -1); // without the rest row
    checkAddsUp(
      stadsdelar,
      [
        { rounded: "Invånare inkl rest", exact: "Invånare inkl rest (exakt)", tolerance: 1, decimals: 0 },
        { rounded: "Summa/år", exact: "Summa/år (exakt)", tolerance: 1, decimals: 0 },
        { rounded: "Summa totalt", exact: "Summa totalt (exakt)", tolerance: 1, decimals: 0 },
        { rounded: "Fördelning i Sthlm", tolerance: 0, decimals: 4 },
        { rounded: "Fördelning alla kommuner", tolerance: 0, decimals: 4 },
      ],
      districtRows,
    );
    const stockholm = kommuner.row("Stockholm");
    for (const header of ["Summa/år", "Summa totalt", "Fördelning"]) {
      const districtHeader = header === "Fördelning" ? "Fördelning alla kommuner" : header;
      expect(num(stadsdelar.total![stadsdelar.index(districtHeader)])).toBeCloseTo(num(stockholm[kommuner.index(header)]), 9);
    }
    expect(num(stadsdelar.total![stadsdelar.index("Invånare inkl rest")])).toBe(lou.city!.population.toNumber());
  });

  it("rows are the engine's allocation: the rounded-down share of the rounded total, plus one unit for the largest remainders", () => {
    const pops = lou.municipalities.map((m) => m.population);
    const expected = allocate(lou.total.perYear, pops, 0).map((d) => d.toNumber());
    expect(kommuner.rows.map((row) => num(row[kommuner.index("Summa/år")]))).toEqual(expected);
    // Each part is the floor or the ceiling of its exact share of the rounded total
    const rounded = new Decimal(whole(lou.total.perYear.toNumber()));
    kommuner.rows.forEach((row, index) => {
      const share = rounded.times(pops[index]).div(lou.countyPopulation);
      expect([share.floor().toNumber(), share.ceil().toNumber()]).toContain(num(row[kommuner.index("Summa/år")]));
    });
  });

  it("the exact columns equal the annex mode's values", () => {
    const annex = tableOf(plan({ rounding: "annex", figures }), "municipalities", TABLE_NAMES.municipalities);
    kommuner.rows.forEach((row, index) => {
      expect(num(row[kommuner.index("Summa/år (exakt)")])).toBe(num(annex.rows[index][annex.index("Summa/år")]));
      expect(num(row[kommuner.index("Summa totalt (exakt)")])).toBe(num(annex.rows[index][annex.index("Summa totalt")]));
    });
  });

  it("the largest unit pays exactly the threshold over the period", () => {
    const largest = lou.largestUnit.name;
    const exact = num(stadsdelar.row(largest)[stadsdelar.index("Summa totalt (exakt)")]);
    expect(exact).toBeCloseTo(lou.threshold.toNumber(), 6);
  });
});
