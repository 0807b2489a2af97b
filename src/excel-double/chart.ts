import { type Rect, parseRect } from "./a1";
import { cols, rows } from "./cells";
import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleOfficeError } from "./errors";
import type { ChartModel, SheetModel } from "./model";
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

  /** A chart of `sourceData`: a series per column ("Columns", or "Auto" for a source taller than wide) or per row. */
  add(type: string, sourceData: DoubleRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): DoubleChart {
    const chart = new DoubleChart(this.context, this.sheetOf);
    this.call("add", [type, "[Range]", seriesBy], () => {
      if (type === "Invalid" || typeof type !== "string") throw new DoubleOfficeError("InvalidArgument", `'${String(type)}' is not a chart type.`);
      if (!MODELLED_TYPES.includes(type)) throw new DoubleOfficeError("NotImplemented", `The Excel double does not model charts of type ${type}.`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new DoubleOfficeError("InvalidArgument", `'${seriesBy}' is not a way to form series.`);
      const sheet = this.sheetOf();
      const { sheet: sourceSheet, rect } = sourceData.area();
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows(rect) >= cols(rect));
      const count = byColumns ? cols(rect) : rows(rect);
      const series = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: byColumns ? { ...rect, c0: rect.c0 + i, c1: rect.c0 + i } : { ...rect, r0: rect.r0 + i, r1: rect.r0 + i },
      }));
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const model: ChartModel = {
        id: this.context.model.newId("chart"),
        name: `Chart ${n}`,
        type,
        sheetId: sourceSheet.id,
        source: rect,
        series,
        categories: null,
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

  getItemAt(index: number): DoubleChartSeries {
    const series = new DoubleChartSeries(this.context, this.owner);
    this.call("getItemAt", [index], () => {
      const found = this.owner.chart().series[index];
      if (!Number.isInteger(index) || !found) throw new DoubleOfficeError("ItemNotFound", `The chart has no series ${index}.`);
      series.ref.bind(found);
    });
    return series;
  }
}

export class DoubleChartSeries extends ChartPart {
  protected readonly className = "ChartSeries";
  readonly ref = new Ref<ChartModel["series"][number]>();

  protected scalarProperties(): Record<string, () => unknown> {
    return { name: () => this.ref.get("series").name };
  }

  get name(): string {
    return this.readProp("name");
  }
  set name(value: string) {
    this.writeProp("name", value, () => {
      if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", "A series name must be a text.");
      this.owner.chart();
      this.ref.get("series").name = value;
    });
  }
}
