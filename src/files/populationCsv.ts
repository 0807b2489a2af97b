import type { CountyPopulation } from "../engine";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { INPUT_MESSAGES as M } from "../input/messages";
import { parsePopulationRows, type ParsedRow, type PopulationDerivations, type PopulationIssueCode } from "../input/populationRows";
import { csvTableOf, inFile, readCsvTable, type CsvTable, type FileIssue, type SizeWords } from "./csvTable";

/*
 * The population file of the headless command: a CSV file (read as a table by ./csvTable.ts, with
 * the one CSV reader) with a header row (namn, typ, invånare, optional kod), its rows read with the
 * same rules as a range in the task pane (src/input/populationRows.ts). A file of more than
 * MAX_FILE_BYTES, or of more than MAX_DATA_ROWS data rows, is refused with one issue before it is
 * parsed.
 */

export { MAX_FILE_BYTES, type CsvFileIssueCode } from "./csvTable";

export type PopulationFileIssue = FileIssue<PopulationIssueCode>;

export type PopulationCsvResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly county: CountyPopulation;
      readonly rows: readonly ParsedRow[];
      /** Present when a figure is computed from the file (Stockholm from its districts and rest post). */
      readonly derived?: PopulationDerivations;
    }
  | {
      readonly ok: false;
      readonly file: string;
      /** At most MAX_LISTED_ISSUES row issues, then one "moreIssues" issue counting the rest. */
      readonly issues: readonly PopulationFileIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      readonly rows: readonly ParsedRow[];
    };

export interface PopulationCsvOptions {
  /** The file's name for the messages (as the user wrote it). */
  readonly file: string;
  readonly locale?: Locale;
  readonly stockholmTotal?: number;
  /** The figures are SCB's of 2025 or later (see PopulationRowsOptions.scbNoise). */
  readonly scbNoise?: boolean;
}

/** The population file's words for its size limits. */
function sizeWords(locale: Locale): SizeWords {
  return {
    tooLarge: (bytes, rows, limitBytes, limitRows) => say(M.fileTooLarge, locale, bytes, rows, limitBytes, limitRows),
    tooManyRows: (rows, limit) => say(M.tooManyFileRows, locale, rows, limit),
  };
}

/** The population read from a file's table, or the file's one issue. */
function populationOf(table: CsvTable, file: string, locale: Locale, options: Pick<PopulationCsvOptions, "stockholmTotal" | "scbNoise">): PopulationCsvResult {
  if (!table.ok) return { ok: false, file, issues: [table.issue], issueCount: 1, rows: [] };
  const { stockholmTotal, scbNoise } = options;
  const result = parsePopulationRows(table.rows, { locale, stockholmTotal, scbNoise: scbNoise === true, rowNumber: table.rowNumber, cellAddress: table.cellAddress });
  if (result.ok) return { ok: true, file, county: result.county, rows: result.rows, ...(result.derived ? { derived: result.derived } : {}) };
  return { ok: false, file, rows: result.rows, issues: inFile(file, result.issues), issueCount: result.issueCount };
}

/**
 * Parses the text (or bytes) of a population CSV; every issue names the file, row and column. A file
 * over MAX_FILE_BYTES or MAX_DATA_ROWS is refused with one issue before it is parsed.
 */
export function parsePopulationCsv(input: string | Uint8Array, options: PopulationCsvOptions): PopulationCsvResult {
  const locale: Locale = options.locale ?? "sv";
  return populationOf(csvTableOf(input, options.file, locale, sizeWords(locale)), options.file, locale, options);
}

/** Reads and parses a population CSV file; a missing or unreadable file is an issue, not a throw. */
export async function readPopulationCsv(path: string, options: Omit<PopulationCsvOptions, "file"> & { readonly file?: string } = {}): Promise<PopulationCsvResult> {
  const locale: Locale = options.locale ?? "sv";
  const file = options.file ?? path;
  return populationOf(await readCsvTable(path, file, locale, sizeWords(locale)), file, locale, options);
}
