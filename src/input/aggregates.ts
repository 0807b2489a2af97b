import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, DIVIDED_CITY_CODE, layoutOn, municipalitiesOfCounty, SWEDISH_MUNICIPALITIES, type DistrictLayout } from "../data";
import { normalizeUnitName } from "../engine";
import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M } from "./messages";
import { flag, scbNoiseMargin } from "./populationCity";
import type { AggregateRow, Draft, TableReading } from "./populationTable";
import type { AggregateCheck } from "./populationTypes";

/*
 * The aggregates of a table ("01 Stockholms län", "Riket", "03 Uppsala län", "Hela staden",
 * "Västerort", "Totalt") are never units: each is held against the units of its table it sums, and a
 * mismatch is refused with both figures. One whose units are not all in the table cannot be checked,
 * and says so. The city's "Hela staden" is either its districts' sum or the city's total; as the
 * latter it is Stockholm's total for a table that has no Stockholm row (populationCounty.ts).
 */

/** The table's aggregates checked, and the city totals they gave (each a "Hela staden" that is Stockholm's total). */
export interface AggregateOutcome {
  readonly checks: AggregateCheck[];
  readonly cityTotals: AggregateRow[];
}

interface Sums {
  readonly table: TableReading;
  readonly date: string | undefined;
  readonly locale: Locale;
  readonly scbNoise: boolean;
}

const figure = (rows: readonly { readonly population: number | null }[]) => rows.reduce((sum, row) => sum + (row.population ?? 0), 0);
const read = (rows: readonly { readonly population: number | null }[]) => rows.every((row) => row.population !== null);

/** The layout a table's districts are of: the one in force on the date, else the latest that has them all. */
function layoutOf(districts: readonly Draft[], date: string | undefined): DistrictLayout {
  if (date !== undefined) return layoutOn(date);
  const names = districts.map((district) => normalizeUnitName(district.name));
  return [...DISTRICT_LAYOUTS].reverse().find((layout) => names.every((name) => layout.districts.some((d) => normalizeUnitName(d) === name))) ?? DISTRICT_LAYOUTS[DISTRICT_LAYOUTS.length - 1];
}

/** The county's municipalities in the table, Stockholm by its row or, without one, as its districts and rest post. */
function countyParts(table: TableReading): { sum: number; present: number; read: boolean } {
  const municipalities = table.units.filter((unit) => unit.kind === "municipality");
  const city = table.units.filter((unit) => unit.kind === "district" || unit.kind === "rest");
  const withCity = municipalities.some((unit) => unit.code === DIVIDED_CITY_CODE) || city.length === 0 ? municipalities : [...municipalities, ...city];
  const present = municipalities.length + (municipalities.some((unit) => unit.code === DIVIDED_CITY_CODE) || city.length === 0 ? 0 : 1);
  return { sum: figure(withCity), present, read: read(withCity) };
}

/** Checks every aggregate of a table; mismatches are issues at the aggregate's figure. */
export function checkAggregates(table: TableReading, date: string | undefined, locale: Locale, scbNoise: boolean): AggregateOutcome {
  const outcome: AggregateOutcome = { checks: [], cityTotals: [] };
  const sums: Sums = { table, date, locale, scbNoise };
  for (const row of table.aggregates) {
    if (row.population === null) continue;
    const check = checkOne(row, sums, outcome);
    if (check) outcome.checks.push({ name: row.name, population: row.population, row: table.site.issues.rowNumber(row.index), ...(table.site.source !== undefined ? { source: table.site.source } : {}), ...check });
  }
  return outcome;
}

type Check = Pick<AggregateCheck, "status" | "of" | "parts" | "missing">;

/** Compares an aggregate with a sum; a mismatch beyond SCB's noise (when its figures carry noise) is an issue. */
function compare(row: AggregateRow, summed: number, parts: string, sums: Sums): boolean {
  const margin = sums.scbNoise ? scbNoiseMargin(row.population!) : 0;
  if (Math.abs(row.population! - summed) <= margin) return true;
  flag(row, "aggregateMismatch", "population", say(M.aggregateMismatch, sums.locale, row.name, row.population!, parts, summed), String(row.population));
  return false;
}

