import { readFileSync } from "fs";
import { join } from "path";
import { createExcelDouble, ExcelDouble, SeedSheet } from "../../src/excel-double";
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STORE_SHEET,
  checkInExcel,
  hasHighlights,
  highlightFindings,
  listTableNames,
  readGridsFromExcel,
  removeHighlights,
  selectCell,
  splitAddress,
  writeReportSheet,
} from "../../src/excel/check";
import { csvTextToRows } from "../../src/files/checkReaders";
import { columnLetter } from "../../src/formula/a1";

/*
 * The Office adapter against helper C's Excel double: reading a selection or tables, highlighting
 * and removing highlights (the original fills come back exactly, no value ever changes), the report
 * on a new sheet that never overwrites.
 */

const BILAGA3 = join(__dirname, "..", "fixtures", "bilaga3");
const printed = (file: string) => csvTextToRows(readFileSync(join(BILAGA3, file), "utf8")).filter((row) => row.some((cell) => cell !== ""));

function cells(rows: string[][], top = 1, left = 1): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((row, r) => row.forEach((value, c) => value !== "" && (out[`${columnLetter(left - 1 + c)}${top + r}`] = value)));
  return out;
}

/** The printed annex on two sheets, as pasted text, with a few fills the user had already. */
function annexDouble(): ExcelDouble {
  const kommuner: SeedSheet = {
    name: "Kommuner",
    cells: {
      ...cells(printed("bilaga3-kommuner-tryckt.csv")),
      // A header fill and a green fill on a finding cell: both must survive highlighting.
      A1: { value: "Kommun", fill: "#D9E1F2" },
      E21: { value: "214 958 kr", fill: "#C6EFCE" },
    },
  };
  const stadsdelar: SeedSheet = { name: "Stadsdelar", cells: cells(printed("bilaga3-stadsdelar-tryckt.csv")) };
  return createExcelDouble({
    sheets: [kommuner, stadsdelar],
    tables: [
      { name: "Kommuner", sheet: "Kommuner", range: "A1:E28" },
      { name: "Stadsdelar", sheet: "Stadsdelar", range: "A1:G17" },
    ],
    selection: { sheet: "Kommuner", address: "A1:E28" },
  });
}

const TABLES = { kind: "tables", names: ["Kommuner", "Stadsdelar"] } as const;

