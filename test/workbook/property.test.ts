import fc from "fast-check";
import { Decimal } from "../../src/engine";
import type { CountyPopulation } from "../../src/engine";
import { buildWorkbookPlan, defaultPlanOptions, planFormulas, TABLE_NAMES } from "../../src/workbook";
import { num, referenceProblems, tableOf } from "./planReader";

/*
 * Random counties (with and without a divided city, with equal populations to force ties, zero
 * rests, one-district cities), random thresholds and periods: the plan's promises hold for all.
 */

const population = fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.constantFrom(1000, 5000, 12345));

const county: fc.Arbitrary<CountyPopulation> = fc
  .record({
    municipalities: fc.array(population, { minLength: 1, maxLength: 12 }),
    districts: fc.option(fc.array(population, { minLength: 1, maxLength: 6 }), { nil: undefined }),
    rest: fc.integer({ min: 0, max: 3000 }),
    cityAt: fc.nat(),
  })
  .filter(({ municipalities, districts }) => municipalities.some((p) => p > 0) && (!districts || districts.some((p) => p > 0)))
  .map(({ municipalities, districts, rest, cityAt }) => {
    const units = municipalities.map((p, i) => ({ name: `Kommun ${i + 1}`, population: p }));
    if (!districts) return { municipalities: units };
    const cityPopulation = districts.reduce((s, p) => s + p, 0) + rest;
    units.splice(cityAt % (units.length + 1), 0, { name: "Stad", population: cityPopulation });
    return {
      municipalities: units,
      dividedCity: { name: "Stad", districts: districts.map((p, i) => ({ name: `Stadsdel ${i + 1}`, population: p })), rest },
    };
  });

const parameters = fc
  .record({
    threshold: fc.integer({ min: 1, max: 5_000_000 }),
    years: fc.integer({ min: 1, max: 12 }),
    budget2026: fc.integer({ min: 1, max: 50_000_000 }),
    municipalShare: fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
  })
  .map((given) => ({ figures: { threshold: new Decimal(given.threshold), years: new Decimal(given.years), budget2026: new Decimal(given.budget2026), municipalShare: new Decimal(given.municipalShare) } }));

/** The rounded column's parts: whole units, summing to the total row, each within one unit of its share. */
function checkRounded(table: ReturnType<typeof tableOf>, header: string, weightHeader: string, decimals: number, rows = table.rows) {
  const column = table.index(header);
  const weights = rows.map((row) => new Decimal(num(row[table.index(weightHeader)])));
  const weightSum = weights.reduce((s, w) => s.plus(w), new Decimal(0));
  const scale = 10 ** decimals;
  const total = Math.round(num(table.total![column]) * scale);
  const parts = rows.map((row) => Math.round(num(row[column]) * scale));
  rows.forEach((row) => expect(Math.abs(num(row[column]) * scale - Math.round(num(row[column]) * scale))).toBeLessThan(1e-6));
  expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
  if (weightSum.isZero()) return;
  parts.forEach((part, index) => {
    const share = new Decimal(total).times(weights[index]).div(weightSum);
    expect(share.minus(part).abs().lt(1)).toBe(true);
    if (weights[index].isZero()) expect(part).toBe(0);
  });
}

describe("plans for random counties", () => {
  it("adds-up mode: valid references, every rounded column adds up, each part within one unit of its share", () => {
    fc.assert(
      fc.property(county, parameters, (c, p) => {
        const plan = buildWorkbookPlan(defaultPlanOptions("sv", { county: c, rounding: "addsUp", ...p }));
        expect(referenceProblems(plan)).toEqual([]);
        for (const { cell } of planFormulas(plan)) expect(typeof cell.value !== "number" || Number.isFinite(cell.value)).toBe(true);
        const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
        checkRounded(kommuner, "Summa/år", "Invånare", 0);
        checkRounded(kommuner, "Summa totalt", "Invånare", 0);
        checkRounded(kommuner, "Fördelning", "Invånare", 4);
        const avtal = tableOf(plan, "agreement2026", TABLE_NAMES.agreement2026Municipalities);
        checkRounded(avtal, "Kostnad/år", "Invånare", 0);
        if (c.dividedCity) {
          const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
          const districtRows = stadsdelar.rows.slice(0, -1);
          for (const header of ["Invånare inkl rest", "Summa/år", "Summa totalt"]) checkRounded(stadsdelar, header, "Invånare", 0, districtRows);
          checkRounded(stadsdelar, "Fördelning i Sthlm", "Invånare", 4, districtRows);
          checkRounded(stadsdelar, "Fördelning alla kommuner", "Invånare", 4, districtRows);
          const city = kommuner.row("Stad");
          expect(num(stadsdelar.total![stadsdelar.index("Summa/år")])).toBe(num(city[kommuner.index("Summa/år")]));
          expect(num(stadsdelar.total![stadsdelar.index("Invånare inkl rest")])).toBe(num(city[kommuner.index("Invånare")]));
        }
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it("annex mode: the largest procuring unit pays exactly the threshold, nobody more; rows add up to the exact total", () => {
    fc.assert(
      fc.property(county, parameters, (c, p) => {
        const plan = buildWorkbookPlan(defaultPlanOptions("en", { county: c, rounding: "annex", ...p }));
        expect(referenceProblems(plan)).toEqual([]);
        const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
        const period = kommuner.index("Total for the period");
        const procuring = kommuner.rows.filter((row) => row[0].value !== "Stad").map((row) => num(row[period]));
        if (c.dividedCity) {
          const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
          procuring.push(...stadsdelar.rows.slice(0, -1).map((row) => num(row[stadsdelar.index("Total for the period")])));
        }
        const highest = Math.max(...procuring);
        expect(highest).toBeCloseTo(p.figures.threshold.toNumber(), 6);
        const sum = kommuner.rows.reduce((s, row) => s + num(row[period]), 0);
        expect(Math.abs(sum - num(kommuner.total![period]))).toBeLessThan(1e-6 * Math.max(1, sum));
      }),
      { numRuns: 40, seed: 20261122 },
    );
  });
});
