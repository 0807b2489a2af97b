import packageJson from "../../../package.json";
import { Decimal, RuleInputError, allocate, allocationOf, checkCounty, nonNegative, normalizeUnitName, type LouAllocation } from "../../engine";
import { POPULATION_REFERENCE_DATE, adjacentAgreement, defaultPeriod, periodChoices, periodWords, type PreviousPeriod } from "../../data";
import { say, excelDateSerial, type Locale } from "../../i18n";
import type { PlanOptions, SheetKey } from "../plan";
import { OPTION_PROBLEMS, planTexts, words, type PlanTexts } from "../texts";
import { checkYear, checkedFigures, figuresOf, planAgreementsOf, shareCostsOf, thresholdDefaultOf } from "./agreementFigures";
import { sheetKeysOf, type PlanAgreements } from "./agreements";
import type { Context, ProcuringUnit, RoundedAllocations } from "./context";
import { isEmbeddedCounty } from "./defaults";
import { layoutFor } from "./tableLayout";

/*
 * From options to a validated Context in one pass: every input checked once (the agreements and
 * their figures, the year, the population's date, the sheets, the county, the previous amounts, the
 * users), and everything the engine computes from them, which the sheet builders (src/workbook/sheets)
 * share. Which tables a plan has follows from its agreements (src/data/agreements): the LOU columns of
 * Kommuner and Stadsdelar from a capped population share, a sheet from each part per user and each
 * part by population.
 */

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
  const { referenceSerial, embedded } = populationDateOf(options);
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
    embedded,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    version: options.version ?? packageJson.version,
    ...(rounded ? { rounded } : {}),
    layout: layoutFor(options.county, cityIndex, addsUp, agreements.capped !== undefined),
  };
}

/** The population's date as an Excel serial, and whether the county is the embedded one, which takes no other date than its own. */
function populationDateOf(options: PlanOptions): { referenceSerial: number; embedded: boolean } {
  let referenceSerial: number;
  try {
    referenceSerial = excelDateSerial(options.referenceDate);
  } catch (error) {
    throw new RuleInputError("referenceDate", "notANumber", (error as Error).message, { value: String(options.referenceDate) });
  }
  const embedded = isEmbeddedCounty(options.county);
  if (embedded && options.referenceDate !== POPULATION_REFERENCE_DATE) {
    // The embedded figures are Bilaga 3's of 31/12 2018: another date would label them falsely.
    throw new RuleInputError(
      "referenceDate",
      "mismatch",
      say(OPTION_PROBLEMS.embeddedPopulationDate, options.locale, POPULATION_REFERENCE_DATE, options.referenceDate),
      { value: options.referenceDate },
    );
  }
  return { referenceSerial, embedded };
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
