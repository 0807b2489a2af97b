import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import webpack, { type Configuration } from "webpack";
import { systemTool } from "../test/helpers/system";
import { launchChromium, serveDirectory, ROOT } from "../test/browser/harness";

/*
 * The task pane's weight and speed beside its floor. The bench builds, with the project's own webpack
 * configuration and source maps, the add-in and a floor page (bench/floor/: nothing but the Fluent UI
 * components the pane uses, on React and the same theme); then it prints
 * - the gzip size of what taskpane.html loads first (its scripts, the shared-runtime functions
 *   included) — target ≤ 150 KB — and its ratio to the floor page's, and the ten largest modules of
 *   that first load (from the source maps: minified bytes per source file);
 * - the time to interactive of the preview page (the fill button enabled, which needs the pane
 *   rendered and the summary computed) and of the floor page (its button shown), in headless
 *   Chromium: cold, each load in a browser just started (target ≤ 400 ms median), and warm, loads
 *   after the first in one browser;
 * - beside them, the add-in's own page (taskpane.html, what Excel opens), with office.js replaced by
 *   a stand-in that says Excel is ready at once (there is no Office here): the pane without the
 *   preview's double of Excel and its grid, but with functions.js, as a user's Excel loads it.
 * Reported, never asserted (timings vary by machine). KB are 1 024 bytes.
 */

// A cold load's time varies by ±25 % on a 2-core machine: a median of 5 moved by 50 ms between runs
// of the same build, a median of 11 by less.
const COLD_LOADS = 11;
const WHICH = ["pane", "floor", "addin"] as const;
type Which = (typeof WHICH)[number];
const WARM_LOADS = 6;

type WebpackConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

/** The add-in as `npm run build` makes it, and the floor page with the same rules, both with source maps. */
async function build(out: string): Promise<{ pane: string; floor: string }> {
  const makeConfig = (await import(path.join(ROOT, "webpack.config.js"))) as { default?: WebpackConfigFactory } & WebpackConfigFactory;
  const paneConfig = await (makeConfig.default ?? makeConfig)({}, { mode: "production" });
  const pane = path.join(out, "pane");
  const floor = path.join(out, "floor");
  const floorConfig: Configuration = {
    mode: "production",
    context: ROOT,
    devtool: "hidden-source-map",
    entry: { floor: "./bench/floor/floor.tsx" },
    output: { path: floor, filename: "[name].js", clean: true },
    resolve: paneConfig.resolve,
    module: paneConfig.module,
    plugins: [new HtmlWebpackPlugin({ filename: "floor.html", template: "./bench/floor/floor.html" })],
    performance: { hints: false },
  };
  const configs: Configuration[] = [{ ...paneConfig, devtool: "hidden-source-map", output: { ...paneConfig.output, path: pane } }, floorConfig];
  await new Promise<void>((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  return { pane, floor };
}

function gzipKb(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/** The page's own scripts, in the order it loads them. */
function scriptsOf(dir: string, html: string): string[] {
  const text = fs.readFileSync(path.join(dir, html), "utf8");
  return [...text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

/** Minified bytes of each source file in a script, read from its source map. */
function bytesBySource(file: string, into: Map<string, number>): void {
  const code = fs.readFileSync(file, "utf8").split("\n");
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as RawSourceMap);
  let previous: { line: number; column: number; source: string } | undefined;
  const add = (source: string, bytes: number) => into.set(source, (into.get(source) ?? 0) + bytes);
  map.eachMapping(
    (mapping) => {
      if (previous) add(previous.source, (previous.line === mapping.generatedLine ? mapping.generatedColumn : code[previous.line - 1].length) - previous.column);
      previous = { line: mapping.generatedLine, column: mapping.generatedColumn, source: mapping.source ?? "(webpack)" };
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  if (previous) add(previous.source, code[previous.line - 1].length - previous.column);
}

/** "node_modules/react-dom/cjs/react-dom.production.min.js", "src/taskpane/i18n/strings.ts". */
function moduleName(source: string): string {
  const name = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\.\/)+/, "").replace(/^\.\//, "");
  const modules = name.lastIndexOf("node_modules/");
  if (modules >= 0) return name.slice(modules);
  // Code with no file of its own behind it (the bundler's runtime and what the build generates).
  return name === "." || name === "" ? "(generated by the build)" : name;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type Page = { readonly url: string; readonly ready: string; readonly officeStandIn?: boolean };

/**
 * What the add-in's page gets for office.js: Office ready at once in a Swedish Excel with every
 * requirement set, and CustomFunctions taking the functions' registrations (functions.js makes them
 * when it loads). The first view calls nothing more of it; a fill would fail, and is not timed.
 */
const OFFICE_STAND_IN = `(() => {
  const info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "sv-SE", requirements: { isSetSupported: () => true }, diagnostics: { host: "Excel", platform: "OfficeOnline", version: "bench" } },
    onReady: (callback) => Promise.resolve(info).then((ready) => { if (callback) callback(ready); return ready; }),
  };
  window.CustomFunctions = { associate() {}, Error: class extends Error {}, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  window.Excel = { run: () => Promise.reject(new Error("office.js stand-in")) };
})();`;
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";

/** Milliseconds from navigation to `ready` (a function on the page that is true once it is usable), in a page of `context`. */
async function timeToInteractive(context: Awaited<ReturnType<typeof launchChromium>>["context"], page: Page): Promise<number> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 320, height: 800 });
  if (page.officeStandIn) await tab.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_STAND_IN }));
  await tab.goto(page.url);
  const handle = await tab.waitForFunction(page.ready, undefined, { polling: "raf", timeout: 30_000 });
  const ms = Number(await handle.jsonValue());
  await tab.close();
  return ms;
}

