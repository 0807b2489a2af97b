import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeXlsxFile } from "../../src/files/xlsx";
import { describeWithTool } from "../helpers/system";
import { fixturePlan as handBuiltPlan } from "../helpers/fixturePlan";
import { compareWithPlan, formulaCells, loadWorkbook, resultOf, withWrongCachedValues } from "./crossCheck";
import { recalculateWithLibreOffice } from "./recalc";

/*
 * The writer's own cross-check on the small hand-built plan (independent of the plan builder): a real
 * spreadsheet recalculates the written file and agrees with the engine to the öre.
 */
describeWithTool("soffice", "LibreOffice recalculates the hand-built plan's .xlsx", (soffice) => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "lo-hand-"));

  test("every formula cell equals the engine's value, and the formulas survive", async () => {
    const plan = handBuiltPlan();
    const path = join(dir, "plan.xlsx");
    await writeXlsxFile(plan, path);
    const { checked, mismatches } = compareWithPlan(plan, await loadWorkbook(await recalculateWithLibreOffice(soffice, path)));
    expect(checked).toBe(formulaCells(plan).length);
    expect(checked).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });

  test("wrong cached values are replaced by the recalculation (so it really happens)", async () => {
    const plan = handBuiltPlan();
    const path = join(dir, "wrong.xlsx");
    await writeXlsxFile(withWrongCachedValues(plan), path);
    const stale = await loadWorkbook(path);
    expect(compareWithPlan(plan, stale).mismatches).toHaveLength(formulaCells(plan).length);
    const { mismatches } = compareWithPlan(plan, await loadWorkbook(await recalculateWithLibreOffice(soffice, path)));
    expect(mismatches).toEqual([]);
  });

  test("a changed threshold flows through the formulas as the engine computes it", async () => {
    const path = join(dir, "threshold.xlsx");
    await writeXlsxFile(handBuiltPlan(), path);
    const workbook = await loadWorkbook(path);
    const [range] = workbook.definedNames.getRanges("Gransbelopp").ranges;
    const [sheetName, address] = range.replace(/'/g, "").split("!");
    workbook.getWorksheet(sheetName)!.getCell(address.replace(/\$/g, "")).value = 700000;
    const edited = join(dir, "threshold-edited.xlsx");
    await workbook.xlsx.writeFile(edited);
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(soffice, edited));
    const expected = handBuiltPlan({ threshold: 700000 });
    expect(compareWithPlan(expected, recalculated).mismatches).toEqual([]);
    // The figures did move: the largest unit now pays the new threshold over the period.
    expect(resultOf(recalculated.getWorksheet("Kommuner")!.getCell("E4"))).toBeCloseTo(700000, 6);
  });
});
