import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../i18n/locale";
import { App } from "./App";
import type { ExcelRun, PaneHost } from "./host";

/*
 * The pane inside Excel: wait for Office, take its display language, and give the React tree
 * Excel.run. The preview page (src/preview/index.tsx) mounts the same App with a double instead.
 */

Office.onReady(() => {
  const displayLanguage = Office.context?.displayLanguage ?? navigator.language;
  const locale = localeFromLanguageTag(displayLanguage);
  document.documentElement.lang = locale === "sv" ? "sv-SE" : "en";
  const run: ExcelRun = (batch) => Excel.run(batch);
  const host: PaneHost = { run, locale, displayLanguage, kind: "excel" };
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(<App host={host} />);
  }
});
