/*
 * Formula rewriting for the Office.js writer. The plan's formulas name the plan's sheets and
 * identifiers (defined names, tables); when the writer has to use other names ("Kommuner (2)",
 * "Avtalsar_2", a temporary sheet while replacing), the formulas are rewritten token by token, never
 * inside string literals or structured-reference brackets. Addresses and sheet-name quoting come
 * from src/workbook/a1.ts, the product's one A1 module.
 */
import { quoteSheetName } from "../workbook/a1";

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

/** The sheet names a formula refers to, lower case (to tell whether a workbook name belongs to a replaced sheet). */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) out.push((m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]).toLowerCase());
  return out;
}
