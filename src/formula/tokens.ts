import { CELL_PATTERN, columnIndex, MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "./a1";

/*
 * The product's one formula tokenizer, for en-US A1 formulas as Range.formulas, an .xlsx file and the
 * plan write them ("=SUM(E5:E30)", "=C5*KrPerInvanareAr", "='Avtal 2026–2030'!$D$10/InvanareLan"):
 * numbers, texts, error values, cell and range references ($ anchors, sheet-qualified, 3D, other
 * workbooks, whole columns and rows), defined names (Unicode too), functions, structured references,
 * operators; each token with its span in the formula. It evaluates nothing. The checker reads what a
 * formula refers to and its shape; the plan's check reads its references; the writers rename sheets
 * and names by mapping tokens and joining the text again (renameInFormula), as HyperFormula's
 * unparser does, so a rename never touches a string literal, a function or a longer name. Column
 * letters are read by src/formula/a1.ts.
 */

/** One end of a reference: a column (index from 0) and/or a row (number from 1), each anchored ($) or not. */
export interface RefEnd {
  readonly column?: number;
  readonly row?: number;
  readonly absColumn: boolean;
  readonly absRow: boolean;
}

export interface Reference {
  /** The sheet as named (quotes taken off); undefined for the formula's own sheet. */
  readonly sheet?: string;
  /** The last sheet of a 3D reference ("Jan:Mar!B5": sheet "Jan", sheetTo "Mar"). */
  readonly sheetTo?: string;
  /** A reference into another workbook ("[1]Blad1!A1"): not followed. */
  readonly external?: boolean;
  /** The other workbook as the formula names it: its number ("1") or its file ("C:\Budget\[Budget.xlsx]"). */
  readonly book?: string;
  readonly from: RefEnd;
  readonly to: RefEnd;
  /** cell: A1; area: A1:B5; columns: C:E; rows: 3:5. */
  readonly shape: "cell" | "area" | "columns" | "rows";
}

type TokenBody =
  | { readonly type: "number"; readonly text: string; readonly value: number }
  | { readonly type: "string" | "bool" | "error" | "unknown"; readonly text: string }
  /** `table`: the Excel table it names ("Tabell1[Summa]"); none inside a table ("[@Invånare]"). */
  | { readonly type: "structured"; readonly text: string; readonly table?: string }
  | { readonly type: "ref"; readonly text: string; readonly ref: Reference }
  | { readonly type: "name"; readonly text: string; readonly name: string; readonly sheet?: string }
  | { readonly type: "function"; readonly text: string; readonly name: string }
  | { readonly type: "op"; readonly text: string }
  | { readonly type: "open" | "close" | "sep" | "brace"; readonly text: string };

/** A token and its span in the formula as given ("=" included): formula.slice(start, end) is its text. */
export type Token = TokenBody & { readonly start: number; readonly end: number };

/** A sheet prefix: [book] and a quoted name, or an unquoted name (two for a 3D reference), then "!". Groups: book, quoted, first, last. */
const SHEET = String.raw`(?:(\[[^\]]+\])?(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)(?::([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))?)!)?`;
const END = CELL_PATTERN;
/** A reference must not run on into a name or a function ("A1B", "LOG10("). */
const STOP = String.raw`(?![\w.(\u00c0-\uffff])`;
const CELL_OR_AREA = new RegExp(String.raw`${SHEET}${END}(?::${END})?${STOP}`, "y");
const COLUMNS = new RegExp(String.raw`${SHEET}(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})${STOP}`, "y");
const ROWS = new RegExp(String.raw`${SHEET}(\$?)(\d{1,7}):(\$?)(\d{1,7})${STOP}`, "y");
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = new RegExp(String.raw`${SHEET}([A-Za-z_\\\u00c0-\uffff][\w.?\\\u00c0-\uffff]*)`, "y");
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/y;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", ":"];

/** The tokens of a formula (the leading "=" and spaces between tokens skipped), each with its span. */
export function tokenize(formula: string): Token[] {
  const base = formula.startsWith("=") ? 1 : 0;
  const text = formula.slice(base);
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    const read = readToken(text, at);
    tokens.push({ ...read.token, start: base + at, end: base + read.end });
    at = read.end;
  }
  return tokens;
}

