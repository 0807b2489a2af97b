import type { CellStyle, PlanCell, SheetKey, WorkbookPlan } from "../workbook/plan";
import { columnLetter } from "../workbook/a1";
import { CellRect, FormulaRenames, areaAddress, columnWidthPoints, quoteSheetName, rewriteFormula } from "./a1";
import { CarryOver, CarriedInput, LostInput, NO_CARRY_OVER, carriedCells, carryOver } from "./carryOver";
import { OfficeWriteError, stepOfMethod } from "./errors";
import { PreparedSheet, preparePlan, styleRuns } from "./prepare";

/*
 * The Office.js writer: fills a workbook plan into the open workbook.
 *
 * - One Excel.run and two context.sync calls on the happy path, whatever the number of rows: the
 *   first finds which of the plan's sheets, names and tables exist; the second carries everything
 *   (values and formulas as one 2-D array per block, number formats per block, styles per region,
 *   tables, widths, frozen rows, defined names).
 * - Never overwrites: existing sheets of the plan make it stop ("refuse", nothing written), write the
 *   new sheets under new names ("keepBoth": "Kommuner (2)", with formulas and defined names renamed
 *   to match), or replace them ("replace").
 * - All or nothing: an Excel batch is not a transaction (operations before a failing one stay), so on
 *   failure the writer reads what is there and undoes its own work: sheets it added are deleted,
 *   old sheets renamed back, names removed or restored, the active sheet re-activated.
 *   Replace writes the new sheets under temporary names first; only at the end, in the same batch,
 *   the old sheets are renamed aside, the new ones take their names and places, and the old ones are
 *   deleted last. Excel then breaks (#REF!) references from other sheets to the replaced sheets, as
 *   deleting a sheet by hand does. If a deletion of an old copy itself fails, the new sheets are
 *   complete and kept, and the error ("ReplaceIncomplete") names the old copies left over.
 * - Nothing typed is lost on replace: the values typed into the old sheets' per-unit input cells
 *   (the plan sheets' `inputs`) are read in the first sync and written into the new sheets in the
 *   second, unit by unit (carryOver.ts); the result lists them, and those whose unit the new plan
 *   lacks. Reading a sheet's cells needs the sheet to exist (an operation on a null object fails the
 *   whole batch), so the caller names the sheets it found (findExistingPlanSheets, one sync before):
 *   `existingSheets`. With `ask`, the writer asks after its first sync, knowing what replacing would
 *   carry over and lose, and goes on (or stops, nothing written) as answered.
 */

export type ExistingPolicy = "refuse" | "replace" | "keepBoth";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WritePlanOptions {
  readonly existing: ExistingPolicy;
  /** Excel.run or a double's run; default the global Excel.run. */
  readonly run?: ExcelRunner;
  /** Called as the fill advances: steps done, steps in all, and what was just done ("check", "sheet:Kommuner", "done"). */
  readonly onProgress?: (done: number, total: number, step: string) => void;
  /**
   * The plan's sheets found in the workbook just before (findExistingPlanSheets): when replacing (or
   * asking), the first sync also reads their used ranges to carry the typed inputs over. A sheet named
   * here that is gone by then makes the first sync fail: nothing is written.
   */
  readonly existingSheets?: readonly string[];
  /**
   * Asked after the first sync when plan sheets exist, instead of applying `existing`: what to do,
   * knowing which sheets exist and what replacing them would carry over and lose. "cancel" ends the
   * fill with nothing written (the result says `cancelled`).
   */
  readonly ask?: (question: ExistingQuestion) => Promise<ExistingDecision>;
}

/** What the writer asks when plan sheets exist. */
export interface ExistingQuestion {
  /** The plan's sheets that exist, as the workbook spells them. */
  readonly sheets: readonly string[];
  /** What replacing would carry over from the old sheets, and what it would lose. */
  readonly carryOver: CarryOver;
}

export type ExistingDecision = "replace" | "keepBoth" | "cancel";

