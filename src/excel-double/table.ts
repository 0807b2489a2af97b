import { MAX_COLUMNS, MAX_ROWS, type Rect, parseRect } from "./a1";
import { forEachCell } from "./cells";
import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleOfficeError } from "./errors";
import { type CellModel, DEFAULT_TABLE_STYLE, type SheetModel, type TableModel, type WorkbookModel, isEmptyCell, key } from "./model";
import { DoubleRange } from "./range";
import { DoubleWorksheet } from "./worksheet";

/* The tables: the collection (of the workbook or of one sheet) and a table. */

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
        // The totals row shows its column's number format (that of the last data row): a format
        // written into it later is not applied (office-js #1970; range.ts).
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const format = m.cellAt(sheet, below - 1, c)?.numberFormat;
          const cell = m.cellFor(sheet, below, c);
          cell.numberFormat = format;
          m.compact(sheet, key(below, c));
        }
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
