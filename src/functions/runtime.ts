/// <reference types="custom-functions-runtime" />
import { Decimal, isRuleInputError, type RuleErrorDetails } from "../engine";
import { isNullOrWhitespace } from "../i18n";
import { NUMBER_PARAMETERS, implausibleRefusal, readCellParameter, type CheckedFigure, type NumberParamKey, type NumberParameter } from "../params";
import { currentLocale, internalErrorMessage, refusalMessage, type MessageCode } from "./messages";

/*
 * How a custom function turns Excel's arguments into engine input and engine refusals into Excel
 * errors. Excel passes omitted optional arguments as null, ranges as nested arrays (rows of cells),
 * empty cells in a range as null or "" and a cell formatted as a percentage as its fraction (19 % is
 * 0.19). Every refusal becomes a CustomFunctions.Error: #VALUE! (or #N/A for an unknown name) with a
 * message naming the argument; an unexpected failure becomes #VALUE! with a neutral message, never
 * a JavaScript exception text.
 */

/** A refusal raised by the wrappers themselves, before the engine sees the value. */
export class ArgumentRefusal extends Error {
  constructor(
    readonly parameter: string,
    readonly code: MessageCode,
    readonly details: RuleErrorDetails = {},
    readonly cell?: { readonly row: number; readonly column: number },
  ) {
    super(`${parameter}: ${code}`);
    this.name = "ArgumentRefusal";
  }
}

/** A range argument flattened row by row, remembering where each value came from. */
export interface FlatRange {
  readonly values: number[];
  readonly rows: number;
  readonly columns: number;
}

export interface CallOptions {
  /** For a range parameter: the shape, so `weights[7]` can be named as its row and column. */
  readonly ranges?: Readonly<Record<string, FlatRange>>;
}

function fail(code: CustomFunctions.ErrorCode, message: string): never {
  throw new CustomFunctions.Error(code, message);
}

/**
 * Runs the body of custom function `functionId`; turns every refusal into the Excel error the
 * user sees, naming the argument in the user's language.
 */
export function evaluate<T>(functionId: string, body: () => T, options: CallOptions = {}): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) throw error;
    const locale = currentLocale();
    if (error instanceof ArgumentRefusal) {
      const code = error.code === "unknownUnit" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      fail(
        code,
        refusalMessage({ functionId, parameter: error.parameter, code: error.code, details: error.details, cell: error.cell }, locale),
      );
    }
    if (isRuleInputError(error)) {
      // `weights[7]` → parameter `weights`, 8th value of the range; `largestPopulation` as is.
      const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(error.argument);
      // The functions name their parameters as the engine names its arguments.
      const parameter = match ? match[1] : error.argument;
      const range = options.ranges?.[parameter];
      const index = match?.[2] !== undefined ? Number(match[2]) : undefined;
      const cell =
        range && index !== undefined && range.columns > 0
          ? { row: Math.floor(index / range.columns) + 1, column: (index % range.columns) + 1 }
          : undefined;
      const details: Record<string, string | number> = { ...error.details };
      if (error.code === "exceedsLargest" && details[parameter] !== undefined) details.limit = details[parameter];
      fail(CustomFunctions.ErrorCode.invalidValue, refusalMessage({ functionId, parameter, code: error.code, details, cell }, locale));
    }
    fail(CustomFunctions.ErrorCode.invalidValue, internalErrorMessage(functionId, locale));
  }
}

function numberOrRefuse(value: unknown, parameter: string, cell?: { row: number; column: number }): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") throw new ArgumentRefusal(parameter, "boolean", {}, cell);
  // A name where a population belongs: point to the function that looks names up.
  if (typeof value === "string") throw new ArgumentRefusal(parameter, "text", { value, hint: parameter === "population" ? "1" : "" }, cell);
  throw new ArgumentRefusal(parameter, "notANumber", {}, cell);
}

/** What a number needs to be taken as it is: inside the declaration's limits and its plausible range. */
interface Accepted {
  readonly min: number;
  readonly minExclusive: boolean;
  readonly max: number;
  readonly whole: boolean;
}

/** The declaration's limits narrowed to its plausible range, as plain numbers. */
function accepted(spec: NumberParameter): Accepted {
  const { limits, plausible } = spec;
  const min = plausible && plausible.min > limits.min ? plausible.min : limits.min;
  return {
    min,
    minExclusive: min === limits.min && limits.minExclusive === true,
    max: plausible && plausible.max < limits.max ? plausible.max : limits.max,
    whole: limits.whole,
  };
}

/** Worked out once, for every declared figure. */
const ACCEPTED = Object.fromEntries(Object.entries(NUMBER_PARAMETERS).map(([key, spec]) => [key, accepted(spec)])) as Record<NumberParamKey, Accepted>;

