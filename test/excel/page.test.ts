import { NEWEST, createExcelDouble } from "../../src/excel-double";
import type { ExcelDouble, SheetSnapshot } from "../../src/excel-double";
import { describeWriteError, writePlanToExcel } from "../../src/excel";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { fixturePlan } from "../helpers/fixturePlan";
import { expectPlanCells, failure } from "./helpers";

/*
 * How the Office.js writer makes the sheets print, and the summary sheet's chart: the plan's page
 * setup on every sheet (A4, orientation, one page wide, title rows, header and footer), its wrapped
 * texts (merged and aligned top left, or a column wrapped at the top), its row heights, and the
 * chart of each unit's yearly amount under both agreements. All in the fill's one batch, but the chart,
 * a step of its own after the fill.
 */

const sheetOf = (xl: ExcelDouble, name: string): SheetSnapshot => xl.snapshot().sheets.find((s) => s.name === name) as SheetSnapshot;

/** What the double holds of a sheet's page layout when the writer applied the plan's (expected independently of the writer's code). */
function expectedLayout(sheet: PlanSheet) {
  const print = sheet.print!;
  return {
    orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: print.fitToHeight },
    printTitleRows: print.titleRows ? `$${print.titleRows.split(":")[0]}:$${print.titleRows.split(":")[1]}` : null,
    printArea: print.printArea ? print.printArea.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : null,
    header: { ...print.header },
    footer: { ...print.footer },
  };
}

/** Every sheet of the plan printed as planned: page layout, merges, wrapped cells, row heights. */
function expectPrinted(xl: ExcelDouble, plan: WorkbookPlan, name = (sheet: PlanSheet) => sheet.name): void {
  for (const sheet of plan.sheets) {
    const written = sheetOf(xl, name(sheet));
    expect({ sheet: sheet.name, layout: written.pageLayout }).toEqual({ sheet: sheet.name, layout: expectedLayout(sheet) });
    const merged = (sheet.wraps ?? []).filter((w) => w.merge).map((w) => w.range);
    expect({ sheet: sheet.name, merges: written.merges }).toEqual({ sheet: sheet.name, merges: [...merged].sort() });
    for (const wrap of sheet.wraps ?? []) {
      const [first] = wrap.range.split(":");
      const cell = written.cells[first] ?? {};
      expect({ sheet: sheet.name, wrap: wrap.range, cell: { wrapText: cell.wrapText, verticalAlignment: cell.verticalAlignment, left: cell.horizontalAlignment === "Left" } }).toEqual({
        sheet: sheet.name,
        wrap: wrap.range,
        cell: { wrapText: true, verticalAlignment: "Top", left: wrap.merge },
      });
    }
    const heights = Object.fromEntries((sheet.rowHeights ?? []).map((h) => [String(h.row), h.height]));
    expect({ sheet: sheet.name, heights: written.rowHeights }).toEqual({ sheet: sheet.name, heights });
  }
}

