import { addressParts, cellAddress, readArea, tokenize, type Reference, type Token } from "../../formula";
import { isEmptyOrDash } from "../parse";
import type { CellGrid, CellValue, DefinedName } from "../types";
import type { At } from "./shape";

/*
 * The cells the check was given, as one workbook: every grid's cells by sheet and address (values,
 * formulas, number formats), the merged ranges, and the defined names, so that a formula's references
 * can be followed to what they hold. A cell outside every grid is unknown, never taken for empty.
 */

export interface BookCell {
  readonly sheet: string;
  readonly at: At;
  readonly address: string;
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string | null;
}

/** A reference resolved to its sheet: the sheet's name and the reference. */
export interface Target {
  readonly sheet: string;
  readonly ref: Reference;
}

interface Placed {
  readonly grid: CellGrid;
  readonly top: number;
  readonly left: number;
}

const key = (sheet: string) => sheet.toLocaleLowerCase("sv-SE");

export class Book {
  private readonly bySheet = new Map<string, Placed[]>();
  private readonly names = new Map<string, DefinedName[]>();
  private readonly tokenCache = new Map<string, Token[]>();
  private constants: Map<number, { sheet: string; address: string }> | undefined;
  /** Sheets whose every used cell is in the grids: a cell outside them is empty. */
  private readonly complete = new Set<string>();
  /** Whether any grid told its formulas (a CSV does not). */
  readonly knowsFormulas: boolean;

  constructor(grids: readonly CellGrid[]) {
    for (const grid of grids) {
      const { anchor } = addressParts(grid.anchor ?? "A1");
      const sheet = key(grid.sheet ?? "");
      this.bySheet.set(sheet, [...(this.bySheet.get(sheet) ?? []), { grid, top: anchor.row, left: anchor.column }]);
      if (grid.complete) this.complete.add(sheet);
      for (const name of grid.names ?? []) {
        const known = this.names.get(name.name.toUpperCase()) ?? [];
        if (!known.some((other) => other.formula === name.formula && other.sheet === name.sheet)) this.names.set(name.name.toUpperCase(), [...known, name]);
      }
    }
    this.knowsFormulas = grids.some((grid) => grid.formulas !== undefined);
  }

  /** The tokens of a formula, read once. */
  tokens(formula: string): Token[] {
    let tokens = this.tokenCache.get(formula);
    if (!tokens) {
      tokens = tokenize(formula);
      this.tokenCache.set(formula, tokens);
    }
    return tokens;
  }

  /** The cell at (sheet, column, row), or undefined when no grid covers it and its sheet was not read whole (unknown, not empty). */
  cell(sheet: string, at: At): BookCell | undefined {
    const placedOnSheet = this.bySheet.get(key(sheet)) ?? [];
    for (const placed of placedOnSheet) {
      const r = at.row - placed.top;
      const c = at.column - placed.left;
      const values = placed.grid.values;
      if (r < 0 || c < 0 || r >= values.length) continue;
      const width = Math.max(values[r].length, placed.grid.formulas?.[r]?.length ?? 0);
      if (c >= width) continue;
      const formula = placed.grid.formulas?.[r]?.[c] ?? undefined;
      return {
        sheet: placed.grid.sheet ?? sheet,
        at,
        address: cellAddress(at.column, at.row),
        value: values[r][c] ?? null,
        ...(formula ? { formula } : {}),
        numberFormat: placed.grid.numberFormats?.[r]?.[c] ?? null,
      };
    }
    if (!this.complete.has(key(sheet))) return undefined;
    return { sheet: placedOnSheet[0].grid.sheet ?? sheet, at, address: cellAddress(at.column, at.row), value: null, numberFormat: null };
  }

  /** The cell is covered by a grid and holds nothing (no value, no formula). */
  isEmpty(sheet: string, at: At): boolean {
    const cell = this.cell(sheet, at);
    return cell !== undefined && cell.formula === undefined && isEmptyOrDash(cell.value);
  }

  /** The merged ranges of a sheet, as areas. */
  merged(sheet: string): { range: string; top: number; left: number; bottom: number; right: number }[] {
    return (this.bySheet.get(key(sheet)) ?? []).flatMap((placed) =>
      (placed.grid.merged ?? []).flatMap((range) => {
        const area = readArea(range);
        return area ? [{ range, ...area }] : [];
      }),
    );
  }

