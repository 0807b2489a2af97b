import { OfficeWriteError, stepOfMethod } from "./errors";
import type { Before } from "./inspect";
import type { Target } from "./planNames";

/*
 * All or nothing: an Excel batch is not a transaction (operations before a failing one stay), so when
 * a sync of the fill fails the writer reads what the workbook holds now and undoes its own work.
 */

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; code?: string; message?: string };
}

/** Excel's error as the writer's, naming the step that failed; `what` says what became of the fill. */
export function excelError(error: unknown, what: string): OfficeWriteError {
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
 * (or re-pointed: `repointed`, lower case) are restored, and the sheet that was active is active
 * again. If an old sheet is already gone (a replace failed while deleting old copies), the new sheets
 * are complete: they are kept, and the error lists the old copies left. Returns the error to throw.
 */
export async function rollback(
  context: Excel.RequestContext,
  before: Before,
  targets: readonly Target[],
  repointed: { has(lower: string): boolean },
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
    if (targets.some((t) => t.replaces && !nowIds.has(t.replaces.id))) {
      const leftovers = targets.flatMap((t) => (t.replaces && nowIds.has(t.replaces.id) ? [t.replaces.backupName] : []));
      return replaceIncomplete(original, leftovers, failure);
    }
    queueUndo(context, before, { sheets: sheets.items, tables: tables.items, names: names.items }, repointed);
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

/** A replace that failed while deleting the old copies: the new sheets are complete and stay. */
function replaceIncomplete(original: OfficeWriteError, leftovers: readonly string[], failure: unknown): OfficeWriteError {
  return new OfficeWriteError("ReplaceIncomplete", `the new sheets are written, but removing the old copies failed: ${original.detail}`, {
    sheets: leftovers,
    step: "replace",
    excelCode: original.options.excelCode,
    excelMessage: original.options.excelMessage,
    cause: failure,
  });
}

/** Queues the way back to `before` from what the workbook holds now. */
function queueUndo(
  context: Excel.RequestContext,
  before: Before,
  now: { readonly sheets: readonly Excel.Worksheet[]; readonly tables: readonly Excel.Table[]; readonly names: readonly Excel.NamedItem[] },
  repointed: { has(lower: string): boolean },
): void {
  for (const ws of now.sheets) if (!before.sheetIds.has(ws.id)) ws.delete();
  for (const ws of now.sheets) {
    const was = before.sheetNames.get(ws.id);
    if (was !== undefined && was !== ws.name) ws.name = was;
  }
  for (const t of now.tables) {
    const was = before.tables.get(t.id);
    if (was !== undefined && was !== t.name) t.name = was;
  }
  for (const n of now.names) {
    const was = before.names.get(n.name.toLowerCase());
    if (!was) n.delete();
  }
  for (const n of now.names) {
    const was = before.names.get(n.name.toLowerCase());
    // A re-pointed name may read the same ("=Parametrar!$B$3") yet name the new sheet: restore it too.
    if (was && (repointed.has(n.name.toLowerCase()) || String(n.formula) !== was.formula || (n.comment ?? "") !== was.comment)) {
      const item = context.workbook.names.getItem(was.name);
      item.formula = was.formula;
      item.comment = was.comment;
    }
  }
  context.workbook.worksheets.getItem(before.activeId).activate();
}
