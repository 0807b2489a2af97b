/*
 * Checking Bilaga 3 tables (issue 5): pure core, no Office, no Node. Its adapters read grids from
 * files (src/files/checkReaders.ts, Node) and from Excel (src/excel/check.ts).
 */
export { checkTables, exitCodeFor } from "./check";
export { detectTables } from "./detect";
export { parseNumber, headerKey, isEmptyOrDash } from "./parse";
/** The checker names cells as src/formula/a1.ts does: "'Kommuner 2020'!B5". */
export { qualifiedAddress } from "../formula";
export { headerRole, isTotalLabel, columnTitle, TABLE_COLUMNS, COLUMN_UNIT } from "./columns";
export { formatFigure, formatDifference } from "./format";
export { unreadReferences, type Unread } from "./formula/follow";
export type * from "./types";
export { sparseGrids } from "./blocks";
export type { UsedCell } from "./blocks";
export { BOOK_MESSAGES } from "./book/messages";
export { headerRowIndexes } from "./detect";
export { CHECK_MESSAGES, localized } from "./messages";
export { PARAMETER_LABEL, differenceText, expectedText, findingSheetRow, kindName, parameterValue, reportLines, rowsSumText, statedText, summaryLine } from "./text";
