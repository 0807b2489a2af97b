import { Decimal, Numeric, roundHalfAwayFromZero } from "./decimal";
import { RuleInputError } from "./errors";
import { checked, decimalPlaces, nonNegative, toFiniteDecimal, type Checked } from "./validate";

/**
 * Splits an amount over weights so that the rounded parts add up exactly to the rounded amount
 * (largest-remainder method, "allocation that adds up").
 *
 * Implements the rounding rule the tables need where Bilaga 3 of the 2020 agreement does not hold:
 * its rounded rows do not add up to its total rows. Here:
 * - the amount is first rounded half away from zero to `decimals` places (whole kronor by default);
 * - each weight gets the whole units of its exact share `rounded amount × weight / Σ weights`
 *   rounded toward zero, and the units left over go one each to the largest remainders;
 * - ties in remainder go to the larger weight, then to the earlier position, so the result is
 *   deterministic and only a tie can make a unit's part depend on the order of the inputs;
 * - a zero weight gets exactly zero; every part is within one unit of its exact share;
 * - a negative amount (a credit) is split as its absolute value, with every part negated.
 *
 * @param amount  the amount to split, any finite number
 * @param weights non-negative weights, not all zero (populations, users, ...)
 * @param decimals places to round to, 0–10 (0 = whole kronor)
 * @throws RuleInputError naming `amount`, `weights`, `weights[i]` (0-based) or `decimals`
 */
export function allocate(amount: Numeric, weights: readonly Numeric[], decimals: Numeric = 0): Decimal[] {
  return allocateChecked(checkAllocation(amount, weights, decimals));
}

/** An allocation's arguments, checked once (checkAllocation): what allocateChecked takes. */
export type CheckedAllocation = Checked<
  "allocation",
  {
    /** The amount, finite. */
    amount: Decimal;
    /** The weights scaled to whole numbers with the same proportions, not all zero. */
    weights: readonly bigint[];
    /** Places to round to, 0–10. */
    places: number;
  }
>;

/**
 * The validating step of allocate: refuses, in this order, `decimals`, `amount`, `weights` (empty),
 * `weights[i]` (not a number ≥ 0), `weights` (all zero).
 */
export function checkAllocation(amount: Numeric, weights: readonly Numeric[], decimals: Numeric = 0): CheckedAllocation {
  const places = decimalPlaces(decimals, "decimals");
  const total = toFiniteDecimal(amount, "amount");
  if (weights.length === 0) {
    throw new RuleInputError("weights", "empty", "at least one weight is required");
  }
  const integerWeights = wholeWeights(weights);
  if (integerWeights.every((weight) => weight === BigInt(0))) {
    throw new RuleInputError("weights", "allZero", "the weights are all zero, so there is nothing to split by");
  }
  return checked<CheckedAllocation>({ amount: total, weights: integerWeights, places });
}

/** The core of allocate: the largest-remainder split of checked arguments. */
export function allocateChecked({ amount: total, weights: integerWeights, places }: CheckedAllocation): Decimal[] {
  const unit = new Decimal(10).pow(-places);
  // Exact integer arithmetic: the amount in whole units and the weights scaled to whole numbers
  // share one denominator (Σ weights), so shares, floors and remainders are BigInt operations with
  // no rounding at all, and remainders compare as integers.
  const { totalUnits, sign } = wholeUnits(total, places);
  const denominator = integerWeights.reduce((sum, weight) => sum + weight, BigInt(0));

  const shares = integerWeights.map((weight, index) => {
    const numerator = totalUnits * weight;
    return { index, weight, wholeUnits: numerator / denominator, remainder: numerator % denominator };
  });
  const allotted = shares.reduce((sum, share) => sum + share.wholeUnits, BigInt(0));
  let leftover = Number(totalUnits - allotted); // fewer than the number of weights

  const compare = (a: bigint, b: bigint): number => (a > b ? 1 : a < b ? -1 : 0);
  const byClaim = [...shares].sort(
    (a, b) => compare(b.remainder, a.remainder) || compare(b.weight, a.weight) || a.index - b.index,
  );
  const extraUnit = new Set<number>();
  for (const share of byClaim) {
    if (leftover <= 0) break;
    if (share.weight === BigInt(0)) continue;
    extraUnit.add(share.index);
    leftover -= 1;
  }

  return shares.map((share) => {
    const units = extraUnit.has(share.index) ? share.wholeUnits + BigInt(1) : share.wholeUnits;
    if (units === BigInt(0)) return new Decimal(0);
    const part = new Decimal(units <= MAX_SAFE ? Number(units) : units.toString());
    const scaled = places === 0 ? part : part.times(unit);
    return sign < 0 ? scaled.neg() : scaled;
  });
}

/**
 * The weights as whole numbers with the same proportions: each validated (finite, ≥ 0, named
 * `weights[i]`) and scaled by 10^(most decimals of any weight). Whole JS numbers, the usual case
 * (populations, users), skip the Decimal round trip.
 */
function wholeWeights(weights: readonly Numeric[]): bigint[] {
  if (weights.every((weight) => typeof weight === "number" && Number.isSafeInteger(weight) && weight >= 0)) {
    return weights.map((weight) => BigInt(weight as number));
  }
  const exact = weights.map((weight, index) => nonNegative(weight, `weights[${index}]`));
  const scale = Math.max(...exact.map((weight) => weight.decimalPlaces()));
  return exact.map((weight) => BigInt(weight.toFixed(scale).replace(".", "")));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The amount rounded half away from zero to `places`, as a count of units and a sign. */
function wholeUnits(total: Decimal, places: number): { totalUnits: bigint; sign: 1 | -1 } {
  const rounded = roundHalfAwayFromZero(total, places);
  const units = places === 0 ? rounded.abs() : rounded.abs().times(new Decimal(10).pow(places));
  return { totalUnits: BigInt(units.toFixed(0)), sign: rounded.isNegative() ? -1 : 1 };
}
