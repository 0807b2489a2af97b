import type { CountyPopulation } from "../../engine";

/*
 * Where the rows and columns of the tables are: Kommuner and Stadsdelar (with the LOU model's
 * columns when the plan has one), a part per user's sheet and a part by population's sheet (the same
 * rows on every such sheet of a plan). Every table's header is on row 4.
 */

export interface TableLayout {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly col: Readonly<Record<string, number>>;
  readonly lastColumn: number;
}

export interface Layout {
  readonly municipalities: TableLayout & { readonly cityRow: number };
  readonly districts?: TableLayout & { readonly restRow: number };
  /** A part per user's sheet: one row per procuring unit (ctx.units), then the total row and the Region/municipal split. */
  readonly perUser: { readonly header: number; readonly first: number; readonly last: number; readonly total: number; readonly split: number };
  /** A part by population's sheet: the municipalities' table, then (with a divided city) its districts'. */
  readonly populationShare: {
    readonly municipalities: { readonly header: number; readonly first: number; readonly last: number; readonly total: number };
    readonly districts?: { readonly header: number; readonly first: number; readonly last: number; readonly total: number };
    /** The column of the cost a unit pays: exact (annex) or adding up. */
    readonly costColumn: number;
  };
}

const columns = (keys: readonly string[]): { col: Record<string, number>; lastColumn: number } => ({
  col: Object.fromEntries(keys.map((key, index) => [key, index])),
  lastColumn: keys.length - 1,
});

/** Rows of the tables; Kommuner and Stadsdelar have the money and change columns only with the LOU model (`lou`). */
export function layoutFor(county: CountyPopulation, cityIndex: number, addsUp: boolean, lou: boolean): Layout {
  const money = !lou ? [] : addsUp ? ["perYearExact", "perYearRounded", "forPeriodExact", "forPeriodRounded"] : ["perYearExact", "forPeriodExact"];
  const change = lou ? ["previous", "change", "changePercent"] : [];
  const n = county.municipalities.length;
  const municipalities = {
    header: 4,
    first: 5,
    last: 4 + n,
    total: 5 + n,
    cityRow: cityIndex >= 0 ? 5 + cityIndex : -1,
    ...columns(["name", "code", "population", "share", ...money, ...change]),
  };
  const procuring = n - (cityIndex >= 0 ? 1 : 0) + (county.dividedCity?.districts.length ?? 0);
  const perUser = { header: 4, first: 5, last: 4 + procuring, total: 5 + procuring, split: 7 + procuring };
  // A part by population: in addsUp mode a note on the rounding follows each table, so the next starts a row later.
  const gap = addsUp ? 4 : 2;
  const m2026 = { header: 9, first: 10, last: 9 + n, total: 10 + n };
  const d2026 = county.dividedCity
    ? { header: m2026.total + gap, first: m2026.total + gap + 1, last: m2026.total + gap + county.dividedCity.districts.length, total: m2026.total + gap + 1 + county.dividedCity.districts.length }
    : undefined;
  const populationShare = { municipalities: m2026, ...(d2026 ? { districts: d2026 } : {}), costColumn: addsUp ? 4 : 3 };
  if (!county.dividedCity) return { municipalities, perUser, populationShare };
  const d = county.dividedCity.districts.length;
  const districts = {
    header: 4,
    first: 5,
    last: 4 + d,
    restRow: 5 + d,
    total: 6 + d,
    ...columns(["name", "population", "inclRestExact", ...(addsUp ? ["inclRestRounded"] : []), "shareOfCity", "shareOfCounty", ...money, ...change]),
  };
  return { municipalities, districts, perUser, populationShare };
}
