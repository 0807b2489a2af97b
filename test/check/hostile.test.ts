import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkTables } from "../../src/check";
import type { CellGrid, CheckReport } from "../../src/check";
import { readGrids } from "../../src/files/checkReaders";
import { printedDistricts, printedMunicipalities } from "../fixtures/check/generate";

/*
 * Issue 18: the checker never hangs and never passes a wrong table. Hostile and real workbooks, one
 * describe per item the issue saw; each workbook is built here as the issue describes it.
 */

const temporary = (name: string) => join(mkdtempSync(join(tmpdir(), "check-hostile-")), name);

/** The printed annex on Kommuner and Stadsdelar, and whatever `more` adds. */
async function annexWorkbook(name: string, more: (workbook: ExcelJS.Workbook) => void = () => undefined): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const put = (sheet: ExcelJS.Worksheet, rows: string[][]) => rows.forEach((row, r) => row.forEach((value, c) => value !== "" && (sheet.getCell(r + 1, c + 1).value = value)));
  put(workbook.addWorksheet("Kommuner"), printedMunicipalities());
  put(workbook.addWorksheet("Stadsdelar"), printedDistricts());
  more(workbook);
  const file = temporary(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const cellsRead = (grids: readonly CellGrid[]) => grids.reduce((sum, grid) => sum + grid.values.reduce((width, row) => width + row.length, 0), 0);
const findingsAt = (report: CheckReport) => report.findings.map((finding) => `${finding.sheet}!${finding.address}:${finding.severity}`);

describe("1. a stray cell far away costs nothing", () => {
  test("a cell at A1048576 and one at XFD1 beside the annex: the sheet is read as its blocks of used cells, and checked as the clean annex is", async () => {
    const clean = checkTables(await readGrids(await annexWorkbook("clean.xlsx")));
    const file = await annexWorkbook("stray.xlsx", (workbook) => {
      workbook.getWorksheet("Kommuner")!.getCell("A1048576").value = "x";
      workbook.getWorksheet("Kommuner")!.getCell("XFD1").value = 1;
    });
    const grids = await readGrids(file);
    // The annex's two tables are 28 × 5 and 17 × 7 cells; the stray cells one each, in grids of their own.
    expect(cellsRead(grids)).toBeLessThan(400);
    expect(grids.filter((grid) => grid.sheet === "Kommuner").map((grid) => [grid.anchor, grid.values.length])).toEqual([
      ["A1", 28],
      ["XFD1", 1],
      ["A1048576", 1],
    ]);
    const report = checkTables(grids);
    expect(findingsAt(report)).toEqual(findingsAt(clean));
    expect(report.status).toBe(clean.status);
  });

  test("a cell between the blocks of a sheet read whole is empty, not unknown: a formula referring to it is told", async () => {
    const file = await annexWorkbook("gap.xlsx", (workbook) => {
      const sheet = workbook.getWorksheet("Kommuner")!;
      sheet.getCell("H1").value = "Gränsbelopp";
      sheet.getCell("I1").value = { formula: "Z500*1", result: 0 } as ExcelJS.CellValue;
      sheet.getCell("A2000").value = "anteckning";
      sheet.getCell("E2").value = { formula: "I1*0+54931*8", result: 439451 } as ExcelJS.CellValue;
    });
    const report = checkTables(await readGrids(file));
    expect(report.findings.some((finding) => finding.kind === "emptyReference" && finding.address === "I1" && finding.message.en.includes("Kommuner!Z500"))).toBe(true);
  });
});
