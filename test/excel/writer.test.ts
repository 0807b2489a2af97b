import { createExcelDouble, ExcelDouble, FailRule } from "../../src/excel-double";
import { describeWriteError, findExistingPlanSheets, writePlanToExcel } from "../../src/excel";
import type { ExistingPolicy } from "../../src/excel";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { fixturePlan } from "../helpers/fixturePlan";
import { expectPlanCells, failure } from "./helpers";

/* The Office.js writer against the Excel double: contents, syncs, never-overwrite, all-or-nothing. */

async function fill(xl: ExcelDouble, plan: WorkbookPlan, existing: ExistingPolicy = "refuse") {
  return writePlanToExcel(plan, { existing, run: xl.run });
}

describe("happy path", () => {
  test("writes every sheet, formula, number format, table, name, width, frozen row, in 2 syncs", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: "mine" } }] });
    const plan = fixturePlan();
    const progress: string[] = [];
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run, onProgress: (done, total, step) => progress.push(`${done}/${total} ${step}`) });

    expect(result.syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    expect(result.sheets).toEqual([
      { key: "parameters", name: "Parametrar" },
      { key: "municipalities", name: "Kommuner" },
      { key: "agreement2026", name: "Avtal 2026–2030" },
    ]);
    expect(xl.sheetNames()).toEqual(["Blad1", "Parametrar", "Kommuner", "Avtal 2026–2030"]);
    expect(xl.cell("Blad1", "A1")?.value).toBe("mine");
    expectPlanCells(xl, plan, (key) => plan.sheets.find((s) => s.key === key)?.name as string);

    // the table: header + data; the plan's total row a plain row under it (office-js #1970: a totals row ignores the formats written into it)
    expect(xl.table("Kommuner")).toEqual({ name: "Kommuner", sheet: "Kommuner", range: "A3:E6", showHeaders: true, showTotals: false, style: "TableStyleLight1" });
    expect(xl.formulas("Kommuner", "A7:E7")).toEqual([["Summa", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"]]);
    // the note two rows below stays where it is
    expect(xl.cell("Kommuner", "A9")?.value).toBe("Beloppen visas avrundade; totalraden är den exakta summan.");
    expect(xl.cell("Kommuner", "A10")).toBeUndefined();

    expect(xl.nameList()).toEqual([
      { name: "Gransbelopp", formula: "=Parametrar!$B$3", comment: "LOU-gränsen", visible: true },
      { name: "Avtalsar", formula: "=Parametrar!$B$4", comment: "", visible: true },
      { name: "KrPerInvanareAr", formula: "=Parametrar!$B$6", comment: "", visible: true },
      { name: "KommunandelAvtal2026", formula: "='Avtal 2026–2030'!$B$2", comment: "", visible: true },
    ]);

    // styles per region
    expect(xl.cell("Kommuner", "A3")).toMatchObject({ bold: true, fill: "#DDEBF7", wrapText: true, borders: { bottom: "Continuous" } });
    expect(xl.cell("Kommuner", "B5")).toMatchObject({ fill: "#FFF2CC" });
    expect(xl.cell("Kommuner", "D7")).toMatchObject({ bold: true, borders: { top: "Continuous" } });
    expect(xl.cell("Kommuner", "A9")).toMatchObject({ italic: true, fontColor: "#404040" });
    expect(xl.cell("Parametrar", "A1")).toMatchObject({ bold: true, fontSize: 14 });
    expect(xl.cell("Kommuner", "D5")?.fill).toBeUndefined();

    // layout
    expect(xl.sheet("Kommuner")).toMatchObject({ freezeRows: 3, columnWidths: { A: 119.25, B: 66.75, C: 66.75, D: 77.25, E: 87.75 } });
    expect(xl.sheet("Parametrar")?.freezeRows).toBe(0);
    expect(xl.activeSheet()).toBe("Parametrar");

    // text that Excel would read as a number or a date stays text
    expect(xl.cell("Parametrar", "B7")?.value).toBe("2018-12-31");
    expect(xl.cell("Avtal 2026–2030", "B5")?.value).toBe("001");
    expect(progress).toEqual(["1/5 check", "2/5 sheet:Parametrar", "3/5 sheet:Kommuner", "4/5 sheet:Avtal 2026–2030", "5/5 done"]);
  });

  test("values and formats go as one 2-D array per block, not per cell", async () => {
    const xl = createExcelDouble();
    await fill(xl, fixturePlan({ rows: 40 }));
    const writes = xl.calls.filter((c) => c.method === "Range.formulas");
    // 6 blocks, the total row among them
    expect(writes).toHaveLength(6);
    const big = writes.find((c) => (c.args[0] as unknown[][]).length === 42)?.args[0] as unknown[][];
    expect(big[0]).toHaveLength(5);
  });

  test.each([3, 40, 290])("at most 2 syncs for %i rows", async (rows) => {
    const xl = createExcelDouble();
    const plan = fixturePlan({ rows });
    const result = await fill(xl, plan);
    expect(result.syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    expect(xl.table("Kommuner")?.range).toBe(`A3:E${rows + 3}`);
    expectPlanCells(xl, plan, (key) => plan.sheets.find((s) => s.key === key)?.name as string);
  });

  test("findExistingPlanSheets names the plan's sheets that exist, as the workbook spells them, in one sync", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1" }, { name: "kommuner" }, { name: "Avtal 2026–2030" }] });
    expect(await findExistingPlanSheets(fixturePlan(), xl.run)).toEqual(["kommuner", "Avtal 2026–2030"]);
    expect(xl.syncCount).toBe(1);
  });
});

