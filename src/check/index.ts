/*
 * Checking Bilaga 3 tables (issue 5): pure core, no Office, no Node. Readers for files are in
 * ./readers (Node), the Office adapter in ./office.
 */
export { checkTables, exitCodeFor } from "./check";
export { detectTables } from "./detect";
export { parseNumber, headerKey, parseA1, columnLetters, qualifiedAddress, isBlank } from "./parse";
export { headerRole, isTotalLabel, columnTitle, TABLE_COLUMNS, COLUMN_UNIT } from "./columns";
export { formatFigure, formatDifference } from "./format";
export type * from "./types";
