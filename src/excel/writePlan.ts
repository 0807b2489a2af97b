import { quoteSheetName } from "../formula";
import type { SheetKey, WorkbookPlan } from "../workbook";
import { CarryOver, CarriedInput, LostInput, NO_CARRY_OVER, carriedCells } from "./carryOver";
import { OfficeWriteError } from "./errors";
import { Found, queueInspection } from "./inspect";
import { NamePlan, planNames } from "./planNames";
import { preparePlan } from "./prepare";
import { addAnnualChart } from "./queueChart";
import { queueSheet } from "./queueSheet";
import { Replacement, queueSwap } from "./replace";
import { excelError, rollback } from "./rollback";
import { ExcelRun, ExcelRunOptions, globalExcelRun } from "./run";

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
 *   `existingSheets`.
 * - The question is asked outside Excel.run (`ask`): a batch that waits for a click holds the
 *   workbook as it was, and what the user types meanwhile is not in it. So the writer inspects, ends
 *   the run, asks, and runs again: it inspects again and carries over what is there *then*; if the
 *   plan's sheets (or what replacing would lose) changed meanwhile, it asks again and says so.
 *   Every run waits while the user edits a cell (delayForCellEdit) instead of failing.
 * - The chart goes in its own step, after the fill is committed (queueChart.ts): a host that refuses
 *   it leaves the filled workbook, and the result says why (`chartError`).
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
  /** Asked again: the sheets (or what replacing would lose) changed since the last answer. */
  readonly changed?: boolean;
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
  /** Excel's reason when it refused the chart on the summary sheet; the filled workbook stays. */
  readonly chartError?: string;
}

/** Every batch of the fill waits while the user edits a cell instead of failing (Excel.RunOptions). */
const RUN_OPTIONS: ExcelRunOptions = { delayForCellEdit: true };

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
  }, RUN_OPTIONS);
}

/** An answer to the question, and what it was given about. */
interface Answer {
  readonly policy: ExistingPolicy;
  readonly sheets: readonly string[];
  readonly lost: string;
}

/** One run of the writer: written, or stopped before writing because the question must be asked (again). */
type Attempt = { readonly kind: "written"; readonly result: WritePlanResult } | { readonly kind: "ask"; readonly question: ExistingQuestion; readonly found: Found };

/**
 * Fills the plan into the workbook: checks it (preparePlan), asks Excel what exists (sync 1), decides
 * what to do about existing sheets and every name, queues everything (sync 2), and undoes its own
 * work if Excel refuses any of it; then adds the summary sheet's chart in a step of its own. With
 * `ask` and sheets to ask about, the run ends after its first sync, the question is asked outside
 * Excel.run, and a new run looks again (asking again if the sheets changed meanwhile).
 */
export async function writePlanToExcel(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanResult> {
  const prepared = preparePlan(plan);
  const run = options.run ?? globalExcelRun();
  let known = options.existingSheets;
  let answer: Answer | undefined;
  let changed = false;
  let syncs = 0;
  for (;;) {
    let attempt: Attempt;
    try {
      attempt = await run((context) => writeOnce(context, plan, prepared, options, { known, answer, changed }), RUN_OPTIONS);
    } catch (error) {
      // A sheet read for its typed values was removed while the question was open: look again, ask again.
      if (!(answer && error instanceof OfficeWriteError && error.code === "ExcelError" && error.step === "check")) throw error;
      known = await findExistingPlanSheets(plan, run);
      syncs += 2;
      answer = undefined;
      changed = true;
      continue;
    }
    if (attempt.kind === "written") {
      const result = { ...attempt.result, syncs: syncs + attempt.result.syncs };
      const chartError = await addAnnualChart(run, prepared, result.sheets, RUN_OPTIONS);
      return chartError === undefined ? result : { ...result, chartError };
    }
    syncs += 1;
    const decision = await (options.ask as NonNullable<WritePlanOptions["ask"]>)(attempt.question);
    if (decision === "cancel") return { sheets: [], syncs, carried: [], lost: [], cancelled: true };
    known = attempt.found.existing;
    answer = { policy: decision, sheets: attempt.found.existing, lost: lostKeys(attempt.found) };
    changed = false;
  }
}

/**
 * One run: the first sync finds what exists; with sheets to ask about and no answer about exactly
 * these sheets (and these losses), the run ends there, nothing written; otherwise the second sync
 * writes everything, or the writer undoes its own work.
 */
async function writeOnce(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  prepared: ReturnType<typeof preparePlan>,
  options: WritePlanOptions,
  state: { readonly known?: readonly string[]; readonly answer?: Answer; readonly changed: boolean },
): Promise<Attempt> {
  const total = plan.sheets.length + 2;
  const progress = (done: number, step: string) => options.onProgress?.(done, total, step);
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };

  // ---- sync 1: what exists ----------------------------------------------------------------
  const mayCarry = options.existing === "replace" || options.ask !== undefined;
  const inspect = queueInspection(context, plan, { existingSheets: state.known, mayCarry });
  try {
    await sync();
  } catch (error) {
    // Whatever Excel refused while looking, it was the look: the step is the check.
    const refused = excelError(error, "nothing was written");
    throw new OfficeWriteError(refused.code, refused.detail, { ...refused.options, step: "check" });
  }
  const found = inspect();

  let policy: ExistingPolicy = options.existing;
  if (found.existing.length > 0 && options.ask) {
    if (!state.answer || !sameAnswer(state.answer, found)) {
      const carryOver = { carried: found.carry.flatMap((c) => c.carried), lost: found.carry.flatMap((c) => c.lost) };
      return { kind: "ask", found, question: { sheets: found.existing, carryOver, ...(state.answer || state.changed ? { changed: true } : {}) } };
    }
    policy = state.answer.policy;
  }
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
    kind: "written",
    result: {
      sheets: names.targets.map((t) => ({ key: t.sheet.plan.key, name: t.finalName })),
      syncs,
      carried: carried.flatMap((c) => c.carried),
      lost: carried.flatMap((c) => c.lost),
    },
  };
}

/** What replacing would lose, as one comparable text. */
function lostKeys(found: Found): string {
  return found.carry
    .flatMap((c) => c.lost.map((l) => `${l.sheet}|${l.unit}|${l.field}|${l.value}`))
    .sort()
    .join("\n");
}

/** Whether an answer was given about the sheets that exist now and about what replacing them would lose now. */
function sameAnswer(answer: Answer, found: Found): boolean {
  const lower = (list: readonly string[]) => list.map((name) => name.toLowerCase()).sort().join("\n");
  return lower(answer.sheets) === lower(found.existing) && answer.lost === lostKeys(found);
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