export interface WrittenSheet {
  readonly key: SheetKey;
  /** The name the sheet got in the workbook (the plan's, or "Kommuner (2)" when keeping both). */
  readonly name: string;
}

export interface WritePlanResult {
  readonly sheets: readonly WrittenSheet[];
  /** context.sync calls the fill made (2 on the happy path). */
  readonly syncs: number;
  /** Replacing: the typed values written into the new sheets, unit by unit. */
  readonly carried: readonly CarriedInput[];
  /** Replacing: the typed values of the old sheets whose unit the new plan does not have (gone with the old sheets). */
  readonly lost: readonly LostInput[];
  /** True when `ask` was answered "cancel": nothing was written. */
  readonly cancelled?: boolean;
}

/** The look of each plan style; the .xlsx writer gives the same. */
const HEADER_FILL = "#DDEBF7";
const INPUT_FILL = "#FFF2CC";
const INPUT_BORDER = "#BFBFBF";
const NOTE_COLOR = "#404040";
/** Table style: light, so the plan's own fills and fonts stay readable (as in the .xlsx writer). */
const TABLE_STYLE = "TableStyleLight1";

function defaultRunner(): ExcelRunner {
  const excel = (globalThis as { Excel?: { run?: ExcelRunner } }).Excel;
  if (!excel?.run) throw new OfficeWriteError("NoExcel", "Excel.run is not available and no run function was given");
  return (batch) => (excel.run as ExcelRunner)(batch);
}

/**
 * Names of the plan's sheets that exist in the workbook already (as the workbook spells them); one
 * sync. Give them to writePlanToExcel as `existingSheets` so that its first sync can read what was
 * typed into them (a sheet's cells can only be read in the batch that knows it exists).
 */
export async function findExistingPlanSheets(plan: WorkbookPlan, run?: ExcelRunner): Promise<string[]> {
  const runner = run ?? defaultRunner();
  return runner(async (context) => {
    const probes = plan.sheets.map((sheet) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet.name);
      ws.load("name");
      return ws;
    });
    await context.sync();
    return probes.filter((ws) => !ws.isNullObject).map((ws) => ws.name);
  });
}

// ---- naming ---------------------------------------------------------------------------------

/** A free sheet name of at most 31 characters: candidate(n) for n = first, first+1, ... */
function freeSheetName(taken: Set<string>, candidate: (n: number) => string, first: number): string {
  for (let n = first; ; n++) {
    const name = candidate(n);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** "Kommuner" → "Kommuner (2)", shortening the base so the whole stays within 31 characters. */
const numbered = (base: string) => (n: number) => {
  const suffix = ` (${n})`;
  return `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
};

/** Temporary and backup names for replacing: "~Kommuner", "~Kommuner 2" ... never shown on success. */
const marked = (mark: string, base: string) => (n: number) => {
  const suffix = n === 1 ? "" : ` ${n}`;
  return `${mark}${base}`.slice(0, 31 - suffix.length).replace(/'+$/, "") + suffix;
};

function freeIdentifier(taken: Set<string>, base: string, mark: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${mark}${n === 1 ? "" : n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The sheet names a formula refers to (for deciding whether a workbook name belongs to a replaced sheet). */
function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) out.push((m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]).toLowerCase());
  return out;
}

// ---- cell contents ------------------------------------------------------------------------------

interface Renames extends FormulaRenames {
  /** Defined names written under another name: plan name (exact) → written name. */
  readonly shownNames: ReadonlyMap<string, string>;
}

/**
 * What to put into Range.formulas for a plan cell. A text Excel would read as something else (a
 * number, a date, a formula, TRUE) is written with a leading apostrophe, which keeps it text.
 */
function cellInput(cell: PlanCell, renames: Renames): string | number | boolean {
  if (cell.formula !== undefined) return rewriteFormula(cell.formula, renames);
  const v = cell.value;
  if (v === null) return "";
  if (typeof v !== "string") return v;
  // A text that is exactly a defined name shows the user which name to use (Parametrar's name
  // column): it shows the name the workbook really has.
  const shown = renames.shownNames.get(v);
  if (shown !== undefined) return shown;
  const ambiguous =
    /^[=+\-@']/.test(v) ||
    /^\s*[\d.,\s]+%?\s*$/.test(v) ||
    /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/.test(v) ||
    /^\s*\d{1,2}:\d{2}/.test(v) ||
    /^(true|false)$/i.test(v.trim());
  return ambiguous ? `'${v}` : v;
}

/** A thin continuous line on one edge of a range (headers, totals, input cells). */
function thinBorder(format: Excel.RangeFormat, edge: Parameters<Excel.RangeBorderCollection["getItem"]>[0]): Excel.RangeBorder {
  const border = format.borders.getItem(edge);
  border.style = "Continuous";
  border.weight = "Thin";
  return border;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case "title":
      format.font.bold = true;
      format.font.size = 14;
      break;
    case "subtitle":
      format.font.bold = true;
      format.font.size = 12;
      break;
    case "header": {
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      format.wrapText = true;
      thinBorder(format, "EdgeBottom");
      break;
    }
    case "input":
      format.fill.color = INPUT_FILL;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        thinBorder(format, edge).color = INPUT_BORDER;
      }
      break;
    case "total": {
      format.font.bold = true;
      thinBorder(format, "EdgeTop");
      break;
    }
    case "note":
      format.font.italic = true;
      format.font.color = NOTE_COLOR;
      break;
    case "label":
    case "derived":
      break;
  }
}

