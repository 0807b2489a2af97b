import type { CountyPopulation, PopulationUnit } from "../engine";
import { say, type Locale } from "../i18n";
import { STOCKHOLM_CODE, STOCKHOLM_NAME } from "../data";
import { INPUT_MESSAGES as M } from "./messages";
import type { Draft, TableSite } from "./populationTable";
import type { NoiseNote, PopulationDerivations, PopulationIssueCode } from "./populationTypes";

/*
 * The divided city in a population table (Bilaga 3's layout): Stockholm as a municipality with its
 * total, its districts, and at most one rest post of residents with no known district. The table is
 * held to that shape here, and the county the engine takes is put together from it; when the
 * districts and the rest post are there but Stockholm's own row is not, the city is their sum.
 */

/** The divided city of Bilaga 3: the municipality named Stockholm or with SCB code 0180. */
const CITY_NAME = STOCKHOLM_NAME;
const CITY_CODE = STOCKHOLM_CODE;

/** A row of a table, wherever it is. */
export interface RowAt {
  readonly site: TableSite;
  readonly index: number;
}

/** An issue at a row's cell in its own table: its name, its type (its name when the table has no type column) or its figure. */
export function flag(row: RowAt, code: PopulationIssueCode, column: "name" | "kind" | "population", reason: string, value?: string): void {
  const { columns } = row.site;
  const index = column === "kind" ? (columns.kind ?? columns.name) : columns[column];
  row.site.issues.add(code, row.index, index, reason, value);
}

/** Another row as a message names it: "rad 5", or "rad 5 i stad.csv" when it is in another table. */
export function placeOf(row: RowAt, from: TableSite, locale: Locale): string {
  const number = row.site.issues.rowNumber(row.index);
  return row.site === from || row.site.source === undefined ? say(M.placeRow, locale, number) : say(M.placeRowIn, locale, number, row.site.source);
}

/** The table's units by kind, and what is known of the city. */
export interface CityParts {
  readonly municipalities: readonly Draft[];
  readonly districts: readonly Draft[];
  readonly rests: readonly Draft[];
  /** Stockholm's own row, when the table has one. */
  readonly city?: Draft;
  /** No Stockholm row, no total given, one rest post: the city is the districts plus the rest post. */
  readonly deriveCity: boolean;
  /** Stockholm's row and districts but no rest row: the rest post is the difference (Bilaga 3's definition). */
  readonly deriveRest: boolean;
  /** A stated total within SCB's noise of its parts: the rest post takes the difference. */
  readonly noise?: NoiseNote;
  readonly districtsSum: number;
  readonly rest: number;
  /** districtsSum + rest. */
  readonly computed: number;
}

/**
 * Holds the city's parts to Bilaga 3's shape: one rest post, and only with districts; districts with
 * Stockholm's row, a total given, or a rest post to derive it from; Stockholm's total the districts
 * plus the rest post; districts that do not all have 0 inhabitants.
 */
export function checkCity(drafts: readonly Draft[], stockholmTotal: number | undefined, locale: Locale, scbNoise = false): CityParts {
  const municipalities = drafts.filter((draft) => draft.kind === "municipality");
  const districts = drafts.filter((draft) => draft.kind === "district");
  const rests = drafts.filter((draft) => draft.kind === "rest");
  const city = municipalities.find((draft) => draft.code === CITY_CODE);

  rests.slice(1).forEach((draft) => flag(draft, "duplicateRest", "kind", say(M.duplicateRest, locale, placeOf(rests[0], draft.site, locale)), draft.written));
  if (rests.length > 0 && districts.length === 0) flag(rests[0], "restWithoutDistricts", "kind", say(M.restWithoutDistricts, locale), rests[0].written);
  // Without a Stockholm row the city is the districts plus the rest post (Bilaga 3's own sum);
  // districts alone could be a table that lost both Stockholm and its rest post, so they are refused.
  const deriveCity = districts.length > 0 && !city && stockholmTotal === undefined && rests.length === 1;
  if (districts.length > 0 && !city && stockholmTotal === undefined && rests.length === 0) {
    flag(districts[0], "districtsWithoutCity", "kind", say(M.districtsWithoutCity, locale, CITY_CODE));
  }
  // Stockholm's total and its districts without a rest row: the rest post is what the districts do not hold.
  const deriveRest = districts.length > 0 && rests.length === 0 && city !== undefined && city.population !== null;
  const totals = cityTotal(districts, rests, deriveRest ? city!.population! : undefined);
  const parts = { municipalities, districts, rests, ...(city ? { city } : {}), deriveCity, deriveRest, ...totals };
  if (deriveRest && totals.figuresRead && totals.rest < 0) {
    flag(city!, "cityTotalMismatch", "population", say(M.negativeRest, locale, city!.population!, totals.districtsSum), String(city!.population));
    return parts;
  }
  const noise = checkCityTotal(parts, stockholmTotal, locale, scbNoise);
  if (noise) return { ...parts, noise, rest: parts.rest + (noise.stated - noise.summed), computed: noise.stated };

  // Districts that all have 0 inhabitants cannot take the rest post (the engine refuses to spread it
  // over nothing): refused here so that the message names a row like every other one.
  if (districts.length > 0 && districts.every((draft) => draft.population === 0)) {
    flag(districts[0], "allZero", "population", say(M.allZero, locale));
  }
  return parts;
}

