import { MAX_COLUMNS, MAX_ROWS, Rect, parseRect, quoteSheet, rectAddress, rectsOverlap, rewriteSheetRefs } from "./a1";
import { DoubleClientResult, DoubleContext, ProxyBase, Ref, normalizeLoadSpec } from "./context";
import { DoubleOfficeError, propertyNotLoaded } from "./errors";
import {
  Borders,
  CellModel,
  DEFAULT_TABLE_STYLE,
  NameModel,
  STANDARD_COLUMN_WIDTH,
  Scalar,
  SheetModel,
  TableModel,
  WorkbookModel,
  isEmptyCell,
  key,
} from "./model";

/*
 * Proxy objects of the Excel JavaScript API, modelled on Office.js: creating one queues the
 * operation that resolves it; property reads need load() + sync(); assignments and method calls
 * are queued and take effect, in order, at sync().
 */

interface Area {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const rows = (r: Rect) => r.r1 - r.r0 + 1;
const cols = (r: Rect) => r.c1 - r.c0 + 1;

/** Excel refuses to hand back more than this many cells in one response; the double does too. */
const MAX_CELLS_READ = 5_000_000;

function forEachCell(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c, r - rect.r0, c - rect.c0);
}

function grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
  if (rows(rect) * cols(rect) > MAX_CELLS_READ) {
    throw new DoubleOfficeError("GeneralException", "The response payload size limit was exceeded: read a smaller range.");
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

/** One value for the whole range if every cell agrees, else null (Excel's rule for format reads). */
function uniform<T>(rect: Rect, get: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let started = false;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = get(r, c);
      if (!started) {
        first = v;
        started = true;
      } else if (v !== first) return null;
    }
  }
  return first as T;
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  purple: "#800080",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

function normalizeColor(value: unknown): string {
  if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", `'${String(value)}' is not a colour.`);
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toUpperCase();
  const named = NAMED_COLORS[v.toLowerCase()];
  if (named) return named;
  throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a colour (use #RRGGBB or a colour name).`);
}

/**
 * How Excel takes a value typed into a cell: "=..." is a formula, a numeric string a number,
 * "'..." a text kept as is, "" clears, null leaves the cell unchanged.
 */
function parseInput(input: unknown): { kind: "skip" } | { kind: "clear" } | { kind: "formula"; f: string } | { kind: "value"; v: Scalar } {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new DoubleOfficeError("InvalidArgument", `${input} is not a number Excel can store.`);
    return { kind: "value", v: input };
  }
  if (typeof input === "boolean") return { kind: "value", v: input };
  if (typeof input !== "string") throw new DoubleOfficeError("InvalidArgument", "A cell value must be a string, number or boolean.");
  if (input === "") return { kind: "clear" };
  // Excel keeps a formula parsed and shows it its own way: a sheet name is quoted only when it must be.
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", f: rewriteSheetRefs(input, (sheet) => sheet) };
  if (input.startsWith("'")) return { kind: "value", v: input.slice(1) };
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(input.trim())) return { kind: "value", v: Number(input) };
  if (/^(true|false)$/i.test(input)) return { kind: "value", v: input.toLowerCase() === "true" };
  return { kind: "value", v: input };
}

/**
 * Excel binds a formula's sheet references when the formula is entered: a sheet that exists is
 * written as the workbook spells it; a sheet that does not exist (yet) cannot be bound, and the
 * double makes the reference #REF! — so a writer must add every sheet before formulas refer to it.
 */
function bindSheetRefs(m: WorkbookModel, formula: string): string {
  return rewriteSheetRefs(formula, (name) => m.findSheet(name)?.name ?? null);
}

