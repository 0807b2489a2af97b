import { checkTables, exitCodeFor } from "../../src/check";
import type { CellValue, CheckReport } from "../../src/check";
import { DISTRICT_LAYOUTS } from "../../src/data/layouts";
import { COUNTY_2018 } from "../../src/data/population2018";
import { municipalCost2026 } from "../../src/engine/agreement2026";
import { louAllocation } from "../../src/engine/county";
import { Decimal, roundHalfAwayFromZero } from "../../src/engine/decimal";

/*
 * Issue 10, more table shapes: the 2026–2030 split (the municipal part by population) and the support
 * table (users × cost per user), each with one planted error found at its cell; Stockholm's later
 * district layouts (13 from 1 July 2020, 11 from 1 July 2023) checked like the 14 of 2018.
 */

const group = (value: Decimal, decimals = 0) => {
  const [whole, fraction] = roundHalfAwayFromZero(value, decimals).toFixed(decimals).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ")}${fraction ? `,${fraction}` : ""}`;
};
const kr = (value: Decimal) => `${group(value)} kr`;
const pct = (fraction: Decimal) => `${group(fraction.times(100), 2)}%`;
const beyondRounding = (report: CheckReport) => report.findings.filter((finding) => finding.severity !== "rounding");

const COUNTY = louAllocation(COUNTY_2018, { threshold: 615312, years: 8 });
const COUNTY_POPULATION = COUNTY.countyPopulation;

/** The 2026–2030 municipality table as the papers would print it, under its title. */
function agreement2026(): CellValue[][] {
  const cost = (population: Decimal) => municipalCost2026(population, COUNTY_POPULATION, 26_000_000, 0.19);
  return [
    ["Avtal 2026–2030: kommunernas del fördelad efter invånare", null, null, null],
    [null, null, null, null],
    ["Kommun", "Invånare", "Fördelning", "Kostnad/år"],
    ...COUNTY.municipalities.map((unit) => [unit.name, group(unit.population), pct(unit.share), kr(cost(unit.population))]),
    ["Totalt", group(COUNTY_POPULATION), "100,00%", "4 940 000 kr"],
  ];
}

describe("the 2026–2030 split", () => {
  test("as printed: the municipal part read from its total, nothing beyond rounding", () => {
    const report = checkTables([{ sheet: "Avtal 2026–2030", values: agreement2026() }]);
    expect(report.tables.map((table) => [table.kind, table.checked])).toEqual([["municipalities2026", true]]);
    expect(report.parameters.find((parameter) => parameter.key === "municipalPart2026")).toMatchObject({ value: 4940000, source: "inferred" });
    expect(beyondRounding(report)).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(exitCodeFor(report)).toBe(0);
  });

  test("one planted error is found at its cell (and the total that no longer adds up is a warning)", () => {
    const values = agreement2026();
    const nacka = values.findIndex((row) => row[0] === "Nacka");
    values[nacka][3] = "219 444 kr"; // 218 444 kr, a digit off
    const report = checkTables([{ sheet: "Avtal 2026–2030", values }]);
    expect(beyondRounding(report).map((finding) => [finding.address, finding.severity, finding.kind, finding.row])).toEqual([
      [`D${nacka + 1}`, "error", "figure", "Nacka"],
      [`D${values.length}`, "warning", "total", "Totalt"],
    ]);
    expect(beyondRounding(report)[0].expected).toBeCloseTo(218444.35, 2);
    // The part is still read right: the wrong row is outvoted.
    expect(report.parameters.find((parameter) => parameter.key === "municipalPart2026")).toMatchObject({ value: 4940000 });
  });

  test("the budget and share given instead: the same result, the part marked as given", () => {
    const report = checkTables([{ sheet: "Blad1", values: agreement2026() }], { figures: { budget2026: new Decimal(26_000_000), municipalShare: new Decimal(0.19) } });
    expect(report.parameters.find((parameter) => parameter.key === "municipalPart2026")).toMatchObject({ value: 4940000, source: "given" });
    expect(beyondRounding(report)).toEqual([]);
  });
});

/** A support table: every procuring unit with its users, 250 kr per user. */
function support(): CellValue[][] {
  const units = [...COUNTY_2018.municipalities.filter((unit) => unit.name !== "Stockholm"), ...COUNTY_2018.dividedCity!.districts];
  const users = units.map((_, index) => 10 + ((index * 13) % 70));
  return [
    ["Organisation", "Typ", "Användare", "Kostnad per användare", "Kostnad/år"],
    ...units.map((unit, index) => [unit.name, index < 25 ? "Kommun" : "Stadsdel, Stockholm", users[index], 250, users[index] * 250]),
    ["Kommunerna totalt", null, users.reduce((sum, value) => sum + value, 0), 250, users.reduce((sum, value) => sum + value * 250, 0)],
  ];
}