/**
 * The districts' sum and the rest post, when every figure involved could be read and the rest post
 * is not in doubt; with `cityTotal` (no rest row) the rest post is the city's total less the districts.
 */
function cityTotal(districts: readonly Draft[], rests: readonly Draft[], cityTotal?: number): { figuresRead: boolean; districtsSum: number; rest: number; computed: number } {
  const figuresRead = districts.length > 0 && rests.length <= 1 && [...districts, ...rests].every((draft) => draft.population !== null);
  const districtsSum = figuresRead ? districts.reduce((total, draft) => total + draft.population!, 0) : 0;
  const rest = !figuresRead ? 0 : cityTotal !== undefined ? cityTotal - districtsSum : rests.length > 0 ? rests[0].population! : 0;
  return { figuresRead, districtsSum, rest, computed: districtsSum + rest };
}

/**
 * How far a stated total may be from the sum of its parts when the figures carry SCB's controlled
 * noise (reference year 2025 or later): 0,01 % of the total, at least 10 people. SCB perturbs each
 * published cell by a few people, so a city total and its districts' sum can differ by that much;
 * anything larger is a wrong figure.
 */
export function scbNoiseMargin(total: number): number {
  return Math.max(10, Math.round(total * 0.0001));
}

/**
 * Stockholm's total must be its districts plus the rest post (Bilaga 3: "Sthlm kn rest" are the
 * residents with no known district), and the total given outside the table, if any.
 */
function checkCityTotal(parts: CityParts & { figuresRead: boolean }, stockholmTotal: number | undefined, locale: Locale, scbNoise: boolean): NoiseNote | undefined {
  const { city, districts, districtsSum, rest, computed, figuresRead } = parts;
  if (!figuresRead) return undefined;
  const explain = (given: number) => say(M.cityTotalMismatch, locale, given, districtsSum, rest, computed);
  if (city && city.population !== null && city.population !== computed) {
    const margin = scbNoiseMargin(city.population);
    // SCB's noise from 2025: the stated total stands, and the rest post takes the few people between.
    if (scbNoise && Math.abs(city.population - computed) <= margin && stockholmTotal === undefined) return { stated: city.population, summed: computed, margin };
    flag(city, "cityTotalMismatch", "population", explain(city.population), String(city.population));
  }
  if (stockholmTotal === undefined) return undefined;
  if (city && city.population !== null && city.population !== stockholmTotal) {
    flag(city, "cityTotalMismatch", "population", say(M.cityTotalGiven, locale, stockholmTotal, city.population), String(city.population));
  } else if (!city && computed !== stockholmTotal) {
    flag(districts[0], "cityTotalMismatch", "population", explain(stockholmTotal));
  }
  return undefined;
}

/** The county the engine takes, from a table that passed every check; Stockholm added last when it is derived or given. */
export function countyOf(parts: CityParts, stockholmTotal: number | undefined): { county: CountyPopulation; derived?: PopulationDerivations } {
  const { municipalities, districts, rests, city, deriveCity, deriveRest, computed, noise } = parts;
  const unit = (draft: Draft): PopulationUnit => ({
    name: draft.name,
    population: draft.population!,
    ...(draft.code !== undefined ? { code: draft.code } : {}),
  });
  const countyMunicipalities = municipalities.map(unit);
  let cityName = city?.name;
  let derived: PopulationDerivations | undefined;
  if (districts.length > 0 && !city && (deriveCity || stockholmTotal !== undefined)) {
    cityName = CITY_NAME;
    const population = deriveCity ? computed : stockholmTotal!;
    // Last, where Bilaga 3 lists the divided city.
    countyMunicipalities.push({ name: CITY_NAME, code: CITY_CODE, population });
    if (deriveCity) derived = { stockholm: { population: computed, districts: parts.districtsSum, rest: parts.rest } };
  }
  if (deriveRest) derived = { ...derived, rest: { rest: parts.rest, cityTotal: computed, districts: parts.districtsSum } };
  if (noise) derived = { ...derived, noise };
  const county: CountyPopulation =
    districts.length > 0 && cityName !== undefined
      ? { municipalities: countyMunicipalities, dividedCity: { name: cityName, districts: districts.map(unit), rest: deriveRest || noise ? parts.rest : rests.length > 0 ? rests[0].population! : 0 } }
      : { municipalities: countyMunicipalities };
  return { county, ...(derived ? { derived } : {}) };
}