/** A 2-D input must match the range exactly; a single value (not an array) goes into every cell. */
function shapeInput(input: unknown, rect: Rect, what: string): (row: number, col: number) => unknown {
  // null means "leave unchanged" inside a 2-D array, but is not a valid value for the whole property.
  if (input === null || input === undefined) throw new DoubleOfficeError("InvalidArgument", `null is not a valid input for ${what}.`);
  if (!Array.isArray(input)) return () => input;
  const rr = rows(rect);
  const cc = cols(rect);
  if (input.length !== rr || input.some((line) => !Array.isArray(line) || line.length !== cc)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw new DoubleOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (range ${rr}×${cc}, input ${got}).`,
    );
  }
  return (row, col) => (input[row - rect.r0] as unknown[])[col - rect.c0];
}

// ------------------------------------------------------------------------------------------------

export class DoubleWorkbook extends ProxyBase {
  protected readonly className = "Workbook";
  readonly worksheets: DoubleWorksheetCollection;
  readonly tables: DoubleTableCollection;
  readonly names: DoubleNamedItemCollection;

  constructor(context: DoubleContext) {
    super(context);
    this.worksheets = new DoubleWorksheetCollection(context);
    this.tables = new DoubleTableCollection(context, undefined);
    this.names = new DoubleNamedItemCollection(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { worksheets: () => this.worksheets, tables: () => this.tables, names: () => this.names };
  }

  /** The selection of the active sheet. */
  getSelectedRange(): DoubleRange {
    return DoubleRange.create(this.context, "Workbook.getSelectedRange", [], () => {
      const m = this.context.model;
      const sheet = m.sheetById(m.activeSheetId) as SheetModel;
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): DoubleRange {
    return DoubleRange.create(this.context, "Workbook.getActiveCell", [], () => {
      const m = this.context.model;
      const sheet = m.sheetById(m.activeSheetId) as SheetModel;
      return { sheet, rect: { r0: sheet.selection.r0, c0: sheet.selection.c0, r1: sheet.selection.r0, c1: sheet.selection.c0 } };
    });
  }
}

// ------------------------------------------------------------------------------------------------

abstract class CollectionBase<Item extends ProxyBase, Model> extends ProxyBase {
  private itemsValue?: Item[];

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected abstract models(): Model[];
  protected abstract itemFor(model: Model): Item;

  get items(): Item[] {
    if (!this.itemsValue) throw propertyNotLoaded("items");
    return this.itemsValue;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  override applyLoad(paths: readonly string[] | undefined): void {
    const itemPaths: string[] = [];
    let all = paths === undefined;
    for (const p of paths ?? []) {
      if (p === "items") all = true;
      else if (p.startsWith("items/")) itemPaths.push(p.slice(6));
      else itemPaths.push(p);
    }
    this.itemsValue = this.models().map((m) => {
      const item = this.itemFor(m);
      item.applyLoad(all && itemPaths.length === 0 ? undefined : itemPaths);
      return item;
    });
  }

  getCount(): DoubleClientResult<number> {
    const result = new DoubleClientResult<number>();
    this.call("getCount", [], () => result.set(this.models().length));
    return result;
  }
}

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

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
    this.tables = new DoubleTableCollection(context, this);
    this.freezePanes = new DoubleFreezePanes(context, this);
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
    return { tables: () => this.tables, freezePanes: () => this.freezePanes };
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

// ------------------------------------------------------------------------------------------------

export class DoubleRange extends ProxyBase {
  protected readonly className = "Range";
  readonly ref = new Ref<Area>();
  readonly format: DoubleRangeFormat;

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
    this.format = new DoubleRangeFormat(context, this);
  }

  /** A range whose area is computed when its creating call runs at sync. */
  static create(context: DoubleContext, method: string, args: readonly unknown[], compute: () => Area | undefined, nullable = false): DoubleRange {
    const range = new DoubleRange(context, nullable);
    context.enqueue("call", method, args, () => {
      const area = compute();
      if (!area && !nullable) throw new DoubleOfficeError("ItemNotFound", `${method} found no range.`);
      range.ref.bind(area);
    });
    return range;
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  area(): Area {
    const area = this.ref.get("range");
    if (!this.context.model.sheets.includes(area.sheet)) {
      throw new DoubleOfficeError("InvalidReference", "The range's worksheet has been deleted.");
    }
    return area;
  }

  private cell(row: number, col: number): CellModel | undefined {
    return this.context.model.cellAt(this.area().sheet, row, col);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    const value = (r: number, c: number): Scalar => {
      const cell = this.cell(r, c);
      if (!cell) return "";
      if (cell.formula !== undefined) return cell.value ?? 0;
      return cell.value ?? "";
    };
    return {
      address: () => this.context.model.qualified(this.area().sheet, this.area().rect),
      addressLocal: () => this.context.model.qualified(this.area().sheet, this.area().rect),
      rowCount: () => rows(this.area().rect),
      columnCount: () => cols(this.area().rect),
      cellCount: () => rows(this.area().rect) * cols(this.area().rect),
      rowIndex: () => this.area().rect.r0,
      columnIndex: () => this.area().rect.c0,
      isEntireColumn: () => this.area().rect.r0 === 0 && this.area().rect.r1 === MAX_ROWS - 1,
      isEntireRow: () => this.area().rect.c0 === 0 && this.area().rect.c1 === MAX_COLUMNS - 1,
      values: () => grid(this.area().rect, value),
      formulas: () => grid(this.area().rect, (r, c) => this.cell(r, c)?.formula ?? value(r, c)),
      formulasLocal: () => grid(this.area().rect, (r, c) => this.cell(r, c)?.formula ?? value(r, c)),
      numberFormat: () => grid(this.area().rect, (r, c) => this.cell(r, c)?.numberFormat ?? "General"),
      // No number formatting is modelled: text is the value as JavaScript prints it.
      text: () => grid(this.area().rect, (r, c) => String(value(r, c))),
      valueTypes: () =>
        grid(this.area().rect, (r, c) => {
          const v = value(r, c);
          return v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        }),
    };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { format: () => this.format };
  }

  get address(): string {
    return this.readProp("address");
  }
  get addressLocal(): string {
    return this.readProp("addressLocal");
  }
  get rowCount(): number {
    return this.readProp("rowCount");
  }
  get columnCount(): number {
    return this.readProp("columnCount");
  }
  get cellCount(): number {
    return this.readProp("cellCount");
  }
  get rowIndex(): number {
    return this.readProp("rowIndex");
  }
  get columnIndex(): number {
    return this.readProp("columnIndex");
  }
  get text(): string[][] {
    return this.readProp("text");
  }
  get valueTypes(): string[][] {
    return this.readProp("valueTypes");
  }
  get isEntireColumn(): boolean {
    return this.readProp("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.readProp("isEntireRow");
  }

  get values(): unknown[][] {
    return this.readProp("values");
  }
  set values(input: unknown[][]) {
    this.writeProp("values", input, () => this.writeCells(input, "values"));
  }
  get formulas(): unknown[][] {
    return this.readProp("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeProp("formulas", input, () => this.writeCells(input, "formulas"));
  }
  get formulasLocal(): unknown[][] {
    return this.readProp("formulasLocal");
  }
  get numberFormat(): unknown[][] {
    return this.readProp("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeProp("numberFormat", input, () => {
      const { sheet, rect } = this.area();
      const at = shapeInput(input, rect, "numberFormat");
      const m = this.context.model;
      forEachCell(rect, (r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw new DoubleOfficeError("InvalidArgument", "A number format must be a string.");
        // "" resets to General, as in Excel
        m.cellFor(sheet, r, c).numberFormat = f === "General" || f === "" ? undefined : f;
        m.compact(sheet, key(r, c));
      });
    });
  }

  private writeCells(input: unknown, what: string): void {
    const { sheet, rect } = this.area();
    const at = shapeInput(input, rect, what);
    const m = this.context.model;
    // Check every element before touching a cell: Excel rejects the whole assignment.
    const parsed = grid(rect, (r, c) => parseInput(at(r, c)));
    const header = m.tables.find((t) => t.sheetId === sheet.id && t.showHeaders && rectsOverlap({ ...t.rect, r1: t.rect.r0 }, rect));
    if (header) {
      forEachCell(rect, (r, c, i, j) => {
        const p = parsed[i][j];
        if (r === header.rect.r0 && c >= header.rect.c0 && c <= header.rect.c1 && p.kind !== "value" && p.kind !== "skip") {
          throw new DoubleOfficeError("InvalidOperation", "A table header cell must hold a constant text.");
        }
      });
    }
    forEachCell(rect, (r, c, i, j) => {
      const p = parsed[i][j];
      if (p.kind === "skip") return;
      const cell = m.cellFor(sheet, r, c);
      if (p.kind === "clear") {
        cell.value = undefined;
        cell.formula = undefined;
      } else if (p.kind === "formula") {
        cell.formula = bindSheetRefs(m, p.f);
        cell.value = undefined;
      } else {
        cell.value = p.v;
        cell.formula = undefined;
      }
      m.compact(sheet, key(r, c));
    });
  }

  private derive(method: string, args: readonly unknown[], fn: (a: Area) => Rect): DoubleRange {
    return DoubleRange.create(this.context, `Range.${method}`, args, () => {
      const a = this.area();
      const rect = fn(a);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw new DoubleOfficeError("InvalidArgument", `Range.${method}(${args.join(", ")}) goes outside the sheet.`);
      }
      return { sheet: a.sheet, rect };
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return this.derive("getCell", [row, column], ({ rect }) => ({ r0: rect.r0 + row, c0: rect.c0 + column, r1: rect.r0 + row, c1: rect.c0 + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({ ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): DoubleRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      c0: rect.c0 + columnOffset,
      r1: rect.r1 + rowOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  getRow(row: number): DoubleRange {
    return this.derive("getRow", [row], ({ rect }) => ({ r0: rect.r0 + row, r1: rect.r0 + row, c0: rect.c0, c1: rect.c1 }));
  }

  getColumn(column: number): DoubleRange {
    return this.derive("getColumn", [column], ({ rect }) => ({ r0: rect.r0, r1: rect.r1, c0: rect.c0 + column, c1: rect.c0 + column }));
  }

  getEntireColumn(): DoubleRange {
    return this.derive("getEntireColumn", [], ({ rect }) => ({ r0: 0, r1: MAX_ROWS - 1, c0: rect.c0, c1: rect.c1 }));
  }

  getEntireRow(): DoubleRange {
    return this.derive("getEntireRow", [], ({ rect }) => ({ r0: rect.r0, r1: rect.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  /** The used part of this range; an empty range gives its top-left cell, as Excel does. */
  getUsedRange(valuesOnly?: boolean): DoubleRange {
    return this.derive("getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], ({ sheet, rect }) => {
      const used = this.context.model.usedRect(sheet, !!valuesOnly);
      if (!used || !rectsOverlap(used, rect)) return { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 };
      return { r0: Math.max(used.r0, rect.r0), c0: Math.max(used.c0, rect.c0), r1: Math.min(used.r1, rect.r1), c1: Math.min(used.c1, rect.c1) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return DoubleRange.create(
      this.context,
      "Range.getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      () => {
        const { sheet, rect } = this.area();
        const used = this.context.model.usedRect(sheet, !!valuesOnly);
        if (!used || !rectsOverlap(used, rect)) return undefined;
        return { sheet, rect: { r0: Math.max(used.r0, rect.r0), c0: Math.max(used.c0, rect.c0), r1: Math.min(used.r1, rect.r1), c1: Math.min(used.c1, rect.c1) } };
      },
      true,
    );
  }

  get worksheet(): DoubleWorksheet {
    const ws = new DoubleWorksheet(this.context, false);
    this.context.enqueue("call", "Range.worksheet", [], () => ws.ref.bind(this.area().sheet));
    return ws;
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.call("select", [], () => {
      const { sheet, rect } = this.area();
      sheet.selection = rect;
      this.context.model.activeSheetId = sheet.id;
    });
  }

  /** Hyperlinks are not modelled: their applyTo values are accepted and clear nothing. */
  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this.call("clear", [applyTo], () => {
      if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") return;
      const { sheet, rect } = this.area();
      const m = this.context.model;
      forEachCell(rect, (r, c) => {
        const k = key(r, c);
        const cell = sheet.cells.get(k);
        if (!cell) return;
        if (applyTo === "All") sheet.cells.delete(k);
        else if (applyTo === "Contents" || applyTo === "ResetContents") {
          cell.value = undefined;
          cell.formula = undefined;
        } else {
          sheet.cells.set(k, { value: cell.value, formula: cell.formula });
        }
        m.compact(sheet, k);
      });
    });
  }
}

// ------------------------------------------------------------------------------------------------

abstract class RangePart extends ProxyBase {
  constructor(
    context: DoubleContext,
    protected readonly range: DoubleRange,
  ) {
    super(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  /** Sets a cell attribute on every cell of the range. */
  protected setEach(update: (cell: CellModel) => void): void {
    const { sheet, rect } = this.range.area();
    const m = this.context.model;
    forEachCell(rect, (r, c) => {
      update(m.cellFor(sheet, r, c));
      m.compact(sheet, key(r, c));
    });
  }

  protected uniformOf<T>(get: (cell: CellModel | undefined) => T): T | null {
    const { sheet, rect } = this.range.area();
    if (rows(rect) * cols(rect) > MAX_CELLS_READ) throw new DoubleOfficeError("GeneralException", "The response payload size limit was exceeded.");
    return uniform(rect, (r, c) => get(this.context.model.cellAt(sheet, r, c)));
  }
}

export class DoubleRangeFormat extends RangePart {
  protected readonly className = "RangeFormat";
  readonly fill: DoubleRangeFill;
  readonly font: DoubleRangeFont;
  readonly borders: DoubleRangeBorderCollection;

  constructor(context: DoubleContext, range: DoubleRange) {
    super(context, range);
    this.fill = new DoubleRangeFill(context, range);
    this.font = new DoubleRangeFont(context, range);
    this.borders = new DoubleRangeBorderCollection(context, range);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      columnWidth: () => {
        const { sheet, rect } = this.range.area();
        let width: number | undefined;
        for (let c = rect.c0; c <= rect.c1; c++) {
          const w = sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH;
          if (width === undefined) width = w;
          else if (w !== width) return null;
        }
        return width;
      },
      horizontalAlignment: () => this.uniformOf((c) => c?.horizontalAlignment ?? "General"),
      wrapText: () => this.uniformOf((c) => c?.wrapText ?? false),
    };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }

  get columnWidth(): number {
    return this.readProp("columnWidth");
  }
  /** Width in points, for every column of the range. */
  set columnWidth(points: number) {
    this.writeProp("columnWidth", points, () => {
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) {
        throw new DoubleOfficeError("InvalidArgument", `${points} is not a column width in points.`);
      }
      const { sheet, rect } = this.range.area();
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, points);
    });
  }
  get horizontalAlignment(): string {
    return this.readProp("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.writeProp("horizontalAlignment", value, () =>
      this.setEach((c) => {
        c.horizontalAlignment = value === "General" ? undefined : value;
      }),
    );
  }
  get wrapText(): boolean {
    return this.readProp("wrapText");
  }
  set wrapText(value: boolean) {
    this.writeProp("wrapText", value, () =>
      this.setEach((c) => {
        c.wrapText = value ? true : undefined;
      }),
    );
  }

  /** Excel fits widths to the content; the double has no fonts to measure, so it records the call only. */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => this.range.area());
  }
}

export class DoubleRangeFill extends RangePart {
  protected readonly className = "RangeFill";

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      // Excel reports no fill as white; `pattern` tells "None" from a white fill.
      color: () => this.uniformOf((c) => c?.fill ?? "#FFFFFF"),
      pattern: () => this.uniformOf((c) => (c?.fill ? "Solid" : "None")),
    };
  }

  get color(): string {
    return this.readProp("color");
  }
  set color(value: string) {
    this.writeProp("color", value, () => {
      // "" clears the fill (Excel's blank-resets rule); null is refused by normalizeColor
      const color = value === "" ? undefined : normalizeColor(value);
      this.setEach((c) => {
        c.fill = color;
      });
    });
  }
  get pattern(): string {
    return this.readProp("pattern");
  }

  clear(): void {
    this.call("clear", [], () =>
      this.setEach((c) => {
        c.fill = undefined;
      }),
    );
  }
}

export class DoubleRangeFont extends RangePart {
  protected readonly className = "RangeFont";

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      bold: () => this.uniformOf((c) => c?.bold ?? false),
      italic: () => this.uniformOf((c) => c?.italic ?? false),
      color: () => this.uniformOf((c) => c?.fontColor ?? "#000000"),
      name: () => "Calibri",
      size: () => this.uniformOf((c) => c?.fontSize ?? 11),
    };
  }

  get bold(): boolean {
    return this.readProp("bold");
  }
  set bold(value: boolean) {
    this.writeProp("bold", value, () =>
      this.setEach((c) => {
        c.bold = value ? true : undefined;
      }),
    );
  }
  get italic(): boolean {
    return this.readProp("italic");
  }
  set italic(value: boolean) {
    this.writeProp("italic", value, () =>
      this.setEach((c) => {
        c.italic = value ? true : undefined;
      }),
    );
  }
  get color(): string {
    return this.readProp("color");
  }
  set color(value: string) {
    this.writeProp("color", value, () => {
      const color = normalizeColor(value);
      this.setEach((c) => {
        c.fontColor = color === "#000000" ? undefined : color;
      });
    });
  }
  get name(): string {
    return this.readProp("name");
  }
  get size(): number {
    return this.readProp("size");
  }
  set size(value: number) {
    this.writeProp("size", value, () => {
      if (typeof value !== "number" || !(value >= 1 && value <= 409)) throw new DoubleOfficeError("InvalidArgument", `${value} is not a font size.`);
      this.setEach((c) => {
        c.fontSize = value === 11 ? undefined : value;
      });
    });
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class DoubleRangeBorderCollection extends RangePart {
  protected readonly className = "RangeBorderCollection";

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  getItem(index: Edge): DoubleRangeBorder {
    if (!EDGES.includes(index)) {
      // Validated client-side, like Office.js's enum check.
      throw new DoubleOfficeError("InvalidArgument", `'${String(index)}' is not a border index the double models (${EDGES.join(", ")}).`);
    }
    this.call("getItem", [index]);
    return new DoubleRangeBorder(this.context, this.range, index);
  }
}

/** Borders are modelled minimally: a style per cell side ("Continuous", "None", ...). */
export class DoubleRangeBorder extends RangePart {
  protected readonly className = "RangeBorder";

  constructor(
    context: DoubleContext,
    range: DoubleRange,
    private readonly edge: Edge,
  ) {
    super(context, range);
  }

  /** The cell sides this edge covers, for a cell at (r, c) of rect. */
  private sides(rect: Rect, r: number, c: number): (keyof Borders)[] {
    switch (this.edge) {
      case "EdgeTop":
        return r === rect.r0 ? ["top"] : [];
      case "EdgeBottom":
        return r === rect.r1 ? ["bottom"] : [];
      case "EdgeLeft":
        return c === rect.c0 ? ["left"] : [];
      case "EdgeRight":
        return c === rect.c1 ? ["right"] : [];
      case "InsideHorizontal":
        return r < rect.r1 ? ["bottom"] : [];
      case "InsideVertical":
        return c < rect.c1 ? ["right"] : [];
    }
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      style: () => {
        const { sheet, rect } = this.range.area();
        let style: string | null | undefined;
        forEachCell(rect, (r, c) => {
          for (const side of this.sides(rect, r, c)) {
            const s = this.context.model.cellAt(sheet, r, c)?.borders?.[side] ?? "None";
            if (style === undefined) style = s;
            else if (style !== s) style = null;
          }
        });
        return style ?? "None";
      },
    };
  }

  /** Border colour and weight are checked and recorded but not stored (borders are modelled minimally). */
  set color(value: string) {
    this.writeProp("color", value, () => {
      normalizeColor(value);
      this.range.area();
    });
  }
  get color(): string {
    return this.readProp("color");
  }
  set weight(value: string) {
    this.writeProp("weight", value, () => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a border weight.`);
      this.range.area();
    });
  }
  get weight(): string {
    return this.readProp("weight");
  }

  get style(): string {
    return this.readProp("style");
  }
  set style(value: string) {
    this.writeProp("style", value, () => {
      const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
      if (!BORDER_STYLES.includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a border style.`);
      const { sheet, rect } = this.range.area();
      const m = this.context.model;
      forEachCell(rect, (r, c) => {
        const sides = this.sides(rect, r, c);
        if (sides.length === 0) return;
        const cell = m.cellFor(sheet, r, c);
        const borders: Borders = { ...(cell.borders ?? {}) };
        for (const side of sides) borders[side] = value === "None" ? undefined : value;
        cell.borders = Object.values(borders).some((v) => v !== undefined) ? borders : undefined;
        m.compact(sheet, key(r, c));
      });
    });
  }
}

// ------------------------------------------------------------------------------------------------

export class DoubleTableCollection extends CollectionBase<DoubleTable, TableModel> {
  protected readonly className = "TableCollection";

  constructor(
    context: DoubleContext,
    private readonly ws: DoubleWorksheet | undefined,
  ) {
    super(context);
  }

  protected models(): TableModel[] {
    const m = this.context.model;
    const all = this.ws ? m.tables.filter((t) => t.sheetId === this.ws?.sheet().id) : [...m.tables];
    return all;
  }

  protected itemFor(model: TableModel): DoubleTable {
    const t = new DoubleTable(this.context, false);
    t.ref.bind(model);
    return t;
  }

  /**
   * Creates a table over cells that hold their values already. With headers, the first row's texts
   * become the column names (blank → "ColumnN", repeats get a number, as Excel does). hasHeaders=false
   * (Excel then inserts a header row, shifting cells) is not modelled.
   */
  add(address: string | DoubleRange, hasHeaders: boolean): DoubleTable {
    const table = new DoubleTable(this.context, false);
    this.call("add", [typeof address === "string" ? address : "[Range]", hasHeaders], () => {
      const m = this.context.model;
      let sheet: SheetModel;
      let rect: Rect | undefined;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        if (bang >= 0) {
          const raw = address.slice(0, bang);
          const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
          const found = m.findSheet(name);
          if (!found) throw new DoubleOfficeError("InvalidArgument", `The sheet '${name}' in '${address}' doesn't exist.`);
          sheet = found;
        } else if (this.ws) {
          sheet = this.ws.sheet();
        } else {
          throw new DoubleOfficeError("InvalidArgument", `workbook.tables.add needs a sheet-qualified address, got '${address}'.`);
        }
        rect = parseRect(bang >= 0 ? address.slice(bang + 1) : address);
      } else {
        ({ sheet, rect } = address.area());
      }
      if (!rect) throw new DoubleOfficeError("InvalidArgument", `'${String(address)}' is not a valid range address.`);
      if (!hasHeaders) throw new DoubleOfficeError("NotImplemented", "The Excel double does not model tables.add(..., false).");
      if (rect.r1 - rect.r0 < 1) throw new DoubleOfficeError("InvalidArgument", "A table needs a header row and at least one data row.");
      if (m.tableAt(sheet, rect)) throw new DoubleOfficeError("InvalidOperation", "A table can't overlap another table.");
      const used = new Set<string>();
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = m.cellAt(sheet, rect.r0, c);
        let text = cell === undefined || isEmptyCell(cell) ? "" : String(cell.formula !== undefined ? (cell.value ?? 0) : cell.value);
        if (text.trim() === "") text = `Column${c - rect.c0 + 1}`;
        let unique = text;
        for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${text}${n}`;
        used.add(unique.toLowerCase());
        const target = m.cellFor(sheet, rect.r0, c);
        target.value = unique;
        target.formula = undefined;
      }
      let n = m.tables.length + 1;
      while (m.findTable(`Table${n}`) || m.findName(`Table${n}`)) n++;
      const model: TableModel = { id: m.newId("table"), name: `Table${n}`, sheetId: sheet.id, rect, showHeaders: true, showTotals: false, style: DEFAULT_TABLE_STYLE };
      m.tables.push(model);
      table.ref.bind(model);
    });
    return table;
  }

  getItem(key: string): DoubleTable {
    const t = new DoubleTable(this.context, false);
    this.call("getItem", [key], () => {
      const found = this.lookup(key);
      if (!found) throw new DoubleOfficeError("ItemNotFound", `The requested table '${key}' doesn't exist.`);
      t.ref.bind(found);
    });
    return t;
  }

  getItemOrNullObject(key: string): DoubleTable {
    const t = new DoubleTable(this.context, true);
    this.call("getItemOrNullObject", [key], () => t.ref.bind(this.lookup(key)));
    return t;
  }

  private lookup(key: string): TableModel | undefined {
    const lower = key.toLowerCase();
    return this.models().find((t) => t.name.toLowerCase() === lower || t.id === key);
  }
}

