import type { CountyPopulation } from "../src/engine";
import { parsePopulationCsv } from "../src/files/populationCsv";
import { buildWorkbookPlan, defaultPlanOptions } from "../src/workbook";
import type { RoundingMode } from "../src/workbook";
import { writePlanToXlsx } from "../src/files/xlsx";
import { benchCounties, best, syntheticCounty } from "./common";

/*
 * The .xlsx writer: time to turn a built plan (every sheet) into .xlsx bytes with ExcelJS, for the
 * embedded county (40 rows) and a synthetic county of 290 municipalities, both rounding modes; the
 * file size; and the time to read a population CSV of that size. Best of a few runs after a warm-up;
 * printed, never asserted. Target: well under a second for 290 municipalities.
 */

/**
 * The county as the population CSV of the headless command would hold it; the divided city is
 * written as Stockholm (0180), the only city the file format divides (as Bilaga 3 does).
 */
function countyCsv(county: CountyPopulation): string {
  const lines = ["namn;typ;invånare;kod"];
  for (const unit of county.municipalities) {
    const city = unit.name === county.dividedCity?.name;
    lines.push(`${city ? "Stockholm" : unit.name};kommun;${Number(unit.population).toLocaleString("sv-SE")};${city ? "0180" : (unit.code ?? "")}`);
  }
  for (const unit of county.dividedCity?.districts ?? []) lines.push(`${unit.name};stadsdel;${Number(unit.population).toLocaleString("sv-SE")};`);
  if (county.dividedCity) lines.push(`Rest;rest;${Number(county.dividedCity.rest).toLocaleString("sv-SE")};`);
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [label, county] of benchCounties()) {
    for (const rounding of ["annex", "addsUp"] as RoundingMode[]) {
      const plan = buildWorkbookPlan(defaultPlanOptions("sv", { rounding, ...(county ? { county } : {}) }));
      const ms = await best(5, () => writePlanToXlsx(plan));
      const bytes = (await writePlanToXlsx(plan)).length;
      const key = `xlsx.${label}.${rounding}`;
      figures[`${key}.writeMs`] = Number(ms.toFixed(1));
      figures[`${key}.bytes`] = bytes;
      console.log(`xlsx write ${label} (${rounding}): ${ms.toFixed(1)} ms, ${(bytes / 1024).toFixed(1)} KB`);
    }
  }
  const text = countyCsv(syntheticCounty(290));
  const csvMs = await best(10, () => {
    const result = parsePopulationCsv(text, { file: "synthetic.csv" });
    if (!result.ok) throw new Error(result.issues[0].message);
  });
  figures["csv.synthetic290.readMs"] = Number(csvMs.toFixed(2));
  console.log(`population CSV read, 290 municipalities + 14 districts: ${csvMs.toFixed(2)} ms`);
  return figures;
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
