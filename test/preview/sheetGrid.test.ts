import { createExcelDouble } from "../../src/excel-double";
import { writePlanToExcel } from "../../src/excel";
import type { ExcelRun } from "../../src/excel/run";
import { putCalculatedValues } from "../../src/preview/calculate";
import { sheetGrid, visibleSheets } from "../../src/preview/sheetGrid";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";

/*
 * The preview's grid of the filled sheets: the double's values under their number formats, as Excel
 * shows them, once the formula cells hold what Excel would compute (the plan's values).
 */

const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("the grid of a sheet", () => {
  it("shows a seeded sheet from A1, each value under its format, numbers marked", () => {
    const double = createExcelDouble({
      sheets: [
        { name: "Blad1", cells: { B2: { value: 54931.35, numberFormat: '#,##0 "kr"' }, C3: { value: 0.0397, numberFormat: "0.00%" }, A3: "Botkyrka" } },
        { name: "Dold", visibility: "Hidden" },
      ],
    });
    expect(visibleSheets(double)).toEqual(["Blad1"]);
    const grid = sheetGrid(double, "Blad1", "sv");
    expect(grid.columns).toEqual(["A", "B", "C"]);
    expect(grid.rows.map((row) => row.cells.map((cell) => plain(cell.text)))).toEqual([
      ["", "", ""],
      ["", "54 931 kr", ""],
      ["Botkyrka", "", "3,97%"],
    ]);
    expect(grid.rows[1].cells[1].numeric).toBe(true);
    expect(grid.rows[2].cells[0].numeric).toBe(false);
    expect(sheetGrid(double, "Blad1", "en").rows[1].cells[1].text).toBe("54,931 kr");
    expect(grid.clipped).toBe(false);
  });

  it("shows an empty sheet as no rows, and says when a sheet goes on past the limits", () => {
    const double = createExcelDouble({ sheets: [{ name: "Tom" }, { name: "Stor", cells: { Z30: 1 } }] });
    expect(sheetGrid(double, "Tom", "sv").rows).toEqual([]);
    const clipped = sheetGrid(double, "Stor", "sv", { rows: 10, columns: 5 });
    expect(clipped.rows).toHaveLength(10);
    expect(clipped.columns).toEqual(["A", "B", "C", "D", "E"]);
    expect(clipped.clipped).toBe(true);
  });

  it("after a fill, shows the figures Excel would compute, in Swedish and English", async () => {
    for (const locale of ["sv", "en"] as const) {
      const double = createExcelDouble();
      const plan = buildWorkbookPlan(defaultPlanOptions(locale));
      const result = await writePlanToExcel(plan, { existing: "refuse", run: double.run as ExcelRun });
      const created = result.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name }));
      // Without calculation the double holds 0 for every formula; the preview puts in the engine's values.
      const before = double.snapshot();
      const calls = double.calls.length;
      expect(putCalculatedValues(double, plan, created)).toBeGreaterThan(100);
      expect(double.calls.length).toBe(calls);
      // Formulas, formats and looks stay as the writer wrote them: only values changed.
      const withoutValues = (snapshot: typeof before) =>
        snapshot.sheets.map((sheet) => Object.fromEntries(Object.entries(sheet.cells).map(([address, { value: _value, ...cell }]) => [address, cell])));
      expect(withoutValues(double.snapshot())).toEqual(withoutValues(before));
      const municipalities = created.find((sheet) => sheet.key === "municipalities")!.name;
      const texts = sheetGrid(double, municipalities, locale).rows.flatMap((row) => row.cells.map((cell) => plain(cell.text)));
      expect(texts).toEqual(expect.arrayContaining(locale === "sv" ? ["Botkyrka", "93 106", "3,97%", "54 931 kr"] : ["Botkyrka", "93,106", "3.97%", "54,931 kr"]));
    }
  });
});
