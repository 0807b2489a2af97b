import { useCallback, useMemo, useReducer, useRef } from "react";
import type { CountyPopulation } from "../../engine";
import type { Locale } from "../../i18n/locale";
import type { CellInput, PreviousAmountsResult, PreviousAmountsTable } from "../../input";
import { TABLE_NAMES } from "../../workbook/buildContext";
import { addressParts, cellAddressIn } from "../../formula/a1";
import { readSelectedRange, readTable, type ReadValues } from "../../excel/workbookData";
import type { ExcelRun } from "../host";
import { later } from "../parts";

/** The reader of previous amounts, fetched with the first read (a read is shown only once it is here). */
const previousReader = later(() => import("../../input/previousAmounts"));

/*
 * The Fill tab's optional import of last period's amounts per unit (issue 12): from the selected range
 * or from Excel tables (last year's KommunerTabell and StadsdelarTabell together), read by the rules of
 * `npm run workbook -- --previous` (src/input/previousAmounts.ts). The cells read are kept as read;
 * they are matched to the county in use on every change of it, so a population read afterwards gets
 * the same amounts, or the errors of its own units. Its own small store, beside the pane's.
 */

export type PreviousSource = "range" | "tables";

export type PreviousRead =
  | { readonly status: "none" }
  /** `readId` tells this read from a later one (a read that ends late is dropped). */
  | { readonly status: "reading"; readonly readId: number }
  | { readonly status: "read"; readonly reads: readonly ReadValues[] }
  | { readonly status: "failed"; readonly message: string };

export interface PreviousState {
  readonly source: PreviousSource;
  /** The tables chosen; undefined until the user chooses (then the add-in's own two, when there). */
  readonly chosenTables?: readonly string[];
  readonly read: PreviousRead;
}

export type PreviousAction =
  | { type: "setSource"; source: PreviousSource }
  | { type: "chooseTable"; name: string; on: boolean; shown: readonly string[] }
  | { type: "started"; readId: number }
  | { type: "read"; readId: number; reads: readonly ReadValues[] }
  | { type: "failed"; readId: number; message: string }
  | { type: "clear" };

export const INITIAL_PREVIOUS: PreviousState = { source: "range", read: { status: "none" } };

export function previousReducer(state: PreviousState, action: PreviousAction): PreviousState {
  switch (action.type) {
    case "setSource":
      return action.source === state.source ? state : { ...state, source: action.source, read: { status: "none" } };
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

/** The tables chosen before the user chooses: the add-in's municipality and district tables, when the workbook has them. */
export function defaultTables(names: readonly string[]): string[] {
  const own: readonly string[] = [TABLE_NAMES.municipalities, TABLE_NAMES.districts];
  return names.filter((name) => own.includes(name));
}

/** What the import shows and gives the plan. */
export type PreviousView =
  | { readonly status: "none" | "reading" }
  | { readonly status: "failed"; readonly message: string }
  /** Read, but there is no population yet to match the units to. */
  | { readonly status: "waiting"; readonly address: string }
  | { readonly status: "read"; readonly address: string; readonly result: PreviousAmountsResult };

/** A read range or table as a table for the reader: rows and cells as on the sheet. */
function tableOf(read: ReadValues): PreviousAmountsTable {
  const origin = addressParts(read.address).anchor;
  return { rows: read.values as readonly (readonly CellInput[])[], cellAddress: cellAddressIn(read.address), rowNumber: (rowIndex) => origin.row + rowIndex };
}

export function selectPrevious(read: PreviousRead, county: CountyPopulation | undefined, locale: Locale): PreviousView {
  if (read.status !== "read") return read;
  const address = read.reads.map((one) => one.address).join(", ");
  const reader = previousReader.loaded;
  if (!reader) return { status: "reading" };
  if (!county) return { status: "waiting", address };
  return { status: "read", address, result: reader.readPreviousAmountTables(read.reads.map(tableOf), { county, locale }) };
}

export interface PreviousController {
  readonly state: PreviousState;
  readonly view: PreviousView;
  /** The amounts for the plan (PlanOptions.previousCosts) when they were read without an error. */
  readonly amounts?: Readonly<Record<string, number>>;
  /** True while the import stops the fill: being read, or read with errors (fix them or remove the import). */
  readonly blocking: boolean;
  readonly actions: {
    setSource(source: PreviousSource): void;
    chooseTable(name: string, on: boolean, shown: readonly string[]): void;
    readRange(): Promise<void>;
    readTables(names: readonly string[]): Promise<void>;
    clear(): void;
  };
}

export function usePreviousAmounts(run: ExcelRun, locale: Locale, county: CountyPopulation | undefined): PreviousController {
  const [state, dispatch] = useReducer(previousReducer, INITIAL_PREVIOUS);
  const view = useMemo(() => selectPrevious(state.read, county, locale), [state.read, county, locale]);
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
      chooseTable: (name, on, shown) => dispatch({ type: "chooseTable", name, on, shown }),
      readRange: () => importFrom(async () => [await readSelectedRange(run)]),
      readTables: (names) =>
        importFrom(async () => {
          const tables: ReadValues[] = [];
          for (const name of names) tables.push(await readTable(run, name));
          return tables;
        }),
      clear: () => dispatch({ type: "clear" }),
    }),
    [importFrom, run],
  );
  const amounts = view.status === "read" && view.result.ok ? view.result.amounts : undefined;
  const blocking = view.status === "reading" || (view.status === "read" && !view.result.ok);
  return { state, view, ...(amounts ? { amounts } : {}), blocking, actions };
}
