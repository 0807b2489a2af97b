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
