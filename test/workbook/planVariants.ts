import { readFileSync } from "fs";
import { join } from "path";
import { COUNTY_2018, type AgreementDeclaration } from "../../src/data";
import { Decimal, type CountyPopulation } from "../../src/engine";
import { defaultPlanOptions } from "../../src/workbook";
import type { PlanOptions } from "../../src/workbook";

/*
 * Eight plans that between them use every option a plan is built from: both languages, both
 * rounding modes, the embedded county, a small county of its own, a partial county (with and without
 * its districts, with some sheets only), a budget year chosen (its threshold) and an agreement
 * declared only as data (70/30). planInvariants.test.ts states what must hold in each.
 */

const FIXED = { generatedAt: new Date("2026-11-22T08:00:00Z"), version: "9.9.9" };

/** A county without a divided city: three municipalities, one without a code. */
const SMALL_COUNTY: CountyPopulation = {
  municipalities: [
    { name: "Ankeby", code: "0001", population: 1000 },
    { name: "Borka", population: 2500 },
    { name: "Cederå", population: 333 },
  ],
};

/** The 2018 county without Nykvarn and Vaxholm, and without Farsta; Stockholm is its districts plus the rest. */
const PARTIAL_COUNTY: CountyPopulation = (() => {
  const city = COUNTY_2018.dividedCity!;
  const districts = city.districts.filter((d) => d.name !== "Farsta");
  const stockholm = districts.reduce((total, d) => total + Number(d.population), Number(city.rest));
  return {
    municipalities: COUNTY_2018.municipalities
      .filter((m) => m.name !== "Nykvarn" && m.name !== "Vaxholm")
      .map((m) => (m.name === city.name ? { ...m, population: stockholm } : m)),
    dividedCity: { ...city, districts },
  };
})();

/** The test agreement declared only as data: a 70/30 split shared by population and a part per user. */
const SPLIT_70_30 = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "agreements", "split-70-30.json"), "utf8")) as AgreementDeclaration;

export const PLAN_VARIANTS: Readonly<Record<string, PlanOptions>> = {
  "sv-annex": defaultPlanOptions("sv", { ...FIXED, rounding: "annex" }),
  "en-addsUp": defaultPlanOptions("en", { ...FIXED, rounding: "addsUp" }),
  "small-county-annex": defaultPlanOptions("sv", { ...FIXED, county: SMALL_COUNTY, rounding: "annex", previousCosts: { Borka: 1200 } }),
  "small-county-addsUp-en": defaultPlanOptions("en", { ...FIXED, county: SMALL_COUNTY, rounding: "addsUp", figures: { threshold: new Decimal(700000), years: new Decimal(5) } }),
  "partial-addsUp": defaultPlanOptions("sv", {
    ...FIXED,
    county: PARTIAL_COUNTY,
    referenceDate: "2024-12-31",
    rounding: "addsUp",
    previousCosts: { Solna: 40000, Norrmalm: 30000 },
    partial: { missingMunicipalities: ["Nykvarn", "Vaxholm"], missingDistricts: ["Farsta"], noDistricts: false },
    stockholmDerived: true,
  }),
  "partial-annex-some-sheets-en": defaultPlanOptions("en", {
    ...FIXED,
    county: PARTIAL_COUNTY,
    referenceDate: "2024-12-31",
    sheets: ["support", "sources"],
    partial: { missingMunicipalities: ["Nykvarn", "Vaxholm"], missingDistricts: ["Farsta"], noDistricts: true },
  }),
  "sv-year-2027": defaultPlanOptions("sv", { ...FIXED, year: 2027 }),
  "en-agreement-70-30-addsUp": defaultPlanOptions("en", { ...FIXED, agreements: [SPLIT_70_30], rounding: "addsUp", users: { Farsta: 17, Solna: 40 } }),
};
