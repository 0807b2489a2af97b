import { Decimal, Numeric } from "./decimal";
import { RuleInputError } from "./errors";

/*
 * The engine's one validating step. An argument is checked once, where it enters the engine, and
 * comes out as a branded Decimal that says what was checked; the rule functions (the core) take
 * these types and check nothing again, as dinero.js splits a checked from an unchecked allocate.
 * A brand is a type only: at run time a checked value is the Decimal itself.
 */

declare const nonNegativeBrand: unique symbol;
declare const positiveBrand: unique symbol;
declare const wholeBrand: unique symbol;
declare const fractionBrand: unique symbol;
declare const checkedBrand: unique symbol;

/** A finite number ≥ 0 (a population, a budget, a number of users). */
export type NonNegative = Decimal & { readonly [nonNegativeBrand]: true };
/** A finite number > 0 (a divisor: the largest population, the number of users). */
export type Positive = NonNegative & { readonly [positiveBrand]: true };
/** A positive whole number (the years of a contract period). */
export type PositiveWhole = Positive & { readonly [wholeBrand]: true };
/** A share as a fraction from 0 to 1 (19 % is 0.19). */
export type Fraction = NonNegative & { readonly [fractionBrand]: true };

/** An object a validating step made, named by its tag: `Checked<"county", {…}>`. */
export type Checked<Tag extends string, T extends object> = Readonly<T> & { readonly [checkedBrand]: Tag };

/** Gives an object its brand: called only by a validating step, on what it has just checked. */
export function checked<C extends Checked<string, object>>(value: Omit<C, typeof checkedBrand>): C {
  return value as C;
}

/** A part of a whole, checked: part ≤ whole, whole > 0 (a unit's population of the largest's, of the county's). */
export type Part = Checked<"part", { part: NonNegative; whole: Positive }>;

/** Converts an argument to a finite Decimal or refuses it, naming the argument. */
export function toFiniteDecimal(value: Numeric | null | undefined, argument: string): Decimal {
  // A Decimal is immutable: one the engine made is taken as it is, not copied (rules are chained, row after row).
  if (value instanceof Decimal && value.isFinite()) return value;
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    throw new RuleInputError(argument, "notANumber", "a number is required");
  }
  let decimal: Decimal;
  try {
    decimal = new Decimal(value);
  } catch {
    throw new RuleInputError(argument, "notANumber", `"${String(value)}" is not a number`, { value: String(value) });
  }
  if (decimal.isNaN()) {
    throw new RuleInputError(argument, "notANumber", "is not a number", { value: String(value) });
  }
  if (!decimal.isFinite()) {
    throw new RuleInputError(argument, "notFinite", "must be a finite number", { value: String(value) });
  }
  return decimal;
}

/** A finite number ≥ 0 (a population, a budget, a number of users). */
export function nonNegative(value: Numeric | null | undefined, argument: string): NonNegative {
  const decimal = toFiniteDecimal(value, argument);
  if (decimal.isNegative() && !decimal.isZero()) {
    throw new RuleInputError(argument, "negative", `must not be negative (got ${decimal.toString()})`, {
      value: decimal.toString(),
    });
  }
  return decimal as NonNegative;
}

/** A finite number > 0 (a divisor such as the largest population or the number of users). */
export function positive(value: Numeric | null | undefined, argument: string): Positive {
  const decimal = nonNegative(value, argument);
  if (decimal.isZero()) {
    throw new RuleInputError(argument, "notPositive", "must be greater than zero", { value: "0" });
  }
  return decimal as Positive;
}

/** A positive whole number (years of a contract period). */
export function positiveWholeNumber(value: Numeric | null | undefined, argument: string): PositiveWhole {
  const decimal = positive(value, argument);
  if (!decimal.isInteger()) {
    throw new RuleInputError(argument, "notWholeNumber", `must be a whole number (got ${decimal.toString()})`, {
      value: decimal.toString(),
    });
  }
  return decimal as PositiveWhole;
}

/** A share as a fraction between 0 and 1 inclusive (19 % is 0.19). */
export function fraction(value: Numeric | null | undefined, argument: string): Fraction {
  const decimal = toFiniteDecimal(value, argument);
  if (decimal.lt(0) || decimal.gt(1)) {
    throw new RuleInputError(argument, "outOfRange", `must be between 0 % and 100 % (got ${decimal.times(100).toString()} %)`, {
      value: decimal.toString(),
      min: 0,
      max: 1,
    });
  }
  return decimal as Fraction;
}

/**
 * A part checked against its whole: `part` ≤ `whole`, or `refuse` says why not (each rule names
 * the whole its own way: the largest unit, the county, the districts' total).
 */
export function partOf(part: NonNegative, whole: Positive, refuse: (part: Decimal, whole: Decimal) => RuleInputError): Part {
  if (part.gt(whole)) throw refuse(part, whole);
  return checked<Part>({ part, whole });
}

/** A whole number of decimals for rounding, 0–10 (kronor to öre and a little beyond). */
export function decimalPlaces(value: Numeric | null | undefined, argument: string): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 10) return value;
  const decimal = toFiniteDecimal(value, argument);
  if (!decimal.isInteger() || decimal.lt(0) || decimal.gt(10)) {
    throw new RuleInputError(argument, "outOfRange", `must be a whole number from 0 to 10 (got ${decimal.toString()})`, {
      value: decimal.toString(),
      min: 0,
      max: 10,
    });
  }
  return decimal.toNumber();
}
