import { cellAddress, columnLetter, quoteSheetName, type RefEnd, type Reference, type Token } from "../../formula";

/*
 * The shape of a formula: where each token stands (in which function's argument, next to which
 * operator), its relative (R1C1) form for comparing the formulas of a column, and a formula written
 * back in A1 at another cell. Pure text work on the tokens of tokens.ts.
 */

/** A cell as the checker places it: column index from 0, row number from 1. */
export interface At {
  readonly column: number;
  readonly row: number;
}

/** Where a token stands: the functions around it (innermost last) and its argument's index in the innermost. */
export interface Place {
  readonly functions: readonly string[];
  readonly argument: number;
  /** An operand of + − * / ^ (or the whole formula). */
  readonly arithmetic: boolean;
  /** Divided by, or multiplied with (what a text number silently breaks). */
  readonly dividesOrMultiplies: boolean;
}

const ARITHMETIC = new Set(["+", "-", "*", "/", "^"]);

/** The place of every token, in order. */
export function places(tokens: readonly Token[]): Place[] {
  const stack: { name: string; argument: number }[] = [];
  const out: Place[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const operator = (candidate: Token | undefined) => candidate?.type === "op" && ARITHMETIC.has(candidate.text);
    // A percent sign belongs to its number: "19%".
    const after = next?.type === "op" && next.text === "%" ? tokens[index + 2] : next;
    const alone = tokens.length === 1 || (tokens.length === 2 && tokens[1].type === "op" && tokens[1].text === "%");
    const top = stack[stack.length - 1];
    out.push({
      functions: stack.map((entry) => entry.name),
      argument: top?.argument ?? 0,
      arithmetic: alone || operator(previous) || operator(after),
      dividesOrMultiplies: (previous?.type === "op" && (previous.text === "/" || previous.text === "*")) || (after?.type === "op" && after.text === "*"),
    });
    if (token.type === "open") stack.push({ name: previous?.type === "function" ? previous.name : "", argument: 0 });
    else if (token.type === "close") stack.pop();
    else if (token.type === "sep" && top) top.argument++;
  });
  return out;
}

/** A number token's value, a following "%" taken in (19% is 0.19). */
export function numberValue(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token.type !== "number") return NaN;
  return tokens[index + 1]?.type === "op" && tokens[index + 1].text === "%" ? token.value / 100 : token.value;
}

/**
 * The formula in relative form: every reference as R1C1 offsets from `host` (anchored parts as
 * themselves), names and functions in capitals, so that formulas filled down a column read alike.
 * With `rowsRelative`, anchored rows count as offsets too: a column of "='Kommuner'!$C$5",
 * "='Kommuner'!$C$6", … then reads alike, as a column filled by hand from another table does.
 */
export function relativeForm(tokens: readonly Token[], host: At, rowsRelative = false): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "ref": {
          const { sheet, sheetTo, book } = token.ref;
          const prefix = sheet !== undefined ? `${book !== undefined ? `[${book}]` : ""}${sheet}${sheetTo !== undefined ? `:${sheetTo}` : ""}!`.toLocaleUpperCase("sv-SE") : "";
          return `${prefix}${r1c1(token.ref, host, rowsRelative)}`;
        }
        case "name":
          return `${token.sheet !== undefined ? `${token.sheet.toLocaleUpperCase("sv-SE")}!` : ""}${token.name.toUpperCase()}`;
        case "function":
          return token.name;
        case "number":
          return String(token.value);
        default:
          return token.text.toUpperCase();
      }
    })
    .join("");
}

function r1c1(ref: Reference, host: At, rowsRelative: boolean): string {
  const part = (end: RefEnd) => {
    const row = end.row === undefined ? "" : end.absRow && !rowsRelative ? `R${end.row}` : `R[${end.row - host.row}]`;
    const column = end.column === undefined ? "" : end.absColumn ? `C${end.column + 1}` : `C[${end.column - host.column}]`;
    return `${row}${column}`;
  };
  return ref.shape === "cell" ? part(ref.from) : `${part(ref.from)}:${part(ref.to)}`;
}

/**
 * A reference end in A1, moved by (columns, rows) where it is relative ("$B$3" stays, "C5" one row
 * down is "C6"); with `rowsRelative` an anchored row moves too and keeps its "$".
 */
function movedEnd(end: RefEnd, columns: number, rows: number, rowsRelative: boolean): string {
  const column = end.column === undefined ? "" : `${end.absColumn ? "$" : ""}${columnLetter(end.absColumn ? end.column : end.column + columns)}`;
  const row = end.row === undefined ? "" : `${end.absRow ? "$" : ""}${end.absRow && !rowsRelative ? end.row : end.row + rows}`;
  return `${column}${row}`;
}

/** A formula written at another cell as Excel fills it there: relative references move with it (see movedEnd). "=" first. */
export function formulaAt(tokens: readonly Token[], from: At, to: At, rowsRelative = false): string {
  const columns = to.column - from.column;
  const rows = to.row - from.row;
  const text = tokens.map((token) => {
    if (token.type !== "ref") return token.text;
    const ref = token.ref;
    // The sheet (and workbook) as written: a 3D or another workbook's prefix stays whole.
    const sheet = ref.sheet !== undefined ? (ref.sheetTo !== undefined || ref.external ? token.text.slice(0, token.text.lastIndexOf("!") + 1) : `${quoteSheetName(ref.sheet)}!`) : "";
    const first = movedEnd(ref.from, columns, rows, rowsRelative);
    return ref.shape === "cell" ? `${sheet}${first}` : `${sheet}${first}:${movedEnd(ref.to, columns, rows, rowsRelative)}`;
  });
  return `=${joinTokens(text, tokens)}`;
}

/** Token texts joined back, with a space only where two words would run together. */
function joinTokens(texts: readonly string[], tokens: readonly Token[]): string {
  return texts.reduce((formula, text, index) => (index > 0 && /\w$/.test(formula) && /^\w/.test(text) && tokens[index].type !== "number" ? `${formula} ${text}` : formula + text), "");
}

/** The cells of a reference as A1 areas on a sheet: every cell by (column, row), rows from 1. */
export function cellsOf(ref: Reference): At[] {
  const { from, to } = ref;
  if (from.column === undefined || to.column === undefined || from.row === undefined || to.row === undefined) return [];
  const out: At[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let column = Math.min(from.column, to.column); column <= Math.max(from.column, to.column); column++) out.push({ column, row });
  }
  return out;
}

/** A1 of one reference end pair, plain ("E5:E30"), for messages. */
export function plainRange(ref: Reference): string {
  const { from, to } = ref;
  if (from.column === undefined || from.row === undefined || to.column === undefined || to.row === undefined) return "";
  const first = cellAddress(from.column, from.row);
  return ref.shape === "cell" ? first : `${first}:${cellAddress(to.column, to.row)}`;
}
