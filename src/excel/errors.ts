import { say, type Locale } from "../i18n";
import type { PlanProblem } from "../workbook";
import { WRITE_ERRORS as W, WRITE_STEPS } from "./messages";

/*
 * What can go wrong when filling a workbook, as a typed error the task pane can translate:
 * a `code`, the sheets concerned, the step that failed and Excel's own error code and message.
 */

export type OfficeWriteErrorCode =
  /** Sheets of the plan exist already and the caller chose "refuse": nothing was written. */
  | "SheetsExist"
  /** The plan itself cannot be written (bad sheet name, overlapping blocks, bad table): nothing was written. */
  | "InvalidPlan"
  /** Excel refused an operation; everything the writer had done was undone. */
  | "ExcelError"
  /**
   * Replacing: the new sheets are complete and in place, but removing the old copies failed part
   * way, so they could not be brought back; the old copies left are listed in `sheets`.
   */
  | "ReplaceIncomplete"
  /** Excel refused an operation and undoing the writer's changes failed too; `sheets` lists what is left. */
  | "RollbackFailed"
  /** No Excel (Office.js not loaded) and no `run` given. */
  | "NoExcel";

/** The step of the fill that failed, in plain words (see describeWriteError). */
export type WriteStep =
  | "check"
  | "addSheet"
  | "writeCells"
  | "numberFormat"
  | "format"
  | "table"
  | "name"
  | "layout"
  | "print"
  | "chart"
  | "replace"
  | "sync"
  | "unknown";

export class OfficeWriteError extends Error {
  override readonly name = "OfficeWriteError";

  constructor(
    readonly code: OfficeWriteErrorCode,
    /** English detail for logs and developers; the pane shows describeWriteError(). */
    readonly detail: string,
    readonly options: {
      readonly sheets?: readonly string[];
      readonly step?: WriteStep;
      /** Excel's error code (OfficeExtension.Error.code), when Excel refused something. */
      readonly excelCode?: string;
      /** Excel's own message. */
      readonly excelMessage?: string;
      /** Why the plan cannot be written (InvalidPlan), in both languages (validatePlan). */
      readonly problem?: PlanProblem;
      readonly cause?: unknown;
    } = {},
  ) {
    super(detail);
  }

  get sheets(): readonly string[] {
    return this.options.sheets ?? [];
  }

  get step(): WriteStep {
    return this.options.step ?? "unknown";
  }
}

/** Which step an Office.js method belongs to (from OfficeExtension.Error.debugInfo.errorLocation). */
export function stepOfMethod(method: string | undefined): WriteStep {
  if (!method) return "unknown";
  if (/^RequestContext\.sync$/.test(method)) return "sync";
  if (/^WorksheetCollection\.(add)$/i.test(method) || /^Worksheets\.add$/i.test(method)) return "addSheet";
  if (/^WorksheetCollection\./.test(method)) return "check";
  if (/^Range\.(formulas|values)$/.test(method)) return "writeCells";
  if (/^Range\.numberFormat$/.test(method)) return "numberFormat";
  if (/^(Range\.merge|RangeFormat\.rowHeight|PageLayout\.|HeaderFooterGroup\.|HeaderFooter\.)/.test(method)) return "print";
  if (/^(Chart|ChartCollection|ChartTitle|ChartAxes|ChartAxis|ChartSeries|ChartSeriesCollection)\./.test(method)) return "chart";
  if (/^(RangeFormat|RangeFill|RangeFont|RangeBorder|RangeBorderCollection)\.(?!columnWidth)/.test(method)) return "format";
  if (/^(Table|TableCollection)\./.test(method)) return "table";
  if (/^(NamedItem|NamedItemCollection)\./.test(method)) return "name";
  if (/^(RangeFormat\.columnWidth|WorksheetFreezePanes\.|Worksheet\.(activate|position))/.test(method)) return "layout";
  if (/^Worksheet\.(name|delete)$/.test(method)) return "replace";
  return "unknown";
}

const list = (sheets: readonly string[]) => sheets.map((s) => `"${s}"`).join(", ");

/** The error in plain words for the task pane, in the pane's language (the words in messages.ts). */
export function describeWriteError(error: unknown, locale: Locale): string {
  if (!(error instanceof OfficeWriteError)) return say(W.unexpected, locale, error instanceof Error ? error.message : String(error));
  const step = say(WRITE_STEPS[error.step], locale);
  const excel = error.options.excelMessage ? ` (Excel: ${error.options.excelMessage})` : "";
  switch (error.code) {
    case "SheetsExist":
      return say(W.sheetsExist, locale, list(error.sheets));
    case "InvalidPlan":
      return say(W.invalidPlan, locale, error.options.problem?.[locale] ?? error.detail);
    case "ExcelError":
      return say(W.excelError, locale, step, excel);
    case "ReplaceIncomplete":
      return say(W.replaceIncomplete, locale, list(error.sheets), excel);
    case "RollbackFailed":
      return say(W.rollbackFailed, locale, step, excel, list(error.sheets));
    case "NoExcel":
      return say(W.noExcel, locale);
  }
}
