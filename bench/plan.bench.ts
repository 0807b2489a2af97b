import { buildWorkbookPlan, defaultPlanOptions, planFormulas } from "../src/workbook";
import type { RoundingMode } from "../src/workbook";
import { benchCounties, best } from "./common";

/*
 * The workbook plan builder: time to build the whole plan (every sheet) for the embedded county
 * (26 municipalities, 14 districts: 40 rows) and for a synthetic county of 290 municipalities, one
 * of them divided into 14 districts, in both rounding modes; and the number of formula cells, and the
 * longest formula (the adds-up rows carry the largest-remainder rule in one formula), and the build's
 * cost per formula cell (the plan's whole time divided by its formula cells, to compare plans of
 * different sizes). Printed, never asserted. Target: well under 100 ms per plan for 290 municipalities.
 */

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [label, county] of benchCounties()) {
    for (const rounding of ["annex", "addsUp"] as RoundingMode[]) {
      const options = defaultPlanOptions("sv", { rounding, ...(county ? { county } : {}) });
      const ms = await best(10, () => buildWorkbookPlan(options));
      const plan = buildWorkbookPlan(options);
      const formulas = [...planFormulas(plan)];
      const longest = Math.max(...formulas.map((f) => f.cell.formula.length));
      const key = `plan.${label}.${rounding}`;
      figures[`${key}.buildMs`] = Number(ms.toFixed(2));
      figures[`${key}.formulaCells`] = formulas.length;
      figures[`${key}.longestFormulaChars`] = longest;
      figures[`${key}.usPerFormulaCell`] = Number(((ms * 1000) / formulas.length).toFixed(2));
      console.log(
        `plan build ${label} (${rounding}): ${ms.toFixed(2)} ms, ${formulas.length} formula cells, ${figures[`${key}.usPerFormulaCell`]} µs per formula cell, longest formula ${longest} characters (Excel's limit 8 192)`,
      );
    }
  }
  return figures;
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
