import { cellAddress, qualifiedAddress, type Token } from "../../formula";
import { CHECK_MESSAGES as M, localized } from "../messages";
import { cellText, isEmptyOrDash, parseNumber } from "../parse";
import type { Finding } from "../types";
import { type Audit, bookFinding, cellKey, type FormulaCell, placedCells, tableCellAt, tableFinding, whereOf } from "./findings";
import type { BookCell, Target } from "./book";
import { parameterOf } from "./literals";
import { numberValue, type Place, places } from "./shape";

/*
 * Following the checked cells' formulas to what they refer to, and on from there through every
 * formula met (names included, each cell once): a parameter of the agreements written into a formula,
 * a number stored as text where a formula sums or divides it, a reference to an empty cell. A cell
 * the check was not given is unknown and never called empty.
 */

/** Functions that add up or compare the cells of a range, skipping text silently. */
const AGGREGATES = new Set(["SUM", "SUBTOTAL", "SUMPRODUCT", "AVERAGE", "MAX", "MIN", "PRODUCT", "AGGREGATE", "SUMIF", "SUMIFS"]);
/** Functions that ask whether a cell is empty or what it holds: a reference in them (anywhere in the formula) may be empty. */
const GUARDS = new Set(["ISNUMBER", "ISBLANK", "ISTEXT", "ISNONTEXT", "ISERROR", "ISERR", "ISNA", "ISLOGICAL", "N", "T", "COUNT", "COUNTA", "COUNTBLANK", "COUNTIF", "COUNTIFS", "ROWS", "COLUMNS", "ROW", "COLUMN"]);
/** At most this many formulas are followed (a whole workbook's worth). */
const MAX_FORMULAS = 20_000;

export function auditReferences(audit: Audit): void {
  const seen = new Set<string>();
  const queue: FormulaCell[] = [];
  const enqueue = (host: FormulaCell) => {
    const key = cellKey(host.sheet, host.address);
    if (seen.has(key) || seen.size >= MAX_FORMULAS) return;
    seen.add(key);
    queue.push(host);
  };
  for (const table of audit.checked) {
    for (const row of [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])]) {
      for (const placed of placedCells(table, row)) {
        if (placed.cell.formula) enqueue({ sheet: placed.sheet, at: placed.at, address: placed.cell.address, formula: placed.cell.formula, placed });
      }
    }
  }
  const textNumbers = new Set<string>();
  for (let index = 0; index < queue.length; index++) {
    audit.formulas++;
    audit.followed.push(queue[index]);
    lookAt(audit, queue[index], enqueue, textNumbers);
  }
}

function lookAt(audit: Audit, host: FormulaCell, enqueue: (host: FormulaCell) => void, textNumbers: Set<string>): void {
  const tokens = audit.book.tokens(host.formula);
  const where = places(tokens);
  findLiteral(audit, host, tokens, where);
  const guarded = new Set(tokens.filter((token, index) => (token.type === "ref" || token.type === "name") && where[index].functions.some((name) => GUARDS.has(name))).map((token) => token.text.toUpperCase()));
  const empties: string[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "ref" && token.type !== "name") return;
    const targets: Target[] = token.type === "ref" ? [{ sheet: token.ref.sheet ?? host.sheet, ref: token.ref }] : (audit.book.resolveName(token.name, host.sheet) ?? []);
    const place = where[index];
    const summed = place.functions.some((name) => AGGREGATES.has(name));
    for (const target of targets) {
      // Another workbook is not followed; a 3D reference is judged whole (smells.ts).
      if (target.ref.external || target.ref.sheetTo !== undefined) continue;
      if (target.ref.shape !== "cell") {
        if (summed || place.dividesOrMultiplies) for (const cell of audit.book.cellsOf(target)) textNumber(audit, host, cell, summed, textNumbers);
        continue;
      }
      const cell = audit.book.cellsOf(target)[0];
      if (!cell) continue;
      if (cell.formula !== undefined) enqueue({ sheet: cell.sheet, at: cell.at, address: cell.address, formula: cell.formula });
      else if (isEmptyOrDash(cell.value) && !guarded.has(token.text.toUpperCase())) empties.push(token.type === "name" ? `${token.text} (${qualifiedAddress(cell.sheet, cell.address)})` : qualifiedAddress(cell.sheet, cell.address));
      else if (summed || place.arithmetic) textNumber(audit, host, cell, summed, textNumbers);
    }
  });
  if (empties.length > 0) {
    const references = [...new Set(empties)].join(", ");
    report(audit, host, "emptyReference", (where) => localized(M.emptyReference, where, host.formula, references), localized(M.expectedValueIn, references));
  }
}

