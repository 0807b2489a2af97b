import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../i18n";
import { App } from "./App";
import { officeExcelRun } from "../excel";
import type { ExcelRun, PaneHost } from "./host";
import { preloadWhenIdle } from "./later";

// Shown only when the page is opened outside Excel: not part of the pane's first load.
const NotInExcel = lazy(() => import("./NotInExcel").then((module) => ({ default: module.NotInExcel })));

/*
 * The pane inside Excel: wait for Office, take its display language, and give the React tree
 * Excel.run. The preview page (src/preview/index.tsx) mounts the same App with a double instead.
 * Outside Excel (the page opened in a browser, or office.js not loaded) it says so instead of
 * showing a pane whose every action would fail.
 */

function render(element: JSX.Element, lang: string): void {
  document.documentElement.lang = lang;
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(element);
  }
}

if (typeof Office === "undefined") {
  const locale = localeFromLanguageTag(navigator.language);
  render(
    <Suspense fallback={null}>
      <NotInExcel locale={locale} />
    </Suspense>,
    locale === "sv" ? "sv-SE" : "en",
  );
} else {
  void Office.onReady((info) => {
    const displayLanguage = Office.context?.displayLanguage ?? navigator.language;
    const locale = localeFromLanguageTag(displayLanguage);
    const lang = locale === "sv" ? "sv-SE" : "en";
    if (info.host !== Office.HostType.Excel) {
      render(
        <Suspense fallback={null}>
          <NotInExcel locale={locale} />
        </Suspense>,
        lang,
      );
      return;
    }
    // Excel.run with its options (delayForCellEdit), carrying the host's isSetSupported.
    const run: ExcelRun = officeExcelRun(Excel, Office.context?.requirements);
    const diagnostics = Office.context?.diagnostics;
    const host: PaneHost = {
      run,
      locale,
      displayLanguage,
      kind: "excel",
      ...(diagnostics ? { diagnostics: { host: String(diagnostics.host), platform: String(diagnostics.platform), version: diagnostics.version } } : {}),
    };
    render(<App host={host} />, lang);
    preloadWhenIdle();
  });
}
