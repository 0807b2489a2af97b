import type { PreviousPeriod } from "../../data";
import { useCallback, useMemo, useReducer, useRef, type Dispatch, type MutableRefObject } from "react";
import type { CellInput } from "../../input";
import type { PlanOptions, WorkbookPlan, RoundingMode } from "../../workbook";
import type { ExcelRun, PaneHost } from "../host";
import { addressParts, cellAddressIn } from "../../formula";
import { activateSheet, listTables, readSelectedRange, readTable, ReadValues } from "../../excel";
import { checkParameter, type ParamKey } from "./parameters";
import { useParagraph, type ParagraphController } from "./paragraph";
import { selectView, PaneView } from "./selectors";
import type { ExistingSheetsQuestion, PaneServices, PlanSummaryView } from "./services";
import { usePreviousAmounts, type PreviousController } from "./previousAmounts";
import { initialState, isBusy, paneReducer, PaneAction, PaneState, DataSource, SheetGroup, ImportedData } from "./store";
import { later } from "../parts";

/** The population reader, fetched with the first range or table read (the embedded figures need none). */
const populationReader = later(() => import("../../input/populationRows"));
const populationReport = later(() => import("../../input/populationReport"));
/** Today's county as a table to paste into, fetched when asked for. */
const populationTemplate = later(() => import("./populationTemplate"));

/*
 * The pane's controller: the store, what follows from it, and the actions that talk to the workbook.
 * Components get this object and nothing else.
 */

export type ExistingChoice = "replace" | "keepBoth" | "cancel";

export interface PaneController {
  readonly state: PaneState;
  readonly view: PaneView;
  readonly summary?: PlanSummaryView;
  /** The rules' own refusal of the options (e.g. districts plus rest ≠ Stockholm), in plain words. */
  readonly summaryError?: string;
  /** The paragraph for the committee paper, about the unit picked (shown under the summary, to copy). */
  readonly paragraph: ParagraphController;
  readonly canFill: boolean;
  readonly busy: boolean;
  /** The optional import of last period's amounts per unit (the plan's previousCosts). */
  readonly previous: PreviousController;
  readonly actions: {
    toggleSheet(group: SheetGroup, on: boolean): void;
    setRounding(rounding: RoundingMode): void;
    setParam(key: ParamKey, text: string): void;
    /** The budget year (optional): the threshold's default follows it. */
    setYear(text: string): void;
    /** Shows or folds the parameters (a field that needs attention keeps them shown). */
    openParameters(open: boolean): void;
    confirmParam(key: ParamKey, on: boolean): void;
    confirmPartial(on: boolean): void;
    /** Says whether the population is SCB's of 2025 or later (noised), and reads it again under that rule. */
    setScbNoise(on: boolean): Promise<void>;
    resetParams(): void;
    setSource(source: DataSource): void;
    loadTables(): Promise<void>;
    chooseTable(name: string): void;
    /**
     * Adds today's county as an Excel table to paste figures into (a new sheet, never over one),
     * for the date in the population-date field, then reads from that table. Resolves to the sheet's
     * name, or a plain-words reason when it could not be added.
     */
    insertTemplate(): Promise<{ readonly ok: true; readonly sheet: string } | { readonly ok: false; readonly message: string }>;
    readRange(): Promise<void>;
    readTable(): Promise<void>;
    /** Reads the selected range (or the chosen table) as one more part of the county: SCB's municipalities beside the city's districts. */
    addRange(): Promise<void>;
    addTable(): Promise<void>;
    fill(): Promise<void>;
    decide(choice: ExistingChoice): Promise<void>;
    activate(sheet: string): Promise<void>;
    dismiss(): void;
  };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}

/**
 * Reads ranges or tables of the workbook into one county with the same rules as the CSV import: the
 * county's closed list, one date (the field's, `date`, or the data's own), the aggregates checked.
 */
