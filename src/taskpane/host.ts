import type { Locale } from "../i18n";
import type { ExcelRun } from "../excel";

/** The one Excel handle type (src/excel/run.ts), named here too for the pane's files. */
export type { ExcelRun };

/** What the page that mounts the pane supplies. */
export interface PaneHost {
  readonly run: ExcelRun;
  /** The language of the pane and of the sheets it writes. */
  readonly locale: Locale;
  /** Office's display language tag ("sv-SE", "en-US"), shown under "Om tillägget". */
  readonly displayLanguage: string;
  /** "excel" inside Office, "preview" in the stand-alone preview page. */
  readonly kind: "excel" | "preview";
  /** Office.context.diagnostics: which Excel this is ("Excel", "PC", "16.0.13127.20408"), for "Om tillägget". */
  readonly diagnostics?: { readonly host: string; readonly platform: string; readonly version: string };
}
