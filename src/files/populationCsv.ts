import type { CountyPopulation } from "../engine";
import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M, parsePopulationTables, type ParsedRow, type PopulationDerivations, type PopulationIssueCode, type PopulationReport, type TableInput } from "../input";
import type { CsvEncoding } from "./csv";
import { csvTableOf, readCsvTable, type CsvTable, type FileIssue, type SizeWords } from "./csvTable";

/*
 * The population files of the headless command: one or more CSV files (each read as a table by
 * ./csvTable.ts, with the one CSV reader: UTF-8, UTF-16 or Windows-1252; ";", "," or tab) read
 * together into one county with the same rules as ranges in the task pane
 * (src/input/populationRows.ts): SCB's file of municipalities beside the city's of districts. A file
 * of more than MAX_FILE_BYTES, or of more than MAX_DATA_ROWS data rows, is refused with one issue
 * before it is parsed.
 */

export { MAX_FILE_BYTES, type CsvFileIssueCode } from "./csvTable";

export type PopulationFileIssue = FileIssue<PopulationIssueCode>;

export type PopulationCsvResult =
  | {
      readonly ok: true;
      /** The files as the user named them. */
      readonly files: readonly string[];
      readonly county: CountyPopulation;
      readonly rows: readonly ParsedRow[];
      /** Present when a figure is computed from the file (Stockholm from its districts and rest post). */
      readonly derived?: PopulationDerivations;
      /** The population's date: as given, or as the files say it (`dateFromData`). */
      readonly date?: string;
      readonly dateFromData?: boolean;
      readonly report: PopulationReport;
      /** What each file was read as (the summary names any that was not UTF-8). */
      readonly encodings: readonly { readonly file: string; readonly encoding: CsvEncoding }[];
    }
  | {
      readonly ok: false;
      /** At most MAX_LISTED_ISSUES row issues, then one "moreIssues" issue counting the rest. */
      readonly issues: readonly PopulationFileIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      readonly rows: readonly ParsedRow[];
    };

export interface PopulationCsvOptions {
  readonly locale?: Locale;
  readonly stockholmTotal?: number;
  /** The figures are SCB's of 2025 or later (see PopulationRowsOptions.scbNoise). */
  readonly scbNoise?: boolean;
  /** The population's date as given (--date): the files' own dates must agree with it. */
  readonly date?: string;
}

/** The population file's words for its size limits. */
function sizeWords(locale: Locale): SizeWords {
  return {
    tooLarge: (bytes, rows, limitBytes, limitRows) => say(M.fileTooLarge, locale, bytes, rows, limitBytes, limitRows),
    tooManyRows: (rows, limit) => say(M.tooManyFileRows, locale, rows, limit),
  };
}

/** The county of the files' tables, or every issue with the file it is in. */
function populationOf(tables: readonly { readonly file: string; readonly table: CsvTable }[], locale: Locale, options: PopulationCsvOptions): PopulationCsvResult {
  const unread = tables.flatMap(({ table }) => (table.ok ? [] : [table.issue]));
  if (unread.length > 0) return { ok: false, issues: unread, issueCount: unread.length, rows: [] };
  const inputs: TableInput[] = tables.flatMap(({ file, table }) =>
    table.ok ? [{ rows: table.rows, source: file, rowNumber: table.rowNumber, cellAddress: table.cellAddress, delimiter: table.delimiter }] : [],
  );
  const { stockholmTotal, scbNoise, date } = options;
  const result = parsePopulationTables(inputs, { locale, scbNoise: scbNoise === true, ...(stockholmTotal !== undefined ? { stockholmTotal } : {}), ...(date !== undefined ? { date } : {}) });
  if (!result.ok) {
    const first = tables[0].file;
    const issues = result.issues.map((issue) => ({ ...issue, file: issue.source ?? first, message: `${issue.source ?? first}: ${issue.message}` }));
    return { ok: false, issues, issueCount: result.issueCount, rows: result.rows };
  }
  const { county, rows, derived, report } = result;
  return {
    ok: true,
    files: tables.map(({ file }) => file),
    county,
    rows,
    ...(derived ? { derived } : {}),
    ...(result.date !== undefined ? { date: result.date } : {}),
    ...(result.dateFromData ? { dateFromData: true } : {}),
    report,
    encodings: tables.map(({ file, table }) => ({ file, encoding: table.ok ? table.encoding : "utf-8" })),
  };
}

/**
 * Parses the text (or bytes) of a population CSV; every issue names the file, row and column. A file
 * over MAX_FILE_BYTES or MAX_DATA_ROWS is refused with one issue before it is parsed.
 */
export function parsePopulationCsv(input: string | Uint8Array, options: PopulationCsvOptions & { readonly file: string }): PopulationCsvResult {
  const locale: Locale = options.locale ?? "sv";
  return populationOf([{ file: options.file, table: csvTableOf(input, options.file, locale, sizeWords(locale)) }], locale, options);
}

/** Several files' texts read together into one county (tests, and the files the command has read). */
export function parsePopulationCsvFiles(files: readonly { readonly file: string; readonly input: string | Uint8Array }[], options: PopulationCsvOptions = {}): PopulationCsvResult {
  const locale: Locale = options.locale ?? "sv";
  return populationOf(
    files.map(({ file, input }) => ({ file, table: csvTableOf(input, file, locale, sizeWords(locale)) })),
    locale,
    options,
  );
}

/** Reads and parses one or more population CSV files into one county; a missing or unreadable file is an issue, not a throw. */
export async function readPopulationCsv(paths: string | readonly { readonly path: string; readonly file: string }[], options: PopulationCsvOptions = {}): Promise<PopulationCsvResult> {
  const locale: Locale = options.locale ?? "sv";
  const list = typeof paths === "string" ? [{ path: paths, file: paths }] : paths;
  const tables = await Promise.all(list.map(async ({ path, file }) => ({ file, table: await readCsvTable(path, file, locale, sizeWords(locale)) })));
  return populationOf(tables, locale, options);
}
