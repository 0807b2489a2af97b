import type { Locale } from "../i18n/locale";

/**
 * Runs a batch against a workbook: `Excel.run` inside Excel, the Excel double's `run` in the preview
 * page and in tests. Everything the pane does to the workbook goes through it, so the same React
 * tree runs in both places.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the page that mounts the pane supplies. */
export interface PaneHost {
  readonly run: ExcelRun;
  /** The language of the pane and of the sheets it writes. */
  readonly locale: Locale;
  /** Office's display language tag ("sv-SE", "en-US"), shown nowhere but kept for diagnostics. */
  readonly displayLanguage: string;
  /** "excel" inside Office, "preview" in the stand-alone preview page. */
  readonly kind: "excel" | "preview";
}
