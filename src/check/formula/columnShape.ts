import { STOCKHOLM_NAME } from "../../data";
import { areaAddress, readCellAddress } from "../../formula";
import type { DetectedTable } from "../detect";
import { CHECK_MESSAGES as M, localized } from "../messages";
import type { ColumnKey } from "../types";
import { type Audit, cellKey, figureKeys, placedCells, type PlacedCell, tableFinding } from "./findings";
import { formulaAt, relativeForm } from "./shape";

/*
 * A column of a table is filled one way: its rows are formulas alike in relative (R1C1) form, or
 * typed numbers. A typed number among formulas is a value that will not follow a change (a
 * constant); a formula unlike the others is one that was not filled down (an inconsistent formula).
 * A column filled by hand from another table ('Kommuner'!$C$5, $C$6, …) reads alike with its
 * anchored rows taken as relative.
 */

/** Årskostnad's columns that copy each unit's figure from another table. */
const COPIED_BY_UNIT: readonly ColumnKey[] = ["population", "louPart", "supportPart", "cost2026"];

/** The form most of a column's formulas share, and a cell that has it. */
interface Pattern {
  readonly rowsRelative: boolean;
  readonly form: string;
  readonly sample: PlacedCell;
}

export function auditColumns(audit: Audit, table: DetectedTable): void {
  const totalCells = table.total ? placedCells(table, table.total) : [];
  const totalHasFormula = totalCells.some((placed) => placed.cell.formula !== undefined);
  for (const key of figureKeys(table)) {
    const cells = table.rows.flatMap((row) => placedCells(table, row).filter((placed) => placed.key === key));
    const formulas = cells.filter((placed) => placed.cell.formula !== undefined);
    const typed = cells.filter((placed) => placed.cell.formula === undefined && typeof placed.cell.value === "number");
    const formulaColumn = formulas.length >= 2 && formulas.length > typed.length;
    const pattern = formulaColumn ? patternOf(audit, formulas) : undefined;
    // A copy of each unit's figure has no one formula to propose (its row elsewhere is not this row's).
    const copied = table.kind === "annualCost" && COPIED_BY_UNIT.includes(key);
    if (formulaColumn) for (const placed of typed) constant(audit, placed, pattern && !copied ? localized(M.expectedFormula, expectedAt(audit, pattern, placed)) : undefined);
    if (pattern) for (const placed of formulas) inconsistent(audit, table, placed, pattern);
    const total = totalCells.find((placed) => placed.key === key);
    if (total && total.cell.formula === undefined && typeof total.cell.value === "number" && (formulaColumn || totalHasFormula)) {
      constant(audit, total, localized(M.expectedFormula, sumOf(table, key)));
    }
  }
}

/** The form shared by more than half of the formulas, anchored rows as written or taken as relative (whichever more share). */
function patternOf(audit: Audit, formulas: readonly PlacedCell[]): Pattern | undefined {
  let best: (Pattern & { count: number }) | undefined;
  for (const rowsRelative of [false, true]) {
    const counts = new Map<string, { count: number; sample: PlacedCell }>();
    for (const placed of formulas) {
      const form = relativeForm(audit.book.tokens(placed.cell.formula!), placed.at, rowsRelative);
      const entry = counts.get(form) ?? { count: 0, sample: placed };
      entry.count++;
      counts.set(form, entry);
    }
    for (const [form, { count, sample }] of counts) if (!best || count > best.count) best = { rowsRelative, form, sample, count };
  }
  return best && best.count > formulas.length / 2 ? best : undefined;
}

/** The column's usual formula written at a cell. */
function expectedAt(audit: Audit, pattern: Pattern, placed: PlacedCell): string {
  return formulaAt(audit.book.tokens(pattern.sample.cell.formula!), pattern.sample.at, placed.at, pattern.rowsRelative);
}

function constant(audit: Audit, placed: PlacedCell, expected: ReturnType<typeof localized> | undefined): void {
  const base = tableFinding(placed, "constant", { sv: "", en: "" }, expected);
  const value = base.statedValue ?? Number(placed.cell.value);
  audit.findings.push({ ...base, message: localized(M.constant, `${base.row}, ${base.column}`, value, base.unit!) });
}

function inconsistent(audit: Audit, table: DetectedTable, placed: PlacedCell, pattern: Pattern): void {
  const tokens = audit.book.tokens(placed.cell.formula!);
  if (relativeForm(tokens, placed.at, pattern.rowsRelative) === pattern.form) return;
  // A parameter written into the formula, or a reference that was deleted (#REF!), is why it differs: said once, as that.
  if (audit.literalAt.has(cellKey(placed.sheet, placed.cell.address)) || tokens.some((token) => token.type === "error")) return;
  // Årskostnad's copies point at the same unit's row of another table, whose rows are laid out its own way: checked by value instead (shapes/annualCost.ts).
  if (table.kind === "annualCost" && COPIED_BY_UNIT.includes(placed.key)) return;
  // The city's row may be its districts' total, from the district table (Bilaga 3 sums it so).
  if (table.kind === "municipalities" && placed.row.knownAs === STOCKHOLM_NAME && tokens.some((token) => token.type === "ref" && token.ref.sheet !== undefined)) return;
  const usual = expectedAt(audit, pattern, placed);
  const base = tableFinding(placed, "inconsistentFormula", { sv: "", en: "" }, localized(M.expectedFormula, usual));
  audit.findings.push({ ...base, message: localized(M.inconsistentFormula, `${base.row}, ${base.column}`, placed.cell.formula!, usual) });
}

/** "=SUM(E5:E30)": the column's unit rows, and the rest row where it has a figure. */
export function sumOf(table: DetectedTable, key: ColumnKey): string {
  const rows = [...table.rows, ...(table.rest?.cells[key]?.parsed ? [table.rest] : [])];
  const cells = rows.flatMap((row) => {
    const at = row.cells[key] ? readCellAddress(row.cells[key]!.address) : undefined;
    return at ? [at] : [];
  });
  if (cells.length === 0) return "";
  const rowNumbers = cells.map((at) => at.row);
  return `=SUM(${areaAddress({ top: Math.min(...rowNumbers), bottom: Math.max(...rowNumbers), left: cells[0].column, right: cells[0].column })})`;
}
