import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { AgreementDeclaration } from "../../src/data";
import { writeXlsxFile } from "../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { RoundingMode } from "../../src/workbook/plan";
import { describeWithTool } from "../helpers/system";
import { compareWithPlan, formulaCells, loadWorkbook } from "./crossCheck";
import { recalculateWithLibreOffice } from "./recalc";

/*
 * Agreements as data (issue 11), recalculated by a real spreadsheet: the workbook of a test agreement
 * declared only as data (a 70/30 split shared by population and a part per user, without the LOU
 * model) and the default workbook with the threshold of a year chosen, each formula cell equal to
 * the engine's value to the öre after LibreOffice has recalculated it.
 */

const SPLIT_70_30 = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "agreements", "split-70-30.json"), "utf8")) as AgreementDeclaration;
const GENERATED_AT = new Date("2026-11-22T09:00:00Z");

describeWithTool("soffice", "LibreOffice recalculates workbooks of other agreements", (soffice) => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "lo-agreements-"));

  test.each<[string, RoundingMode, Record<string, number> | undefined]>([
    ["the 70/30 test agreement, annex, no users", "annex", undefined],
    ["the 70/30 test agreement, adds up, some users", "addsUp", { Farsta: 17, Solna: 40, Norrmalm: 3 }],
  ])("%s: every formula cell equals the engine's value", async (_name, rounding, users) => {
    const expected = buildWorkbookPlan(defaultPlanOptions("sv", { agreements: [SPLIT_70_30], rounding, generatedAt: GENERATED_AT, ...(users ? { users } : {}) }));
    const path = join(dir, `split-${rounding}.xlsx`);
    await writeXlsxFile(expected, path);
    const { checked, mismatches } = compareWithPlan(expected, await loadWorkbook(await recalculateWithLibreOffice(soffice, path)));
    expect(checked).toBe(formulaCells(expected).length);
    expect(checked).toBeGreaterThan(200);
    expect(mismatches).toEqual([]);
  });

  test("the default agreements with the threshold of 2027 (700 000 kr)", async () => {
    const expected = buildWorkbookPlan(defaultPlanOptions("en", { year: 2027, rounding: "addsUp", users: { Farsta: 17 }, generatedAt: GENERATED_AT }));
    const path = join(dir, "year-2027.xlsx");
    await writeXlsxFile(expected, path);
    const { checked, mismatches } = compareWithPlan(expected, await loadWorkbook(await recalculateWithLibreOffice(soffice, path)));
    expect(checked).toBe(formulaCells(expected).length);
    expect(mismatches).toEqual([]);
  });
});
