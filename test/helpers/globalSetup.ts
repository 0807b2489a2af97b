import * as fs from "fs";
import * as path from "path";
import type { Config } from "@jest/types";
import { ROOT, productionBuild } from "./productionBuild";

/*
 * Jest's global setup: when a suite of this run looks at the production build (the browser tests, the
 * manifest tests), it is made once here, before any suite starts, and every suite gets it through
 * PANE_DIST: Jest gives each suite its own module registry, so "one build per process" in
 * productionBuild.ts was one build per suite. A run that needs no build (test/workbook, say) makes
 * none. A fresh dist/ (CI builds right before the tests) is used as it is.
 */

const NEEDS_BUILD = "productionBuild(";

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

export default function globalSetup(globalConfig: Config.GlobalConfig): void {
  if (process.env.PANE_DIST) return;
  const patterns = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const selected = testFiles(path.join(ROOT, "test")).filter((file) => !patterns.isSet() || patterns.isMatch(file));
  if (!selected.some((file) => fs.readFileSync(file, "utf8").includes(NEEDS_BUILD))) return;
  const started = Date.now();
  const dist = productionBuild();
  process.env.PANE_DIST = dist;
  if (dist !== path.join(ROOT, "dist")) process.env.KOSTNADSDELNING_TEST_BUILD = dist;
  process.stderr.write(`\nProduction build for this run: ${dist} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
