import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../src/i18n/locale";
import { FillPanel } from "../../src/taskpane/components/FillPanel";
import type { ExcelRun, PaneHost } from "../../src/taskpane/host";
import { LocaleProvider } from "../../src/taskpane/i18n/context";
import { usePane } from "../../src/taskpane/state/controller";
import { planServices, type PaneServices } from "../../src/taskpane/state/services";
import { preloadPaneParts } from "../../src/taskpane/later";

/*
 * The Fill tab rendered in jsdom over an Excel double, for the pane's tests: one setup instead of a
 * copy in every test file. Importing it also gives jsdom the ResizeObserver it lacks.
 */

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar watches its width to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

// The parts the pane fetches after its first view (src/taskpane/later.tsx) are here before any test
// looks, as they are in a pane that has been open a moment; the browser tests load them for real.
beforeAll(() => preloadPaneParts());

/** Services for tests that read and check but never fill. */
export const refuseWrites: Pick<PaneServices, "findExisting" | "write" | "describeError"> = {
  findExisting: () => Promise.reject(new Error("these tests do not fill")),
  write: () => Promise.reject(new Error("these tests do not fill")),
  describeError: (error) => String(error),
};

export const readOnlyServices: PaneServices = { ...planServices, ...refuseWrites };

function Pane({ host, services }: { host: PaneHost; services: PaneServices }) {
  const pane = usePane(host, services);
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider value={host.locale}>
        <FillPanel pane={pane} />
      </LocaleProvider>
    </FluentProvider>
  );
}

/** The pane's host over a double's run, as the preview page makes it. */
export function hostOver(run: unknown, locale: Locale = "sv"): PaneHost {
  return { run: run as ExcelRun, locale, displayLanguage: locale === "sv" ? "sv-SE" : "en-US", kind: "preview" };
}

/** Renders the Fill tab for `host` with `services` (by default: the plan's own, and no writes). */
export function renderFillPane(host: PaneHost, services: PaneServices = readOnlyServices): ReturnType<typeof render> {
  return render(<Pane host={host} services={services} />);
}