describe("never overwrite", () => {
  test("refuse: an existing plan sheet stops the fill, nothing written, sheets listed", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1" }, { name: "KOMMUNER", cells: { B4: 1 } }] });
    const before = xl.snapshot();
    const error = await failure(fill(xl, fixturePlan(), "refuse"));
    expect(error.code).toBe("SheetsExist");
    expect(error.sheets).toEqual(["KOMMUNER"]);
    expect(xl.snapshot()).toEqual(before);
    expect(xl.syncCount).toBe(1);
    expect(describeWriteError(error, "sv")).toContain('"KOMMUNER"');
    expect(describeWriteError(error, "en")).toMatch(/exist already/);
  });

  test("keepBoth: new names for sheets, names and tables; formulas follow; the old sheets untouched", async () => {
    const xl = createExcelDouble();
    const plan = fixturePlan();
    await fill(xl, plan);
    xl.setCell("Kommuner", "B4", 99999); // the user's edit in the first fill
    const before = xl.snapshot();
    xl.resetCounters();

    const result = await fill(xl, plan, "keepBoth");
    expect(result.syncs).toBe(2);
    expect(result.sheets.map((s) => s.name)).toEqual(["Parametrar (2)", "Kommuner (2)", "Avtal 2026–2030 (2)"]);
    // what was there is exactly as it was
    const after = xl.snapshot();
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    for (const name of before.names) expect(after.names).toContainEqual(name);
    expect(after.tables).toContainEqual(before.tables[0]);

    const renamed: Record<string, string> = { parameters: "Parametrar (2)", municipalities: "Kommuner (2)", agreement2026: "Avtal 2026–2030 (2)" };
    const map = (f: string) =>
      f.startsWith("=")
        ? f
            .replace("'Kommuner'!", "'Kommuner (2)'!")
            .replace("Parametrar!", "'Parametrar (2)'!")
            .replace(/\b(KrPerInvanareAr|Avtalsar|Gransbelopp)\b(?!")/g, "$1_2")
        : f;
    expectPlanCells(xl, plan, (key) => renamed[key], map);
    expect(xl.cell("Parametrar (2)", "B5")?.formula).toBe("=MAX('Kommuner (2)'!$B$4:$B$6)");
    expect(xl.cell("Avtal 2026–2030 (2)", "B3")?.formula).toBe("='Parametrar (2)'!B5+0*'Kommuner (2)'!B4");
    // a sheet name inside a string literal is text, not a reference
    expect(xl.cell("Avtal 2026–2030 (2)", "B4")?.formula).toBe('="Kommuner!B4 "&Avtalsar_2');
    expect(xl.name("Avtalsar_2")?.formula).toBe("='Parametrar (2)'!$B$4");
    expect(xl.name("KommunandelAvtal2026_2")?.formula).toBe("='Avtal 2026–2030 (2)'!$B$2");
    expect(xl.table("Kommuner_2")).toMatchObject({ sheet: "Kommuner (2)", range: "A3:E6", showTotals: false });
    expect(xl.activeSheet()).toBe("Parametrar (2)");

    // and once more: (3) and _3
    const third = await fill(xl, plan, "keepBoth");
    expect(third.sheets.map((s) => s.name)).toEqual(["Parametrar (3)", "Kommuner (3)", "Avtal 2026–2030 (3)"]);
    expect(xl.name("Avtalsar_3")?.formula).toBe("='Parametrar (3)'!$B$4");
    expect(xl.table("Kommuner_3")?.sheet).toBe("Kommuner (3)");
  });

  test("keepBoth keeps a new name within 31 characters", async () => {
    const plan = fixturePlan({ longName: true });
    const xl = createExcelDouble({ sheets: [{ name: plan.sheets[1].name }] });
    const result = await fill(xl, plan, "keepBoth");
    const name = result.sheets[1].name;
    expect(name).toBe("Kommuner med ett mycket lån (2)");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(xl.cell("Parametrar", "B5")?.formula).toBe(`=MAX('${name}'!$B$4:$B$6)`);
  });

  test("a defined name of the user's that clashes gets a suffix even when no sheet exists", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Mitt", cells: { A1: 5 } }], names: [{ name: "avtalsar", formula: "=Mitt!$A$1" }] });
    await fill(xl, fixturePlan(), "refuse");
    expect(xl.name("avtalsar")?.formula).toBe("=Mitt!$A$1");
    expect(xl.name("Avtalsar_2")?.formula).toBe("=Parametrar!$B$4");
    expect(xl.cell("Kommuner", "E4")?.formula).toBe("=D4*Avtalsar_2");
    expect(xl.cell("Parametrar", "B6")?.formula).toBe("=Gransbelopp/B5/Avtalsar_2");
    expect(xl.name("Gransbelopp")?.formula).toBe("=Parametrar!$B$3");
  });

  test("replace: the new sheets take the old ones' names and places; names and tables are the plan's", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Först" }] });
    const plan = fixturePlan();
    await fill(xl, plan);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.add("Anteckningar").getRange("A1").formulas = [["=Kommuner!B4*2"]];
      ctx.workbook.worksheets.getItem("Kommuner").position = 0;
      await ctx.sync();
    });
    xl.setCell("Kommuner", "B4", 12345);
    const order = xl.sheetNames();
    xl.resetCounters();

    const result = await fill(xl, plan, "replace");
    expect(result.syncs).toBe(2);
    expect(result.sheets.map((s) => s.name)).toEqual(["Parametrar", "Kommuner", "Avtal 2026–2030"]);
    expect(xl.sheetNames()).toEqual(order);
    expect(xl.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    expectPlanCells(xl, plan, (key) => plan.sheets.find((s) => s.key === key)?.name as string);
    expect(xl.cell("Kommuner", "B4")?.value).toBe(93106);
    expect(xl.tableNames()).toEqual(["Kommuner"]);
    expect(xl.table("Kommuner")).toMatchObject({ sheet: "Kommuner", range: "A3:E6", showTotals: false });
    expect(xl.nameList().map((n) => [n.name, n.formula])).toEqual([
      ["Gransbelopp", "=Parametrar!$B$3"],
      ["Avtalsar", "=Parametrar!$B$4"],
      ["KrPerInvanareAr", "=Parametrar!$B$6"],
      ["KommunandelAvtal2026", "='Avtal 2026–2030'!$B$2"],
    ]);
    // as when deleting a sheet by hand, other sheets' references to the replaced sheet break
    expect(xl.cell("Anteckningar", "A1")?.formula).toBe("=#REF!B4*2");
    expect(xl.activeSheet()).toBe("Parametrar");
  });
});

