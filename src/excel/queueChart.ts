import { COL, type AnnualColumn } from "../workbook";
import { areaAddress, cellAddress } from "../formula";
import type { PreparedSheet } from "./prepare";
import type { ExcelRun, ExcelRunOptions } from "./run";

/*
 * The chart on the summary sheet (Årskostnad): each unit's yearly amount under the 2020 agreement
 * (its total) and under the 2026–2030 agreement, side by side as clustered bars, one pair per row of
 * the summary table, under everything else on the sheet. It refers to the table's cells, so it
 * follows the figures as they change. Only Excel gets it: the .xlsx writer (ExcelJS) writes no charts.
 *
 * It is its own step, after the fill is committed: a chart is decoration, and a host that refuses it
 * must not take the filled workbook with it. Its series are explicit (series.add, setValues,
 * setXAxisValues), not Excel's guess from a source range: Excel lays a chart out from the values it
 * sees, and on a fresh fill the 2020 total is "" in every row (no users entered yet), a text column
 * Excel takes for category labels, leaving one series (the double models that guess, chart.ts).
 * The chart is created over the 2026 amounts, which are always numbers, so it has its one series to
 * take over; the 2020 series is added before it. office-js #2927 saw series added with series.add
 * drawn at a multiple of their values, the way a stacked chart draws them; each added series gets
 * the chart's clustered type explicitly. Needs ExcelApi 1.7.
 */

/** Rows of the sheet the chart takes beyond one per unit (its title, legend and axis). */
const CHART_EXTRA_ROWS = 6;
const CHART_TYPE = "BarClustered";

/** Where the chart's parts are on the summary sheet, by address. */
interface ChartPlace {
  readonly names: string;
  readonly series: readonly { readonly header: string; readonly values: string }[];
  readonly title?: string;
  readonly from: string;
  readonly to: string;
}

/** The chart's place on a prepared summary sheet, or undefined when the sheet has none to show. */
export function annualChartPlace(sheet: PreparedSheet): ChartPlace | undefined {
  if (sheet.plan.key !== "annualCost") return undefined;
  const table = sheet.tables[0];
  if (!table || table.rect.right - table.rect.left < COL.amount2026) return undefined;
  const first = table.rect.top + 1;
  const last = table.totalsRow ? table.rect.bottom - 1 : table.rect.bottom;
  const column = (key: AnnualColumn) => table.rect.left + COL[key];
  const rows = (key: AnnualColumn) => areaAddress({ top: first, bottom: last, left: column(key), right: column(key) });
  const header = (key: AnnualColumn) => String(sheet.cellAt(table.rect.top, column(key))?.value ?? "");
  const title = sheet.blocks.flatMap((block) => block.cells.flat()).find((cell) => cell.style === "title")?.value;
  const top = Math.max(...sheet.blocks.map((block) => block.rect.bottom)) + 2;
  return {
    names: rows("name"),
    series: (["total2020", "amount2026"] as const).map((key) => ({ header: header(key), values: rows(key) })),
    ...(typeof title === "string" ? { title } : {}),
    from: cellAddress(table.rect.left, top),
    to: cellAddress(table.rect.right, top + last - first + CHART_EXTRA_ROWS),
  };
}

/** Queues the chart on `ws`: created over the last series' values, the others added before it, each with its values and categories. */
export function queueChart(ws: Excel.Worksheet, place: ChartPlace): Excel.Chart {
  const names = ws.getRange(place.names);
  const last = place.series[place.series.length - 1];
  const chart = ws.charts.add(CHART_TYPE, ws.getRange(last.values), "Columns");
  const only = chart.series.getItemAt(0);
  only.name = last.header;
  only.setValues(ws.getRange(last.values));
  only.setXAxisValues(names);
  place.series.slice(0, -1).forEach((one, index) => {
    const series = chart.series.add(one.header, index);
    series.chartType = CHART_TYPE;
    series.setValues(ws.getRange(one.values));
    series.setXAxisValues(names);
  });
  chart.axes.categoryAxis.reversePlotOrder = true; // the first unit at the top, as in the table
  if (place.title !== undefined) chart.title.text = place.title;
  chart.setPosition(place.from, place.to);
  return chart;
}

/**
 * Adds the chart to the filled summary sheet in a run of its own; returns Excel's reason when it was
 * refused, after taking away what was made of it (a batch is not a transaction), or undefined.
 */
export async function addAnnualChart(
  run: ExcelRun,
  prepared: readonly PreparedSheet[],
  written: readonly { readonly key: string; readonly name: string }[],
  options: ExcelRunOptions,
): Promise<string | undefined> {
  const sheet = prepared.find((one) => one.plan.key === "annualCost");
  const place = sheet && annualChartPlace(sheet);
  const name = written.find((one) => one.key === "annualCost")?.name;
  if (!place || name === undefined) return undefined;
  try {
    await run(async (context) => {
      queueChart(context.workbook.worksheets.getItem(name), place);
      await context.sync();
    }, options);
    return undefined;
  } catch (error) {
    await removeCharts(run, name, options);
    return error instanceof Error ? error.message : String(error);
  }
}

/** Takes away the charts of a sheet the fill has just made (a refused chart may have been left half made). */
async function removeCharts(run: ExcelRun, sheet: string, options: ExcelRunOptions): Promise<void> {
  try {
    await run(async (context) => {
      const charts = context.workbook.worksheets.getItem(sheet).charts;
      charts.load("items/name");
      await context.sync();
      for (const chart of charts.items) chart.delete();
      await context.sync();
    }, options);
  } catch {
    // The filled workbook stands either way; a leftover chart is the user's to delete.
  }
}
