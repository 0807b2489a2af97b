import { COL, type AnnualColumn } from "../workbook/annualFigures";
import { areaAddress, cellAddress } from "../formula/a1";
import type { PreparedSheet } from "./prepare";

/*
 * The chart on the summary sheet (Årskostnad), queued in the fill's second sync: each unit's yearly
 * amount under the 2020 agreement (its total) and under the 2026–2030 agreement, side by side as
 * clustered bars, one pair per row of the summary table, under everything else on the sheet. It
 * refers to the table's cells, so it follows the figures as they change. Only Excel gets it: the
 * .xlsx writer (ExcelJS) writes no charts.
 */

/** Rows of the sheet the chart takes beyond one per unit (its title, legend and axis). */
const CHART_EXTRA_ROWS = 6;

export function queueAnnualChart(ws: Excel.Worksheet, sheet: PreparedSheet): void {
  if (sheet.plan.key !== "annualCost") return;
  const table = sheet.tables[0];
  const columns: readonly AnnualColumn[] = ["total2020", "amount2026"];
  // The two amounts are side by side in the table, so one range holds both series.
  if (!table || table.rect.right - table.rect.left < COL.amount2026 || COL.amount2026 !== COL.total2020 + 1) return;
  const first = table.rect.top + 1;
  const last = table.totalsRow ? table.rect.bottom - 1 : table.rect.bottom;
  const column = (key: AnnualColumn) => table.rect.left + COL[key];
  const source = ws.getRange(areaAddress({ top: first, bottom: last, left: column("total2020"), right: column("amount2026") }));

  const chart = ws.charts.add("BarClustered", source, "Columns");
  columns.forEach((key, index) => {
    const header = sheet.cellAt(table.rect.top, column(key))?.value;
    if (typeof header === "string") chart.series.getItemAt(index).name = header;
  });
  const categoryAxis = chart.axes.categoryAxis;
  categoryAxis.setCategoryNames(ws.getRange(areaAddress({ top: first, bottom: last, left: column("name"), right: column("name") })));
  categoryAxis.reversePlotOrder = true; // the first unit at the top, as in the table
  const title = sheet.blocks.flatMap((block) => block.cells.flat()).find((cell) => cell.style === "title")?.value;
  if (typeof title === "string") chart.title.text = title;
  const top = Math.max(...sheet.blocks.map((block) => block.rect.bottom)) + 2;
  chart.setPosition(cellAddress(table.rect.left, top), cellAddress(table.rect.right, top + last - first + CHART_EXTRA_ROWS));
}
