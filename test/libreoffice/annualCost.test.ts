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
 * Årskostnad recalculated by LibreOffice (issues 12 and 17): users typed into Support's input cells of
 * the written file, the file recalculated, and every cell of every sheet equal to the engine's plan
 * for those users to the öre: per unit the LOU part + the support part = the 2020 total, the
 * 2026–2030 share, the changes, the counted totals, and the paragraph's text, which equals
 * annualCostParagraph's word for word. Without users the support parts stay blank, not 0. For the
 * paragraph's three cases (users not entered, all users entered, previous amounts of 2025 given)
 * every figure it states is one the recalculated workbook shows: a cell of Årskostnad's table (its
 * rows and total row), or a figure of Parametrar, as the cell shows it.
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

/** Every procuring unit with users, as a user would type them all into Support. */
function allUsers(plan: WorkbookPlan): Record<string, number> {
  const support = plan.sheets.find((s) => s.key === "support")!;
  return Object.fromEntries(support.inputs!.map((input, index) => [input.unit.name, 10 + ((index * 7) % 90)]));
}

/**
 * The figures the recalculated workbook shows, as the paragraph writes them (digits only, so any
 * space between digit groups reads the same): Årskostnad's numbers (rows and total row; amounts in
 * whole kronor, percentages with two decimals, absolute, as the paragraph says "an increase of"), and
 * Parametrar's, with each decimal count a figure is shown with there.
 */
function shownFigures(plan: WorkbookPlan, workbook: ExcelJS.Workbook): Set<string> {
  const shown = new Set<string>();
  const add = (value: number, decimals: number) => shown.add(Math.abs(value).toFixed(decimals));
  const annual = plan.sheets.find((s) => s.key === "annualCost")!;
  const area = parseArea(annual.tables.find((t) => t.name === TABLE_NAMES.annualCost)!.range);
  const sheet = workbook.getWorksheet(annual.name)!;
  for (let row = area.top + 1; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      const cell = sheet.getCell(row, column + 1);
      const value = cell.type === ExcelJS.ValueType.Formula ? resultOf(cell) : cell.value;
      if (typeof value !== "number") continue;
      add(value, 0);
      if (/%/.test(cell.numFmt ?? "")) add(value * 100, 2);
    }
  }
  const parameters = workbook.getWorksheet(plan.sheets.find((s) => s.key === "parameters")!.name)!;
  parameters.eachRow((row) => {
    const cell = row.getCell(2);
    const value = cell.type === ExcelJS.ValueType.Formula ? resultOf(cell) : cell.value;
    if (typeof value !== "number") return;
    for (const decimals of [0, 2, 3]) add(value, decimals);
    if (/%/.test(cell.numFmt ?? "")) add(value * 100, 0);
  });
  return shown;
}

/**
 * The figures a paragraph states, as digits ("35 028" → "35028", "0,590" → "0.590"). A figure of four
 * digits or more is always written in groups, so a bare four-digit number is a year (an agreement's,
 * a period's) and is left out.
 */
function statedFigures(text: string, locale: "sv" | "en"): string[] {
  const group = locale === "sv" ? "[\\s\u00a0\u202f]" : ",";
  const decimal = locale === "sv" ? "," : "\\.";
  const figures = String(text).match(new RegExp(`(?<![\\d,.])\\d{1,3}(?:${group}\\d{3})*(?:${decimal}\\d+)?(?![\\d])`, "g")) ?? [];
  return figures.map((figure) => figure.replace(new RegExp(group, "g"), "").replace(locale === "sv" ? "," : ".", "."));
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
    expect(String(text).replace(/\u00a0/g, " ")).toContain("Enligt överenskommelsen 2020 betalar Farsta 35 028 kr per år för IT-systemet (LOU-delen)");
    const shown = shownFigures(plan, recalculated);
    expect(statedFigures(String(text), "sv").filter((figure) => !shown.has(figure))).toEqual([]);
  });

  test.each<["sv" | "en", boolean]>([
    ["sv", false],
    ["en", true],
  ])("%s, every unit's users entered (previous amounts of 2025: %s): the county's 2020 total in the paragraph, every figure in it one the workbook shows", async (locale, previous2025) => {
    const empty = buildWorkbookPlan(options("annex", previous2025 ? { previousCosts: { Farsta: 110000, Solna: 150000 }, previousPeriod: { kind: "year", year: 2025 } } : {}, locale));
    const users = allUsers(empty);
    const overrides: Partial<PlanOptions> = { users, ...(previous2025 ? { previousCosts: { Farsta: 110000, Solna: 150000 }, previousPeriod: { kind: "year", year: 2025 } as const } : {}) };
    const expected = buildWorkbookPlan(options("annex", overrides, locale));
    const path = await typedInto(empty, join(dir, `all-users-${locale}.xlsx`), userEdits(empty, users));
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(soffice, path));
    expect(compareWithPlan(expected, recalculated).mismatches).toEqual([]);
    const text = String(paragraphOf(expected, recalculated));
    expect(text).toBe(annualCostParagraph(options("annex", overrides, locale)));
    expect(text).toContain(locale === "sv" ? "betalar kommunerna i länet sammanlagt" : "pay");
    if (previous2025) expect(text).toContain("In 2025 Farsta paid 110,000\u00a0kr; the amount under the 2026–2030 agreement is an increase of");
    const stated = statedFigures(text, locale);
    expect(stated.length).toBeGreaterThan(12);
    const shown = shownFigures(expected, recalculated);
    expect(stated.filter((figure) => !shown.has(figure))).toEqual([]);
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
