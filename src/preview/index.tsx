import { createRoot } from "react-dom/client";
import { useState } from "react";
import { createExcelDouble } from "../excel-double";
import { localeFromLanguageTag, Locale } from "../i18n/locale";
import { App } from "../taskpane/App";
import type { ExcelRun, PaneHost } from "../taskpane/host";
import { seedBadRange, seedExistingSheets, seedTable, seedTableToCheck } from "./seed";

/*
 * The stand-alone preview page: the pane's own React tree over a double of the Excel API, so the pane
 * can be developed, looked at and tested in a browser without Excel. ?lang=en shows it as it shows in
 * an English Office. The double is on window.__excelDouble for the browser tests.
 */

declare global {
  interface Window {
    __excelDouble?: ReturnType<typeof createExcelDouble>;
  }
}

const TOOL_TEXT: Record<Locale, { seedRange: string; seedTable: string; seedExisting: string; seedCheck: string; done: (what: string) => string; label: string }> = {
  sv: {
    label: "Förhandsvisning utan Excel",
    seedRange: "Område med tre felaktiga rader",
    seedTable: "Tabell med befolkning",
    seedExisting: "Blad som redan finns",
    seedCheck: "Tabell att granska",
    done: (what) => `Klart: ${what}`,
  },
  en: {
    label: "Preview without Excel",
    seedRange: "Range with three bad rows",
    seedTable: "Table with population",
    seedExisting: "Sheets that exist already",
    seedCheck: "Table to check",
    done: (what) => `Done: ${what}`,
  },
};

function PreviewTools({ run, locale }: { run: ExcelRun; locale: Locale }) {
  const text = TOOL_TEXT[locale];
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
      <button type="button" data-testid="seed-range" onClick={seed(text.seedRange, () => seedBadRange(run))}>
        {text.seedRange}
      </button>
      <button type="button" data-testid="seed-table" onClick={seed(text.seedTable, () => seedTable(run))}>
        {text.seedTable}
      </button>
      <button type="button" data-testid="seed-existing" onClick={seed(text.seedExisting, () => seedExistingSheets(run, locale))}>
        {text.seedExisting}
      </button>
      <button type="button" data-testid="seed-check" onClick={seed(text.seedCheck, () => seedTableToCheck(run))}>
        {text.seedCheck}
      </button>
      <output aria-live="polite">{status}</output>
    </>
  );
}

const lang = new URLSearchParams(window.location.search).get("lang") ?? "sv-SE";
const locale = localeFromLanguageTag(lang);
document.documentElement.lang = locale === "sv" ? "sv-SE" : "en";
const double = createExcelDouble();
window.__excelDouble = double;
const run = double.run as ExcelRun;
const host: PaneHost = { run, locale, displayLanguage: lang, kind: "preview" };

const tools = document.getElementById("preview-tools");
if (tools) {
  tools.setAttribute("aria-label", TOOL_TEXT[locale].label);
  createRoot(tools).render(<PreviewTools run={run} locale={locale} />);
}
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(<App host={host} />);
}