export class DoubleTable extends ProxyBase {
  protected readonly className = "Table";
  readonly ref = new Ref<TableModel>();

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  private table(): TableModel {
    const t = this.ref.get("table");
    if (!this.context.model.tables.includes(t)) throw new DoubleOfficeError("ItemNotFound", `The table '${t.name}' has been deleted.`);
    return t;
  }

  private sheet(): SheetModel {
    return this.context.model.sheetById(this.table().sheetId) as SheetModel;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      name: () => this.table().name,
      id: () => this.table().id,
      showTotals: () => this.table().showTotals,
      showHeaders: () => this.table().showHeaders,
      style: () => this.table().style,
    };
  }

  get name(): string {
    return this.readProp("name");
  }
  set name(value: string) {
    this.writeProp("name", value, () => this.context.model.renameTable(this.table(), value));
  }
  get id(): string {
    return this.readProp("id");
  }
  get style(): string {
    return this.readProp("style");
  }
  set style(value: string) {
    this.writeProp("style", value, () => {
      this.table().style = value;
    });
  }
  get showHeaders(): boolean {
    return this.readProp("showHeaders");
  }
  get showTotals(): boolean {
    return this.readProp("showTotals");
  }
  /**
   * Turning the totals row on uses the row just below the table. As in Excel, if that row holds
   * anything in the table's columns, the cells below are pushed down one row to make room; Excel
   * then puts "Total" in the first column and a SUBTOTAL in the last. Off removes the row's contents.
   */
  set showTotals(value: boolean) {
    this.writeProp("showTotals", value, () => {
      const t = this.table();
      if (t.showTotals === value) return;
      const sheet = this.sheet();
      const m = this.context.model;
      if (value) {
        const below = t.rect.r1 + 1;
        if (below >= MAX_ROWS) throw new DoubleOfficeError("InvalidOperation", "No room below the table for a totals row.");
        let occupied = false;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) if (!isEmptyCell(m.cellAt(sheet, below, c))) occupied = true;
        if (occupied) shiftDown(m, sheet, below, t.rect.c0, t.rect.c1);
        t.rect = { ...t.rect, r1: below };
        t.showTotals = true;
        const first = m.cellFor(sheet, below, t.rect.c0);
        first.value = "Total";
        first.formula = undefined;
        if (t.rect.c1 > t.rect.c0) {
          const header = m.cellAt(sheet, t.rect.r0, t.rect.c1)?.value ?? "";
          const last = m.cellFor(sheet, below, t.rect.c1);
          last.formula = `=SUBTOTAL(109,[${String(header)}])`;
          last.value = undefined;
        }
      } else {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const cell = m.cellAt(sheet, t.rect.r1, c);
          if (cell) {
            cell.value = undefined;
            cell.formula = undefined;
            m.compact(sheet, key(t.rect.r1, c));
          }
        }
        t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
        t.showTotals = false;
      }
    });
  }

  private part(method: string, fn: (t: TableModel) => Rect): DoubleRange {
    return DoubleRange.create(this.context, `Table.${method}`, [], () => {
      const t = this.table();
      return { sheet: this.sheet(), rect: fn(t) };
    });
  }

  getRange(): DoubleRange {
    return this.part("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): DoubleRange {
    return this.part("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }

  getDataBodyRange(): DoubleRange {
    return this.part("getDataBodyRange", (t) => ({ ...t.rect, r0: t.rect.r0 + 1, r1: t.showTotals ? t.rect.r1 - 1 : t.rect.r1 }));
  }

  getTotalRowRange(): DoubleRange {
    return this.part("getTotalRowRange", (t) => {
      if (!t.showTotals) throw new DoubleOfficeError("InvalidOperation", `The table '${t.name}' has no totals row.`);
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  private worksheetProxy?: DoubleWorksheet;

  get worksheet(): DoubleWorksheet {
    if (!this.worksheetProxy) {
      const ws = new DoubleWorksheet(this.context, false);
      this.context.enqueue("call", "Table.worksheet", [], () => ws.ref.bind(this.sheet()));
      this.worksheetProxy = ws;
    }
    return this.worksheetProxy;
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return {
      worksheet: () => {
        this.worksheetProxy ??= new DoubleWorksheet(this.context, false);
        this.worksheetProxy.ref.bind(this.sheet());
        return this.worksheetProxy;
      },
    };
  }

  /** Deletes the table and its cells' contents, as Excel's Table.delete does. */
  delete(): void {
    this.call("delete", [], () => {
      const t = this.table();
      const sheet = this.sheet();
      const m = this.context.model;
      forEachCell(t.rect, (r, c) => sheet.cells.delete(key(r, c)));
      m.tables.splice(m.tables.indexOf(t), 1);
    });
  }

  /** Turns the table back into plain cells, keeping their contents. */
  convertToRange(): DoubleRange {
    return DoubleRange.create(this.context, "Table.convertToRange", [], () => {
      const t = this.table();
      const sheet = this.sheet();
      const m = this.context.model;
      m.tables.splice(m.tables.indexOf(t), 1);
      return { sheet, rect: t.rect };
    });
  }
}

function shiftDown(m: WorkbookModel, sheet: SheetModel, fromRow: number, c0: number, c1: number): void {
  const moved: [number, CellModel][] = [];
  for (const [k, cell] of sheet.cells) {
    const r = Math.floor(k / MAX_COLUMNS);
    const c = k % MAX_COLUMNS;
    if (r >= fromRow && c >= c0 && c <= c1) moved.push([k, cell]);
  }
  for (const [k] of moved) sheet.cells.delete(k);
  for (const [k, cell] of moved) {
    if (Math.floor(k / MAX_COLUMNS) + 1 >= MAX_ROWS) throw new DoubleOfficeError("InvalidOperation", "Cells would be pushed off the sheet.");
    sheet.cells.set(k + MAX_COLUMNS, cell);
  }
  for (const t of m.tables) {
    if (t.sheetId === sheet.id && t.rect.r0 >= fromRow && t.rect.c0 >= c0 && t.rect.c1 <= c1) {
      t.rect = { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 + 1 };
    }
  }
}

// ------------------------------------------------------------------------------------------------

export class DoubleNamedItemCollection extends CollectionBase<DoubleNamedItem, NameModel> {
  protected readonly className = "NamedItemCollection";

  protected models(): NameModel[] {
    return [...this.context.model.names];
  }

  protected itemFor(model: NameModel): DoubleNamedItem {
    const n = new DoubleNamedItem(this.context, false);
    n.ref.bind(model);
    return n;
  }

  /** Adds a workbook-scoped name for a range (or a formula such as "=Parametrar!$B$4"). */
  add(name: string, reference: string | DoubleRange, comment?: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, false);
    this.call("add", [name, typeof reference === "string" ? reference : "[Range]", comment], () => {
      const m = this.context.model;
      m.validateIdentifier(name, "name");
      let formula: string;
      if (typeof reference === "string") {
        formula = bindSheetRefs(m, reference.startsWith("=") ? reference : `=${reference}`);
      } else {
        const { sheet, rect } = reference.area();
        const abs = rectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        formula = `=${quoteSheet(sheet.name)}!${abs}`;
      }
      const model: NameModel = { name, formula, comment: comment ?? "", visible: true };
      m.names.push(model);
      item.ref.bind(model);
    });
    return item;
  }

  getItem(name: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, false);
    this.call("getItem", [name], () => {
      const found = this.context.model.findName(name);
      if (!found) throw new DoubleOfficeError("ItemNotFound", `The requested name '${name}' doesn't exist.`);
      item.ref.bind(found);
    });
    return item;
  }

  getItemOrNullObject(name: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, true);
    this.call("getItemOrNullObject", [name], () => item.ref.bind(this.context.model.findName(name)));
    return item;
  }
}

export class DoubleNamedItem extends ProxyBase {
  protected readonly className = "NamedItem";
  readonly ref = new Ref<NameModel>();

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  private item(): NameModel {
    const n = this.ref.get("named item");
    if (!this.context.model.names.includes(n)) throw new DoubleOfficeError("ItemNotFound", `The name '${n.name}' has been deleted.`);
    return n;
  }

  /** The sheet and cells a name refers to, if it is a plain reference. */
  private target(): Area | undefined {
    const m = this.context.model;
    const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(this.item().formula);
    if (!match) return undefined;
    const sheet = m.findSheet(match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
    const rect = parseRect(match[3]);
    return sheet && rect ? { sheet, rect } : undefined;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      name: () => this.item().name,
      formula: () => this.item().formula,
      comment: () => this.item().comment,
      visible: () => this.item().visible,
      scope: () => "Workbook",
      type: () => (this.target() ? "Range" : this.item().formula.includes("#REF!") ? "Error" : "String"),
      value: () => {
        const t = this.target();
        return t ? this.context.model.qualified(t.sheet, t.rect) : this.item().formula.includes("#REF!") ? "#REF!" : this.item().formula.slice(1);
      },
    };
  }

  get name(): string {
    return this.readProp("name");
  }
  get formula(): string {
    return this.readProp("formula");
  }
  set formula(value: string) {
    this.writeProp("formula", value, () => {
      this.item().formula = value.startsWith("=") ? value : `=${value}`;
    });
  }
  get comment(): string {
    return this.readProp("comment");
  }
  set comment(value: string) {
    this.writeProp("comment", value, () => {
      this.item().comment = value;
    });
  }
  get visible(): boolean {
    return this.readProp("visible");
  }
  set visible(value: boolean) {
    this.writeProp("visible", value, () => {
      this.item().visible = value;
    });
  }
  get type(): string {
    return this.readProp("type");
  }
  get value(): unknown {
    return this.readProp("value");
  }
  get scope(): string {
    return this.readProp("scope");
  }

  getRange(): DoubleRange {
    return DoubleRange.create(this.context, "NamedItem.getRange", [], () => {
      const t = this.target();
      if (!t) throw new DoubleOfficeError("InvalidOperation", `The name '${this.item().name}' does not refer to a range.`);
      return t;
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const m = this.context.model;
      m.names.splice(m.names.indexOf(this.item()), 1);
    });
  }
}

export { normalizeLoadSpec };
