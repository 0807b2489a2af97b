import type { Locale } from "../../i18n";
import type { DerivedRest, NoiseNote, ParsedRow, PopulationIssue } from "../../input";
import type { CountyPopulation } from "../../engine";
import type { PlanInputField, RoundingMode, SheetKey } from "../../workbook";
import { defaultParameterText, defaultParameterTexts, ParamKey } from "./parameters";

/*
 * The pane's whole state and the one reducer that changes it. Components only read it and dispatch;
 * anything asynchronous (reading the workbook, filling it) lives in the controller (controller.ts),
 * which dispatches what happened.
 */

/** The choices of "what to fill"; LOU is one choice for the two tables of Bilaga 3. */
export const SHEET_GROUPS = ["lou", "support", "agreement2026", "annualCost", "sources"] as const;
export type SheetGroup = (typeof SHEET_GROUPS)[number];

export const SHEET_GROUP_KEYS: Readonly<Record<SheetGroup, readonly SheetKey[]>> = {
  lou: ["municipalities", "districts"],
  support: ["support"],
  agreement2026: ["agreement2026"],
  // The summary refers to Support and Avtal 2026–2030: the plan brings them along when it is chosen.
  annualCost: ["annualCost"],
  sources: ["sources"],
};

export type DataSource = "embedded" | "range" | "table";

export interface ImportedData {
  /** Where the rows were read ("Blad1!A1:C12"); each range or table, when several make the county. */
  readonly address: string;
  readonly addresses?: readonly string[];
  readonly rows: readonly ParsedRow[];
  readonly issues: readonly PopulationIssue[];
  /** Every issue found, also those past the listed ones. */
  readonly issueCount?: number;
  /** The county when every row is right. */
  readonly county?: CountyPopulation;
  /** Stockholm's total, when it was derived from its districts and the rest post. */
  readonly stockholmDerived?: number;
  /** The rest post, derived as Stockholm's total less its districts (the table had no rest row). */
  readonly rest?: DerivedRest;
  /** Stockholm's stated total and its parts differ within SCB's noise (only when the user said the figures are SCB's from 2025 on). */
  readonly noise?: NoiseNote;
  /** The date the data gives (a date column, a year header): the population's date must be it. */
  readonly dataDate?: string;
  /** What the reading found besides the county (aggregates checked, other counties left out, notes), in words. */
  readonly notes?: readonly string[];
}

export type ImportState =
  | { readonly status: "none" }
  /** `readId` tells this read from an earlier one that is still under way (see "imported"). */
  | { readonly status: "reading"; readonly readId: number }
  | { readonly status: "read"; readonly data: ImportedData }
  | { readonly status: "failed"; readonly message: string };

export type TablesState =
  | { readonly status: "none" }
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly names: readonly string[] }
  | { readonly status: "failed"; readonly message: string };

/** A sheet the fill created, under the name it got in the workbook. */
export interface CreatedSheet {
  readonly key: SheetKey;
  readonly name: string;
}

/** A value typed into an old sheet that replacing would lose: the new plan has no such unit, or no column of its period. */
export interface LostValue {
  readonly sheet: string;
  readonly unit: string;
  readonly field: PlanInputField;
  readonly value: string | number | boolean;
  /** The unit is still there, but the amount imported for this fill takes the cell. */
  readonly replacedBy?: string | number | boolean;
  /** The old column's header, when the value was for another period than the new sheet asks for. */
  readonly column?: string;
}

/** What replacing the existing sheets does with the values typed into them. */
export interface CarryOverPreview {
  /** Typed values that go over to the same units in the new sheets. */
  readonly carried: number;
  readonly lost: readonly LostValue[];
}

