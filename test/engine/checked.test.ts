import { COUNTY_2018 } from "../../src/data";
import {
  Decimal,
  allocate,
  allocateChecked,
  allocationOf,
  checkAllocation,
  checkCounty,
  districtOfCity,
  louAllocation,
  louCost,
  louRate,
  nonNegative,
  partOfCounty,
  partOfTotal,
  positive,
  positiveWholeNumber,
  sharedBy,
  shareOf,
  unitOfLargest,
  withRest,
  type CountyPopulation,
  type LouParameters,
  type NonNegative,
  type Positive,
} from "../../src/engine";
import { refusal } from "../helpers/refusal";

/*
 * The engine's validating step, asked directly: each refusal it makes, with its argument and code;
 * and what it passes on is what the cores compute with, so a checked value is never checked again.
 */

const base: LouParameters = { threshold: 615312, years: 8 };
const city = (districts: { name: string; population: number }[], rest: number, total: number): CountyPopulation => ({
  municipalities: [{ name: "A", population: 10 }, { name: "Stockholm", population: total }],
  dividedCity: { name: "Stockholm", districts, rest },
});

describe("louAllocation: the parameters checked first", () => {
  it.each<[string, LouParameters, string, string]>([
    ["a negative threshold", { threshold: -1, years: 8 }, "threshold", "negative"],
    ["years that are not whole", { threshold: 1, years: 2.5 }, "years", "notWholeNumber"],
    ["zero years", { threshold: 1, years: 0 }, "years", "notPositive"],
  ])("refuses %s, before a county it would refuse too", (_, parameters, argument, code) => {
    expect(refusal(() => louAllocation({ municipalities: [] }, parameters))).toMatchObject({ argument, code });
  });
});

describe("checkCounty: every refusal of a county, made once", () => {
  it.each<[string, CountyPopulation, LouParameters, string, string]>([
    ["no municipality", { municipalities: [] }, base, "municipalities", "empty"],
    ["a blank name", { municipalities: [{ name: " ", population: 1 }] }, base, "municipalities[0].name", "empty"],
    ["a name twice", { municipalities: [{ name: "Upplands Väsby", population: 1 }, { name: "upplands-väsby", population: 2 }] }, base, "municipalities[1].name", "duplicateName"],
    ["a negative population", { municipalities: [{ name: "A", population: -1 }] }, base, "municipalities[0].population", "negative"],
    ["a population that is no number", { municipalities: [{ name: "A", population: "many" }] }, base, "municipalities[0].population", "notANumber"],
    ["an unknown divided city", { municipalities: [{ name: "A", population: 1 }], dividedCity: { name: "B", districts: [], rest: 0 } }, base, "dividedCity.name", "unknownName"],
    ["a divided city without districts", city([], 0, 100), base, "dividedCity.districts", "empty"],
    ["a district twice", city([{ name: "X", population: 1 }, { name: "x", population: 1 }], 0, 2), base, "dividedCity.districts[1].name", "duplicateName"],
    ["a negative district", city([{ name: "X", population: -1 }], 0, 100), base, "dividedCity.districts[0].population", "negative"],
    ["a negative rest", city([{ name: "X", population: 50 }], -1, 49), base, "dividedCity.rest", "negative"],
    ["districts all zero", city([{ name: "X", population: 0 }], 5, 5), base, "populations", "allZero"],
    ["districts and rest that do not make the city", city([{ name: "X", population: 50 }], 1, 100), base, "municipalities[1].population", "mismatch"],
    ["no inhabitants anywhere", { municipalities: [{ name: "A", population: 0 }, { name: "B", population: 0 }] }, base, "municipalities", "allZero"],
  ])("refuses %s", (_, county, parameters, argument, code) => {
    const error = refusal(() => checkCounty(county));
    expect(error).toMatchObject({ argument, code });
    // louAllocation refuses with the very same error: it is checkCounty then the core.
    expect(refusal(() => louAllocation(county, parameters))).toMatchObject({ argument, code, message: error.message });
  });

  it("passes the county on checked: Decimals beside the units, the divided city found", () => {
    const checked = checkCounty(COUNTY_2018);
    expect(checked.populations.map(String)).toEqual(COUNTY_2018.municipalities.map((m) => String(m.population)));
    expect(checked.municipalities[checked.city!.index].name).toBe("Stockholm");
    expect(checked.city!.districtsTotal.toString()).toBe("959708");
    expect(checked.city!.rest.toString()).toBe("2446");
  });

  it("the core allocates what the step checked, as louAllocation does", () => {
    const core = allocationOf(checkCounty(COUNTY_2018), nonNegative(615312, "threshold"), positiveWholeNumber(8, "years"));
    const whole = louAllocation(COUNTY_2018, base);
    expect(core.largestUnit.name).toBe("Södermalm");
    expect(core.ratePerInhabitantForPeriod.eq(whole.ratePerInhabitantForPeriod)).toBe(true);
    expect(core.municipalities.map((m) => m.forPeriod.toString())).toEqual(whole.municipalities.map((m) => m.forPeriod.toString()));
    expect(core.city!.districts.map((d) => d.populationIncludingRest.toString())).toEqual(whole.city!.districts.map((d) => d.populationIncludingRest.toString()));
  });
});

