import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, DIVIDED_CITY_CODE, layoutOn } from "../data";
import { normalizeUnitName, type CountyPopulation } from "../engine";
import { say, type Locale } from "../i18n";
import { checkAggregates } from "./aggregates";
import { listed } from "./issues";
import { INPUT_MESSAGES as M } from "./messages";
import { checkCity, countyOf, flag, placeOf, scbNoiseMargin } from "./populationCity";
import type { AggregateRow, Draft, TableReading, TableSite } from "./populationTable";
import type { AggregateCheck, ParsedRow, PopulationParseResult, PopulationRowsOptions } from "./populationTypes";

/*
 * The tables read together into one county: SCB's file has the municipalities and Stockholm's total,
 * the city's the districts; a unit in two tables must have one figure. The population's date is the
 * one given, and every table's own date must agree with it (or, with none given, with each other);
 * the districts must be of the layout in force on it. Then the city is held to Bilaga 3's shape
 * (populationCity.ts) and the county put together, in Bilaga 3's order.
 */

/** A unit's identity across tables: its code, or what it is. */
function identity(draft: Draft): string {
  return draft.kind === "municipality" ? draft.code! : draft.kind === "district" ? `district:${normalizeUnitName(draft.name)}` : "rest";
}

/** Each unit once: named twice in one table is refused; in two tables, refused when their figures differ. */
function uniqueUnits(tables: readonly TableReading[], locale: Locale): Draft[] {
  const seen = new Map<string, Draft>();
  const units: Draft[] = [];
  for (const draft of tables.flatMap((table) => table.units)) {
    const key = identity(draft);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, draft);
      units.push(draft);
    } else if (first.site === draft.site) {
      flag(draft, key === "rest" ? "duplicateRest" : "duplicateName", key === "rest" ? "kind" : "name", key === "rest" ? say(M.duplicateRest, locale, placeOf(first, draft.site, locale)) : say(M.duplicateName, locale, draft.written, placeOf(first, draft.site, locale)), draft.written);
    } else if (first.population !== null && draft.population !== null && first.population !== draft.population) {
      flag(draft, "unitInTwoTables", "population", say(M.unitInTwoTables, locale, draft.name, draft.population, first.population, placeOf(first, draft.site, locale)), String(draft.population));
    }
  }
  return units;
}

/** The population's date: the one given, or the data's; every table's must agree. */
function dateOf(tables: readonly TableReading[], given: string | undefined, locale: Locale): { date?: string; fromData: boolean } {
  let date = given;
  let first: TableReading | undefined;
  for (const table of tables) {
    if (!table.date) continue;
    if (date === undefined) {
      date = table.date.value;
      first = table;
      continue;
    }
    if (table.date.value === date) continue;
    const where = given !== undefined ? say(M.dateGiven, locale, given) : say(M.dateOfTable, locale, date, first!.site.source ?? "");
    table.site.issues.add("dateMismatch", table.date.index, table.date.column, say(M.dateMismatch, locale, table.date.value, where), table.date.value);
  }
  return { ...(date !== undefined ? { date } : {}), fromData: given === undefined && date !== undefined };
}

/** Districts of a layout that was not in force on the population's date. */
function checkLayout(units: readonly Draft[], date: string, locale: Locale): void {
  const layout = layoutOn(date);
  const inForce = new Set(layout.districts.map(normalizeUnitName));
  for (const draft of units.filter((unit) => unit.kind === "district")) {
    if (inForce.has(normalizeUnitName(draft.name))) continue;
    const own = DISTRICT_LAYOUTS.filter((candidate) => candidate.districts.some((name) => normalizeUnitName(name) === normalizeUnitName(draft.name)));
    const until = (candidate: (typeof DISTRICT_LAYOUTS)[number]) => DISTRICT_LAYOUTS[DISTRICT_LAYOUTS.indexOf(candidate) + 1]?.from;
    const spans = own.map((candidate) => say(M.layoutSpan, locale, candidate.from, until(candidate)));
    flag(draft, "districtNotInLayout", "name", say(M.districtNotInLayout, locale, draft.name, spans, date, layout.from, layout.districts.length), draft.written);
  }
}

