import fc from "fast-check";
import { checkTables } from "../../src/check";
import type { CellValue } from "../../src/check";
import { louAllocation } from "../../src/engine/county";
import { Decimal, roundHalfAwayFromZero } from "../../src/engine/decimal";
import { MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018 } from "../../src/data/population2018";

/*
 * Properties over random counties: a table printed from the engine (every cell the exact value
 * rounded half away from zero, as text the way the papers print it) has no row findings, and its
 * parameters are inferred back; one planted error anywhere in a row is reported at exactly its cell.
 */

const group = (value: Decimal, decimals = 0) => {
  const [whole, fraction] = roundHalfAwayFromZero(value, decimals).toFixed(decimals).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ")}${fraction ? `,${fraction}` : ""}`;
};
const kr = (value: Decimal) => `${group(value)} kr`;
const pct = (fraction: Decimal) => `${group(fraction.times(100), 2)}%`;

const countyArbitrary = fc.record({
  municipalities: fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { minLength: 2, maxLength: 25 }),
  municipalityPopulations: fc.array(fc.integer({ min: 500, max: 250000 }), { minLength: 25, maxLength: 25 }),
  districts: fc.uniqueArray(fc.integer({ min: 0, max: 13 }), { minLength: 2, maxLength: 14 }),
  districtPopulations: fc.array(fc.integer({ min: 5000, max: 200000 }), { minLength: 14, maxLength: 14 }),
  rest: fc.integer({ min: 0, max: 5000 }),
  threshold: fc.integer({ min: 100000, max: 2000000 }),
  years: fc.integer({ min: 1, max: 10 }),
});

type Input = typeof countyArbitrary extends fc.Arbitrary<infer T> ? T : never;

function printedAnnex(input: Input) {
  // The 25 non-Stockholm municipalities of the annex, Stockholm last (the divided city).
  const names = MUNICIPALITIES_2018.filter((m) => m.name !== "Stockholm");
  const districts = input.districts.map((index) => ({ name: STOCKHOLM_DISTRICTS_2018[index].name, population: input.districtPopulations[index] }));
  const city = districts.reduce((sum, d) => sum + d.population, 0) + input.rest;
  const municipalities = [
    ...input.municipalities.map((index) => ({ name: names[index].name, population: input.municipalityPopulations[index] })),
    { name: "Stockholm", population: city },
  ];
  const allocation = louAllocation(
    { municipalities, dividedCity: { name: "Stockholm", districts, rest: input.rest } },
    { threshold: input.threshold, years: input.years },
  );
  const muni: CellValue[][] = [["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"]];
  for (const m of allocation.municipalities) muni.push([m.name, group(m.population), pct(m.share), kr(m.perYear), kr(m.forPeriod)]);
  muni.push(["Totalt", group(allocation.total.population), "100,00%", kr(allocation.total.perYear), kr(allocation.total.forPeriod)]);
  const c = allocation.city!;
  const dist: CellValue[][] = [["Stadsdelsförvaltning", "Invånare", "Invånare inkl rest", "Fördelning i Sthlm", "Fördelning alla kommuner", "Summa/år", "Summa totalt"]];
  for (const d of c.districts) dist.push([d.name, group(d.population), group(d.populationIncludingRest), pct(d.shareOfCity), pct(d.shareOfCounty), kr(d.perYear), kr(d.forPeriod)]);
  dist.push(["Sthlm kn rest*", group(c.rest), "-", "-", "-", "-", "-"]);
  dist.push(["Totalt", group(c.population), group(c.population), "100,00%", pct(c.population.div(allocation.countyPopulation)), kr(c.totalPerYear), kr(c.totalForPeriod)]);
  return { muni, dist, allocation };
}

test("a table printed from the engine: no row findings, the parameters inferred back", () => {
  fc.assert(
    fc.property(countyArbitrary, (input) => {
      const { muni, dist } = printedAnnex(input);
      const report = checkTables([
        { sheet: "Kommuner", values: muni },
        { sheet: "Stadsdelar", values: dist },
      ]);
      expect(report.problems).toEqual([]);
      // Rows are the exact values rounded: nothing to say. Totals may differ from the rows' sums.
      expect(report.findings.filter((finding) => finding.row !== "Totalt")).toEqual([]);
      for (const finding of report.findings) {
        expect(finding.kind).toBe("total");
        // Off its rows by their rounding only: a rounding finding, nothing to correct (issue 10).
        expect(finding.severity).toBe("rounding");
        expect(finding.reasons).toEqual(expect.arrayContaining(["notSumOfRows"]));
        expect(finding.reasons).not.toContain("notExactTotal");
      }
      const byKey = Object.fromEntries(report.parameters.map((parameter) => [parameter.key, parameter.value]));
      expect(byKey.threshold).toBe(input.threshold);
      expect(byKey.years).toBe(input.years);
    }),
    { numRuns: 40, seed: 20261122 },
  );
});

test("one planted error in a row is reported at exactly its cell", () => {
  fc.assert(
    fc.property(
      countyArbitrary,
      fc.boolean(),
      fc.nat(),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 3, max: 500 }),
      fc.boolean(),
      (input, inDistricts, rowPick, columnPick, delta, up) => {
        const { muni, dist } = printedAnnex(input);
        const table = inDistricts ? dist : muni;
        // A unit row (not the city's own row, not the rest or total row); a computed column.
        const rows = inDistricts ? table.length - 3 : table.length - 3;
        const row = 1 + (rowPick % rows);
        // Districts: Invånare inkl rest … Summa totalt (C–G); municipalities: Fördelning … Summa totalt (C–E).
        const column = inDistricts ? 2 + columnPick : 2 + (columnPick % 3);
        const original = String(table[row][column]);
        const number = Number(original.replace(/[^\d,]/g, "").replace(",", "."));
        if (original.endsWith("%")) {
          // 0,05–0,54 percentage points off: beyond the 0,01 of rounding.
          const shift = 0.05 + (delta % 50) / 100;
          table[row][column] = `${(up || number < shift ? number + shift : number - shift).toFixed(2).replace(".", ",")}%`;
        } else {
          const changed = up || number <= delta ? number + delta : number - delta;
          table[row][column] = `${changed}${original.endsWith("kr") ? " kr" : ""}`;
        }
        const sheet = inDistricts ? "Stadsdelar" : "Kommuner";
        const report = checkTables([
          { sheet: "Kommuner", values: muni },
          { sheet: "Stadsdelar", values: dist },
        ]);
        const address = `${String.fromCharCode(65 + column)}${row + 1}`;
        const rowFindings = report.findings.filter((finding) => finding.row !== "Totalt");
        expect(rowFindings.map((finding) => `${finding.sheet}!${finding.address}`)).toEqual([`${sheet}!${address}`]);
        expect(rowFindings[0]).toMatchObject({ severity: "error", kind: "figure" });
        expect(report.parameters.find((parameter) => parameter.key === "threshold")?.value).toBe(input.threshold);
      },
    ),
    { numRuns: 60, seed: 4181248 },
  );
});
