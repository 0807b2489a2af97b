import { AGREEMENT_2020, AGREEMENT_2026, COUNTY_2018, findEmbeddedUnit, MUNICIPALITIES_2018 } from "../../src/data";
import {
  distributeRest,
  louAllocation,
  louCostForPeriod,
  louCostPerYear,
  louRatePerInhabitantPerYear,
  municipalCost2026,
  municipalPart,
  populationIncludingRest,
  populationShare,
  regionPart,
  supportCost,
  supportCostPerUser,
} from "../../src/engine";
import { refusal } from "../helpers/refusal";

const SÖDERMALM_INCL_REST = populationIncludingRest(130034, 2446, 959708);

describe("LOU model (002, Ekonomisk modell p. 1 and Bilaga 3)", () => {
  it("the largest unit pays exactly the threshold over the period", () => {
    expect(louCostForPeriod(SÖDERMALM_INCL_REST, SÖDERMALM_INCL_REST, 615312).toString()).toBe("615312");
  });

  it("Farsta pays 35 028 kr a year (000)", () => {
    const farsta = populationIncludingRest(59219, 2446, 959708);
    expect(louCostPerYear(farsta, SÖDERMALM_INCL_REST, 615312, 8).toDecimalPlaces(0).toNumber()).toBe(35028);
  });

  it("about 0,59 kr per inhabitant and year", () => {
    expect(louRatePerInhabitantPerYear(615312, SÖDERMALM_INCL_REST, 8).toFixed(4)).toBe("0.5900");
  });

  it("Botkyrka's share of the county is 3,97 %", () => {
    expect(populationShare(93106, 2344124).times(100).toFixed(2)).toBe("3.97");
  });

  it.each([
    [() => louCostForPeriod(-1, 100, 615312), "population", "negative"],
    [() => louCostForPeriod(200, 100, 615312), "largestPopulation", "exceedsLargest"],
    [() => louCostForPeriod(1, 0, 615312), "largestPopulation", "notPositive"],
    [() => louCostForPeriod(1, 100, -5), "threshold", "negative"],
    [() => louCostPerYear(1, 100, 615312, 0), "years", "notPositive"],
    [() => louCostPerYear(1, 100, 615312, 2.5), "years", "notWholeNumber"],
    [() => louCostPerYear(Number.POSITIVE_INFINITY, 100, 615312, 8), "population", "notFinite"],
    [() => louCostPerYear("abc", 100, 615312, 8), "population", "notANumber"],
    [() => populationShare(5, 0), "totalPopulation", "notPositive"],
    [() => populationShare(5, 4), "totalPopulation", "exceedsLargest"],
  ])("refuses bad input %#, naming the argument", (fn, argument, code) => {
    const error = refusal(fn);
    expect(error.argument).toBe(argument);
    expect(error.code).toBe(code);
    expect(error.message).toContain(argument);
  });
});

describe("rest post (Bilaga 3, footnote *)", () => {
  it("spreads 2 446 over the districts in proportion, adding up exactly", () => {
    const pops = COUNTY_2018.dividedCity!.districts.map((d) => d.population);
    const incl = distributeRest(pops, 2446);
    expect(incl.reduce((s, p) => s.plus(p)).toString()).toBe("962154");
    expect(incl[11].toFixed(4)).toBe("130365.4166");
  });

  it("refuses a negative rest, an empty or all-zero district list", () => {
    expect(refusal(() => distributeRest([1, 2], -1)).argument).toBe("rest");
    expect(refusal(() => distributeRest([], 1)).code).toBe("empty");
    expect(refusal(() => distributeRest([0, 0], 1)).code).toBe("allZero");
    expect(refusal(() => distributeRest([1, -1], 1)).argument).toBe("populations[1]");
    expect(refusal(() => populationIncludingRest(10, 1, 5)).code).toBe("exceedsLargest");
  });
});

