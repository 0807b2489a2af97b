import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { writeXlsxFile } from "../../src/files/xlsx";
import { annualCostParagraph, buildWorkbookPlan, defaultPlanOptions, TABLE_NAMES } from "../../src/workbook";
import type { PlanOptions, RoundingMode, WorkbookPlan } from "../../src/workbook/plan";
import { parseArea } from "../../src/formula/a1";
import { describeWithTool } from "../helpers/system";
import { compareWithPlan, formulaCells, loadWorkbook, resultOf } from "./crossCheck";
import { recalculateWithLibreOffice } from "./recalc";

/*
 * Årskostnad recalculated by LibreOffice (issue 12): users typed into Support's input cells of the
 * written file, the file recalculated, and every cell of every sheet equal to the engine's plan for
 * those users to the öre: per unit the LOU part + the support part = the 2020 total, the 2026–2030
 * share, the changes, the counted totals, and the paragraph's text, which equals
 * annualCostParagraph's word for word. Without users the support parts stay blank, not 0.
 */

const GENERATED_AT = new Date("2026-11-22T09:00:00Z");
const options = (rounding: RoundingMode, overrides: Partial<PlanOptions> = {}, locale: "sv" | "en" = "sv") =>
  defaultPlanOptions(locale, { rounding, generatedAt: GENERATED_AT, ...overrides });

/** Users for some units, as a user would type them into Support. */
const USERS: Readonly<Record<string, number>> = { Farsta: 17, Solna: 120, Botkyrka: 64, Bromma: 33 };

/** The file of `plan` with `values` typed into cells of a sheet (by its key), before any recalculation. */
async function typedInto(plan: WorkbookPlan, path: string, edits: readonly { key: string; cell: string; value: string | number }[]): Promise<string> {
  await writeXlsxFile(plan, path);
  const workbook = await loadWorkbook(path);
  for (const edit of edits) {
    const sheet = plan.sheets.find((s) => s.key === edit.key)!;
    workbook.getWorksheet(sheet.name)!.getCell(edit.cell).value = edit.value;
  }
  const edited = path.replace(/\.xlsx$/, "-typed.xlsx");
  await workbook.xlsx.writeFile(edited);
  return edited;
}

function userEdits(plan: WorkbookPlan, users: Readonly<Record<string, number>>): { key: string; cell: string; value: number }[] {
  const support = plan.sheets.find((s) => s.key === "support")!;
  return Object.entries(users).map(([name, value]) => ({ key: "support", cell: support.inputs!.find((input) => input.unit.name === name)!.cell, value }));
}

/** The Årskostnad table's rows as the recalculated file has them, by unit name. */
function annualRows(plan: WorkbookPlan, workbook: ExcelJS.Workbook): Map<string, (ExcelJS.CellValue | undefined)[]> {
  const sheet = plan.sheets.find((s) => s.key === "annualCost")!;
  const area = parseArea(sheet.tables.find((t) => t.name === TABLE_NAMES.annualCost)!.range);
  const worksheet = workbook.getWorksheet(sheet.name)!;
  const rows = new Map<string, (ExcelJS.CellValue | undefined)[]>();
  for (let row = area.top + 1; row < area.bottom; row++) {
    const cells = Array.from({ length: area.right + 1 }, (_, column) => {
      const cell = worksheet.getCell(row, column + 1);
      return cell.type === ExcelJS.ValueType.Formula ? resultOf(cell) : cell.value;
    });
    rows.set(String(cells[0]), cells);
  }
  return rows;
}

/** The paragraph's cell in the recalculated file. */
function paragraphOf(plan: WorkbookPlan, workbook: ExcelJS.Workbook): unknown {
  const found = formulaCells(plan).find((cell) => cell.cell.formula!.includes("FIXED(KrPerInvanareAr,3)"))!;
  return resultOf(workbook.getWorksheet(found.sheet)!.getCell(found.address));
}

