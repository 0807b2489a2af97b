export { parsePopulationRows, MAX_DATA_ROWS, MAX_LISTED_ISSUES } from "./populationRows";
export type {
  CellInput,
  UnitKind,
  PopulationIssueCode,
  PopulationIssue,
  ParsedRow,
  DerivedStockholm,
  PopulationDerivations,
  PopulationParseResult,
  PopulationRowsOptions,
} from "./populationRows";
export { parsePopulationCsv, readPopulationCsv, detectDelimiter, columnLetters, MAX_FILE_BYTES } from "./csv";
export type { CsvFileIssueCode, PopulationFileIssue, PopulationCsvResult, PopulationCsvOptions } from "./csv";
export { INPUT_MESSAGES } from "./messages";
export type { InputMessageKey } from "./messages";
