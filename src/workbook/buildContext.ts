import packageJson from "../../package.json";
import {
  Decimal,
  RuleInputError,
  allocate,
  louAllocation,
  municipalCost2026,
  municipalPart,
  nonNegative,
  normalizeUnitName,
  type CountyPopulation,
  type LouAllocation,
} from "../engine";
import { AGREEMENT_2020, AGREEMENT_2026, COUNTY_2018, FARSTA_PREVIOUS_COST, POPULATION_REFERENCE_DATE } from "../data";
import type { Locale } from "../i18n/locale";
import { absoluteAddress, sheetPrefix } from "./a1";
import { excelDateSerial } from "../i18n/dates";
import { checkedFigures } from "./options";
import type { PlanOptions, SheetKey } from "./plan";
import { FORMATS } from "./sheet";
import { planTexts, type PlanTexts } from "./texts";

/*
 * From options to a validated Context: every input checked once, and everything the engine computes
 * from them, which the sheet builders (buildParameters.ts, buildLou.ts, buildSupport.ts,
 * buildAgreement2026.ts, buildSources.ts) share; and the small helpers more than one of them uses.
 */

/** Every sheet a plan can hold, in the order they are written. */
export const ALL_SHEETS: readonly SheetKey[] = ["parameters", "municipalities", "districts", "support", "agreement2026", "sources", "annualCost"];

/** Table names: ASCII, the same in both languages, unique in the workbook. */
export const TABLE_NAMES = {
  municipalities: "KommunerTabell",
  districts: "StadsdelarTabell",
  support: "SupportTabell",
  agreement2026Municipalities: "Avtal2026Kommuner",
  agreement2026Districts: "Avtal2026Stadsdelar",
  sources: "KallorTabell",
  annualCost: "ArskostnadTabell",
} as const;

/**
 * The options for a plan from the embedded data: the 2018 county of Bilaga 3, the 2020 agreement's
 * threshold, years and support figures, the 2026–2030 budget and municipal share, every sheet,
 * rounding "annex", and Farsta's previous cost (44 278 kr, 000) for the change column. Overrides
 * replace any of these; when they bring another county, Farsta's previous cost is not added (it
 * belongs to the embedded figures).
 */
export function defaultPlanOptions(locale: Locale, overrides: Partial<PlanOptions> = {}): PlanOptions {
  const embedded = overrides.county === undefined || isEmbeddedCounty(overrides.county);
  return {
    locale,
    rounding: "annex",
    sheets: ALL_SHEETS,
    county: COUNTY_2018,
    referenceDate: POPULATION_REFERENCE_DATE,
    threshold: AGREEMENT_2020.louThreshold.value,
    years: AGREEMENT_2020.contractYears.value,
    supportBudget: AGREEMENT_2020.supportBudget.value,
    supportUsers: AGREEMENT_2020.supportUsers.value,
    budget2026: AGREEMENT_2026.budget.value,
    municipalShare2026: AGREEMENT_2026.municipalShare.value,
    ...(embedded ? { previousCosts: { [FARSTA_PREVIOUS_COST.district]: FARSTA_PREVIOUS_COST.value } } : {}),
    ...overrides,
  };
}

/** True when a county holds exactly the embedded 2018 figures (so Bilaga 3 is its source). */
export function isEmbeddedCounty(county: CountyPopulation): boolean {
  if (county === COUNTY_2018) return true;
  const same = (a: CountyPopulation["municipalities"], b: CountyPopulation["municipalities"]) =>
    a.length === b.length &&
    a.every((unit, index) => normalizeUnitName(unit.name) === normalizeUnitName(b[index].name) && new Decimal(unit.population).eq(b[index].population));
  const city = county.dividedCity;
  const embeddedCity = COUNTY_2018.dividedCity!;
  return (
    same(county.municipalities, COUNTY_2018.municipalities) &&
    city !== undefined &&
    normalizeUnitName(city.name) === normalizeUnitName(embeddedCity.name) &&
    new Decimal(city.rest).eq(embeddedCity.rest) &&
    same(city.districts, embeddedCity.districts)
  );
}

