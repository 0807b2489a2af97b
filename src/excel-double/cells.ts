import { Rect, rewriteSheetRefs } from "./a1";
import { DoubleOfficeError } from "./errors";
import { assertFormula } from "./formulaRules";
import type { Scalar, SheetModel, WorkbookModel } from "./model";

/*
 * What the proxies share about cells: an area of a sheet, walking and reading a rectangle (with
 * Excel's limit on a response), colours, and how Excel takes a value typed or written into a cell.
 */

export interface Area {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export const rows = (r: Rect) => r.r1 - r.r0 + 1;
export const cols = (r: Rect) => r.c1 - r.c0 + 1;

/** Excel refuses to hand back more than this many cells in one response; the double does too. */
export const MAX_CELLS_READ = 5_000_000;

export function forEachCell(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c, r - rect.r0, c - rect.c0);
}

export function grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
  if (rows(rect) * cols(rect) > MAX_CELLS_READ) {
    throw new DoubleOfficeError("GeneralException", "The response payload size limit was exceeded: read a smaller range.");
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

/** One value for the whole range if every cell agrees, else null (Excel's rule for format reads). */
export function uniform<T>(rect: Rect, get: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let started = false;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = get(r, c);
      if (!started) {
        first = v;
        started = true;
      } else if (v !== first) return null;
    }
  }
  return first as T;
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  purple: "#800080",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

export function normalizeColor(value: unknown): string {
  if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", `'${String(value)}' is not a colour.`);
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toUpperCase();
  const named = NAMED_COLORS[v.toLowerCase()];
  if (named) return named;
  throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a colour (use #RRGGBB or a colour name).`);
}

/**
 * How Excel takes a value typed into a cell: "=..." is a formula, a numeric string a number,
 * "'..." a text kept as is, "" clears, null leaves the cell unchanged.
 */
export function parseInput(input: unknown): { kind: "skip" } | { kind: "clear" } | { kind: "formula"; f: string } | { kind: "value"; v: Scalar } {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new DoubleOfficeError("InvalidArgument", `${input} is not a number Excel can store.`);
    return { kind: "value", v: input };
  }
  if (typeof input === "boolean") return { kind: "value", v: input };
  if (typeof input !== "string") throw new DoubleOfficeError("InvalidArgument", "A cell value must be a string, number or boolean.");
  if (input === "") return { kind: "clear" };
  // Excel keeps a formula parsed and shows it its own way: a sheet name is quoted only when it must be.
  if (input.startsWith("=") && input.length > 1) {
    assertFormula(input);
    return { kind: "formula", f: rewriteSheetRefs(input, (sheet) => sheet) };
  }
  if (input.startsWith("'")) return { kind: "value", v: input.slice(1) };
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(input.trim())) return { kind: "value", v: Number(input) };
  if (/^(true|false)$/i.test(input)) return { kind: "value", v: input.toLowerCase() === "true" };
  return { kind: "value", v: input };
}

/**
 * Excel binds a formula's sheet references when the formula is entered: a sheet that exists is
 * written as the workbook spells it; a sheet that does not exist (yet) cannot be bound, and the
 * double makes the reference #REF! — so a writer must add every sheet before formulas refer to it.
 */
export function bindSheetRefs(m: WorkbookModel, formula: string): string {
  return rewriteSheetRefs(formula, (name) => m.findSheet(name)?.name ?? null);
}

/** A 2-D input must match the range exactly; a single value (not an array) goes into every cell. */
export function shapeInput(input: unknown, rect: Rect, what: string): (row: number, col: number) => unknown {
  // null means "leave unchanged" inside a 2-D array, but is not a valid value for the whole property.
  if (input === null || input === undefined) throw new DoubleOfficeError("InvalidArgument", `null is not a valid input for ${what}.`);
  if (!Array.isArray(input)) return () => input;
  const rr = rows(rect);
  const cc = cols(rect);
  if (input.length !== rr || input.some((line) => !Array.isArray(line) || line.length !== cc)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw new DoubleOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (range ${rr}×${cc}, input ${got}).`,
    );
  }
  return (row, col) => (input[row - rect.r0] as unknown[])[col - rect.c0];
}
