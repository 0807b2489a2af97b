/*
 * A1 addresses and sheet references for the Excel double. Kept independent of the writer's own
 * helpers on purpose: the double is the yardstick the writer is measured against, so it must not
 * share the writer's parsing (a shared bug would hide itself).
 * Deliberately NOT merged with src/formula/a1.ts (the product's A1 code): an independent model of Excel.
 */

/** Excel's grid limits (XLSX): 1 048 576 rows, 16 384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/**
 * Parses "B4", "$B$4", "A4:E31", "A:C" (whole columns) or "3:5" (whole rows); returns undefined
 * for anything else (the caller turns that into InvalidArgument, as Excel does).
 */
export function parseRect(address: string): Rect | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return undefined;
  const [a, b = a] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r0 = Number(ca[2]) - 1;
    const r1 = Number(cb[2]) - 1;
    const c0 = columnIndex(ca[1]);
    const c1 = columnIndex(cb[1]);
    return checked({ r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) });
  }
  if (parts.length === 2) {
    const xa = COLS.exec(a);
    const xb = COLS.exec(b);
    if (xa && xb) {
      const c0 = columnIndex(xa[1]);
      const c1 = columnIndex(xb[1]);
      return checked({ r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) });
    }
    const ya = ROWS.exec(a);
    const yb = ROWS.exec(b);
    if (ya && yb) {
      const r0 = Number(ya[1]) - 1;
      const r1 = Number(yb[1]) - 1;
      return checked({ r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 });
    }
  }
  return undefined;
}

function checked(rect: Rect): Rect | undefined {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return undefined;
  return rect;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

/** A sheet name as it must appear in a formula or an address: quoted unless a plain identifier. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** The code units of a formula outside its string literals, for reference rewriting. */
export function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += fn(formula.slice(i));
      break;
    }
    out += fn(formula.slice(i, q));
    // a string literal runs to the next lone quote; "" inside is an escaped quote
    let j = q + 1;
    for (;;) {
      const e = formula.indexOf('"', j);
      if (e < 0) {
        j = formula.length;
        break;
      }
      if (formula[e + 1] === '"') {
        j = e + 2;
        continue;
      }
      j = e + 1;
      break;
    }
    out += formula.slice(q, j);
    i = j;
  }
  return out;
}

const SHEET_REF = /'((?:[^']|'')+)'!|(?<![A-Za-z0-9_.\u00C0-\uFFFF'])([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/g;

/**
 * Rewrites the sheet references of a formula: `map` receives each referenced sheet name and returns
 * the new name, null for "#REF!" (deleted sheet), or undefined to keep it. Excel does this when a
 * sheet is renamed (references follow) or deleted (references break).
 */
export function rewriteSheetRefs(formula: string, map: (sheet: string) => string | null | undefined): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(SHEET_REF, (whole, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
      const next = map(name);
      if (next === undefined) return whole;
      if (next === null) return "#REF!";
      return `${quoteSheet(next)}!`;
    }),
  );
}