  /** Every defined name of the book, each once. */
  definedNames(): DefinedName[] {
    return [...this.names.values()].flat();
  }

  /** The sheets the book has, as the grids name them. */
  sheets(): string[] {
    return [...this.bySheet.values()].map((placed) => placed[0].grid.sheet ?? "");
  }

  /**
   * What a defined name refers to, seen from `sheet` (a sheet-level name first): its references, or
   * undefined when the name is unknown or is not a reference (a constant, a formula).
   */
  resolveName(name: string, sheet: string): Target[] | undefined {
    const candidates = this.names.get(name.toUpperCase()) ?? [];
    const chosen = candidates.find((candidate) => candidate.sheet !== undefined && key(candidate.sheet) === key(sheet)) ?? candidates.find((candidate) => candidate.sheet === undefined);
    if (!chosen) return undefined;
    const tokens = this.tokens(chosen.formula);
    const refs = tokens.filter((token) => token.type === "ref");
    if (refs.length === 0 || tokens.some((token) => token.type !== "ref" && token.type !== "sep")) return undefined;
    return refs.map((token) => ({ sheet: token.ref.sheet ?? chosen.sheet ?? sheet, ref: token.ref }));
  }

  /** The first cell (sheet by sheet, row by row) that holds this number as a typed constant, not a formula's result. */
  constantHolding(value: number): { sheet: string; address: string } | undefined {
    if (!this.constants) {
      this.constants = new Map();
      for (const placed of [...this.bySheet.values()].flat()) {
        placed.grid.values.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (typeof cell !== "number" || placed.grid.formulas?.[r]?.[c] || this.constants!.has(cell)) return;
            this.constants!.set(cell, { sheet: placed.grid.sheet ?? "", address: cellAddress(placed.left + c, placed.top + r) });
          }),
        );
      }
    }
    return this.constants.get(value);
  }

  /** A defined name that names exactly this cell, if there is one. */
  nameOf(sheet: string, address: string): string | undefined {
    for (const [, candidates] of this.names) {
      for (const candidate of candidates) {
        const targets = this.resolveName(candidate.name, candidate.sheet ?? sheet);
        const only = targets?.length === 1 && targets[0].ref.shape === "cell" ? targets[0] : undefined;
        if (only && key(only.sheet) === key(sheet) && cellAddress(only.ref.from.column!, only.ref.from.row!) === address) return candidate.name;
      }
    }
    return undefined;
  }

  /**
   * The cells of a reference that the book covers: a single cell as `cell` gives it (empty when its
   * sheet was read whole), an area as the cells of the grids inside it (an empty cell between them is
   * left out), in grid order. Whole columns and rows: none, they are not followed.
   */
  cellsOf(target: Target): BookCell[] {
    const { ref } = target;
    if (ref.external || ref.from.column === undefined || ref.to.column === undefined || ref.from.row === undefined || ref.to.row === undefined) return [];
    if (ref.shape === "cell") {
      const cell = this.cell(target.sheet, { column: ref.from.column, row: ref.from.row });
      return cell ? [cell] : [];
    }
    const top = Math.min(ref.from.row, ref.to.row);
    const bottom = Math.max(ref.from.row, ref.to.row);
    const left = Math.min(ref.from.column, ref.to.column);
    const right = Math.max(ref.from.column, ref.to.column);
    const out: BookCell[] = [];
    const seen = new Set<string>();
    for (const placed of this.bySheet.get(key(target.sheet)) ?? []) {
      const values = placed.grid.values;
      for (let row = Math.max(top, placed.top); row <= Math.min(bottom, placed.top + values.length - 1); row++) {
        const width = Math.max(values[row - placed.top].length, placed.grid.formulas?.[row - placed.top]?.length ?? 0);
        for (let column = Math.max(left, placed.left); column <= Math.min(right, placed.left + width - 1); column++) {
          const cell = this.cell(target.sheet, { column, row });
          if (cell && !seen.has(cell.address)) {
            seen.add(cell.address);
            out.push(cell);
          }
        }
      }
    }
    return out;
  }
}
