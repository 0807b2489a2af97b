import { AGREEMENT_2020, AGREEMENT_2026, COUNTY_2018, THRESHOLDS } from "../../data";
import { Decimal } from "../../engine/decimal";
import type { LocalizedText } from "../types";

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
    ...THRESHOLDS.map((period) => ({ value: period.value, what: { sv: "gränsbeloppet för direktupphandling (LOU)", en: "the direct-procurement threshold (LOU)" }, arithmeticOnly: false, tolerance: 0 })),
    { value: AGREEMENT_2020.contractYears.value, what: { sv: "avtalsperioden i år", en: "the contract period in years" }, arithmeticOnly: true, tolerance: 0 },
    { value: AGREEMENT_2020.supportBudget.value, what: { sv: "supportbudgeten", en: "the support budget" }, arithmeticOnly: false, tolerance: 0 },
    { value: AGREEMENT_2020.supportUsers.value, what: { sv: "antalet användare", en: "the number of users" }, arithmeticOnly: false, tolerance: 0 },
    { value: AGREEMENT_2026.budget.value, what: { sv: "budgeten 2026", en: "the 2026 budget" }, arithmeticOnly: false, tolerance: 0 },
    { value: share, what: { sv: "kommunernas andel 2026–2030", en: "the municipalities' share 2026–2030" }, arithmeticOnly: true, tolerance: 0 },
    { value: new Decimal(1).minus(share).toNumber(), what: { sv: "Region Stockholms andel 2026–2030", en: "Region Stockholm's share 2026–2030" }, arithmeticOnly: true, tolerance: 0 },
    ...population(sum(COUNTY_2018.municipalities), { sv: "länets invånare", en: "the county's population" }),
    ...population(sum(city2018.districts).plus(city2018.rest), { sv: "stadens invånare", en: "the city's population" }),
    ...population(new Decimal(city2018.rest), { sv: "restposten", en: "the rest post" }),
  ];
  if (table.county) found.push(...population(table.county, { sv: "länets invånare", en: "the county's population" }));
  if (table.city) found.push(...population(table.city, { sv: "stadens invånare", en: "the city's population" }));
  if (table.rest && table.rest.gt(0)) found.push(...population(table.rest, { sv: "restposten", en: "the rest post" }));
  if (table.largestUnit) {
    const { name, population: largest } = table.largestUnit;
    found.push({ value: largest.toNumber(), what: { sv: `den största enhetens invånare (${name})`, en: `the largest unit's population (${name})` }, arithmeticOnly: false, tolerance: largest.isInteger() ? 0 : 0.5 });
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
