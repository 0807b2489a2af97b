import fc from "fast-check";
import { allocate, Decimal, RuleInputError } from "../../src/engine";

const sumOf = (parts: Decimal[]) => parts.reduce((s, p) => s.plus(p), new Decimal(0));

describe("allocate: the allocation that adds up", () => {
  it("splits 100 kr over three equal weights as 34/33/33, earliest first on a tie", () => {
    expect(allocate(100, [1, 1, 1]).map(Number)).toEqual([34, 33, 33]);
  });

  it("gives the extra unit to the largest remainder, then the larger weight", () => {
    // exact shares 10/3 = 3.33.., 20/3 = 6.67.. → remainders .33 and .67
    expect(allocate(10, [1, 2]).map(Number)).toEqual([3, 7]);
    // equal remainders (.5 each): larger weight wins before position
    expect(allocate(2, [1, 3]).map(Number)).toEqual([0, 2]);
    expect(allocate(3, [1, 1, 4]).map(Number)).toEqual([1, 0, 2]);
  });

  it("rounds the amount half away from zero first, then splits to that", () => {
    expect(sumOf(allocate(10.5, [1, 1])).toNumber()).toBe(11);
    expect(sumOf(allocate(-10.5, [1, 1])).toNumber()).toBe(-11);
    expect(allocate(1.005, [1, 1], 2).map(Number)).toEqual([0.51, 0.5]);
  });

  it("gives zero to a zero weight, even when units are left over", () => {
    expect(allocate(5, [0, 1, 1, 0]).map(Number)).toEqual([0, 3, 2, 0]);
  });

  it("splits a credit symmetrically", () => {
    expect(allocate(-100, [1, 1, 1]).map(Number)).toEqual([-34, -33, -33]);
  });

  it("reproduces the 2026 municipal part over the county by population, adding up to 4 940 000", () => {
    const parts = allocate(4940000, [93106, 33187, 962154]);
    expect(sumOf(parts).toNumber()).toBe(4940000);
  });

  it.each([
    [[], "weights", "empty"],
    [[0, 0], "weights", "allZero"],
    [[1, -2], "weights[1]", "negative"],
    [[1, Number.NaN], "weights[1]", "notANumber"],
    [[1, Number.POSITIVE_INFINITY], "weights[1]", "notFinite"],
  ])("refuses weights %p naming %s", (weights, argument, code) => {
    try {
      allocate(100, weights as number[]);
      throw new Error("expected a RuleInputError");
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      expect((error as RuleInputError).argument).toBe(argument);
      expect((error as RuleInputError).code).toBe(code);
    }
  });

  it.each([[-1], [1.5], [11]])("refuses decimals %p", (decimals) => {
    expect(() => allocate(1, [1], decimals)).toThrow(expect.objectContaining({ argument: "decimals", code: "outOfRange" }));
  });

  it("refuses a non-finite amount", () => {
    expect(() => allocate(Number.NaN, [1])).toThrow(expect.objectContaining({ argument: "amount" }));
  });
});

describe("allocate: properties", () => {
  const weightsArb = fc
    .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 60 })
    .filter((ws) => ws.some((w) => w > 0));
  const amountArb = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
  const decimalsArb = fc.integer({ min: 0, max: 3 });

  it("the parts always sum to the rounded amount", () => {
    fc.assert(
      fc.property(amountArb, weightsArb, decimalsArb, (amount, weights, decimals) => {
        const parts = allocate(amount, weights, decimals);
        expect(sumOf(parts).eq(new Decimal(amount).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
        expect(parts).toHaveLength(weights.length);
      }),
    );
  });

  it("each part is within one unit of its exact share, and a whole number of units", () => {
    fc.assert(
      fc.property(amountArb, weightsArb, decimalsArb, (amount, weights, decimals) => {
        const parts = allocate(amount, weights, decimals);
        const rounded = new Decimal(amount).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        const total = weights.reduce((s, w) => s + w, 0);
        const unit = new Decimal(10).pow(-decimals);
        parts.forEach((part, i) => {
          const exact = rounded.times(weights[i]).div(total);
          expect(part.minus(exact).abs().lt(unit)).toBe(true);
          expect(part.div(unit).isInteger()).toBe(true);
          if (weights[i] === 0) expect(part.isZero()).toBe(true);
        });
      }),
    );
  });

  it("reordering the inputs does not change a unit's part, except on a tie", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (amount, weights, seed) => {
          // distinct weights: only an equal remainder can still tie, which we detect and skip
          const shuffled = [...weights].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
          const original = allocate(amount, weights);
          const before = new Map(weights.map((w, i) => [w, original[i].toNumber()]));
          const afterParts = allocate(amount, shuffled);
          const total = weights.reduce((s, w) => s + w, 0);
          const remainders = weights.map((w) => new Decimal(amount).times(w).div(total).minus(new Decimal(amount).times(w).div(total).floor()).toString());
          fc.pre(new Set(remainders).size === remainders.length);
          shuffled.forEach((w, i) => expect(afterParts[i].toNumber()).toBe(before.get(w)));
        },
      ),
    );
  });
});
