import { createExcelDouble } from "../../src/excel-double";
import type { ExcelRun } from "../../src/excel/run";
import { readTable } from "../../src/excel/workbookData";

/* What the pane reads from an Excel table: its header and data rows, and the address of the two together. */

describe("readTable", () => {
  const rows = [
    ["Namn", "Typ", "Invånare"],
    ["Botkyrka", "kommun", 93106],
    ["Danderyd", "kommun", 33187],
    ["Ekerö", "kommun", 28308],
  ];
  const cells = (sheetRows: (string | number)[][], column = 0, top = 1) =>
    Object.fromEntries(sheetRows.flatMap((row, r) => row.map((value, c) => [`${"ABCDEFG"[column + c]}${top + r}`, value])));

  it("names the whole range read, header and data rows, not the header alone", async () => {
    const double = createExcelDouble({ sheets: [{ name: "Befolkning", cells: cells(rows) }], tables: [{ name: "Befolkning", sheet: "Befolkning", range: "A1:C4" }] });
    const read = await readTable(double.run as ExcelRun, "Befolkning");
    expect(read.address).toBe("Befolkning!A1:C4");
    expect(read.values).toEqual(rows);
  });

  it("leaves the totals row out of both, and keeps a quoted sheet name and a table away from A1", async () => {
    const double = createExcelDouble({
      sheets: [{ name: "Min data", cells: { ...cells(rows, 1, 3), B7: "Summa", D7: "=SUBTOTAL(109,D4:D6)" } }],
      tables: [{ name: "Folk", sheet: "Min data", range: "B3:D7", showTotals: true }],
    });
    const read = await readTable(double.run as ExcelRun, "Folk");
    expect(read.address).toBe("'Min data'!B3:D6");
    expect(read.values).toEqual(rows);
  });
});