describe("reading from Excel", () => {
  test("splitAddress reads sheet and top-left cell", () => {
    expect(splitAddress("Kommuner!A1:E28")).toEqual({ sheet: "Kommuner", anchor: "A1" });
    expect(splitAddress("'Bilaga 3'!$B$2:$F$29")).toEqual({ sheet: "Bilaga 3", anchor: "B2" });
    expect(splitAddress("'Kalle''s'!C3")).toEqual({ sheet: "Kalle's", anchor: "C3" });
  });

  test("two named tables are checked together: the issue's 13 findings at their cells", async () => {
    const double = annexDouble();
    expect(await listTableNames(double.run)).toEqual(["Kommuner", "Stadsdelar"]);
    const report = await checkInExcel(double.run, TABLES);
    expect(report.findings.map((finding) => `${finding.sheet}!${finding.address}:${finding.severity}:${finding.kind}`)).toEqual([
      "Kommuner!E28:warning:total",
      "Kommuner!E21:rounding:figure",
      "Kommuner!E22:rounding:figure",
      "Kommuner!E27:rounding:figure",
      "Stadsdelar!G8:rounding:figure",
      "Stadsdelar!G10:rounding:figure",
      "Stadsdelar!G12:rounding:figure",
      "Stadsdelar!G14:rounding:figure",
      "Kommuner!C28:rounding:total",
      "Kommuner!D28:rounding:total",
      "Stadsdelar!C17:rounding:total",
      "Stadsdelar!F17:rounding:total",
      "Stadsdelar!G17:rounding:total",
    ]);
  });

  test("the selected range, anchored where it is on the sheet", async () => {
    const double = createExcelDouble({
      sheets: [{ name: "Blad1", cells: { ...cells(printed("bilaga3-kommuner-tryckt.csv"), 3, 2), ...cells(printed("bilaga3-stadsdelar-tryckt.csv"), 32, 2) } }],
      selection: { sheet: "Blad1", address: "B3:H48" },
    });
    const grids = await readGridsFromExcel(double.run, { kind: "selection" });
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ sheet: "Blad1", anchor: "B3" });
    const report = await checkInExcel(double.run, { kind: "selection" });
    expect(report.findings).toHaveLength(13);
    expect(report.findings[0]).toMatchObject({ sheet: "Blad1", address: "F30", row: "Totalt", severity: "warning" });
    expect(report.findings[1]).toMatchObject({ sheet: "Blad1", address: "F23", row: "Upplands Väsby" });
    expect(report.findings[12]).toMatchObject({ sheet: "Blad1", address: "H48", row: "Totalt" });
  });

  test("the formulas come in the same read as the values, and the workbook's names with them (issue 10)", async () => {
    const double = createExcelDouble({
      sheets: [
        { name: "Parametrar", cells: { A1: "Gränsbelopp", B1: 615312 } },
        { name: "Blad1", cells: { A1: "Kommun", B1: "Invånare", C1: "Summa", A2: "Botkyrka", B2: 93106, C2: { formula: "=B2*Faktor", value: 439451.2 } } },
      ],
      names: [{ name: "Faktor", formula: "=Parametrar!$B$1" }],
      selection: { sheet: "Blad1", address: "A1:C2" },
    });
    const [grid] = await readGridsFromExcel(double.run, { kind: "selection" });
    expect(grid.formulas).toEqual([
      [null, null, null],
      [null, null, "=B2*Faktor"],
    ]);
    expect(grid.values[1]).toEqual(["Botkyrka", 93106, 439451.2]);
    expect(grid.names).toEqual([{ name: "Faktor", formula: "=Parametrar!$B$1" }]);
  });

  test("the cells the formulas refer to outside the selection are read too, through names and on to their own references", async () => {
    const double = createExcelDouble({
      sheets: [
        { name: "Parametrar", cells: { A1: "Gränsbelopp", B1: { formula: "=615312+B2", value: 615312 }, A2: "Justering" } },
        { name: "Blad1", cells: { A1: "Kommun", B1: "Invånare", C1: "Summa", A2: "Botkyrka", B2: 93106, C2: { formula: "=B2*Faktor", value: 439451.2 } } },
      ],
      names: [{ name: "Faktor", formula: "=Parametrar!$B$1" }],
      selection: { sheet: "Blad1", address: "A1:C2" },
    });
    const grids = await readGridsFromExcel(double.run, { kind: "selection" });
    expect(grids.map((grid) => [grid.sheet, grid.anchor, grid.referenceOnly === true])).toEqual([
      ["Blad1", "A1", false],
      ["Parametrar", "B1", true],
      ["Parametrar", "B2", true],
    ]);
    const report = await checkInExcel(double.run, { kind: "selection" });
    const found = report.findings.filter((finding) => finding.sheet === "Parametrar").map((finding) => [finding.address, finding.reasons]);
    expect(found).toEqual([["B1", ["literalParameter"]], ["B1", ["emptyReference"]]]);
  });

  test("whole columns selected: the sheet's used range is read", async () => {
    const double = annexDouble();
    double.setSelection("Stadsdelar", "A:G");
    const grids = await readGridsFromExcel(double.run, { kind: "selection" });
    expect(grids.map((grid) => [grid.sheet, grid.anchor, grid.values.length])).toEqual([["Stadsdelar", "A1", 17]]);
  });

  test("an empty selection gives a clear report", async () => {
    const double = createExcelDouble({ sheets: [{ name: "Blad1" }], selection: { sheet: "Blad1", address: "C3:D9" } });
    const report = await checkInExcel(double.run, { kind: "selection" });
    expect(report.status).toBe("unreadable");
    expect(report.problems[0]).toMatchObject({ code: "empty", sheet: "Blad1" });
  });

  test("a cell is selected on its sheet", async () => {
    const double = annexDouble();
    await selectCell(double.run, "Stadsdelar", "G10");
    expect(double.selection()).toEqual({ sheet: "Stadsdelar", address: "G10" });
    expect(double.activeSheet()).toBe("Stadsdelar");
  });
});

