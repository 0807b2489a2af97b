import * as fs from "fs";

/* Removes the production build the global setup made for this run in a temporary folder (never dist/). */
export default function globalTeardown(): void {
  const built = process.env.KOSTNADSDELNING_TEST_BUILD;
  if (built) fs.rmSync(built, { recursive: true, force: true });
}
