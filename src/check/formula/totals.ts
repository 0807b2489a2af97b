import { areaAddress, qualifiedAddress, readArea, type Reference, type Token } from "../../formula";
import type { DetectedTable } from "../detect";
import { CHECK_MESSAGES as M, localized } from "../messages";
import type { LocalizedText } from "../types";
import { type Audit, placedCells, type PlacedCell, tableFinding } from "./findings";
import { sumOf } from "./columnShape";
import { places } from "./shape";

/*
 * A total row's SUM (or SUBTOTAL) must take exactly its table's rows: all of them (the rest row too
 * where it has a figure), not the total row itself, nothing of another table. A total that is a name
 * or a single reference ("=InvanareLan") is followed to the SUM it names, on the table's column.
 */

const SUMS = new Set(["SUM", "SUBTOTAL", "AGGREGATE"]);

/** The SUM ranges of a total on its own column, the formula they are in, and what led there. */
interface Sum {
  readonly ranges: readonly Reference[];
  readonly formula: string;
  readonly tokens: readonly Token[];
  /** The name or cell followed to reach the SUM, if it is not in the total cell itself. */
  readonly through?: string;
}

export function auditTotals(audit: Audit, table: DetectedTable): void {
  if (!table.total) return;
  for (const placed of placedCells(table, table.total)) {
    if (!placed.cell.formula) continue;
    const sum = sumIn(audit, table, placed, placed.sheet, placed.cell.formula, 0);
    if (sum) judge(audit, table, placed, sum);
  }
}

const sameSheet = (a: string, b: string) => a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

/** The SUM over the total's column in this formula, or in the one cell it refers to (two steps at most). */
function sumIn(audit: Audit, table: DetectedTable, placed: PlacedCell, sheet: string, formula: string, depth: number): Sum | undefined {
  const tokens = audit.book.tokens(formula);
  const where = places(tokens);
  const column = placed.at.column;
  const ranges = tokens.flatMap((token, index) => {
    if (token.type !== "ref" || !SUMS.has(where[index].functions[where[index].functions.length - 1] ?? "")) return [];
    const { ref } = token;
    const onSheet = sameSheet(ref.sheet ?? sheet, placed.sheet);
    const spans = ref.from.column !== undefined && ref.to.column !== undefined && Math.min(ref.from.column, ref.to.column) <= column && column <= Math.max(ref.from.column, ref.to.column);
    return onSheet && spans && ref.from.row !== undefined ? [ref] : [];
  });
  if (ranges.length > 0) return { ranges, formula, tokens };
  if (depth >= 2 || tokens.length !== 1 || (tokens[0].type !== "ref" && tokens[0].type !== "name")) return undefined;
  const only = tokens[0];
  const targets = only.type === "ref" ? [{ sheet: only.ref.sheet ?? sheet, ref: only.ref }] : (audit.book.resolveName(only.name, sheet) ?? []);
  if (targets.length !== 1 || targets[0].ref.shape !== "cell") return undefined;
  const cell = audit.book.cellsOf(targets[0])[0];
  if (!cell?.formula) return undefined;
  const found = sumIn(audit, table, placed, cell.sheet, cell.formula, depth + 1);
  return found ? { ...found, through: found.through ?? (only.type === "name" ? only.text : qualifiedAddress(cell.sheet, cell.address)) } : undefined;
}

/** What is wrong with the SUM's rows, as one finding at the total cell. */
function judge(audit: Audit, table: DetectedTable, placed: PlacedCell, sum: Sum): void {
  const rowsOf = (ref: Reference) => ({ from: Math.min(ref.from.row!, ref.to.row!), to: Math.max(ref.from.row!, ref.to.row!) });
  const covered = (row: number) => sum.ranges.some((ref) => rowsOf(ref).from <= row && row <= rowsOf(ref).to);
  const expected = [...table.rows, ...(table.rest?.cells[placed.key]?.parsed ? [table.rest] : [])].flatMap((row) => {
    const at = placedCells(table, row).find((cell) => cell.key === placed.key)?.at;
    return at ? [{ row, at }] : [];
  });
  const parts: LocalizedText[] = [];
  const omitted = expected.filter(({ at }) => !covered(at.row)).map(({ row, at }) => `${at.row} (${row.label})`);
  if (omitted.length > 0) parts.push(localized(M.omitsRows, omitted));
  if (covered(placed.at.row)) parts.push(localized(M.includesTotal, placed.cell.address));
  const other = otherTableIn(audit, table, placed.sheet, sum.ranges);
  if (other) parts.push(localized(M.includesOtherTable, qualifiedAddress(other.sheet, other.range)));
  if (parts.length === 0) return;
  const reasons = [...(omitted.length > 0 ? (["omitsRows"] as const) : []), ...(covered(placed.at.row) ? (["includesTotal"] as const) : []), ...(other ? (["includesOtherTable"] as const) : [])];
  const right = sum.through ? sumOf(table, placed.key) : mended(sum, expected.map(({ at }) => at.row), placed.at.column);
  const base = tableFinding(placed, reasons[0], { sv: "", en: "" }, localized(M.expectedFormula, right));
  const through = sum.through ? [localized(M.totalRangeThrough, sum.through, sum.formula)] : [];
  audit.findings.push({ ...base, reasons, message: localized(M.totalRange, `${base.row}, ${base.column}`, placed.cell.formula!, through, parts) });
}

/** Another table on the sheet that a SUM range reaches into. */
function otherTableIn(audit: Audit, table: DetectedTable, sheet: string, ranges: readonly Reference[]): DetectedTable | undefined {
  return audit.tables.find((other) => {
    if (other === table || !sameSheet(other.sheet ?? "", sheet)) return false;
    const area = readArea(other.range);
    return !!area && ranges.some((ref) => {
      const top = Math.min(ref.from.row!, ref.to.row!);
      const bottom = Math.max(ref.from.row!, ref.to.row!);
      const left = Math.min(ref.from.column!, ref.to.column!);
      const right = Math.max(ref.from.column!, ref.to.column!);
      return top <= area.bottom && area.top <= bottom && left <= area.right && area.left <= right;
    });
  });
}

/** The SUM formula with its range over exactly the expected rows. */
function mended(sum: Sum, rows: readonly number[], column: number): string {
  const area = areaAddress({ top: Math.min(...rows), bottom: Math.max(...rows), left: column, right: column });
  let replaced = false;
  const texts = sum.tokens.map((token) => {
    if (token.type !== "ref" || !sum.ranges.includes(token.ref)) return token.text;
    if (replaced) return "";
    replaced = true;
    return `${token.ref.sheet !== undefined ? token.text.slice(0, token.text.lastIndexOf("!") + 1) : ""}${area}`;
  });
  return `=${texts.join("").replace(/,(?=[,)])/g, "")}`;
}
