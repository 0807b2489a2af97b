import type { Locale } from "../i18n/locale";
import type { PlanProblem } from "../workbook/validatePlan";

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

const STEP_TEXT: Record<Locale, Record<WriteStep, string>> = {
  sv: {
    check: "kontrollen av vilka blad som finns",
    addSheet: "att lägga till ett blad",
    writeCells: "att skriva värden och formler",
    numberFormat: "att sätta talformat",
    format: "att formatera celler",
    table: "att skapa en tabell",
    name: "att lägga till ett namn",
    layout: "att sätta kolumnbredder och låsta rader",
    print: "att ställa in utskriften (sammanfogade celler, radhöjder, sidhuvud och sidfot)",
    chart: "att lägga till diagrammet",
    replace: "att byta ut de gamla bladen",
    sync: "att skicka ändringarna till Excel",
    unknown: "skrivningen",
  },
  en: {
    check: "checking which sheets exist",
    addSheet: "adding a sheet",
    writeCells: "writing values and formulas",
    numberFormat: "setting number formats",
    format: "formatting cells",
    table: "creating a table",
    name: "adding a defined name",
    layout: "setting column widths and frozen rows",
    print: "setting up the printed page (merged cells, row heights, header and footer)",
    chart: "adding the chart",
    replace: "replacing the old sheets",
    sync: "sending the changes to Excel",
    unknown: "writing",
  },
};

const list = (sheets: readonly string[]) => sheets.map((s) => `"${s}"`).join(", ");

/** The error in plain words for the task pane, in the pane's language. */
export function describeWriteError(error: unknown, locale: Locale): string {
  const sv = locale === "sv";
  if (!(error instanceof OfficeWriteError)) {
    const message = error instanceof Error ? error.message : String(error);
    return sv ? `Något gick fel: ${message}` : `Something went wrong: ${message}`;
  }
  const step = STEP_TEXT[locale][error.step];
  const excel = error.options.excelMessage ? ` (Excel: ${error.options.excelMessage})` : "";
  switch (error.code) {
    case "SheetsExist":
      return sv
        ? `Bladen ${list(error.sheets)} finns redan. Välj att ersätta dem eller att behålla båda; inget har skrivits.`
        : `The sheets ${list(error.sheets)} exist already. Choose to replace them or to keep both; nothing was written.`;
    case "InvalidPlan": {
      const problem = error.options.problem?.[locale] ?? error.detail;
      return sv ? `Tabellerna kan inte skrivas: ${problem}. Inget har skrivits.` : `The tables cannot be written: ${problem}. Nothing was written.`;
    }
    case "ExcelError":
      return sv
        ? `Excel avbröt vid ${step}${excel}. Allt som hade skrivits är borttaget; arbetsboken är som förut.`
        : `Excel stopped while ${step}${excel}. Everything written was removed; the workbook is as it was.`;
    case "ReplaceIncomplete":
      return sv
        ? `De nya bladen är skrivna, men de gamla bladen ${list(error.sheets)} kunde inte tas bort${excel}. Ta bort dem för hand.`
        : `The new sheets are written, but the old sheets ${list(error.sheets)} could not be removed${excel}. Remove them by hand.`;
    case "RollbackFailed":
      return sv
        ? `Excel avbröt vid ${step}${excel}, och det som hade skrivits kunde inte tas bort helt. Kvar finns: ${list(error.sheets)}.`
        : `Excel stopped while ${step}${excel}, and what had been written could not all be removed. Left: ${list(error.sheets)}.`;
    case "NoExcel":
      return sv ? "Excel är inte tillgängligt (tillägget körs utanför Excel)." : "Excel is not available (the add-in is running outside Excel).";
  }
}
