import { readFile, stat } from "fs/promises";
import { CsvError, parse } from "csv-parse/sync";

/*
 * The product's one CSV file reader (Node: the commands and tests), in three steps a caller takes in
 * order: the file's bytes (readFileBytes), their text (decodeCsvBytes: UTF-8 with or without BOM;
 * UTF-16 and older encodings refused), and the records (parseCsvText: ";" as Swedish Excel saves
 * "CSV (semikolonavgränsad)", or "," as other tools do, taken from the header line; each record
 * with the line it starts on). A refusal is a code with its details: each caller words it in its
 * own catalogue (the population file in src/input/messages.ts, the checker in src/check/messages.ts).
 */

/** Why a file could not be read at all. */
export type FileRefusal =
  | { readonly ok: false; readonly problem: "notFound" }
  /** `reason` is the system's error code ("EISDIR", "EACCES"), or its message when it has none. */
  | { readonly ok: false; readonly problem: "unreadable"; readonly reason: string }
  /** Larger than the caller's `refuseAbove`: refused by its size alone, without reading it. */
  | { readonly ok: false; readonly problem: "tooLarge"; readonly bytes: number };

export interface ReadFileOptions {
  /** Refuse a file of more bytes than this before reading it into memory. */
  readonly refuseAbove?: number;
}

/** The bytes of a file; a missing, unreadable or (with `refuseAbove`) too large file is a refusal, not a throw. */
export async function readFileBytes(path: string, options: ReadFileOptions = {}): Promise<{ readonly ok: true; readonly bytes: Buffer } | FileRefusal> {
  try {
    const stats = await stat(path);
    if (options.refuseAbove !== undefined && stats.isFile() && stats.size > options.refuseAbove) return { ok: false, problem: "tooLarge", bytes: stats.size };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, problem: "notFound" };
    return { ok: false, problem: "unreadable", reason: code ?? (error as Error).message };
  }
}

/** The text of a CSV file's bytes: UTF-8 (a BOM is dropped); UTF-16 (by its BOM) and bytes that are not UTF-8 are refused. */
export function decodeCsvBytes(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: "utf16" | "notUtf8" } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, problem: "utf16" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: "notUtf8" };
  }
}

/** `;` or `,`: whichever occurs more often outside quotes in the first line (`,` on a tie). */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text.replace(/^\ufeff/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons > commas ? ";" : ",";
}

/** One record of a CSV file: its fields, every one a string, and the line it starts on (from 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

export type CsvParse =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | {
      readonly ok: false;
      /** quoteNotClosed: `"` opened and never closed; textAfterClosingQuote: `"x"y`; syntax: anything else. */
      readonly problem: "quoteNotClosed" | "textAfterClosingQuote" | "syntax";
      /** The line where the parser stopped (0 when it does not say). */
      readonly line: number;
      /** The parser's own message. */
      readonly detail: string;
    };

/**
 * The records of CSV text (a BOM is dropped), the delimiter taken from the header line. Blank lines
 * are records of one empty field; short records are kept short. A record's line is the line it
 * starts on, as a text editor (and Excel, for one-line records) shows it.
 */
export function parseCsvText(text: string): CsvParse {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = error instanceof CsvError && typeof (error as CsvError & { lines?: number }).lines === "number" ? (error as CsvError & { lines: number }).lines : 0;
    const code = error instanceof CsvError ? error.code : "";
    const problem = code === "CSV_QUOTE_NOT_CLOSED" ? "quoteNotClosed" : code === "CSV_INVALID_CLOSING_QUOTE" ? "textAfterClosingQuote" : "syntax";
    return { ok: false, problem, line, detail: error instanceof Error ? error.message : String(error) };
  }
  // info.lines is the line a record ends on: a field's line breaks take it back to where it started.
  return {
    ok: true,
    records: records.map(({ record, info }) => ({ fields: record, line: info.lines - record.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0) })),
  };
}

/** The rows of CSV text, every field a string; throws on text that is not CSV (for text known to be good: fixtures, tests). */
export function csvTextToRows(text: string): string[][] {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new SyntaxError(parsed.detail);
  return parsed.records.map((record) => record.fields);
}
