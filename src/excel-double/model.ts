import { MAX_COLUMNS, Rect, cellAddress, columnLetters, mapOutsideStrings, quoteSheet, rectAddress, rectsOverlap, rewriteSheetRefs } from "./a1";
import { DoubleOfficeError } from "./errors";

/*
 * The workbook state behind the double: what Excel holds, with none of the proxy machinery.
 * The double does NOT calculate: a formula is stored as text, and the cell's value is the value the
 * test seeded for it, or 0. Tests that need computed values recalculate an .xlsx elsewhere
 * (LibreOffice); here we only check what was written.
 */

export type Scalar = string | number | boolean;

/** What Excel computes for a formula cell (the double does not calculate): undefined for "not known". */
export type Calculator = (sheet: string, address: string, formula: string) => Scalar | undefined;

export interface Borders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

export interface CellModel {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Borders;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  readonly cells: Map<number, CellModel>;
  /** Column widths in points (Range.format.columnWidth); absent = the standard width. */
  readonly columnWidths: Map<number, number>;
  /** Row heights in points (Range.format.rowHeight) by row index from 0; absent = the standard height. */
  readonly rowHeights: Map<number, number>;
  /** Merged areas (Range.merge), none overlapping another. */
  readonly merges: Rect[];
  readonly pageLayout: PageLayoutModel;
  /** The zoom the sheet prints with: pageLayout.zoom, unless the host ignored it (hosts.ts, office-js #1860). */
  printZoom: PageLayoutModel["zoom"];
  readonly charts: ChartModel[];
  freezeRows: number;
  freezeColumns: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  selection: Rect;
  tabColor: string;
}

/** Worksheet.pageLayout: what the double keeps of a sheet's page setup. */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** An Excel.PaperType ("A4", "Letter"). */
  paperSize: string;
  /** PageLayoutZoomOptions as last set: a scale, or pages wide and tall (0: as many as needed). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated on every printed page, absolute ("$4:$4"), or null. */
  printTitleRows: string | null;
  /** The print area (PageLayout.setPrintArea), absolute ("$A$1:$I$54"), or null for the whole sheet. */
  printArea: string | null;
  /** headersFooters.defaultForAllPages. */
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
}

/** A chart's series: its name, the cells of its values (null until set) and of its categories (ChartSeries.setXAxisValues; else the chart's). */
export interface SeriesModel {
  name: string;
  values: Rect | null;
  xValues?: Rect | null;
  /** ChartSeries.chartType, when set (else the chart's). */
  chartType?: string;
}

/** A chart on a sheet (Worksheet.charts.add). Ranges are on the chart's own sheet or `sheetId`'s. */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly type: string;
  /** The source range's sheet and cells. */
  readonly sheetId: string;
  readonly source: Rect;
  /** One per column (or row) of the source: its name and its values' cells. */
  readonly series: SeriesModel[];
  /** The category axis's names (ChartAxis.setCategoryNames), or the chart's default (1, 2, 3, ...). */
  categories: Rect | null;
  reversePlotOrder: boolean;
  title: string;
  /** Top-left and bottom-right cells (Chart.setPosition), or Excel's default place. */
  position: { from: Rect; to: Rect } | null;
}

/** Excel's default page setup of a new sheet (en-US: Letter). */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
    header: { left: "", center: "", right: "" },
    footer: { left: "", center: "", right: "" },
  };
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  /** Header row, data rows and (when showTotals) the totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface NameModel {
  name: string;
  /** "=Parametrar!$B$4"; follows sheet renames and breaks to #REF! when the sheet is deleted. */
  formula: string;
  comment: string;
  visible: boolean;
}

/** Excel's standard column width (8.43 characters of Calibri 11) in points. */
export const STANDARD_COLUMN_WIDTH = 48;
/** Excel's standard row height (Calibri 11) in points. */
export const STANDARD_ROW_HEIGHT = 15;
export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export const key = (row: number, col: number): number => row * MAX_COLUMNS + col;

