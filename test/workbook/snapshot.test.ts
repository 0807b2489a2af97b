import * as fs from "fs";
import { buildWorkbookPlan } from "../../src/workbook";
import { SNAPSHOT_PLANS, snapshotFile, snapshotText } from "./snapshotPlans";

/*
 * The plans kept in fixtures/ were written before build.ts was split into build*.ts (issue 9): the
 * split builds exactly the same data, sheets, cells, formulas, names and order, key for key. They
 * were written again on purpose for issue 12 (Årskostnad, counted totals, blank support costs, the
 * rounding notes, Skapad in Stockholm time, the page setup): any other change to them is a change
 * of the plan, to be made on purpose too.
 */
describe.each(Object.keys(SNAPSHOT_PLANS))("plan %s", (name) => {
  const expected = fs.readFileSync(snapshotFile(name), "utf8");
  const plan = buildWorkbookPlan(SNAPSHOT_PLANS[name]);

  it("is deep-equal to its snapshot", () => {
    expect(JSON.parse(snapshotText(plan))).toEqual(JSON.parse(expected));
  });

  it("is byte for byte its snapshot (key order included)", () => {
    expect(snapshotText(plan) === expected).toBe(true);
  });
});
