import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { systemTool } from "../test/helpers/system";
import { launchChromium, productionBuild, serveDirectory } from "../test/browser/harness";

/*
 * The task pane's weight and speed: the gzip size of what taskpane.html loads (its scripts, the
 * shared-runtime functions chunk included, plus the chunks it loads on demand) — target ≤ 300 KB —
 * and the preview page's time to interactive in headless Chromium — target < 1 s. Reported, never
 * asserted (timings vary by machine).
 */

const ENTRY_FILES = new Set(["taskpane.js", "preview.js", "functions.js"]);

function gzipKb(dist: string, file: string): number {
  return gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
}

function scriptsOf(dist: string, html: string): string[] {
  const text = fs.readFileSync(path.join(dist, html), "utf8");
  return [...text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1]).filter((src) => !/^https?:/.test(src)).map((src) => src.replace(/^\.?\//, ""));
}

export async function run(): Promise<Record<string, number>> {
  const dist = productionBuild();
  const initial = scriptsOf(dist, "taskpane.html");
  // Chunks no entry names: loaded on demand (the check tab); counted for the pane as an upper bound.
  const onDemand = fs.readdirSync(dist).filter((file) => file.endsWith(".js") && !ENTRY_FILES.has(file));
  const initialKb = initial.reduce((total, file) => total + gzipKb(dist, file), 0);
  const onDemandKb = onDemand.reduce((total, file) => total + gzipKb(dist, file), 0);
  const figures: Record<string, number> = {
    pane_bundle_gzip_kb: Number((initialKb + onDemandKb).toFixed(1)),
    pane_initial_gzip_kb: Number(initialKb.toFixed(1)),
  };
  console.log(`pane bundle (gzip): ${figures.pane_bundle_gzip_kb} KB = ${initial.join(" + ")} (${figures.pane_initial_gzip_kb} KB) + on demand ${onDemand.join(", ") || "none"} (target ≤ 300 KB)`);

  const chromium = systemTool("chromium");
  if (!chromium.available) {
    console.log("pane time to interactive: skipped (no chromium)");
    return figures;
  }
  const server = await serveDirectory(dist);
  const browser = await launchChromium(chromium.path);
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${server.origin}/preview.html`);
      // Interactive: the fill button is enabled, which needs the pane rendered and the summary computed.
      await page.waitForSelector('[data-testid="fill"]:not([aria-disabled="true"])');
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    // The first load warms the browser's caches and compiler; report the median of the rest.
    const warm = times.slice(1).sort((a, b) => a - b);
    figures.pane_tti_ms = Math.round(warm[Math.floor(warm.length / 2)]);
    figures.pane_tti_cold_ms = Math.round(times[0]);
    console.log(`pane time to interactive (preview page, headless Chromium): median ${figures.pane_tti_ms} ms, first load ${figures.pane_tti_cold_ms} ms (target < 1000 ms)`);
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