export async function importRows(
  reads: ReadValues | readonly ReadValues[],
  locale: PaneState["locale"],
  scbNoise = false,
  date?: string,
): Promise<ImportedData> {
  // The readers are not part of the first view: fetched with the first import (or once the page is idle).
  const [{ parsePopulationTables }, { reportLines }] = await Promise.all([populationReader.load(), populationReport.load()]);
  const parts = Array.isArray(reads) ? (reads as readonly ReadValues[]) : [reads as ReadValues];
  const result = parsePopulationTables(
    parts.map((read) => {
      const origin = addressParts(read.address).anchor;
      return {
        rows: read.values as readonly (readonly CellInput[])[],
        cellAddress: cellAddressIn(read.address),
        // Rows are numbered as on the sheet, so "Rad 7" is row 7 of the sheet the user looks at.
        rowNumber: (rowIndex: number) => origin.row + rowIndex,
      };
    }),
    { locale, scbNoise, ...(date !== undefined ? { date } : {}) },
  );
  const where = { address: parts.map((read) => read.address).join(", "), ...(parts.length > 1 ? { addresses: parts.map((read) => read.address) } : {}) };
  if (!result.ok) return { ...where, rows: result.rows, issues: result.issues, issueCount: result.issueCount };
  const derived = result.derived?.stockholm?.population;
  const rest = result.derived?.rest;
  const noise = result.derived?.noise;
  return {
    ...where,
    rows: result.rows,
    issues: [],
    county: result.county,
    ...(derived !== undefined ? { stockholmDerived: derived } : {}),
    ...(rest ? { rest } : {}),
    ...(noise ? { noise } : {}),
    ...(result.dateFromData && result.date !== undefined ? { dataDate: result.date } : {}),
    notes: reportLines(result.report, [], undefined, locale),
  };
}

