import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkTables } from "../../src/check";
import { main } from "../../src/cli/check";
import { readWorkbook } from "../../src/files/checkReaders";
import { formulaWorkbook } from "../fixtures/check/generate";
import { describeWithTool } from "../helpers/system";

/*
 * Issue 18, items 3 and 8: `npm run check -- --recalculate` recalculates the file with LibreOffice
 * before checking it, and every formula whose saved value differs is an error at its cell; a valid
 * workbook ExcelJS cannot read is read as LibreOffice saves it again, and said so.
 */

describeWithTool("soffice", "the checker with LibreOffice", (soffice) => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "lo-check-"));

  /** The annex computed from Parametrar, with Botkyrka's Summa/år made wrong (÷ 7) but its saved value still the right one, saved by openpyxl's words. */
  async function staleWorkbook(): Promise<string> {
    const workbook = formulaWorkbook(false);
    const cell = workbook.getWorksheet("Kommuner")!.getCell("D2");
    const saved = (cell.value as ExcelJS.CellFormulaValue).result;
    cell.value = { formula: "B2*Parametrar!$B$4/7", result: saved } as ExcelJS.CellValue;
    const file = join(dir, "gammalt-varde.xlsx");
    await workbook.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file("docProps/app.xml", '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>3.1</AppVersion></Properties>');
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  test("--recalculate: the formula whose saved value is old is an error, with what was saved and what Excel will show", async () => {
    const file = await staleWorkbook();
    let stdout = "";
    const code = await main([file, "--recalculate", "--json"], { cwd: dir, stdout: (text) => (stdout += text), stderr: () => undefined });
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    const stale = report.findings.find((finding: { address: string }) => finding.address === "D2");
    expect(stale).toMatchObject({ sheet: "Kommuner", kind: "staleValue", severity: "error", row: "Botkyrka", column: "Summa/år", stated: "=B2*Parametrar!$B$4/7" });
    const message = stale.message.sv.replace(/\u00a0/g, " ");
    expect(message).toContain("har det sparade värdet 54 931 kr, men ger 62 779 kr när filen räknas om (LibreOffice)");
    // The figure the formula gives is what is checked: told inside the same finding, once.
    expect(message).toContain("tabellen säger 62 778,74 kr, men det ska vara 54 931,40 kr");
    const atD2 = report.findings.filter((finding: { address: string }) => finding.address === "D2").map((finding: { kind: string }) => finding.kind);
    expect(atD2).toEqual(["staleValue", "inconsistentFormula"]);
    expect(report.problems.find((problem: { code: string }) => problem.code === "savedValues").message.en).toBe(
      "gammalt-varde.xlsx was recalculated with LibreOffice before the check; 2 formulas had other saved values (see Errors).",
    );
    // The other: the total that sums it.
    expect(report.findings.find((finding: { address: string; kind: string }) => finding.address === "D28" && finding.kind === "staleValue")).toMatchObject({ row: "Totalt" });
  });

  test("without --recalculate the same file checks clean of figures, but says its values were trusted", async () => {
    const read = await readWorkbook(await staleWorkbook());
    const report = checkTables(read.grids, {}, { facts: [read.facts] });
    expect(report.findings.filter((finding) => finding.kind === "figure")).toEqual([]);
    expect(report.problems.find((problem) => problem.code === "savedValues")).toMatchObject({ severity: "warning" });
  });

  test("a workbook ExcelJS cannot read is read through LibreOffice and said so; without LibreOffice it is not called damaged", async () => {
    const file = join(dir, "utanfor.xlsx");
    await formulaWorkbook(false).xlsx.writeFile(file);
    // A cell past Excel's last column (XFD): LibreOffice leaves it out, ExcelJS refuses the whole file.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheet = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
    zip.file(sheet, (await zip.file(sheet)!.async("string")).replace("</row>", '<c r="XFE1"><v>1</v></c></row>'));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const read = await readWorkbook(file, { soffice });
    expect(read.facts.readThrough).toBe("LibreOffice");
    const report = checkTables(read.grids, {}, { facts: [read.facts] });
    expect(report.tables.filter((table) => table.checked)).toHaveLength(2);
    expect(report.problems.find((problem) => problem.code === "savedValues")!.message.en).toContain("utanfor.xlsx was read as LibreOffice saves it");
    await expect(readWorkbook(file, { soffice: "" })).rejects.toMatchObject({
      text: {
        en: `${file}: the file is a workbook the checker's reader cannot read (it is not necessarily damaged). Install LibreOffice and it is read through it, or open it in Excel and save it again as .xlsx.`,
      },
    });
  });
});
