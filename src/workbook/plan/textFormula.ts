import { Decimal, roundHalfAwayFromZero } from "../../engine";
import { formatNumber, type Locale } from "../../i18n";

/*
 * Text made by a formula: a sentence of texts.ts with figures in it, written once and rendered two
 * ways, as an Excel formula ("Farsta betalar "&FIXED(D21,0)&" kr per år.") and as the text the
 * engine's figures give ("Farsta betalar 35 028 kr per år."), so the workbook's paragraph and the
 * pane's are the same sentence. Figures go through FIXED(x, decimals), which rounds half away from
 * zero and groups digits with the reader's own separators in every Excel language (and LibreOffice);
 * the text rendering does the same with the plan's language (src/i18n/locale.ts). A figure is never
 * negative here: the sentences say "an increase" or "a decrease" of an absolute amount, since FIXED
 * and Intl write a minus sign differently.
 */

/** A figure: an expression for the formula and its value for the text, rounded to `decimals`. */
export interface NumberSlot {
  readonly kind: "number";
  readonly expr: string;
  readonly value: Decimal;
  readonly decimals: number;
}

/** A text from a cell (a unit's name): the expression and its value. */
export interface TextSlot {
  readonly kind: "text";
  readonly expr: string;
  readonly value: string;
}

/** One of two texts, by a condition the formula tests and the engine knows. */
export interface Choice {
  readonly kind: "if";
  readonly test: string;
  readonly holds: boolean;
  readonly then: readonly Piece[];
  readonly otherwise: readonly Piece[];
}

export type Slot = NumberSlot | TextSlot;
export type Piece = string | Slot | Choice;

export const figure = (expr: string, value: Decimal | number, decimals: number): NumberSlot => ({ kind: "number", expr, value: new Decimal(value), decimals });
export const name = (expr: string, value: string): TextSlot => ({ kind: "text", expr, value });
export const choice = (test: string, holds: boolean, then: readonly Piece[], otherwise: readonly Piece[] = []): Choice => ({ kind: "if", test, holds, then, otherwise });

// Markers no sentence contains: U+E000 and U+E001, private-use characters.
const MARK = /\uE000(\d+)\uE001/;

/**
 * A sentence of texts.ts with slots in it: the sentence function is called with markers in place of
 * its arguments, and the text between them becomes literal pieces. A slot may be pieces of its own
 * (a phrase that depends on a figure, "en ökning med …").
 */
export function sentence(template: (...slots: string[]) => string, ...slots: readonly (Slot | readonly Piece[])[]): Piece[] {
  const marked = template(...slots.map((_, index) => `\uE000${index}\uE001`));
  const pieces: Piece[] = [];
  let rest = marked;
  for (let match = MARK.exec(rest); match; match = MARK.exec(rest)) {
    if (match.index > 0) pieces.push(rest.slice(0, match.index));
    const slot = slots[Number(match[1])];
    if (Array.isArray(slot)) pieces.push(...(slot as readonly Piece[]));
    else pieces.push(slot as Slot);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/** The text the pieces give with the engine's figures, in the plan's language. */
export function piecesText(pieces: readonly Piece[], locale: Locale): string {
  return pieces
    .map((piece) => {
      if (typeof piece === "string") return piece;
      if (piece.kind === "text") return piece.value;
      if (piece.kind === "number") return formatNumber(roundHalfAwayFromZero(piece.value, piece.decimals).toNumber(), locale, piece.decimals);
      return piecesText(piece.holds ? piece.then : piece.otherwise, locale);
    })
    .join("");
}

/** Excel keeps at most 255 characters in one string literal of a formula. */
const LITERAL_LIMIT = 250;

function literal(text: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += LITERAL_LIMIT) parts.push(`"${text.slice(start, start + LITERAL_LIMIT).replace(/"/g, '""')}"`);
  return parts;
}

/** The pieces as one formula expression (no leading "="): literals, FIXED figures and IFs joined by "&". */
export function piecesExpression(pieces: readonly Piece[]): string {
  const parts: string[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") parts.push(...literal(text));
    text = "";
  };
  for (const piece of pieces) {
    if (typeof piece === "string") {
      text += piece;
      continue;
    }
    flush();
    if (piece.kind === "text") parts.push(piece.expr);
    else if (piece.kind === "number") parts.push(`FIXED(${piece.expr},${piece.decimals})`);
    else parts.push(`IF(${piece.test},${piecesExpression(piece.then)},${piecesExpression(piece.otherwise)})`);
  }
  flush();
  return parts.length === 0 ? '""' : parts.join("&");
}

/**
 * A total that says only true things: the sum when every row of `range` has a number, "" when none
 * has, and otherwise how many have one ("3 av 40 angivna", from the sentence `entered`).
 */
export function countedTotalFormula(range: string, entered: (count: string, rows: string) => string): string {
  const count = `COUNT(${range})`;
  const rows = `ROWS(${range})`;
  // Whole numbers need no FIXED: "&" writes 3 as "3" in every language.
  const counted = piecesExpression(sentence(entered, name(count, ""), name(rows, "")));
  return `=IF(${count}=${rows},SUM(${range}),IF(${count}=0,"",${counted}))`;
}

/** The value countedTotalFormula gives: the sum, null (blank), or the count sentence. */
export function countedTotalValue(values: readonly (Decimal | undefined)[], entered: (count: string, rows: string) => string): Decimal | string | null {
  const given = values.filter((value): value is Decimal => value !== undefined);
  if (given.length === values.length) return given.reduce((total, value) => total.plus(value), new Decimal(0));
  if (given.length === 0) return null;
  return entered(String(given.length), String(values.length));
}
