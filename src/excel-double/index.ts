import { type Rect, parseRect, rectAddress, rewriteSheetRefs } from "./a1";
import { CallRecord, DoubleContext, DoubleRunOptions, Engine, FailRule } from "./context";
import { DoubleOfficeError } from "./errors";
import { type HostProfile, NEWEST, profileSupports } from "./hosts";
import { Calculator, CellModel, NameSnapshot, Scalar, STANDARD_COLUMN_WIDTH, SheetModel, TableSnapshot, WorkbookModel, WorkbookSnapshot, key } from "./model";
import { printedPagesWide } from "./pageLayout";
import { DoubleWorkbook } from "./workbook";
import type { ExcelRun } from "../excel";

/*
 * A faithful double of the Excel JavaScript API for tests (jest) and the stand-alone preview page
 * (browser; no Node imports here). It keeps a workbook (sheets, cells with values, formulas, number
 * formats and a few formats, column widths, row heights, merged cells, freeze panes, page layouts,
 * charts, tables, defined names, active sheet, selection) and enforces Office.js's proxy rules: load + sync before reading, queued operations
 * applied in order at sync, null objects, 2-D shape checks, Excel's naming rules.
 *
 * It does NOT calculate: formulas are stored as text; a formula cell's value is the value seeded for
 * it, or 0. Number formats are stored, not applied (Range.text is the raw value as text).
 */

export { DoubleOfficeError } from "./errors";
export type { CallRecord, FailRule } from "./context";
export { HOST_PROFILES, OLDEST_ADMITTED, NEWEST, OFFICE_2021_LTSC, EXCEL_2019, API_SET_OF_MEMBER, compareVersions } from "./hosts";
export type { HostProfile } from "./hosts";
export type { Calculator } from "./model";
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
  /** The host the double plays (default: the newest, NEWEST). */
  readonly host?: HostProfile;
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

/** The one Excel handle type, declared in src/excel/run.ts (a type only: the double shares no code with what it tests). */
export type { ExcelRun };

export interface ExcelDouble {
  /**
   * Excel.run-compatible: one context per call; pending operations are synced when the batch ends.
   * Takes Excel.RunOptions (`delayForCellEdit`) and carries the host's isSetSupported.
   */
  readonly run: ExcelRun;
  /** The host the double plays; `setHost` changes it (the workbook stays). */
  readonly host: HostProfile;
  setHost(host: HostProfile): void;
  /** Office.context.requirements.isSetSupported of the host. */
  isSetSupported(name: string, version?: string): boolean;
  /** The user starts editing a cell: a batch fails (InvalidOperationInCellEditMode) or waits (delayForCellEdit) until endCellEdit. */
  beginCellEdit(): void;
  /** The user leaves the cell; with `value`, what was typed goes into `sheet`!`address` first. */
  endCellEdit(typed?: { readonly sheet: string; readonly address: string; readonly value: Scalar }): void;
  /**
   * What Excel computes for a formula cell: the double does not calculate, so a test (or the preview)
   * says what a formula gives; undefined falls back to the seeded value, or 0. Charts are laid out
   * from these values, as Excel lays them out from what the cells show.
   */
  setCalculator(calculate: Calculator | undefined): void;
  /** How many pages wide the sheet prints (its used columns, paper, orientation and the zoom it prints with). */
  pagesWide(sheet: string): number;
  sheetNames(): string[];
  sheet(name: string): SheetView | undefined;
  cell(sheet: string, address: string): CellView | undefined;
  /** Range.values of a range, for assertions. */
  values(sheet: string, address: string): Scalar[][];
  /** Range.formulas of a range, for assertions. */
  formulas(sheet: string, address: string): Scalar[][];
  /** Range.numberFormat of a range, cell by cell ("General" where none is set), for assertions and the preview's grid. */
  numberFormats(sheet: string, address: string): string[][];
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
  let engine = new Engine(model, initial.host ?? NEWEST);
  const seeder = new Seeder(model);
  const isSetSupported = (name: string, version?: string) => profileSupports(engine.host, name, version);
  const run = Object.assign(<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: DoubleRunOptions) => runBatch(engine, batch, options), { isSetSupported });
  const double: ExcelDouble = {
    run,
    get host() {
      return engine.host;
    },
    setHost: (host) => {
      engine.host = host;
    },
    isSetSupported,
    beginCellEdit: () => engine.beginCellEdit(),
    endCellEdit: (typed) => {
      if (typed) seeder.setCell(seeder.sheet(typed.sheet), typed.address, typed.value);
      engine.endCellEdit();
    },
    setCalculator: (calculate) => {
      model.calculator = calculate;
    },
    pagesWide: (name) => {
      const sheet = sheetOf(model, name);
      return printedPagesWide(sheet, model.usedRect(sheet, false)?.c1 ?? 0, STANDARD_COLUMN_WIDTH);
    },
    ...readers(model),
    get calls() {
      return engine.calls;
    },
    get syncCount() {
      return engine.syncCount;
    },
    failOn: (rule) => engine.failOn(rule),
    clearFailures: () => engine.clearFailures(),
    resetCounters: () => {
      engine = new Engine(model, engine.host);
    },
    setSelection: (sheetName, address) => seeder.select(sheetName, address),
    addSheet: (seed) => seeder.addSheet(seed),
    setCell: (sheetName, address, cell) => seeder.setCell(seeder.sheet(sheetName), address, cell),
    addTable: (name, sheetName, range, showTotals = false) => seeder.addTable(name, sheetName, range, showTotals),
    addName: (name, formula, comment) => seeder.addName(name, formula, comment),
    model,
  };
  seeder.seed(initial);
  return double;
}

