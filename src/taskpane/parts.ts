/*
 * A module fetched on first use, and every such part fetched at once when the page is idle. Apart
 * from the pane's lazy components (later.tsx) because the pane's state needs it too (the readers,
 * the plan builder, the writer are parts), and those components import the state: one file for
 * both keeps the imports one-way.
 */

/** A module fetched on first use: `load()` fetches it once; `loaded` holds it once it has arrived. */
export interface Later<T> {
  load(): Promise<T>;
  readonly loaded: T | undefined;
}

/** Every part made by later(), for preloadPaneParts. */
const PARTS: Later<unknown>[] = [];

/** The page's next idle moment, at most `timeout` ms on; after `fallback` ms where the browser has no idle callback (Safari). */
function idle(timeout: number, fallback: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, fallback);
  });
}

/*
 * A part asked for is fetched at the next idle moment (at most 200 ms on), never from inside a
 * render (a lazy component, the paragraph's plan builder): the fetch inserts its script elements,
 * which `npm run bench` saw add about 10 ms to the first view's one long render, and fetched at once
 * the parts' evaluation and the render they bring came between the first view and the first moment
 * it could take a click.
 */
const whenIdle = () => idle(200, 0);

export function later<T>(fetch: () => Promise<T>): Later<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const part: Later<T> = {
    load: () =>
      (pending ??= whenIdle().then(fetch).then(
        (module) => (loaded = module),
        (error: unknown) => {
          // A failed fetch (the network went away) is tried again next time.
          pending = undefined;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
  PARTS.push(part);
  return part;
}

/** `use(module)` now when the module has arrived, else once it has (the caller awaits either). */
export function withModule<T, R>(part: Later<T>, use: (module: T) => R): R | Promise<R> {
  return part.loaded !== undefined ? use(part.loaded) : part.load().then(use);
}

/**
 * Every part made by later() (the components of later.tsx, the plan builder, the writer, the readers), fetched
 * at once: by the page once it is idle after the first view, and by tests that look at the pane
 * right after a render. The Check tab is not among them: it is fetched when it is opened.
 */
export function preloadPaneParts(): Promise<unknown> {
  return Promise.all(PARTS.map((part) => part.load()));
}

/**
 * Fetches every part once the page is idle after the first view, so that opening one does not wait
 * for the network; where the browser has no idle callback (Safari), after a moment. A part that
 * fails to arrive is fetched again when it is used.
 */
export function preloadWhenIdle(): void {
  const preload = () => void idle(2000, 500).then(preloadPaneParts).catch(() => undefined);
  // Not before the first view is on screen: the next frame, then a task after it. An idle moment can
  // come while the first render waits on a chunk, and the parts' evaluation would then delay its paint.
  if (typeof window.requestAnimationFrame === "function") window.requestAnimationFrame(() => window.setTimeout(preload, 0));
  else preload();
}