export function usePane(host: PaneHost, services: PaneServices): PaneController {
  const [state, dispatch] = useReducer(paneReducer, host.locale, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const view = useMemo(() => selectView(state), [state]);
  const previous = usePreviousAmounts(host.run, state.locale, view.county);
  const { summary, summaryError, options } = usePlanSummary(state, view, services, previous.amounts, previous.period);
  const busy = isBusy(state);
  const canFill = Boolean(options) && !busy && !previous.blocking;
  const paragraph = useParagraph(options, summary?.largestUnit.name, services);
  const optionsRef = useRef(options);
  // The fill names the unit picked for the paragraph on Årskostnad too.
  optionsRef.current = options && paragraph.unit !== undefined ? { ...options, paragraphUnit: paragraph.unit } : options;

  const run = host.run;
  const { loadTables, importFrom, reread } = useWorkbookReads(run, dispatch, stateRef);
  const { fill, decide } = useFill(run, services, dispatch, stateRef, optionsRef);
  const actions = useMemo<PaneController["actions"]>(
    () => ({
      toggleSheet: (group, on) => dispatch({ type: "toggleSheet", group, on }),
      setRounding: (rounding) => dispatch({ type: "setRounding", rounding }),
      setParam: (key, text) => dispatch({ type: "setParam", key, text }),
      setYear: (text) => dispatch({ type: "setYear", text }),
      openParameters: (open) => dispatch({ type: "openParameters", open }),
      confirmParam: (key, on) => dispatch({ type: "confirmParam", key, on }),
      confirmPartial: (on) => dispatch({ type: "confirmPartial", on }),
      setScbNoise: (on) => {
        dispatch({ type: "setScbNoise", on });
        return reread(on);
      },
      resetParams: () => dispatch({ type: "resetParams" }),
      setSource: (source) => {
        dispatch({ type: "setSource", source });
        if (source === "table" && stateRef.current.tables.status === "none") {
          void loadTables();
        }
      },
      loadTables,
      chooseTable: (name) => dispatch({ type: "chooseTable", name }),
      insertTemplate: async () => {
        const date = checkParameter("referenceDate", stateRef.current.params.referenceDate, stateRef.current.locale);
        if (!date.ok) return { ok: false, message: date.message };
        try {
          const { countyTemplate, insertPopulationTemplate } = await populationTemplate.load();
          const inserted = await insertPopulationTemplate(run, countyTemplate(date.value), stateRef.current.locale);
          dispatch({ type: "setSource", source: "table" });
          await loadTables();
          dispatch({ type: "chooseTable", name: inserted.table });
          return { ok: true, sheet: inserted.sheet };
        } catch (error) {
          return { ok: false, message: errorText(error) };
        }
      },
      // Read again (the SCB noise tick), a range is the values read: the selection may have moved since.
      readRange: () => importFrom(() => readSelectedRange(run), { againFromValues: true }),
      readTable: () => {
        const name = stateRef.current.tableName;
        return importFrom(() => readTable(run, name));
      },
      addRange: () => importFrom(() => readSelectedRange(run), { againFromValues: true, add: true }),
      addTable: () => {
        const name = stateRef.current.tableName;
        return importFrom(() => readTable(run, name), { add: true });
      },
      fill,
      decide,
      activate: async (sheet) => {
        try {
          await activateSheet(run, sheet);
        } catch {
          dispatch({ type: "activateFailed", sheet });
        }
      },
      dismiss: () => dispatch({ type: "dismissFill" }),
    }),
    [decide, fill, importFrom, loadTables, reread, run],
  );

  return { state, view, summary, summaryError, canFill, busy, previous, paragraph, actions };
}

/**
 * The summary before filling, and the full plan options it was made from. selectView makes new
 * overrides on every state change (progress, dialogs, table names); the summary runs the engine over
 * the whole county, so it follows only what the overrides are made of: the parameters, sheets,
 * rounding, language and the county in use (deps listed on purpose); and the previous amounts imported.
 */
function usePlanSummary(
  state: PaneState,
  view: PaneView,
  services: PaneServices,
  previousCosts?: Readonly<Record<string, number>>,
  previousPeriod?: PreviousPeriod,
): { summary?: PlanSummaryView; summaryError?: string; options?: PlanOptions } {
  const { params, year, sheets, rounding, locale, confirmed, partialConfirmed } = state;
  const { county } = view;
  const overrides = useMemo(() => view.overrides, [params, year, sheets, rounding, locale, county, confirmed, partialConfirmed]);
  return useMemo(() => {
    if (!overrides) {
      return {};
    }
    try {
      const full = services.planOptions(locale, previousCosts ? { ...overrides, previousCosts, previousCostsGiven: true, ...(previousPeriod ? { previousPeriod } : {}) } : overrides);
      return { options: full, summary: services.summary(full) };
    } catch (error) {
      return { summaryError: errorText(error) };
    }
  }, [overrides, previousCosts, previousPeriod, locale, services]);
}

/** Listing the workbook's tables, and reading population rows from it (a read that ends late is dropped by the reducer). */
function useWorkbookReads(run: ExcelRun, dispatch: Dispatch<PaneAction>, stateRef: MutableRefObject<PaneState>) {
  const reads = useRef(0);
  const loadTables = useCallback(async () => {
    dispatch({ type: "tablesLoading" });
    try {
      dispatch({ type: "tablesLoaded", names: await listTables(run) });
    } catch (error) {
      dispatch({ type: "tablesFailed", message: errorText(error) });
    }
  }, [run, dispatch]);

  /** The parts read, to read again when the rules change (the SCB noise tick): each range or table of the county. */
  const lastReads = useRef<readonly (() => Promise<ReadValues>)[]>([]);
  const importFrom = useCallback(
    async (read: () => Promise<ReadValues>, how: { scbNoise?: boolean; againFromValues?: boolean; add?: boolean; again?: boolean } = {}) => {
      const scbNoise = how.scbNoise ?? stateRef.current.scbNoise;
      const earlier = how.again ? lastReads.current.slice(0, -1) : how.add ? lastReads.current : [];
      const readId = ++reads.current;
      dispatch({ type: "importStarted", readId });
      try {
        const values = await read();
        const reads = [...earlier, how.againFromValues ? () => Promise.resolve(values) : read];
        lastReads.current = reads;
        const parts = [...(await Promise.all(earlier.map((part) => part()))), values];
        // The population's date as typed, when it is one: the data's own date must agree with it.
        const typed = checkParameter("referenceDate", stateRef.current.params.referenceDate, stateRef.current.locale);
        const data = await importRows(parts, stateRef.current.locale, scbNoise, typed.ok ? typed.value : undefined);
        dispatch({ type: "imported", readId, data });
        // The data says its date and none was typed: it is the population's date.
        if (data.dataDate !== undefined && !typed.ok) dispatch({ type: "setParam", key: "referenceDate", text: data.dataDate });
      } catch (error) {
        dispatch({ type: "importFailed", readId, message: errorText(error) });
      }
    },
    [dispatch, stateRef],
  );
  /** Reads the population shown again, under the SCB noise rule given (the state has not caught up yet). */
  const reread = useCallback(
    async (scbNoise: boolean) => {
      const read = lastReads.current.at(-1);
      const shown = stateRef.current.imported.status;
      if (read && stateRef.current.source !== "embedded" && (shown === "read" || shown === "failed")) await importFrom(read, { scbNoise, again: true });
    },
    [importFrom, stateRef],
  );
  return { loadTables, importFrom, reread };
}

/**
 * Filling the workbook: build the plan, find its sheets that exist, and write; when some exist, the
 * writer asks (the dialog) and `decide` answers.
 */
function useFill(
  run: ExcelRun,
  services: PaneServices,
  dispatch: Dispatch<PaneAction>,
  stateRef: MutableRefObject<PaneState>,
  optionsRef: MutableRefObject<PlanOptions | undefined>,
) {
  const pendingPlan = useRef<WorkbookPlan | undefined>(undefined);
  /** Answers the writer's question (sheets exist: replace, keep both or cancel) once the user has chosen. */
  const pendingAnswer = useRef<((choice: ExistingChoice) => void) | undefined>(undefined);

  /**
   * Fills the workbook. With `existingSheets` (the plan's sheets found a moment ago), the writer first
   * reads what was typed into them and asks, through the dialog, what to do; nothing is written before
   * the answer.
   */
  const write = useCallback(
    async (plan: WorkbookPlan, existingSheets?: readonly string[]) => {
      const asking = existingSheets !== undefined && existingSheets.length > 0;
      if (!asking) dispatch({ type: "fillProgress", done: 0, total: plan.sheets.length });
      const ask = (question: ExistingSheetsQuestion) =>
        new Promise<ExistingChoice>((resolve) => {
          pendingPlan.current = plan;
          pendingAnswer.current = resolve;
          dispatch({ type: "fillConfirm", existing: question.existing, carryOver: question.carryOver, ...(question.changed ? { changed: true } : {}) });
        });
      try {
        const outcome = await services.write(plan, {
          existing: "refuse",
          run,
          onProgress: (done, total) => dispatch({ type: "fillProgress", done, total }),
          ...(asking ? { existingSheets, ask } : {}),
        });
        dispatch(outcome.cancelled ? { type: "fillCancelled" } : { type: "fillDone", created: outcome.created, ...(outcome.chartError !== undefined ? { chartError: outcome.chartError } : {}) });
      } catch (error) {
        dispatch({ type: "fillFailed", message: services.describeError(error, stateRef.current.locale) });
      } finally {
        pendingPlan.current = undefined;
        pendingAnswer.current = undefined;
      }
    },
    [run, services, dispatch, stateRef],
  );

  const fill = useCallback(async () => {
    const options = optionsRef.current;
    if (!options || isBusy(stateRef.current)) {
      return;
    }
    dispatch({ type: "fillChecking" });
    let plan: WorkbookPlan;
    let existing: readonly string[];
    try {
      plan = await services.buildPlan(options);
      existing = await services.findExisting(plan, run);
    } catch (error) {
      dispatch({ type: "fillFailed", message: services.describeError(error, stateRef.current.locale) });
      return;
    }
    // The plan's sheets exist: the writer reads what was typed into them and asks before writing.
    await write(plan, existing);
  }, [run, services, write, dispatch, stateRef, optionsRef]);

  const decide = useCallback(
    async (choice: ExistingChoice) => {
      const answer = pendingAnswer.current;
      const plan = pendingPlan.current;
      pendingAnswer.current = undefined;
      if (!answer || !plan) {
        dispatch({ type: "fillCancelled" });
        return;
      }
      // The dialog closes at once; the writer goes on (or stops) with the answer.
      if (choice !== "cancel") dispatch({ type: "fillProgress", done: 0, total: plan.sheets.length });
      answer(choice);
    },
    [dispatch],
  );
  return { fill, decide };
}
