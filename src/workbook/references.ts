import { CELL_PATTERN, parseCellAddress, sheetPrefix } from "./a1";
import type { PlanCell, SheetKey, WorkbookPlan } from "./plan";

/*
 * What a plan formula refers to: cells and ranges (on its own sheet or another), defined names and
 * functions. Enough of Excel's formula grammar for the plan's own formulas (en-US A1 syntax), used
 * to check a plan and to rename its sheets when a writer must (a sheet "Kommuner" already exists
 * and the user chose to keep both: the plan's sheet becomes "Kommuner (2)" and so must every
 * reference to it).
 */

export type FormulaToken =
  | { readonly kind: "reference"; readonly sheet?: string; readonly ref: string; readonly start: number; readonly end: number }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "function"; readonly name: string };

// The one cell grammar (a1.ts), its groups made non-capturing; the plan writes its letters in capitals.
const CELL = CELL_PATTERN.replace(/\((?!\?)/g, "(?:").replace(/\[A-Za-z\]/, "[A-Z]");
const PATTERNS: readonly [string, RegExp][] = [
  ["string", /^"(?:[^"]|"")*"/],
  ["quotedSheet", new RegExp(String.raw`^'((?:[^']|'')+)'!(${CELL}(?::${CELL})?)`)],
  ["sheet", new RegExp(String.raw`^([A-Za-z_][A-Za-z0-9_.]*)!(${CELL}(?::${CELL})?)`)],
  ["cell", new RegExp(String.raw`^(${CELL}(?::${CELL})?)(?![A-Za-z0-9_.(])`)],
  ["identifier", /^[A-Za-z_][A-Za-z0-9_.]*/],
  ["number", /^\d+(?:\.\d+)?(?:E[+-]?\d+)?/i],
];

/** Splits a formula into its references, names and functions (operators and literals skipped). */
export function formulaTokens(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let position = formula.startsWith("=") ? 1 : 0;
  while (position < formula.length) {
    const rest = formula.slice(position);
    let matched = false;
    for (const [kind, pattern] of PATTERNS) {
      const match = pattern.exec(rest);
      if (!match) continue;
      const end = position + match[0].length;
      if (kind === "quotedSheet") {
        tokens.push({ kind: "reference", sheet: match[1].replace(/''/g, "'"), ref: match[2], start: position, end });
      } else if (kind === "sheet") {
        tokens.push({ kind: "reference", sheet: match[1], ref: match[2], start: position, end });
      } else if (kind === "cell") {
        tokens.push({ kind: "reference", ref: match[1], start: position, end });
      } else if (kind === "identifier") {
        const upper = match[0].toUpperCase();
        if (formula[end] === "(") tokens.push({ kind: "function", name: upper });
        else if (upper !== "TRUE" && upper !== "FALSE") tokens.push({ kind: "name", name: match[0] });
      }
      position = end;
      matched = true;
      break;
    }
    if (!matched) position += 1;
  }
  return tokens;
}

/** Every formula cell of a plan with where it is. */
export function* planFormulas(plan: WorkbookPlan): Generator<{ sheetKey: SheetKey; sheetName: string; row: number; column: number; cell: PlanCell & { formula: string } }> {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const { column: firstColumn, row: firstRow } = parseCellAddress(block.anchor);
      for (const [r, cells] of block.cells.entries()) {
        for (const [c, cell] of cells.entries()) {
          if (cell.formula !== undefined) {
            yield { sheetKey: sheet.key, sheetName: sheet.name, row: firstRow + r, column: firstColumn + c, cell: cell as PlanCell & { formula: string } };
          }
        }
      }
    }
  }
}

/**
 * The plan with some sheets renamed, and every formula that refers to them rewritten: for a writer
 * that cannot use a plan's sheet name because the workbook already has it and the user chose to
 * keep both. Keys not in `names` keep their name.
 */
export function renamePlanSheets(plan: WorkbookPlan, names: Partial<Record<SheetKey, string>>): WorkbookPlan {
  const byOldName = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const name = names[sheet.key];
    if (name !== undefined && name !== sheet.name) byOldName.set(sheet.name, name);
  }
  if (byOldName.size === 0) return plan;
  const rewrite = (formula: string): string => {
    let result = "";
    let last = 0;
    for (const token of formulaTokens(formula)) {
      if (token.kind !== "reference" || token.sheet === undefined || !byOldName.has(token.sheet)) continue;
      result += formula.slice(last, token.start) + sheetPrefix(byOldName.get(token.sheet)!) + token.ref;
      last = token.end;
    }
    return last === 0 ? formula : result + formula.slice(last);
  };
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: byOldName.get(sheet.name) ?? sheet.name,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        cells: block.cells.map((row) => row.map((cell) => (cell.formula === undefined ? cell : { ...cell, formula: rewrite(cell.formula) }))),
      })),
    })),
  };
}
