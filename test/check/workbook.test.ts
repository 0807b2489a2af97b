import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTables, exitCodeFor } from "../../src/check";
import type { CheckReport } from "../../src/check";
import { main } from "../../src/cli/check";
import { COUNTY_2018 } from "../../src/data/population2018";
import { readGrids } from "../../src/files/checkReaders";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import { writeXlsxFile } from "../../src/files/xlsx/writePlan";

/*
 * The add-in's own workbook (plan → .xlsx writer, as `npm run workbook` writes it) checked by the
 * checker: the two parts must agree (issue 10, a round trip). Every table of it is checked — the
 * municipalities and districts, the 2026–2030 split, the support table — figures and formulas, and
 * nothing beyond rounding is found, in both rounding modes, with the support users empty or filled in.
 */

/** Users for every procuring unit (a municipality other than Stockholm, or a district). */
const USERS: Record<string, number> = Object.fromEntries(
  [...COUNTY_2018.municipalities.filter((unit) => unit.name !== "Stockholm"), ...COUNTY_2018.dividedCity!.districts].map((unit, index) => [unit.name, 20 + ((index * 37) % 90)]),
);

async function writtenWorkbook(rounding: "annex" | "addsUp", users?: Record<string, number>): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "check-workbook-")), `fordelning-${rounding}.xlsx`);
  await writeXlsxFile(buildWorkbookPlan(defaultPlanOptions("sv", { rounding, generatedAt: new Date(Date.UTC(2026, 10, 22)), ...(users ? { users } : {}) })), file);
  return file;
}

const checkedKinds = (report: CheckReport) => report.tables.filter((table) => table.checked).map((table) => [table.kind, table.sheet]);

function expectClean(report: CheckReport): void {
  expect(report.findings.filter((finding) => finding.severity !== "rounding")).toEqual([]);
  expect(report.problems.filter((problem) => problem.severity !== "info")).toEqual([]);
  expect(report.valuesOnly).toBe(false);
  expect(report.counts.formulas).toBeGreaterThan(300);
  expect(exitCodeFor(report)).toBe(0);
}

describe.each(["annex", "addsUp"] as const)("the add-in's own workbook, rounding %s", (rounding) => {
  test("every table is checked, figures and formulas, and nothing beyond rounding is found", async () => {
    const report = checkTables(await readGrids(await writtenWorkbook(rounding)));
    expect(checkedKinds(report)).toEqual([
      ["municipalities", "Kommuner"],
      ["districts", "Stadsdelar"],
      ["support", "Support"],
      ["municipalities2026", "Avtal 2026–2030"],
      ["districts2026", "Avtal 2026–2030"],
    ]);
    expectClean(report);
    // As the annex, every figure is the exact value: nothing at all to say.
    if (rounding === "annex") expect(report.findings).toEqual([]);
    // Adding up, each rounded figure is within rounding of its exact value.
    for (const finding of report.findings) expect(Math.abs(finding.difference!)).toBeLessThanOrEqual(finding.unit === "percent" ? 0.01 : 1);
    const byKey = Object.fromEntries(report.parameters.map((parameter) => [parameter.key, parameter]));
    expect(byKey.threshold).toMatchObject({ value: 615312, source: "inferred" });
    expect(byKey.municipalPart2026).toMatchObject({ value: 4940000, source: "inferred" });
    // The support table without users: said once, not checked.
    expect(report.problems.some((problem) => problem.message.en.startsWith("The support table has no users"))).toBe(true);
  });

  test("with every unit's support users filled in, the support table checks too", async () => {
    const report = checkTables(await readGrids(await writtenWorkbook(rounding, USERS)));
    expectClean(report);
    expect(report.parameters.find((parameter) => parameter.key === "costPerUser")).toMatchObject({ value: 250, source: "inferred" });
    // Every row's users, cost per user and cost, and the total row's users, cost per user and cost.
    const supportCells = report.counts.cellsChecked - checkTables(await readGrids(await writtenWorkbook(rounding))).counts.cellsChecked;
    expect(supportCells).toBe(Object.keys(USERS).length * 2 + 3);
  });

  test("npm run check exits 0 on it", async () => {
    let stdout = "";
    const code = await main([await writtenWorkbook(rounding, USERS)], { cwd: process.cwd(), stdout: (text) => (stdout += text), stderr: () => undefined });
    expect(code).toBe(0);
    expect(stdout).toContain("Varningar (0)");
  });
});
