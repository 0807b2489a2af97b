import { parseRect, rectAddress, rewriteSheetRefs } from "./a1";
import { CallRecord, DoubleContext, Engine, FailRule } from "./context";
import { DoubleOfficeError } from "./errors";
import { CellModel, NameSnapshot, Scalar, STANDARD_COLUMN_WIDTH, SheetModel, TableSnapshot, WorkbookModel, WorkbookSnapshot, key } from "./model";
import { DoubleWorkbook } from "./proxies";

/*
 * A faithful double of the Excel JavaScript API for tests (jest) and the stand-alone preview page
 * (browser; no Node imports here). It keeps a workbook (sheets, cells with values, formulas, number
 * formats and a few formats, column widths, freeze panes, tables, defined names, active sheet,
 * selection) and enforces Office.js's proxy rules: load + sync before reading, queued operations
 * applied in order at sync, null objects, 2-D shape checks, Excel's naming rules.
 *
 * It does NOT calculate: formulas are stored as text; a formula cell's value is the value seeded for
 * it, or 0. Number formats are stored, not applied (Range.text is the raw value as text).
 */

export { DoubleOfficeError } from "./errors";
export type { CallRecord, FailRule } from "./context";
export type { CellModel, WorkbookSnapshot, SheetSnapshot, TableSnapshot, NameSnapshot } from "./model";

/** A seeded cell: a constant, a "=formula", or the full description. */
export type SeedCell = Scalar | null | (CellModel & { value?: Scalar });

