import packageJson from "../../package.json";
import { Decimal, RuleInputError, allocate, allocationOf, checkCounty, nonNegative, normalizeUnitName, type CountyPopulation, type LouAllocation } from "../engine";
import {
  COUNTY_2018,
  DEFAULT_AGREEMENTS,
  FARSTA_PREVIOUS_COST,
  POPULATION_REFERENCE_DATE,
  adjacentAgreement,
  defaultPeriod,
  periodChoices,
  periodWords,
  type ParameterDefault,
  type PopulationShare,
  type PreviousPeriod,
} from "../data";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { absoluteAddress, sheetPrefix } from "../formula/a1";
import { excelDateSerial } from "../i18n/dates";
import { checkYear, checkedFigures, figureDefaults, figuresOf, planAgreementsOf, shareCostsOf, thresholdDefaultOf, type ShareCosts } from "./agreementFigures";
import { BUILT_IN_TABLES, placeAgreements, sheetKeysOf, words, type PlanAgreements } from "./agreements";
import type { PlanOptions, SheetKey } from "./plan";
import { OPTION_PROBLEMS } from "./messages";
import { FORMATS } from "./sheet";
import { layoutFor, type Layout } from "./tableLayout";
import { planTexts, type PlanTexts } from "./texts";

export type { TableLayout } from "./tableLayout";

/*
 * From options to a validated Context: every input checked once, and everything the engine computes
 * from them, which the sheet builders (buildParameters.ts, buildLou.ts, buildSupport.ts,
 * buildAgreement2026.ts, buildSources.ts, buildAnnualCost.ts) share; and the small helpers more than
 * one of them uses. Which tables a plan has follows from its agreements (src/data/agreements): the
 * LOU columns of Kommuner and Stadsdelar from a capped population share, a sheet from each part per
 * user and each part by population.
 */

/** Every sheet a plan of the default agreements holds, in the order they are written. */
export const ALL_SHEETS: readonly SheetKey[] = sheetKeysOf(DEFAULT_AGREEMENTS);

const DEFAULT_PLACED = placeAgreements(DEFAULT_AGREEMENTS);
const defaultPerUser = DEFAULT_PLACED.perUser[0].component;
const defaultShare = DEFAULT_PLACED.shares[0].component;

/** Table names: ASCII, the same in both languages, unique in the workbook (those of the default agreements' sheets from their declarations). */
export const TABLE_NAMES = {
  municipalities: BUILT_IN_TABLES.municipalities,
  districts: BUILT_IN_TABLES.districts,
  support: defaultPerUser.table,
  agreement2026Municipalities: defaultShare.tables.municipalities,
  agreement2026Districts: defaultShare.tables.districts,
  sources: BUILT_IN_TABLES.sources,
  annualCost: BUILT_IN_TABLES.annualCost,
} as const;

/**
 * The options for a plan from the embedded data: the 2018 county of Bilaga 3, the agreements'
 * figures (by default the 2020 agreement's threshold, years and support figures and the 2026–2030
 * budget and municipal share; with `agreements`, theirs; with `year`, the threshold in force that
 * year), every sheet of the agreements, rounding "annex", and Farsta's previous cost (44 278 kr,
 * 000) for the change column. Overrides replace any of these; when they bring another county,
 * Farsta's previous cost is not added (it belongs to the embedded figures).
 */
