import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

/*
 * `npm run bench`: runs every bench/*.bench.ts in turn (each exports
 * `run(): Promise<Record<string, number>>` and prints its own lines), prints each module's figures,
 * and ends with ONE line: all figures merged as a JSON object. Targets are printed by the modules,
 * never asserted. A module that throws is reported and the others still run (exit code 1).
 */

type Bench = { run: () => Promise<Record<string, number>> };

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
    .sort();
  const merged: Record<string, number> = {};
  let failed = false;
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, "");
    console.log(`\n=== ${name} ===`);
    try {
      const module = (await import(pathToFileURL(path.join(__dirname, file)).href)) as Bench & { default?: Bench };
      const run = module.run ?? module.default?.run;
      if (typeof run !== "function") throw new Error(`${file} does not export run()`);
      const figures = await run();
      console.log(`--- ${name}: ${Object.entries(figures).map(([key, value]) => `${key}=${value}`).join(", ")}`);
      for (const [key, value] of Object.entries(figures)) {
        merged[key in merged ? `${name}.${key}` : key] = value;
      }
    } catch (error) {
      failed = true;
      console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  console.log(JSON.stringify(merged));
  if (failed) process.exitCode = 1;
}

void main();