/** The validated inputs and everything the engine computes from them, shared by every sheet. */
export interface Context {
  readonly options: PlanOptions;
  readonly t: PlanTexts;
  readonly addsUp: boolean;
  readonly sheets: ReadonlySet<SheetKey>;
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly threshold: Decimal;
  readonly years: Decimal;
  readonly referenceSerial: number;
  readonly supportBudget: Decimal;
  readonly supportUsers: Decimal;
  readonly budget2026: Decimal;
  readonly share2026: Decimal;
  readonly lou: LouAllocation;
  readonly cityIndex: number;
  readonly previous: ReadonlyMap<string, Decimal>;
  /** Support users by normalised unit name (PlanOptions.users). */
  readonly users: ReadonlyMap<string, Decimal>;
  /** The procuring units in the order Support and Årskostnad list them. */
  readonly units: readonly ProcuringUnit[];
  /** The 2026–2030 cost per municipality and per district: exact, or adding up (addsUp). */
  readonly cost2026: { readonly municipalities: readonly Decimal[]; readonly districts: readonly Decimal[] };
  readonly embedded: boolean;
  /** ISO time the plan is made at, and the add-in's version (both written to Källor och metod). */
  readonly generatedAt: string;
  readonly version: string;
  /** addsUp only: the allocations that add up (engine `allocate`), in row order. */
  readonly rounded?: RoundedAllocations;
  readonly layout: Layout;
}

export interface RoundedAllocations {
  readonly muniShare: Decimal[];
  readonly muniPerYear: Decimal[];
  readonly muniForPeriod: Decimal[];
  readonly inclRest: Decimal[];
  readonly shareOfCity: Decimal[];
  readonly shareOfCounty: Decimal[];
  readonly districtPerYear: Decimal[];
  readonly districtForPeriod: Decimal[];
}

/** A unit that pays for itself: a municipality other than the divided city, or one of its districts. */
export interface ProcuringUnit {
  readonly name: string;
  readonly code?: string;
  readonly kind: "municipality" | "district";
  /** Its index in lou.municipalities or lou.city.districts. */
  readonly index: number;
}

export interface TableLayout {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly col: Readonly<Record<string, number>>;
  readonly lastColumn: number;
}

interface Layout {
  readonly municipalities: TableLayout & { readonly cityRow: number };
  readonly districts?: TableLayout & { readonly restRow: number };
  /** Support: one row per procuring unit (ctx.units), then the total row and the Region/municipal split. */
  readonly support: { readonly header: number; readonly first: number; readonly last: number; readonly total: number; readonly split: number };
  /** Avtal 2026–2030: the municipalities' table, then (with a divided city) its districts'. */
  readonly agreement2026: {
    readonly municipalities: { readonly header: number; readonly first: number; readonly last: number; readonly total: number };
    readonly districts?: { readonly header: number; readonly first: number; readonly last: number; readonly total: number };
    /** The column of the cost a unit pays: exact (annex) or adding up. */
    readonly costColumn: number;
  };
}

const columns = (keys: readonly string[]): { col: Record<string, number>; lastColumn: number } => ({
  col: Object.fromEntries(keys.map((key, index) => [key, index])),
  lastColumn: keys.length - 1,
});

/** Rows of the municipality and district tables (headers on row 4, as on every table sheet). */
function layoutFor(county: CountyPopulation, cityIndex: number, addsUp: boolean): Layout {
  const money = addsUp
    ? ["perYearExact", "perYearRounded", "forPeriodExact", "forPeriodRounded"]
    : ["perYearExact", "forPeriodExact"];
  const change = ["previous", "change", "changePercent"];
  const n = county.municipalities.length;
  const municipalities = {
    header: 4,
    first: 5,
    last: 4 + n,
    total: 5 + n,
    cityRow: cityIndex >= 0 ? 5 + cityIndex : -1,
    ...columns(["name", "code", "population", "share", ...money, ...change]),
  };
  const procuring = n - (cityIndex >= 0 ? 1 : 0) + (county.dividedCity?.districts.length ?? 0);
  const support = { header: 4, first: 5, last: 4 + procuring, total: 5 + procuring, split: 7 + procuring };
  // Avtal 2026–2030: in addsUp mode a note on the rounding follows each table, so the next starts a row later.
  const gap = addsUp ? 4 : 2;
  const m2026 = { header: 9, first: 10, last: 9 + n, total: 10 + n };
  const d2026 = county.dividedCity
    ? { header: m2026.total + gap, first: m2026.total + gap + 1, last: m2026.total + gap + county.dividedCity.districts.length, total: m2026.total + gap + 1 + county.dividedCity.districts.length }
    : undefined;
  const agreement2026 = { municipalities: m2026, ...(d2026 ? { districts: d2026 } : {}), costColumn: addsUp ? 4 : 3 };
  if (!county.dividedCity) return { municipalities, support, agreement2026 };
  const d = county.dividedCity.districts.length;
  const districts = {
    header: 4,
    first: 5,
    last: 4 + d,
    restRow: 5 + d,
    total: 6 + d,
    ...columns([
      "name",
      "population",
      "inclRestExact",
      ...(addsUp ? ["inclRestRounded"] : []),
      "shareOfCity",
      "shareOfCounty",
      ...money,
      ...change,
    ]),
  };
  return { municipalities, districts, support, agreement2026 };
}

