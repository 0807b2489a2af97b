import { louAllocation } from "../../src/engine";
import { COUNTY_2018, MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "../../src/data";
import { parsePopulationRows, type CellInput } from "../../src/input";
import { scbNoiseMargin } from "../../src/input/populationCity";

/*
 * Stockholm in a population table (issue 11): the rest post derived from the city's total and its
 * districts, and SCB's controlled noise from reference year 2025 tolerated when the user says so.
 */

const header: CellInput[] = ["namn", "typ", "invånare", "kod"];
const municipalities = (cityPopulation: number) =>
  MUNICIPALITIES_2018.map((m): CellInput[] => [m.name, "kommun", m.code === "0180" ? cityPopulation : m.population, m.code]);
const districts = STOCKHOLM_DISTRICTS_2018.map((d): CellInput[] => [d.name, "stadsdel", d.population, ""]);
const rest: CellInput[] = ["Sthlm kn rest", "rest", STOCKHOLM_REST_2018, ""];
const city2018 = 962154;

test("Stockholm's total and its districts without a rest row: the rest post is the difference, as the annex defines it", () => {
  const result = parsePopulationRows([header, ...municipalities(city2018), ...districts]);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.county.dividedCity?.rest).toBe(STOCKHOLM_REST_2018);
  expect(result.derived?.rest).toEqual({ rest: 2446, cityTotal: city2018, districts: 959708 });
  // The same allocation as Bilaga 3's own table.
  const derived = louAllocation(result.county, { threshold: 615312, years: 8 });
  const annex = louAllocation(COUNTY_2018, { threshold: 615312, years: 8 });
  expect(derived.total.perYear.toString()).toBe(annex.total.perYear.toString());
});

test("a negative difference is refused with both figures", () => {
  const result = parsePopulationRows([header, ...municipalities(900000), ...districts], { locale: "sv" });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues.map((issue) => issue.message)).toEqual([
    expect.stringContaining("Stockholm har 900\u00a0000 invånare men stadsdelarna har 959\u00a0708, fler än hela staden; restposten (stadens invånare utan känd stadsdel) kan inte vara negativ"),
  ]);
});

describe("SCB's noise from 2025", () => {
  test("the margin is 0,01 % of the total, at least 10 people", () => {
    expect(scbNoiseMargin(962154)).toBe(96);
    expect(scbNoiseMargin(30000)).toBe(10);
  });

  test("a total a few people off its parts is an error without the option, a note with it; the stated total stands", () => {
    const rows = [header, ...municipalities(city2018 + 7), ...districts, rest];
    const strict = parsePopulationRows(rows, { locale: "en" });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.issues[0].message).toContain("Stockholm has 962,161 inhabitants, but the districts (959,708) plus the rest post (2,446) make 962,154");
    const noised = parsePopulationRows(rows, { locale: "en", scbNoise: true });
    expect(noised.ok).toBe(true);
    if (!noised.ok) return;
    expect(noised.derived?.noise).toEqual({ stated: 962161, summed: 962154, margin: 96 });
    expect(noised.county.municipalities.find((m) => m.name === "Stockholm")?.population).toBe(962161);
    expect(noised.county.dividedCity?.rest).toBe(2453);
  });

  test("beyond the margin it is still an error", () => {
    const result = parsePopulationRows([header, ...municipalities(city2018 + 500), ...districts, rest], { scbNoise: true });
    expect(result.ok).toBe(false);
  });
});
