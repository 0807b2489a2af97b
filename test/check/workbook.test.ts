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
import type { PlanOptions } from "../../src/workbook/plan";
import ExcelJS from "exceljs";

/*
 * The add-in's own workbook (plan → .xlsx writer, as `npm run workbook` writes it) checked by the
 * checker: the two parts must agree (issue 10, a round trip). Every table of it is checked — the
 * municipalities and districts, the 2026–2030 split, the support table, Årskostnad (issue 17) —
 * figures and formulas, and nothing beyond rounding is found, in both rounding modes, in Swedish and
 * English, with the support users empty or filled in and with previous amounts; the add-in's own
 * columns (previous amount, change) are known, and a figure typed over a copy on Årskostnad is found.
 */

/** Users for every procuring unit (a municipality other than Stockholm, or a district). */
const USERS: Record<string, number> = Object.fromEntries(
  [...COUNTY_2018.municipalities.filter((unit) => unit.name !== "Stockholm"), ...COUNTY_2018.dividedCity!.districts].map((unit, index) => [unit.name, 20 + ((index * 37) % 90)]),
);

async function writtenWorkbook(rounding: "annex" | "addsUp", users?: Record<string, number>, more: Partial<PlanOptions> = {}, locale: "sv" | "en" = "sv"): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "check-workbook-")), `fordelning-${rounding}.xlsx`);
  await writeXlsxFile(buildWorkbookPlan(defaultPlanOptions(locale, { rounding, generatedAt: new Date(Date.UTC(2026, 10, 22)), ...(users ? { users } : {}), ...more })), file);
  return file;
}

/** Previous amounts of 2025 for some units (compared with the 2026 amounts), as a user gives them. */
const PREVIOUS_2025: PlanOptions = { previousCosts: { Farsta: 110000, Solna: 90000, Botkyrka: 60000 }, previousCostsGiven: true, previousPeriod: { kind: "year", year: 2025 } } as unknown as PlanOptions;
/** Previous amounts from before 2020 (compared with the 2020 totals, and the LOU part on Kommuner and Stadsdelar). */
const PREVIOUS_BEFORE_2020: PlanOptions = { previousCosts: { Farsta: 44278, Solna: 70000 }, previousCostsGiven: true, previousPeriod: { kind: "before", year: 2020 } } as unknown as PlanOptions;

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
      ["annualCost", "Årskostnad"],
    ]);
    // Only the support table's missing users are said: no column of the add-in's own is unknown.
    expect(report.problems.map((problem) => problem.code)).toEqual(["noRows"]);
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
    expect(report.problems).toEqual([]);
    // Every row's users, cost per user and cost, and the total row's users, cost per user and cost;
    // on Årskostnad each row's support part, 2020 total and the change 2020–2026 in kr and %, and the total row's,
    // and Farsta's change in kr and % against its embedded amount from before 2020 (000), which waits for its total.
    const supportCells = report.counts.cellsChecked - checkTables(await readGrids(await writtenWorkbook(rounding))).counts.cellsChecked;
    expect(supportCells).toBe(Object.keys(USERS).length * 2 + 3 + (Object.keys(USERS).length + 1) * 4 + 2);
  });

  test.each([
    ["sv", PREVIOUS_2025],
    ["en", PREVIOUS_2025],
    ["sv", PREVIOUS_BEFORE_2020],
    ["en", PREVIOUS_BEFORE_2020],
  ] as const)("in %s with previous amounts (%#), users filled in, its own columns check without a problem line", async (locale, previous) => {
    const report = checkTables(await readGrids(await writtenWorkbook(rounding, USERS, previous, locale)));
    expectClean(report);
    expect(report.problems).toEqual([]);
    const annual = report.tables.find((table) => table.kind === "annualCost")!;
    expect(annual.columns.map((column) => column.key)).toEqual(expect.arrayContaining(["louPart", "supportPart", "total2020", "cost2026", "change", "changePercent", "previous", "changePrevious", "changePreviousPercent"]));
  });

  test("a figure typed over Farsta's 2026 amount on Årskostnad is found", async () => {
    const file = await writtenWorkbook(rounding);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Årskostnad")!;
    const farstaRow = sheet.getColumn(1).values.findIndex((value) => value === "Farsta");
    const header = sheet.getRow(4).values as unknown[];
    sheet.getCell(farstaRow, header.indexOf("Avtal 2026–2030")).value = 100000;
    const typed = file.replace(/\.xlsx$/, "-typed.xlsx");
    await workbook.xlsx.writeFile(typed);
    const report = checkTables(await readGrids(typed));
    const atFarsta = report.findings.filter((finding) => finding.sheet === "Årskostnad" && finding.row === "Farsta");
    expect(atFarsta.map((finding) => [finding.kind, finding.severity])).toEqual(expect.arrayContaining([["figure", "error"], ["constant", "error"]]));
    expect(atFarsta.find((finding) => finding.kind === "figure")).toMatchObject({ statedValue: 100000, columnKey: "cost2026" });
    expect(exitCodeFor(report)).toBe(1);
  });

  test("npm run check exits 0 on it", async () => {
    let stdout = "";
    const code = await main([await writtenWorkbook(rounding, USERS)], { cwd: process.cwd(), stdout: (text) => (stdout += text), stderr: () => undefined });
    expect(code).toBe(0);
    expect(stdout).toContain("Varningar (0)");
  });
});