export type FillState =
  | { readonly phase: "idle" }
  | { readonly phase: "checking" }
  /** `changed`: asked again, the sheets having changed after the last answer. */
  | { readonly phase: "confirm"; readonly existing: readonly string[]; readonly carryOver: CarryOverPreview; readonly changed?: boolean }
  | { readonly phase: "writing"; readonly done: number; readonly total: number }
  /** `chartError`: Excel refused the summary sheet's chart (its reason); the tables are filled. */
  | { readonly phase: "done"; readonly created: readonly CreatedSheet[]; readonly chartError?: string }
  | { readonly phase: "cancelled" }
  | { readonly phase: "failed"; readonly message: string };

export interface PaneState {
  readonly locale: Locale;
  readonly sheets: Readonly<Record<SheetGroup, boolean>>;
  readonly rounding: RoundingMode;
  /** The parameters as typed (checked on every render by selectors.ts). */
  readonly params: Readonly<Record<ParamKey, string>>;
  /** The budget year as typed (optional): the threshold's default is the one in force that year. */
  readonly year: string;
  /**
   * The user opened the parameters (they are folded under their values otherwise); a field that is
   * wrong or waits for a confirmation shows them whatever this says (selectors.ts).
   */
  readonly parametersOpen: boolean;
  /** Implausible values the user confirmed, by the exact text confirmed (a new text asks again). */
  readonly confirmed: Readonly<Partial<Record<ParamKey, string>>>;
  /** The user confirmed filling with a population that lacks units of the county (see selectCounty). */
  readonly partialConfirmed: boolean;
  /** The user says the population is SCB's of 2025 or later (noised figures): a small difference of totals is a note. */
  readonly scbNoise: boolean;
  readonly source: DataSource;
  readonly tables: TablesState;
  readonly tableName: string;
  readonly imported: ImportState;
  readonly fill: FillState;
  /** A sheet that could not be shown, to say so next to the list. */
  readonly activateError?: string;
}

export type PaneAction =
  | { type: "toggleSheet"; group: SheetGroup; on: boolean }
  | { type: "setRounding"; rounding: RoundingMode }
  | { type: "setParam"; key: ParamKey; text: string }
  | { type: "setYear"; text: string }
  | { type: "openParameters"; open: boolean }
  | { type: "confirmParam"; key: ParamKey; on: boolean }
  | { type: "confirmPartial"; on: boolean }
  | { type: "setScbNoise"; on: boolean }
  | { type: "resetParams" }
  | { type: "setSource"; source: DataSource }
  | { type: "tablesLoading" }
  | { type: "tablesLoaded"; names: readonly string[] }
  | { type: "tablesFailed"; message: string }
  | { type: "chooseTable"; name: string }
  | { type: "importStarted"; readId: number }
  | { type: "imported"; readId: number; data: ImportedData }
  | { type: "importFailed"; readId: number; message: string }
  | { type: "fillChecking" }
  | { type: "fillConfirm"; existing: readonly string[]; carryOver: CarryOverPreview; changed?: boolean }
  | { type: "fillProgress"; done: number; total: number }
  | { type: "fillDone"; created: readonly CreatedSheet[]; chartError?: string }
  | { type: "fillCancelled" }
  | { type: "fillFailed"; message: string }
  | { type: "activateFailed"; sheet: string }
  | { type: "dismissFill" };

export function initialState(locale: Locale): PaneState {
  return {
    locale,
    sheets: { lou: true, support: true, agreement2026: true, annualCost: true, sources: true },
    rounding: "annex",
    params: defaultParameterTexts(locale),
    year: "",
    parametersOpen: false,
    confirmed: {},
    partialConfirmed: false,
    scbNoise: false,
    source: "embedded",
    tables: { status: "none" },
    tableName: "",
    imported: { status: "none" },
    fill: { phase: "idle" },
  };
}

