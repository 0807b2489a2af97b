import { createExcelDouble, DoubleOfficeError } from "../../src/excel-double";
import type {
  DoubleChart,
  DoubleChartAxis,
  DoubleChartSeries,
  DoubleChartTitle,
  DoubleHeaderFooter,
  DoublePageLayout,
  DoubleRange,
  DoubleRangeFormat,
} from "../../src/excel-double/proxies";

/*
 * What the double models of printing and charts, as Excel behaves: merged cells, row heights and
 * vertical alignment; a sheet's page layout, its title rows, header and footer; a chart's series,
 * category names, title and place. The members the writer uses are checked against @types/office-js,
 * but for the methods that take a proxy (setPrintTitleRows, setCategoryNames: the double's Range is
 * not Excel's), which the writer's own type check covers.
 */

type Conforms<Double, Real, K extends keyof Real & keyof Double> = { [P in K]: [Double[P]] extends [Real[P]] ? true : false };
const ok = <T extends Record<string, true>>(t: T) => t;

export const conformance = [
  ok<Conforms<DoubleRange, Excel.Range, "merge">>({} as Conforms<DoubleRange, Excel.Range, "merge">),
  ok<Conforms<DoubleRangeFormat, Excel.RangeFormat, "rowHeight" | "verticalAlignment" | "wrapText">>({} as Conforms<DoubleRangeFormat, Excel.RangeFormat, "rowHeight" | "verticalAlignment" | "wrapText">),
  ok<Conforms<DoublePageLayout, Excel.PageLayout, "orientation" | "paperSize" | "zoom">>({} as Conforms<DoublePageLayout, Excel.PageLayout, "orientation" | "paperSize" | "zoom">),
  ok<Conforms<DoubleHeaderFooter, Excel.HeaderFooter, "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter">>(
    {} as Conforms<DoubleHeaderFooter, Excel.HeaderFooter, "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter">,
  ),
  ok<Conforms<DoubleChart, Excel.Chart, "name" | "setPosition">>({} as Conforms<DoubleChart, Excel.Chart, "name" | "setPosition">),
  ok<Conforms<DoubleChartTitle, Excel.ChartTitle, "text">>({} as Conforms<DoubleChartTitle, Excel.ChartTitle, "text">),
  ok<Conforms<DoubleChartAxis, Excel.ChartAxis, "reversePlotOrder">>({} as Conforms<DoubleChartAxis, Excel.ChartAxis, "reversePlotOrder">),
  ok<Conforms<DoubleChartSeries, Excel.ChartSeries, "name">>({} as Conforms<DoubleChartSeries, Excel.ChartSeries, "name">),
];

async function rejectsWith(promise: Promise<unknown>, code: string, location?: string): Promise<void> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(DoubleOfficeError);
    expect((e as DoubleOfficeError).code).toBe(code);
    if (location) expect((e as DoubleOfficeError).debugInfo.errorLocation).toBe(location);
    return;
  }
  throw new Error(`expected a ${code} error`);
}

const sheet = (xl: ReturnType<typeof createExcelDouble>, name = "Sheet1") => xl.snapshot().sheets.find((s) => s.name === name)!;

describe("merged cells, row heights, alignment", () => {
  test("merge keeps the top-left value only; across merges each row; merged areas inside are taken in", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1", cells: { A1: "titel", B1: "x", A3: 1, B3: 2, A4: 3, B4: 4 } }] });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").merge();
      ws.getRange("A3:B4").merge(true);
      ws.getRange("D1:E1").merge();
      ws.getRange("C1:F2").merge();
      await ctx.sync();
    });
    expect(sheet(xl).merges).toEqual(["A1:B1", "A3:B3", "A4:B4", "C1:F2"]);
    expect(xl.values("Sheet1", "A1:B4")).toEqual([["titel", ""], ["", ""], [1, ""], [3, ""]]);
  });

  test("no merge in a table, none over part of a merged area", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1", cells: { A1: "h", A2: 1 } }], tables: [{ name: "T", sheet: "Sheet1", range: "A1:A2" }] });
    await rejectsWith(xl.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:C2").merge()), "InvalidOperation", "Range.merge");
    await xl.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("C5:E5").merge());
    await rejectsWith(xl.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("D4:F5").merge()), "InvalidOperation");
    expect(sheet(xl).merges).toEqual(["C5:E5"]);
  });

  test("rowHeight sets every row of the range, in points up to 409; reads one height or null", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2:C3").format.rowHeight = 33;
      const mixed = ws.getRange("A1:A3").format;
      const same = ws.getRange("A2:A3").format;
      mixed.load("rowHeight");
      same.load("rowHeight");
      await ctx.sync();
      expect([mixed.rowHeight, same.rowHeight]).toEqual([null, 33]);
    });
    expect(sheet(xl).rowHeights).toEqual({ 2: 33, 3: 33 });
    await rejectsWith(xl.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.rowHeight = 410)), "InvalidArgument");
  });

  test("verticalAlignment: Excel's values only, Bottom by default", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const format = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").format;
      format.verticalAlignment = "Top";
      const fresh = ctx.workbook.worksheets.getItem("Sheet1").getRange("C1").format;
      fresh.load("verticalAlignment");
      await ctx.sync();
      expect(fresh.verticalAlignment).toBe("Bottom");
    });
    expect(xl.cell("Sheet1", "B1")?.verticalAlignment).toBe("Top");
    await rejectsWith(xl.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.verticalAlignment = "Middle" as "Top")), "InvalidArgument");
  });
});

