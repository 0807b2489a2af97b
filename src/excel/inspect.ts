import type { WorkbookPlan } from "../workbook";
import { CarryOver, NO_CARRY_OVER, carryOver } from "./carryOver";

/*
 * The fill's first sync: which of the plan's sheets exist, every sheet, defined name and table of the
 * workbook and the active sheet (what the rollback returns to), and the cells of the old copies whose
 * typed values a replace carries over.
 */

/** What the workbook held before the fill: what the rollback returns to. */
export interface Before {
  readonly sheetIds: ReadonlySet<string>;
  /** Sheet id → name. */
  readonly sheetNames: ReadonlyMap<string, string>;
  /** Defined name (lower case) → as it was. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly formula: string; readonly comment: string }>;
  /** Table id → name. */
  readonly tables: ReadonlyMap<string, string>;
  readonly activeId: string;
}

/** What the first sync found. */
export interface Found {
  /** Per plan sheet: the sheet of that name in the workbook, or a null object. */
  readonly probes: readonly Excel.Worksheet[];
  /** The plan's sheets that exist, as the workbook spells them. */
  readonly existing: readonly string[];
  /** Per plan sheet: what replacing it would carry over from its old copy, and lose. */
  readonly carry: readonly CarryOver[];
  readonly before: Before;
  /** Every table of the workbook with its sheet's name. */
  readonly tables: readonly { readonly id: string; readonly name: string; readonly sheet: string }[];
}

export interface InspectOptions {
  /** The plan's sheets known to exist (findExistingPlanSheets): only their cells may be read. */
  readonly existingSheets?: readonly string[];
  /** Whether the typed values of old copies may be carried over (replacing, or asking). */
  readonly mayCarry: boolean;
}

/**
 * Queues the loads of the first sync and returns what reads them once it is done. Only sheets named
 * in `existingSheets` have their cells read: an operation on a sheet that does not exist (a null
 * object) would fail the whole batch.
 */
export function queueInspection(context: Excel.RequestContext, plan: WorkbookPlan, options: InspectOptions): () => Found {
  const workbook = context.workbook;
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
  const known = new Set((options.existingSheets ?? []).map((name) => name.toLowerCase()));
  const oldCells = plan.sheets.map((sheet, i) => {
    if (!options.mayCarry || !sheet.inputs?.length || !known.has(sheet.name.toLowerCase())) return undefined;
    const used = probes[i].getUsedRangeOrNullObject(true);
    used.load("values,formulas,rowIndex,columnIndex");
    return used;
  });

  return () => ({
    probes,
    existing: probes.filter((ws) => !ws.isNullObject).map((ws) => ws.name),
    carry: plan.sheets.map((sheet, i) => {
      const used = oldCells[i];
      return used && !probes[i].isNullObject && !used.isNullObject ? carryOver(sheet, used) : NO_CARRY_OVER;
    }),
    before: {
      sheetIds: new Set(sheets.items.map((ws) => ws.id)),
      sheetNames: new Map(sheets.items.map((ws) => [ws.id, ws.name])),
      names: new Map(names.items.map((n) => [n.name.toLowerCase(), { name: n.name, formula: String(n.formula), comment: n.comment ?? "" }])),
      tables: new Map(tables.items.map((t) => [t.id, t.name])),
      activeId: active.id,
    },
    tables: tables.items.map((t) => ({ id: t.id, name: t.name, sheet: t.worksheet.name })),
  });
}
