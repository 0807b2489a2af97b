import { type Rect, parseRect } from "./a1";
import { cols, rows } from "./cells";
import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleOfficeError } from "./errors";
import type { ChartModel, SeriesModel, SheetModel, WorkbookModel } from "./model";
import type { DoubleRange } from "./range";

/*
 * A sheet's charts: the collection, a chart, its title, its category axis and its series. The double
 * keeps what a chart shows (type, series and their cells, category names, title, place), not how it
 * looks. It does not guess a header row in the source as Excel does: every row (or column) of the
 * source is values, and the series are named "Series1", "Series2", ... until named.
 */

/** The chart types the double models; Excel has many more. */
const MODELLED_TYPES = ["ColumnClustered", "BarClustered"];

export class DoubleChartCollection extends CollectionBase<DoubleChart, ChartModel> {
  protected readonly className = "ChartCollection";

  constructor(
    context: DoubleContext,
    private readonly sheetOf: () => SheetModel,
  ) {
    super(context);
  }

  protected models(): ChartModel[] {
    return [...this.sheetOf().charts];
  }

  protected itemFor(model: ChartModel): DoubleChart {
    const chart = new DoubleChart(this.context, this.sheetOf);
    chart.ref.bind(model);
    return chart;
  }

  getItemAt(index: number): DoubleChart {
    const chart = new DoubleChart(this.context, this.sheetOf);
    this.call("getItemAt", [index], () => {
      const found = this.sheetOf().charts[index];
      if (!Number.isInteger(index) || !found) throw new DoubleOfficeError("ItemNotFound", `The sheet has no chart ${index}.`);
      chart.ref.bind(found);
    });
    return chart;
  }

  /**
   * A chart of `sourceData`, laid out as Excel lays it out from the values the cells show (computed
   * values for formulas): series by column ("Columns", or "Auto" for a source at least as tall as
   * wide) or by row. A first column (by columns; a first row by rows) whose cells are all text (a
   * formula giving "" is text) becomes the category labels, and a first row (first column) of text
   * the series' names, so a source of two columns whose first is text makes ONE series. That is
   * Excel's guess, described in "Change how rows and columns of data are plotted in a chart"
   * (https://support.microsoft.com/office/change-how-rows-and-columns-of-data-are-plotted-in-a-chart-85ed6e1e-1f36-4b0a-a3e4-ea6d1a1e8daa)
   * and seen from the API in office-js #1830 (the same range charted differently than by hand).
   */
  add(type: string, sourceData: DoubleRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): DoubleChart {
    const chart = new DoubleChart(this.context, this.sheetOf);
    this.call("add", [type, "[Range]", seriesBy], () => {
      if (typeof type !== "string") throw new DoubleOfficeError("InvalidArgument", `'${String(type)}' is not a chart type.`);
      if (!MODELLED_TYPES.includes(type)) throw new DoubleOfficeError("NotImplemented", `The Excel double does not model charts of type ${type}.`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new DoubleOfficeError("InvalidArgument", `'${seriesBy}' is not a way to form series.`);
      const sheet = this.sheetOf();
      const { sheet: sourceSheet, rect } = sourceData.area();
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows(rect) >= cols(rect));
      const layout = chartLayout(this.context.model, sourceSheet, rect, byColumns);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const model: ChartModel = {
        id: this.context.model.newId("chart"),
        name: `Chart ${n}`,
        type,
        sheetId: sourceSheet.id,
        source: rect,
        series: layout.series,
        categories: layout.categories,
        reversePlotOrder: false,
        title: "",
        position: null,
      };
      sheet.charts.push(model);
      chart.ref.bind(model);
    });
    return chart;
  }
}

