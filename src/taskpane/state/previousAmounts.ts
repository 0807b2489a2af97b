import { useCallback, useMemo, useReducer, useRef } from "react";
import { DEFAULT_AGREEMENTS, adjacentAgreement, defaultPeriod, type PreviousPeriod } from "../../data";
import type { CountyPopulation } from "../../engine";
import type { Locale } from "../../i18n";
import { ownTableKind, type CellInput, type PreviousAmountsResult, type PreviousAmountsTable } from "../../input";
import { addressParts, cellAddressIn } from "../../formula";
import { readSelectedRange, readTable, type ReadValues } from "../../excel";
import type { ExcelRun } from "../host";
import { later } from "../parts";

/** The reader of previous amounts, fetched with the first read (a read is shown only once it is here). */
const previousReader = later(() => import("../../input/addinAmounts"));

/*
 * The Fill tab's optional import of previous amounts per unit (issues 12 and 17): from the selected
 * range or from Excel tables (last year's Årskostnad, whose units' whole yearly amounts it reads),
 * read by the rules of `npm run workbook -- --previous` (src/input/previousAmounts.ts,
 * addinAmounts.ts), of one period: the one chosen ("2025", "före 2020"), or the one the table's period
 * column gives. The cells read are kept as read; they are matched to the county in use on every change
 * of it, so a population read afterwards gets the same amounts, or the errors of its own units. Its own
 * small store, beside the pane's.
 */

/** The agreements the pane fills for: the previous amounts' periods are the ones just before them. */
export const PANE_AGREEMENTS = DEFAULT_AGREEMENTS;
const AGREEMENTS = PANE_AGREEMENTS;

export type PreviousSource = "range" | "tables";

export type PreviousRead =
  | { readonly status: "none" }
  /** `readId` tells this read from a later one (a read that ends late is dropped). */
  | { readonly status: "reading"; readonly readId: number }
  | { readonly status: "read"; readonly reads: readonly ReadValues[] }
  | { readonly status: "failed"; readonly message: string };

export interface PreviousState {
  readonly source: PreviousSource;
  /** The period the amounts are from, as chosen (a table's period column wins over it). */
  readonly period: PreviousPeriod;
  /** The tables chosen; undefined until the user chooses (then the add-in's own two, when there). */
  readonly chosenTables?: readonly string[];
  readonly read: PreviousRead;
}

export type PreviousAction =
  | { type: "setSource"; source: PreviousSource }
  | { type: "setPeriod"; period: PreviousPeriod }
  | { type: "chooseTable"; name: string; on: boolean; shown: readonly string[] }
  | { type: "started"; readId: number }
  | { type: "read"; readId: number; reads: readonly ReadValues[] }
  | { type: "failed"; readId: number; message: string }
  | { type: "clear" };

export const INITIAL_PREVIOUS: PreviousState = { source: "range", period: defaultPeriod(AGREEMENTS), read: { status: "none" } };

export function previousReducer(state: PreviousState, action: PreviousAction): PreviousState {
  switch (action.type) {
    case "setSource":
      return action.source === state.source ? state : { ...state, source: action.source, read: { status: "none" } };
    case "setPeriod":
      return { ...state, period: action.period };
    case "chooseTable": {
      const chosen = action.shown.filter((name) => (name === action.name ? action.on : (state.chosenTables ?? defaultTables(action.shown)).includes(name)));
      return { ...state, chosenTables: chosen, read: { status: "none" } };
    }
    case "started":
      return { ...state, read: { status: "reading", readId: action.readId } };
    case "read":
    case "failed":
      if (state.read.status !== "reading" || state.read.readId !== action.readId) return state;
      return { ...state, read: action.type === "read" ? { status: "read", reads: action.reads } : { status: "failed", message: action.message } };
    case "clear":
      return { ...state, read: { status: "none" } };
  }
}

/** The tables chosen before the user chooses: the add-in's Årskostnad (the units' whole yearly amounts), when the workbook has it. */
export function defaultTables(names: readonly string[]): string[] {
  return names.filter((name) => ownTableKind(name) === "annualCost").slice(0, 1);
}

