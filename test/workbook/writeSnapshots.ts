/* Writes test/workbook/fixtures/plan-*.json from the current code (see snapshotPlans.ts). */
import * as fs from "fs";
import { buildWorkbookPlan } from "../../src/workbook";
import { SNAPSHOT_PLANS, snapshotFile, snapshotText } from "./snapshotPlans";

for (const [name, options] of Object.entries(SNAPSHOT_PLANS)) {
  fs.writeFileSync(snapshotFile(name), snapshotText(buildWorkbookPlan(options)));
  console.log(snapshotFile(name));
}
