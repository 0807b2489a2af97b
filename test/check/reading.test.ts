import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkTables } from "../../src/check";
import { CheckReadError, readGrids } from "../../src/files/checkReaders";

/*
 * Issue 10, reading honestly: an .xlsx gives its formulas (a shared formula translated to its cell),
 * its defined names and the sheets not asked for (read only to follow formulas); formulas saved
 * without calculated values are reported as such, not as "no amounts".
 */

const CHECK = join(__dirname, "..", "fixtures", "check");
const temporary = (name: string) => join(mkdtempSync(join(tmpdir(), "check-reading-")), name);

describe("formulas in the grids", () => {
  test("an .xlsx gives every cell's formula where it has one, and null where it has none", async () => {
    const grids = await readGrids(join(CHECK, "bilaga3-formler.xlsx"));
    const municipalities = grids.find((grid) => grid.sheet === "Kommuner")!;
    expect(municipalities.formulas![1].slice(0, 5)).toEqual([null, null, "=B2/$B$28", "=E2/Parametrar!$B$2", "=B2*Parametrar!$B$3"]);
    expect(municipalities.formulas![27][1]).toBe("=SUM(B2:B27)");
    expect(municipalities.values[27][1]).toBe(2344124);
    expect(municipalities.uncalculated).toBeUndefined();
  });

  test("a shared formula is translated to its cell; defined names come with the grids", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.getCell("A1").value = 2;
    sheet.getCell("A2").value = 3;
    sheet.getCell("B1").value = { formula: "A1*Faktor", result: 20, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellValue;
    sheet.getCell("B2").value = { sharedFormula: "B1", result: 30 } as ExcelJS.CellValue;
    sheet.getCell("C1").value = 10;
    workbook.definedNames.add("Blad1!$C$1", "Faktor");
    const file = temporary("shared.xlsx");
    await workbook.xlsx.writeFile(file);
    const [grid] = await readGrids(file);
    expect(grid.formulas!.map((row) => row[1])).toEqual(["=A1*Faktor", "=A2*Faktor"]);
    expect(grid.values.map((row) => row[1])).toEqual([20, 30]);
    expect(grid.names).toEqual([{ name: "Faktor", formula: "=Blad1!$C$1" }]);
  });

  test("with --sheet, the other sheets are read for their formulas only", async () => {
    const grids = await readGrids(join(CHECK, "bilaga3-formler.xlsx"), "Kommuner");
    expect(grids.map((grid) => [grid.sheet, grid.referenceOnly === true])).toEqual([
      ["Parametrar", true],
      ["Stadsdelar", true],
      ["Kommuner", false],
    ]);
    const report = checkTables(grids);
    expect(report.tables.map((table) => table.sheet)).toEqual(["Kommuner"]);
  });

  test("formulas saved without calculated values are reported as such, not as a table without amounts", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(CHECK, "bilaga3-formler.xlsx"));
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as ExcelJS.CellFormulaValue;
          if (value && typeof value === "object" && "formula" in value && Number(cell.col) > 2) cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
        }),
      );
    }
    const file = temporary("uncalculated.xlsx");
    await workbook.xlsx.writeFile(file);
    const grids = await readGrids(file);
    expect(grids.find((grid) => grid.sheet === "Kommuner")!.uncalculated).toContain("E2");
    const report = checkTables(grids);
    const codes = report.problems.map((problem) => problem.code);
    expect(codes).toContain("notCalculated");
    expect(codes).not.toContain("cannotInfer");
    const problem = report.problems.find((candidate) => candidate.code === "notCalculated" && candidate.sheet === "Kommuner")!;
    expect(problem.message.sv).toContain("saknar beräknat värde");
    expect(problem.message.en).toContain("no calculated value");
    expect(report.status).toBe("findings");
  });
  test("a formula whose saved result is the empty text is calculated (\"\"), not \"without a calculated value\"", async () => {
    // Excel and ExcelJS save a formula giving "" as `t="str"` with an empty <v>; openpyxl saves one it never
    // calculated with no type and an empty <v>. Only the second is without a calculated value.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = 1;
    const written = await workbook.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(written);
    const sheetPart = "xl/worksheets/sheet1.xml";
    const cells = [
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<row r="2"><c r="A2" s="0" t="str"><f>IF(A1=1,"","x")</f><v></v></c></row>',
      '<row r="3"><c r="A3" t="str"><f>IF(A1=1,"","x")</f></c></row>',
      '<row r="4"><c r="A4"><f>IF(A1=1,"","x")</f><v></v></c></row>',
      '<row r="5"><c r="A5" t="str"><f>IF(A1=1,"ja","x")</f><v>ja</v></c></row>',
    ].join("");
    const xml = (await zip.file(sheetPart)!.async("string")).replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${cells}</sheetData>`);
    zip.file(sheetPart, xml);
    const file = temporary("tom-text.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const [grid] = await readGrids(file);
    expect(grid.values.map((row) => row[0])).toEqual([1, "", "", null, "ja"]);
    expect(grid.uncalculated).toEqual(["A4"]);
  });
});

describe("merged cells", () => {
  test("a merged range is one cell, its top-left: E6 of D6:E6 is empty, not D6's 54 931 kr again, and the report says so", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(CHECK, "bilaga3-tryckt.xlsx"));
    const sheet = workbook.getWorksheet("Kommuner")!;
    // Row 6 is Huddinge: its Summa/år and Summa totalt merged into one cell.
    sheet.mergeCells("D6:E6");
    const file = temporary("merged.xlsx");
    await workbook.xlsx.writeFile(file);
    const grids = await readGrids(file);
    const kommuner = grids.find((grid) => grid.sheet === "Kommuner")!;
    expect(kommuner.merged).toEqual(["D6:E6"]);
    expect(kommuner.values[5].slice(3, 5)).toEqual(["65 915 kr", null]);
    const report = checkTables(grids);
    expect(report.findings.some((finding) => finding.sheet === "Kommuner" && finding.address === "E6")).toBe(false);
    const merged = report.problems.find((problem) => problem.code === "mergedCells")!;
    expect(merged).toMatchObject({ severity: "warning", sheet: "Kommuner", address: "D6:E6" });
    expect(merged.message.sv).toBe("D6:E6 är sammanfogade celler och läses som en cell, D6; E6 (Summa totalt) är tom och granskas inte.");
    expect(merged.message.en).toBe("D6:E6 are merged cells and are read as one cell, D6; E6 (Summa totalt) is empty and not checked.");
  });
});

describe("files that are not what they seem", () => {
  const refusal = async (path: string): Promise<CheckReadError> => {
    const error = await readGrids(path).catch((caught) => caught);
    expect(error).toBeInstanceOf(CheckReadError);
    return error as CheckReadError;
  };
  /** No library text, no address: only the file's name and our own words. */
  const plainWords = (error: CheckReadError) => {
    for (const text of [error.text.sv, error.text.en]) expect(text).not.toMatch(/zip|central directory|Error|http|www\.|exceljs|JSZip|undefined/i);
  };

  test("an .xlsx renamed .csv says so, in the user's language", async () => {
    const file = temporary("tabell.csv");
    copyFileSync(join(CHECK, "bilaga3-tryckt.xlsx"), file);
    const error = await refusal(file);
    expect(error.text.sv).toBe(`${file}: filen är en Excel-arbetsbok (.xlsx) fast namnet slutar på .csv; byt namn på den till .xlsx och granska den igen.`);
    expect(error.text.en).toContain("the file is an Excel workbook (.xlsx) although its name ends in .csv");
    plainWords(error);
  });

  test("a password-protected workbook (an encrypted compound file) says so", async () => {
    // The start of an encrypted OOXML file: the compound file signature, and its EncryptionInfo stream's name.
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64)]);
    const file = temporary("skyddad.xlsx");
    writeFileSync(file, bytes);
    const error = await refusal(file);
    expect(error.text.sv).toContain("skyddad med lösenord");
    expect(error.text.en).toContain("protected by a password");
    plainWords(error);
    // Renamed .csv, the same.
    const csv = temporary("skyddad.csv");
    writeFileSync(csv, bytes);
    expect((await refusal(csv)).text.en).toContain("protected by a password");
  });

  test("an old .xls, a damaged .xlsx and a text file named .xlsx each say which", async () => {
    const xls = temporary("gammal.xlsx");
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    expect((await refusal(xls)).text.sv).toContain("Excels gamla format (.xls)");
    const damaged = temporary("trasig.xlsx");
    writeFileSync(damaged, readFileSync(join(CHECK, "bilaga3-tryckt.xlsx")).subarray(0, 400));
    const broken = await refusal(damaged);
    expect(broken.text.sv).toBe(`${damaged}: filen är skadad eller ingen Excel-arbetsbok och kan inte läsas; öppna den i Excel och spara den igen som .xlsx.`);
    plainWords(broken);
    const text = temporary("tabell.xlsx");
    writeFileSync(text, "Kommun;Invånare\nBotkyrka;93 106\n");
    expect((await refusal(text)).text.en).toContain("the file is a text file, not an Excel workbook; if it is a CSV file, rename it to .csv.");
  });

  test("a CSV file the parser cannot read says where and why in our words, not the parser's", async () => {
    const csv = temporary("trasig.csv");
    writeFileSync(csv, 'Kommun;Invånare\nBotkyrka;"93 106\nDanderyd;33 187\n');
    const error = await refusal(csv);
    expect(error.text.sv).toBe(`${csv}: filen kan inte läsas som CSV (rad 3): ett citattecken (") öppnas men stängs aldrig.`);
    expect(error.text.en).toContain('a quote (") is opened and never closed');
    plainWords(error);
    expect(error.text.en).not.toMatch(/Quote Not Closed|CSV_/i);
  });
});
