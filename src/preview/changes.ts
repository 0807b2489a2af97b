/*
 * "The workbook may have changed": the preview page's run and fill tell it after each batch, and the
 * grid of the sheets reads the double again (useSyncExternalStore). Changes close together are told
 * once, after the current task, so a fill's batches cost one read.
 */

export interface ChangeSignal {
  /** A number that grows with every change told. */
  version(): number;
  subscribe(listener: () => void): () => void;
  notify(): void;
}

export function changeSignal(): ChangeSignal {
  let version = 0;
  let pending = false;
  const listeners = new Set<() => void>();
  return {
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        version += 1;
        for (const listener of [...listeners]) listener();
      }, 0);
    },
  };
}
