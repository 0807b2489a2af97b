import { qualifiedAddress, type Reference, type Token } from "../../formula";
import { BOOK_MESSAGES as B } from "../book/messages";
import type { Context } from "../context";
import { localized } from "../messages";
import { isErrorValue } from "../parse";
import type { Finding, FindingReason, LocalizedText } from "../types";
import type { BookCell, Target } from "./book";
import { type Audit, bookFinding, cellKey, type FormulaCell, tableCellAt, tableFinding, whereOf } from "./findings";
import { cellsOf } from "./shape";

/*
 * What a spreadsheet auditor looks for besides the figures, in the formulas the audit followed from
 * the checked cells (references.ts): references into other workbooks (not followed: their values are
 * the last saved), 3D references over a run of sheets, error values in a formula's text or in a cell
 * that feeds the table, and cells whose formulas refer to each other round (circular references).
 * Each is a finding at its cell; a defined name that points into another workbook is a problem
 * naming the name.
 */

/** At most this many cells of one 3D reference are looked at, and this many empty ones named. */
const MAX_3D_CELLS = 2_000;
const NAMED_EMPTY = 5;

export function auditSmells(audit: Audit, externalBooks: readonly string[], context: Context): void {
  const bookName = (ref: Reference) => {
    const number = Number(ref.book);
    return Number.isInteger(number) && number >= 1 && externalBooks[number - 1] ? `[${ref.book}] ${externalBooks[number - 1]}` : `[${(ref.book ?? "").replace(/^\[|\]$/g, "")}]`;
  };
  const erroneous = new Set<string>();
  for (const host of audit.followed) {
    const tokens = audit.book.tokens(host.formula);
    const targets = tokens.flatMap((token) => targetsOf(audit, token, host.sheet));
    const external = [...new Set(targets.filter((target) => target.ref.external).map((target) => bookName(target.ref)))];
    if (external.length > 0) push(audit, host, "externalReference", "warning", (where) => localized(B.externalReference, where, host.formula, external));
    for (const token of tokens) if (token.type === "ref" && token.ref.sheetTo !== undefined && !token.ref.external) threeD(audit, host, token);
    const literal = tokens.find((token) => token.type === "error");
    if (literal) push(audit, host, "errorValue", "error", (where) => localized(B.errorInFormula, where, host.formula, literal.text));
    for (const target of targets) {
      if (target.ref.external || target.ref.sheetTo !== undefined) continue;
      for (const cell of audit.book.cellsOf(target)) if (isErrorValue(cell.value)) feedsError(audit, host, cell, erroneous);
    }
  }
  reportExternalNames(audit, bookName, context);
  findCircles(audit);
}

/** The references a token stands for: itself, or what its defined name refers to. */
function targetsOf(audit: Audit, token: Token, sheet: string): Target[] {
  if (token.type === "ref") return [{ sheet: token.ref.sheet ?? sheet, ref: token.ref }];
  if (token.type === "name") return audit.book.resolveName(token.name, token.sheet ?? sheet) ?? [];
  return [];
}

/** A finding at a formula cell: a table's figure cell or a cell elsewhere. */
function push(audit: Audit, host: FormulaCell, reason: FindingReason, severity: Finding["severity"], message: (where: string) => LocalizedText): void {
  const placed = host.placed ?? tableCellAt(audit, host.sheet, host.address);
  const base = placed ? tableFinding(placed, reason, { sv: "", en: "" }, undefined, host.formula) : bookFinding(audit, host.sheet, host.at, host.address, host.formula, reason, { sv: "", en: "" });
  audit.findings.push({ ...base, severity, message: message(whereOf(base)) });
}

/** A 3D reference: the sheets it runs over (in the workbook's order) and its empty cells there. */
function threeD(audit: Audit, host: FormulaCell, token: Extract<Token, { type: "ref" }>): void {
  const { ref } = token;
  const sheets = audit.book.sheets();
  const index = (name: string | undefined) => sheets.findIndex((sheet) => sheet.toLocaleLowerCase("sv-SE") === (name ?? "").toLocaleLowerCase("sv-SE"));
  const [first, last] = [index(ref.sheet), index(ref.sheetTo)];
  const over = first >= 0 && last >= 0 ? sheets.slice(Math.min(first, last), Math.max(first, last) + 1) : [ref.sheet!, ref.sheetTo!];
  const empty: string[] = [];
  const positions = cellsOf(ref).slice(0, MAX_3D_CELLS);
  for (const sheet of over) {
    for (const at of positions) {
      if (empty.length < NAMED_EMPTY && audit.book.isEmpty(sheet, at)) empty.push(qualifiedAddress(sheet, audit.book.cell(sheet, at)!.address));
    }
  }
  push(audit, host, "threeDReference", "warning", (where) => localized(B.threeDReference, where, host.formula, token.text, over, empty));
}

