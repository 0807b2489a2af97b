import { readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { checkTables } from "../src/check";
import type { CellGrid } from "../src/check";
import { csvTextToRows, readGrids } from "../src/files/checkReaders";
import { louAllocation } from "../src/engine/county";

/*
 * The table checker: time to check both annex tables as printed (text cells, parameters inferred)
 * and with the parameters given, median of repeated runs after a warm-up; and the time to read the
 * printed annex .xlsx and check it (as `npm run check` does, less process start). Printed, never
 * asserted. Target: well under 100 ms per check of the annex. Issue 10: a workbook of 290
 * municipalities computed with formulas from a parameter sheet, checked with its formulas and as
 * values only (the same grids without them), in one run: the formula checks' cost as a ratio.
 */

const BILAGA3 = path.resolve(__dirname, "..", "test", "fixtures", "bilaga3");
const XLSX = path.resolve(__dirname, "..", "test", "fixtures", "check", "bilaga3-tryckt.xlsx");
const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(action: () => void): number {
  action();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

/** 290 municipalities (as many as Sweden has) on a formula sheet, and the parameter sheet it refers to. */
export function formulaWorkbook(count = 290): CellGrid[] {
  const municipalities = Array.from({ length: count }, (_, index) => ({ name: `Kommun ${index + 1}`, population: 2_500 + ((index * 7_919) % 240_000) }));
  const allocation = louAllocation({ municipalities }, { threshold: 700_000, years: 8 });
  const parameters: CellGrid = {
    sheet: "Parametrar",
    values: [
      ["Gränsbelopp", 700_000],
      ["År", 8],
      ["Största enhet", allocation.largestUnit.population.toNumber()],
      ["Kr per invånare och period", allocation.ratePerInhabitantForPeriod.toNumber()],
      ["Kr per invånare och år", allocation.ratePerInhabitantPerYear.toNumber()],
      ["Invånare i länet", allocation.countyPopulation.toNumber()],
    ],
    formulas: [[null, null], [null, null], [null, `=MAX(Kommuner!B2:B${count + 1})`], [null, "=B1/B3"], [null, "=B4/B2"], [null, `=SUM(Kommuner!B2:B${count + 1})`]],
  };
  const last = count + 1;
  const rows = allocation.municipalities.map((unit, index) => {
    const r = index + 2;
    return {
      values: [unit.name, unit.population.toNumber(), unit.share.toNumber(), unit.perYear.toNumber(), unit.forPeriod.toNumber()],
      formulas: [null, null, `=B${r}/Parametrar!$B$6`, `=B${r}*Parametrar!$B$5`, `=B${r}*Parametrar!$B$4`],
    };
  });
  const table: CellGrid = {
    sheet: "Kommuner",
    values: [
      ["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"],
      ...rows.map((row) => row.values),
      ["Totalt", allocation.countyPopulation.toNumber(), 1, allocation.total.perYear.toNumber(), allocation.total.forPeriod.toNumber()],
    ],
    numberFormats: Array.from({ length: count + 2 }, () => [null, "#,##0", "0.00%", '#,##0 "kr"', '#,##0 "kr"']),
    formulas: [[null, null, null, null, null], ...rows.map((row) => row.formulas), [null, `=SUM(B2:B${last})`, `=SUM(C2:C${last})`, `=SUM(D2:D${last})`, `=SUM(E2:E${last})`]],
  };
  return [table, parameters];
}

export async function run(): Promise<Record<string, number>> {
  const grids: CellGrid[] = ["bilaga3-kommuner-tryckt.csv", "bilaga3-stadsdelar-tryckt.csv"].map((file) => ({
    sheet: file,
    values: csvTextToRows(readFileSync(path.join(BILAGA3, file), "utf8")),
  }));
  let findings = 0;
  const inferredMs = time(() => {
    findings = checkTables(grids).findings.length;
  });
  const givenMs = time(() => {
    checkTables(grids, { threshold: 615312, years: 8 });
  });
  const xlsxTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    checkTables(await readGrids(XLSX));
    xlsxTimes.push(performance.now() - start);
  }
  const xlsxMs = Math.round(median(xlsxTimes) * 100) / 100;
  // 290 municipalities: with formulas, and the same values without them, timed in one run.
  const withFormulas = formulaWorkbook();
  const valuesOnly = withFormulas.map(({ formulas: _formulas, ...grid }) => grid);
  let formulasChecked = 0;
  const formulas290Ms = time(() => {
    formulasChecked = checkTables(withFormulas).counts.formulas;
  });
  const values290Ms = time(() => {
    checkTables(valuesOnly);
  });
  const ratio = Math.round((formulas290Ms / values290Ms) * 100) / 100;
  console.log(`check both annex tables (parameters inferred): ${inferredMs} ms median of ${RUNS} (target well under 100 ms); ${findings} findings`);
  console.log(`check both annex tables (parameters given):    ${givenMs} ms`);
  console.log(`read the printed annex .xlsx and check it:     ${xlsxMs} ms`);
  console.log(`check 290 municipalities with formulas:        ${formulas290Ms} ms (${formulasChecked} formulas)`);
  console.log(`check the same 290 as values only:             ${values290Ms} ms; formulas cost ${ratio}× the values-only check`);
  return { checkAnnexMs: inferredMs, checkAnnexGivenMs: givenMs, checkAnnexXlsxMs: xlsxMs, check290FormulasMs: formulas290Ms, check290ValuesMs: values290Ms, check290FormulaRatio: ratio };
}

if (require.main === module) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
