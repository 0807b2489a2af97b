import { readFileSync } from "fs";
import { join } from "path";
import { parsePopulationCsvFiles } from "../src/files/populationCsv";
import { buildWorkbookPlan, defaultPlanOptions } from "../src/workbook";
import type { RoundingMode } from "../src/workbook";
import { writePlanToXlsx } from "../src/files/xlsx";
import { benchCounties, best } from "./common";

/*
 * The .xlsx writer: time to turn a built plan (every sheet) into .xlsx bytes with ExcelJS, for the
 * embedded county (40 rows) and a synthetic county of 290 municipalities, both rounding modes; the
 * file size; and the time to read the population files of all 290 municipalities as SCB gives them. Best of a few runs after a warm-up;
 * printed, never asserted. Target: well under a second for 290 municipalities.
 */

/** SCB's BE0101N1 export (all 290 municipalities) and Stockholm stad's districts, as downloaded (test/fixtures/population). */
const DOWNLOADED = ["scb-be0101n1-2018.csv", "stockholm-stadsdelsomraden-2018.csv"].map((file) => ({
  file,
  input: readFileSync(join(__dirname, "..", "test", "fixtures", "population", file)),
}));

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
  // The county's population as economists get it: 290 municipalities read (264 of them left out as
  // not of the county) and the city's districts, the files' bytes as they come.
  const csvMs = await best(10, () => {
    const result = parsePopulationCsvFiles(DOWNLOADED);
    if (!result.ok) throw new Error(result.issues[0].message);
  });
  figures["csv.scb290.readMs"] = Number(csvMs.toFixed(2));
  console.log(`population CSV read, SCB's 290 municipalities + the city's districts: ${csvMs.toFixed(2)} ms`);
  return figures;
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
