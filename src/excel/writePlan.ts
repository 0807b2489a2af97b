import { quoteSheetName } from "../formula/a1";
import type { SheetKey, WorkbookPlan } from "../workbook/plan";
import { CarryOver, CarriedInput, LostInput, NO_CARRY_OVER, carriedCells } from "./carryOver";
import { OfficeWriteError } from "./errors";
import { Found, queueInspection } from "./inspect";
import { NamePlan, planNames } from "./planNames";
import { preparePlan } from "./prepare";
import { queueSheet } from "./queueSheet";
import { Replacement, queueSwap } from "./replace";
import { excelError, rollback } from "./rollback";
import { ExcelRun, globalExcelRun } from "./run";

/*
 * The Office.js writer: fills a workbook plan into the open workbook. This file is the order of
 * things; each step is a file beside it: prepare.ts (the plan checked against Excel's rules),
 * inspect.ts (sync 1: what exists), planNames.ts (the names to write under), queueSheet.ts (a sheet's
 * contents), replace.ts (the swap of replaced sheets), rollback.ts (the way back when Excel refuses).
 *
 * - One Excel.run and two context.sync calls on the happy path, whatever the number of rows: the
 *   first finds which of the plan's sheets, names and tables exist; the second carries everything
 *   (values and formulas as one 2-D array per block, number formats per block, styles per region,
 *   tables, widths, frozen rows, defined names, wrapped texts, row heights, each sheet's page layout
 *   and the summary sheet's chart).
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

export interface WritePlanOptions {
  readonly existing: ExistingPolicy;
  /** Excel.run or a double's run; default the global Excel.run. */
  readonly run?: ExcelRun;
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

/**
 * Names of the plan's sheets that exist in the workbook already (as the workbook spells them); one
 * sync. Give them to writePlanToExcel as `existingSheets` so that its first sync can read what was
 * typed into them (a sheet's cells can only be read in the batch that knows it exists).
 */
export async function findExistingPlanSheets(plan: WorkbookPlan, run?: ExcelRun): Promise<string[]> {
  return (run ?? globalExcelRun())(async (context) => {
    const probes = plan.sheets.map((sheet) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet.name);
      ws.load("name");
      return ws;
    });
    await context.sync();
    return probes.filter((ws) => !ws.isNullObject).map((ws) => ws.name);
  });
}

/**
 * Fills the plan into the workbook: checks it (preparePlan), asks Excel what exists (sync 1), decides
 * what to do about existing sheets and every name, queues everything (sync 2), and undoes its own
 * work if Excel refuses any of it.
 */
export async function writePlanToExcel(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanResult> {
  const prepared = preparePlan(plan);
  const run = options.run ?? globalExcelRun();
  const total = plan.sheets.length + 2;
  const progress = (done: number, step: string) => options.onProgress?.(done, total, step);

  return run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs += 1;
      await context.sync();
    };

    // ---- sync 1: what exists ----------------------------------------------------------------
    const mayCarry = options.existing === "replace" || options.ask !== undefined;
    const inspect = queueInspection(context, plan, { existingSheets: options.existingSheets, mayCarry });
    try {
      await sync();
    } catch (error) {
      throw excelError(error, "nothing was written");
    }
    const found = inspect();

    const policy = await decide(found, options);
    if (policy === "cancel") return { sheets: [], syncs, carried: [], lost: [], cancelled: true };
    progress(1, "check");
    if (found.existing.length > 0 && policy === "refuse") {
      throw new OfficeWriteError("SheetsExist", `the sheets ${found.existing.map((name) => `"${name}"`).join(", ")} exist already`, {
        sheets: found.existing,
        step: "check",
      });
    }
    const names = planNames(plan, prepared, found, policy === "replace");

    // ---- sync 2: everything -----------------------------------------------------------------
    const carried = queueFill(context.workbook, plan, found, names, progress);
    try {
      await sync();
    } catch (error) {
      throw await rollback(context, found.before, names.targets, names.repointed, error);
    }
    progress(total, "done");
    return {
      sheets: names.targets.map((t) => ({ key: t.sheet.plan.key, name: t.finalName })),
      syncs,
      carried: carried.flatMap((c) => c.carried),
      lost: carried.flatMap((c) => c.lost),
    };
  });
}

/** What to do about the plan's sheets that exist: `ask`'s answer when there are some to ask about, else `existing`. */
async function decide(found: Found, options: WritePlanOptions): Promise<ExistingPolicy | "cancel"> {
  if (found.existing.length === 0 || !options.ask) return options.existing;
  return options.ask({
    sheets: found.existing,
    carryOver: { carried: found.carry.flatMap((c) => c.carried), lost: found.carry.flatMap((c) => c.lost) },
  });
}

/**
 * Queues the whole fill for the second sync and returns, per sheet, the typed values it carries over.
 * Every sheet first, then the names, then the contents: Excel binds a formula's references to sheets
 * and names when it is entered, so what a formula refers to must exist by then. Replacing swaps the
 * sheets last, and deleting the old copies comes after everything else: until then, all can be undone.
 */
function queueFill(workbook: Excel.Workbook, plan: WorkbookPlan, found: Found, names: NamePlan, progress: (done: number, step: string) => void): CarryOver[] {
  const added = names.targets.map((target) => workbook.worksheets.add(target.writeName));
  for (const name of plan.names) {
    const lower = name.name.toLowerCase();
    if (names.repointed.has(lower)) continue; // re-pointed by queueSwap, once the new sheet has its name
    const reference = `=${quoteSheetName(names.writeNameOfKey.get(name.sheetKey) as string)}!${name.cell}`;
    workbook.names.add(names.finalId.get(lower) as string, reference, name.comment);
  }
  // Only a sheet that replaces its old copy takes the old copy's typed values.
  const carried = names.targets.map((target, index) => (target.replaces ? found.carry[index] : NO_CARRY_OVER));
  names.targets.forEach((target, index) => {
    const tableName = (planName: string) => names.tableWriteName.get(planName.toLowerCase()) as string;
    queueSheet(added[index], target.sheet, names.renames, tableName, carriedCells(carried[index].carried));
    progress(1 + index + 1, `sheet:${target.finalName}`);
  });

  const replaced: Replacement[] = names.targets.flatMap((t, i) => (t.replaces ? [{ finalName: t.finalName, replaces: t.replaces, added: added[i], old: found.probes[i] }] : []));
  if (replaced.length > 0) queueSwap(workbook, plan, names, replaced);
  added[0].activate();
  for (const { old } of replaced) old.delete();
  return carried;
}
