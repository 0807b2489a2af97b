/*
 * Proxy objects of the Excel JavaScript API, modelled on Office.js: creating one queues the
 * operation that resolves it; property reads need load() + sync(); assignments and method calls
 * are queued and take effect, in order, at sync() (the machinery is in context.ts).
 *
 * One file per object: workbook.ts, worksheet.ts (collection, worksheet, freeze panes), range.ts,
 * rangeFormat.ts (format, fill, font, borders), table.ts (collection, table), names.ts (collection,
 * name), pageLayout.ts (page layout, headers and footers), chart.ts (charts, title, axis, series);
 * collection.ts holds what the collections share, cells.ts what the proxies share about cells.
 */

export { DoubleWorkbook } from "./workbook";
export { DoubleWorksheet, DoubleWorksheetCollection, DoubleFreezePanes } from "./worksheet";
export { DoubleRange } from "./range";
export { DoubleRangeFormat, DoubleRangeFill, DoubleRangeFont, DoubleRangeBorderCollection, DoubleRangeBorder } from "./rangeFormat";
export { DoubleTable, DoubleTableCollection } from "./table";
export { DoubleNamedItem, DoubleNamedItemCollection } from "./names";
export { DoublePageLayout, DoubleHeaderFooterGroup, DoubleHeaderFooter } from "./pageLayout";
export { DoubleChart, DoubleChartCollection, DoubleChartTitle, DoubleChartAxes, DoubleChartAxis, DoubleChartSeriesCollection, DoubleChartSeries } from "./chart";
