import { COUNTY_2018, DISTRICT_LAYOUTS, countyCompleteness, countyTemplate, layoutOn, STOCKHOLM_DISTRICTS_2018 } from "../../src/data";
import type { CountyPopulation } from "../../src/engine";
import { parsePopulationCsv } from "../../src/files/populationCsv";
import { templateCsv } from "../../src/files/template";

/* The county's layouts (issue 11) and whether a population covers the county (issue 8). */

const pop2018 = new Map(STOCKHOLM_DISTRICTS_2018.map((district) => [district.name, district.population]));
/** The 2018 figures merged into a later layout: a merged district is the sum of the ones it replaced. */
const MERGED: Readonly<Record<string, readonly string[]>> = {
  "Hägersten-Älvsjö": ["Hägersten-Liljeholmen", "Älvsjö"],
  Järva: ["Rinkeby-Kista", "Spånga-Tensta"],
  "Norra innerstaden": ["Norrmalm", "Östermalm"],
};
const figure2018 = (name: string) => (MERGED[name] ?? [name]).reduce((sum, part) => sum + pop2018.get(part)!, 0);

function countyIn(layoutDate: string): CountyPopulation {
  const layout = layoutOn(layoutDate);
  return { ...COUNTY_2018, dividedCity: { ...COUNTY_2018.dividedCity!, districts: layout.districts.map((name) => ({ name, population: figure2018(name) })) } };
}

test.each([
  ["2019-12-31", 14],
  ["2020-06-30", 14],
  ["2020-07-01", 13],
  ["2023-06-30", 13],
  ["2023-07-01", 11],
  ["2026-11-29", 11],
])("on %s the city has %i districts", (date, count) => {
  expect(layoutOn(date).districts).toHaveLength(count);
});

test("the whole county in each layout is complete; each layout has a source", () => {
  expect(countyCompleteness(COUNTY_2018)).toMatchObject({ complete: true, missingMunicipalities: [], missingDistricts: [] });
  for (const date of ["2021-12-31", "2024-12-31"]) expect(countyCompleteness(countyIn(date)).complete).toBe(true);
  for (const layout of DISTRICT_LAYOUTS) expect(layout.source.note.length).toBeGreaterThan(10);
});

test("missing municipalities and districts are named; no districts means Stockholm counts as one unit", () => {
  const partial: CountyPopulation = { municipalities: COUNTY_2018.municipalities.filter((m) => m.name !== "Salem"), dividedCity: { ...COUNTY_2018.dividedCity!, districts: COUNTY_2018.dividedCity!.districts.filter((d) => d.name !== "Farsta") } };
  expect(countyCompleteness(partial)).toMatchObject({ complete: false, missingMunicipalities: ["Salem"], missingDistricts: ["Farsta"] });
  expect(countyCompleteness({ municipalities: COUNTY_2018.municipalities })).toMatchObject({ complete: false, noDistricts: true });
});

test("districts of different layouts in one population are named with their layouts", () => {
  const mixed = countyIn("2024-12-31");
  const districts = [...mixed.dividedCity!.districts, { name: "Älvsjö", population: 30580 }];
  const result = countyCompleteness({ ...mixed, dividedCity: { ...mixed.dividedCity!, districts } });
  expect(result.complete).toBe(false);
  expect(result.mixed?.map((entry) => entry.name)).toEqual(expect.arrayContaining(["Hägersten-Älvsjö", "Järva", "Norra innerstaden", "Älvsjö"]));
  expect(result.mixed?.find((entry) => entry.name === "Älvsjö")?.layouts).toEqual(["2007-01-01"]);
});

test.each(["2021-12-31", "2024-12-31"])("the template of %s filled with the 2018 figures reads back as the whole county with the 2018 sums", (date) => {
  const template = countyTemplate(date);
  const figures = new Map<string, number>([...COUNTY_2018.municipalities.map((m) => [m.name, Number(m.population)] as const), ["Sthlm kn rest", Number(COUNTY_2018.dividedCity!.rest)] as const]);
  const filled = templateCsv(template, "sv")
    .split("\r\n")
    .map((line, index) => {
      if (index === 0 || line === "") return line;
      const [name, kind, code, , when] = line.split(";");
      const value = kind === "stadsdel" ? figure2018(name) : figures.get(name);
      return [name, kind, code, String(value), when].join(";");
    })
    .join("\r\n");
  const read = parsePopulationCsv(filled, { file: "mall.csv" });
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(countyCompleteness(read.county).complete).toBe(true);
  expect(read.county.dividedCity!.districts).toHaveLength(date < "2023-07-01" ? 13 : 11);
  expect(read.county.municipalities.reduce((sum, m) => sum + Number(m.population), 0)).toBe(2344124);
  expect(read.county.dividedCity!.districts.reduce((sum, d) => sum + Number(d.population), 0)).toBe(959708);
});