export async function run(): Promise<Record<string, number>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-bench-pane-"));
  try {
    const dirs = await build(out);
    const initial = scriptsOf(dirs.pane, "taskpane.html");
    const entries = new Set(["taskpane.js", "preview.js", "functions.js"]);
    const later = fs.readdirSync(dirs.pane).filter((file) => file.endsWith(".js") && !entries.has(file));
    const initialKb = initial.reduce((sum, file) => sum + gzipKb(path.join(dirs.pane, file)), 0);
    const laterKb = later.reduce((sum, file) => sum + gzipKb(path.join(dirs.pane, file)), 0);
    const floorKb = scriptsOf(dirs.floor, "floor.html").reduce((sum, file) => sum + gzipKb(path.join(dirs.floor, file)), 0);
    const figures: Record<string, number> = {
      pane_initial_gzip_kb: Number(initialKb.toFixed(1)),
      pane_bundle_gzip_kb: Number((initialKb + laterKb).toFixed(1)),
      floor_gzip_kb: Number(floorKb.toFixed(1)),
      pane_floor_ratio: Number((initialKb / floorKb).toFixed(2)),
    };
    console.log(
      `pane first load (gzip): ${figures.pane_initial_gzip_kb} KB = ${initial.join(" + ")} (target ≤ 150 KB); the floor page ${figures.floor_gzip_kb} KB; ratio ${figures.pane_floor_ratio}`,
    );
    console.log(`  loaded later (${later.length} chunks, when used or once the page is idle): ${laterKb.toFixed(1)} KB`);
    const sizes = new Map<string, number>();
    for (const file of initial) bytesBySource(path.join(dirs.pane, file), sizes);
    console.log("  the first load's ten largest modules (minified):");
    for (const [source, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${moduleName(source)}`);

    const chromium = systemTool("chromium");
    if (!chromium.available) {
      console.log("time to interactive: skipped (no chromium)");
      return figures;
    }
    const servers = { pane: await serveDirectory(dirs.pane), floor: await serveDirectory(dirs.floor) };
    const fillEnabled = '(() => { const fill = document.querySelector(\'[data-testid="fill"]\'); return fill && fill.getAttribute("aria-disabled") !== "true" ? performance.now() : false; })()';
    const pages: Record<Which, Page> = {
      pane: { url: `${servers.pane.origin}/preview.html`, ready: fillEnabled },
      floor: { url: `${servers.floor.origin}/floor.html`, ready: "document.querySelector('[data-testid=\"floor-ready\"]') ? performance.now() : false" },
      addin: { url: `${servers.pane.origin}/taskpane.html`, ready: fillEnabled, officeStandIn: true },
    };
    try {
      const cold: Record<Which, number[]> = { pane: [], floor: [], addin: [] };
      for (let i = 0; i < COLD_LOADS; i++) {
        for (const which of WHICH) {
          // Cold: a browser just started, with an empty profile (no HTTP or code cache).
          const browser = await launchChromium(chromium.path);
          try {
            cold[which].push(await timeToInteractive(browser.context, pages[which]));
          } finally {
            await browser.close();
          }
        }
      }
      const warm: Record<Which, number[]> = { pane: [], floor: [], addin: [] };
      const browser = await launchChromium(chromium.path);
      try {
        for (let i = 0; i < WARM_LOADS; i++) for (const which of WHICH) warm[which].push(await timeToInteractive(browser.context, pages[which]));
      } finally {
        await browser.close();
      }
      figures.pane_tti_cold_ms = Math.round(median(cold.pane));
      figures.floor_tti_cold_ms = Math.round(median(cold.floor));
      // The first warm load compiles what the others reuse: the median of the rest.
      figures.pane_tti_ms = Math.round(median(warm.pane.slice(1)));
      figures.floor_tti_ms = Math.round(median(warm.floor.slice(1)));
      figures.addin_tti_cold_ms = Math.round(median(cold.addin));
      figures.addin_tti_ms = Math.round(median(warm.addin.slice(1)));
      console.log(
        `time to interactive, preview page (headless Chromium): cold median ${figures.pane_tti_cold_ms} ms (floor page ${figures.floor_tti_cold_ms} ms; target ≤ 400 ms), warm median ${figures.pane_tti_ms} ms (floor ${figures.floor_tti_ms} ms)`,
      );
      const spread = (values: readonly number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
      console.log(`  cold loads, ${COLD_LOADS} each, alternating: the pane ${spread(cold.pane)} ms, the floor ${spread(cold.floor)} ms`);
      console.log(
        `time to interactive, the add-in's page (taskpane.html with functions.js, office.js a stand-in): cold median ${figures.addin_tti_cold_ms} ms (${spread(cold.addin)}), warm median ${figures.addin_tti_ms} ms`,
      );
    } finally {
      await servers.pane.close();
      await servers.floor.close();
    }
    return figures;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