describe("highlights", () => {
  test("highlighting colours exactly the finding cells and changes no value; removing restores every fill exactly", async () => {
    const double = annexDouble();
    const before = double.snapshot();
    const report = await checkInExcel(double.run, TABLES);
    double.resetCounters();
    const result = await highlightFindings(report.findings, double.run);
    expect(result).toEqual({ highlighted: 13, alreadyHighlighted: 0, skipped: [] });
    expect(double.syncCount).toBeLessThanOrEqual(4);

    expect(double.cell("Kommuner", "E21")!.fill).toBe(HIGHLIGHT_COLORS.rounding);
    expect(double.cell("Kommuner", "E28")!.fill).toBe(HIGHLIGHT_COLORS.warning);
    expect(double.cell("Stadsdelar", "G17")!.fill).toBe(HIGHLIGHT_COLORS.rounding);
    expect(double.cell("Kommuner", "A1")!.fill).toBe("#D9E1F2");
    expect(double.cell("Kommuner", "D2")!.fill).toBeUndefined();
    // The store is a very hidden sheet; the tables' values are untouched.
    expect(double.sheet(HIGHLIGHT_STORE_SHEET)!.visibility).toBe("VeryHidden");
    for (const sheet of ["Kommuner", "Stadsdelar"]) {
      const now = double.snapshot().sheets.find((candidate) => candidate.name === sheet)!;
      const then = before.sheets.find((candidate) => candidate.name === sheet)!;
      const values = (snapshot: typeof now) => Object.fromEntries(Object.entries(snapshot.cells).map(([address, cell]) => [address, [cell.value, cell.formula, cell.numberFormat]]));
      expect(values(now)).toEqual(values(then));
    }
    expect(await hasHighlights(double.run)).toBe(true);

    const removed = await removeHighlights(double.run);
    expect(removed).toEqual({ restored: 13, changedSince: [] });
    expect(double.snapshot()).toEqual(before);
    expect(double.cell("Kommuner", "E21")!.fill).toBe("#C6EFCE");
    expect(await hasHighlights(double.run)).toBe(false);
  });

  test("highlighting twice keeps the first remembered fills", async () => {
    const double = annexDouble();
    const before = double.snapshot();
    const report = await checkInExcel(double.run, TABLES);
    await highlightFindings(report.findings, double.run);
    const again = await highlightFindings(report.findings, double.run);
    expect(again).toEqual({ highlighted: 13, alreadyHighlighted: 13, skipped: [] });
    await removeHighlights(double.run);
    expect(double.snapshot()).toEqual(before);
  });

  test("a cell the user recoloured after highlighting keeps the user's colour", async () => {
    const double = annexDouble();
    const report = await checkInExcel(double.run, TABLES);
    await highlightFindings(report.findings, double.run);
    double.setCell("Stadsdelar", "G10", { value: "219 690 kr", fill: "#FF0000" });
    const removed = await removeHighlights(double.run);
    expect(removed).toEqual({ restored: 12, changedSince: ["Stadsdelar!G10"] });
    expect(double.cell("Stadsdelar", "G10")!.fill).toBe("#FF0000");
    expect(double.cell("Stadsdelar", "G8")!.fill).toBeUndefined();
    expect(double.sheetNames()).toEqual(["Kommuner", "Stadsdelar"]);
  });

  test("a sheet deleted since highlighting is named, the others restored", async () => {
    const double = annexDouble();
    const report = await checkInExcel(double.run, TABLES);
    await highlightFindings(report.findings, double.run);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Stadsdelar").delete();
      await context.sync();
    });
    const removed = await removeHighlights(double.run);
    expect(removed.restored).toBe(6);
    expect(removed.changedSince).toEqual(["Stadsdelar!G8", "Stadsdelar!G10", "Stadsdelar!G12", "Stadsdelar!G14", "Stadsdelar!C17", "Stadsdelar!F17", "Stadsdelar!G17"]);
    expect(double.cell("Kommuner", "E21")!.fill).toBe("#C6EFCE");
    expect(double.sheetNames()).toEqual(["Kommuner"]);
  });

  test.each(["001", "1e3", "TRUE", "=Kalkyl"])("a sheet named %p is remembered as its name, so removing restores its fills", async (name) => {
    const double = annexDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add(name);
      sheet.getRange("A1").values = [["'214 958 kr"]];
      sheet.getRange("A1").format.fill.color = "#FFFF00";
      await context.sync();
    });
    const before = double.snapshot();
    const annexFinding = (await checkInExcel(double.run, TABLES)).findings[0];
    const finding = { ...annexFinding, sheet: name, address: "A1" };
    expect((await highlightFindings([finding], double.run)).highlighted).toBe(1);
    expect(double.cell(name, "A1")!.fill).toBe(HIGHLIGHT_COLORS[finding.severity]);
    expect(await removeHighlights(double.run)).toEqual({ restored: 1, changedSince: [] });
    expect(double.snapshot()).toEqual(before);
  });

  test("removing with nothing highlighted does nothing", async () => {
    const double = annexDouble();
    const before = double.snapshot();
    expect(await removeHighlights(double.run)).toEqual({ restored: 0, changedSince: [] });
    expect(double.snapshot()).toEqual(before);
  });
});