export function defaultPlanOptions(locale: Locale, overrides: Partial<PlanOptions> = {}): PlanOptions {
  const embedded = overrides.county === undefined || isEmbeddedCounty(overrides.county);
  const agreements = overrides.agreements ?? DEFAULT_AGREEMENTS;
  const defaults = Object.fromEntries(Object.entries(figureDefaults(agreements, overrides.year)).map(([key, value]) => [key, new Decimal(value)]));
  return {
    locale,
    rounding: "annex",
    sheets: sheetKeysOf(agreements),
    county: COUNTY_2018,
    referenceDate: POPULATION_REFERENCE_DATE,
    // Farsta's 44 278 kr (000) was agreed before the 2020 agreement: it is compared with that
    // agreement's amount, so it comes only with the 2020 agreement.
    ...(embedded && overrides.previousCosts === undefined && adjacentAgreement(FARSTA_PREVIOUS_COST.period, agreements) !== undefined
      ? { previousCosts: { [FARSTA_PREVIOUS_COST.district]: FARSTA_PREVIOUS_COST.value }, previousPeriod: FARSTA_PREVIOUS_COST.period }
      : {}),
    ...overrides,
    // A figure given replaces its default; the others stay the agreements'.
    figures: { ...defaults, ...overrides.figures },
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
  /** The plan's agreements and where each component goes. */
  readonly agreements: PlanAgreements;
  readonly sheets: ReadonlySet<SheetKey>;
  /** Every sheet's name in the plan's language: the built-in ones' and the agreements' own. */
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  /** The LOU model's threshold and years (the options' figures, also when the plan has no LOU model). */
  readonly threshold: Decimal;
  readonly years: Decimal;
  /** The threshold's default and source: the agreement's, or the table's for the year chosen. */
  readonly thresholdDefault?: ParameterDefault;
  /** Every parameter of the agreements and every figure derived from them on Parametrar, by defined name. */
  readonly figures: ReadonlyMap<string, Decimal>;
  readonly referenceSerial: number;
  readonly lou: LouAllocation;
  readonly cityIndex: number;
  readonly previous: ReadonlyMap<string, Decimal>;
  /** The period the previous amounts are from, and the agreement (index in agreements.list) they are compared with. */
  readonly previousPeriod: PreviousPeriod;
  readonly previousTarget: number;
  /**
   * The previous amounts are from just before the LOU model's agreement, so Kommuner and Stadsdelar
   * set them against its LOU part (as Farsta's answer, 000, does); otherwise their previous columns stay empty.
   */
  readonly previousOnLou: boolean;
  /** Support users by normalised unit name (PlanOptions.users), the same on every part per user's sheet. */
  readonly users: ReadonlyMap<string, Decimal>;
  /** The procuring units in the order the parts per user and Årskostnad list them. */
  readonly units: readonly ProcuringUnit[];
  /** Each part by population: what each municipality and district pays. */
  readonly shareCosts: ReadonlyMap<PopulationShare, ShareCosts>;
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

/** The figure of a defined name (a parameter of an agreement, or one derived on Parametrar). */
export function figure(ctx: Context, name: string): Decimal {
  const value = ctx.figures.get(name);
  if (value === undefined) throw new Error(`the plan has no figure ${name}`);
  return value;
}

/** The sheet names of the plan: the built-in sheets' and each component sheet's in the plan's language. */
function sheetNamesOf(t: PlanTexts, plan: PlanAgreements, locale: Locale): Record<SheetKey, string> {
  return { ...t.sheetNames, ...Object.fromEntries(plan.sheets.map((placed) => [placed.component.sheet.key, words(placed.component.sheet.name, locale)])) };
}

/**
 * Checks the options once and computes what every sheet shares: the agreements, the figures as
 * Decimals, the engine's LOU allocation, the previous costs by unit, the allocations that add up and
 * the layout.
 *
 * @throws RuleInputError naming the option at fault, in this order: `agreements[i].<field>`, the
 *   figures, `year`, `referenceDate`, `sheets[i]`, the population (from the engine), `previousCosts.<name>`.
 */
export function prepare(options: PlanOptions): Context {
  const t = planTexts(options.locale);
  const agreements = planAgreementsOf(options);
  const checked = checkedFigures(options, agreements);
  checkYear(options, agreements);
  const { threshold, years } = checked;
  const referenceSerial = referenceSerialOf(options);
  checkSheetKeys(options.sheets, agreements);
  // The figures are checked (checkedFigures); the county is checked here, once, and allocated by the engine's core.
  const lou = allocationOf(checkCounty(options.county), threshold, years);
  const city = options.county.dividedCity;
  const cityIndex = city ? options.county.municipalities.findIndex((m) => normalizeUnitName(m.name) === normalizeUnitName(city.name)) : -1;
  const previous = previousCostsOf(options);
  const previousPeriod = options.previousPeriod ?? defaultPeriod(agreements.list);
  const previousTarget = previousTargetOf(previousPeriod, agreements, options.locale);
  const units = procuringUnits(lou);
  const users = usersOf(options, units);
  const addsUp = options.rounding === "addsUp";
  const rounded = addsUp ? roundedAllocations(lou, cityIndex) : undefined;
  const figures = figuresOf(agreements, checked);
  const thresholdDefault = thresholdDefaultOf(agreements, options.year);
  return {
    options,
    t,
    addsUp,
    agreements,
    sheets: sheetsOf(options, agreements),
    sheetNames: sheetNamesOf(t, agreements, options.locale),
    threshold,
    years,
    ...(thresholdDefault ? { thresholdDefault } : {}),
    figures,
    referenceSerial,
    lou,
    cityIndex,
    previous,
    previousPeriod,
    previousTarget,
    previousOnLou: agreements.capped !== undefined && agreements.capped.index === previousTarget,
    users,
    units,
    shareCosts: shareCostsOf(agreements, figures, lou, cityIndex, addsUp),
    embedded: isEmbeddedCounty(options.county),
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    version: options.version ?? packageJson.version,
    ...(rounded ? { rounded } : {}),
    layout: layoutFor(options.county, cityIndex, addsUp, agreements.capped !== undefined),
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
      say(OPTION_PROBLEMS.embeddedPopulationDate, options.locale, POPULATION_REFERENCE_DATE, options.referenceDate),
      { value: options.referenceDate },
    );
  }
  return referenceSerial;
}

function checkSheetKeys(keys: readonly SheetKey[], plan: PlanAgreements): void {
  const known = sheetKeysOf(plan.list);
  for (const [index, key] of keys.entries()) {
    if (!known.includes(key)) {
      throw new RuleInputError(`sheets[${index}]`, "unknownName", `"${String(key)}" is not a sheet of the plan (${known.join(", ")})`, { name: String(key) });
    }
  }
}

/** The sheets of the plan: those asked for, and always those that hold the inputs and figures the others refer to. */
function sheetsOf(options: PlanOptions, plan: PlanAgreements): Set<SheetKey> {
  const city = options.county.dividedCity;
  // Kommuner and Stadsdelar hold the populations every other sheet refers to, so like Parametrar
  // they are always part of a plan.
  const sheets = new Set<SheetKey>(["parameters", "municipalities", ...(city ? (["districts"] as const) : []), ...options.sheets]);
  if (!city) sheets.delete("districts");
  // Årskostnad sums what the agreements' sheets hold (Support, Avtal 2026–2030): it brings them along.
  if (sheets.has("annualCost")) for (const placed of plan.sheets) sheets.add(placed.component.sheet.key);
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

/** The agreement previous amounts of `period` are compared with; a period no agreement follows directly is refused. */
function previousTargetOf(period: PreviousPeriod, agreements: PlanAgreements, locale: Locale): number {
  const target = adjacentAgreement(period, agreements.list);
  if (target !== undefined) return target;
  const choices = periodChoices(agreements.list).map((choice) => words(periodWords(choice), locale));
  const given = words(periodWords(period), locale);
  throw new RuleInputError(
    "previousPeriod",
    "outOfRange",
    say(OPTION_PROBLEMS.previousNotAdjacent, locale, given, choices),
    { value: given },
  );
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

/** `given` for a previous-amount input: the user imported it for this fill (see PlanInput.given). */
export function givenPrevious(ctx: Context, name: string): { given?: true } {
  return ctx.options.previousCostsGiven === true && ctx.previous.has(normalizeUnitName(name)) ? { given: true } : {};
}