function checkOne(row: AggregateRow, sums: Sums, outcome: AggregateOutcome): Check | undefined {
  const { table, locale } = sums;
  const aggregate = row.aggregate;
  switch (aggregate.kind) {
    case "county": {
      const parts = countyParts(table);
      const missing = COUNTY_MUNICIPALITIES.length - parts.present;
      if (missing > 0 || !parts.read) return { status: "notChecked", of: "countyMunicipalities", parts: parts.present, missing };
      compare(row, parts.sum, say(M.partsCounty, locale, parts.present), sums);
      return { status: "checked", of: "countyMunicipalities", parts: parts.present };
    }
    case "nation": {
      const county = countyParts(table);
      const present = county.present + table.outside.length;
      const missing = SWEDISH_MUNICIPALITIES.length - present;
      if (missing > 0 || !county.read || !read(table.outside)) return { status: "notChecked", of: "municipalities", parts: present, missing };
      compare(row, county.sum + figure(table.outside), say(M.partsMunicipalities, locale, present), sums);
      return { status: "checked", of: "municipalities", parts: present };
    }
    case "otherCounty": {
      const codes = municipalitiesOfCounty(aggregate.county.code).map((m) => m.code);
      const parts = table.outside.filter((unit) => codes.includes(unit.code));
      if (parts.length < codes.length || !read(parts)) return { status: "notChecked", of: "municipalities", parts: parts.length, missing: codes.length - parts.length };
      compare(row, figure(parts), say(M.partsOtherCounty, locale, parts.length, aggregate.county.name), sums);
      return { status: "checked", of: "municipalities", parts: parts.length };
    }
    case "cityArea": {
      const districts = table.units.filter((unit) => unit.kind === "district");
      const names = layoutOf(districts, sums.date).areas[aggregate.area].map(normalizeUnitName);
      const parts = districts.filter((unit) => names.includes(normalizeUnitName(unit.name)));
      if (parts.length < names.length || !read(parts)) return { status: "notChecked", of: "districts", parts: parts.length, missing: names.length - parts.length };
      compare(row, figure(parts), say(M.partsArea, locale, parts.map((unit) => unit.name)), sums);
      return { status: "checked", of: "districts", parts: parts.length };
    }
    case "city":
      return checkCityRow(row, sums, outcome);
    case "total":
      return checkTotal(row, sums);
  }
}

/** "Hela staden": its districts (and rest post) together, Stockholm's row, or, with neither to hold it to, Stockholm's total. */
function checkCityRow(row: AggregateRow, sums: Sums, outcome: AggregateOutcome): Check | undefined {
  const { table, locale } = sums;
  const city = table.units.filter((unit) => unit.kind === "district" || unit.kind === "rest");
  const districts = city.filter((unit) => unit.kind === "district").length;
  const stockholm = table.units.find((unit) => unit.code === DIVIDED_CITY_CODE);
  const margin = sums.scbNoise ? scbNoiseMargin(row.population!) : 0;
  if (districts > 0 && read(city) && Math.abs(figure(city) - row.population!) <= margin) return { status: "checked", of: "districts", parts: districts };
  if (stockholm?.population != null) {
    compare(row, stockholm.population, say(M.partsStockholm, locale), sums);
    return { status: "checked", of: "municipalities", parts: 1 };
  }
  if (city.some((unit) => unit.kind === "rest")) {
    compare(row, figure(city), say(M.partsDistrictsRest, locale, districts), sums);
    return { status: "checked", of: "districts", parts: districts };
  }
  outcome.cityTotals.push(row);
  return { status: "cityTotal", of: "districts", parts: districts };
}

/** "Totalt", "Summa": the table's municipalities (of the county, or all), or its districts and rest post. */
function checkTotal(row: AggregateRow, sums: Sums): Check | undefined {
  const { table, locale } = sums;
  const county = countyParts(table);
  const city = table.units.filter((unit) => unit.kind === "district" || unit.kind === "rest");
  const candidates: { sum: number; parts: number; of: AggregateCheck["of"]; text: string; ok: boolean }[] = [];
  if (county.present > 0) candidates.push({ sum: county.sum, parts: county.present, of: "countyMunicipalities", text: say(M.partsCounty, locale, county.present), ok: county.read });
  if (table.outside.length > 0) {
    const present = county.present + table.outside.length;
    candidates.push({ sum: county.sum + figure(table.outside), parts: present, of: "municipalities", text: say(M.partsMunicipalities, locale, present), ok: county.read && read(table.outside) });
  }
  if (city.length > 0) {
    const districts = city.filter((unit) => unit.kind === "district").length;
    candidates.push({ sum: figure(city), parts: districts, of: "districts", text: say(M.partsDistrictsRest, locale, districts), ok: read(city) });
  }
  const usable = candidates.filter((candidate) => candidate.ok);
  if (usable.length === 0) return { status: "notChecked", of: "municipalities", parts: 0 };
  const margin = sums.scbNoise ? scbNoiseMargin(row.population!) : 0;
  const match = usable.find((candidate) => Math.abs(candidate.sum - row.population!) <= margin);
  if (match) return { status: "checked", of: match.of, parts: match.parts };
  const nearest = [...usable].sort((a, b) => Math.abs(a.sum - row.population!) - Math.abs(b.sum - row.population!))[0];
  compare(row, nearest.sum, nearest.text, sums);
  return { status: "checked", of: nearest.of, parts: nearest.parts };
}
