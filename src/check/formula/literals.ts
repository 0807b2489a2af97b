import { AGREEMENT_2020, AGREEMENT_2026, COUNTY_2018, THRESHOLDS } from "../../data";
import { Decimal } from "../../engine";
import type { LocalizedText } from "../types";
import { localized } from "../messages";
import { LITERAL_NAMES as L } from "../messages/words";

/*
 * The numbers of the agreements that belong in a cell of their own, not inside a formula: a formula
 * with 615 312 in it is right today and wrong when the threshold changes. The values come from
 * src/data (each with its source there), and from the checked table itself (its county and city
 * populations and its largest unit), never restated here.
 */

/** A parameter a formula may hold as a literal: its value, what it is, and how strictly to look for it. */
export interface LiteralParameter {
  readonly value: number;
  readonly what: LocalizedText;
  /**
   * Small numbers (8 years, 0,19) are parameters only as an operand of arithmetic ("=G5/8"), not as a
   * function's argument ("ROUND(x;8)"); large ones (615 312) wherever they stand.
   */
  readonly arithmeticOnly: boolean;
  /** How close a literal must be: 0 for the exact number, ½ for a population with decimals (130 365,4166…). */
  readonly tolerance: number;
}

/** What the checked tables tell: their populations and largest unit, where known. */
export interface TablePopulations {
  readonly county?: Decimal;
  readonly city?: Decimal;
  readonly rest?: Decimal;
  readonly largestUnit?: { readonly name: string; readonly population: Decimal };
}

const sum = (values: readonly { population: number | string | Decimal }[]) => values.reduce((total, unit) => total.plus(unit.population), new Decimal(0));

/** Every parameter to look for: the agreements' (src/data), the embedded county's totals, and the table's own. */
export function literalParameters(table: TablePopulations): LiteralParameter[] {
  const share = AGREEMENT_2026.municipalShare.value;
  const city2018 = COUNTY_2018.dividedCity!;
  const found: LiteralParameter[] = [
    ...THRESHOLDS.map((period) => ({ value: period.value, what: localized(L.threshold), arithmeticOnly: false, tolerance: 0 })),
    { value: AGREEMENT_2020.contractYears.value, what: localized(L.contractYears), arithmeticOnly: true, tolerance: 0 },
    { value: AGREEMENT_2020.supportBudget.value, what: localized(L.supportBudget), arithmeticOnly: false, tolerance: 0 },
    { value: AGREEMENT_2020.supportUsers.value, what: localized(L.supportUsers), arithmeticOnly: false, tolerance: 0 },
    { value: AGREEMENT_2026.budget.value, what: localized(L.budget2026), arithmeticOnly: false, tolerance: 0 },
    { value: share, what: localized(L.municipalShare2026), arithmeticOnly: true, tolerance: 0 },
    { value: new Decimal(1).minus(share).toNumber(), what: localized(L.regionShare2026), arithmeticOnly: true, tolerance: 0 },
    ...population(sum(COUNTY_2018.municipalities), localized(L.countyPopulation)),
    ...population(sum(city2018.districts).plus(city2018.rest), localized(L.cityPopulation)),
    ...population(new Decimal(city2018.rest), localized(L.rest)),
  ];
  if (table.county) found.push(...population(table.county, localized(L.countyPopulation)));
  if (table.city) found.push(...population(table.city, localized(L.cityPopulation)));
  if (table.rest && table.rest.gt(0)) found.push(...population(table.rest, localized(L.rest)));
  if (table.largestUnit) {
    const { name, population: largest } = table.largestUnit;
    found.push({ value: largest.toNumber(), what: localized(L.largestUnit, name), arithmeticOnly: false, tolerance: largest.isInteger() ? 0 : 0.5 });
  }
  return found;
}

function population(value: Decimal, what: LocalizedText): LiteralParameter[] {
  return value.gt(0) ? [{ value: value.toNumber(), what, arithmeticOnly: false, tolerance: 0 }] : [];
}

/** The parameter a literal is, in its place, or undefined. */
export function parameterOf(value: number, arithmetic: boolean, parameters: readonly LiteralParameter[]): LiteralParameter | undefined {
  if (!Number.isFinite(value) || value === 0) return undefined;
  return parameters.find((parameter) => (arithmetic || !parameter.arithmeticOnly) && Math.abs(parameter.value - value) <= parameter.tolerance + 1e-9 * Math.abs(parameter.value));
}