// ---- the fill -----------------------------------------------------------------------------------

interface Target {
  readonly sheet: PreparedSheet;
  /** The name it has once the fill is done. */
  readonly finalName: string;
  /** The name it is written under (a temporary name while replacing). */
  readonly writeName: string;
  /** The existing sheet it replaces. */
  readonly replaces?: { readonly id: string; readonly name: string; readonly position: number; readonly backupName: string };
}

interface Before {
  readonly sheetIds: ReadonlySet<string>;
  readonly sheetNames: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, { readonly name: string; readonly formula: string; readonly comment: string }>;
  readonly tables: ReadonlyMap<string, string>;
  readonly activeId: string;
}

export async function writePlanToExcel(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanResult> {
  const prepared = preparePlan(plan);
  const runner = options.run ?? defaultRunner();
  const total = plan.sheets.length + 2;
  const progress = (done: number, step: string) => options.onProgress?.(done, total, step);

  return runner(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs += 1;
      await context.sync();
    };
    const workbook = context.workbook;

    // ---- sync 1: what exists ----------------------------------------------------------------
    const probes = plan.sheets.map((sheet) => {
      const ws = workbook.worksheets.getItemOrNullObject(sheet.name);
      ws.load("id,name,position");
      return ws;
    });
    const sheets = workbook.worksheets;
    sheets.load("items/id,items/name");
    const names = workbook.names;
    names.load("items/name,items/formula,items/comment");
    const tables = workbook.tables;
    tables.load("items/id,items/name,items/worksheet/name");
    const active = workbook.worksheets.getActiveWorksheet();
    active.load("id");
    // The old copies' cells, to carry what was typed over (only sheets known to exist: see existingSheets).
    const known = new Set((options.existingSheets ?? []).map((name) => name.toLowerCase()));
    const mayCarry = options.existing === "replace" || options.ask !== undefined;
    const oldCells = plan.sheets.map((sheet, i) => {
      if (!mayCarry || !sheet.inputs?.length || !known.has(sheet.name.toLowerCase())) return undefined;
      const used = probes[i].getUsedRangeOrNullObject(true);
      used.load("values,formulas,rowIndex,columnIndex");
      return used;
    });
    try {
      await sync();
    } catch (error) {
      throw excelError(error, "nothing was written");
    }

    const existing = probes.filter((ws) => !ws.isNullObject);
    const carry = plan.sheets.map((sheet, i) => {
      const used = oldCells[i];
      return used && !probes[i].isNullObject && !used.isNullObject ? carryOver(sheet, used) : NO_CARRY_OVER;
    });
    let policy = options.existing;
    if (existing.length > 0 && options.ask) {
      const decision = await options.ask({
        sheets: existing.map((ws) => ws.name),
        carryOver: { carried: carry.flatMap((c) => c.carried), lost: carry.flatMap((c) => c.lost) },
      });
      if (decision === "cancel") return { sheets: [], syncs, carried: [], lost: [], cancelled: true };
      policy = decision;
    }
    progress(1, "check");
    if (existing.length > 0 && policy === "refuse") {
      throw new OfficeWriteError("SheetsExist", `the sheets ${existing.map((ws) => `"${ws.name}"`).join(", ")} exist already`, {
        sheets: existing.map((ws) => ws.name),
        step: "check",
      });
    }

    const before: Before = {
      sheetIds: new Set(sheets.items.map((ws) => ws.id)),
      sheetNames: new Map(sheets.items.map((ws) => [ws.id, ws.name])),
      names: new Map(names.items.map((n) => [n.name.toLowerCase(), { name: n.name, formula: String(n.formula), comment: n.comment ?? "" }])),
      tables: new Map(tables.items.map((t) => [t.id, t.name])),
      activeId: active.id,
    };

    // ---- names for the new sheets, tables and defined names ---------------------------------
    const takenSheets = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
    const replacing = policy === "replace";
    // Plan sheets that do not exist keep their names: no new name may take one of them.
    prepared.forEach((sheet, i) => {
      if (probes[i].isNullObject) takenSheets.add(sheet.plan.name.toLowerCase());
    });
    const targets: Target[] = prepared.map((sheet, i) => {
      const probe = probes[i];
      if (probe.isNullObject) return { sheet, finalName: sheet.plan.name, writeName: sheet.plan.name };
      if (!replacing) {
        const name = freeSheetName(takenSheets, numbered(sheet.plan.name), 2);
        return { sheet, finalName: name, writeName: name };
      }
      const writeName = freeSheetName(takenSheets, marked("~", sheet.plan.name), 1);
      const backupName = freeSheetName(takenSheets, marked("~~", probe.name), 1);
      return { sheet, finalName: sheet.plan.name, writeName, replaces: { id: probe.id, name: probe.name, position: probe.position, backupName } };
    });
    for (const t of targets) takenSheets.add(t.finalName.toLowerCase());

    // Identifiers that belong to a sheet being replaced are the plan's to reuse; any other clash
    // gets one common suffix ("_2") for all clashing identifiers.
    const replacedNames = new Set(targets.filter((t) => t.replaces).map((t) => (t.replaces as NonNullable<Target["replaces"]>).name.toLowerCase()));
    const ownName = (lower: string) => {
      const n = before.names.get(lower);
      return !!n && replacing && referencedSheets(n.formula).some((s) => replacedNames.has(s));
    };
    const ownTables = new Map<string, { id: string; name: string }>();
    if (replacing) {
      for (const t of tables.items) if (replacedNames.has(t.worksheet.name.toLowerCase())) ownTables.set(t.name.toLowerCase(), { id: t.id, name: t.name });
    }
    const takenIds = new Set<string>([...before.names.keys(), ...tables.items.map((t) => t.name.toLowerCase())]);
    const planNames = plan.names.map((n) => n.name);
    const planTables = prepared.flatMap((s) => s.tables.map((t) => t.name));
    const planIds = [...planNames, ...planTables];
    // A defined name may reuse an old defined name, a table an old table; anything else clashes.
    const clashing = [
      ...planNames.filter((id) => takenIds.has(id.toLowerCase()) && !ownName(id.toLowerCase())),
      ...planTables.filter((id) => takenIds.has(id.toLowerCase()) && !ownTables.has(id.toLowerCase())),
    ];
    let suffix = "";
    if (clashing.length > 0) {
      const inPlan = new Set(planIds.map((id) => id.toLowerCase()));
      for (let n = 2; ; n++) {
        if (clashing.every((id) => !takenIds.has(`${id}_${n}`.toLowerCase()) && !inPlan.has(`${id}_${n}`.toLowerCase()))) {
          suffix = `_${n}`;
          break;
        }
      }
    }
    const finalId = new Map<string, string>();
    for (const id of planIds) finalId.set(id.toLowerCase(), clashing.includes(id) ? `${id}${suffix}` : id);
    for (const id of finalId.values()) takenIds.add(id.toLowerCase());
    // A new table whose name an old table (on a replaced sheet) still holds is written under a
    // temporary name and takes its name once the old one is renamed aside.
    const tableWriteName = new Map<string, string>();
    for (const sheet of prepared) {
      for (const table of sheet.tables) {
        const lower = table.name.toLowerCase();
        tableWriteName.set(lower, ownTables.has(lower) ? freeIdentifier(takenIds, table.name, "_ny") : (finalId.get(lower) as string));
      }
    }

    const renames: Renames = {
      shownNames: new Map(plan.names.map((n) => [n.name, finalId.get(n.name.toLowerCase()) as string] as const).filter(([from, to]) => from !== to)),
      sheets: new Map(targets.filter((t) => t.writeName !== t.sheet.plan.name).map((t) => [t.sheet.plan.name.toLowerCase(), t.writeName])),
      // only identifiers written under another name than the plan's
      identifiers: new Map(
        planIds
          .map((id) => [id.toLowerCase(), tableWriteName.get(id.toLowerCase()) ?? (finalId.get(id.toLowerCase()) as string), id] as const)
          .filter(([, written, id]) => written !== id)
          .map(([lower, written]) => [lower, written]),
      ),
    };
    const writeNameOfKey = new Map(targets.map((t) => [t.sheet.plan.key, t.writeName]));
    const finalNameOfKey = new Map(targets.map((t) => [t.sheet.plan.key, t.finalName]));

    // ---- queue everything for sync 2 ---------------------------------------------------------
    // Every sheet first, then the names, then the contents: Excel binds a formula's references to
    // sheets and names when it is entered, so what a formula refers to must exist by then.
    const added = targets.map((target) => workbook.worksheets.add(target.writeName));
    for (const name of plan.names) {
      const lower = name.name.toLowerCase();
      if (ownName(lower)) continue; // re-pointed below, once the new sheet has its name
      const reference = `=${quoteSheetName(writeNameOfKey.get(name.sheetKey) as string)}!${name.cell}`;
      workbook.names.add(finalId.get(lower) as string, reference, name.comment);
    }
    // Only a sheet that replaces its old copy takes the old copy's typed values.
    const carried = targets.map((target, index) => (target.replaces ? carry[index] : NO_CARRY_OVER));
    targets.forEach((target, index) => {
      queueSheet(added[index], target.sheet, renames, (name) => tableWriteName.get(name.toLowerCase()) as string, carriedCells(carried[index].carried));
      progress(1 + index + 1, `sheet:${target.finalName}`);
    });

    const replaced = targets.map((t, i) => ({ t, ws: added[i], probe: probes[i] })).filter((x) => x.t.replaces);
    if (replaced.length > 0) {
      // Old tables step aside, old sheets step aside, new sheets and tables take the names.
      for (const old of ownTables.values()) workbook.tables.getItem(old.id).name = freeIdentifier(takenIds, old.name, "_gammal");
      for (const { t, probe } of replaced) probe.name = (t.replaces as NonNullable<Target["replaces"]>).backupName;
      for (const { t, ws } of replaced) ws.name = t.finalName;
      for (const sheet of prepared) {
        for (const table of sheet.tables) {
          const lower = table.name.toLowerCase();
          if (ownTables.has(lower)) workbook.tables.getItem(tableWriteName.get(lower) as string).name = finalId.get(lower) as string;
        }
      }
      for (const name of plan.names) {
        const lower = name.name.toLowerCase();
        if (!ownName(lower)) continue;
        const item = workbook.names.getItem((before.names.get(lower) as { name: string }).name);
        item.formula = `=${quoteSheetName(finalNameOfKey.get(name.sheetKey) as string)}!${name.cell}`;
        if (name.comment !== undefined) item.comment = name.comment;
      }
      // Each new sheet goes where its old copy was.
      [...replaced]
        .sort((a, b) => (a.t.replaces as NonNullable<Target["replaces"]>).position - (b.t.replaces as NonNullable<Target["replaces"]>).position)
        .forEach(({ t, ws }, k) => {
          ws.position = (t.replaces as NonNullable<Target["replaces"]>).position + k;
        });
    }
    added[0].activate();
    // Deleting the old copies comes last: until then, everything can be undone.
    for (const { probe } of replaced) probe.delete();

    try {
      await sync();
    } catch (error) {
      const repointed = new Set(plan.names.map((n) => n.name.toLowerCase()).filter(ownName));
      throw await rollback(context, before, targets, repointed, error);
    }
    progress(total, "done");
    return {
      sheets: targets.map((t) => ({ key: t.sheet.plan.key, name: t.finalName })),
      syncs,
      carried: carried.flatMap((c) => c.carried),
      lost: carried.flatMap((c) => c.lost),
    };
  });
}

