export { parsePopulationRows, readPopulationNumber, parseNumberText } from "./populationRows";
export type {
  CellInput,
  UnitKind,
  PopulationIssueCode,
  PopulationIssue,
  ParsedRow,
  PopulationParseResult,
  PopulationRowsOptions,
} from "./populationRows";
export { parsePopulationCsv, readPopulationCsv, detectDelimiter, columnLetters } from "./csv";
export type { CsvFileIssueCode, PopulationFileIssue, PopulationCsvResult, PopulationCsvOptions } from "./csv";
