import { normalizeUnitName, type CountyPopulation } from "../engine/county";
import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, DIVIDED_CITY_CODE, type DistrictLayout } from "./layouts";

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
  if (city && city.districts.length > 0) {
    const best = bestLayout(new Set(city.districts.map((district) => normalizeUnitName(district.name))));
    missingDistricts = best.missing;
    layout = best.layout;
  }
  return {
    complete: missingMunicipalities.length === 0 && !noDistricts && missingDistricts.length === 0,
    missingMunicipalities,
    noDistricts,
    missingDistricts,
    ...(layout ? { layout } : {}),
  };
}
