import { OfficeWriteError } from "./errors";

/** Excel.RunOptions as the add-in uses them. */
export interface ExcelRunOptions {
  /**
   * Wait while the user is typing into a cell instead of failing (ExcelApi 1.11; a host without it
   * ignores the option). Every batch that writes sets it: without it, a batch that arrives while
   * the user edits a cell fails (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  readonly delayForCellEdit?: boolean;
}

/**
 * Runs a batch against a workbook: `Excel.run` inside Excel, the Excel double's `run` in the preview
 * page and in tests. Everything the add-in does to a workbook goes through one of these, so the same
 * code runs in both places. Declared here once; the pane, the double and the preview import it.
 * It carries the host's `Office.context.requirements.isSetSupported` (src/excel/requirements.ts asks
 * it), so code that takes a run can ask what the host has without a global.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions): Promise<T>;
  readonly isSetSupported?: (name: string, version?: string) => boolean;
}

/** Excel.run with its options, and the host's isSetSupported, for the pane inside Excel. */
export function officeExcelRun(excel: typeof Excel, requirements: { isSetSupported(name: string, version?: string): boolean } | undefined): ExcelRun {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions): Promise<T> =>
    options ? excel.run(options as Excel.RunOptions, batch) : excel.run(batch);
  return Object.assign(run, requirements ? { isSetSupported: (name: string, version?: string) => requirements.isSetSupported(name, version) } : {});
}

/** The global `Excel.run`, for callers that give no run of their own; "NoExcel" outside Office. */
export function globalExcelRun(): ExcelRun {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel?.run) throw new OfficeWriteError("NoExcel", "Excel.run is not available and no run function was given");
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } } } }).Office;
  return officeExcelRun(excel, office?.context?.requirements);
}
