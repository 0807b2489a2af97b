import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanCell, WorkbookPlan } from "../../../src/workbook/plan";
import { writePlanToXlsx, writeXlsxFile } from "../../../src/files/xlsx";
import { cellAddress, parseCellAddress } from "../../../src/formula/a1";
import { fixturePlan as handBuiltPlan } from "../../helpers/fixturePlan";

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Every plan cell with its sheet name and address. */
function planCells(plan: WorkbookPlan): { sheet: string; address: string; cell: PlanCell }[] {
  const out: { sheet: string; address: string; cell: PlanCell }[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const anchor = parseCellAddress(block.anchor);
      block.cells.forEach((row, r) => row.forEach((cell, c) => out.push({ sheet: sheet.name, address: cellAddress(anchor.column + c, anchor.row + r), cell })));
    }
  }
  return out;
}

describe("writePlanToXlsx (hand-built plan)", () => {
  const plan = handBuiltPlan();
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    buffer = await writePlanToXlsx(plan);
    workbook = await readBack(buffer);
    zip = await JSZip.loadAsync(buffer);
  });

  test("sheets in the plan's order", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(plan.sheets.map((sheet) => sheet.name));
  });

  test("every cell holds the plan's value, or its formula with the plan's value cached, and its number format", () => {
    const cells = planCells(plan);
    expect(cells.length).toBeGreaterThan(20);
    for (const { sheet, address, cell } of cells) {
      const written = workbook.getWorksheet(sheet)!.getCell(address);
      if (cell.formula) {
        expect({ address, formula: written.formula, result: written.result }).toEqual({ address, formula: cell.formula.slice(1), result: cell.value });
      } else {
        expect({ address, value: written.value }).toEqual({ address, value: cell.value });
      }
      expect({ address, numFmt: written.numFmt }).toEqual({ address, numFmt: cell.numberFormat });
    }
  });

  test("the table's cells keep the plan's formulas (the table does not clobber them), totals included", () => {
    const sheet = workbook.getWorksheet("Kommuner")!;
    expect(sheet.getCell("D4").formula).toBe("B4*KrPerInvanareAr");
    expect(sheet.getCell("C5").formula).toBe("B5/$B$7");
    expect(sheet.getCell("A7").value).toBe("Summa");
    expect(sheet.getCell("E7").formula).toBe("SUM(E4:E6)");
    expect(sheet.getCell("A3").value).toBe("Kommun");
  });

  test("styles: header bold with fill, totals bold with top border, inputs light yellow, notes italic, title large", () => {
    const sheet = workbook.getWorksheet("Kommuner")!;
    const header = sheet.getCell("B3");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    const total = sheet.getCell("D7");
    expect(total.font?.bold).toBe(true);
    expect(total.border?.top?.style).toBe("thin");
    expect(sheet.getCell("B4").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("A9").font?.italic).toBe(true);
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(workbook.getWorksheet("Parametrar")!.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });

  test("column widths and frozen header rows", () => {
    const sheet = workbook.getWorksheet("Kommuner")!;
    expect([1, 2, 3, 4, 5].map((index) => sheet.getColumn(index).width)).toEqual([22, 12, 12, 14, 16]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect((workbook.getWorksheet("Parametrar")!.views ?? []).filter((view) => view.state === "frozen")).toEqual([]);
  });

  test("defined names are workbook-level and point at the parameter cells", async () => {
    expect(workbook.definedNames.getRanges("Gransbelopp").ranges).toEqual(["Parametrar!$B$3"]);
    expect(workbook.definedNames.getRanges("KrPerInvanareAr").ranges).toEqual(["Parametrar!$B$6"]);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<definedName name="Avtalsar">'?Parametrar'?!\$B\$4<\/definedName>/);
    // The user's names are the workbook's; only Excel's own print titles belong to a sheet.
    expect(xml).not.toMatch(/<definedName name="(?!_xlnm\.)[^"]*" localSheetId/);
  });

  test("the table part is one Excel opens without repair: valid name, the total row a plain row under it, column names equal to the header cells", async () => {
    const tableFiles = Object.keys(zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
    expect(tableFiles).toHaveLength(1);
    const xml = await zip.file(tableFiles[0])!.async("string");
    expect(xml).toMatch(/ name="Kommuner"/);
    expect(xml).toMatch(/ displayName="Kommuner"/);
    expect(xml).toMatch(/ ref="A3:E6"/);
    expect(xml).not.toMatch(/totalsRowCount/);
    expect(xml).toMatch(/<autoFilter ref="A3:E6"/);
    const columnNames = [...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((match) => match[1]);
    const sheet = workbook.getWorksheet("Kommuner")!;
    expect(columnNames).toEqual(["A3", "B3", "C3", "D3", "E3"].map((address) => sheet.getCell(address).value));
    // No totals declarations at all (ExcelJS's default "Total" label and "none" functions are dropped);
    // the plan's total row is plain cells just under the table, its label and formulas as planned.
    expect(xml).not.toMatch(/totalsRowLabel|totalsRowFunction|totalsRowFormula/);
    expect(sheet.getCell("A7").value).toBe("Summa");
  });

  test("workbook properties: creator with the version, created at the plan's time", async () => {
    expect(workbook.creator).toBe("Kostnadsdelning 0.1.0-test");
    expect(workbook.created?.toISOString()).toBe("2026-11-22T08:00:00.000Z");
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("2026-11-22T08:00:00Z");
  });

  test("a table without a totals row carries no totals label", async () => {
    const small = handBuiltPlan();
    const sheets = small.sheets.map((sheet) =>
      sheet.key === "municipalities" ? { ...sheet, tables: [{ name: "Kommuner", range: "A3:E6", totalsRow: false }] } : sheet,
    );
    const out = await JSZip.loadAsync(await writePlanToXlsx({ ...small, sheets }));
    const xml = await out.file("xl/tables/table1.xml")!.async("string");
    expect(xml).toMatch(/ ref="A3:E6"/);
    expect(xml).not.toMatch(/totalsRowLabel|totalsRowCount/);
  });
});

// Plans Excel would repair are refused by validatePlan before anything is written: every rule, and
// this writer refusing alike, in test/workbook/validatePlan.test.ts.

describe("writeXlsxFile", () => {
  test("writes the file and leaves no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    const path = join(dir, "fordelning.xlsx");
    await writeXlsxFile(handBuiltPlan(), path);
    const workbook = await readBack(readFileSync(path));
    expect(workbook.getWorksheet("Kommuner")!.getCell("D4").formula).toBe("B4*KrPerInvanareAr");
    expect(readdirSync(dir)).toEqual(["fordelning.xlsx"]);
  });

  test("replaces an existing file in one step", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    const path = join(dir, "fordelning.xlsx");
    writeFileSync(path, "old");
    await writeXlsxFile(handBuiltPlan(), path);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
  });

  test("an invalid plan leaves an existing file untouched and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    const path = join(dir, "fordelning.xlsx");
    writeFileSync(path, "the user's own file");
    const plan = handBuiltPlan();
    await expect(writeXlsxFile({ ...plan, sheets: [...plan.sheets, plan.sheets[0]] }, path)).rejects.toThrow(/two sheets are named "Parametrar"/);
    expect(readFileSync(path, "utf8")).toBe("the user's own file");
    expect(readdirSync(dir)).toEqual(["fordelning.xlsx"]);
  });

  test("a directory at the path is refused and stays as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    const path = join(dir, "ut.xlsx");
    mkdirSync(path);
    await expect(writeXlsxFile(handBuiltPlan(), path)).rejects.toMatchObject({ code: "EISDIR" });
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
    expect(readdirSync(path)).toEqual([]);
  });

  test("a missing directory is an error and creates nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    await expect(writeXlsxFile(handBuiltPlan(), join(dir, "saknas", "ut.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
    expect(existsSync(join(dir, "saknas"))).toBe(false);
  });
});
