import { createRoot } from "react-dom/client";
import { useState } from "react";
import { NEWEST, OLDEST_ADMITTED, createExcelDouble } from "../excel-double";
import type { ExcelRunOptions } from "../excel";
import { localeFromLanguageTag, Locale } from "../i18n";
import { App } from "../taskpane/App";
import { preloadWhenIdle } from "../taskpane/later";
import type { ExcelRun, PaneHost } from "../taskpane/host";
import { textsIn } from "../taskpane/i18n/catalogue";
import { defaultServices } from "../taskpane/state/defaultServices";
import type { PaneServices } from "../taskpane/state/services";
import { putCalculatedValues } from "./calculate";
import { changeSignal } from "./changes";
import { SheetsView } from "./SheetsView";
import { PREVIEW_STRINGS } from "./strings";

/*
 * The stand-alone preview page: the pane's own React tree over a double of the Excel API, so the pane
 * can be developed, looked at and tested in a browser without Excel. ?lang=en shows it as it shows in
 * an English Office. The double is on window.__excelDouble for the browser tests. Under the pane, the
 * double's sheets as Excel would show them (SheetsView), read again after every batch the page runs;
 * after a fill, the formula cells get the values the engine computed for them (calculate.ts), since
 * the double does not calculate.
 */

declare global {
  interface Window {
    __excelDouble?: ReturnType<typeof createExcelDouble>;
  }
}

/*
 * The seeds build a whole plan (seedExistingSheets): fetched with the first seed asked for, so the
 * preview page opens on what the pane inside Excel loads (the bench times this page), not on the
 * plan builder.
 */
const seeds = () => import("./seed");

function PreviewTools({ run, locale }: { run: ExcelRun; locale: Locale }) {
  const text = textsIn(PREVIEW_STRINGS, locale);
  const [status, setStatus] = useState("");
  const seed = (what: string, action: () => Promise<unknown>) => () => {
    action().then(
      () => setStatus(text.done(what)),
      (error: unknown) => setStatus(String(error instanceof Error ? error.message : error)),
    );
  };
  return (
    <>
      <strong>{text.label}</strong>
      <button type="button" data-testid="seed-range" onClick={seed(text.seedRange, async () => (await seeds()).seedBadRange(run))}>
        {text.seedRange}
      </button>
      <button type="button" data-testid="seed-table" onClick={seed(text.seedTable, async () => (await seeds()).seedTable(run))}>
        {text.seedTable}
      </button>
      <button type="button" data-testid="seed-existing" onClick={seed(text.seedExisting, async () => (await seeds()).seedExistingSheets(run, locale))}>
        {text.seedExisting}
      </button>
      <button type="button" data-testid="seed-check" onClick={seed(text.seedCheck, async () => (await seeds()).seedTableToCheck(run))}>
        {text.seedCheck}
      </button>
      <output aria-live="polite">{status}</output>
    </>
  );
}

const lang = new URLSearchParams(window.location.search).get("lang") ?? "sv-SE";
const locale = localeFromLanguageTag(lang);
document.documentElement.lang = locale === "sv" ? "sv-SE" : "en";
// ?host=oldest plays the oldest Excel the manifest admits (no ExcelApi 1.13); the newest otherwise.
const profile = new URLSearchParams(window.location.search).get("host") === "oldest" ? OLDEST_ADMITTED : NEWEST;
const double = createExcelDouble({ host: profile });
window.__excelDouble = double;
const changes = changeSignal();
// Every batch may change the workbook: the grid of the sheets reads it again afterwards. The run
// keeps the double's RunOptions and isSetSupported.
const run: ExcelRun = Object.assign(<T,>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions) => double.run(batch, options).finally(changes.notify), {
  isSetSupported: (name: string, version?: string) => double.isSetSupported(name, version),
});
const host: PaneHost = {
  run,
  locale,
  displayLanguage: lang,
  kind: "preview",
  diagnostics: { host: profile.host, platform: profile.platform, version: profile.version },
};
const services: PaneServices = {
  ...defaultServices,
  write: async (plan, request) => {
    const outcome = await defaultServices.write(plan, request);
    // What Excel would compute for the formulas just written (the double does not calculate).
    if (!outcome.cancelled) putCalculatedValues(double, plan, outcome.created);
    changes.notify();
    return outcome;
  },
};

const tools = document.getElementById("preview-tools");
if (tools) {
  tools.setAttribute("aria-label", textsIn(PREVIEW_STRINGS, locale).label);
  createRoot(tools).render(<PreviewTools run={run} locale={locale} />);
}
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(<App host={host} services={services} />);
  preloadWhenIdle();
}
const sheets = document.getElementById("preview-sheets");
if (sheets) {
  createRoot(sheets).render(<SheetsView source={double} locale={locale} changes={changes} />);
}