describe("checkAllocation: every refusal of allocate, made once", () => {
  it.each<[string, () => unknown, string, string]>([
    ["decimals out of range", () => checkAllocation(10, [1], 11), "decimals", "outOfRange"],
    ["an amount that is no number", () => checkAllocation("x", [1]), "amount", "notANumber"],
    ["an infinite amount", () => checkAllocation(Number.POSITIVE_INFINITY, [1]), "amount", "notFinite"],
    ["no weights", () => checkAllocation(10, []), "weights", "empty"],
    ["a negative weight", () => checkAllocation(10, [1, -0.5]), "weights[1]", "negative"],
    ["weights all zero", () => checkAllocation(10, [0, 0]), "weights", "allZero"],
  ])("refuses %s", (_, fn, argument, code) => {
    expect(refusal(fn)).toMatchObject({ argument, code });
  });

  it("scales the weights to whole numbers once; the core splits them as allocate does", () => {
    const checked = checkAllocation(10, [0.5, 1.25, 2], 0);
    expect(checked.weights).toEqual([BigInt(50), BigInt(125), BigInt(200)]);
    expect(allocateChecked(checked).map(String)).toEqual(allocate(10, [0.5, 1.25, 2]).map(String));
  });
});

describe("relations between checked values", () => {
  const n = (value: number): NonNegative => nonNegative(value, "n");
  const p = (value: number): Positive => positive(value, "p");

  it("a unit larger than the largest, a population larger than its total or county, a district larger than all districts", () => {
    expect(refusal(() => unitOfLargest(n(200), p(100)))).toMatchObject({ argument: "largestPopulation", code: "exceedsLargest", details: { population: "200", largestPopulation: "100" } });
    expect(refusal(() => partOfTotal(n(5), p(4)))).toMatchObject({ argument: "totalPopulation", code: "exceedsLargest" });
    expect(refusal(() => partOfCounty(n(5), p(4)))).toMatchObject({ argument: "countyPopulation", code: "exceedsLargest", details: { population: "5", countyPopulation: "4" } });
    expect(refusal(() => districtOfCity(n(10), p(5)))).toMatchObject({ argument: "allDistrictsPopulation", code: "exceedsLargest" });
  });

  it("the cores compute on what the relations passed (equal is allowed)", () => {
    const largest = unitOfLargest(p(100), p(100));
    expect(louCost(largest, p(615312)).toString()).toBe("615312");
    expect(louRate(p(800), p(100), positiveWholeNumber(8, "years")).toString()).toBe("1");
    expect(shareOf(partOfTotal(n(1), p(4))).toString()).toBe("0.25");
    expect(sharedBy(partOfCounty(n(1), p(4)), new Decimal(100)).toString()).toBe("25");
    expect(withRest(districtOfCity(n(50), p(100)), n(10)).toString()).toBe("55");
  });
});
