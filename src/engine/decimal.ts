import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor the engine computes with.
 *
 * 40 significant digits keeps every intermediate of a county-wide allocation exact to far below
 * one öre; ROUND_HALF_UP in decimal.js rounds half away from zero, which is how the annexes round
 * ("plain rounding").
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Anything the engine accepts as a number: a JS number, a numeric string or a Decimal. */
export type Numeric = number | string | DecimalJs;

/** Rounds half away from zero to `decimals` places (the annexes' rounding). */
export function roundHalfAwayFromZero(value: Numeric, decimals = 0): Decimal {
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/*
 * Excel recalculates whole columns whose rows share a divisor (threshold / largest unit, a municipal
 * part / the county's population); a division at 40 digits is the costliest step of a rule, so the
 * last few quotients are remembered, keyed by their exact operands.
 */
const recentQuotients: { dividend: Decimal; divisor: Decimal; quotient: Decimal }[] = [];
const REMEMBERED_QUOTIENTS = 4;

/** `dividend / divisor`, exactly as Decimal.div computes it, remembered for repeated operands. */
export function quotient(dividend: Decimal, divisor: Decimal): Decimal {
  for (const entry of recentQuotients) {
    if (entry.dividend.eq(dividend) && entry.divisor.eq(divisor)) return entry.quotient;
  }
  const result = dividend.div(divisor);
  recentQuotients.unshift({ dividend, divisor, quotient: result });
  if (recentQuotients.length > REMEMBERED_QUOTIENTS) recentQuotients.pop();
  return result;
}
