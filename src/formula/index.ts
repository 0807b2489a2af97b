/*
 * The ground floor (docs/ARCHITECTURE.md): A1 addresses, Excel's rules for names, the one formula
 * tokenizer. The other rooms import these from here, not from the files.
 */
export { MAX_COLUMNS, MAX_ROWS, absoluteAddress, absoluteColumnRange, addressParts, areaAddress, cellAddress, cellAddressIn, columnIndex, columnLetter, parseArea, parseCellAddress, qualifiedAddress, quoteSheetName, readArea, readCellAddress, sheetPrefix } from "./a1";
export type { CellArea } from "./a1";
export { excelNameProblem, sheetNameProblem } from "./names";
export { referencedSheets, renameInFormula, tokenize } from "./tokens";
export type { FormulaRenames, RefEnd, Reference, Token } from "./tokens";
