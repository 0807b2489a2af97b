import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/*
 * The production build the tests and the pane bench look at: PANE_DIST when given (used as it is;
 * under Jest the global setup, test/helpers/globalSetup.ts, makes the build once per run and passes
 * it to every suite so), else dist/ when every output is there and newer than every source (CI
 * builds right before the tests), else a fresh `webpack --mode production` into a temporary
 * directory, so a test never looks at stale output and never clobbers someone's dist/.
 */

export const ROOT = path.resolve(__dirname, "..", "..");

/** What the build is made from. */
const SOURCES = ["src", "webpack.config.js", "scripts", "assets", "manifest.xml"];
/** What every user of the build reads. */
const OUTPUTS = ["functions.js", "functions.json", "functions.sv-SE.json", "taskpane.html", "preview.html", "manifest.xml"];
/** The public address a build made here gets (the manifest tests expect it or the placeholder). */
export const TEST_PUBLIC_URL = "https://addin.test.example/kostnadsdelning/";

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

function isFresh(dist: string): boolean {
  const outputs = OUTPUTS.map((file) => path.join(dist, file));
  if (!outputs.every((file) => fs.existsSync(file))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
  return SOURCES.map((source) => path.join(ROOT, source))
    .filter((source) => fs.existsSync(source))
    .every((source) => newestMtime(source) <= oldestOutput);
}

let built: string | undefined;

/** The directory of an up-to-date production build. */
export function productionBuild(): string {
  if (process.env.PANE_DIST) return path.resolve(process.env.PANE_DIST);
  if (built) return built;
  const dist = path.join(ROOT, "dist");
  if (isFresh(dist)) {
    built = dist;
    return dist;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-build-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 600_000,
    env: { ...process.env, ADDIN_PUBLIC_URL: TEST_PUBLIC_URL },
  });
  built = out;
  return out;
}