/** True while the pane waits for the workbook; the inputs that would change the plan are locked meanwhile. */
export function isBusy(state: PaneState): boolean {
  return state.fill.phase === "checking" || state.fill.phase === "writing" || state.fill.phase === "confirm";
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "toggleSheet":
      return { ...state, sheets: { ...state.sheets, [action.group]: action.on } };
    case "setRounding":
      return { ...state, rounding: action.rounding };
    case "setParam":
      // A changed value is shown: the parameters open (and stay open while it is typed).
      return { ...state, params: { ...state.params, [action.key]: action.text }, parametersOpen: true };
    case "setYear": {
      // The threshold follows the year while it is the default; a threshold typed stays.
      const followed = state.params.threshold === defaultParameterText("threshold", state.locale, state.year);
      const threshold = followed ? defaultParameterText("threshold", state.locale, action.text) : state.params.threshold;
      const confirmed = { ...state.confirmed };
      if (threshold !== state.params.threshold) delete confirmed.threshold;
      return { ...state, year: action.text, params: { ...state.params, threshold }, confirmed, parametersOpen: true };
    }
    case "openParameters":
      return { ...state, parametersOpen: action.open };
    case "confirmParam": {
      const confirmed = { ...state.confirmed };
      if (action.on) confirmed[action.key] = state.params[action.key];
      else delete confirmed[action.key];
      return { ...state, confirmed };
    }
    case "confirmPartial":
      return { ...state, partialConfirmed: action.on };
    case "setScbNoise":
      return { ...state, scbNoise: action.on };
    case "resetParams":
      return { ...state, params: { ...defaultParameterTexts(state.locale, state.year), referenceDate: state.params.referenceDate }, confirmed: {} };
    case "setSource": {
      // What was read belongs to the source it was read from: a new source starts unread. The
      // population's date belongs to the population: the embedded figures carry theirs, another
      // population starts without one (the user must give it); between a range and a table the date
      // typed stays (it is the date of the figures the user is about to read).
      if (action.source === state.source) return state;
      const referenceDate =
        action.source === "embedded" ? defaultParameterText("referenceDate", state.locale) : state.source === "embedded" ? "" : state.params.referenceDate;
      return { ...state, source: action.source, imported: { status: "none" }, partialConfirmed: false, params: { ...state.params, referenceDate } };
    }
    case "tablesLoading":
      return { ...state, tables: { status: "loading" } };
    case "tablesLoaded": {
      const tableName = action.names.includes(state.tableName) ? state.tableName : (action.names[0] ?? "");
      return { ...state, tables: { status: "loaded", names: action.names }, tableName };
    }
    case "tablesFailed":
      return { ...state, tables: { status: "failed", message: action.message } };
    case "chooseTable":
      return action.name === state.tableName ? state : { ...state, tableName: action.name, imported: { status: "none" } };
    case "importStarted":
      return { ...state, imported: { status: "reading", readId: action.readId } };
    case "imported":
    case "importFailed":
      // A read that ends after the user chose another source or table (or started another read)
      // belongs to nothing shown any more: dropped, so it cannot pass for the new choice's data.
      if (state.imported.status !== "reading" || state.imported.readId !== action.readId) return state;
      return action.type === "imported"
        ? { ...state, imported: { status: "read", data: action.data }, partialConfirmed: false }
        : { ...state, imported: { status: "failed", message: action.message } };
    case "fillChecking":
      return { ...state, fill: { phase: "checking" }, activateError: undefined };
    case "fillConfirm":
      return { ...state, fill: { phase: "confirm", existing: action.existing, carryOver: action.carryOver, ...(action.changed ? { changed: true } : {}) } };
    case "fillProgress":
      return { ...state, fill: { phase: "writing", done: action.done, total: action.total } };
    case "fillDone":
      return { ...state, fill: { phase: "done", created: action.created, ...(action.chartError !== undefined ? { chartError: action.chartError } : {}) } };
    case "fillCancelled":
      return { ...state, fill: { phase: "cancelled" } };
    case "fillFailed":
      return { ...state, fill: { phase: "failed", message: action.message } };
    case "activateFailed":
      return { ...state, activateError: action.sheet };
    case "dismissFill":
      return { ...state, fill: { phase: "idle" }, activateError: undefined };
  }
}
