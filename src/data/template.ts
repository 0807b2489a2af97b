import { COUNTY_MUNICIPALITIES, DIVIDED_CITY_CODE } from "./layouts";
import { layoutOn } from "./completeness";
import type { DistrictLayout } from "./layouts";

/*
 * Today's county as a population table to fill in (issue 11): the 26 municipalities with their SCB
 * codes, Stockholm, the districts of the layout in force on the chosen date, and the rest post. The
 * same rows as a CSV file (`npm run workbook -- --template FILE.csv --date …`) or an Excel table
 * (the pane); read back with the population rules, the date in its own column.
 */

export type TemplateKind = "kommun" | "stadsdel" | "rest";

export interface TemplateRow {
  readonly name: string;
  readonly kind: TemplateKind;
  readonly code?: string;
}

export interface CountyTemplate {
  /** The date the population will be of (ISO): it chooses the district layout. */
  readonly date: string;
  readonly layout: DistrictLayout;
  readonly rows: readonly TemplateRow[];
}

/** The rest post's name as Bilaga 3 writes it. */
export const REST_POST_NAME = "Sthlm kn rest";

export function countyTemplate(isoDate: string): CountyTemplate {
  const layout = layoutOn(isoDate);
  const municipalities = COUNTY_MUNICIPALITIES.filter((m) => m.code !== DIVIDED_CITY_CODE);
  const stockholm = COUNTY_MUNICIPALITIES.find((m) => m.code === DIVIDED_CITY_CODE)!;
  return {
    date: isoDate,
    layout,
    rows: [
      ...municipalities.map((m) => ({ name: m.name, kind: "kommun" as const, code: m.code })),
      { name: stockholm.name, kind: "kommun", code: stockholm.code },
      ...layout.districts.map((name) => ({ name, kind: "stadsdel" as const })),
      { name: REST_POST_NAME, kind: "rest" },
    ],
  };
}
