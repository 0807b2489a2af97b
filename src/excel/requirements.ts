import type { ExcelRun } from "./run";

/*
 * What the host has of the Excel API, asked the one way that tells: Office.context.requirements.
 * isSetSupported, carried by the run (run.ts). office.js from the CDN defines every member whatever the
 * host, so `typeof range.member === "function"` is always true; a member the host lacks fails the
 * whole sync with ApiNotFound. The manifest declares EXCEL_API_MINIMUM (hosts below it do not load the
 * add-in); every call above it sits behind `excelApi(run, "1.x")` with a fallback that works, and
 * test/excel/requirementSets.test.ts fails on one that does not.
 */

/** The ExcelApi version the fill needs, declared in manifest.xml (`<Set Name="ExcelApi" MinVersion=…>`). */
export const EXCEL_API_MINIMUM = "1.9";

/**
 * The requirement sets that matter to the add-in, with what needs them, for the pane's diagnostics.
 * ExcelApi 1.11 is when a host honours delayForCellEdit (without it a batch sent while the user types
 * in a cell fails instead of waiting); 1.13 brings merged areas to Granska.
 */
export const RELEVANT_SETS: readonly { readonly set: string; readonly version: string; readonly needs: "fill" | "cellEdit" | "merged" | "runtime" | "functions" }[] = [
  { set: "ExcelApi", version: EXCEL_API_MINIMUM, needs: "fill" },
  { set: "ExcelApi", version: "1.11", needs: "cellEdit" },
  { set: "ExcelApi", version: "1.13", needs: "merged" },
  { set: "SharedRuntime", version: "1.1", needs: "runtime" },
  { set: "CustomFunctionsRuntime", version: "1.3", needs: "functions" },
];

/** Whether the host has ExcelApi `version`; a run that cannot say (no isSetSupported) counts as not. */
export function excelApi(run: ExcelRun, version: string): boolean {
  return requirementSupported(run, "ExcelApi", version);
}

export function requirementSupported(run: ExcelRun, set: string, version: string): boolean {
  try {
    return run.isSetSupported?.(set, version) === true;
  } catch {
    return false;
  }
}