/** What the import shows and gives the plan. */
export type PreviousView =
  | { readonly status: "none" | "reading" }
  | { readonly status: "failed"; readonly message: string }
  /** Read, but there is no population yet to match the units to. */
  | { readonly status: "waiting"; readonly address: string }
  /** `period`: the amounts' period (the table's, else the one chosen); `notAdjacent` when no agreement follows it directly. */
  | { readonly status: "read"; readonly address: string; readonly result: PreviousAmountsResult; readonly period: PreviousPeriod; readonly fromTable: boolean; readonly notAdjacent: boolean };

/** A read range or table as a table for the reader: rows and cells as on the sheet. */
function tableOf(read: ReadValues): PreviousAmountsTable {
  const origin = addressParts(read.address).anchor;
  return { rows: read.values as readonly (readonly CellInput[])[], cellAddress: cellAddressIn(read.address), rowNumber: (rowIndex) => origin.row + rowIndex };
}

export function selectPrevious(read: PreviousRead, county: CountyPopulation | undefined, locale: Locale, chosen: PreviousPeriod = INITIAL_PREVIOUS.period): PreviousView {
  if (read.status !== "read") return read;
  const address = read.reads.map((one) => one.address).join(", ");
  const reader = previousReader.loaded;
  if (!reader) return { status: "reading" };
  if (!county) return { status: "waiting", address };
  const tables = read.reads.map((one) => ({ ...(one.table !== undefined ? { name: one.table } : {}), table: tableOf(one) }));
  const result = reader.readWorkbookAmounts(tables, { county, locale, period: chosen, agreements: AGREEMENTS });
  const fromTable = result.period !== undefined && !tables.some(({ name }) => ownTableKind(name) === "annualCost");
  const period = fromTable ? result.period! : chosen;
  return { status: "read", address, result, period, fromTable, notAdjacent: adjacentAgreement(period, AGREEMENTS) === undefined };
}

export interface PreviousController {
  readonly state: PreviousState;
  readonly view: PreviousView;
  /** The amounts for the plan (PlanOptions.previousCosts) when they were read without an error, and their period. */
  readonly amounts?: Readonly<Record<string, number>>;
  readonly period: PreviousPeriod;
  /** True while the import stops the fill: being read, or read with errors (fix them or remove the import). */
  readonly blocking: boolean;
  readonly actions: {
    setSource(source: PreviousSource): void;
    setPeriod(period: PreviousPeriod): void;
    chooseTable(name: string, on: boolean, shown: readonly string[]): void;
    readRange(): Promise<void>;
    readTables(names: readonly string[]): Promise<void>;
    clear(): void;
  };
}

export function usePreviousAmounts(run: ExcelRun, locale: Locale, county: CountyPopulation | undefined): PreviousController {
  const [state, dispatch] = useReducer(previousReducer, INITIAL_PREVIOUS);
  const view = useMemo(() => selectPrevious(state.read, county, locale, state.period), [state.read, county, locale, state.period]);
  const reads = useRef(0);
  const importFrom = useCallback(async (read: () => Promise<readonly ReadValues[]>) => {
    const readId = ++reads.current;
    dispatch({ type: "started", readId });
    try {
      const [reads] = await Promise.all([read(), previousReader.load()]);
      dispatch({ type: "read", readId, reads });
    } catch (error) {
      dispatch({ type: "failed", readId, message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  const actions = useMemo<PreviousController["actions"]>(
    () => ({
      setSource: (source) => dispatch({ type: "setSource", source }),
      setPeriod: (period) => dispatch({ type: "setPeriod", period }),
      chooseTable: (name, on, shown) => dispatch({ type: "chooseTable", name, on, shown }),
      readRange: () => importFrom(async () => [await readSelectedRange(run)]),
      readTables: (names) =>
        importFrom(async () => {
          const tables: ReadValues[] = [];
          for (const name of names) tables.push({ ...(await readTable(run, name)), table: name });
          return tables;
        }),
      clear: () => dispatch({ type: "clear" }),
    }),
    [importFrom, run],
  );
  const usable = view.status === "read" && view.result.ok && !view.notAdjacent;
  const amounts = usable ? view.result.amounts : undefined;
  const period = view.status === "read" ? view.period : state.period;
  const blocking = view.status === "reading" || (view.status === "read" && (!view.result.ok || view.notAdjacent));
  return { state, view, ...(amounts ? { amounts } : {}), period, blocking, actions };
}
