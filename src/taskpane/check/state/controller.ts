import { useEffect, useMemo, useReducer, useRef, type Dispatch, type MutableRefObject } from "react";
import type { Finding } from "../../../check";
import type { PaneHost } from "../../host";
import { errorText } from "../../state/controller";
import { selectCheckView, type CheckView } from "./selectors";
import type { CheckServices } from "./services";
import { checkReducer, initialCheckState, type CheckAction, type CheckFigureKey, type CheckSourceKind, type CheckState } from "./store";

/*
 * The Check tab's controller (as ../../state/controller.ts is the Fill tab's): its store, what
 * follows from it, and the actions that talk to the workbook through the services. Components get
 * this object and nothing else.
 */

export interface CheckController {
  readonly state: CheckState;
  readonly view: CheckView;
  readonly actions: CheckActions;
}

export interface CheckActions {
  setSource(source: CheckSourceKind): void;
  chooseTable(name: string, on: boolean): void;
  setFigure(key: CheckFigureKey, text: string): void;
  confirmFigure(key: CheckFigureKey, on: boolean): void;
  run(): Promise<void>;
  highlight(): Promise<void>;
  removeHighlights(): Promise<void>;
  writeReport(): Promise<void>;
  goTo(finding: Finding): Promise<void>;
}

export function useCheck(host: Pick<PaneHost, "run" | "locale">, services: CheckServices): CheckController {
  const [state, dispatch] = useReducer(checkReducer, host.locale, initialCheckState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const loads = useRef(0);
  const view = useMemo(() => selectCheckView(state), [state]);
  const { run } = host;

  // Highlights an earlier check left in the workbook can be removed without checking again.
  useEffect(() => {
    let live = true;
    services.hasHighlights(run).then(
      (exist) => live && dispatch({ type: "highlightsFound", exist }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [run, services]);

  const actions = useMemo(() => checkActions({ run, services, dispatch, stateRef, loads }), [run, services]);
  return { state, view, actions };
}

interface ActionDeps {
  readonly run: PaneHost["run"];
  readonly services: CheckServices;
  readonly dispatch: Dispatch<CheckAction>;
  readonly stateRef: MutableRefObject<CheckState>;
  readonly loads: MutableRefObject<number>;
}

/** The actions, over the latest state (stateRef) so that they stay the same object from render to render. */
function checkActions({ run, services, dispatch, stateRef, loads }: ActionDeps): CheckActions {
  const listTables = async () => {
    const loadId = ++loads.current;
    dispatch({ type: "tablesLoading", loadId });
    try {
      dispatch({ type: "tablesLoaded", loadId, names: await services.listTables(run) });
    } catch (error) {
      dispatch({ type: "tablesFailed", loadId, detail: errorText(error) });
    }
  };
  /** Highlighting, removing and writing the report: one at a time, the outcome in the notice. */
  const work = async (busy: "highlight" | "remove" | "report", task: () => Promise<CheckAction>) => {
    dispatch({ type: "started", busy });
    try {
      dispatch(await task());
    } catch (error) {
      dispatch({ type: "failed", detail: errorText(error) });
    }
  };
  const report = () => stateRef.current.report!;
  return {
    setSource: (source) => {
      const before = stateRef.current;
      dispatch({ type: "setSource", source });
      // The tables are listed when they are chosen as the source, unless they were listed already.
      if (source === "tables" && before.source !== "tables" && before.tables.status !== "loaded") void listTables();
    },
    chooseTable: (name, on) => dispatch({ type: "chooseTable", name, on }),
    setFigure: (key, text) => dispatch({ type: "setFigure", key, text }),
    confirmFigure: (key, on) => dispatch({ type: "confirmFigure", key, on }),
    run: async () => {
      const view = selectCheckView(stateRef.current);
      if (!view.canRun) return;
      dispatch({ type: "checkStarted" });
      try {
        dispatch({ type: "checked", report: await services.check(run, view.source, view.options) });
      } catch (error) {
        dispatch({ type: "checkFailed", detail: errorText(error) });
      }
    },
    highlight: () =>
      work("highlight", async () => {
        const result = await services.highlight(run, report().findings);
        return { type: "highlighted", count: result.highlighted, skipped: result.skipped };
      }),
    removeHighlights: () =>
      work("remove", async () => {
        const result = await services.removeHighlights(run);
        return { type: "removed", count: result.restored, changed: result.changed };
      }),
    writeReport: () => work("report", async () => ({ type: "reportWritten", sheet: await services.writeReport(run, report(), stateRef.current.locale) })),
    goTo: (finding) => services.selectCell(run, finding.sheet, finding.address).catch((error) => dispatch({ type: "goToFailed", detail: errorText(error) })),
  };
}
