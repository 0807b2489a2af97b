import { readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { checkTables } from "../src/check";
import type { CellGrid } from "../src/check";
import { csvTextToRows, readGrids } from "../src/files/checkReaders";

/*
 * The table checker: time to check both annex tables as printed (text cells, parameters inferred)
 * and with the parameters given, median of repeated runs after a warm-up; and the time to read the
 * printed annex .xlsx and check it (as `npm run check` does, less process start). Printed, never
 * asserted. Target: well under 100 ms per check of the annex.
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
  console.log(`check both annex tables (parameters inferred): ${inferredMs} ms median of ${RUNS} (target well under 100 ms); ${findings} findings`);
  console.log(`check both annex tables (parameters given):    ${givenMs} ms`);
  console.log(`read the printed annex .xlsx and check it:     ${xlsxMs} ms`);
  return { checkAnnexMs: inferredMs, checkAnnexGivenMs: givenMs, checkAnnexXlsxMs: xlsxMs };
}

if (require.main === module) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