/**
 * Checks the options once and computes what every sheet shares: the figures as Decimals, the
 * engine's LOU allocation, the previous costs by unit, the allocations that add up and the layout.
 *
 * @throws RuleInputError naming the option at fault, in this order: the figures, `referenceDate`,
 *   `sheets[i]`, the population (from the engine), `previousCosts.<name>`.
 */
export function prepare(options: PlanOptions): Context {
  const t = planTexts(options.locale);
  const { threshold, years, supportBudget, supportUsers, budget2026, share2026 } = checkedFigures(options);
  const referenceSerial = referenceSerialOf(options);
  checkSheetKeys(options.sheets);
  const lou = louAllocation(options.county, { threshold, years });
  const city = options.county.dividedCity;
  const cityIndex = city ? options.county.municipalities.findIndex((m) => normalizeUnitName(m.name) === normalizeUnitName(city.name)) : -1;
  const previous = previousCostsOf(options);
  const units = procuringUnits(lou);
  const users = usersOf(options, units);
  const addsUp = options.rounding === "addsUp";
  const rounded = addsUp ? roundedAllocations(lou, cityIndex) : undefined;
  return {
    options,
    t,
    addsUp,
    sheets: sheetsOf(options),
    sheetNames: t.sheetNames,
    threshold,
    years,
    referenceSerial,
    supportBudget,
    supportUsers,
    budget2026,
    share2026,
    lou,
    cityIndex,
    previous,
    users,
    units,
    cost2026: costs2026(lou, cityIndex, budget2026, share2026, addsUp),
    embedded: isEmbeddedCounty(options.county),
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    version: options.version ?? packageJson.version,
    ...(rounded ? { rounded } : {}),
    layout: layoutFor(options.county, cityIndex, addsUp),
  };
}

/** The population's date as an Excel serial; the embedded figures take no other date than theirs. */
function referenceSerialOf(options: PlanOptions): number {
  let referenceSerial: number;
  try {
    referenceSerial = excelDateSerial(options.referenceDate);
  } catch (error) {
    throw new RuleInputError("referenceDate", "notANumber", (error as Error).message, { value: String(options.referenceDate) });
  }
  if (isEmbeddedCounty(options.county) && options.referenceDate !== POPULATION_REFERENCE_DATE) {
    // The embedded figures are Bilaga 3's of 31/12 2018: another date would label them falsely.
    throw new RuleInputError(
      "referenceDate",
      "mismatch",
      options.locale === "sv"
        ? `den inbyggda befolkningen gäller ${POPULATION_REFERENCE_DATE}; ett annat datum (${options.referenceDate}) kan bara anges med en annan befolkning`
        : `the embedded population is as of ${POPULATION_REFERENCE_DATE}; another date (${options.referenceDate}) can only be given with another population`,
      { value: options.referenceDate },
    );
  }
  return referenceSerial;
}

function checkSheetKeys(keys: readonly SheetKey[]): void {
  for (const [index, key] of keys.entries()) {
    if (!ALL_SHEETS.includes(key)) {
      throw new RuleInputError(`sheets[${index}]`, "unknownName", `"${String(key)}" is not a sheet of the plan (${ALL_SHEETS.join(", ")})`, { name: String(key) });
    }
  }
}

/** The sheets of the plan: those asked for, and always those that hold the inputs and figures the others refer to. */
function sheetsOf(options: PlanOptions): Set<SheetKey> {
  const city = options.county.dividedCity;
  // Kommuner and Stadsdelar hold the populations every other sheet refers to, so like Parametrar
  // they are always part of a plan.
  const sheets = new Set<SheetKey>(["parameters", "municipalities", ...(city ? (["districts"] as const) : []), ...options.sheets]);
  if (!city) sheets.delete("districts");
  // Årskostnad sums what Support and Avtal 2026–2030 hold: it brings them along.
  if (sheets.has("annualCost")) {
    sheets.add("support");
    sheets.add("agreement2026");
  }
  return sheets;
}

/** The previous costs by normalised unit name; every name must be a unit of the population. */
function previousCostsOf(options: PlanOptions): Map<string, Decimal> {
  const city = options.county.dividedCity;
  const units = new Map<string, string>();
  for (const m of options.county.municipalities) units.set(normalizeUnitName(m.name), m.name);
  for (const d of city?.districts ?? []) units.set(normalizeUnitName(d.name), d.name);
  const previous = new Map<string, Decimal>();
  for (const [name, cost] of Object.entries(options.previousCosts ?? {})) {
    const key = normalizeUnitName(name);
    if (!units.has(key)) {
      throw new RuleInputError(`previousCosts.${name}`, "unknownName", `"${name}" is neither a municipality nor a district of the population`, { name });
    }
    previous.set(key, nonNegative(cost, `previousCosts.${name}`));
  }
  return previous;
}

