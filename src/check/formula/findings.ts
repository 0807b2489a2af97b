import { readCellAddress } from "../../formula";
import { COLUMN_UNIT } from "../columns";
import type { DetectedTable, TableCell, TableRow } from "../detect";
import { cellText } from "../parse";
import type { ColumnKey, Finding, FindingKind, FindingReason, LocalizedText, Unit } from "../types";
import type { Book } from "./book";
import { type LiteralParameter } from "./literals";
import type { At } from "./shape";

/*
 * What the formula audit works on (the book, the tables, what it has found so far) and how its
 * findings are made: at a figure cell of a checked table, or at a cell elsewhere named by the text to
 * its left. Every step of the audit (audit.ts) builds its findings here.
 */

/** A figure cell of a checked table, placed on its sheet. */
export interface PlacedCell {
  readonly table: DetectedTable;
  readonly row: TableRow;
  readonly key: ColumnKey;
  readonly cell: TableCell;
  readonly sheet: string;
  readonly at: At;
}

/** A formula cell the audit looks at: on a sheet, maybe a figure cell of a checked table. */
export interface FormulaCell {
  readonly sheet: string;
  readonly at: At;
  readonly address: string;
  readonly formula: string;
  readonly placed?: PlacedCell;
}

/** What the audit works on, and what it has found so far. */
export interface Audit {
  readonly book: Book;
  /** Every table found (another table's cells in a SUM range are a finding). */
  readonly tables: readonly DetectedTable[];
  /** The tables checked. */
  readonly checked: readonly DetectedTable[];
  readonly parameters: readonly LiteralParameter[];
  readonly findings: Finding[];
  /** Cells with a literal parameter: their formula breaks the column's pattern for that reason, said once. */
  readonly literalAt: Set<string>;
  /** The formulas followed from the checked cells (references.ts), each once: what the other steps look at. */
  readonly followed: FormulaCell[];
  formulas: number;
}

/** Figure columns: every column but the name and the code. */
export const figureKeys = (table: DetectedTable): ColumnKey[] => (Object.keys(table.columns) as ColumnKey[]).filter((key) => key !== "name" && key !== "code");

/** The figure cells of a row, placed. */
export function placedCells(table: DetectedTable, row: TableRow): PlacedCell[] {
  return figureKeys(table).flatMap((key) => {
    const cell = row.cells[key];
    const at = cell ? readCellAddress(cell.address) : undefined;
    return cell && at ? [{ table, row, key, cell, sheet: table.sheet ?? "", at }] : [];
  });
}

/** The key of a cell for sets of cells: "sheet!A1" (sheet folded). */
export const cellKey = (sheet: string, address: string) => `${sheet.toLocaleLowerCase("sv-SE")}!${address}`;

/** A formula finding at a figure cell of a table. */
export function tableFinding(placed: PlacedCell, reason: FindingReason, message: LocalizedText, expectedText: LocalizedText | undefined, stated = placed.cell.formula ?? placed.cell.value): Finding {
  const { table, row, key, cell } = placed;
  return {
    table: table.kind,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    address: cell.address,
    row: row.label,
    column: table.columns[key]!.header,
    columnKey: key,
    unit: COLUMN_UNIT[key],
    stated,
    ...(typeof stated === "number" && cell.parsed ? { statedValue: inUnit(cell, COLUMN_UNIT[key]) } : {}),
    expected: null,
    ...(expectedText ? { expectedText } : {}),
    severity: "error",
    kind: kindOf(reason),
    reasons: [reason],
    message,
  };
}

/** The kind of a formula finding by its reason: a total's range, or the reason itself. */
function kindOf(reason: FindingReason): FindingKind {
  if (reason === "omitsRows" || reason === "includesTotal" || reason === "includesOtherTable") return "totalRange";
  return reason as FindingKind;
}

/** A typed number in its column's unit: a fraction under a percent format as percent (0,0397 as 3,97). */
function inUnit(cell: TableCell, unit: Unit): number {
  const value = cell.parsed!.value;
  return unit === "percent" && cell.parsed!.numeric && (cell.parsed!.percentSign || value.abs().lte(1)) ? value.times(100).toNumber() : value.toNumber();
}

/** A formula finding at a cell outside the tables (a parameter sheet): its row's label is the text to its left. */
export function bookFinding(audit: Audit, sheet: string, at: At, address: string, stated: Finding["stated"], reason: FindingReason, message: LocalizedText, expectedText?: LocalizedText): Finding {
  const inTable = tableCellAt(audit, sheet, address);
  if (inTable) return tableFinding(inTable, reason, message, expectedText, stated);
  return { ...(sheet ? { sheet } : {}), address, row: rowLabel(audit.book, sheet, at), column: "", stated, expected: null, ...(expectedText ? { expectedText } : {}), severity: "error", kind: kindOf(reason), reasons: [reason], message };
}

/** A figure cell of a checked table at this address, if it is one. */
export function tableCellAt(audit: Audit, sheet: string, address: string): PlacedCell | undefined {
  for (const table of audit.checked) {
    if ((table.sheet ?? "").toLocaleLowerCase("sv-SE") !== sheet.toLocaleLowerCase("sv-SE")) continue;
    for (const row of [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])]) {
      const found = placedCells(table, row).find((placed) => placed.cell.address === address);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first text to the left of a cell in its row ("Gränsbelopp"), or "". */
function rowLabel(book: Book, sheet: string, at: At): string {
  for (let column = at.column - 1; column >= 0 && column >= at.column - 8; column--) {
    const cell = book.cell(sheet, { column, row: at.row });
    if (cell && typeof cell.value === "string" && cell.value.trim() !== "" && cell.formula === undefined) return cellText(cell.value);
  }
  return "";
}

/** How a cell is named in a message: "row, column" in a table, "Sheet!A1" (or its row's label and address) elsewhere. */
export function whereOf(finding: Pick<Finding, "row" | "column" | "sheet" | "address">): string {
  if (finding.column) return `${finding.row}, ${finding.column}`;
  return finding.row ? `${finding.row} (${finding.address})` : finding.address;
}