function readToken(text: string, at: number): { token: TokenBody; end: number } {
  const char = text[at];
  if (char === '"') return quoted(text, at);
  if (char === "#") {
    const error = match(ERROR, text, at);
    if (error) return { token: { type: "error", text: error[0] }, end: at + error[0].length };
  }
  const reference = readReference(text, at);
  if (reference) return reference;
  if (char === "[") return bracketed(text, at, at);
  const number = match(NUMBER, text, at);
  if (number && !/[A-Za-z_]/.test(text[at + number[0].length] ?? "")) return { token: { type: "number", text: number[0], value: Number(number[0]) }, end: at + number[0].length };
  const identifier = match(IDENTIFIER, text, at);
  if (identifier) return named(text, at, identifier);
  if (char === "(") return { token: { type: "open", text: char }, end: at + 1 };
  if (char === ")") return { token: { type: "close", text: char }, end: at + 1 };
  if (char === "," || char === ";") return { token: { type: "sep", text: char }, end: at + 1 };
  if (char === "{" || char === "}") return { token: { type: "brace", text: char }, end: at + 1 };
  const operator = OPERATORS.find((candidate) => text.startsWith(candidate, at));
  if (operator) return { token: { type: "op", text: operator }, end: at + operator.length };
  return { token: { type: "unknown", text: char }, end: at + 1 };
}

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A text literal, "" inside it being one quote. */
function quoted(text: string, at: number): { token: TokenBody; end: number } {
  let end = at + 1;
  while (end < text.length) {
    if (text[end] === '"' && text[end + 1] === '"') end += 2;
    else if (text[end] === '"') return { token: { type: "string", text: text.slice(at, end + 1) }, end: end + 1 };
    else end++;
  }
  return { token: { type: "string", text: text.slice(at) }, end: text.length };
}

/** A structured reference to an Excel table ("[@Invånare]", "Tabell1[[#Totals],[Summa]]"), brackets balanced. */
function bracketed(text: string, start: number, at: number): { token: TokenBody; end: number } {
  let depth = 0;
  let end = at;
  for (; end < text.length; end++) {
    if (text[end] === "'" && end + 1 < text.length) {
      end++; // an escaped character inside a column name
      continue;
    }
    if (text[end] === "[") depth++;
    if (text[end] === "]" && --depth === 0) break;
  }
  return { token: { type: "structured", text: text.slice(start, end + 1) }, end: Math.min(end + 1, text.length) };
}

/**
 * The sheet part of a match: its sheet (and last sheet of a 3D reference), and the other workbook it
 * is in. Excel writes another workbook as "[1]Blad1!" in a file, and as "'C:\Budget\[Budget.xlsx]Blad1'!"
 * in Range.formulas (inside the quotes); a sheet's name cannot hold "[", "]" or ":", so either means this.
 */
const sheetOf = (groups: RegExpExecArray, first: number): { sheet?: string; sheetTo?: string; external?: boolean; book?: string } => {
  const bracket = groups[first];
  let book = bracket !== undefined ? bracket.slice(1, -1) : undefined;
  let sheet = groups[first + 1] !== undefined ? groups[first + 1].replace(/''/g, "'") : groups[first + 2];
  let sheetTo = groups[first + 1] === undefined ? groups[first + 3] : undefined;
  const inQuotes = sheet !== undefined && groups[first + 1] !== undefined ? /^(.*\[[^\]]*\])(.*)$/.exec(sheet) : null;
  if (inQuotes) [book, sheet] = [inQuotes[1], inQuotes[2]];
  if (sheet !== undefined && groups[first + 1] !== undefined && sheet.includes(":")) [sheet, sheetTo] = sheet.split(":", 2);
  return { ...(sheet !== undefined ? { sheet } : {}), ...(sheetTo !== undefined ? { sheetTo } : {}), ...(book !== undefined ? { external: true, book } : {}) };
};

/** A cell, area, column or row reference at `at`, or undefined. */
function readReference(text: string, at: number): { token: TokenBody; end: number } | undefined {
  const cell = match(CELL_OR_AREA, text, at);
  if (cell) {
    const from = end(cell[5], cell[6], cell[7], cell[8]);
    const to = cell[10] !== undefined ? end(cell[9], cell[10], cell[11], cell[12]) : from;
    if (from && to) return reference(cell, { ...sheetOf(cell, 1), from, to, shape: cell[10] !== undefined ? "area" : "cell" });
  }
  const columns = match(COLUMNS, text, at);
  if (columns) {
    const [a, b] = [columnIndex(columns[6]), columnIndex(columns[8])];
    if (a < MAX_COLUMNS && b < MAX_COLUMNS) {
      return reference(columns, { ...sheetOf(columns, 1), from: { column: a, absColumn: columns[5] === "$", absRow: false }, to: { column: b, absColumn: columns[7] === "$", absRow: false }, shape: "columns" });
    }
  }
  const rows = match(ROWS, text, at);
  if (rows) {
    const [a, b] = [Number(rows[6]), Number(rows[8])];
    if (a >= 1 && b >= 1 && a <= MAX_ROWS && b <= MAX_ROWS) {
      return reference(rows, { ...sheetOf(rows, 1), from: { row: a, absColumn: false, absRow: rows[5] === "$" }, to: { row: b, absColumn: false, absRow: rows[7] === "$" }, shape: "rows" });
    }
  }
  return undefined;
}

