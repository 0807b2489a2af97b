import { createElement, forwardRef, lazy, Suspense, type ComponentProps, type ComponentType } from "react";
import { later, type Later } from "./parts";

export { preloadPaneParts, preloadWhenIdle } from "./parts";

/*
 * What the pane's first view does not need, loaded apart: each `import()` below is a chunk of its
 * own, so the pane opens on React, the Fluent UI components it shows, the fields and the summary
 * (npm run bench prints what that first load weighs). A part is fetched the first time it is asked
 * for, or earlier, when the page is idle after the first view (preloadPaneParts, called by the
 * page), so that opening a part does not wait for the network. Once a part has arrived it is used
 * synchronously, as if it had always been there.
 */

/** A component from a module fetched on first render; nothing is shown in its place until it has arrived. */
export type LaterComponent<P> = ComponentType<P> & { preload(): Promise<unknown> };

function laterComponent<M, P extends object>(part: Later<M>, pick: (module: M) => ComponentType<P>): LaterComponent<P> {
  const Lazy = lazy(() => part.load().then((module) => ({ default: pick(module) })));
  // A ref is handed on to the component (the fill's result is focused through one): a plain function component would drop it.
  const Later = forwardRef<unknown, P>(function Later(props, ref) {
    const module = part.loaded;
    const withRef = { ...(props as P), ref };
    if (module !== undefined) return createElement(pick(module) as ComponentType<P & { ref: unknown }>, withRef);
    return createElement(Suspense, { fallback: null }, createElement(Lazy as unknown as ComponentType<P & { ref: unknown }>, withRef));
  });
  return Object.assign(Later, { preload: () => part.load() }) as unknown as LaterComponent<P>;
}

const existingDialog = later(() => import("./components/ExistingSheetsDialog"));
const importPreview = later(() => import("./components/ImportPreview"));
const paragraphCard = later(() => import("./components/ParagraphCard"));
const previousPanel = later(() => import("./components/PreviousAmountsPanel"));
const fluent = later(() => import("./fluentParts"));

/** The question when the plan's sheets exist: only after a fill found them. */
export const ExistingSheetsDialog = laterComponent(existingDialog, (module) => module.ExistingSheetsDialog);
/** The rows read from a range or a table: only once the population is to be read from the workbook. */
export const ImportPreview = laterComponent(importPreview, (module) => module.ImportPreview);
/** The paragraph for the committee paper, under the summary. */
export const ParagraphCard = laterComponent(paragraphCard, (module) => module.ParagraphCard);
/** Last period's amounts, once their fold under the population is opened. */
export const PreviousAmountsPanel = laterComponent(previousPanel, (module) => module.PreviousAmountsPanel);

type FluentParts = typeof import("./fluentParts");
function fluentPart<K extends keyof FluentParts>(name: K): LaterComponent<ComponentProps<FluentParts[K]>> {
  return laterComponent(fluent, (module) => module[name] as ComponentType<ComponentProps<FluentParts[K]>>);
}

export const Input = fluentPart("Input");
export const Link = fluentPart("Link");
export const MessageBar = fluentPart("MessageBar");
export const MessageBarActions = fluentPart("MessageBarActions");
export const MessageBarBody = fluentPart("MessageBarBody");
export const MessageBarTitle = fluentPart("MessageBarTitle");
export const ProgressBar = fluentPart("ProgressBar");
export const Select = fluentPart("Select");
export const Spinner = fluentPart("Spinner");

