import type { SheetKey, WorkbookPlan } from "../workbook";
import { referencedSheets } from "../formula";
import type { Found } from "./inspect";
import type { PreparedSheet } from "./prepare";
import type { Renames } from "./queueSheet";
import { freeIdentifier, marked, numbered, takeFreeName } from "./sheetNames";

/*
 * The names the fill writes under, decided between its two syncs from what the first one found:
 * each plan sheet's name (its own, "Kommuner (2)" when keeping both, a temporary "~Kommuner" while
 * replacing), and each defined name's and table's (its own, or with one common suffix "_2" when it
 * clashes with a name the workbook has). Pure: no Office.js call.
 */

/** Where a plan sheet goes. */
export interface Target {
  readonly sheet: PreparedSheet;
  /** The name it has once the fill is done. */
  readonly finalName: string;
  /** The name it is written under (a temporary name while replacing). */
  readonly writeName: string;
  /** The existing sheet it replaces. */
  readonly replaces?: Replaced;
}

export interface Replaced {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** The name it steps aside to until it is deleted. */
  readonly backupName: string;
}

export interface NamePlan {
  readonly targets: readonly Target[];
  readonly renames: Renames;
  /** Plan sheet key → the name it is written under, and the name it has at the end. */
  readonly writeNameOfKey: ReadonlyMap<SheetKey, string>;
  readonly finalNameOfKey: ReadonlyMap<SheetKey, string>;
  /** Plan identifier (defined name or table, lower case) → its name once the fill is done. */
  readonly finalId: ReadonlyMap<string, string>;
  /** Plan table (lower case) → the name it is written under. */
  readonly tableWriteName: ReadonlyMap<string, string>;
  /** The old tables of the replaced sheets, by lower-case name: they step aside for the new ones. */
  readonly ownTables: ReadonlyMap<string, { readonly id: string; readonly name: string }>;
  /**
   * The plan's defined names (lower case) that re-point an old name of a replaced sheet instead of
   * adding one, with the old name as the workbook spells it.
   */
  readonly repointed: ReadonlyMap<string, string>;
  /** Identifiers of the workbook and the plan (lower case), for the old tables' names when they step aside. */
  readonly takenIds: Set<string>;
}

/** Decides every name: see NamePlan. */
export function planNames(plan: WorkbookPlan, prepared: readonly PreparedSheet[], found: Found, replacing: boolean): NamePlan {
  const targets = sheetTargets(prepared, found, replacing);
  const ids = identifierNames(plan, prepared, found, targets, replacing);
  const renames: Renames = {
    shownNames: new Map(plan.names.map((n) => [n.name, ids.finalId.get(n.name.toLowerCase()) as string] as const).filter(([from, to]) => from !== to)),
    sheets: new Map(targets.filter((t) => t.writeName !== t.sheet.plan.name).map((t) => [t.sheet.plan.name.toLowerCase(), t.writeName])),
    // only identifiers written under another name than the plan's
    identifiers: new Map(
      ids.planIds
        .map((id) => [id.toLowerCase(), ids.tableWriteName.get(id.toLowerCase()) ?? (ids.finalId.get(id.toLowerCase()) as string), id] as const)
        .filter(([, written, id]) => written !== id)
        .map(([lower, written]) => [lower, written]),
    ),
  };
  return {
    targets,
    renames,
    writeNameOfKey: new Map(targets.map((t) => [t.sheet.plan.key, t.writeName])),
    finalNameOfKey: new Map(targets.map((t) => [t.sheet.plan.key, t.finalName])),
    finalId: ids.finalId,
    tableWriteName: ids.tableWriteName,
    ownTables: ids.ownTables,
    repointed: ids.repointed,
    takenIds: ids.takenIds,
  };
}