describe("support per user (002, Ekonomisk modell p. 2)", () => {
  it("3 250 000 kr over 13 000 users is 250 kr per user; 1 700 municipal users pay 425 000 kr", () => {
    const { supportBudget, supportUsers, supportMunicipalUsers } = AGREEMENT_2020;
    expect(supportCostPerUser(supportBudget.value, supportUsers.value).toString()).toBe("250");
    expect(supportCost(supportMunicipalUsers.value, supportBudget.value, supportUsers.value).toString()).toBe("425000");
  });

  it("refuses zero users and negative budgets", () => {
    expect(refusal(() => supportCostPerUser(3250000, 0))).toMatchObject({ argument: "totalUsers", code: "notPositive" });
    expect(refusal(() => supportCost(1, -1, 10))).toMatchObject({ argument: "budget", code: "negative" });
    expect(refusal(() => supportCost(-3, 1, 10))).toMatchObject({ argument: "users", code: "negative" });
  });
});

describe("2026–2030 agreement (004)", () => {
  it("19 % of 26 000 000 kr is 4 940 000 kr for the municipalities, 21 060 000 kr for the Region", () => {
    expect(municipalPart(AGREEMENT_2026.budget.value, AGREEMENT_2026.municipalShare.value).toString()).toBe("4940000");
    expect(regionPart(26000000, 0.19).toString()).toBe("21060000");
  });

  it("the municipal part is shared by population and sums to it", () => {
    const county = 2344124;
    const total = MUNICIPALITIES_2018.reduce((s, m) => s.plus(municipalCost2026(m.population, county, 26000000, 0.19)), municipalPart(0, 0));
    expect(total.toDecimalPlaces(6).toString()).toBe("4940000");
  });

  it("refuses shares outside 0–100 %", () => {
    expect(refusal(() => municipalPart(1, 1.2))).toMatchObject({ argument: "municipalShare", code: "outOfRange" });
    expect(refusal(() => municipalPart(1, -0.1))).toMatchObject({ argument: "municipalShare", code: "outOfRange" });
  });
});

describe("louAllocation input checks", () => {
  const base = { threshold: 615312, years: 8 };
  it("refuses a city whose districts plus rest do not make its total", () => {
    const county = {
      municipalities: [{ name: "A", population: 10 }, { name: "Stockholm", population: 100 }],
      dividedCity: { name: "Stockholm", districts: [{ name: "X", population: 50 }], rest: 1 },
    };
    expect(refusal(() => louAllocation(county, base))).toMatchObject({ argument: "municipalities[1].population", code: "mismatch" });
  });

  it("refuses duplicate names, tolerant to case and hyphens", () => {
    const county = { municipalities: [{ name: "Upplands Väsby", population: 1 }, { name: "upplands-väsby", population: 2 }] };
    expect(refusal(() => louAllocation(county, base))).toMatchObject({ argument: "municipalities[1].name", code: "duplicateName" });
  });

  it("refuses an unknown divided city and empty input", () => {
    expect(refusal(() => louAllocation({ municipalities: [] }, base)).code).toBe("empty");
    const county = { municipalities: [{ name: "A", population: 1 }], dividedCity: { name: "B", districts: [], rest: 0 } };
    expect(refusal(() => louAllocation(county, base))).toMatchObject({ argument: "dividedCity.name", code: "unknownName" });
  });

  it("works without a divided city (a county of plain municipalities)", () => {
    const result = louAllocation({ municipalities: [{ name: "A", population: 300 }, { name: "B", population: 100 }] }, base);
    expect(result.largestUnit.name).toBe("A");
    expect(result.municipalities[0].forPeriod.toString()).toBe("615312");
    expect(result.municipalities[1].forPeriod.toString()).toBe("205104");
    expect(result.city).toBeUndefined();
  });
});

describe("embedded data lookup", () => {
  it("finds by name (tolerant) and by SCB code", () => {
    expect(findEmbeddedUnit("upplands-väsby")?.population).toBe(45543);
    expect(findEmbeddedUnit("0180")?.population).toBe(962154);
    expect(findEmbeddedUnit(180)?.name).toBe("Stockholm");
    expect(findEmbeddedUnit("Sthlm kn rest*")?.population).toBe(2446);
    expect(findEmbeddedUnit("Farsta")?.kind).toBe("district");
    expect(findEmbeddedUnit("Atlantis")).toBeUndefined();
  });

  it("has 26 municipalities with unique SCB codes of Stockholm county (01xx)", () => {
    const codes = MUNICIPALITIES_2018.map((m) => m.code);
    expect(new Set(codes).size).toBe(26);
    codes.forEach((code) => expect(code).toMatch(/^01\d\d$/));
  });
});