// Invalid plans are refused by validatePlan before anything is sent (no sync, the workbook as it
// was): every rule in test/workbook/validatePlan.test.ts.

describe("all or nothing: a failure at any step leaves the workbook exactly as before", () => {
  const steps: [string, FailRule, string][] = [
    ["adding the first sheet", { method: "WorksheetCollection.add", nth: 1 }, "addSheet"],
    ["adding the third sheet", { method: "WorksheetCollection.add", nth: 3 }, "addSheet"],
    ["writing values", { method: "Range.formulas", nth: 4 }, "writeCells"],
    ["writing the last block", { method: "Range.formulas", nth: 6 }, "writeCells"],
    ["number formats", { method: "Range.numberFormat", nth: 2 }, "numberFormat"],
    ["adding the table", { method: "TableCollection.add" }, "table"],
    ["naming the table", { method: "Table.name" }, "table"],
    ["styling the table", { method: "Table.style" }, "table"],
    ["a fill colour", { method: "RangeFill.color", nth: 3 }, "format"],
    ["a column width", { method: "RangeFormat.columnWidth", nth: 4 }, "layout"],
    ["freezing rows", { method: "WorksheetFreezePanes.freezeRows" }, "layout"],
    ["adding a name", { method: "NamedItemCollection.add", nth: 3 }, "name"],
    ["activating", { method: "Worksheet.activate" }, "layout"],
    ["the final sync", { method: "RequestContext.sync", nth: 2 }, "sync"],
  ];

  test.each(steps)("fresh workbook: %s", async (_, rule, step) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: 1 } }, { name: "Blad2" }], activeSheet: "Blad2" });
    const before = xl.snapshot();
    xl.failOn(rule);
    const error = await failure(fill(xl, fixturePlan()));
    expect(error.code).toBe("ExcelError");
    expect(error.step).toBe(step);
    expect(xl.snapshot()).toEqual(before);
    expect(describeWriteError(error, "sv")).toMatch(/arbetsboken är som förut/);
  });

  test.each(steps)("keepBoth over an earlier fill: %s", async (_, rule, step) => {
    const xl = createExcelDouble();
    await fill(xl, fixturePlan());
    const before = xl.snapshot();
    xl.failOn(rule);
    const error = await failure(fill(xl, fixturePlan(), "keepBoth"));
    expect([error.code, error.step]).toEqual(["ExcelError", step]);
    expect(xl.snapshot()).toEqual(before);
  });

  const replaceSteps: [string, FailRule][] = [
    // (replacing re-points the old defined names instead of adding new ones)
    ...steps.filter(([what]) => what !== "adding a name").map(([what, rule]) => [what, rule] as [string, FailRule]),
    ["renaming an old table aside", { method: "Table.name", nth: 2 }],
    ["renaming an old sheet aside", { method: "Worksheet.name", nth: 2 }],
    ["renaming a new sheet into place", { method: "Worksheet.name", nth: 5 }],
    ["giving the new table its name", { method: "Table.name", nth: 3 }],
    ["re-pointing a defined name", { method: "NamedItem.formula", nth: 2 }],
    ["moving a sheet into place", { method: "Worksheet.position", nth: 2 }],
    ["deleting the first old copy", { method: "Worksheet.delete", nth: 1 }],
  ];

  test.each(replaceSteps)("replace: %s", async (_, rule) => {
    const xl = createExcelDouble({ sheets: [{ name: "Först", cells: { A1: "=Kommuner!B4" } }] });
    await fill(xl, fixturePlan());
    xl.setCell("Kommuner", "B4", 777);
    const before = xl.snapshot();
    xl.failOn(rule);
    const error = await failure(fill(xl, fixturePlan(), "replace"));
    expect(error.code).toBe("ExcelError");
    expect(xl.snapshot()).toEqual(before);
  });

  test("replace: when an old copy was already deleted, the complete new sheets stay and the leftovers are named", async () => {
    const xl = createExcelDouble();
    const plan = fixturePlan();
    await fill(xl, plan);
    xl.failOn({ method: "Worksheet.delete", nth: 2 });
    const error = await failure(fill(xl, plan, "replace"));
    expect(error.code).toBe("ReplaceIncomplete");
    expect(error.sheets).toEqual(["~~Kommuner", "~~Avtal 2026–2030"]);
    expectPlanCells(xl, plan, (key) => plan.sheets.find((s) => s.key === key)?.name as string);
    expect(xl.sheetNames()).toEqual(["Sheet1", "Parametrar", "Kommuner", "~~Kommuner", "Avtal 2026–2030", "~~Avtal 2026–2030"]);
    expect(describeWriteError(error, "sv")).toContain('"~~Kommuner"');
  });

  test("when undoing fails too, the error says so and lists what may be left", async () => {
    const xl = createExcelDouble();
    xl.failOn({ method: "TableCollection.add" });
    xl.failOn({ method: "Worksheet.delete" });
    const error = await failure(fill(xl, fixturePlan()));
    expect(error.code).toBe("RollbackFailed");
    expect(error.sheets).toEqual(["Parametrar", "Kommuner", "Avtal 2026–2030"]);
    expect(describeWriteError(error, "en")).toMatch(/could not all be removed/);
  });

  test("a failure in the first sync writes nothing", async () => {
    const xl = createExcelDouble();
    const before = xl.snapshot();
    xl.failOn({ method: "RequestContext.sync", nth: 1, code: "AccessDenied", message: "The workbook is read-only." });
    const error = await failure(fill(xl, fixturePlan()));
    expect([error.code, error.options.excelCode, error.options.excelMessage]).toEqual(["ExcelError", "AccessDenied", "The workbook is read-only."]);
    expect(xl.snapshot()).toEqual(before);
    expect(describeWriteError(error, "en")).toContain("The workbook is read-only.");
  });
});

