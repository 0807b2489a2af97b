import { readFile } from "fs/promises";
import { CsvError, parse } from "csv-parse/sync";
import type { CountyPopulation } from "../engine";
import type { Locale } from "../i18n/locale";
import { columnLetter } from "../workbook/a1";
import { parsePopulationRows, type ParsedRow, type PopulationIssue, type PopulationIssueCode } from "./populationRows";

/*
 * The population file of the headless command: CSV text with a header row (namn, typ, invånare,
 * optional kod), read with the same rules as a range in the task pane (populationRows.ts). Excel in
 * Swedish saves "CSV (semikolonavgränsad)", other tools use commas: the delimiter is taken from the
 * header line. UTF-8 with or without BOM.
 */

/** What can be wrong with the file itself, before any row is read. */
export type CsvFileIssueCode = "fileNotFound" | "fileUnreadable" | "notUtf8" | "csvSyntax";

export interface PopulationFileIssue extends Omit<PopulationIssue, "code" | "message"> {
  readonly code: PopulationIssueCode | CsvFileIssueCode;
  /** The file as the user named it. */
  readonly file: string;
  /** The full message, starting with the file: "befolkning.csv: Rad 5, kolumn ”invånare” (C5): …". */
  readonly message: string;
}

export type PopulationCsvResult =
  | { readonly ok: true; readonly file: string; readonly county: CountyPopulation; readonly rows: readonly ParsedRow[] }
  | { readonly ok: false; readonly file: string; readonly issues: readonly PopulationFileIssue[]; readonly rows: readonly ParsedRow[] };

export interface PopulationCsvOptions {
  /** The file's name for the messages (as the user wrote it). */
  readonly file: string;
  readonly locale?: Locale;
  readonly stockholmTotal?: number;
}

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA): the product's one A1 implementation. */
export { columnLetter as columnLetters } from "../workbook/a1";

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

function fileIssue(file: string, code: CsvFileIssueCode, row: number, reason: string, locale: Locale): PopulationFileIssue {
  const where = row > 0 ? (locale === "sv" ? `rad ${row}: ` : `row ${row}: `) : "";
  return { code, file, row, reason, message: `${file}: ${where}${reason}.` };
}

function decode(input: string | Uint8Array, file: string, locale: Locale): string | PopulationFileIssue {
  if (typeof input === "string") return input;
  const bytes = input;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileIssue(
      file,
      "notUtf8",
      0,
      locale === "sv"
        ? "filen är sparad som UTF-16 (Unicode-text); spara den som CSV UTF-8 i stället"
        : "the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8 instead",
      locale,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fileIssue(
      file,
      "notUtf8",
      0,
      locale === "sv"
        ? "filen är inte UTF-8 (sparad som ”CSV (semikolonavgränsad)” i äldre teckenkodning?); spara den som ”CSV UTF-8”"
        : "the file is not UTF-8 (saved with an older character encoding?); save it as \"CSV UTF-8\"",
      locale,
    );
  }
}

/** Parses the text (or bytes) of a population CSV; every issue names the file, row and column. */
export function parsePopulationCsv(input: string | Uint8Array, options: PopulationCsvOptions): PopulationCsvResult {
  const locale: Locale = options.locale ?? "sv";
  const { file } = options;
  const text = decode(input, file, locale);
  if (typeof text !== "string") return { ok: false, file, issues: [text], rows: [] };

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
    const reason =
      code === "CSV_QUOTE_NOT_CLOSED"
        ? locale === "sv"
          ? "ett citattecken (\") öppnas men stängs aldrig"
          : 'a quotation mark (") is opened but never closed'
        : code === "CSV_INVALID_CLOSING_QUOTE"
          ? locale === "sv"
            ? "ett fält har text efter sitt avslutande citattecken"
            : "a field has text after its closing quotation mark"
          : locale === "sv"
            ? `filen kan inte läsas som CSV (${error instanceof Error ? error.message : String(error)})`
            : `the file cannot be read as CSV (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, file, issues: [fileIssue(file, "csvSyntax", line, reason, locale)], rows: [] };
  }

  // A record's row is the line it starts on, as a text editor (and Excel, for one-line records) shows it.
  const startLines = records.map(({ record, info }) => info.lines - record.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0));
  const result = parsePopulationRows(
    records.map(({ record }) => record),
    {
      locale,
      stockholmTotal: options.stockholmTotal,
      rowNumber: (index) => startLines[index] ?? index + 1,
      cellAddress: (rowIndex, columnIndex) => `${columnLetter(columnIndex)}${startLines[rowIndex] ?? rowIndex + 1}`,
    },
  );
  if (result.ok) return { ok: true, file, county: result.county, rows: result.rows };
  return {
    ok: false,
    file,
    rows: result.rows,
    issues: result.issues.map((issue) => ({ ...issue, file, message: `${file}: ${issue.message}` })),
  };
}

/** Reads and parses a population CSV file; a missing or unreadable file is an issue, not a throw. */
export async function readPopulationCsv(path: string, options: Omit<PopulationCsvOptions, "file"> & { readonly file?: string } = {}): Promise<PopulationCsvResult> {
  const locale: Locale = options.locale ?? "sv";
  const file = options.file ?? path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const issue =
      code === "ENOENT"
        ? fileIssue(file, "fileNotFound", 0, locale === "sv" ? "filen finns inte" : "the file does not exist", locale)
        : fileIssue(
            file,
            "fileUnreadable",
            0,
            locale === "sv"
              ? `filen kan inte läsas (${code ?? (error as Error).message})`
              : `the file cannot be read (${code ?? (error as Error).message})`,
            locale,
          );
    return { ok: false, file, issues: [issue], rows: [] };
  }
  return parsePopulationCsv(bytes, { ...options, file, locale });
}