/** The procuring units: every municipality but the divided city, then the city's districts. */
function procuringUnits(lou: LouAllocation): ProcuringUnit[] {
  return [
    ...lou.municipalities.flatMap((m, index) =>
      m.procuring ? [{ name: m.name, ...(m.code !== undefined ? { code: m.code } : {}), kind: "municipality" as const, index }] : [],
    ),
    ...(lou.city?.districts ?? []).map((d, index) => ({ name: d.name, kind: "district" as const, index })),
  ];
}

/** The support users by normalised unit name; every name must be a procuring unit, every count a whole number ≥ 0. */
function usersOf(options: PlanOptions, units: readonly ProcuringUnit[]): Map<string, Decimal> {
  const known = new Set(units.map((unit) => normalizeUnitName(unit.name)));
  const users = new Map<string, Decimal>();
  for (const [name, count] of Object.entries(options.users ?? {})) {
    const key = normalizeUnitName(name);
    if (!known.has(key)) {
      throw new RuleInputError(`users.${name}`, "unknownName", `"${name}" is not a procuring unit of the population (a municipality other than the divided city, or a district)`, { name });
    }
    const value = nonNegative(count, `users.${name}`);
    if (!value.isInteger()) throw new RuleInputError(`users.${name}`, "notWholeNumber", `${value.toString()} users is not a whole number`, { value: value.toString() });
    users.set(key, value);
  }
  return users;
}

/**
 * The 2026–2030 cost of each municipality and district (Avtal 2026–2030): the municipal part by
 * population, exact; or adding up, the districts splitting the city's rounded cost.
 */
function costs2026(lou: LouAllocation, cityIndex: number, budget: Decimal, share: Decimal, addsUp: boolean): Context["cost2026"] {
  const county = lou.countyPopulation;
  const districts = lou.city?.districts ?? [];
  if (!addsUp) {
    return {
      municipalities: lou.municipalities.map((m) => municipalCost2026(m.population, county, budget, share)),
      districts: districts.map((d) => municipalCost2026(d.populationIncludingRest, county, budget, share)),
    };
  }
  const municipalities = allocate(municipalPart(budget, share), lou.municipalities.map((m) => m.population), 0);
  return {
    municipalities,
    districts: lou.city && cityIndex >= 0 ? allocate(municipalities[cityIndex], districts.map((d) => d.populationIncludingRest), 0) : [],
  };
}

/** The adds-up columns' figures (engine `allocate`); the districts split the city's rounded figures. */
function roundedAllocations(lou: LouAllocation, cityIndex: number): RoundedAllocations {
  const pops = lou.municipalities.map((m) => m.population);
  const muniShare = allocate(1, pops, 4);
  const muniPerYear = allocate(lou.total.perYear, pops, 0);
  const muniForPeriod = allocate(lou.total.forPeriod, pops, 0);
  const own = lou.city ? lou.city.districts.map((d) => d.population) : [];
  return {
    muniShare,
    muniPerYear,
    muniForPeriod,
    inclRest: lou.city ? allocate(lou.city.population, own, 0) : [],
    shareOfCity: lou.city ? allocate(1, own, 4) : [],
    shareOfCounty: lou.city ? allocate(muniShare[cityIndex], own, 4) : [],
    districtPerYear: lou.city ? allocate(muniPerYear[cityIndex], own, 0) : [],
    districtForPeriod: lou.city ? allocate(muniForPeriod[cityIndex], own, 0) : [],
  };
}

/* ---------------------------------------------------------------- helpers shared by the sheets */

export const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0));

/** Reference to a cell of another sheet of the plan: `'Kommuner'!$C$30`. */
export function ref(ctx: Context, key: SheetKey, column: number, row: number): string {
  return `${sheetPrefix(ctx.sheetNames[key])}${absoluteAddress(column, row)}`;
}

/** The warning a partial population puts on Parametrar and Källor och metod, or undefined for the whole county. */
export function partialNote(ctx: Context): string | undefined {
  const partial = ctx.options.partial;
  if (!partial) return undefined;
  const c = ctx.t.completeness;
  const missing = [
    ...(partial.missingMunicipalities.length > 0 ? [c.municipalities(partial.missingMunicipalities.join(", "))] : []),
    ...(partial.noDistricts ? [c.noDistricts] : []),
    ...(partial.missingDistricts.length > 0 ? [c.districts(partial.missingDistricts.join(", "))] : []),
  ];
  return c.partial(missing.join("; "));
}

/** The format of every exact kronor column: with öre when rounded columns beside it add up. */
export function moneyFormat(ctx: Context): string {
  return ctx.addsUp ? FORMATS.kronorExact : FORMATS.kronor;
}