test("keepBoth never gives a sheet a name another plan sheet is about to take", async () => {
  const plan = fixturePlan();
  // a plan whose third sheet is literally called "Kommuner (2)"
  const tricky: WorkbookPlan = { ...plan, sheets: [plan.sheets[0], plan.sheets[1], { ...plan.sheets[2], name: "Kommuner (2)" }] };
  const xl = createExcelDouble({ sheets: [{ name: "Kommuner" }] });
  const result = await fill(xl, tricky, "keepBoth");
  expect(result.sheets.map((s) => s.name)).toEqual(["Parametrar", "Kommuner (3)", "Kommuner (2)"]);
  expect(xl.cell("Parametrar", "B5")?.formula).toBe("=MAX('Kommuner (3)'!$B$4:$B$6)");
});

test("replace with only some plan sheets present, and a user's name that clashes elsewhere: that one gets a suffix", async () => {
  const xl = createExcelDouble({
    sheets: [{ name: "Mitt", cells: { A1: 3 } }, { name: "Kommuner", cells: { A1: "gammalt" } }],
    names: [{ name: "Avtalsar", formula: "=Mitt!$A$1" }, { name: "Gransbelopp", formula: "=Kommuner!$A$1" }],
  });
  const result = await fill(xl, fixturePlan(), "replace");
  expect(result.sheets.map((s) => s.name)).toEqual(["Parametrar", "Kommuner", "Avtal 2026–2030"]);
  expect(xl.sheetNames()).toEqual(["Mitt", "Kommuner", "Parametrar", "Avtal 2026–2030"]);
  // the user's name on a sheet that is not replaced is kept; the plan's gets the suffix
  expect(xl.name("Avtalsar")?.formula).toBe("=Mitt!$A$1");
  expect(xl.name("Avtalsar_2")?.formula).toBe("=Parametrar!$B$4");
  expect(xl.cell("Kommuner", "E4")?.formula).toBe("=D4*Avtalsar_2");
  // a name that pointed into the replaced sheet is the plan's to re-point
  expect(xl.name("Gransbelopp")?.formula).toBe("=Parametrar!$B$3");
  expect(xl.cell("Kommuner", "A1")?.value).toBe("Fördelning per kommun");
});

test("replace: an old table named like a plan's defined name does not block it (the name gets a suffix)", async () => {
  const xl = createExcelDouble({ sheets: [{ name: "Blad1" }, { name: "Kommuner", cells: { A1: "h", A2: 1 } }], tables: [{ name: "Avtalsar", sheet: "Kommuner", range: "A1:A2" }] });
  await fill(xl, fixturePlan(), "replace");
  expect(xl.name("Avtalsar_2")?.formula).toBe("=Parametrar!$B$4");
  expect(xl.tableNames()).toEqual(["Kommuner"]);
  expect(xl.cell("Kommuner", "E4")?.formula).toBe("=D4*Avtalsar_2");
});