describe("the support table", () => {
  test("users × cost per user: the cost per user read from the table, nothing to say", () => {
    const report = checkTables([{ sheet: "Support", values: support() }]);
    expect(report.tables.map((table) => [table.kind, table.rows])).toEqual([["support", 39]]);
    expect(report.parameters).toEqual([expect.objectContaining({ key: "costPerUser", value: 250, source: "inferred" })]);
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  test("one planted error is found at its cell (and the total that no longer adds up is a warning)", () => {
    const values = support();
    const huddinge = values.findIndex((row) => row[0] === "Huddinge");
    values[huddinge][4] = Number(values[huddinge][4]) + 2500; // ten users too many paid for
    const report = checkTables([{ sheet: "Support", values }]);
    const errors = report.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => [finding.address, finding.row, finding.column])).toEqual([[`E${huddinge + 1}`, "Huddinge", "Kostnad/år"]]);
    expect(errors[0].difference).toBe(2500);
    // The total is still the exact total, but no longer the sum of its rows.
    expect(report.findings.filter((finding) => finding.severity !== "error").map((finding) => [finding.address, finding.severity, finding.reasons])).toEqual([["E41", "warning", ["notSumOfRows"]]]);
  });

  test("rows without users are not filled in: not checked, and said once", () => {
    const values = support();
    for (const row of values.slice(1, 10)) {
      row[2] = null;
      row[4] = null;
    }
    const report = checkTables([{ sheet: "Support", values }]);
    expect(report.findings).toEqual([]);
    expect(report.problems.map((problem) => [problem.severity, problem.message.en])).toEqual([
      ["info", "9 rows of the support table have no users and are not checked (30 are); the total row is checked once all are filled in."],
    ]);
  });
});

/** A district table printed from the engine for a layout's districts (made-up populations). */
function districtTable(districts: readonly string[]): CellValue[][] {
  const populations = districts.map((_, index) => 40_000 + index * 9_137);
  const city = { name: "Stockholm", districts: districts.map((name, index) => ({ name, population: populations[index] })), rest: 2_000 };
  const cityPopulation = populations.reduce((sum, value) => sum + value, 0) + 2_000;
  const others = COUNTY_2018.municipalities.filter((unit) => unit.name !== "Stockholm");
  const allocation = louAllocation({ municipalities: [...others, { name: "Stockholm", population: cityPopulation }], dividedCity: city }, { threshold: 700_000, years: 8 });
  const cityAllocation = allocation.city!;
  return [
    ["Stadsdelsförvaltning", "Invånare", "Invånare inkl rest", "Fördelning i Sthlm", "Fördelning alla kommuner", "Summa/år", "Summa totalt"],
    ...cityAllocation.districts.map((district) => [
      district.name,
      group(district.population),
      group(district.populationIncludingRest),
      pct(district.shareOfCity),
      pct(district.shareOfCounty),
      kr(district.perYear),
      kr(district.forPeriod),
    ]),
    ["Sthlm kn rest*", "2 000", "-", "-", "-", "-", "-"],
  ];
}

describe("Stockholm's district layouts", () => {
  test.each([
    ["2007-01-01", 14],
    ["2020-07-01", 13],
    ["2023-07-01", 11],
  ])("the layout from %s (%i districts): every row known, the threshold inferred, nothing beyond rounding", (from, count) => {
    const layout = DISTRICT_LAYOUTS.find((candidate) => candidate.from === from)!;
    expect(layout.districts).toHaveLength(count);
    const report = checkTables([{ sheet: "Stadsdelar", values: districtTable(layout.districts) }]);
    expect(report.problems.filter((problem) => problem.severity !== "info")).toEqual([]);
    expect(report.parameters.find((parameter) => parameter.key === "districtLayout")).toMatchObject({ value: from });
    expect(report.parameters.find((parameter) => parameter.key === "threshold")).toMatchObject({ value: 700000 });
    expect(beyondRounding(report)).toEqual([]);
  });

  test("districts of two layouts in one table are said to be so", () => {
    const names = [...DISTRICT_LAYOUTS[2].districts.slice(0, 6), "Rinkeby-Kista", "Spånga-Tensta"];
    const report = checkTables([{ sheet: "Stadsdelar", values: districtTable(names) }]);
    const mixed = report.problems.find((problem) => problem.message.en.startsWith("The districts belong to different district layouts"))!;
    expect(mixed.severity).toBe("warning");
    expect(mixed.message.sv).toContain("Järva");
  });
});
