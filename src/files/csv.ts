import { readFile, stat } from "fs/promises";
import { CsvError, parse } from "csv-parse/sync";
import iconv from "iconv-lite";

/*
 * The product's one CSV file reader (Node: the commands and tests), in three steps a caller takes in
 * order: the file's bytes (readFileBytes), their text (decodeCsvBytes), and the records
 * (parseCsvText). The text is read as the files people download come: UTF-8 with or without BOM,
 * UTF-16 with its BOM (Excel's "Unicode-text"), and Windows-1252 when the bytes are not UTF-8 (SCB's
 * PX-Web exports, Excel's older "CSV (semikolonavgränsad)"); the caller says which in its summary.
 * The delimiter is ";" (Swedish Excel, SCB), "," (PX-Web, other tools) or a tab, whichever the lines
 * of the file agree on, title lines above the table notwithstanding; each record comes with the line
 * it starts on. A refusal is a code with its details: each caller words it in its own catalogue (the
 * population file in src/input/messages.ts, the checker in src/check/messages/).
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

/** The encodings a CSV file is read in. */
export type CsvEncoding = "utf-8" | "utf-16" | "windows-1252";

export type DecodedCsv = { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding } | { readonly ok: false; readonly problem: "notText" };

/**
 * The text of a CSV file's bytes: UTF-16 by its BOM; UTF-8 (a BOM dropped) when the bytes are UTF-8;
 * else Windows-1252, the encoding of Swedish Windows and of SCB's PX-Web exports (every byte is a
 * character there, so it reads whatever the file is; the caller says it was used). Bytes with a NUL
 * in them and no UTF-16 BOM are no text file at all.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes.includes(0)) return { ok: false, problem: "notText" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not Node's TextDecoder("windows-1252"): since Node 20.18.3 it decodes as Latin-1, so 0x96 is a
    // control character instead of "–" (nodejs/node#60888); iconv-lite has the WHATWG table.
    return { ok: true, text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
  }
}

export type CsvDelimiter = ";" | "," | "\t";

/** How many lines (of the first 50 with anything on them) hold each delimiter outside quotes. */
function delimiterLines(text: string): Record<CsvDelimiter, number> {
  const lines: Record<CsvDelimiter, number> = { ";": 0, ",": 0, "\t": 0 };
  let seen = new Set<string>();
  let quoted = false;
  let filled = false;
  let counted = 0;
  for (const char of text.replace(/^\ufeff/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      for (const delimiter of seen) lines[delimiter as CsvDelimiter]++;
      if (filled && ++counted >= 50) break;
      seen = new Set();
      filled = false;
      continue;
    } else if (!quoted && (char === ";" || char === "," || char === "\t")) seen.add(char);
    if (!/\s/.test(char)) filled = true;
  }
  for (const delimiter of seen) lines[delimiter as CsvDelimiter]++;
  return lines;
}

/**
 * `;`, tab or `,`: the one most lines hold (outside quotes), so a title line above the table or a
 * decimal comma in some figures does not decide it; on a tie `;`, then tab, then `,`, as a Swedish
 * file would have it. A file with none of them is read with `,` (one field a line).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = delimiterLines(text);
  let best: CsvDelimiter = ",";
  let most = 0;
  for (const delimiter of [";", "\t", ","] as const) {
    if (lines[delimiter] > most) [best, most] = [delimiter, lines[delimiter]];
  }
  return best;
}

/** One record of a CSV file: its fields, every one a string, and the line it starts on (from 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

export type CsvParse =
  | { readonly ok: true; readonly records: readonly CsvRecord[]; readonly delimiter: CsvDelimiter }
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
  const delimiter = detectDelimiter(text);
  try {
    records = parse(text, {
      delimiter,
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
    delimiter,
    records: records.map(({ record, info }) => ({ fields: record, line: info.lines - record.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0) })),
  };
}

/** The rows of CSV text, every field a string; throws on text that is not CSV (for text known to be good: fixtures, tests). */
export function csvTextToRows(text: string): string[][] {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new SyntaxError(parsed.detail);
  return parsed.records.map((record) => record.fields);
}
