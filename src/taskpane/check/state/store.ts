import type { Locale } from "../../../i18n";
import type { CheckReport } from "../../../check";
import { defaultTables } from "../tables";

/*
 * The Check tab's slice: its whole state, the actions that change it and the one reducer, as the
 * Fill tab has in ../../state/store.ts. Components only read it and dispatch; what talks to the
 * workbook lives in the controller (controller.ts), which dispatches what happened. The state holds
 * no text in a language: a notice is what happened, and the component says it (strings.ts).
 */

export type CheckSourceKind = "selection" | "tables";

/** The optional figures of the check; empty means "inferred from the table". */
export type CheckFigureKey = "threshold" | "years";

/** What the tab is waiting for: one thing at a time. */
export type CheckBusy = "check" | "highlight" | "remove" | "report";

/** The workbook's Excel tables. `loadId` tells this listing from one started earlier (see "tablesLoaded"). */
export type CheckTablesState =
  | { readonly status: "none" }
  | { readonly status: "loading"; readonly loadId: number }
  | { readonly status: "loaded"; readonly names: readonly string[] }
  /** The notice says why; no spinner; choosing the source again retries. */
  | { readonly status: "failed" };

/** What the notice under the button says. */
export type CheckNoticeMessage =
  | { readonly kind: "failed"; readonly detail: string }
  | { readonly kind: "highlighted"; readonly count: number; readonly skipped: number }
  | { readonly kind: "removed"; readonly count: number; readonly changed: number }
  | { readonly kind: "reportWritten"; readonly sheet: string };

export interface CheckNotice {
  readonly intent: "success" | "error";
  readonly message: CheckNoticeMessage;
}

export interface CheckState {
  readonly locale: Locale;
  readonly source: CheckSourceKind;
  readonly tables: CheckTablesState;
  readonly chosenTables: readonly string[];
  /** The figures as typed (read on every render by selectors.ts). */
  readonly figures: Readonly<Record<CheckFigureKey, string>>;
  /** Implausible figures the user confirmed, by the exact text confirmed (a new text asks again). */
  readonly confirmed: Readonly<Partial<Record<CheckFigureKey, string>>>;
  readonly busy?: CheckBusy;
  readonly report?: CheckReport;
  readonly notice?: CheckNotice;
  /** Highlights of an earlier check are in the workbook, to be removed. */
  readonly highlightsExist: boolean;
}

export type CheckAction =
  | { type: "setSource"; source: CheckSourceKind }
  | { type: "tablesLoading"; loadId: number }
  | { type: "tablesLoaded"; loadId: number; names: readonly string[] }
  | { type: "tablesFailed"; loadId: number; detail: string }
  | { type: "chooseTable"; name: string; on: boolean }
  | { type: "setFigure"; key: CheckFigureKey; text: string }
  | { type: "confirmFigure"; key: CheckFigureKey; on: boolean }
  | { type: "highlightsFound"; exist: boolean }
  | { type: "checkStarted" }
  | { type: "checked"; report: CheckReport }
  | { type: "checkFailed"; detail: string }
  | { type: "started"; busy: Exclude<CheckBusy, "check"> }
  | { type: "highlighted"; count: number; skipped: number }
  | { type: "removed"; count: number; changed: number }
  | { type: "reportWritten"; sheet: string }
  /** Highlighting, removing or writing the report failed. */
  | { type: "failed"; detail: string }
  | { type: "goToFailed"; detail: string };

export function initialCheckState(locale: Locale): CheckState {
  return {
    locale,
    source: "selection",
    tables: { status: "none" },
    chosenTables: [],
    figures: { threshold: "", years: "" },
    confirmed: {},
    highlightsExist: false,
  };
}

const failed = (detail: string): CheckNotice => ({ intent: "error", message: { kind: "failed", detail } });
const success = (message: CheckNoticeMessage): CheckNotice => ({ intent: "success", message });

/** The one reducer of the Check tab. */
export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    // The source and the tables to check.
    case "setSource": {
      if (action.source === state.source) return state;
      // A listing that is still under way or failed belongs to the source left: coming back lists again.
      const tables = action.source === "tables" || state.tables.status === "loaded" ? state.tables : { status: "none" as const };
      return { ...state, source: action.source, tables };
    }
    case "tablesLoading":
      return { ...state, tables: { status: "loading", loadId: action.loadId } };
    case "tablesLoaded":
      // A listing that ends after the user left the tables (or another started) is dropped.
      if (state.tables.status !== "loading" || state.tables.loadId !== action.loadId) return state;
      // The user's first two tables are chosen (the add-in's own when there are none), unless the user chose already.
      return {
        ...state,
        tables: { status: "loaded", names: action.names },
        chosenTables: state.chosenTables.length > 0 ? state.chosenTables : defaultTables(action.names),
      };
    case "tablesFailed":
      if (state.tables.status !== "loading" || state.tables.loadId !== action.loadId) return state;
      return { ...state, tables: { status: "failed" }, notice: failed(action.detail) };
    case "chooseTable":
      return {
        ...state,
        chosenTables: action.on ? [...state.chosenTables, action.name] : state.chosenTables.filter((other) => other !== action.name),
      };

    // The optional figures; a confirmation holds for the text confirmed.
    case "setFigure":
      return { ...state, figures: { ...state.figures, [action.key]: action.text } };
    case "confirmFigure":
      return { ...state, confirmed: { ...state.confirmed, [action.key]: action.on ? state.figures[action.key] : undefined } };

    // The check, and what is done with its report.
    case "highlightsFound":
      return { ...state, highlightsExist: action.exist };
    case "checkStarted":
      return { ...state, busy: "check", notice: undefined };
    case "checked":
      return { ...state, busy: undefined, report: action.report };
    case "checkFailed":
      return { ...state, busy: undefined, report: undefined, notice: failed(action.detail) };
    case "started":
      return { ...state, busy: action.busy };
    case "highlighted":
      return { ...state, busy: undefined, highlightsExist: true, notice: success({ kind: "highlighted", count: action.count, skipped: action.skipped }) };
    case "removed":
      return { ...state, busy: undefined, highlightsExist: false, notice: success({ kind: "removed", count: action.count, changed: action.changed }) };
    case "reportWritten":
      return { ...state, busy: undefined, notice: success({ kind: "reportWritten", sheet: action.sheet }) };
    case "failed":
      return { ...state, busy: undefined, notice: failed(action.detail) };
    case "goToFailed":
      // Going to a cell makes nothing busy, so it ends nothing that is.
      return { ...state, notice: failed(action.detail) };
  }
}