export function isEmptyCell(cell: CellModel | undefined): boolean {
  return !cell || (cell.value === undefined && cell.formula === undefined);
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  activeSheetId = "";
  /** The values of formula cells, where a test or the preview knows them. */
  calculator?: Calculator;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  // ---- sheets ------------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading/trailing apostrophe, unique ignoring case. */
  validateSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== "string" || name.length === 0 || name.trim().length === 0) {
      throw new DoubleOfficeError("InvalidArgument", "The sheet name cannot be empty.");
    }
    if (name.length > 31) {
      throw new DoubleOfficeError("InvalidArgument", `The sheet name '${name}' is longer than 31 characters.`);
    }
    if (INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new DoubleOfficeError("InvalidArgument", `The sheet name '${name}' contains a character that is not allowed ([]:*?/\\ or a leading/trailing apostrophe).`);
    }
    if (name.toLowerCase() === "history") {
      throw new DoubleOfficeError("InvalidArgument", "'History' is a reserved sheet name.");
    }
    const clash = this.findSheet(name);
    if (clash && clash !== except) {
      throw new DoubleOfficeError("ItemAlreadyExists", `A sheet named '${clash.name}' already exists.`);
    }
    return name;
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName);
    const sheet: SheetModel = {
      id: this.newId("sheet"),
      name: finalName,
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      pageLayout: defaultPageLayout(),
      printZoom: { scale: 100 },
      charts: [],
      freezeRows: 0,
      freezeColumns: 0,
      visibility: "Visible",
      selection: { r0: 0, c0: 0, r1: 0, c1: 0 },
      tabColor: "",
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Renaming a sheet makes every formula and defined name that refers to it follow, as in Excel. */
  renameSheet(sheet: SheetModel, newName: string): void {
    if (sheet.name === newName) return;
    this.validateSheetName(newName, sheet);
    const old = sheet.name.toLowerCase();
    const follow = (f: string) => rewriteSheetRefs(f, (s) => (s.toLowerCase() === old ? newName : undefined));
    this.rewriteAllFormulas(follow);
    sheet.name = newName;
  }

  /** Deleting a sheet deletes its tables and breaks references to it (#REF!), as in Excel. */
  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new DoubleOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    const old = sheet.name.toLowerCase();
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheetId === sheet.id) this.tables.splice(i, 1);
    this.rewriteAllFormulas((f) => rewriteSheetRefs(f, (s) => (s.toLowerCase() === old ? null : undefined)));
    if (this.activeSheetId === sheet.id) {
      const candidates = this.sheets.filter((s) => s.visibility === "Visible");
      const next = candidates.find((s) => this.sheets.indexOf(s) >= index) ?? candidates[candidates.length - 1];
      this.activeSheetId = next.id;
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new DoubleOfficeError("InvalidArgument", `The position ${position} is outside 0–${this.sheets.length - 1}.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  rewriteAllFormulas(fn: (formula: string) => string): void {
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) if (cell.formula !== undefined) cell.formula = fn(cell.formula);
    }
    for (const n of this.names) n.formula = fn(n.formula);
  }

  // ---- cells -------------------------------------------------------------------------------

  cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(key(row, col));
  }

  /** Whether a cell is in the totals row of a table that shows one. */
  inTotalsRow(sheet: SheetModel, row: number, col: number): boolean {
    return this.tables.some((t) => t.sheetId === sheet.id && t.showTotals && t.rect.r1 === row && col >= t.rect.c0 && col <= t.rect.c1);
  }

  /** Range.values of one cell: a formula's computed value (the calculator's, else the seeded one, else 0), a constant, or "" for an empty cell. */
  valueAt(sheet: SheetModel, row: number, col: number): Scalar {
    const cell = this.cellAt(sheet, row, col);
    if (!cell) return "";
    if (cell.formula === undefined) return cell.value ?? "";
    return this.calculator?.(sheet.name, cellAddress(row, col), cell.formula) ?? cell.value ?? 0;
  }

  /** The cell, created if needed (for writes). */
  cellFor(sheet: SheetModel, row: number, col: number): CellModel {
    const k = key(row, col);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = {};
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  /** Drops cells that hold nothing at all, so snapshots compare what is visible. */
  compact(sheet: SheetModel, k: number): void {
    const cell = sheet.cells.get(k);
    if (cell && Object.values(cell).every((v) => v === undefined)) sheet.cells.delete(k);
  }

  /** The bounding box of cells with a value or formula (valuesOnly) or with anything set. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && isEmptyCell(cell)) continue;
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  // ---- tables and names ----------------------------------------------------------------------

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  findName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /**
   * Excel's rules for a defined name or table name: starts with a letter, _ or \, then letters,
   * digits, _ or .; not a cell reference ("A1", "R1C1"); at most 255 characters; unique among the
   * workbook's names AND table names, ignoring case.
   */
  validateIdentifier(name: unknown, kind: "name" | "table", except?: NameModel | TableModel): string {
    if (typeof name !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) {
      throw new DoubleOfficeError("InvalidArgument", `'${String(name)}' is not a valid ${kind} name.`);
    }
    if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
      throw new DoubleOfficeError("InvalidArgument", `'${name}' is not a valid ${kind} name: it looks like a cell reference.`);
    }
    const clash = this.findName(name) ?? this.findTable(name);
    if (clash && clash !== except) {
      throw new DoubleOfficeError("ItemAlreadyExists", `The name '${name}' is already used in the workbook.`);
    }
    return name;
  }

  /** Renaming a table makes structured references to it (Kommuner[Invånare]) follow, as in Excel. */
  renameTable(table: TableModel, newName: string): void {
    this.validateIdentifier(newName, "table", table);
    const escaped = table.name.replace(/[.\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}_.'!$])${escaped}(?=\\[)`, "giu");
    this.rewriteAllFormulas((f) => mapOutsideStrings(f, (code) => code.replace(re, newName)));
    table.name = newName;
  }

  tableAt(sheet: SheetModel, rect: Rect): TableModel | undefined {
    return this.tables.find((t) => t.sheetId === sheet.id && rectsOverlap(t.rect, rect));
  }

  qualified(sheet: SheetModel, rect: Rect): string {
    return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
  }

  // ---- snapshot ------------------------------------------------------------------------------

  chartSnapshot(chart: ChartModel): ChartSnapshot {
    const sheet = this.sheetById(chart.sheetId);
    return {
      name: chart.name,
      type: chart.type,
      source: sheet ? this.qualified(sheet, chart.source) : "#REF!",
      series: chart.series.map((s) => ({
        name: s.name,
        values: s.values ? rectAddress(s.values) : null,
        ...(s.xValues ? { xValues: rectAddress(s.xValues) } : {}),
        ...(s.chartType ? { chartType: s.chartType } : {}),
      })),
      categories: chart.categories ? rectAddress(chart.categories) : null,
      reversePlotOrder: chart.reversePlotOrder,
      title: chart.title,
      position: chart.position ? `${rectAddress(chart.position.from)}:${rectAddress(chart.position.to)}` : null,
    };
  }

  /** A plain, JSON-comparable picture of everything the double holds (for before/after checks). */
  snapshot(): WorkbookSnapshot {
    const active = this.sheetById(this.activeSheetId);
    return {
      activeSheet: active ? active.name : null,
      sheets: this.sheets.map((s) => {
        const cells: Record<string, CellModel> = {};
        const keys = [...s.cells.keys()].sort((a, b) => a - b);
        for (const k of keys) {
          const cell = s.cells.get(k) as CellModel;
          const clean: CellModel = {};
          for (const [p, v] of Object.entries(cell)) if (v !== undefined) (clean as Record<string, unknown>)[p] = v;
          if (Object.keys(clean).length > 0) cells[cellAddress(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS)] = clean;
        }
        const widths: Record<string, number> = {};
        for (const [c, w] of [...s.columnWidths].sort((a, b) => a[0] - b[0])) widths[columnLetters(c)] = w;
        const heights: Record<string, number> = {};
        for (const [r, h] of [...s.rowHeights].sort((a, b) => a[0] - b[0])) heights[String(r + 1)] = h;
        return {
          name: s.name,
          visibility: s.visibility,
          freezeRows: s.freezeRows,
          freezeColumns: s.freezeColumns,
          tabColor: s.tabColor,
          columnWidths: widths,
          rowHeights: heights,
          merges: s.merges.map(rectAddress).sort(),
          pageLayout: { ...s.pageLayout, zoom: { ...s.pageLayout.zoom }, header: { ...s.pageLayout.header }, footer: { ...s.pageLayout.footer } },
          charts: s.charts.map((chart) => this.chartSnapshot(chart)),
          cells,
        };
      }),
      tables: this.tables.map((t) => ({
        name: t.name,
        sheet: this.sheetById(t.sheetId)?.name ?? "?",
        range: rectAddress(t.rect),
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        style: t.style,
      })),
      names: this.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, visible: n.visible })),
    };
  }
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  freezeRows: number;
  freezeColumns: number;
  tabColor: string;
  columnWidths: Record<string, number>;
  /** Row heights in points set explicitly, by row number ("4"). */
  rowHeights: Record<string, number>;
  /** Merged areas ("A1:I1"), sorted. */
  merges: string[];
  pageLayout: PageLayoutModel;
  charts: ChartSnapshot[];
  cells: Record<string, CellModel>;
}

/** A chart as plain data; ranges as addresses, the source qualified by its sheet ("'Årskostnad'!F5:G44"). */
export interface ChartSnapshot {
  name: string;
  type: string;
  source: string;
  series: { name: string; values: string | null; xValues?: string; chartType?: string }[];
  categories: string | null;
  reversePlotOrder: boolean;
  title: string;
  /** "A62:L108": from the top-left cell to the bottom-right one. */
  position: string | null;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  range: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: NameSnapshot[];
}