/** Excel's layout of a chart's source: which cells are categories, series names and series values. */
function chartLayout(model: WorkbookModel, sheet: SheetModel, rect: Rect, byColumns: boolean): { series: ChartModel["series"]; categories: Rect | null } {
  const isText = (r: number, c: number) => typeof model.valueAt(sheet, r, c) === "string";
  const allText = (cells: readonly [number, number][]) => cells.length > 0 && cells.every(([r, c]) => isText(r, c));
  const lines = byColumns ? cols(rect) : rows(rect);
  const length = byColumns ? rows(rect) : cols(rect);
  const at = (line: number, k: number): [number, number] => (byColumns ? [rect.r0 + k, rect.c0 + line] : [rect.r0 + line, rect.c0 + k]);
  // A text first line is labels only when something is left to plot.
  const labelLine = lines > 1 && allText(Array.from({ length }, (_, k) => at(0, k)));
  const firstLine = labelLine ? 1 : 0;
  const nameCells = Array.from({ length: lines - firstLine }, (_, i) => at(firstLine + i, 0));
  const named = length > 1 && allText(nameCells);
  const firstValue = named ? 1 : 0;
  const span = (line: number): Rect => {
    const [r0, c0] = at(line, firstValue);
    const [r1, c1] = at(line, length - 1);
    return { r0, c0, r1, c1 };
  };
  const series = Array.from({ length: lines - firstLine }, (_, i) => ({
    name: named ? String(model.valueAt(sheet, ...at(firstLine + i, 0))) : `Series${i + 1}`,
    values: span(firstLine + i) as Rect | null,
  }));
  return { series, categories: labelLine ? span(0) : null };
}

/** What a chart's parts share: the chart they belong to, resolved when the chart is. */
abstract class ChartPart extends ProxyBase {
  constructor(
    context: DoubleContext,
    protected readonly owner: DoubleChart,
  ) {
    super(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }
}

export class DoubleChart extends ProxyBase {
  protected readonly className = "Chart";
  readonly ref = new Ref<ChartModel>();
  readonly title: DoubleChartTitle;
  readonly axes: DoubleChartAxes;
  readonly series: DoubleChartSeriesCollection;

  constructor(
    context: DoubleContext,
    private readonly sheetOf: () => SheetModel,
  ) {
    super(context);
    this.title = new DoubleChartTitle(context, this);
    this.axes = new DoubleChartAxes(context, this);
    this.series = new DoubleChartSeriesCollection(context, this);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  chart(): ChartModel {
    const chart = this.ref.get("chart");
    if (!this.sheetOf().charts.includes(chart)) throw new DoubleOfficeError("ItemNotFound", `The chart '${chart.name}' has been deleted.`);
    return chart;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return { name: () => this.chart().name, chartType: () => this.chart().type };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { title: () => this.title, axes: () => this.axes, series: () => this.series };
  }

  get name(): string {
    return this.readProp("name");
  }
  get chartType(): string {
    return this.readProp("chartType");
  }

  /** Removes the chart from its sheet. */
  delete(): void {
    this.call("delete", [], () => {
      const charts = this.sheetOf().charts;
      charts.splice(charts.indexOf(this.chart()), 1);
    });
  }

  /** Places the chart from the top-left of `startCell` to the bottom-right of `endCell` (cells of the chart's sheet). */
  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", endCell === undefined ? [startCell] : [startCell, endCell], () => {
      const from = typeof startCell === "string" ? parseRect(startCell) : undefined;
      const to = endCell === undefined ? from : typeof endCell === "string" ? parseRect(endCell) : undefined;
      if (!from || !to) throw new DoubleOfficeError("InvalidArgument", `'${String(startCell)}', '${String(endCell)}' are not cells to place a chart at.`);
      this.chart().position = { from: cellOf(from, "top"), to: cellOf(to, "bottom") };
    });
  }
}

/** The top-left or bottom-right cell of a range. */
function cellOf(rect: Rect, corner: "top" | "bottom"): Rect {
  return corner === "top" ? { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } : { r0: rect.r1, c0: rect.c1, r1: rect.r1, c1: rect.c1 };
}

export class DoubleChartTitle extends ChartPart {
  protected readonly className = "ChartTitle";

  protected scalarProperties(): Record<string, () => unknown> {
    return { text: () => this.owner.chart().title };
  }

  get text(): string {
    return this.readProp("text");
  }
  set text(value: string) {
    this.writeProp("text", value, () => {
      if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", "A chart title must be a text.");
      this.owner.chart().title = value;
    });
  }
}

export class DoubleChartAxes extends ChartPart {
  protected readonly className = "ChartAxes";
  readonly categoryAxis: DoubleChartAxis;

  constructor(context: DoubleContext, owner: DoubleChart) {
    super(context, owner);
    this.categoryAxis = new DoubleChartAxis(context, owner);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { categoryAxis: () => this.categoryAxis };
  }
}

/** The category axis (the only axis the double models). */
export class DoubleChartAxis extends ChartPart {
  protected readonly className = "ChartAxis";

  protected scalarProperties(): Record<string, () => unknown> {
    return { reversePlotOrder: () => this.owner.chart().reversePlotOrder };
  }

