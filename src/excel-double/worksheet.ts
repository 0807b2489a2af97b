import { MAX_COLUMNS, MAX_ROWS, parseRect } from "./a1";
import { normalizeColor } from "./cells";
import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleChartCollection } from "./chart";
import { DoubleOfficeError } from "./errors";
import { STANDARD_COLUMN_WIDTH, type SheetModel } from "./model";
import { DoublePageLayout } from "./pageLayout";
import { DoubleRange } from "./range";
import { DoubleTableCollection } from "./table";

/* The worksheets: the collection, a worksheet, and its freeze panes (its page layout and charts have files of their own). */

export class DoubleWorksheetCollection extends CollectionBase<DoubleWorksheet, SheetModel> {
  protected readonly className = "WorksheetCollection";

  protected models(): SheetModel[] {
    return [...this.context.model.sheets];
  }

  protected itemFor(model: SheetModel): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    ws.ref.bind(model);
    return ws;
  }

  add(name?: string): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    this.call("add", name === undefined ? [] : [name], () => ws.ref.bind(this.context.model.addSheet(name)));
    return ws;
  }

  getItem(key: string): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    this.call("getItem", [key], () => {
      const m = this.context.model;
      const sheet = m.findSheet(key) ?? m.sheetById(key);
      if (!sheet) throw new DoubleOfficeError("ItemNotFound", `The requested worksheet '${key}' doesn't exist.`);
      ws.ref.bind(sheet);
    });
    return ws;
  }

  getItemOrNullObject(key: string): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, true);
    this.call("getItemOrNullObject", [key], () => {
      const m = this.context.model;
      ws.ref.bind(m.findSheet(key) ?? m.sheetById(key));
    });
    return ws;
  }

  getActiveWorksheet(): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    this.call("getActiveWorksheet", [], () => ws.ref.bind(this.context.model.sheetById(this.context.model.activeSheetId)));
    return ws;
  }

  getFirst(): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    this.call("getFirst", [], () => ws.ref.bind(this.context.model.sheets[0]));
    return ws;
  }
}

// ------------------------------------------------------------------------------------------------

export class DoubleWorksheet extends ProxyBase {
  protected readonly className = "Worksheet";
  readonly ref = new Ref<SheetModel>();
  readonly tables: DoubleTableCollection;
  readonly freezePanes: DoubleFreezePanes;
  readonly pageLayout: DoublePageLayout;
  readonly charts: DoubleChartCollection;

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
    this.tables = new DoubleTableCollection(context, this);
    this.freezePanes = new DoubleFreezePanes(context, this);
    this.pageLayout = new DoublePageLayout(context, () => this.sheet());
    this.charts = new DoubleChartCollection(context, () => this.sheet());
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  sheet(): SheetModel {
    return this.ref.get("worksheet");
  }

  protected scalarProperties(): Record<string, () => unknown> {
    const m = this.context.model;
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      position: () => m.sheets.indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
      tabColor: () => this.sheet().tabColor,
      standardWidth: () => STANDARD_COLUMN_WIDTH,
    };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { tables: () => this.tables, freezePanes: () => this.freezePanes, pageLayout: () => this.pageLayout, charts: () => this.charts };
  }

  get name(): string {
    return this.readProp("name");
  }
  set name(value: string) {
    this.writeProp("name", value, () => this.context.model.renameSheet(this.sheet(), value));
  }
  get id(): string {
    return this.readProp("id");
  }
  get position(): number {
    return this.readProp("position");
  }
  set position(value: number) {
    this.writeProp("position", value, () => this.context.model.moveSheet(this.sheet(), value));
  }
  get visibility(): string {
    return this.readProp("visibility");
  }
  set visibility(value: string) {
    this.writeProp("visibility", value, () => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a sheet visibility.`);
      }
      this.sheet().visibility = value;
    });
  }
  get tabColor(): string {
    return this.readProp("tabColor");
  }
  set tabColor(value: string) {
    this.writeProp("tabColor", value, () => {
      this.sheet().tabColor = value === "" ? "" : normalizeColor(value);
    });
  }

  getRange(address?: string): DoubleRange {
    return DoubleRange.create(this.context, "Worksheet.getRange", address === undefined ? [] : [address], () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const rect = parseRect(address);
      if (!rect) throw new DoubleOfficeError("InvalidArgument", `'${address}' is not a valid range address.`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return DoubleRange.create(this.context, "Worksheet.getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) {
        throw new DoubleOfficeError("InvalidArgument", "The range indexes are outside the sheet.");
      }
      return { sheet: this.sheet(), rect };
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): DoubleRange {
    return DoubleRange.create(this.context, "Worksheet.getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], () => {
      const sheet = this.sheet();
      return { sheet, rect: this.context.model.usedRect(sheet, !!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return DoubleRange.create(
      this.context,
      "Worksheet.getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      () => {
        const sheet = this.sheet();
        const rect = this.context.model.usedRect(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      true,
    );
  }

  activate(): void {
    this.call("activate", [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new DoubleOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call("delete", [], () => this.context.model.deleteSheet(this.sheet()));
  }
}

export class DoubleFreezePanes extends ProxyBase {
  protected readonly className = "WorksheetFreezePanes";

  constructor(
    context: DoubleContext,
    private readonly ws: DoubleWorksheet,
  ) {
    super(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.call("freezeRows", [count], () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw new DoubleOfficeError("InvalidArgument", `Cannot freeze ${count} rows.`);
      const s = this.ws.sheet();
      s.freezeRows = count;
      s.freezeColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) throw new DoubleOfficeError("InvalidArgument", `Cannot freeze ${count} columns.`);
      const s = this.ws.sheet();
      s.freezeColumns = count;
      s.freezeRows = 0;
    });
  }

  /** Freezes the rows above and the columns left of the range's bottom-right... as Excel: rows/columns up to and including the range. */
  freezeAt(frozenRange: string | DoubleRange): void {
    this.call("freezeAt", [frozenRange], () => {
      const s = this.ws.sheet();
      const rect = typeof frozenRange === "string" ? parseRect(frozenRange) : frozenRange.area().rect;
      if (!rect) throw new DoubleOfficeError("InvalidArgument", `'${String(frozenRange)}' is not a valid range address.`);
      s.freezeRows = rect.r1 + 1;
      s.freezeColumns = rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], () => {
      const s = this.ws.sheet();
      s.freezeRows = 0;
      s.freezeColumns = 0;
    });
  }

  getLocationOrNullObject(): DoubleRange {
    return DoubleRange.create(
      this.context,
      "WorksheetFreezePanes.getLocationOrNullObject",
      [],
      () => {
        const s = this.ws.sheet();
        if (s.freezeRows === 0 && s.freezeColumns === 0) return undefined;
        const rect =
          s.freezeColumns === 0
            ? { r0: 0, c0: 0, r1: s.freezeRows - 1, c1: MAX_COLUMNS - 1 }
            : s.freezeRows === 0
              ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: s.freezeColumns - 1 }
              : { r0: 0, c0: 0, r1: s.freezeRows - 1, c1: s.freezeColumns - 1 };
        return { sheet: s, rect };
      },
      true,
    );
  }
}