describeWithTool("soffice", "LibreOffice recalculates Årskostnad", (soffice) => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "lo-annual-"));

  test.each<RoundingMode>(["annex", "addsUp"])("rounding %s: users typed into Support give, per unit, the engine's LOU part + support part and 2026 share to the öre", async (rounding) => {
    const empty = buildWorkbookPlan(options(rounding));
    const expected = buildWorkbookPlan(options(rounding, { users: USERS }));
    const path = await typedInto(empty, join(dir, `users-${rounding}.xlsx`), userEdits(empty, USERS));
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(soffice, path));
    const { checked, mismatches } = compareWithPlan(expected, recalculated);
    expect(checked).toBe(formulaCells(expected).length);
    expect(mismatches).toEqual([]);

    const rows = annualRows(expected, recalculated);
    const farsta = rows.get("Farsta")!;
    // LOU part (3), support part (4), total (5), 2026 (6)
    expect(Math.round(farsta[3] as number)).toBe(rounding === "annex" ? 35028 : 35027);
    expect(farsta[4]).toBe(17 * 250);
    expect(farsta[5] as number).toBeCloseTo((farsta[3] as number) + 4250, 6);
    for (const [name, users] of Object.entries(USERS)) {
      const row = rows.get(name)!;
      expect(row[5] as number).toBeCloseTo((row[3] as number) + users * 250, 6);
    }
    // The paragraph, as LibreOffice writes it, is annualCostParagraph's text
    expect(paragraphOf(expected, recalculated)).toBe(annualCostParagraph(options(rounding, { users: USERS })));
  });

  test("without users: the support part, the 2020 total and its change are blank, not 0; the paragraph is Farsta's", async () => {
    const plan = buildWorkbookPlan(options("annex"));
    const path = join(dir, "no-users.xlsx");
    await writeXlsxFile(plan, path);
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(soffice, path));
    expect(compareWithPlan(plan, recalculated).mismatches).toEqual([]);
    for (const [name, row] of annualRows(plan, recalculated)) {
      for (const column of [4, 5, 7, 8]) {
        if (!(row[column] === undefined || row[column] === "" || row[column] === null)) throw new Error(`${name}, column ${column}: ${String(row[column])}`);
      }
      expect(typeof row[3]).toBe("number");
    }
    const text = paragraphOf(plan, recalculated);
    expect(text).toBe(annualCostParagraph(options("annex")));
    expect(String(text).replace(/\u00a0/g, " ")).toContain("Farsta betalar enligt överenskommelsen 2020 35 028 kr per år för IT-systemet");
  });

  test("another unit typed into the paragraph's cell, in English: LibreOffice's text is annualCostParagraph's for that unit", async () => {
    const plan = buildWorkbookPlan(options("annex", { users: { Solna: 120 } }, "en"));
    const sheet = plan.sheets.find((s) => s.key === "annualCost")!;
    const unitCell = sheet.blocks.flatMap((block) => {
      const anchor = parseArea(block.anchor);
      return block.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.style === "input" && typeof cell.value === "string" ? [{ row: anchor.top + r, column: anchor.left + c }] : [])));
    })[0];
    const path = await typedInto(plan, join(dir, "solna-en.xlsx"), [{ key: "annualCost", cell: `${String.fromCharCode(65 + unitCell.column)}${unitCell.row}`, value: "Solna" }]);
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(soffice, path));
    const expected = buildWorkbookPlan(options("annex", { users: { Solna: 120 }, paragraphUnit: "Solna" }, "en"));
    expect(compareWithPlan(expected, recalculated).mismatches).toEqual([]);
    const text = paragraphOf(expected, recalculated);
    expect(text).toBe(annualCostParagraph(options("annex", { users: { Solna: 120 }, paragraphUnit: "Solna" }, "en")));
    expect(text).toContain("Under the 2020 agreement Solna pays");
  });
});
