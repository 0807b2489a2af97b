/*
 * A1 addresses, sheet-name quoting and formula rewriting for the Office.js writer. The plan's
 * formulas name the plan's sheets and identifiers (defined names, tables); when the writer has to
 * use other names ("Kommuner (2)", "Avtalsar_2", a temporary sheet while replacing), the formulas
 * are rewritten token by token, never inside string literals or structured-reference brackets.
 * Column letters and cell addresses come from src/workbook/a1.ts, the product's one A1 implementation.
 */
import { cellAddress, columnIndex, quoteSheetName } from "../workbook/a1";

export { quoteSheetName };

export interface CellRect {
  /** Zero-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseCell(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(address.trim());
  if (!m) return undefined;
  const column = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (column >= 16384 || row >= 1048576) return undefined;
  return { row, column };
}

export function parseArea(address: string): CellRect | undefined {
  const [a, b = a, extra] = address.split(":");
  if (extra !== undefined) return undefined;
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return undefined;
  return { top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.column, q.column), right: Math.max(p.column, q.column) };
}

export function areaAddress(r: CellRect): string {
  const a = cellAddress(r.left, r.top + 1);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.right, r.bottom + 1)}`;
}


export interface FormulaRenames {
  /** Plan sheet name (lower case) → name to write. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Plan identifier (defined name or table, lower case) → name to write. */
  readonly identifiers: ReadonlyMap<string, string>;
}

const TOKEN = /'((?:[^']|'')+)'!|([A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)(!|\(|\[)?/g;

/** Rewrites the sheet and identifier references of one formula. */
export function rewriteFormula(formula: string, renames: FormulaRenames): string {
  if (renames.sheets.size === 0 && renames.identifiers.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    // Copy string literals and bracketed structured-reference parts unchanged.
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            j += 2;
            continue;
          }
          j += 1;
          break;
        }
        j += 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let next = formula.length;
    for (let k = i; k < formula.length; k++) {
      if (formula[k] === '"' || formula[k] === "[") {
        next = k;
        break;
      }
    }
    out += rewriteCode(formula.slice(i, next), renames);
    i = next;
  }
  return out;
}

function rewriteCode(code: string, renames: FormulaRenames): string {
  return code.replace(TOKEN, (whole: string, quoted: string | undefined, bare: string | undefined, after: string | undefined, offset: number) => {
    const before = offset > 0 ? code[offset - 1] : "";
    if (quoted !== undefined) {
      const name = quoted.replace(/''/g, "'");
      const to = renames.sheets.get(name.toLowerCase());
      return to === undefined ? whole : `${quoteSheetName(to)}!`;
    }
    const token = bare as string;
    // part of a longer token (a cell like $B$4, a number like 1E5, a name after a sheet prefix)
    if (/[A-Za-z0-9_.$\u00C0-\uFFFF]/.test(before)) return whole;
    if (after === "!") {
      const to = renames.sheets.get(token.toLowerCase());
      return to === undefined ? whole : `${quoteSheetName(to)}!`;
    }
    if (after === "(") return whole; // a function
    const to = renames.identifiers.get(token.toLowerCase());
    return to === undefined ? whole : `${to}${after ?? ""}`;
  });
}

/** Chars → points for Range.format.columnWidth: Excel's 7-px digit width plus 5 px padding, at 0.75 pt/px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
