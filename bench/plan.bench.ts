import { performance } from "perf_hooks";
import type { CountyPopulation } from "../src/engine";
import { buildWorkbookPlan, defaultPlanOptions, planFormulas } from "../src/workbook";
import type { RoundingMode } from "../src/workbook";

/*
 * The workbook plan builder: time to build the whole plan (every sheet) for the embedded county
 * (26 municipalities, 14 districts: 40 rows) and for a synthetic county of 290 municipalities, one
 * of them divided into 14 districts, in both rounding modes; and the number of formula cells, and the
 * longest formula (the adds-up rows carry the largest-remainder rule in one formula). Printed, never
 * asserted. Target: well under 100 ms per plan for 290 municipalities.
 */

/** A deterministic county of `count` municipalities (a small linear congruential generator). */
export function syntheticCounty(count: number): CountyPopulation {
  let seed = 20261122;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const districts = Array.from({ length: 14 }, (_, index) => ({ name: `Stadsdel ${index + 1}`, population: 20000 + Math.floor(next() * 120000) }));
  const rest = 2446;
  const cityPopulation = districts.reduce((sum, d) => sum + d.population, 0) + rest;
  const municipalities = Array.from({ length: count - 1 }, (_, index) => ({
    name: `Kommun ${index + 1}`,
    code: String(1000 + index),
    population: 2000 + Math.floor(next() * 150000),
  }));
  return {
    municipalities: [...municipalities, { name: "Storstad", code: "9999", population: cityPopulation }],
    dividedCity: { name: "Storstad", districts, rest },
  };
}

/** Best of `runs` (after a warm-up) in milliseconds: other work on the machine only adds time. */
function best(runs: number, fn: () => unknown): number {
  fn();
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const counties: [string, CountyPopulation | undefined][] = [
    ["county40", undefined],
    ["synthetic290", syntheticCounty(290)],
  ];
  for (const [label, county] of counties) {
    for (const rounding of ["annex", "addsUp"] as RoundingMode[]) {
      const options = defaultPlanOptions("sv", { rounding, ...(county ? { county } : {}) });
      const ms = best(10, () => buildWorkbookPlan(options));
      const plan = buildWorkbookPlan(options);
      const formulas = [...planFormulas(plan)];
      const longest = Math.max(...formulas.map((f) => f.cell.formula.length));
      const key = `plan.${label}.${rounding}`;
      figures[`${key}.buildMs`] = Number(ms.toFixed(2));
      figures[`${key}.formulaCells`] = formulas.length;
      figures[`${key}.longestFormulaChars`] = longest;
      console.log(
        `plan build ${label} (${rounding}): ${ms.toFixed(2)} ms, ${formulas.length} formula cells, longest formula ${longest} characters (Excel's limit 8 192)`,
      );
    }
  }
  return figures;
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
