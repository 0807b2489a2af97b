import { createExcelDouble } from "../../src/excel-double";
import type { ExcelDouble } from "../../src/excel-double";
import { findExistingPlanSheets, writePlanToExcel } from "../../src/excel";
import type { ExistingPolicy } from "../../src/excel";
import { fixturePlan } from "../helpers/fixturePlan";
import { failure } from "./helpers";

/*
 * All or nothing, exhaustively: the fill is made to fail at each single operation of its big batch in
 * turn (every sheet added, block written, table, style, width, merge, row height, page layout, header
 * and footer, name, rename, move, activation, the sync itself), and each time the workbook must be
 * exactly as before. The only exception, by design, is a replace failing while deleting the old
 * copies after the first: then the new sheets are complete and the error says which old copies are
 * left. The chart is a step of its own after the fill: a failure at any of its operations leaves the
 * filled workbook, without a chart, and the result says why.
 */

/** The fixture with every kind of operation: the summary sheet brings the chart. */
const fullPlan = () => fixturePlan({ summary: true });

/** Operations of the fill that only printing brings; each must be among those made to fail. */
const PRINT = [
  "Range.merge",
  "RangeFormat.verticalAlignment",
  "RangeFormat.rowHeight",
  "PageLayout.paperSize",
  "PageLayout.orientation",
  "PageLayout.zoom",
  "PageLayout.setPrintTitleRows",
  "HeaderFooter.leftHeader",
  "HeaderFooter.rightFooter",
];

/** The chart's operations, in its own batch after the fill. */
const CHART = [
  "Worksheet.charts",
  "ChartCollection.add",
  "ChartSeriesCollection.getItemAt",
  "ChartSeries.name",
  "ChartSeries.setValues",
  "ChartSeries.setXAxisValues",
  "ChartSeriesCollection.add",
  "ChartSeries.chartType",
  "ChartAxis.reversePlotOrder",
  "ChartTitle.text",
  "Chart.setPosition",
];

async function setUp(mode: ExistingPolicy): Promise<ExcelDouble> {
  const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: "=Kommuner!B4" } }], names: [{ name: "Egen", formula: "=Blad1!$A$1" }] });
  if (mode !== "refuse") await writePlanToExcel(fullPlan(), { existing: "refuse", run: xl.run });
  xl.setCell("Blad1", "B1", "mitt");
  return xl;
}

describe.each(["refuse", "keepBoth", "replace"] as const)("%s: a failure at any single operation", (mode) => {
  test("leaves the workbook exactly as it was", async () => {
    // how many operations the big batch has
    const probe = await setUp(mode);
    const base = probe.syncCount;
    await writePlanToExcel(fullPlan(), { existing: mode, run: probe.run });
    const batch = probe.calls.filter((c) => c.batch === base + 2);
    const operations = batch.length;
    expect(operations).toBeGreaterThan(50);
    expect(PRINT.filter((method) => !batch.some((c) => c.method === method))).toEqual([]);

    let kept = 0;
    for (let k = 1; k <= operations; k++) {
      const xl = await setUp(mode);
      const before = xl.snapshot();
      const start = xl.syncCount;
      let seen = 0;
      xl.failOn((call) => call.batch === start + 2 && ++seen === k);
      const error = await failure(writePlanToExcel(fullPlan(), { existing: mode, run: xl.run }));
      const failedAt = xl.calls.filter((c) => c.batch === start + 2)[k - 1];
      if (error.code === "ReplaceIncomplete") {
        // only a deletion of an old copy after the first one can end so
        expect(mode).toBe("replace");
        expect(failedAt.method).toBe("Worksheet.delete");
        kept += 1;
        continue;
      }
      expect({ k, method: failedAt.method, code: error.code }).toEqual({ k, method: failedAt.method, code: "ExcelError" });
      expect({ k, method: failedAt.method, after: xl.snapshot() }).toEqual({ k, method: failedAt.method, after: before });
    }
    expect(kept).toBe(mode === "replace" ? 3 : 0); // four old copies: failing at the 2nd, 3rd or 4th deletion
  });
});

describe.each(["refuse", "keepBoth", "replace"] as const)("%s: a failure at any single operation of the chart", (mode) => {
  test("leaves the filled workbook, without a chart, and the result says why", async () => {
    const probe = await setUp(mode);
    const base = probe.syncCount;
    const done = await writePlanToExcel(fullPlan(), { existing: mode, run: probe.run });
    expect(done.chartError).toBeUndefined();
    const chartBatch = probe.calls.filter((c) => c.batch === base + 3);
    expect(CHART.filter((method) => method !== "Worksheet.charts" && !chartBatch.some((c) => c.method === method))).toEqual([]);
    const summary = done.sheets.find((sheet) => sheet.key === "annualCost")?.name as string;
    const withoutChart = (snapshot: ReturnType<ExcelDouble["snapshot"]>) => ({
      ...snapshot,
      sheets: snapshot.sheets.map((sheet) => ({ ...sheet, charts: sheet.name === summary ? [] : sheet.charts })),
    });

    for (let k = 1; k <= chartBatch.length; k++) {
      const xl = await setUp(mode);
      const start = xl.syncCount;
      let seen = 0;
      xl.failOn((call) => call.batch === start + 3 && ++seen === k);
      const result = await writePlanToExcel(fullPlan(), { existing: mode, run: xl.run });
      expect({ k, failed: typeof result.chartError }).toEqual({ k, failed: "string" });
      expect(xl.snapshot().sheets.find((sheet) => sheet.name === summary)?.charts).toEqual([]);
      expect(withoutChart(xl.snapshot())).toEqual(withoutChart(probe.snapshot()));
    }
  });
});

describe("replace carrying typed values over: a failure at any single operation", () => {
  // The fixture's population column stands in for a per-unit input column (the writer does not care which).
  const withInputs = () => {
    const plan = fullPlan();
    return {
      ...plan,
      sheets: plan.sheets.map((sheet) =>
        sheet.key !== "municipalities"
          ? sheet
          : {
              ...sheet,
              inputs: ["Botkyrka", "Danderyd", "Ekerö"].map((name, i) => ({ field: "users" as const, unit: { name }, cell: `B${4 + i}`, header: "Invånare", unitHeader: "Kommun" })),
            },
      ),
    };
  };

  test("leaves the workbook exactly as it was, typed values included", async () => {
    const setUpTyped = async () => {
      const xl = await setUp("replace");
      xl.setCell("Kommuner", "B5", 12345);
      return xl;
    };
    const probe = await setUpTyped();
    const existingSheets = await findExistingPlanSheets(withInputs(), probe.run);
    const base = probe.syncCount;
    const result = await writePlanToExcel(withInputs(), { existing: "replace", existingSheets, run: probe.run });
    expect(result.carried.map((c) => [c.cell, c.value])).toEqual([["B5", 12345]]);
    expect(probe.cell("Kommuner", "B5")?.value).toBe(12345);
    const operations = probe.calls.filter((c) => c.batch === base + 2).length;

    for (let k = 1; k <= operations; k++) {
      const xl = await setUpTyped();
      const before = xl.snapshot();
      const start = xl.syncCount;
      let seen = 0;
      xl.failOn((call) => call.batch === start + 2 && ++seen === k);
      const error = await failure(writePlanToExcel(withInputs(), { existing: "replace", existingSheets, run: xl.run }));
      if (error.code === "ReplaceIncomplete") continue; // a later deletion of an old copy, as above
      expect({ k, code: error.code, after: xl.snapshot() }).toEqual({ k, code: "ExcelError", after: before });
    }
  });
});