describe("page layout", () => {
  test("a new sheet's defaults; orientation, paper, zoom, title rows, header and footer as set", async () => {
    const xl = createExcelDouble();
    expect(sheet(xl).pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      printTitleRows: null,
      printArea: null,
      header: { left: "", center: "", right: "" },
      footer: { left: "", center: "", right: "" },
    });
    await xl.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("4:4");
      layout.setPrintArea("A1:I54");
      const page = layout.headersFooters.defaultForAllPages;
      page.leftHeader = "Kommuner";
      page.rightFooter = "Sida &P av &N";
      layout.load("orientation,zoom");
      page.load("leftHeader");
      await ctx.sync();
      expect([layout.orientation, layout.zoom, page.leftHeader]).toEqual(["Landscape", { horizontalFitToPages: 1, verticalFitToPages: 0 }, "Kommuner"]);
    });
    expect(sheet(xl).pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$4:$4",
      printArea: "$A$1:$I$54",
      header: { left: "Kommuner", center: "", right: "" },
      footer: { left: "", center: "", right: "Sida &P av &N" },
    });
  });

  test.each([
    ["an orientation", (l: Excel.PageLayout) => void (l.orientation = "Sideways" as "Portrait")],
    ["a paper type", (l: Excel.PageLayout) => void (l.paperSize = "A7" as "A4")],
    ["a zoom of neither scale nor pages", (l: Excel.PageLayout) => void (l.zoom = {})],
    ["a scale over 400 %", (l: Excel.PageLayout) => void (l.zoom = { scale: 500 })],
    ["title rows that are cells", (l: Excel.PageLayout) => l.setPrintTitleRows("A4:C4")],
    ["a header over 255 characters", (l: Excel.PageLayout) => void (l.headersFooters.defaultForAllPages.centerHeader = "x".repeat(250))],
  ])("refused: %s", async (_, set) => {
    const xl = createExcelDouble();
    const before = xl.snapshot();
    await rejectsWith(xl.run(async (ctx) => set(ctx.workbook.worksheets.getItem("Sheet1").pageLayout)), "InvalidArgument");
    expect(xl.snapshot()).toEqual(before);
  });
});

describe("charts", () => {
  const seeded = () =>
    createExcelDouble({
      sheets: [{ name: "Data", cells: { A1: "Enhet", B1: "2020", C1: "2026", A2: "Botkyrka", B2: 10, C2: 12, A3: "Danderyd", B3: 5, C3: 6 } }, { name: "Annat" }],
    });

  test("a series per column of the source, named until named; categories, title, place", async () => {
    const xl = seeded();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns");
      chart.series.getItemAt(1).name = "2026";
      chart.axes.categoryAxis.setCategoryNames(ws.getRange("A2:A3"));
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.title.text = "Årskostnad";
      chart.setPosition("A5", "F20");
      chart.load("name");
      await ctx.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(sheet(xl, "Data").charts).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "Data!B2:C3",
        series: [
          { name: "Series1", values: "B2:B3" },
          { name: "2026", values: "C2:C3" },
        ],
        categories: "A2:A3",
        reversePlotOrder: true,
        title: "Årskostnad",
        position: "A5:F20",
      },
    ]);
  });

  test("Auto forms series along the longer side; Rows by row; a text first cell names the series", async () => {
    const xl = seeded();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("ColumnClustered", ws.getRange("B2:C3"), "Rows");
      ws.charts.add("ColumnClustered", ws.getRange("B1:B3"));
    });
    expect(sheet(xl, "Data").charts.map((c) => [c.name, c.series.map((s) => s.values)])).toEqual([
      ["Chart 1", ["B2:C2", "B3:C3"]],
      ["Chart 2", ["B2:B3"]],
    ]);
    expect(sheet(xl, "Data").charts[1].series[0].name).toBe(xl.cell("Data", "B1")?.value);
  });

  test("refused: a type the double does not model, a series that is not there, categories from another sheet", async () => {
    const xl = seeded();
    await rejectsWith(xl.run(async (ctx) => void ctx.workbook.worksheets.getItem("Data").charts.add("Pie", ctx.workbook.worksheets.getItem("Data").getRange("B2:B3"))), "NotImplemented");
    await rejectsWith(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns").series.getItemAt(2).name = "x";
      }),
      "ItemNotFound",
      "ChartSeriesCollection.getItemAt",
    );
    await rejectsWith(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns").axes.categoryAxis.setCategoryNames(ctx.workbook.worksheets.getItem("Annat").getRange("A1:A2"));
      }),
      "InvalidArgument",
    );
  });

  test("a chart follows its sheet's new name and goes with the sheet", async () => {
    const xl = seeded();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns");
      ws.name = "Min data";
    });
    expect(sheet(xl, "Min data").charts.map((c) => c.source)).toEqual(["'Min data'!B2:C3"]);
    await xl.run(async (ctx) => ctx.workbook.worksheets.getItem("Min data").delete());
    expect(xl.snapshot().sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});
