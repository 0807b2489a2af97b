import { COUNTY_2018 } from "../../src/data";
import type { CountyPopulation } from "../../src/engine";
import { createExcelDouble } from "../../src/excel-double";
import type { FailRule } from "../../src/excel-double";
import { buildWorkbookPlan, defaultPlanOptions, renamePlanSheets } from "../../src/workbook";
import type { SheetKey, WorkbookPlan } from "../../src/workbook";
import { writePlanToExcel } from "../../src/excel";
import { quoteSheetName } from "../../src/formula/a1";
import { expectPlanCells, failure } from "./helpers";

/*
 * The Office.js writer on the real plan of the plan builder (every sheet of the embedded 2018
 * county, both languages and rounding modes) and on a county of 290 municipalities.
 */

/** The embedded county plus synthetic municipalities, up to `count` municipalities. */
function bigCounty(count: number): CountyPopulation {
  const extra = Array.from({ length: count - COUNTY_2018.municipalities.length }, (_, i) => ({
    name: `Kommun ${i + 1}`,
    code: String(5000 + i),
    population: 2000 + ((i * 7919) % 150000),
  }));
  return { ...COUNTY_2018, municipalities: [...COUNTY_2018.municipalities, ...extra] };
}

function expectTablesAndNames(xl: ReturnType<typeof createExcelDouble>, plan: WorkbookPlan, sheetName = (key: SheetKey) => plan.sheets.find((s) => s.key === key)?.name as string, id = (name: string) => name) {
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      expect(xl.table(id(table.name))).toEqual({
        name: id(table.name),
        sheet: sheetName(sheet.key),
        range: table.totalsRow ? table.range.replace(/\d+$/, (row) => String(Number(row) - 1)) : table.range,
        showHeaders: true,
        showTotals: false,
        style: "TableStyleLight1",
      });
    }
    expect(xl.sheet(sheetName(sheet.key))?.freezeRows).toBe(sheet.freezeRows ?? 0);
  }
  for (const name of plan.names) {
    expect(xl.name(id(name.name))).toEqual({
      name: id(name.name),
      formula: `=${quoteSheetName(sheetName(name.sheetKey))}!${name.cell}`,
      comment: name.comment ?? "",
      visible: true,
    });
  }
}

describe.each([
  ["sv", "annex"],
  ["en", "addsUp"],
] as const)("the real plan (%s, %s)", (locale, rounding) => {
  const plan = buildWorkbookPlan(defaultPlanOptions(locale, { rounding }));

  test("every sheet, cell, table and name, in 2 syncs", async () => {
    const xl = createExcelDouble({ sheets: [{ name: locale === "sv" ? "Blad1" : "Sheet1" }] });
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    expect(result.syncs).toBe(2);
    expect(xl.syncCount).toBe(3); // and one for the chart, a step of its own
    expect(xl.sheetNames().slice(1)).toEqual(plan.sheets.map((s) => s.name));
    expect(expectPlanCells(xl, plan)).toBeGreaterThan(500);
    expectTablesAndNames(xl, plan);
    expect(xl.activeSheet()).toBe(plan.sheets[0].name);
  });

  test("keepBoth over an earlier fill: every reference follows the new names", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    const first = xl.snapshot();
    const result = await writePlanToExcel(plan, { existing: "keepBoth", run: xl.run });
    const names = Object.fromEntries(result.sheets.map((s) => [s.key, s.name])) as Record<SheetKey, string>;
    for (const sheet of plan.sheets) expect(names[sheet.key]).toBe(`${sheet.name} (2)`);
    // Expected formulas from the plan builder's own renaming (an independent implementation) and
    // every workbook name and table name with the suffix _2.
    const renamed = renamePlanSheets(plan, names);
    const ids = [...plan.names.map((n) => n.name), ...plan.sheets.flatMap((s) => s.tables.map((t) => t.name))];
    const definedNames = new Set(plan.names.map((n) => n.name));
    const suffix = (f: string) =>
      f.startsWith("=")
        ? f.replace(new RegExp(`(?<![A-Za-z0-9_."'])(${ids.join("|")})(?![A-Za-z0-9_.(!])`, "g"), "$1_2")
        : definedNames.has(f) // a label showing a defined name shows the name it got
          ? `${f}_2`
          : f;
    expectPlanCells(xl, renamed, (key) => names[key as SheetKey], suffix);
    expectTablesAndNames(xl, plan, (key) => names[key], (id) => `${id}_2`);
    // the first fill is exactly as it was
    const after = xl.snapshot();
    for (const sheet of first.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    for (const name of first.names) expect(after.names).toContainEqual(name);
    for (const table of first.tables) expect(after.tables).toContainEqual(table);
  });

  test("replace over an earlier fill: the plan's names, nothing left over", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: "mitt" } }] });
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    const result = await writePlanToExcel(plan, { existing: "replace", run: xl.run });
    expect(result.syncs).toBe(2);
    expect(xl.sheetNames()).toEqual(["Blad1", ...plan.sheets.map((s) => s.name)]);
    expectPlanCells(xl, plan);
    expectTablesAndNames(xl, plan);
    expect(xl.tableNames()).toHaveLength(plan.sheets.reduce((n, s) => n + s.tables.length, 0));
    expect(xl.nameList()).toHaveLength(plan.names.length);
  });
});

test("a county of 290 municipalities: still 2 syncs, every cell", async () => {
  const plan = buildWorkbookPlan(defaultPlanOptions("sv", { county: bigCounty(290) }));
  const xl = createExcelDouble();
  const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
  expect(result.syncs).toBe(2);
  expect(xl.syncCount).toBe(3); // and one for the chart, a step of its own
  const municipalities = plan.sheets.find((s) => s.key === "municipalities");
  expect(xl.table(municipalities?.tables[0].name as string)?.range).toBe("A4:I294"); // the total row, 295, a plain row under the table
  expectPlanCells(xl, plan);
});

describe("the real plan, failure at each kind of step: the workbook is exactly as before", () => {
  const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
  const rules: [string, FailRule][] = [
    ["adding a sheet", { method: "WorksheetCollection.add", nth: 4 }],
    ["writing a block", { method: "Range.formulas", nth: 9 }],
    ["adding a table", { method: "TableCollection.add", nth: 5 }],
    ["styling a table", { method: "Table.style", nth: 3 }],
    ["adding a name", { method: "NamedItemCollection.add", nth: 10 }],
    ["the final sync", { method: "RequestContext.sync", nth: 2 }],
  ];
  test.each(rules)("keepBoth: %s", async (_, rule) => {
    const xl = createExcelDouble();
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    const before = xl.snapshot();
    xl.failOn(rule);
    const error = await failure(writePlanToExcel(plan, { existing: "keepBoth", run: xl.run }));
    expect(error.code).toBe("ExcelError");
    expect(xl.snapshot()).toEqual(before);
  });
  test.each([...rules.filter(([what]) => what !== "adding a name"), ["re-pointing a name", { method: "NamedItem.formula", nth: 12 }] as [string, FailRule], ["deleting the first old copy", { method: "Worksheet.delete" }] as [string, FailRule]])(
    "replace: %s",
    async (_, rule) => {
      const xl = createExcelDouble();
      await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
      xl.setCell("Kommuner", "B5", 1);
      const before = xl.snapshot();
      xl.failOn(rule);
      const error = await failure(writePlanToExcel(plan, { existing: "replace", run: xl.run }));
      expect(error.code).toBe("ExcelError");
      expect(xl.snapshot()).toEqual(before);
    },
  );
});
