import { Decimal, louAllocation, type LouAllocation } from "../engine";
import { AGREEMENT_2020, AGREEMENT_2026, COUNTY_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "../data";
import { checkNumberParameter, type CheckedFigure, type NumberParamKey } from "../params";

/*
 * The values an omitted optional argument takes: the 2020 agreement (002) for the LOU model and the
 * support cost, the 2026–2030 agreement (004) for the operating cost, and the 2018 population of
 * Bilaga 3. Nothing is a rounded literal: the largest unit and the county population are computed
 * by the engine from the embedded data, exactly as Bilaga 3 computes them. Each is checked against
 * its declaration once, when first asked for, and then handed to the engine's cores as it is.
 */

let allocation2018: LouAllocation | undefined;

/** Bilaga 3 computed once from the embedded 2018 figures (exact). */
function bilaga3(): LouAllocation {
  allocation2018 ??= louAllocation(COUNTY_2018, {
    threshold: AGREEMENT_2020.louThreshold.value,
    years: AGREEMENT_2020.contractYears.value,
  });
  return allocation2018;
}

/** A default checked once by its declaration, the first time a call needs it. */
function checkedDefault<K extends NumberParamKey>(key: K, value: () => Decimal | number): () => CheckedFigure<K> {
  let checked: CheckedFigure<K> | undefined;
  return () => {
    if (checked === undefined) {
      const reading = checkNumberParameter(key, value(), "en");
      if (!reading.ok) throw new Error(`the default ${key} is outside its declaration's limits: ${reading.message}`);
      checked = reading.value;
    }
    return checked;
  };
}

export const DEFAULTS = {
  /** 615 312 kr, the 2020 direct-procurement threshold (002, Bilaga 3). */
  threshold: checkedDefault("threshold", () => AGREEMENT_2020.louThreshold.value),
  /** 8 years, the expected longest contract period (002, Bilaga 3). */
  years: checkedDefault("years", () => AGREEMENT_2020.contractYears.value),
  /** Södermalm including its share of the rest post, 130 365.416… exactly (002, Bilaga 3). */
  largestPopulation: checkedDefault("largestPopulation", () => bilaga3().largestUnit.population),
  /** 2 446 Stockholm residents without a district (002, Bilaga 3 footnote). */
  rest: checkedDefault("rest", () => STOCKHOLM_REST_2018),
  /** 959 708, the 14 districts' own populations (002, Bilaga 3). */
  allDistrictsPopulation: checkedDefault("allDistrictsPopulation", () =>
    STOCKHOLM_DISTRICTS_2018.reduce((sum, d) => sum.plus(d.population), new Decimal(0)),
  ),
  /** 3 250 000 kr support budget 2019 (002, Ekonomisk modell punkt 2). */
  supportBudget: checkedDefault("supportBudget", () => AGREEMENT_2020.supportBudget.value),
  /** 13 000 users 2019 (002, Ekonomisk modell punkt 2). */
  totalUsers: checkedDefault("supportUsers", () => AGREEMENT_2020.supportUsers.value),
  /** 26 000 000 kr operating budget 2026 (004). */
  budget2026: checkedDefault("budget2026", () => AGREEMENT_2026.budget.value),
  /** 19 %, the municipalities' part (004). */
  municipalShare: checkedDefault("municipalShare", () => AGREEMENT_2026.municipalShare.value),
  /** 2 344 124, the county's population 31/12 2018 (002, Bilaga 3), summed by the engine. */
  countyPopulation: checkedDefault("countyPopulation", () => bilaga3().countyPopulation),
} as const;
