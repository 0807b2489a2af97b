import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

/*
 * `npm run workbook` and `npm run check` as they start: scripts/commands.js runs the command's
 * prebuilt bundle, building it first when it is missing or older than a source (issue 19). The
 * bundles go to a folder of the test's own (KOSTNADSDELNING_COMMANDS_DIR), so build/ is not touched.
 */

const ROOT = join(__dirname, "..", "..");
const LAUNCHER = join(ROOT, "scripts", "commands.js");
const exec = promisify(execFile);

const bundles = mkdtempSync(join(tmpdir(), "commands-"));
const run = (cwd: string, ...args: string[]) =>
  exec(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: cwd, KOSTNADSDELNING_COMMANDS_DIR: bundles }, timeout: 120_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe("the prebuilt commands", () => {
  test("a first run builds the bundle, then runs it: npm ci && npm run workbook works in one go", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "commands-workbook-"));
    const result = await run(cwd, "workbook");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Skrev fordelning.xlsx");
    expect(readdirSync(cwd)).toEqual(["fordelning.xlsx"]);
    expect(existsSync(join(bundles, "workbook.js"))).toBe(true);
  });

  test("a fresh bundle is run as it is; one older than a source is built again first", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "commands-stale-"));
    await run(cwd, "check", "--help");
    const bundle = join(bundles, "check.js");
    const built = statSync(bundle).mtimeMs;
    await run(cwd, "check", "--help");
    expect(statSync(bundle).mtimeMs).toBe(built);
    // Older than every source: it must not run as it is.
    utimesSync(bundle, new Date("2000-01-01"), new Date("2000-01-01"));
    await run(cwd, "check", "--help");
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(new Date("2000-01-02").getTime());
  });

  test("the command's exit status and messages are the process's", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "commands-bad-"));
    const bad = await run(cwd, "workbook", "--threshold", "615,312");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--threshold:");
    expect(readdirSync(cwd)).toEqual([]);
    const check = await run(cwd, "check", join(ROOT, "test", "fixtures", "check", "bilaga3-formler.xlsx"));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("allt stämmer");
    const unknown = await run(cwd, "nothing");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("usage:");
  });
});
