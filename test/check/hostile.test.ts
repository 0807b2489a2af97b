import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkTables, exitCodeFor } from "../../src/check";
import type { CellGrid, CellValue, CheckReport } from "../../src/check";
import { runWorkbookCommand } from "../../src/cli/workbook";
import { readGrids, readWorkbook } from "../../src/files/checkReaders";
import { readAgreementFile } from "../../src/files/agreementFile";
import type { AgreementDeclaration } from "../../src/data";
import { formulaWorkbook, printedDistricts, printedMunicipalities } from "../fixtures/check/generate";
import { annexDistricts, annexMunicipalities } from "../helpers/bilaga3";

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

/** A package part added or rewritten after ExcelJS wrote the file (what ExcelJS cannot write: links to other workbooks). */
async function patched(file: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await edit(zip);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/** A link to C:\Budget\Budget2020.xlsx as Excel writes one: the external link part, its relationship, and the workbook's reference to it ([1]). */
async function linkToOtherWorkbook(zip: JSZip): Promise<void> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink ${ns}><externalBook r:id="rId1"><sheetNames><sheetName val="Parametrar"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="B1"><v>615312</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:\\Budget\\Budget2020.xlsx" TargetMode="External"/></Relationships>`,
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const names = '<definedName name="GransExtern">[1]Parametrar!$B$1</definedName>';
  const withNames = workbook.includes("<definedNames>") ? workbook.replace("<definedNames>", `<definedNames>${names}`) : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file("xl/workbook.xml", withNames.replace(/<\/sheets>/, '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
}

describe("4 and 9. what is skipped or suspicious is said, each with its cell", () => {
  /**
   * The annex computed from Parametrar (test/fixtures/check/generate.ts, mended), and then: the
   * threshold taken from another workbook, a name pointing there, a 3D reference over three sheets
   * (one empty), an error value feeding the rate per year, a circle, an error in a table's formula, a
   * very hidden and a hidden sheet, and a hidden row and column inside the tables.
   */
  async function hostileWorkbook(): Promise<string> {
    const workbook = formulaWorkbook(false);
    const parameters = workbook.getWorksheet("Parametrar")!;
    parameters.getCell("B1").value = { formula: "[1]Parametrar!$B$1", result: 615312 } as ExcelJS.CellValue;
    const rate = parameters.getCell("B5").value as ExcelJS.CellFormulaValue;
    parameters.getCell("B5").value = { formula: "B4/B2+IFERROR(C5,0)+0*B8+SUM(Jan:Mar!A1)", result: rate.result } as ExcelJS.CellValue;
    parameters.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    parameters.getCell("A8").value = "Kontroll";
    parameters.getCell("B8").value = { formula: "B9+1", result: 0 } as ExcelJS.CellValue;
    parameters.getCell("B9").value = { formula: "B8-1", result: 0 } as ExcelJS.CellValue;
    for (const [name, value] of [["Jan", 0], ["Feb", null], ["Mar", 0]] as const) workbook.addWorksheet(name).getCell("A1").value = value;
    const municipalities = workbook.getWorksheet("Kommuner")!;
    municipalities.getCell("E3").value = { formula: "#REF!*Parametrar!$B$4", result: { error: "#REF!" } } as ExcelJS.CellValue;
    municipalities.getRow(5).hidden = true;
    workbook.getWorksheet("Stadsdelar")!.getColumn(4).hidden = true;
    workbook.addWorksheet("Dold", { state: "veryHidden" }).getCell("A1").value = "anteckning";
    workbook.addWorksheet("Gammal", { state: "hidden" }).getCell("A1").value = "gammal version";
    const file = temporary("hostile.xlsx");
    await workbook.xlsx.writeFile(file);
    return patched(file, linkToOtherWorkbook);
  }

  let report: CheckReport;
  beforeAll(async () => {
    const read = await readWorkbook(await hostileWorkbook());
    expect(read.facts.externalBooks).toEqual(["file:///C:\\Budget\\Budget2020.xlsx"]);
    report = checkTables(read.grids, {}, { facts: [read.facts] });
  });
  const finding = (address: string, kind: string) => report.findings.find((candidate) => `${candidate.sheet}!${candidate.address}` === address && candidate.kind === kind);
  const problem = (code: string, text: string) => report.problems.find((candidate) => candidate.code === code && candidate.message.en.includes(text));

  test("a reference to another workbook, in a formula and in a name", () => {
    expect(finding("Parametrar!B1", "externalReference")).toMatchObject({ severity: "warning", row: "Gränsbelopp", stated: "=[1]Parametrar!$B$1" });
    expect(finding("Parametrar!B1", "externalReference")!.message.sv).toContain("[1] file:///C:\\Budget\\Budget2020.xlsx");
    expect(problem("externalName", "GransExtern")).toMatchObject({ severity: "warning" });
  });

  test("a 3D reference, with the empty cell it takes in", () => {
    const threeD = finding("Parametrar!B5", "threeDReference")!;
    expect(threeD.severity).toBe("warning");
    expect(threeD.message.en).toContain("Jan:Mar!A1, over sheets Jan, Feb, Mar");
    expect(threeD.message.en).toContain("Empty cells in it: Feb!A1.");
  });

  test("error values: in a table's formula, and in a cell that feeds the table", () => {
    expect(finding("Kommuner!E3", "errorValue")).toMatchObject({ severity: "error", row: "Danderyd", column: "Summa totalt" });
    expect(finding("Kommuner!E3", "errorValue")!.message.en).toContain("holds #REF!, a reference to cells that were deleted");
    expect(finding("Kommuner!E3", "errorValue")!.message.en).toContain("shows the error value #REF!");
    expect(finding("Parametrar!C5", "errorValue")!.message.en).toContain("(C5): the cell shows the error value #DIV/0! and feeds B5.");
  });

  test("a circular reference, once", () => {
    const circles = report.findings.filter((candidate) => candidate.kind === "circularReference");
    expect(circles).toHaveLength(1);
    expect(circles[0].message.en).toContain("Parametrar!B8 → Parametrar!B9 → Parametrar!B8");
  });

  test("hidden sheets, a hidden row and a hidden column of the tables", () => {
    expect(problem("hiddenSheet", "Sheet Dold is very hidden")).toMatchObject({ severity: "warning", sheet: "Dold" });
    expect(problem("hiddenSheet", "Sheet Gammal is hidden")).toMatchObject({ severity: "info" });
    expect(problem("hiddenCells", "Hidden rows in the table: 5 (Haninge)")).toMatchObject({ sheet: "Kommuner", address: "A5" });
    expect(problem("hiddenCells", "Hidden columns in the table: D (Fördelning i Sthlm)")).toMatchObject({ sheet: "Stadsdelar", address: "D1" });
  });
});

/** What docProps/app.xml and calcPr say: the program that saved the file, its version, and whether it asks to be recalculated. */
async function savedBy(zip: JSZip, application: string, version: string, recalculateOnOpen: boolean): Promise<void> {
  zip.file("docProps/app.xml", `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${application}</Application><AppVersion>${version}</AppVersion></Properties>`);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace(/<calcPr\b[^>]*\/>/, `<calcPr calcId="124519"${recalculateOnOpen ? ' fullCalcOnLoad="1"' : ""}/>`));
}

describe("3. saved values that nobody calculated are not trusted silently", () => {
  async function formulasSavedBy(name: string, application: string, version: string, recalculateOnOpen: boolean): Promise<CheckReport> {
    const file = temporary(name);
    await formulaWorkbook(false).xlsx.writeFile(file);
    await patched(file, (zip) => savedBy(zip, application, version, recalculateOnOpen));
    const read = await readWorkbook(file);
    return checkTables(read.grids, {}, { facts: [read.facts] });
  }

  test("a file saved by a program that does not calculate (openpyxl calls itself Microsoft Excel 3.1) gets a warning that its values were trusted", async () => {
    const report = await formulasSavedBy("openpyxl.xlsx", "Microsoft Excel", "3.1", true);
    const note = report.problems.find((problem) => problem.code === "savedValues")!;
    expect(note.severity).toBe("warning");
    expect(note.message.sv).toContain('openpyxl.xlsx sparades av "Microsoft Excel 3.1", inte av Excel eller LibreOffice, och ber om att räknas om när den öppnas');
    expect(note.message.en).toContain("Check with --recalculate");
    expect(report.findings).toEqual([]);
    expect(exitCodeFor(report)).toBe(1);
  });

  test("a file saved by Excel or LibreOffice: its values are its own calculation, nothing to say", async () => {
    for (const [application, version] of [["Microsoft Excel", "16.0300"], ["LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2", ""]]) {
      const report = await formulasSavedBy("saved.xlsx", application, version, false);
      expect(report.problems).toEqual([]);
      expect(report.status).toBe("ok");
    }
  });

  test("the add-in's own file (ExcelJS, asking Excel to recalculate) holds the engine's values: nothing to say; re-saved by openpyxl, it is warned of", async () => {
    const dir = mkdtempSync(join(tmpdir(), "check-own-"));
    const file = join(dir, "fordelning.xlsx");
    expect(await runWorkbookCommand(["--out", file], { cwd: dir, stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const own = await readWorkbook(file);
    expect(own.facts.producer).toMatchObject({ application: "Microsoft Excel", recalculateOnOpen: true, lastModifiedBy: expect.stringMatching(/^Kostnadsdelning /) });
    expect(checkTables(own.grids, {}, { facts: [own.facts] }).problems.filter((problem) => problem.code === "savedValues")).toEqual([]);
    await patched(file, (zip) => savedBy(zip, "Microsoft Excel", "3.1", true));
    const resaved = await readWorkbook(file);
    expect(checkTables(resaved.grids, {}, { facts: [resaved.facts] }).problems.find((problem) => problem.code === "savedValues")).toMatchObject({ severity: "warning" });
  });
});

describe("8c. a valid workbook ExcelJS cannot read is read, and never called damaged", () => {
  const OPENPYXL = join(__dirname, "..", "fixtures", "check", "bilaga3-openpyxl.xlsx");

  test("openpyxl's file (absolute relationship targets, comments and a chart where ExcelJS does not look): ExcelJS alone fails, the checker reads it itself", async () => {
    await expect(new ExcelJS.Workbook().xlsx.load(readFileSync(OPENPYXL) as unknown as ArrayBuffer)).rejects.toThrow(/anchors|comments|name/);
    const read = await readWorkbook(OPENPYXL, { soffice: "" });
    expect(read.facts).toMatchObject({ producer: { application: "Microsoft Excel", version: "3.0", recalculateOnOpen: true } });
    expect(read.facts.readThrough).toBeUndefined();
    const report = checkTables(read.grids, {}, { facts: [read.facts] });
    expect(report.tables).toMatchObject([{ kind: "municipalities", sheet: "Kommuner", range: "A1:E28", rows: 26, totalRow: "A28" }]);
    // Every unit row's figures are checked; the total row's SUMs have no saved value, and say so.
    expect(report.counts.cellsChecked).toBe(26 * 3);
    expect(report.problems.map((problem) => problem.code)).toEqual(["savedValues", "notCalculated"]);
    expect(report.problems[0].message.en).toContain('bilaga3-openpyxl.xlsx was saved by "Microsoft Excel 3.0", not by Excel or LibreOffice');
  });

  test("a zip that is no workbook is called what it is", async () => {
    const file = temporary("rapport.xlsx");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file("word/document.xml", "<w:document/>");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(readWorkbook(file)).rejects.toMatchObject({ text: { en: `${file}: the file is a zip archive but no Excel workbook (it has no workbook part); is it another Office document?` } });
  });
});

describe("5. a column's unit is decided by the column: one wrong cell is one finding", () => {
  /** Bilaga 3's municipality table as numbers, shares as fractions (0,0397), one share wrong (1,6178), with or without a percent format. */
  function sharesAsFractions(format: string | null): CellGrid {
    const { rows, total } = annexMunicipalities();
    const values: CellValue[][] = [["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"]];
    for (const row of [...rows, total]) values.push([row.name, row.population, row.name === "Nacka" ? 1.6178 : row.sharePercent / 100, row.perYear, row.forPeriod]);
    return { sheet: "Kommuner", values, numberFormats: values.map((row, r) => row.map((_, c) => (c === 2 && r > 0 ? format : null))) };
  }
  const shareFindings = (report: CheckReport) => report.findings.filter((finding) => finding.columnKey === "shareOfCounty").map((finding) => `${finding.address}:${finding.severity}`);

  test("without a percent format, the wrong cell is the only share that is wrong, as with one", () => {
    const bare = checkTables([sharesAsFractions(null)]);
    const formatted = checkTables([sharesAsFractions("0.00%")]);
    expect(shareFindings(bare)).toEqual(shareFindings(formatted));
    expect(shareFindings(bare)).toEqual(["C9:error", "C28:warning"]);
    expect(bare.findings.find((finding) => finding.address === "C9")!.message.sv.replace(/\u00a0/g, " ")).toContain("tabellen säger 161,78 %, men det ska vara 4,422 %");
  });

  test("a header in percent, or rows that add up to 100, say the bare numbers are percent", () => {
    const percent = (header: string): CellGrid => {
      const grid = sharesAsFractions(null);
      const values = grid.values.map((row, r) => row.map((value, c) => (c === 2 && r > 0 ? Number(((value as number) * 100).toFixed(2)) : r === 0 && c === 2 ? header : value)));
      return { sheet: "Kommuner", values };
    };
    for (const header of ["Fördelning (%)", "Fördelning"]) expect(shareFindings(checkTables([percent(header)]))).toEqual(["C9:error", "C28:warning"]);
  });
});

describe("2. a table off by a power of ten does not pass: inferred figures are judged", () => {
  const implausible = (report: CheckReport) => report.problems.filter((problem) => problem.code === "implausibleParameter").map((problem) => problem.message.sv.replace(/\u00a0/g, " "));

  /** Bilaga 3's two tables with every amount divided by `by` (what the old "615,312" misreading produced). */
  function annexDividedBy(by: number): CellGrid[] {
    const { rows, total } = annexMunicipalities();
    const districts = annexDistricts();
    const amount = (value: number | null) => (value === null ? null : value / by);
    return [
      { sheet: "Kommuner", values: [["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"], ...[...rows, total].map((row) => [row.name, row.population, row.sharePercent, amount(row.perYear), amount(row.forPeriod)])] },
      {
        sheet: "Stadsdelar",
        values: [
          ["Stadsdelsförvaltning", "Invånare", "Invånare inkl rest", "Fördelning i Sthlm", "Fördelning alla kommuner", "Summa/år", "Summa totalt"],
          ...[...districts.rows, districts.rest, districts.total].map((row) => [row.name, row.population, row.populationIncludingRest, row.shareOfCityPercent, row.shareOfCountyPercent, amount(row.perYear), amount(row.forPeriod)]),
        ],
      },
    ];
  }

  test("Bilaga 3 with every amount divided by 1 000: the threshold 615,31 kr is a warning naming 615 312 kr, and the exit status is 1", () => {
    const report = checkTables(annexDividedBy(1000));
    expect(report.parameters.find((parameter) => parameter.key === "threshold")).toMatchObject({ value: 615.312, source: "inferred" });
    expect(implausible(report)).toEqual([expect.stringContaining("Gränsbeloppet 615,31 kr, härlett ur tabellen, är inget känt gränsbelopp och utanför det rimliga (100 000 kr–10 000 000 kr): 1/1 000 av 615 312 kr?")]);
    expect(exitCodeFor(report)).toBe(1);
    // The annex itself: a known threshold, nothing to judge.
    expect(implausible(checkTables(annexDividedBy(1)))).toEqual([]);
  });

  /** The add-in's own workbook, written by `npm run workbook` with these options, checked. */
  async function workbookMadeWith(...options: string[]): Promise<CheckReport> {
    const dir = mkdtempSync(join(tmpdir(), "check-forced-"));
    const code = await runWorkbookCommand([...options, "--force", "--out", join(dir, "forced.xlsx")], { cwd: dir, stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    return checkTables(await readGrids(join(dir, "forced.xlsx")));
  }

  test("a workbook made with --threshold 615 --force: the threshold is a warning, 1/1 000 of 615 312 kr", async () => {
    expect(implausible(await workbookMadeWith("--threshold", "615"))).toEqual([expect.stringContaining("Gränsbeloppet 615 kr, härlett ur tabellen, är inget känt gränsbelopp och utanför det rimliga (100 000 kr–10 000 000 kr): 1/1 000 av 615 312 kr?")]);
  });

  test("a workbook made with --budget-2026 260000 --force: the municipalities' part means a budget outside its range, 1/100 of 4 940 000 kr", async () => {
    const [part] = implausible(await workbookMadeWith("--budget-2026", "260000"));
    expect(part).toContain("Kommunernas del 49 400 kr per år, härledd ur tabellen, betyder budgeten 260 000 kr med andelen 19 %, utanför det rimliga (1 000 000 kr–1 000 000 000 kr): 1/100 av 4 940 000 kr?");
  });

  test("a period outside 1–20 years is a warning naming the agreement's 8 years", () => {
    const [municipalities] = annexDividedBy(1);
    const values = municipalities.values.map((row, r) => (r === 0 ? row : [row[0], row[1], row[2], Math.round((row[4] as number) / 25), row[4]]));
    const report = checkTables([{ sheet: "Kommuner", values }]);
    expect(implausible(report)).toEqual([expect.stringContaining("Avtalsperioden 25 år, härlett ur tabellen, är utanför det rimliga (1 år–20 år): Närmast kända: 8 år.")]);
  });
});

describe("7. the add-in's own --agreement workbook is checkable from the agreement's declarations", () => {
  const AGREEMENT = join(__dirname, "..", "fixtures", "agreements", "split-70-30.json");
  let file: string;
  let agreement: AgreementDeclaration;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "check-agreement-"));
    file = join(dir, "split.xlsx");
    const code = await runWorkbookCommand(["--agreement", AGREEMENT, "--out", file], { cwd: dir, stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    const read = await readAgreementFile(AGREEMENT, "split-70-30.json", "sv");
    if (!read.ok) throw new Error(read.issues.join("\n"));
    agreement = read.agreement;
  });

  const asked = (report: CheckReport) => report.problems.filter((problem) => problem.severity === "fatal" || problem.severity === "warning");

  test("given the agreement, its population-share tables are read as its own (2031–2035), nothing is asked for, and it checks clean", async () => {
    const read = await readWorkbook(file);
    const report = checkTables(read.grids, {}, { facts: [read.facts], agreements: [agreement] });
    expect(report.tables.filter((table) => table.sheet === "Avtal 2031")).toMatchObject([
      { kind: "municipalities2026", range: "A9:D36", rows: 26, totalRow: "A36", agreement: "2031–2035", checked: true },
      { kind: "districts2026", range: "A38:D53", rows: 14, totalRow: "A53", agreement: "2031–2035", checked: true },
    ]);
    expect(asked(report)).toEqual([]);
    expect(report.problems.filter((problem) => problem.code === "declaredAnnualCost").map((problem) => `${problem.sheet}!${problem.address}`)).toEqual(["Årskostnad!A4"]);
    expect(report.parameters.find((parameter) => parameter.key === "municipalPart2026")).toMatchObject({ value: 3_000_000, source: "inferred" });
    expect(report.counts.error).toBe(0);
    expect(exitCodeFor(report)).toBe(0);
  });

  test("without it, the sheet's later period still says it is no LOU table: no threshold or period is asked for", async () => {
    const report = checkTables(await readGrids(file));
    expect(report.tables.filter((table) => table.sheet === "Avtal 2031").map((table) => table.kind)).toEqual(["municipalities2026", "districts2026"]);
    // Årskostnad's columns are the agreement's components, which only its declaration names: without it
    // that table is known by its shape (units of both kinds under "Typ") and named as not checked.
    expect(asked(report)).toEqual([]);
    expect(report.problems.filter((problem) => problem.code === "declaredAnnualCost").map((problem) => `${problem.sheet}!${problem.address}`)).toEqual(["Årskostnad!A4"]);
    expect(exitCodeFor(report)).toBe(0);
  });

  test("a cost changed by hand in the agreement's table is found, at its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet("Avtal 2031")!.getCell("D10").value = 120_156.67;
    const changed = temporary("changed.xlsx");
    await workbook.xlsx.writeFile(changed);
    const report = checkTables(await readGrids(changed), {}, { agreements: [agreement] });
    expect(report.findings.filter((finding) => finding.severity === "error").map((finding) => `${finding.sheet}!${finding.address}`)).toContain("Avtal 2031!D10");
    expect(exitCodeFor(report)).toBe(1);
  });
});
