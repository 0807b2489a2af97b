import { readFileSync } from "fs";
import { join } from "path";

/** Bilaga 3 as plain numbers (test/fixtures/bilaga3/*.csv, copied from shared/reference). */
export interface AnnexMunicipalityRow {
  name: string;
  population: number;
  sharePercent: number;
  perYear: number;
  forPeriod: number;
}

export interface AnnexDistrictRow {
  name: string;
  population: number;
  populationIncludingRest: number | null;
  shareOfCityPercent: number | null;
  shareOfCountyPercent: number | null;
  perYear: number | null;
  forPeriod: number | null;
}

export const FIXTURES = join(__dirname, "..", "fixtures");

function rows(file: string): string[][] {
  return readFileSync(join(FIXTURES, "bilaga3", file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));
}

const num = (cell: string): number | null => (cell === "" ? null : Number(cell));

export function annexMunicipalities(): { rows: AnnexMunicipalityRow[]; total: AnnexMunicipalityRow } {
  const all = rows("bilaga3-kommuner.csv").map(([name, population, share, perYear, forPeriod]) => ({
    name,
    population: Number(population),
    sharePercent: Number(share),
    perYear: Number(perYear),
    forPeriod: Number(forPeriod),
  }));
  return { rows: all.slice(0, -1), total: all[all.length - 1] };
}

export function annexDistricts(): { rows: AnnexDistrictRow[]; rest: AnnexDistrictRow; total: AnnexDistrictRow } {
  const all = rows("bilaga3-stadsdelar.csv").map(([name, population, inclRest, city, county, perYear, forPeriod]) => ({
    name,
    population: Number(population),
    populationIncludingRest: num(inclRest),
    shareOfCityPercent: num(city),
    shareOfCountyPercent: num(county),
    perYear: num(perYear),
    forPeriod: num(forPeriod),
  }));
  return { rows: all.slice(0, -2), rest: all[all.length - 2], total: all[all.length - 1] };
}

/**
 * The cells where the printed annex departs from its own stated method (see
 * test/fixtures/bilaga3/README.md): exact computation gives a different whole krona.
 * Pinned here so that nothing else can hide in a tolerance.
 */
export const ANNEX_DEVIATIONS = {
  municipalityForPeriod: { "Upplands Väsby": 214959, "Upplands-Bro": 135726, Stockholm: 4541273 } as Record<string, number>,
  districtForPeriod: { Norrmalm: 339753, Skarpnäck: 219689, "Spånga-Tensta": 185047, Älvsjö: 144702 } as Record<string, number>,
  municipalityTotalForPeriod: 11064036,
  districtTotalForPeriod: 4541273,
};