describe("the fixture with its summary sheet", () => {
  const plan = fixturePlan({ summary: true });

  test("every sheet prints as planned and the summary sheet has its chart, still in 2 syncs", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    expect([result.syncs, xl.syncCount]).toEqual([2, 3]); // and one for the chart
    expectPlanCells(xl, plan);
    expectPrinted(xl, plan);
    // a literal "&" of the plan's footer stays doubled: Excel reads "&&" as one "&"
    expect(sheetOf(xl, "Kommuner").pageLayout.footer.left).toBe("Källa: Bilaga 3 && avtalet");
    expect(sheetOf(xl, "Årskostnad").charts).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "'Årskostnad'!G5:G7",
        series: [
          { name: "Totalt 2020", values: "F5:F7", xValues: "A5:A7", chartType: "BarClustered" },
          { name: "Avtal 2026–2030", values: "G5:G7", xValues: "A5:A7" },
        ],
        categories: null,
        reversePlotOrder: true,
        title: "Årskostnad per kommun och stadsdel",
        // under the note in row 10, as many rows as units and a few for the title, legend and axis
        position: "A12:L20",
      },
    ]);
    for (const sheet of ["Parametrar", "Kommuner", "Avtal 2026–2030"]) expect(sheetOf(xl, sheet).charts).toEqual([]);
  });

  test("the sheets without the summary sheet: no chart", async () => {
    const xl = createExcelDouble();
    await writePlanToExcel(fixturePlan(), { existing: "refuse", run: xl.run });
    expect(xl.snapshot().sheets.flatMap((s) => s.charts)).toEqual([]);
    expect(xl.calls.some((c) => c.method.startsWith("Chart"))).toBe(false);
  });

  test("keepBoth: the chart of the new summary sheet is over the new sheet's cells", async () => {
    const xl = createExcelDouble();
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    await writePlanToExcel(plan, { existing: "keepBoth", run: xl.run });
    expect(sheetOf(xl, "Årskostnad").charts.map((c) => c.source)).toEqual(["'Årskostnad'!G5:G7"]);
    expect(sheetOf(xl, "Årskostnad (2)").charts.map((c) => c.source)).toEqual(["'Årskostnad (2)'!G5:G7"]);
    expectPrinted(xl, plan, (sheet) => `${sheet.name} (2)`);
  });

  test("replace: the new sheets print as planned and carry one chart, the old one gone with its sheet", async () => {
    const xl = createExcelDouble();
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    await writePlanToExcel(plan, { existing: "replace", run: xl.run });
    expect(xl.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expectPrinted(xl, plan);
    expect(xl.snapshot().sheets.flatMap((s) => s.charts.map((c) => c.source))).toEqual(["'Årskostnad'!G5:G7"]);
  });

  test.each([
    ["a page setup", { method: "PageLayout.zoom", nth: 3 }, "print"],
    ["print title rows", { method: "PageLayout.setPrintTitleRows", nth: 2 }, "print"],
    ["a header", { method: "HeaderFooter.leftHeader", nth: 4 }, "print"],
    ["a merge", { method: "Range.merge", nth: 3 }, "print"],
    ["a row height", { method: "RangeFormat.rowHeight", nth: 2 }, "print"],
  ] as const)("a failure at %s: the workbook as it was, the step named", async (_, rule, step) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: 1 } }] });
    const before = xl.snapshot();
    xl.failOn(rule);
    const error = await failure(writePlanToExcel(plan, { existing: "refuse", run: xl.run }));
    expect([error.code, error.step]).toEqual(["ExcelError", step]);
    expect(xl.snapshot()).toEqual(before);
    expect(describeWriteError(error, "sv")).toMatch(/utskriften/);
    expect(describeWriteError(error, "en")).toMatch(/printed page/);
  });

  test.each([
    ["the chart", { method: "ChartCollection.add", code: "ApiNotFound", message: "The API you are trying to use could not be found." }],
    ["a series' values", { method: "ChartSeries.setValues", nth: 2 }],
    ["the chart's place", { method: "Chart.setPosition" }],
  ] as const)("a failure at %s: the filled workbook stays, without a chart, and the result says why", async (_, rule) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: 1 } }] });
    xl.failOn(rule);
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    expect(result.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(result.chartError).toEqual(expect.any(String));
    expectPlanCells(xl, plan);
    expect(xl.snapshot().sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});

// A plan Excel cannot print as planned is refused by validatePlan before anything is sent: test/workbook/validatePlan.test.ts.

describe.each([
  ["sv", "annex"],
  ["en", "addsUp"],
] as const)("the real plan (%s, %s)", (locale, rounding) => {
  const plan = buildWorkbookPlan(defaultPlanOptions(locale, { rounding }));

  test("every sheet prints as planned; the summary sheet's chart covers every unit, under the paragraph", async () => {
    const xl = createExcelDouble();
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    expect(result.syncs).toBe(2);
    expect(plan.sheets.every((s) => s.print !== undefined)).toBe(true);
    expectPrinted(xl, plan);

    const summary = plan.sheets.find((s) => s.key === "annualCost")!;
    const [table] = summary.tables;
    const [, top, bottom] = /^A(\d+):L(\d+)$/.exec(table.range)!.map(Number);
    const header = summary.blocks.find((b) => b.anchor === `A${top}`)!.cells[0];
    const charts = sheetOf(xl, summary.name).charts;
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    // explicit series, each with its values and the unit names as its categories; the 2020 series
    // added before the one the chart was made with, with the chart's clustered type (office-js #2927)
    const names = `A${top + 1}:A${bottom - 1}`;
    expect(chart).toMatchObject({
      type: "BarClustered",
      series: [
        { name: header[5].value, values: `F${top + 1}:F${bottom - 1}`, xValues: names, chartType: "BarClustered" },
        { name: header[6].value, values: `G${top + 1}:G${bottom - 1}`, xValues: names },
      ],
      reversePlotOrder: true,
    });
    expect(chart.source).toMatch(new RegExp(`!G${top + 1}:G${bottom - 1}$`));
    // below every cell the plan puts on the sheet (the paragraph for the paper is last)
    const lastRow = Math.max(...summary.blocks.map((b) => Number(/\d+$/.exec(b.anchor)![0]) + b.cells.length - 1));
    const [, from] = /^A(\d+):L\d+$/.exec(chart.position!)!.map(Number);
    expect(from).toBeGreaterThan(lastRow);
    expect(xl.snapshot().sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual([summary.name]);
  });

  test.each([
    ["a host that applies fit to pages", NEWEST],
    ["a host that ignores it (office-js #1860)", { ...NEWEST, key: "ignores-fit", ignoresFitToPages: true }],
  ])("every sheet prints one page wide on %s", async (_, host) => {
    const xl = createExcelDouble({ host });
    await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    expect(plan.sheets.map((sheet) => [sheet.name, xl.pagesWide(sheet.name)])).toEqual(plan.sheets.map((sheet) => [sheet.name, 1]));
  });
});
