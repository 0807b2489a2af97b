import { Decimal } from "../engine";

/*
 * Inferring a parameter from many rounded figures. Each stated figure, read with its rounding
 * tolerance, allows the parameter only within an interval; the value allowed by the most rows wins.
 * A single wrong cell (even the largest unit's) then cannot drag the parameter away: it is outvoted
 * and shows up as a finding instead.
 */

export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

export interface Consensus {
  readonly lo: Decimal;
  readonly hi: Decimal;
  /** How many intervals contain [lo, hi]. */
  readonly count: number;
  /** How many intervals there were. */
  readonly of: number;
}

/** The stretch covered by the most (closed) intervals; the first such stretch when several tie. */
export function consensus(intervals: readonly Interval[]): Consensus | undefined {
  const valid = intervals.filter((interval) => interval.lo.lte(interval.hi));
  if (valid.length === 0) return undefined;
  const events: { at: Decimal; delta: 1 | -1 }[] = [];
  for (const interval of valid) {
    events.push({ at: interval.lo, delta: 1 }, { at: interval.hi, delta: -1 });
  }
  // Openings before closings at the same point: closed intervals that touch do overlap.
  events.sort((a, b) => a.at.comparedTo(b.at) || b.delta - a.delta);
  let count = 0;
  let best: Consensus | undefined;
  events.forEach((event, index) => {
    count += event.delta;
    if (event.delta === 1 && (!best || count > best.count)) {
      // Coverage stays at `count` up to the next event (an opening there would beat it).
      best = { lo: event.at, hi: events[index + 1].at, count, of: valid.length };
    }
  });
  return best;
}

/** The whole number nearest the middle of the stretch if it lies inside, else the middle. */
export function wholeNumberIn(stretch: Consensus): Decimal {
  const middle = stretch.lo.plus(stretch.hi).div(2);
  const whole = middle.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (whole.gte(stretch.lo) && whole.lte(stretch.hi)) return whole;
  return middle;
}

/** The median of a non-empty list. */
export function median(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : sorted[middle - 1].plus(sorted[middle]).div(2);
}