/**
 * Queues one sheet's contents: blocks, tables with their totals rows, styles, widths, frozen rows.
 * `carried` holds typed values from the old copy ("row,column", 0-based) that take the place of the
 * plan's literal in the same cell (same format and style).
 */
function queueSheet(
  ws: Excel.Worksheet,
  sheet: PreparedSheet,
  renames: Renames,
  tableName: (planName: string) => string,
  carried: ReadonlyMap<string, string | number | boolean>,
): void {
  // Totals rows stay empty until the table's totals row exists: Excel pushes cells down when the
  // row below a table is not empty as the totals row is turned on.
  const totalsRows = sheet.tables.filter((t) => t.totalsRow).map((t) => ({ row: t.rect.bottom, left: t.rect.left, right: t.rect.right }));
  const inTotals = (row: number, column: number) => totalsRows.some((t) => t.row === row && column >= t.left && column <= t.right);

  for (const block of sheet.blocks) {
    const range = ws.getRange(areaAddress(block.rect));
    range.formulas = block.cells.map((row, r) =>
      row.map((cell, c) => {
        const at = { row: block.rect.top + r, column: block.rect.left + c };
        if (inTotals(at.row, at.column)) return null;
        const typed = carried.get(`${at.row},${at.column}`);
        return cellInput(typed === undefined ? cell : { ...cell, value: typed, formula: undefined }, renames);
      }),
    );
    if (block.cells.some((row) => row.some((cell) => cell.numberFormat !== undefined))) {
      range.numberFormat = block.cells.map((row, r) =>
        row.map((cell, c) => (inTotals(block.rect.top + r, block.rect.left + c) ? null : (cell.numberFormat ?? "General"))),
      );
    }
  }

  for (const table of sheet.tables) {
    const body: CellRect = table.totalsRow ? { ...table.rect, bottom: table.rect.bottom - 1 } : table.rect;
    const added = ws.tables.add(areaAddress(body), true);
    added.name = tableName(table.name);
    added.style = TABLE_STYLE;
    if (table.totalsRow) {
      added.showTotals = true;
      const row = table.rect.bottom;
      const cells: PlanCell[] = [];
      for (let c = table.rect.left; c <= table.rect.right; c++) cells.push(sheet.cellAt(row, c) ?? { value: null });
      // The plan's totals replace Excel's default "Total" label and SUBTOTAL.
      const totals = ws.getRange(areaAddress({ top: row, bottom: row, left: table.rect.left, right: table.rect.right }));
      totals.formulas = [cells.map((cell) => cellInput(cell, renames))];
      totals.numberFormat = [cells.map((cell) => cell.numberFormat ?? "General")];
    }
  }

  for (const run of styleRuns(sheet)) applyStyle(ws.getRange(areaAddress(run.rect)), run.style);

  const widths = sheet.plan.columnWidths ?? [];
  for (let c = 0; c < widths.length; ) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    ws.getRange(`${columnLetter(c)}:${columnLetter(end)}`).format.columnWidth = columnWidthPoints(widths[c]);
    c = end + 1;
  }
  if (sheet.plan.freezeRows && sheet.plan.freezeRows > 0) ws.freezePanes.freezeRows(sheet.plan.freezeRows);
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; code?: string; message?: string };
}

