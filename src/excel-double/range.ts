import { MAX_COLUMNS, MAX_ROWS, type Rect, rectsOverlap } from "./a1";
import { type Area, bindSheetRefs, cols, forEachCell, grid, parseInput, rows, shapeInput } from "./cells";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleOfficeError } from "./errors";
import { type CellModel, type Scalar, key } from "./model";
import { DoubleRangeFormat } from "./rangeFormat";
import { DoubleRangeAreas } from "./rangeAreas";
import { DoubleWorksheet } from "./worksheet";

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
    const value = (r: number, c: number): Scalar => this.context.model.valueAt(this.area().sheet, r, c);
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
        // A number format written into a table's totals row is not applied (office-js #1970, closed "by
        // design": https://github.com/OfficeDev/office-js/issues/1970): the cell keeps the format it got
        // when the totals row was turned on, its column's (table.ts). The strict reading: not applied at all.
        if (m.inTotalsRow(sheet, r, c)) return;
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

  /**
   * Merges the range into one cell (across: each row into one). As in Excel, only the top-left value
   * of each merged area stays; cells of a table cannot be merged, nor part of a merged area (merged
   * areas inside the range are merged into the new one).
   */
  /** The merged areas that touch this range (ExcelApi 1.13), or a null object when there are none. */
  getMergedAreasOrNullObject(): DoubleRangeAreas {
    const result = new DoubleRangeAreas(this.context);
    this.call("getMergedAreasOrNullObject", [], () => {
      const { sheet, rect } = this.area();
      const touching = sheet.merges.filter((a) => rectsOverlap(a, rect)).map((a) => ({ sheet, rect: a }));
      result.ref.bind(touching.length > 0 ? touching : undefined);
    });
    return result;
  }

  merge(across = false): void {
    this.call("merge", [across], () => {
      const { sheet, rect } = this.area();
      const m = this.context.model;
      if (m.tableAt(sheet, rect)) throw new DoubleOfficeError("InvalidOperation", "Cells in a table can't be merged.");
      const inside = (a: Rect) => a.r0 >= rect.r0 && a.r1 <= rect.r1 && a.c0 >= rect.c0 && a.c1 <= rect.c1;
      if (sheet.merges.some((a) => rectsOverlap(a, rect) && !inside(a))) throw new DoubleOfficeError("InvalidOperation", "Cannot change part of a merged cell.");
      const areas = across ? Array.from({ length: rows(rect) }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i })) : [rect];
      const kept = sheet.merges.filter((a) => !inside(a));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
      for (const area of areas) {
        if (rows(area) * cols(area) === 1) continue;
        sheet.merges.push(area);
        forEachCell(area, (r, c) => {
          if (r === area.r0 && c === area.c0) return;
          const cell = m.cellAt(sheet, r, c);
          if (!cell) return;
          cell.value = undefined;
          cell.formula = undefined;
          m.compact(sheet, key(r, c));
        });
      }
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
