import type { Fraction, NonNegative, Positive, PositiveWhole } from "../../src/engine";
import { NUMBER_PARAMETERS, checkNumberParameter, type CheckedFigure, type NumberParamKey } from "../../src/params";

/*
 * A figure checkNumberParameter accepts comes back as the engine's checked type its declaration's
 * limits make it (CheckedFigure), and the engine's cores take it unchecked. Here: which type each
 * key gets (checked by the compiler), and that the reading refuses every value that type excludes.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type KeysOf<T> = { [K in NumberParamKey]: Same<CheckedFigure<K>, T> extends true ? K : never }[NumberParamKey];

const FRACTIONS: readonly KeysOf<Fraction>[] = ["municipalShare"];
const WHOLE: readonly KeysOf<PositiveWhole>[] = ["years", "supportUsers"];
const POSITIVE: readonly KeysOf<Positive>[] = ["threshold", "supportBudget", "budget2026", "countyPopulation", "cityPopulation", "largestPopulation", "allDistrictsPopulation"];
const NON_NEGATIVE: readonly KeysOf<NonNegative>[] = ["population", "populationTotal", "populationIncludingRest", "users", "previousCost", "rest"];

const refused = (key: NumberParamKey, value: number) => !checkNumberParameter(key, value, "en").ok;

it("every declared figure has one checked type, and these lists name each once", () => {
  expect([...FRACTIONS, ...WHOLE, ...POSITIVE, ...NON_NEGATIVE].sort()).toEqual(Object.keys(NUMBER_PARAMETERS).sort());
});

it.each(Object.keys(NUMBER_PARAMETERS) as NumberParamKey[])("%s: a negative value is refused (every checked type is ≥ 0)", (key) => {
  expect(refused(key, -0.5)).toBe(true);
});

it.each([...POSITIVE, ...WHOLE])("%s: zero is refused (Positive)", (key) => {
  expect(refused(key, 0)).toBe(true);
});

it.each(WHOLE)("%s: a fraction of one is refused (PositiveWhole)", (key) => {
  expect(refused(key, 2.5)).toBe(true);
});

it.each(FRACTIONS)("%s: more than 1 is refused (Fraction)", (key) => {
  expect(refused(key, 1.01)).toBe(true);
  expect(refused(key, 1)).toBe(false);
});

it("the accepted value is the Decimal checked, as the engine computes with it", () => {
  const reading = checkNumberParameter("years", 8, "en");
  expect(reading.ok && reading.value.toString()).toBe("8");
});