/** One batch: a new context on the shared engine; what the batch left queued is synced when it returns. */
async function runBatch<T>(engine: Engine, batch: (context: Excel.RequestContext) => Promise<T>, options: DoubleRunOptions = {}): Promise<T> {
  const ctx = new DoubleContext(engine, options);
  ctx.workbook = new DoubleWorkbook(ctx);
  const result = await batch(ctx as unknown as Excel.RequestContext);
  if (ctx.pending > 0) await ctx.sync();
  return result;
}

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const s = model.findSheet(name);
  if (!s) throw new Error(`The double has no sheet '${name}'.`);
  return s;
}

function rectOf(address: string): Rect {
  const r = parseRect(address);
  if (!r) throw new Error(`'${address}' is not an address.`);
  return r;
}

/** A rectangle of the sheet, read cell by cell (`value`: Range.values of the cell, computed or seeded). */
function readGrid(model: WorkbookModel, sheetName: string, address: string, read: (cell: CellModel | undefined, value: Scalar) => Scalar): Scalar[][] {
  const s = sheetOf(model, sheetName);
  const r = rectOf(address);
  const out: Scalar[][] = [];
  for (let i = r.r0; i <= r.r1; i++) {
    const line: Scalar[] = [];
    for (let j = r.c0; j <= r.c1; j++) line.push(read(model.cellAt(s, i, j), model.valueAt(s, i, j)));
    out.push(line);
  }
  return out;
}

/** What a test reads of the workbook, outside the API (not recorded). */
function readers(model: WorkbookModel): Pick<ExcelDouble, "sheetNames" | "sheet" | "cell" | "values" | "formulas" | "numberFormats" | "table" | "tableNames" | "name" | "nameList" | "activeSheet" | "selection" | "snapshot"> {
  return {
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
      const sheet = sheetOf(model, sheetName);
      const cell = model.cellAt(sheet, r0, c0);
      if (!cell) return undefined;
      return { ...cell, address, value: model.valueAt(sheet, r0, c0) };
    },
    values: (sheetName, address) => readGrid(model, sheetName, address, (_, value) => value),
    formulas: (sheetName, address) => readGrid(model, sheetName, address, (cell, value) => cell?.formula ?? value),
    numberFormats: (sheetName, address) => readGrid(model, sheetName, address, (cell) => cell?.numberFormat ?? "General") as string[][],
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
  };
}

/**
 * Puts sheets, cells, tables and names into the model outside the API (not recorded). While the
 * initial seed is written, formulas are kept as given; once every seeded sheet exists they are bound
 * like entered ones (a missing sheet → #REF!), and so is everything seeded later.
 */
class Seeder {
  private seeding = true;

  constructor(private readonly model: WorkbookModel) {}

  seed(initial: DoubleSeed): void {
    const model = this.model;
    for (const s of initial.sheets ?? [{ name: "Sheet1" }]) this.addSheet(s);
    for (const t of initial.tables ?? []) this.addTable(t.name, t.sheet, t.range, t.showTotals ?? false);
    for (const n of initial.names ?? []) this.addName(n.name, n.formula, n.comment);
    model.rewriteAllFormulas((formula) => this.bind(formula));
    this.seeding = false;
    if (initial.activeSheet) model.activeSheetId = this.sheet(initial.activeSheet).id;
    if (initial.selection) this.select(initial.selection.sheet, initial.selection.address);
    if (model.sheets.length === 0) throw new Error("A workbook needs at least one sheet.");
  }

  sheet(name: string): SheetModel {
    return sheetOf(this.model, name);
  }

  select(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    s.selection = rectOf(address);
    this.model.activeSheetId = s.id;
  }

  addSheet(seed: SeedSheet): void {
    const s = this.model.addSheet(seed.name);
    for (const [address, cell] of Object.entries(seed.cells ?? {})) this.setCell(s, address, cell);
    for (const [letters, width] of Object.entries(seed.columnWidths ?? {})) s.columnWidths.set(rectOf(`${letters}1`).c0, width);
    s.freezeRows = seed.freezeRows ?? 0;
    s.visibility = seed.visibility ?? "Visible";
  }

  setCell(sheet: SheetModel, address: string, input: SeedCell): void {
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
    if (cell.formula !== undefined && !this.seeding) cell.formula = this.bind(cell.formula);
    sheet.cells.set(k, cell);
  }

  addTable(name: string, sheetName: string, range: string, showTotals: boolean): void {
    const model = this.model;
    const s = this.sheet(sheetName);
    model.validateIdentifier(name, "table");
    const rect = rectOf(range);
    if (model.tableAt(s, rect)) throw new DoubleOfficeError("InvalidOperation", "A table can't overlap another table.");
    model.tables.push({ id: model.newId("table"), name, sheetId: s.id, rect, showHeaders: true, showTotals, style: "TableStyleMedium2" });
  }

  addName(name: string, formula: string, comment?: string): void {
    this.model.validateIdentifier(name, "name");
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    this.model.names.push({ name, formula: this.seeding ? text : this.bind(text), comment: comment ?? "", visible: true });
  }

  private bind(formula: string): string {
    return rewriteSheetRefs(formula, (name) => this.model.findSheet(name)?.name ?? null);
  }
}

/** The standard column width in points, for tests that compare widths. */
export { STANDARD_COLUMN_WIDTH };
