import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { performance } from "perf_hooks";
import { checkTables } from "../src/check";
import type { CellGrid } from "../src/check";
import { csvTextToRows, readGrids } from "../src/files/checkReaders";
import { louAllocation } from "../src/engine/county";
import { Decimal } from "../src/engine/decimal";
import { printedDistricts, printedMunicipalities } from "../test/fixtures/check/generate";

/*
 * The table checker: time to check both annex tables as printed (text cells, parameters inferred)
 * and with the parameters given, median of repeated runs after a warm-up; and the time to read the
 * printed annex .xlsx and check it (as `npm run check` does, less process start). Printed, never
 * asserted. Target: well under 100 ms per check of the annex. Issue 10: a workbook of 290
 * municipalities computed with formulas from a parameter sheet, checked with its formulas and as
 * values only (the same grids without them), in one run: the formula checks' cost as a ratio.
 * Issue 18: the printed annex with 8 000 junk rows below the municipality table (notes, numbers, a
 * dash: 40 000 used cells) against the clean annex, checked from its grids (target: at most twice
 * the clean table's time) and read from the .xlsx and checked; and the same with 8 000 rows of
 * formatting only (borders, a number format, a blank), which a used range counts but hold nothing.
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

/** The printed annex as an .xlsx, with `junk` rows below the municipality table after an empty row: text and numbers, or formatting only. */
async function annexWithJunk(junk: number, kind: "text" | "formatting"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const put = (sheet: ExcelJS.Worksheet, rows: string[][]) => rows.forEach((row, r) => row.forEach((value, c) => value !== "" && (sheet.getCell(r + 1, c + 1).value = value)));
  const municipalities = workbook.addWorksheet("Kommuner");
  put(municipalities, printedMunicipalities());
  put(workbook.addWorksheet("Stadsdelar"), printedDistricts());
  for (let i = 0; i < junk; i++) {
    const row = municipalities.getRow(31 + i);
    if (kind === "text") row.values = [`Anteckning ${i}`, (i * 7919) % 100000, `x${i % 13}`, i / 7, "–"];
    else for (let c = 1; c <= 5; c++) Object.assign(row.getCell(c), { border: { top: { style: "thin" } }, numFmt: "0.00" });
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-junk-")), `annex-${kind}-${junk}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Median of 5 runs of `action` after a warm-up, in ms. */
async function timeAsync(action: () => Promise<unknown>): Promise<number> {
  await action();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

/** Issue 18's junk sheet: the times with 8 000 junk rows against the clean annex's, and their ratios. */
async function junkFigures(): Promise<Record<string, number>> {
  const [clean, text, formatting] = [await annexWithJunk(0, "text"), await annexWithJunk(8000, "text"), await annexWithJunk(8000, "formatting")];
  const [cleanGrids, junkGrids] = [await readGrids(clean), await readGrids(text)];
  const cleanCheckMs = time(() => checkTables(cleanGrids));
  const junkCheckMs = time(() => checkTables(junkGrids));
  const cleanFileMs = await timeAsync(async () => checkTables(await readGrids(clean)));
  const junkFileMs = await timeAsync(async () => checkTables(await readGrids(text)));
  const formattingFileMs = await timeAsync(async () => checkTables(await readGrids(formatting)));
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  console.log(`check the annex with 8 000 junk rows:          ${junkCheckMs} ms against ${cleanCheckMs} ms clean: ${ratio(junkCheckMs, cleanCheckMs)}× (target at most 2×)`);
  console.log(`read and check it from the .xlsx:              ${junkFileMs} ms against ${cleanFileMs} ms clean: ${ratio(junkFileMs, cleanFileMs)}× (the file's 40 000 cells parsed)`);
  console.log(`8 000 rows of formatting only, from the .xlsx: ${formattingFileMs} ms: ${ratio(formattingFileMs, cleanFileMs)}× the clean annex`);
  return {
    checkJunkMs: junkCheckMs,
    checkJunkRatio: ratio(junkCheckMs, cleanCheckMs),
    checkJunkFileMs: junkFileMs,
    checkJunkFileRatio: ratio(junkFileMs, cleanFileMs),
    checkFormattingFileRatio: ratio(formattingFileMs, cleanFileMs),
  };
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
    checkTables(grids, { figures: { threshold: new Decimal(615312), years: new Decimal(8) } });
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
  return {
    checkAnnexMs: inferredMs,
    checkAnnexGivenMs: givenMs,
    checkAnnexXlsxMs: xlsxMs,
    check290FormulasMs: formulas290Ms,
    check290ValuesMs: values290Ms,
    check290FormulaRatio: ratio,
    ...(await junkFigures()),
  };
}

if (require.main === module) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