/** A formula finding at the host cell: a table's figure cell, or a cell elsewhere. */
function report(audit: Audit, host: FormulaCell, reason: Finding["reasons"][number], message: (where: string) => ReturnType<typeof localized>, expected: ReturnType<typeof localized>): void {
  const placed = host.placed ?? tableCellAt(audit, host.sheet, host.address);
  const base = placed ? tableFinding(placed, reason, { sv: "", en: "" }, expected, host.formula) : bookFinding(audit, host.sheet, host.at, host.address, host.formula, reason, { sv: "", en: "" }, expected);
  audit.findings.push({ ...base, message: message(whereOf(base)) });
}

/** The first parameter of the agreements the formula writes as a number, as one finding at the formula's cell. */
function findLiteral(audit: Audit, host: FormulaCell, tokens: readonly Token[], where: readonly Place[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type !== "number") continue;
    const percentOf100 = tokens[index + 1]?.text === "/" && tokens[index + 2]?.type === "number" && tokens[index + 2].text === "100";
    const value = percentOf100 ? token.value / 100 : numberValue(tokens, index);
    const parameter = parameterOf(value, where[index].arithmetic, audit.parameters);
    if (!parameter) continue;
    const literal = `${token.text}${tokens[index + 1]?.text === "%" ? "%" : ""}`;
    const holder = audit.book.constantHolding(value);
    const expected = holder ? localized(M.expectedReferenceTo, qualifiedAddress(holder.sheet, holder.address), audit.book.nameOf(holder.sheet, holder.address)) : localized(M.expectedReferenceToValue, literal);
    report(audit, host, "literalParameter", (place) => localized(M.literalParameter, place, host.formula, literal, parameter.what), expected);
    audit.literalAt.add(cellKey(host.sheet, host.address));
    return;
  }
}

/** A number stored as text, in a cell a formula sums or divides: one finding at that cell. */
function textNumber(audit: Audit, host: FormulaCell, cell: BookCell, summed: boolean, textNumbers: Set<string>): void {
  if (typeof cell.value !== "string" || cell.formula !== undefined || isEmptyOrDash(cell.value)) return;
  const number = parseNumber(cell.value, "kr") ?? parseNumber(cell.value, "persons") ?? parseNumber(cell.value, "percent");
  const key = cellKey(cell.sheet, cell.address);
  if (!number || textNumbers.has(key)) return;
  textNumbers.add(key);
  const by = qualifiedAddress(host.sheet === cell.sheet ? undefined : host.sheet, host.address);
  const text = cellText(cell.value);
  const placed = tableCellAt(audit, cell.sheet, cell.address);
  const expected = localized(M.expectedNumber, text);
  const base = placed ? tableFinding(placed, "textNumber", { sv: "", en: "" }, expected, cell.value) : bookFinding(audit, cell.sheet, cell.at, cellAddress(cell.at.column, cell.at.row), cell.value, "textNumber", { sv: "", en: "" }, expected);
  audit.findings.push({ ...base, message: localized(summed ? M.textNumberSummed : M.textNumberDivided, whereOf(base), text, by) });
}