/** A cell showing an error value that a followed formula takes in: one finding at that cell (a table's own are found with its figures). */
function feedsError(audit: Audit, host: FormulaCell, cell: BookCell, erroneous: Set<string>): void {
  const key = cellKey(cell.sheet, cell.address);
  if (erroneous.has(key) || tableCellAt(audit, cell.sheet, cell.address)) return;
  erroneous.add(key);
  const base = bookFinding(audit, cell.sheet, cell.at, cell.address, cell.formula ?? cell.value, "errorValue", { sv: "", en: "" });
  const feeds = qualifiedAddress(host.sheet === cell.sheet ? undefined : host.sheet, host.address);
  audit.findings.push({ ...base, message: localized(B.errorFeeds, whereOf(base), String(cell.value), feeds) });
}

/** Each defined name that refers into another workbook, once. */
function reportExternalNames(audit: Audit, bookName: (ref: Reference) => string, context: Context): void {
  for (const name of audit.book.definedNames()) {
    const refs = audit.book.tokens(name.formula).flatMap((token) => (token.type === "ref" && token.ref.external ? [token.ref] : []));
    if (refs.length === 0) continue;
    context.problems.push({
      severity: "warning",
      code: "externalName",
      ...(name.sheet ? { sheet: name.sheet } : {}),
      message: localized(B.externalName, name.name, name.formula, [...new Set(refs.map(bookName))]),
    });
  }
}

/** At most this many formula cells are walked looking for circles. */
const MAX_NODES = 20_000;

/**
 * Circles among the formulas reachable from the checked cells: a depth-first walk, each circle said
 * once at its first cell. A total whose SUM takes in itself is told by the totals' check already.
 */
function findCircles(audit: Audit): void {
  const state = new Map<string, "open" | "done">();
  const said = new Set<string>();
  const path: BookCell[] = [];
  const successors = (cell: BookCell) =>
    audit.book.tokens(cell.formula!).flatMap((token) =>
      targetsOf(audit, token, cell.sheet)
        .filter((target) => !target.ref.external && target.ref.sheetTo === undefined)
        .flatMap((target) => audit.book.cellsOf(target).filter((next) => next.formula !== undefined)),
    );
  const visit = (start: BookCell) => {
    const stack: { cell: BookCell; next: BookCell[]; index: number }[] = [{ cell: start, next: successors(start), index: 0 }];
    state.set(cellKey(start.sheet, start.address), "open");
    path.push(start);
    while (stack.length > 0 && state.size < MAX_NODES) {
      const top = stack[stack.length - 1];
      if (top.index >= top.next.length) {
        state.set(cellKey(top.cell.sheet, top.cell.address), "done");
        stack.pop();
        path.pop();
        continue;
      }
      const next = top.next[top.index++];
      const key = cellKey(next.sheet, next.address);
      if (state.get(key) === "open") circle(audit, path.slice(path.findIndex((cell) => cellKey(cell.sheet, cell.address) === key)), said);
      if (state.has(key)) continue;
      state.set(key, "open");
      path.push(next);
      stack.push({ cell: next, next: successors(next), index: 0 });
    }
  };
  for (const host of audit.followed) {
    const cell = audit.book.cell(host.sheet, host.at);
    if (cell?.formula !== undefined && !state.has(cellKey(cell.sheet, cell.address))) visit(cell);
  }
}

function circle(audit: Audit, cells: readonly BookCell[], said: Set<string>): void {
  const keys = cells.map((cell) => cellKey(cell.sheet, cell.address));
  const id = [...keys].sort().join("|");
  if (said.has(id)) return;
  said.add(id);
  const first = cells[0];
  const placed = tableCellAt(audit, first.sheet, first.address);
  // A total whose range takes in itself: the totals' check says so, with the range it should have.
  if (cells.length === 1 && placed && placed.row.role === "total") return;
  const named = cells.map((cell) => qualifiedAddress(cell.sheet, cell.address));
  const message = localized(B.circularReference, named);
  const base = placed ? tableFinding(placed, "circularReference", message, undefined, first.formula) : bookFinding(audit, first.sheet, first.at, first.address, first.formula ?? "", "circularReference", message);
  audit.findings.push(base);
}
