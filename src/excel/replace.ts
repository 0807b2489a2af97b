import { quoteSheetName } from "../formula";
import type { WorkbookPlan } from "../workbook";
import type { NamePlan, Replaced } from "./planNames";
import { freeIdentifier } from "./sheetNames";

/*
 * Replacing, queued last in the fill's second sync, after the new sheets are complete under their
 * temporary names: the old tables and sheets step aside, the new ones take their names and places,
 * the old defined names are re-pointed at the new sheets. The caller deletes the old copies after
 * this, at the very end: until then everything can be undone.
 */

/** A new sheet that replaces an old one, with the old sheet's handle from the first sync. */
export interface Replacement {
  readonly finalName: string;
  readonly replaces: Replaced;
  /** The new sheet. */
  readonly added: Excel.Worksheet;
  /** The old sheet. */
  readonly old: Excel.Worksheet;
}

export function queueSwap(workbook: Excel.Workbook, plan: WorkbookPlan, names: NamePlan, replaced: readonly Replacement[]): void {
  // Old tables step aside, old sheets step aside, new sheets and tables take the names.
  for (const old of names.ownTables.values()) workbook.tables.getItem(old.id).name = freeIdentifier(names.takenIds, old.name, "_gammal");
  for (const { replaces, old } of replaced) old.name = replaces.backupName;
  for (const { finalName, added } of replaced) added.name = finalName;
  for (const [lower, writeName] of names.tableWriteName) {
    if (names.ownTables.has(lower)) workbook.tables.getItem(writeName).name = names.finalId.get(lower) as string;
  }
  for (const name of plan.names) {
    const old = names.repointed.get(name.name.toLowerCase());
    if (old === undefined) continue;
    const item = workbook.names.getItem(old);
    item.formula = `=${quoteSheetName(names.finalNameOfKey.get(name.sheetKey) as string)}!${name.cell}`;
    if (name.comment !== undefined) item.comment = name.comment;
  }
  // Each new sheet goes where its old copy was.
  [...replaced]
    .sort((a, b) => a.replaces.position - b.replaces.position)
    .forEach(({ replaces, added }, k) => {
      added.position = replaces.position + k;
    });
}
