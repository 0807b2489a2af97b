import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/*
 * A production build to check: dist/ when it is newer than everything the manifest and the
 * functions metadata come from (CI builds right before the tests), else a fresh build into a
 * temporary directory, so a test never checks stale output and never clobbers someone's dist/.
 */

export const ROOT = path.resolve(__dirname, "..", "..");

const SOURCES = ["manifest.xml", "webpack.config.js", "scripts", "src/functions", "assets"];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

function isFresh(dist: string): boolean {
  const marker = path.join(dist, "manifest.xml");
  const needed = ["functions.js", "functions.json", "functions.sv-SE.json", "taskpane.html", "manifest.xml"];
  if (!needed.every((file) => fs.existsSync(path.join(dist, file)))) return false;
  const built = fs.statSync(marker).mtimeMs;
  return SOURCES.every((source) => !fs.existsSync(path.join(ROOT, source)) || newestMtime(path.join(ROOT, source)) <= built);
}

let cached: string | undefined;

/** The directory of an up-to-date production build. */
export function productionBuild(): string {
  if (cached) return cached;
  const dist = path.join(ROOT, "dist");
  if (isFresh(dist)) {
    cached = dist;
    return dist;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-build-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, ADDIN_PUBLIC_URL: "https://addin.test.example/kostnadsdelning/" },
  });
  cached = out;
  return out;
}
