import { COUNTY_2018, AGREEMENT_2020 } from "../../src/data";
import { louAllocation, roundHalfAwayFromZero } from "../../src/engine";
import { ANNEX_DEVIATIONS, annexDistricts, annexMunicipalities } from "../helpers/bilaga3";

const allocation = louAllocation(COUNTY_2018, {
  threshold: AGREEMENT_2020.louThreshold.value,
  years: AGREEMENT_2020.contractYears.value,
});
const whole = (value: { toString(): string }) => roundHalfAwayFromZero(value.toString()).toNumber();
const percent = (fraction: { times(n: number): { toString(): string } }) =>
  roundHalfAwayFromZero(fraction.times(100).toString(), 2).toNumber();

describe("Bilaga 3 reproduced by the engine, cell by cell", () => {
  const annexM = annexMunicipalities();
  const annexD = annexDistricts();

  it("takes Södermalm incl. rest as the largest unit, paying exactly the threshold", () => {
    expect(allocation.largestUnit.name).toBe("Södermalm");
    expect(allocation.largestUnit.population.toFixed(4)).toBe("130365.4166");
    const södermalm = allocation.city!.districts.find((d) => d.name === "Södermalm")!;
    expect(södermalm.forPeriod.toString()).toBe("615312");
    expect(allocation.ratePerInhabitantPerYear.toFixed(3)).toBe("0.590");
    // The annex's own example rounds the divisor: (615 312 / 130 365) / 8 ≈ 0,589 (truncated)
    expect(allocation.ratePerInhabitantPerYear.toDecimalPlaces(3, 1).toString()).toBe("0.589");
  });

  it("has the annex's 26 municipalities in its order", () => {
    expect(allocation.municipalities.map((m) => m.name)).toEqual(annexM.rows.map((r) => r.name));
  });

  describe.each(annexM.rows.map((row) => [row.name, row] as const))("municipality %s", (name, row) => {
    const computed = allocation.municipalities.find((m) => m.name === name)!;
    it("population and share (2 decimals) exactly", () => {
      expect(computed.population.toNumber()).toBe(row.population);
      expect(percent(computed.share)).toBe(row.sharePercent);
    });
    it("Summa/år to the krona", () => {
      expect(whole(computed.perYear)).toBe(row.perYear);
    });
    it("Summa totalt to the krona, or the pinned annex deviation", () => {
      const expected = ANNEX_DEVIATIONS.municipalityForPeriod[name] ?? row.forPeriod;
      expect(whole(computed.forPeriod)).toBe(expected);
      if (name in ANNEX_DEVIATIONS.municipalityForPeriod) expect(Math.abs(expected - row.forPeriod)).toBe(1);
    });
  });

  it("municipality total row: population, 100 %, Summa/år exact; Summa totalt the pinned 2 kr deviation", () => {
    expect(allocation.total.population.toNumber()).toBe(annexM.total.population);
    expect(whole(allocation.total.perYear)).toBe(annexM.total.perYear);
    expect(whole(allocation.total.forPeriod)).toBe(ANNEX_DEVIATIONS.municipalityTotalForPeriod);
    expect(annexM.total.forPeriod).toBe(11064034);
    expect(allocation.total.forPeriod.toFixed(2)).toBe("11064035.73");
  });

  describe.each(annexD.rows.map((row) => [row.name, row] as const))("district %s", (name, row) => {
    const computed = allocation.city!.districts.find((d) => d.name === name)!;
    it("population incl. rest and both shares exactly", () => {
      expect(computed.population.toNumber()).toBe(row.population);
      expect(whole(computed.populationIncludingRest)).toBe(row.populationIncludingRest);
      expect(percent(computed.shareOfCity)).toBe(row.shareOfCityPercent);
      expect(percent(computed.shareOfCounty)).toBe(row.shareOfCountyPercent);
    });
    it("Summa/år to the krona", () => {
      expect(whole(computed.perYear)).toBe(row.perYear);
    });
    it("Summa totalt to the krona, or the pinned annex deviation", () => {
      const expected = ANNEX_DEVIATIONS.districtForPeriod[name] ?? row.forPeriod;
      expect(whole(computed.forPeriod)).toBe(expected);
      if (name in ANNEX_DEVIATIONS.districtForPeriod) expect(Math.abs(expected - row.forPeriod!)).toBe(1);
    });
  });

  it("district total row: the city total, 100 % and 41,05 %; Summa totalt the pinned deviation", () => {
    const city = allocation.city!;
    expect(city.population.toNumber()).toBe(annexD.total.populationIncludingRest);
    expect(city.rest.toNumber()).toBe(annexD.rest.population);
    expect(whole(city.totalPerYear)).toBe(annexD.total.perYear);
    expect(whole(city.totalForPeriod)).toBe(ANNEX_DEVIATIONS.districtTotalForPeriod);
    const stockholm = allocation.municipalities.find((m) => m.name === "Stockholm")!;
    expect(percent(stockholm.share)).toBe(annexD.total.shareOfCountyPercent);
  });

  it("the pinned deviations are exactly the README's list, and no more", () => {
    expect(Object.keys(ANNEX_DEVIATIONS.municipalityForPeriod).length + Object.keys(ANNEX_DEVIATIONS.districtForPeriod).length).toBe(7);
  });

  it("plain rounding of populations incl. rest sums to 962 152, two short of the city's 962 154", () => {
    const rounded = allocation.city!.districts.reduce((sum, d) => sum + whole(d.populationIncludingRest), 0);
    expect(rounded).toBe(962152);
  });
});

describe("figures quoted in the other papers", () => {
  it("Farsta pays 35 028 kr a year (000)", () => {
    const farsta = allocation.city!.districts.find((d) => d.name === "Farsta")!;
    expect(whole(farsta.perYear)).toBe(35028);
  });
});
