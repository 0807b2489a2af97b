import type { Locale } from "../../../i18n";
import type { CheckOptions, CheckReport, Finding } from "../../../check";
import type { CheckSource } from "../../../excel";
import type { ExcelRun } from "../../host";

/*
 * What the Check tab needs from the workbook, behind one seam (as ../../state/services.ts is for the
 * Fill tab): the tab reads, checks, colours and writes nothing itself. defaultServices.ts gives the
 * real ones (src/excel/check.ts); tests may pass others.
 */

export interface CheckServices {
  /** The names of the workbook's Excel tables. */
  listTables(run: ExcelRun): Promise<readonly string[]>;
  /** Reads the source and checks it. */
  check(run: ExcelRun, source: CheckSource, options: CheckOptions): Promise<CheckReport>;
  /** Highlights of an earlier check are in the workbook. */
  hasHighlights(run: ExcelRun): Promise<boolean>;
  /** Colours the finding cells: how many, and how many were left alone (a pattern fill). */
  highlight(run: ExcelRun, findings: readonly Finding[]): Promise<{ readonly highlighted: number; readonly skipped: number }>;
  /** Puts the fills back: how many, and how many were changed since (left as they are). */
  removeHighlights(run: ExcelRun): Promise<{ readonly restored: number; readonly changed: number }>;
  /** Writes the report to a new sheet; its name. */
  writeReport(run: ExcelRun, report: CheckReport, locale: Locale): Promise<string>;
  /** Selects a finding's cell. */
  selectCell(run: ExcelRun, sheet: string | undefined, address: string): Promise<void>;
}
