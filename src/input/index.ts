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
export { readPreviousAmounts, readPreviousAmountTables } from "./previousAmounts";
export type { PreviousAmountIssue, PreviousAmountIssueCode, PreviousAmountRow, PreviousAmountsOptions, PreviousAmountsResult, PreviousAmountsTable } from "./previousAmounts";
export { INPUT_MESSAGES, TEMPLATE_HEADER } from "./messages";
export { NOISE_NOTE, REST_DERIVED } from "./notes";
export type { InputMessageKey } from "./messages";
export { readWorkbookAmounts } from "./addinAmounts";
export { ownTableKind } from "./ownTables";
export type { NamedTable } from "./addinAmounts";
export { beyondHeader, overrunReason } from "./overrun";
export { reportLines } from "./populationReport";
export { parsePopulationTables } from "./populationRows";
export type { DerivedRest, IssueOf, NoiseNote, PopulationReport, RowKind, TableInput } from "./populationRows";