  get reversePlotOrder(): boolean {
    return this.readProp("reversePlotOrder");
  }
  set reversePlotOrder(value: boolean) {
    this.writeProp("reversePlotOrder", value, () => {
      if (typeof value !== "boolean") throw new DoubleOfficeError("InvalidArgument", "reversePlotOrder must be true or false.");
      this.owner.chart().reversePlotOrder = value;
    });
  }

  /** The category names: a range of the chart's source sheet. */
  setCategoryNames(sourceData: DoubleRange): void {
    this.call("setCategoryNames", ["[Range]"], () => {
      const chart = this.owner.chart();
      const { sheet, rect } = sourceData.area();
      if (sheet.id !== chart.sheetId) throw new DoubleOfficeError("InvalidArgument", "The category names must be on the sheet of the chart's data.");
      chart.categories = rect;
    });
  }
}

export class DoubleChartSeriesCollection extends ChartPart {
  protected readonly className = "ChartSeriesCollection";

  protected scalarProperties(): Record<string, () => unknown> {
    return { count: () => this.owner.chart().series.length };
  }

  get count(): number {
    return this.readProp("count");
  }

  getItemAt(index: number): DoubleChartSeries {
    const series = new DoubleChartSeries(this.context, this.owner);
    this.call("getItemAt", [index], () => {
      const found = this.owner.chart().series[index];
      if (!Number.isInteger(index) || !found) throw new DoubleOfficeError("ItemNotFound", `The chart has no series ${index}.`);
      series.ref.bind(found);
    });
    return series;
  }

  /** A new, empty series (its values come with setValues), at `index` or last. */
  add(name?: string, index?: number): DoubleChartSeries {
    const series = new DoubleChartSeries(this.context, this.owner);
    this.call("add", index === undefined ? [name] : [name, index], () => {
      const chart = this.owner.chart();
      if (index !== undefined && !(Number.isInteger(index) && index >= 0 && index <= chart.series.length)) {
        throw new DoubleOfficeError("InvalidArgument", `${index} is not a place for a new series.`);
      }
      const model: SeriesModel = { name: name ?? `Series${chart.series.length + 1}`, values: null };
      chart.series.splice(index ?? chart.series.length, 0, model);
      series.ref.bind(model);
    });
    return series;
  }
}

export class DoubleChartSeries extends ChartPart {
  protected readonly className = "ChartSeries";
  readonly ref = new Ref<SeriesModel>();

  protected scalarProperties(): Record<string, () => unknown> {
    return { name: () => this.live().name, chartType: () => this.live().chartType ?? this.owner.chart().type };
  }

  /** The series, while it is still on its chart. */
  private live(): SeriesModel {
    const model = this.ref.get("series");
    if (!this.owner.chart().series.includes(model)) throw new DoubleOfficeError("ItemNotFound", "The series has been deleted.");
    return model;
  }

  get name(): string {
    return this.readProp("name");
  }
  set name(value: string) {
    this.writeProp("name", value, () => {
      if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", "A series name must be a text.");
      this.live().name = value;
    });
  }

  get chartType(): string {
    return this.readProp("chartType");
  }
  set chartType(value: string) {
    this.writeProp("chartType", value, () => {
      if (!MODELLED_TYPES.includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${String(value)}' is not a chart type the double models.`);
      this.live().chartType = value;
    });
  }

  /** The series' values: one row or one column of the chart's source sheet. */
  setValues(sourceData: DoubleRange): void {
    this.call("setValues", ["[Range]"], () => {
      this.live().values = this.line(sourceData, "values");
    });
  }

  /** The series' categories (X axis): one row or one column of the chart's source sheet. */
  setXAxisValues(sourceData: DoubleRange): void {
    this.call("setXAxisValues", ["[Range]"], () => {
      this.live().xValues = this.line(sourceData, "category names");
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const chart = this.owner.chart();
      chart.series.splice(chart.series.indexOf(this.live()), 1);
    });
  }

  private line(sourceData: DoubleRange, what: string): Rect {
    const { sheet, rect } = sourceData.area();
    if (sheet.id !== this.owner.chart().sheetId) throw new DoubleOfficeError("InvalidArgument", `The series' ${what} must be on the sheet of the chart's data.`);
    if (rows(rect) > 1 && cols(rect) > 1) throw new DoubleOfficeError("InvalidArgument", `The series' ${what} must be one row or one column.`);
    return rect;
  }
}
