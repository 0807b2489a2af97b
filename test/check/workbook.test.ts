import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTables, exitCodeFor } from "../../src/check";
import { readGrids } from "../../src/files/checkReaders";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import { writeXlsxFile } from "../../src/files/xlsx/writePlan";

/*
 * The add-in's own workbook (plan → .xlsx writer) checked by the checker: the two parts must agree.
 * As the annex (exact values, shown rounded) nothing is found; in "adds up" mode only rounding
 * (each row within 1 kr of its exact value, the totals the sums of the rows). The other tables of
 * the workbook (2026–2030 split) are named, not checked, and nothing stops the check.
 */

async function checkedWorkbook(rounding: "annex" | "addsUp") {
  const file = join(mkdtempSync(join(tmpdir(), "check-workbook-")), `fordelning-${rounding}.xlsx`);
  await writeXlsxFile(buildWorkbookPlan(defaultPlanOptions("sv", { rounding, generatedAt: new Date(Date.UTC(2026, 10, 22)) })), file);
  return checkTables(await readGrids(file));
}

test("the workbook as the annex: every figure holds", async () => {
  const report = await checkedWorkbook("annex");
  expect(report.tables.filter((table) => table.checked).map((table) => [table.kind, table.sheet])).toEqual([
    ["municipalities", "Kommuner"],
    ["districts", "Stadsdelar"],
  ]);
  expect(report.findings).toEqual([]);
  expect(report.counts.cellsChecked).toBe(159);
  expect(report.problems.filter((problem) => problem.severity !== "info")).toEqual([]);
  expect(report.parameters.find((parameter) => parameter.key === "threshold")).toMatchObject({ value: 615312, source: "inferred" });
  expect(exitCodeFor(report)).toBe(0);
});

test("the workbook that adds up: rounding only, no total findings", async () => {
  const report = await checkedWorkbook("addsUp");
  expect(report.counts.error).toBe(0);
  expect(report.counts.warning).toBe(0);
  expect(report.counts.rounding).toBeGreaterThan(0);
  for (const finding of report.findings) {
    expect(Math.abs(finding.difference!)).toBeLessThanOrEqual(finding.unit === "percent" ? 0.01 : 1);
  }
  expect(exitCodeFor(report)).toBe(0);
});