function excelError(error: unknown, what: string): OfficeWriteError {
  if (error instanceof OfficeWriteError) return error;
  const e = (error ?? {}) as OfficeErrorLike;
  const location = e.debugInfo?.errorLocation;
  return new OfficeWriteError("ExcelError", `Excel refused ${location ?? "an operation"}: ${e.message ?? String(error)}; ${what}`, {
    step: stepOfMethod(location),
    excelCode: e.code,
    excelMessage: e.message,
    cause: error,
  });
}

/**
 * Undoes the fill after a failed sync, from what the workbook holds now: sheets that were not there
 * before are deleted, old sheets and tables renamed back, names added are deleted and names changed
 * are restored, and the sheet that was active is active again. If an old sheet is already gone (a
 * replace failed while deleting old copies), the new sheets are complete: they are kept, and the
 * error lists the old copies left.
 */
async function rollback(
  context: Excel.RequestContext,
  before: Before,
  targets: readonly Target[],
  repointed: ReadonlySet<string>,
  failure: unknown,
): Promise<OfficeWriteError> {
  const original = excelError(failure, "everything written was removed");
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const names = context.workbook.names;
    names.load("items/name,items/formula,items/comment");
    const tables = context.workbook.tables;
    tables.load("items/id,items/name");
    await context.sync();

    const nowIds = new Set(sheets.items.map((ws) => ws.id));
    const lostOld = targets.filter((t) => t.replaces && !nowIds.has(t.replaces.id));
    if (lostOld.length > 0) {
      const leftovers = targets.filter((t) => t.replaces && nowIds.has(t.replaces.id)).map((t) => (t.replaces as NonNullable<Target["replaces"]>).backupName);
      return new OfficeWriteError("ReplaceIncomplete", `the new sheets are written, but removing the old copies failed: ${original.detail}`, {
        sheets: leftovers,
        step: "replace",
        excelCode: original.options.excelCode,
        excelMessage: original.options.excelMessage,
        cause: failure,
      });
    }

    for (const ws of sheets.items) if (!before.sheetIds.has(ws.id)) ws.delete();
    for (const ws of sheets.items) {
      const was = before.sheetNames.get(ws.id);
      if (was !== undefined && was !== ws.name) ws.name = was;
    }
    for (const t of tables.items) {
      const was = before.tables.get(t.id);
      if (was !== undefined && was !== t.name) t.name = was;
    }
    for (const n of names.items) {
      const was = before.names.get(n.name.toLowerCase());
      if (!was) n.delete();
    }
    for (const n of names.items) {
      const was = before.names.get(n.name.toLowerCase());
      // A re-pointed name may read the same ("=Parametrar!$B$3") yet name the new sheet: restore it too.
      if (was && (repointed.has(n.name.toLowerCase()) || String(n.formula) !== was.formula || (n.comment ?? "") !== was.comment)) {
        const item = context.workbook.names.getItem(was.name);
        item.formula = was.formula;
        item.comment = was.comment;
      }
    }
    context.workbook.worksheets.getItem(before.activeId).activate();
    await context.sync();
    return original;
  } catch (undoError) {
    const u = (undoError ?? {}) as OfficeErrorLike;
    return new OfficeWriteError("RollbackFailed", `${original.detail}; undoing failed too: ${u.message ?? String(undoError)}`, {
      sheets: targets.map((t) => t.writeName),
      step: original.step,
      excelCode: original.options.excelCode,
      excelMessage: original.options.excelMessage,
      cause: failure,
    });
  }
}