/** Each plan sheet's names: its own when free; "Kommuner (2)" when keeping both; "~Kommuner" and a backup name for the old copy when replacing. */
function sheetTargets(prepared: readonly PreparedSheet[], found: Found, replacing: boolean): Target[] {
  const takenSheets = new Set([...found.before.sheetNames.values()].map((name) => name.toLowerCase()));
  // Plan sheets that do not exist keep their names: no new name may take one of them.
  prepared.forEach((sheet, i) => {
    if (found.probes[i].isNullObject) takenSheets.add(sheet.plan.name.toLowerCase());
  });
  const targets: Target[] = prepared.map((sheet, i) => {
    const probe = found.probes[i];
    if (probe.isNullObject) return { sheet, finalName: sheet.plan.name, writeName: sheet.plan.name };
    if (!replacing) {
      const name = takeFreeName(takenSheets, numbered(sheet.plan.name), 2);
      return { sheet, finalName: name, writeName: name };
    }
    const writeName = takeFreeName(takenSheets, marked("~", sheet.plan.name), 1);
    const backupName = takeFreeName(takenSheets, marked("~~", probe.name), 1);
    return { sheet, finalName: sheet.plan.name, writeName, replaces: { id: probe.id, name: probe.name, position: probe.position, backupName } };
  });
  return targets;
}

/**
 * Identifiers that belong to a sheet being replaced are the plan's to reuse (an old defined name is
 * re-pointed, an old table steps aside); any other clash gets one common suffix ("_2") for all
 * clashing identifiers.
 */
function identifierNames(plan: WorkbookPlan, prepared: readonly PreparedSheet[], found: Found, targets: readonly Target[], replacing: boolean) {
  const replacedNames = new Set(targets.flatMap((t) => (t.replaces ? [t.replaces.name.toLowerCase()] : [])));
  const ownName = (lower: string) => {
    const n = found.before.names.get(lower);
    return !!n && replacing && referencedSheets(n.formula).some((s) => replacedNames.has(s));
  };
  const ownTables = new Map<string, { id: string; name: string }>();
  if (replacing) {
    for (const t of found.tables) if (replacedNames.has(t.sheet.toLowerCase())) ownTables.set(t.name.toLowerCase(), { id: t.id, name: t.name });
  }
  const takenIds = new Set<string>([...found.before.names.keys(), ...found.tables.map((t) => t.name.toLowerCase())]);
  const planNamesList = plan.names.map((n) => n.name);
  const planTables = prepared.flatMap((s) => s.tables.map((t) => t.name));
  const planIds = [...planNamesList, ...planTables];
  // A defined name may reuse an old defined name, a table an old table; anything else clashes.
  const clashing = [
    ...planNamesList.filter((id) => takenIds.has(id.toLowerCase()) && !ownName(id.toLowerCase())),
    ...planTables.filter((id) => takenIds.has(id.toLowerCase()) && !ownTables.has(id.toLowerCase())),
  ];
  const suffix = clashSuffix(clashing, takenIds, planIds);
  const finalId = new Map<string, string>();
  for (const id of planIds) finalId.set(id.toLowerCase(), clashing.includes(id) ? `${id}${suffix}` : id);
  for (const id of finalId.values()) takenIds.add(id.toLowerCase());
  // A new table whose name an old table (on a replaced sheet) still holds is written under a
  // temporary name and takes its name once the old one is renamed aside.
  const tableWriteName = new Map<string, string>();
  for (const name of planTables) {
    const lower = name.toLowerCase();
    tableWriteName.set(lower, ownTables.has(lower) ? freeIdentifier(takenIds, name, "_ny") : (finalId.get(lower) as string));
  }
  const repointed = new Map(
    planNamesList
      .map((name) => name.toLowerCase())
      .filter(ownName)
      .map((lower) => [lower, (found.before.names.get(lower) as { name: string }).name] as const),
  );
  return { planIds, finalId, tableWriteName, ownTables, repointed, takenIds };
}

/** The first "_n" (n ≥ 2) that makes every clashing identifier free, in the workbook and in the plan; "" without clashes. */
function clashSuffix(clashing: readonly string[], takenIds: ReadonlySet<string>, planIds: readonly string[]): string {
  if (clashing.length === 0) return "";
  const inPlan = new Set(planIds.map((id) => id.toLowerCase()));
  for (let n = 2; ; n++) {
    if (clashing.every((id) => !takenIds.has(`${id}_${n}`.toLowerCase()) && !inPlan.has(`${id}_${n}`.toLowerCase()))) return `_${n}`;
  }
}
