import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M } from "./messages";

/*
 * What the table readers of src/input share (the population table, the previous amounts): a cell as
 * text, a header as compared, and the issues of a table, each naming its row, column and cell, listed
 * in order and cut at MAX_LISTED_ISSUES.
 */

export type CellInput = string | number | boolean | null | undefined;

/** An issue of a table read by these rules, with its own codes. */
export interface IssueOf<C extends string> {
  readonly code: C;
  /** The row, 1-based as in the file or sheet (the header is the first row of the table). */
  readonly row: number;
  /** The column's header as written in the table (for a missing column: its expected name). */
  readonly column?: string;
  /** The cell's address when the caller gave `cellAddress` ("Blad1!C5"). */
  readonly cell?: string;
  /** The offending text or number, when there is one. */
  readonly value?: string;
  /** What is wrong, without the location ("”abc” är inte ett tal"). */
  readonly reason: string;
  /** The whole message with its location: "Rad 5, kolumn ”invånare” (C5): ”abc” är inte ett tal." */
  readonly message: string;
  /** The file the table came from, when it is one of several ("befolkning.csv"); its messages do not repeat it. */
  readonly source?: string;
}

/**
 * The most data rows a table may have. Stockholm county has 26 municipalities and some 14 districts;
 * a national file has 290 municipalities and 21 counties; no table of ours has a thousand. Larger
 * tables are refused before any row is read (a selection of whole columns, a wrong file), with one issue.
 */
export const MAX_DATA_ROWS = 5_000;

/** The most issues listed; the rest are counted in one last issue ("… och 130 fel till"). */
export const MAX_LISTED_ISSUES = 20;

/** A header as compared: case, spaces, "_", "-" and "." folded ("Antal invånare" → "antalinvånare"). */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/, "")
    .toLocaleLowerCase("sv-SE")
    .replace(/[\s_\-.]+/g, "");
}

/** A cell as text, trimmed ("" for an empty cell). */
export function cellText(value: CellInput): string {
  if (value === null || value === undefined) return "";
  return String(value).normalize("NFC").trim();
}

/** Where an issue is: "Rad 5, kolumn ”invånare” (C5)". */
export function location(row: number, column: string | undefined, cell: string | undefined, locale: Locale): string {
  const parts = [say(M.row, locale, row)];
  if (column !== undefined) parts.push(say(M.column, locale, column));
  return `${parts.join(", ")}${cell ? ` (${cell})` : ""}`;
}

/** The issues in order (table by table as they came, then by row), cut at MAX_LISTED_ISSUES with one last issue counting the rest. */
export function listed<C extends string>(issues: readonly IssueOf<C>[], locale: Locale): { issues: readonly IssueOf<C | "moreIssues">[]; issueCount: number } {
  const sources: (string | undefined)[] = [];
  for (const issue of issues) if (!sources.includes(issue.source)) sources.push(issue.source);
  const sorted = [...issues].sort((a, b) => sources.indexOf(a.source) - sources.indexOf(b.source) || a.row - b.row);
  if (sorted.length <= MAX_LISTED_ISSUES) return { issues: sorted, issueCount: sorted.length };
  const left = sorted.length - MAX_LISTED_ISSUES;
  const reason = say(M.moreIssues, locale, left);
  const next = sorted[MAX_LISTED_ISSUES];
  const more: IssueOf<"moreIssues"> = { code: "moreIssues", row: next.row, reason, message: `${reason}.`, ...(next.source !== undefined ? { source: next.source } : {}) };
  return { issues: [...sorted.slice(0, MAX_LISTED_ISSUES), more], issueCount: sorted.length };
}

/** Where a table's issues go: each names its row and, with a column, the column's header and the cell. */
export interface Issues<C extends string> {
  readonly locale: Locale;
  readonly rowNumber: (rowIndex: number) => number;
  /** An issue of a row (or of one of its cells); the row is then not valid. */
  add(code: C, rowIndex: number, columnIndex: number | undefined, reason: string, value?: string): void;
}

/** The issues of one table as they are found (`listed` puts them in order and cuts the list). */
export class IssueList<C extends string> implements Issues<C> {
  readonly all: IssueOf<C>[] = [];
  readonly invalidRows = new Set<number>();

  constructor(
    readonly locale: Locale,
    readonly rowNumber: (rowIndex: number) => number,
    private headerTexts: readonly string[],
    private readonly cellAddress?: (rowIndex: number, columnIndex: number) => string,
    /** The file the table is, when there are several. */
    readonly source?: string,
  ) {}

  /** The header's texts, once it is found: the columns of the issues after this are named by them. */
  useHeader(texts: readonly string[]): void {
    this.headerTexts = texts;
  }

  add(code: C, rowIndex: number, columnIndex: number | undefined, reason: string, value?: string): void {
    const row = this.rowNumber(rowIndex);
    const column = columnIndex === undefined ? undefined : this.headerTexts[columnIndex] || undefined;
    const cell = columnIndex !== undefined && this.cellAddress ? this.cellAddress(rowIndex, columnIndex) : undefined;
    this.all.push({
      code,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(cell !== undefined ? { cell } : {}),
      ...(value !== undefined ? { value } : {}),
      reason,
      message: `${location(row, column, cell, this.locale)}: ${reason}.`,
      ...(this.source !== undefined ? { source: this.source } : {}),
    });
    this.invalidRows.add(rowIndex);
  }

  /** An issue of the table as a whole or of its header, with its own message. */
  push(issue: Omit<IssueOf<C>, "source">): void {
    this.all.push({ ...issue, ...(this.source !== undefined ? { source: this.source } : {}) });
  }
}

/** The problems of a figure's text itself (the one number reader's refusals). */
export type TextProblem = "ambiguousSeparator" | "ambiguousFraction" | "scientific" | "tooManyDigits" | "wrongUnit";

/** A table cell's issue code for a refusal of its text by the one number reader; its message is the reader's. */
export function textIssueCode(problem: TextProblem): "ambiguousNumber" | "scientificNotation" | "tooManyDigits" | "wrongUnit" {
  switch (problem) {
    case "ambiguousSeparator":
    case "ambiguousFraction":
      return "ambiguousNumber";
    case "scientific":
      return "scientificNotation";
    case "tooManyDigits":
    case "wrongUnit":
      return problem;
  }
}
