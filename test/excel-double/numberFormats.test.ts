import { createExcelDouble } from "../../src/excel-double";
import type { ExcelRun } from "../../src/excel/run";

/* The double's numberFormats reader gives what Range.numberFormat gives, outside the API (nothing recorded). */

describe("numberFormats", () => {
  it("reads each cell's format, General where none is set, as Range.numberFormat does, and records no call", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: { value: 54931, numberFormat: '#,##0 "kr"' }, B1: 0.0397 } }] });
    await (xl.run as ExcelRun)(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B1").numberFormat = [["0.00%"]];
      await context.sync();
    });
    const fromApi = await (xl.run as ExcelRun)(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:C1");
      range.load("numberFormat");
      await context.sync();
      return range.numberFormat;
    });
    const calls = xl.calls.length;
    expect(xl.numberFormats("Blad1", "A1:C1")).toEqual([['#,##0 "kr"', "0.00%", "General"]]);
    expect(xl.numberFormats("Blad1", "A1:C1")).toEqual(fromApi);
    expect(xl.calls.length).toBe(calls);
  });
});