describe("the report sheet", () => {
  test("is written to a new sheet, never over an existing one", async () => {
    const double = annexDouble();
    double.addSheet({ name: "Granskning", cells: { A1: "mina anteckningar" } });
    const report = await checkInExcel(double.run, TABLES);
    const first = await writeReportSheet(report, double.run, "sv");
    expect(first).toBe("Granskning (2)");
    expect(double.cell("Granskning", "A1")!.value).toBe("mina anteckningar");
    const second = await writeReportSheet(report, double.run, "sv");
    expect(second).toBe("Granskning (3)");
    expect(double.activeSheet()).toBe("Granskning (3)");

    const rows = double.values(first, "A1:J40");
    expect(rows[0][0]).toBe("Granskning av fördelningstabell");
    expect(rows[1][0]).toContain("159 celler granskade: 0 fel, 1 varning, 12 avrundningar");
    const header = rows.findIndex((row) => row[0] === "Typ");
    expect(rows[header]).toEqual(["Typ", "Blad", "Cell", "Rad", "Kolumn", "Angivet", "Exakt", "Skillnad", "Summa av raderna", "Beskrivning"]);
    // Stated, exact, difference and the rows' sum are numbers (the columns sort), formatted with their unit.
    const warning = rows[header + 1];
    expect(warning.slice(0, 6)).toEqual(["varning: totalrad", "Kommuner", "E28", "Totalt", "Summa totalt", 11064034]);
    expect(warning[6]).toBeCloseTo(11064035.73, 2);
    expect(warning[7]).toBeCloseTo(-1.73, 2);
    expect(warning[8]).toBe(11064032);
    const formats = double.numberFormats(first, `F${header + 2}:I${header + 2}`)[0];
    expect(formats).toEqual(['#,##0 "kr"', '#,##0.00 "kr"', '+#,##0.00 "kr";-#,##0.00 "kr";0 "kr"', '#,##0 "kr"']);
    const rounding = rows.find((row) => row[2] === "E21")!;
    expect(rounding.slice(0, 6)).toEqual(["avrundning: siffra", "Kommuner", "E21", "Upplands Väsby", "Summa totalt", 214958]);
    expect(rounding[6]).toBeCloseTo(214958.5, 2);
    // A share as the fraction it is, under a percent format.
    const shares = rows.find((row) => row[2] === "C28")!;
    expect(shares[5]).toBe(1);
    expect(shares[8]).toBeCloseTo(1.0002, 6);
    expect(double.numberFormats(first, `F${rows.indexOf(shares) + 1}`)[0][0]).toBe("0.00%");
    const parameters = rows.slice(4, 12).map((row) => row.slice(0, 3));
    // Each value as the pane and the command write it (issue 17): the rate with three decimals.
    const spaced = parameters.map((row) => row.map((cell) => (typeof cell === "string" ? cell.replace(/[\u00a0\u202f]/g, " ") : cell)));
    expect(spaced).toContainEqual(["Gränsbelopp (LOU)", "615 312 kr", "härlett"]);
    expect(spaced).toContainEqual(["Kostnad per invånare och år", "0,590 kr", "räknat"]);
  });

  test("in English the sheet is named Check", async () => {
    const double = annexDouble();
    const report = await checkInExcel(double.run, TABLES);
    expect(await writeReportSheet(report, double.run, "en")).toBe("Check");
    expect(double.values("Check", "A1:A1")[0][0]).toBe("Check of an allocation table");
  });
});
