import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";

/*
 * The commands as a user starts them: the wall time of a whole `npm run workbook` process reading
 * SCB's national file (all 290 municipalities; the 264 outside the county are read and left out) and
 * the city's districts, as the README's "From SCB to a workbook" does, and of `npm run check` on the
 * workbook it wrote; each run as the
 * prebuilt bundle (scripts/commands.js, built beforehand) and, beside it, the same source run through
 * tsx as the commands ran before issue 19; and a bare `node -e 0`, the floor of any Node process.
 * Medians of RUNS runs after a warm-up. Printed, never asserted (the machine is shared).
 */

const ROOT = path.resolve(__dirname, "..");
const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall milliseconds of `node args…` run in ROOT as `npm run` would (INIT_CWD = where the user is); the exit status of the last run. */
function wallMs(args: readonly string[], env: NodeJS.ProcessEnv): { ms: number; status: number | null; stderr: string } {
  let last = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    last = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
    times.push(performance.now() - start);
  }
  return { ms: Math.round(median(times)), status: last.status, stderr: last.stderr };
}

/** SCB's BE0101N1 export (290 municipalities) and Stockholm stad's districts, as downloaded (test/fixtures/population). */
const POPULATION = ["scb-be0101n1-2018.csv", "stockholm-stadsdelsomraden-2018.csv"].map((file) => path.join(ROOT, "test", "fixtures", "population", file));

export async function run(): Promise<Record<string, number>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-bench-commands-"));
  const bundles = path.join(work, "bundles");
  const env = { ...process.env, INIT_CWD: work, KOSTNADSDELNING_COMMANDS_DIR: bundles };
  try {
    const buildStart = performance.now();
    const built = spawnSync(process.execPath, ["scripts/commands.js", "--build"], { cwd: ROOT, env, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`scripts/commands.js --build failed: ${built.stderr}`);
    const buildMs = Math.round(performance.now() - buildStart);
    const workbookArgs = ["workbook", ...POPULATION.flatMap((file) => ["--population", file]), "--out", "fordelning-290.xlsx"];
    const checkArgs = ["check", "fordelning-290.xlsx"];
    const tsx = [require.resolve("tsx/cli")];
    const runs = {
      node: wallMs(["-e", "0"], env),
      workbook: wallMs(["scripts/commands.js", ...workbookArgs], env),
      workbookTsx: wallMs([...tsx, "src/cli/workbook.ts", ...workbookArgs.slice(1)], env),
      check: wallMs(["scripts/commands.js", ...checkArgs], env),
      checkTsx: wallMs([...tsx, "src/cli/check.ts", ...checkArgs.slice(1)], env),
    };
    if (runs.workbook.status !== 0) throw new Error(`npm run workbook from SCB's 290 municipalities failed (${runs.workbook.status}): ${runs.workbook.stderr}`);
    const figures: Record<string, number> = {
      node_e0_ms: runs.node.ms,
      commands_bundle_build_ms: buildMs,
      workbook_290_ms: runs.workbook.ms,
      workbook_290_tsx_ms: runs.workbookTsx.ms,
      check_290_ms: runs.check.ms,
      check_290_tsx_ms: runs.checkTsx.ms,
    };
    console.log(`node -e 0:                                  ${runs.node.ms} ms (the floor of any Node process)`);
    console.log(`npm run workbook, SCB's 290 municipalities: ${runs.workbook.ms} ms whole process (through tsx as before: ${runs.workbookTsx.ms} ms)`);
    console.log(`npm run check of that workbook:             ${runs.check.ms} ms whole process (through tsx as before: ${runs.checkTsx.ms} ms; exit ${runs.check.status})`);
    console.log(`the commands' bundles built in              ${buildMs} ms (once, by npm run build or the first run)`);
    return figures;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
