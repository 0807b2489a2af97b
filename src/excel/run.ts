import { OfficeWriteError } from "./errors";

/**
 * Runs a batch against a workbook: `Excel.run` inside Excel, the Excel double's `run` in the preview
 * page and in tests. Everything the add-in does to a workbook goes through one of these, so the same
 * code runs in both places. Declared here once; the pane, the double and the preview import it.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The global `Excel.run`, for callers that give no run of their own; "NoExcel" outside Office. */
export function globalExcelRun(): ExcelRun {
  const excel = (globalThis as { Excel?: { run?: ExcelRun } }).Excel;
  if (!excel?.run) throw new OfficeWriteError("NoExcel", "Excel.run is not available and no run function was given");
  return (batch) => (excel.run as ExcelRun)(batch);
}
