/// <reference types="custom-functions-runtime" />
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";

/*
 * The custom functions: time for 10 000 evaluations of each, called as Excel calls them (numbers,
 * null for omitted arguments), beside the same formula in plain JavaScript numbers (the ratio is
 * the price of exact decimals); an allocation over 290 weights likewise; and the gzip size of the
 * production functions.js. Targets, printed and never asserted: 10 000 evaluations well under
 * 100 ms; functions.js ≤ 60 KB gzip.
 */

const ROOT = path.resolve(__dirname, "..");
const EVALUATIONS = 10_000;

// What Excel's runtime provides; the functions only touch it when refusing input.
Object.assign(globalThis, {
  CustomFunctions: {
    Error: class extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  },
});

/**
 * Milliseconds for `count` calls of `fn(i)`: the best of five runs after a warm-up (other work on a
 * shared 2-core machine only ever adds time); the results are kept so nothing is optimised away.
 */
function time(count: number, fn: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 2000); i += 1) sink += Number(fn(i)) || 0;
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) sink += Number(fn(i)) || 0;
    best = Math.min(best, performance.now() - start);
  }
  if (sink === Number.NEGATIVE_INFINITY) console.log(sink);
  return best;
}

/** Largest remainder on JS numbers: the plain counterpart of ALLOCATE (whole units). */
function plainAllocate(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (amount * w) / sum);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - parts[index] })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}

function newest(dir: string): number {
  return Math.max(
    ...fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs;
    }),
  );
}

/** dist/functions.js when it is up to date, else a functions-only production build in a temp dir. */
function functionsBundle(): string {
  const dist = path.join(ROOT, "dist", "functions.js");
  const sources = ["src/functions", "src/engine", "src/data", "src/i18n"].map((dir) => newest(path.join(ROOT, dir)));
  if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= Math.max(...sources)) return dist;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-bench-"));
  console.log("functions.js missing or stale in dist/: building it (functions only) …");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "functionsOnly", "--output-path", out], {
    cwd: ROOT,
    stdio: "pipe",
  });
  return path.join(out, "functions.js");
}

export async function run(): Promise<Record<string, number>> {
  const f = await import("../src/functions/functions");
  const largest = 130365.41666;
  const pop = (i: number) => 10000 + (i % 120000);
  const cases: { key: string; decimal: (i: number) => unknown; plain: (i: number) => number }[] = [
    { key: "LOUCOSTPERYEAR", decimal: (i) => f.louCostPerYear(pop(i), null, null, null), plain: (i) => (pop(i) * 615312) / largest / 8 },
    { key: "LOUCOSTFORPERIOD", decimal: (i) => f.louCostForPeriod(pop(i), null, null), plain: (i) => (pop(i) * 615312) / largest },
    { key: "LOURATEPERYEAR", decimal: (i) => f.louRatePerYear(largest + (i % 1000), null, null), plain: (i) => 615312 / (largest + (i % 1000)) / 8 },
    { key: "POPULATIONWITHREST", decimal: (i) => f.populationWithRest(pop(i), null, null), plain: (i) => pop(i) + (2446 * pop(i)) / 959708 },
    { key: "SUPPORTCOST", decimal: (i) => f.supportCost(i % 5000, null, null), plain: (i) => ((i % 5000) * 3250000) / 13000 },
    { key: "MUNICIPALCOST2026", decimal: (i) => f.municipalCost2026(pop(i), null, null, null), plain: (i) => (pop(i) / 2344124) * 26000000 * 0.19 },
    { key: "ALLOCATE_3", decimal: (i) => f.allocate(1000 + i, [[1], [2], [3]], null)[0][0], plain: (i) => plainAllocate(1000 + i, [1, 2, 3])[0] },
    { key: "POPULATION2018", decimal: (i) => f.population2018(i % 2 ? "Farsta" : "0180", null), plain: (i) => (i % 2 ? 59219 : 962154) },
  ];
  const figures: Record<string, number> = {};
  for (const { key, decimal, plain } of cases) {
    const ms = time(EVALUATIONS, decimal);
    const plainMs = time(EVALUATIONS, plain);
    const name = key.toLowerCase();
    figures[`fn_${name}_10k_ms`] = Number(ms.toFixed(2));
    figures[`fn_${name}_us_per_call`] = Number(((ms * 1000) / EVALUATIONS).toFixed(3));
    figures[`fn_${name}_ratio_decimal_plain`] = Number((ms / Math.max(plainMs, 0.001)).toFixed(1));
    console.log(`SVV.${key}: ${ms.toFixed(1)} ms / ${EVALUATIONS} evaluations, ${figures[`fn_${name}_us_per_call`]} µs a call (plain JS ${plainMs.toFixed(2)} ms, ratio ${figures[`fn_${name}_ratio_decimal_plain`]}) — target well under 100 ms`);
  }

  const weights = Array.from({ length: 290 }, (_, i) => [1000 + ((i * 7919) % 130000)]);
  const flat = weights.map(([w]) => w);
  const rounds = 100;
  const allocationMs = time(rounds, (i) => f.allocate(26000000 + i, weights, null)[0][0]) / rounds;
  const allocationPlainMs = time(rounds, (i) => plainAllocate(26000000 + i, flat)[0]) / rounds;
  figures.allocate_290_ms = Number(allocationMs.toFixed(3));
  figures.allocate_290_ratio_decimal_plain = Number((allocationMs / Math.max(allocationPlainMs, 0.0001)).toFixed(1));
  console.log(`SVV.ALLOCATE over 290 weights: ${allocationMs.toFixed(2)} ms each (plain JS ${allocationPlainMs.toFixed(3)} ms, ratio ${figures.allocate_290_ratio_decimal_plain})`);

  const bundle = functionsBundle();
  const raw = fs.readFileSync(bundle);
  figures.functions_js_kb = Number((raw.length / 1024).toFixed(1));
  figures.functions_js_gzip_kb = Number((gzipSync(raw, { level: 9 }).length / 1024).toFixed(1));
  console.log(`functions.js: ${figures.functions_js_kb} KB, ${figures.functions_js_gzip_kb} KB gzip (target ≤ 60 KB gzip)`);
  return figures;
}
