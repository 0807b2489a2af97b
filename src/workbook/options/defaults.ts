import { Decimal, normalizeUnitName, type CountyPopulation } from "../../engine";
import { COUNTY_2018, DEFAULT_AGREEMENTS, FARSTA_PREVIOUS_COST, POPULATION_REFERENCE_DATE, adjacentAgreement } from "../../data";
import type { Locale } from "../../i18n";
import type { PlanOptions, SheetKey } from "../plan";
import { figureDefaults } from "./agreementFigures";
import { sheetKeysOf } from "./agreements";

/*
 * The first step of resolving the options: what a plan holds when the user gives nothing, from the
 * embedded data, and whether a county is the embedded one.
 */

/** Every sheet a plan of the default agreements holds, in the order they are written. */
export const ALL_SHEETS: readonly SheetKey[] = sheetKeysOf(DEFAULT_AGREEMENTS);

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