function reference(groups: RegExpExecArray, ref: Reference): { token: TokenBody; end: number } {
  return { token: { type: "ref", text: groups[0], ref }, end: groups.index + groups[0].length };
}

/** One end of a cell reference, or undefined past the grid's edge (then the text is a name, "XFE1"). */
function end(columnAnchor: string, letters: string, rowAnchor: string, digits: string): RefEnd | undefined {
  const column = columnIndex(letters);
  const row = Number(digits);
  if (column >= MAX_COLUMNS || row < 1 || row > MAX_ROWS) return undefined;
  return { column, row, absColumn: columnAnchor === "$", absRow: rowAnchor === "$" };
}

/** An identifier: a function (before "("), a structured reference (before "["), TRUE/FALSE, or a defined name. */
function named(text: string, at: number, groups: RegExpExecArray): { token: TokenBody; end: number } {
  const word = groups[5];
  const stop = at + groups[0].length;
  const { sheet } = sheetOf(groups, 1);
  if (text[stop] === "(" && sheet === undefined) return { token: { type: "function", text: groups[0], name: word.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, "") }, end: stop };
  if (text[stop] === "[") {
    const read = bracketed(text, at, stop);
    return sheet === undefined ? { token: { ...read.token, type: "structured", table: word }, end: read.end } : read;
  }
  if (sheet === undefined && /^(TRUE|FALSE)$/i.test(word)) return { token: { type: "bool", text: word }, end: stop };
  return { token: { type: "name", text: groups[0], name: word, ...(sheet !== undefined ? { sheet } : {}) }, end: stop };
}

/** New names for a formula's sheets and identifiers (defined names, Excel tables), keyed in lower case as Excel compares them. */
export interface FormulaRenames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly identifiers: ReadonlyMap<string, string>;
  /** How a renamed sheet is written: quoted as needed (quoteSheetName, as Excel does) unless given. */
  readonly quote?: (sheet: string) => string;
}

/** A token's new text under `renames`, or undefined when it keeps its own. */
function renamed(token: Token, renames: FormulaRenames): string | undefined {
  const sheetTo = (name: string) => renames.sheets.get(name.toLowerCase());
  const identifier = (name: string) => renames.identifiers.get(name.toLowerCase());
  const quote = renames.quote ?? quoteSheetName;
  if (token.type === "ref" && token.ref.sheet !== undefined && !token.ref.external) {
    const [first, last] = [sheetTo(token.ref.sheet), token.ref.sheetTo === undefined ? undefined : sheetTo(token.ref.sheetTo)];
    if (first === undefined && last === undefined) return undefined;
    const bang = token.text.lastIndexOf("!");
    const sheets = token.ref.sheetTo === undefined ? (first ?? token.ref.sheet) : `${first ?? token.ref.sheet}:${last ?? token.ref.sheetTo}`;
    return `${quote(sheets)}${token.text.slice(bang)}`;
  }
  if (token.type === "name" && !token.text.includes("[")) {
    const [sheet, name] = [token.sheet === undefined ? undefined : sheetTo(token.sheet), identifier(token.name)];
    if (sheet === undefined && name === undefined) return undefined;
    const prefix = token.sheet === undefined ? "" : `${sheet === undefined ? token.text.slice(0, token.text.length - token.name.length - 1) : quote(sheet)}!`;
    return `${prefix}${name ?? token.name}`;
  }
  if (token.type === "structured" && token.table !== undefined) {
    const table = identifier(token.table);
    return table === undefined ? undefined : `${table}${token.text.slice(token.table.length)}`;
  }
  return undefined;
}

/**
 * The formula with its references to renamed sheets and its renamed defined names and tables written
 * anew: tokens mapped, the text between them kept as it was. Strings, functions, other workbooks and
 * longer names are left alone.
 */
export function renameInFormula(formula: string, renames: FormulaRenames): string {
  if (renames.sheets.size === 0 && renames.identifiers.size === 0) return formula;
  let result = "";
  let last = 0;
  for (const token of tokenize(formula)) {
    const text = renamed(token, renames);
    if (text === undefined) continue;
    result += formula.slice(last, token.start) + text;
    last = token.end;
  }
  return last === 0 ? formula : result + formula.slice(last);
}

/** The sheets of this workbook a formula refers to, in lower case (a 3D reference's both ends; other workbooks' not). */
export function referencedSheets(formula: string): string[] {
  return tokenize(formula).flatMap((token) => {
    if (token.type === "ref" && !token.ref.external && token.ref.sheet !== undefined) return [token.ref.sheet, ...(token.ref.sheetTo === undefined ? [] : [token.ref.sheetTo])].map((sheet) => sheet.toLowerCase());
    if (token.type === "name" && token.sheet !== undefined) return [token.sheet.toLowerCase()];
    return [];
  });
}
