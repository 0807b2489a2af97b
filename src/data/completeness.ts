import { normalizeUnitName, type CountyPopulation } from "../engine";
import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, DIVIDED_CITY_CODE, type DistrictLayout } from "./layouts";
import { layoutsOf } from "./countyUnits";

/*
 * Whether a population covers the whole county as the agreements divide it: every municipality of
 * Stockholm county (by SCB code, else by name), and Stockholm's districts of one layout. Without
 * the districts Stockholm would count as one procuring unit (and the largest, capping everyone's
 * rate about 7 times lower); without a municipality the shares are of the wrong total. Neither is
 * refused outright (an economist may want a partial table), but neither is filled silently.
 */

export interface CountyCompleteness {
  readonly complete: boolean;
  /** Municipalities of the county that the population lacks (names as SCB writes them). */
  readonly missingMunicipalities: readonly string[];
  /** True when Stockholm has no districts at all (it would count as one procuring unit). */
  readonly noDistricts: boolean;
  /** Districts of the closest layout that the population lacks. */
  readonly missingDistricts: readonly string[];
  /** The layout the districts match best (all of it when complete). */
  readonly layout?: DistrictLayout;
  /**
   * Districts of different layouts in one population ("Älvsjö" of 2018 beside "Järva" of 2023): no
   * layout has them all, so the population is refused, naming them with the layout each belongs to.
   */
  readonly mixed?: readonly { readonly name: string; readonly layouts: readonly string[] }[];
}

/** The layout in force on an ISO date (the latest that took effect by then). */
export function layoutOn(isoDate: string): DistrictLayout {
  return [...DISTRICT_LAYOUTS].reverse().find((layout) => layout.from <= isoDate) ?? DISTRICT_LAYOUTS[0];
}

/** Known district names that no single layout holds together, or undefined when one does. */
function mixedLayouts(names: readonly string[]): CountyCompleteness["mixed"] {
  const known = names.map((name) => ({ name, layouts: layoutsOf(name) })).filter((entry) => entry.layouts.length > 0);
  const common = DISTRICT_LAYOUTS.filter((layout) => known.every((entry) => entry.layouts.includes(layout)));
  if (common.length > 0) return undefined;
  // Name the districts that are not in every layout: those are the ones that date the population.
  return known.filter((entry) => entry.layouts.length < DISTRICT_LAYOUTS.length).map((entry) => ({ name: entry.name, layouts: entry.layouts.map((layout) => layout.from) }));
}

function bestLayout(names: ReadonlySet<string>): { layout: DistrictLayout; missing: string[] } {
  let best: { layout: DistrictLayout; missing: string[]; matches: number } | undefined;
  for (const layout of DISTRICT_LAYOUTS) {
    const missing = layout.districts.filter((district) => !names.has(normalizeUnitName(district)));
    const matches = layout.districts.length - missing.length;
    // Ties go to the later layout: the county as it is now.
    if (!best || matches > best.matches || (matches === best.matches && missing.length <= best.missing.length)) best = { layout, missing, matches };
  }
  return best!;
}

export function countyCompleteness(county: CountyPopulation): CountyCompleteness {
  const codes = new Set(county.municipalities.map((unit) => unit.code).filter((code): code is string => code !== undefined));
  const names = new Set(county.municipalities.map((unit) => normalizeUnitName(unit.name)));
  const missingMunicipalities = COUNTY_MUNICIPALITIES.filter((m) => !codes.has(m.code) && !names.has(normalizeUnitName(m.name))).map((m) => m.name);
  const city = county.dividedCity;
  const hasStockholm = codes.has(DIVIDED_CITY_CODE) || names.has("stockholm");
  const noDistricts = hasStockholm && (!city || city.districts.length === 0);
  let missingDistricts: string[] = [];
  let layout: DistrictLayout | undefined;
  let mixed: CountyCompleteness["mixed"];
  if (city && city.districts.length > 0) {
    mixed = mixedLayouts(city.districts.map((district) => district.name));
    const best = bestLayout(new Set(city.districts.map((district) => normalizeUnitName(district.name))));
    missingDistricts = best.missing;
    layout = best.layout;
  }
  return {
    ...(mixed ? { mixed } : {}),
    complete: missingMunicipalities.length === 0 && !noDistricts && missingDistricts.length === 0 && !mixed,
    missingMunicipalities,
    noDistricts,
    missingDistricts,
    ...(layout ? { layout } : {}),
  };
}