export interface SeedSheet {
  readonly name: string;
  /** Cells by address: { "A1": "Kommun", "B2": 93106, "C2": "=B2*2" }. */
  readonly cells?: Readonly<Record<string, SeedCell>>;
  /** Column widths in points by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly freezeRows?: number;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface DoubleSeed {
  readonly sheets?: readonly SeedSheet[];
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly range: string; readonly showTotals?: boolean }[];
  readonly names?: readonly { readonly name: string; readonly formula: string; readonly comment?: string }[];
  readonly activeSheet?: string;
  readonly selection?: { readonly sheet: string; readonly address: string };
}

/** What a cell holds, as a test sees it. `value` follows Range.values (formula cell: seeded value or 0). */
export interface CellView extends CellModel {
  readonly address: string;
  readonly value: Scalar;
}

export interface SheetView {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly freezeRows: number;
  readonly freezeColumns: number;
  /** Column widths in points, set explicitly, by column letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Address of the used range (values and formats), or null for an empty sheet. */
  readonly usedRange: string | null;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelDouble {
  /** Excel.run-compatible: one context per call; pending operations are synced when the batch ends. */
  readonly run: ExcelRun;
  sheetNames(): string[];
  sheet(name: string): SheetView | undefined;
  cell(sheet: string, address: string): CellView | undefined;
  /** Range.values of a range, for assertions. */
  values(sheet: string, address: string): Scalar[][];
  /** Range.formulas of a range, for assertions. */
  formulas(sheet: string, address: string): Scalar[][];
  table(name: string): TableSnapshot | undefined;
  tableNames(): string[];
  name(name: string): NameSnapshot | undefined;
  nameList(): NameSnapshot[];
  activeSheet(): string;
  selection(): { sheet: string; address: string };
  /** Everything, as plain data: compare before/after to prove nothing changed. */
  snapshot(): WorkbookSnapshot;
  /** Every API call made through run(), in order. */
  readonly calls: readonly CallRecord[];
  /** How many context.sync() calls (explicit, plus the one run() makes for leftovers). */
  readonly syncCount: number;
  /**
   * Makes the next sync fail at the matching call: operations queued before it take effect (Excel
   * batches are not transactions), it and the rest are dropped, and sync() rejects with an
   * OfficeExtension.Error-like error (code default "GeneralException"). { method, nth } counts
   * matching calls from now; a predicate fires on the first call it accepts. One-shot.
   */
  failOn(rule: FailRule): void;
  clearFailures(): void;
  /** Forgets the call log and the sync count (the workbook stays). */
  resetCounters(): void;
  setSelection(sheet: string, address: string): void;
  // Seeding, outside the API (not recorded):
  addSheet(sheet: SeedSheet): void;
  setCell(sheet: string, address: string, cell: SeedCell): void;
  addTable(name: string, sheet: string, range: string, showTotals?: boolean): void;
  addName(name: string, formula: string, comment?: string): void;
  /** The underlying model, for the rare test that needs more. */
  readonly model: WorkbookModel;
}

export function createExcelDouble(initial: DoubleSeed = { sheets: [{ name: "Sheet1" }] }): ExcelDouble {
  const model = new WorkbookModel();
  let engine = new Engine(model);

  const sheetOf = (name: string): SheetModel => {
    const s = model.findSheet(name);
    if (!s) throw new Error(`The double has no sheet '${name}'.`);
    return s;
  };
  const rectOf = (address: string) => {
    const r = parseRect(address);
    if (!r) throw new Error(`'${address}' is not an address.`);
    return r;
  };
  const valueOf = (cell: CellModel | undefined): Scalar => (!cell ? "" : cell.formula !== undefined ? (cell.value ?? 0) : (cell.value ?? ""));

  const seedCell = (sheet: SheetModel, address: string, input: SeedCell): void => {
    const { r0, c0 } = rectOf(address);
    const k = key(r0, c0);
    if (input === null) {
      sheet.cells.delete(k);
      return;
    }
    let cell: CellModel;
    if (typeof input === "object") cell = { ...input };
    else if (typeof input === "string" && input.startsWith("=")) cell = { formula: input };
    else cell = { value: input };
    if (cell.formula !== undefined && !seeding) cell.formula = bind(cell.formula);
    sheet.cells.set(k, cell);
  };
  /** Seeded formulas are bound like entered ones (a missing sheet → #REF!), once all seeded sheets exist. */
  const bind = (formula: string) => rewriteSheetRefs(formula, (name) => model.findSheet(name)?.name ?? null);
  let seeding = true;

  const double: ExcelDouble = {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = new DoubleContext(engine);
      ctx.workbook = new DoubleWorkbook(ctx);
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: (name) => {
      const s = model.findSheet(name);
      if (!s) return undefined;
      const snap = model.snapshot().sheets[model.sheets.indexOf(s)];
      const used = model.usedRect(s, false);
      return {
        name: s.name,
        position: model.sheets.indexOf(s),
        visibility: s.visibility,
        freezeRows: s.freezeRows,
        freezeColumns: s.freezeColumns,
        columnWidths: snap.columnWidths,
        usedRange: used ? rectAddress(used) : null,
      };
    },
    cell: (sheetName, address) => {
      const { r0, c0 } = rectOf(address);
      const cell = model.cellAt(sheetOf(sheetName), r0, c0);
      if (!cell) return undefined;
      return { ...cell, address, value: valueOf(cell) };
    },
    values: (sheetName, address) => {
      const s = sheetOf(sheetName);
      const r = rectOf(address);
      const out: Scalar[][] = [];
      for (let i = r.r0; i <= r.r1; i++) {
        const line: Scalar[] = [];
        for (let j = r.c0; j <= r.c1; j++) line.push(valueOf(model.cellAt(s, i, j)));
        out.push(line);
      }
      return out;
    },
    formulas: (sheetName, address) => {
      const s = sheetOf(sheetName);
      const r = rectOf(address);
      const out: Scalar[][] = [];
      for (let i = r.r0; i <= r.r1; i++) {
        const line: Scalar[] = [];
        for (let j = r.c0; j <= r.c1; j++) {
          const cell = model.cellAt(s, i, j);
          line.push(cell?.formula ?? valueOf(cell));
        }
        out.push(line);
      }
      return out;
    },
    table: (name) => model.snapshot().tables.find((t) => t.name.toLowerCase() === name.toLowerCase()),
    tableNames: () => model.tables.map((t) => t.name),
    name: (name) => model.snapshot().names.find((n) => n.name.toLowerCase() === name.toLowerCase()),
    nameList: () => model.snapshot().names,
    activeSheet: () => model.sheetById(model.activeSheetId)?.name ?? "",
    selection: () => {
      const s = model.sheetById(model.activeSheetId) as SheetModel;
      return { sheet: s.name, address: rectAddress(s.selection) };
    },
    snapshot: () => model.snapshot(),
    get calls() {
      return engine.calls;
    },
    get syncCount() {
      return engine.syncCount;
    },
    failOn: (rule) => engine.failOn(rule),
    clearFailures: () => engine.clearFailures(),
    resetCounters: () => {
      engine = new Engine(model);
    },
    setSelection: (sheetName, address) => {
      const s = sheetOf(sheetName);
      s.selection = rectOf(address);
      model.activeSheetId = s.id;
    },
    addSheet: (seed) => {
      const s = model.addSheet(seed.name);
      for (const [address, cell] of Object.entries(seed.cells ?? {})) seedCell(s, address, cell);
      for (const [letters, width] of Object.entries(seed.columnWidths ?? {})) s.columnWidths.set(rectOf(`${letters}1`).c0, width);
      s.freezeRows = seed.freezeRows ?? 0;
      s.visibility = seed.visibility ?? "Visible";
    },
    setCell: (sheetName, address, cell) => seedCell(sheetOf(sheetName), address, cell),
    addTable: (name, sheetName, range, showTotals = false) => {
      const s = sheetOf(sheetName);
      model.validateIdentifier(name, "table");
      const rect = rectOf(range);
      if (model.tableAt(s, rect)) throw new DoubleOfficeError("InvalidOperation", "A table can't overlap another table.");
      model.tables.push({ id: model.newId("table"), name, sheetId: s.id, rect, showHeaders: true, showTotals, style: "TableStyleMedium2" });
    },
    addName: (name, formula, comment) => {
      model.validateIdentifier(name, "name");
      const text = formula.startsWith("=") ? formula : `=${formula}`;
      model.names.push({ name, formula: seeding ? text : bind(text), comment: comment ?? "", visible: true });
    },
    model,
  };

  for (const s of initial.sheets ?? []) double.addSheet(s);
  for (const t of initial.tables ?? []) double.addTable(t.name, t.sheet, t.range, t.showTotals);
  for (const n of initial.names ?? []) double.addName(n.name, n.formula, n.comment);
  model.rewriteAllFormulas(bind);
  seeding = false;
  if (initial.activeSheet) model.activeSheetId = sheetOf(initial.activeSheet).id;
  if (initial.selection) double.setSelection(initial.selection.sheet, initial.selection.address);
  if (model.sheets.length === 0) throw new Error("A workbook needs at least one sheet.");
  return double;
}

/** The standard column width in points, for tests that compare widths. */
export { STANDARD_COLUMN_WIDTH };

/**
 * Puts the double where add-in code looks for Excel: `Excel.run` (and `OfficeExtension.Error` if
 * absent) on the given global object. For the preview page; jest tests pass `run` explicitly.
 */
export function installExcelDouble(double: ExcelDouble, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const excel = (target.Excel as Record<string, unknown> | undefined) ?? {};
  excel.run = double.run;
  target.Excel = excel;
  const ext = (target.OfficeExtension as Record<string, unknown> | undefined) ?? {};
  if (!ext.Error) ext.Error = DoubleOfficeError;
  target.OfficeExtension = ext;
}
