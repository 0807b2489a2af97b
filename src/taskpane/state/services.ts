import type { Locale } from "../../i18n";
import { defaultPlanOptions, planSummary, type PlanOptions, type WorkbookPlan, type PlanSummary } from "../../workbook";
import { later, withModule } from "../parts";
import type { ExcelRun } from "../host";
import type { CarryOverPreview, CreatedSheet } from "./store";

/*
 * What the pane needs from the plan builder and the Office.js writer, behind one seam: the pane
 * computes no rule and writes no cell itself.
 */

/** The figures shown before writing: the plan builder's summary, computed by the engine. */
export type PlanSummaryView = PlanSummary;

export interface WriteRequest {
  readonly existing: "refuse" | "replace" | "keepBoth";
  readonly run: ExcelRun;
  readonly onProgress: (done: number, total: number) => void;
  /**
   * The plan's sheets findExisting found. The writer reads what was typed into them in its first
   * sync and then asks `ask` (replace, keep both or cancel), before writing anything.
   */
  readonly existingSheets?: readonly string[];
  readonly ask?: (question: ExistingSheetsQuestion) => Promise<"replace" | "keepBoth" | "cancel">;
}

/** Asked when the plan's sheets exist: which, and what replacing them would do with the values typed into them. */
export interface ExistingSheetsQuestion {
  readonly existing: readonly string[];
  readonly carryOver: CarryOverPreview;
  /** Asked again: the sheets changed while the question was open. */
  readonly changed?: boolean;
}

export interface WriteOutcome {
  /** The sheets created (none when the question was answered "cancel"). */
  readonly created: readonly CreatedSheet[];
  readonly cancelled: boolean;
  /** Excel refused the summary sheet's chart, for this reason; the tables are filled all the same. */
  readonly chartError?: string;
}

export interface PaneServices {
  planOptions(locale: Locale, overrides: Partial<PlanOptions>): PlanOptions;
  summary(options: PlanOptions): PlanSummaryView;
  /**
   * The paragraph for the committee paper about `options.paragraphUnit`, as the Årskostnad sheet
   * writes it; a promise while the plan builder is still being fetched.
   */
  paragraph(options: PlanOptions): string | Promise<string>;
  buildPlan(options: PlanOptions): WorkbookPlan | Promise<WorkbookPlan>;
  /** Names of the plan's sheets that exist in the workbook already. */
  findExisting(plan: WorkbookPlan, run: ExcelRun): Promise<readonly string[]>;
  write(plan: WorkbookPlan, request: WriteRequest): Promise<WriteOutcome>;
  /** A failed check or fill in plain words, in the pane's language (what failed, and whether anything is left). */
  describeError(error: unknown, locale: Locale): string;
}

/**
 * The plan builder (every sheet, and the paragraph, which is the Årskostnad sheet's text): not needed
 * for the first view, which shows the summary only; fetched when the paragraph or a fill asks for it.
 */
export const planBuilder = later(() => import("./planBuilder"));

/** The plan side of the services: the plan builder's own functions. */
export const planServices: Pick<PaneServices, "planOptions" | "summary" | "paragraph" | "buildPlan"> = {
  planOptions: (locale, overrides) => defaultPlanOptions(locale, overrides),
  summary: (options) => planSummary(options),
  paragraph: (options) => withModule(planBuilder, (builder) => builder.annualCostParagraph(options)),
  buildPlan: (options) => withModule(planBuilder, (builder) => builder.buildWorkbookPlan(options)),
};
