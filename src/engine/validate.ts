import { Decimal, Numeric } from "./decimal";
import { RuleInputError } from "./errors";

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
export function nonNegative(value: Numeric | null | undefined, argument: string): Decimal {
  const decimal = toFiniteDecimal(value, argument);
  if (decimal.isNegative() && !decimal.isZero()) {
    throw new RuleInputError(argument, "negative", `must not be negative (got ${decimal.toString()})`, {
      value: decimal.toString(),
    });
  }
  return decimal;
}

/** A finite number > 0 (a divisor such as the largest population or the number of users). */
export function positive(value: Numeric | null | undefined, argument: string): Decimal {
  const decimal = nonNegative(value, argument);
  if (decimal.isZero()) {
    throw new RuleInputError(argument, "notPositive", "must be greater than zero", { value: "0" });
  }
  return decimal;
}

/** A positive whole number (years of a contract period). */
export function positiveWholeNumber(value: Numeric | null | undefined, argument: string): Decimal {
  const decimal = positive(value, argument);
  if (!decimal.isInteger()) {
    throw new RuleInputError(argument, "notWholeNumber", `must be a whole number (got ${decimal.toString()})`, {
      value: decimal.toString(),
    });
  }
  return decimal;
}

/** A share as a fraction between 0 and 1 inclusive (19 % is 0.19). */
export function fraction(value: Numeric | null | undefined, argument: string): Decimal {
  const decimal = toFiniteDecimal(value, argument);
  if (decimal.lt(0) || decimal.gt(1)) {
    throw new RuleInputError(argument, "outOfRange", `must be between 0 % and 100 % (got ${decimal.times(100).toString()} %)`, {
      value: decimal.toString(),
      min: 0,
      max: 1,
    });
  }
  return decimal;
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