/** Stockholm's total from a "Hela staden" row of a table without Stockholm: a unit of its own, or held against SCB's. */
function cityFromTotals(units: Draft[], totals: readonly AggregateRow[], locale: Locale, scbNoise: boolean): void {
  for (const total of totals) {
    const stockholm = units.find((unit) => unit.code === DIVIDED_CITY_CODE);
    if (!stockholm) {
      units.push({ site: total.site, index: total.index, name: "Stockholm", written: total.name, kind: "municipality", population: total.population, code: DIVIDED_CITY_CODE });
      continue;
    }
    if (stockholm.population === null || total.population === null) continue;
    const margin = scbNoise ? scbNoiseMargin(stockholm.population) : 0;
    if (Math.abs(stockholm.population - total.population) > margin) {
      flag(total, "cityTotalMismatch", "population", say(M.cityTotalsDiffer, locale, total.name, total.population, stockholm.population, placeOf(stockholm, total.site, locale)), String(total.population));
    }
  }
}

/** The county's municipalities in Bilaga 3's order (Stockholm last), its districts in their layout's. */
function inAnnexOrder(county: CountyPopulation): CountyPopulation {
  const rank = (code: string | undefined) => {
    const index = COUNTY_MUNICIPALITIES.findIndex((m) => m.code === code);
    return index < 0 ? COUNTY_MUNICIPALITIES.length : index;
  };
  const municipalities = [...county.municipalities].sort((a, b) => rank(a.code) - rank(b.code));
  if (!county.dividedCity) return { municipalities };
  const order = DISTRICT_LAYOUTS.flatMap((layout) => layout.districts.map(normalizeUnitName));
  const districts = [...county.dividedCity.districts].sort((a, b) => order.indexOf(normalizeUnitName(a.name)) - order.indexOf(normalizeUnitName(b.name)));
  return { municipalities, dividedCity: { ...county.dividedCity, districts } };
}

/** The rows of every table as the preview shows them, each marked valid or not. */
function previewRows(tables: readonly TableReading[]): ParsedRow[] {
  return tables.flatMap((table) =>
    table.rowIndexes.map((index) => ({
      row: table.site.issues.rowNumber(index),
      ...table.preview(index),
      ...(table.site.source !== undefined ? { source: table.site.source } : {}),
      valid: !table.site.issues.invalidRows.has(index),
    })),
  );
}

/** The tables' issues together, in table and row order, cut as one list. */
export function refusal(sites: readonly TableSite[], rows: readonly ParsedRow[], locale: Locale): PopulationParseResult {
  return { ok: false, ...listed(sites.flatMap((site) => site.issues.all), locale), rows };
}

/** The county of the tables read, or every issue found in them. */
export function combineTables(tables: readonly TableReading[], sites: readonly TableSite[], options: PopulationRowsOptions): PopulationParseResult {
  const locale: Locale = options.locale ?? "sv";
  const scbNoise = options.scbNoise === true;
  const { date, fromData } = dateOf(tables, options.date, locale);
  const units = uniqueUnits(tables, locale);
  const checks: AggregateCheck[] = [];
  const totals: AggregateRow[] = [];
  for (const table of tables) {
    const outcome = checkAggregates(table, date, locale, scbNoise);
    checks.push(...outcome.checks);
    totals.push(...outcome.cityTotals);
  }
  cityFromTotals(units, totals, locale, scbNoise);
  if (date !== undefined) checkLayout(units, date, locale);
  const city = checkCity(units, options.stockholmTotal, locale, scbNoise);
  const rows = previewRows(tables);
  if (sites.some((site) => site.issues.all.length > 0)) return refusal(sites, rows, locale);
  const { county, derived } = countyOf(city, options.stockholmTotal);
  const outside = tables.flatMap((table) => table.outside);
  return {
    ok: true,
    county: inAnnexOrder(county),
    rows,
    ...(derived ? { derived } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(fromData ? { dateFromData: true } : {}),
    report: {
      aggregates: checks,
      outside: { municipalities: new Set(outside.map((row) => row.code)).size, names: [...new Set(outside.map((row) => row.name))] },
      notes: tables.reduce((sum, table) => sum + table.notes, 0),
    },
  };
}