/**
 * A figure of the agreements, read and checked through its declaration (src/params): a number as
 * Excel passes it, or number text as typed ("615 312"). The common case, a plain number inside the
 * declaration's limits and plausible range, is taken as it is, with a few comparisons (Excel calls
 * a function once per cell of a column); anything else goes through the declaration's reader, which
 * refuses with its message. A value outside the plausible range is refused too, naming the range:
 * the pane and the commands ask for a confirmation, which a cell cannot give. This is the function's
 * one check of the figure: it comes back as the engine's checked type, which the engine's cores take.
 */
function declared<K extends NumberParamKey>(value: unknown, parameter: string, key: K): CheckedFigure<K> {
  if (typeof value === "number") {
    const range = ACCEPTED[key];
    // Inside the declaration's limits, as checkNumberParameter would find: the checked type they make it.
    if ((value > range.min || (value === range.min && !range.minExclusive)) && value <= range.max && (!range.whole || Number.isInteger(value))) {
      return new Decimal(value) as CheckedFigure<K>;
    }
  }
  if (isNullOrWhitespace(value)) throw new ArgumentRefusal(parameter, "missing");
  if (typeof value === "boolean") throw new ArgumentRefusal(parameter, "boolean");
  if (typeof value !== "number" && typeof value !== "string") throw new ArgumentRefusal(parameter, "notANumber");
  const locale = currentLocale();
  const reading = readCellParameter(key, value, locale);
  if (reading.ok && reading.implausible === undefined) return reading.value;
  if (reading.ok) throw new ArgumentRefusal(parameter, "declared", { message: implausibleRefusal(key, reading.value, locale), hint: "" });
  // A name where a population belongs: point to the function that looks names up.
  const hint = typeof value === "string" && reading.problem === "notANumber" && parameter === "population" ? "1" : "";
  throw new ArgumentRefusal(parameter, "declared", { message: reading.message, hint });
}

/** A required number the engine checks itself (ALLOCATE's amount): a missing or blank argument, a name or TRUE/FALSE is refused, naming it. */
export function requiredNumber(value: unknown, parameter: string): number {
  if (isNullOrWhitespace(value)) throw new ArgumentRefusal(parameter, "missing");
  return numberOrRefuse(value, parameter);
}

/** An optional number the engine checks itself (ALLOCATE's decimals): omitted or blank takes `fallback`. */
export function optionalNumber(value: unknown, parameter: string, fallback: number): number {
  if (isNullOrWhitespace(value)) return fallback;
  return numberOrRefuse(value, parameter);
}

/** A required figure of a declaration (`key`), checked once: missing, blank, a name or TRUE/FALSE is refused, naming it. */
export function requiredFigure<K extends NumberParamKey>(value: unknown, parameter: string, key: K): CheckedFigure<K> {
  return declared(value, parameter, key);
}

/**
 * An optional figure of a declaration (`key`), checked once: omitted (null) or blank takes the
 * agreement's default. A share such as the municipalities' 19 % is a fraction 0–1, which is what a
 * cell formatted as 19 % holds, or text ("19 %"); a number above 1 (19, 81) is refused as ambiguous
 * rather than guessed: "1" could mean 100 % or 1 %.
 */
export function optionalFigure<K extends NumberParamKey>(value: unknown, parameter: string, key: K, fallback: () => CheckedFigure<K>): CheckedFigure<K> {
  if (value === null || value === undefined) return fallback();
  if (typeof value !== "number" && isNullOrWhitespace(value)) return fallback();
  return declared(value, parameter, key);
}

/** An optional TRUE/FALSE (a number counts as Excel counts it: 0 is FALSE). */
export function optionalBoolean(value: unknown, parameter: string, fallback: boolean): boolean {
  if (isNullOrWhitespace(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  throw new ArgumentRefusal(parameter, "notBoolean", { value: String(value) });
}

/**
 * A range of numbers, row by row. Empty cells count as zero (a zero weight gets a zero part);
 * text or TRUE/FALSE in a cell is refused, naming its row and column in the range.
 */
export function numberRange(value: unknown, parameter: string): FlatRange {
  if (typeof value === "number") return { values: [value], rows: 1, columns: 1 };
  if (!Array.isArray(value) || value.length === 0 || !value.every((row) => Array.isArray(row))) {
    if (isNullOrWhitespace(value)) throw new ArgumentRefusal(parameter, "missing");
    throw new ArgumentRefusal(parameter, "notARange");
  }
  const rows = value as unknown[][];
  const columns = rows[0].length;
  const values: number[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      values.push(isNullOrWhitespace(cell) ? 0 : numberOrRefuse(cell, parameter, { row: r + 1, column: c + 1 }));
    });
  });
  return { values, rows: rows.length, columns };
}

/** Reshapes a flat row-by-row list to the range's rows and columns (the spill has the input's shape). */
export function reshape(values: readonly number[], range: FlatRange): number[][] {
  const result: number[][] = [];
  for (let r = 0; r < range.rows; r += 1) result.push(values.slice(r * range.columns, (r + 1) * range.columns));
  return result;
}
