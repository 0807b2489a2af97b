import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkTables } from "../../src/check";
import { readGrids } from "../../src/files/checkReaders";

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
          if (value && typeof value === "object" && "formula" in value && cell.col > 2) cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
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
});
