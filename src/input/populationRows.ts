import type { Locale } from "../i18n";
import type { CellInput } from "./issues";
import { combineTables, refusal } from "./populationCounty";
import { readTable, type TableInput } from "./populationTable";
import type { PopulationParseResult, PopulationRowsOptions } from "./populationTypes";

/*
 * Reads population tables (CSV files, selected ranges, Excel tables) into the county the engine
 * takes. Pure: the CSV file reader (src/files/populationCsv.ts) and the task pane's import use the
 * same rules, so a file and a sheet are accepted or refused alike. The steps: each table's header
 * and rows against the county's closed list (populationTable.ts), then the tables together: one
 * figure per unit, one date, the districts of the layout in force, the aggregates checked, the
 * divided city and the county (populationCounty.ts).
 *
 * A table's header is found by what it says (populationHeader.ts): a name column (`namn`, `Region`,
 * `Kommun`, `Stadsdelsområde`, …) and a population column (`invånare`, `Antal`, `2018`, `Folkmängd
 * 2018`, …), optionally `kod`, `typ` and `datum`; titles above it and notes under the table are not
 * rows. Each row is what the closed list says it is (src/data/countyUnits.ts), by code, name or both
 * in one cell ("0114 Upplands Väsby"); a `typ` column, where there is one, must agree. Every
 * municipality with its population (Stockholm with its total), Stockholm's districts and the rest
 * post of Stockholm residents with no known district, as Bilaga 3 lays the county out; when the
 * districts and the rest post are there but Stockholm's own row is not, the city's total is their
 * sum (the result says so in `derived`).
 */

export type { CellInput, IssueOf } from "./issues";
export { MAX_DATA_ROWS, MAX_LISTED_ISSUES, cellText, normalizeHeader } from "./issues";
export type { TableInput } from "./populationTable";
export type {
  AggregateCheck,
  DerivedRest,
  DerivedStockholm,
  NoiseNote,
  OutsideCount,
  ParsedRow,
  PopulationDerivations,
  PopulationIssue,
  PopulationIssueCode,
  PopulationParseResult,
  PopulationReport,
  PopulationRowsOptions,
  RowKind,
  UnitKind,
} from "./populationTypes";

/**
 * Reads several tables into one county: every issue of every table (each naming its row, column and,
 * with `cellAddress`, cell; with `source`, its file), or the county when there is none.
 */
export function parsePopulationTables(tables: readonly TableInput[], options: PopulationRowsOptions = {}): PopulationParseResult {
  const locale: Locale = options.locale ?? "sv";
  const read = tables.map((input, order) => readTable(input, order, locale, options.date));
  const sites = read.map((table) => table.site);
  const readings = read.flatMap((table) => (table.reading ? [table.reading] : []));
  if (readings.length < tables.length) return refusal(sites, [], locale);
  return combineTables(readings, sites, options);
}

/**
 * Parses one population table. Blank rows are skipped. Collects every issue (not just the first),
 * each naming its row, column and, when `cellAddress` is given, cell; returns the county only when
 * there is none. A table of more than MAX_DATA_ROWS rows is refused with one issue before its rows
 * are read.
 */
export function parsePopulationRows(rows: readonly (readonly CellInput[])[], options: PopulationRowsOptions = {}): PopulationParseResult {
  const { cellAddress, rowNumber, delimiter } = options;
  return parsePopulationTables([{ rows, ...(cellAddress ? { cellAddress } : {}), ...(rowNumber ? { rowNumber } : {}), ...(delimiter !== undefined ? { delimiter } : {}) }], options);
}
