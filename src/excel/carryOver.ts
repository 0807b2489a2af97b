import { isNullOrWhitespace } from "../i18n";
import { normalizeUnitName } from "../engine";
import { cellAddress, readCellAddress } from "../formula";
import type { PlanInput, PlanInputField, PlanSheet } from "../workbook";

/*
 * What the user typed into an older copy of a plan sheet (users per unit on Support, previous costs
 * on Kommuner and Stadsdelar), found again in the new plan so that replacing the sheet loses none of
 * it. The old sheet was written by the add-in from an earlier plan, maybe of another county or with
 * another rounding: its input columns are found by the plan's header texts, its units by their code
 * (where the sheet has a code column) or else by name, never by position. Pure: the writer reads
 * the old sheet's used range and writes what this finds.
 */

/** A typed value of the old sheet that goes into the new sheet. */
export interface CarriedInput {
  /** The plan sheet ("Kommuner"). */
  readonly sheet: string;
  /** The unit as the new plan names it. */
  readonly unit: string;
  readonly field: PlanInputField;
  readonly value: string | number | boolean;
  /** Where it was in the old sheet ("H12") and where it goes in the new one ("H9"). */
  readonly from: string;
  readonly cell: string;
}

/** A typed value of the old sheet whose unit the new plan does not have: replacing loses it. */
export interface LostInput {
  readonly sheet: string;
  /** The unit as the old sheet names it. */
  readonly unit: string;
  readonly code?: string;
  readonly field: PlanInputField;
  readonly value: string | number | boolean;
  /** Where it is in the old sheet ("H12"). */
  readonly from: string;
  /** Set when the unit is still there but the user's newly imported value takes the cell. */
  readonly replacedBy?: string | number | boolean;
  /** The old column's header, when it held the input for another period than the new sheet's. */
  readonly column?: string;
}

export interface CarryOver {
  readonly carried: readonly CarriedInput[];
  readonly lost: readonly LostInput[];
}

export const NO_CARRY_OVER: CarryOver = { carried: [], lost: [] };

/** The old sheet's used range as Range.values and Range.formulas read it, with its top-left corner (Range.rowIndex and columnIndex, from 0). */
export interface OldSheetCells {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}


/** A header or unit name as compared: case, spacing and hyphens folded. */
const folded = (value: unknown): string => (typeof value === "string" ? normalizeUnitName(value) : typeof value === "number" ? String(value) : "");

/** An SCB code as compared: "0114", " 114" and 114 are the same code. */
function codeKey(value: unknown): string | undefined {
  if (isNullOrWhitespace(value) || (typeof value !== "string" && typeof value !== "number")) return undefined;
  const text = String(value).trim().replace(/^0+(?=\d)/, "");
  return text === "" ? undefined : text;
}

/** The literal the plan writes into each of the sheet's input cells, by address. */
function plannedValues(sheet: PlanSheet, inputs: readonly PlanInput[]): Map<string, unknown> {
  const wanted = new Map(inputs.map((input) => [input.cell.toUpperCase(), readCellAddress(input.cell)] as const));
  const out = new Map<string, unknown>();
  for (const block of sheet.blocks) {
    const anchor = readCellAddress(block.anchor);
    if (!anchor) continue;
    for (const [address, at] of wanted) {
      if (!at) continue;
      const cell = block.cells[at.row - anchor.row]?.[at.column - anchor.column];
      if (cell) out.set(address, cell.formula === undefined ? cell.value : undefined);
    }
  }
  return out;
}

/**
 * Matches the old sheet's typed values to the new plan's inputs. The header row is the first row
 * holding the units' header and an input header; unit rows follow it down to the first row without a
 * unit name (the total row's sum is a formula, not a typed value, and is skipped). A value goes to the
 * new plan's unit of the same code, else of the same name; a unit found twice keeps the first. Only
 * non-empty values count; one equal to what the plan writes anyway is not counted as carried. A
 * typed value whose unit the new plan lacks is lost, and so is one in a column of another period (a
 * previous amount from before 2020 where the new sheet asks for 2025's). A formula typed into an input
 * cell goes over as its value; a formula on a row that is no unit (a total) is not the user's input
 * and is ignored.
 */
export function carryOver(sheet: PlanSheet, old: OldSheetCells | undefined): CarryOver {
  const inputs = sheet.inputs ?? [];
  if (!old || inputs.length === 0) return NO_CARRY_OVER;

  const first = inputs[0];
  // Each field's headers: the new one and those of older copies (carried), those of other periods (only listed as lost).
  const fields = [...new Map(inputs.map((input) => [input.field, input] as const))].flatMap(([field, input]) => [
    ...[input.header, ...(input.earlierHeaders ?? [])].map((header) => ({ field, header, otherPeriod: false })),
    ...(input.otherHeaders ?? []).map((header) => ({ field, header, otherPeriod: true })),
  ]);
  const unitHeader = folded(first.unitHeader);
  const codeHeader = first.codeHeader !== undefined ? folded(first.codeHeader) : undefined;

  let headerRow = -1;
  let unitColumn = -1;
  let codeColumn = -1;
  let columns: { field: PlanInputField; column: number; header: string; otherPeriod: boolean }[] = [];
  for (let r = 0; r < old.values.length && headerRow < 0; r++) {
    const texts = old.values[r].map(folded);
    const unitAt = texts.indexOf(unitHeader);
    if (unitAt < 0) continue;
    const found = fields.map((f) => ({ ...f, column: texts.indexOf(folded(f.header)) })).filter((f) => f.column >= 0);
    if (found.length === 0) continue;
    headerRow = r;
    unitColumn = unitAt;
    codeColumn = codeHeader !== undefined ? texts.indexOf(codeHeader) : -1;
    columns = found;
  }
  if (headerRow < 0) return NO_CARRY_OVER;

  const planned = plannedValues(sheet, inputs);
  const byCode = new Map<string, PlanInput>();
  const byName = new Map<string, PlanInput>();
  for (const input of inputs) {
    const code = codeKey(input.unit.code);
    if (code !== undefined && !byCode.has(`${input.field}|${code}`)) byCode.set(`${input.field}|${code}`, input);
    const name = `${input.field}|${normalizeUnitName(input.unit.name)}`;
    if (!byName.has(name)) byName.set(name, input);
  }

  const carried: CarriedInput[] = [];
  const lost: LostInput[] = [];
  const taken = new Set<string>();
  const oldAddress = (r: number, c: number) => cellAddress(old.columnIndex + c, old.rowIndex + r + 1);
  for (let r = headerRow + 1; r < old.values.length; r++) {
    const row = old.values[r];
    const nameValue = row[unitColumn];
    if (isNullOrWhitespace(nameValue)) break;
    const unit = String(nameValue).trim();
    const code = codeColumn >= 0 ? codeKey(row[codeColumn]) : undefined;
    for (const { field, column, header, otherPeriod } of columns) {
      const value = row[column];
      if (isNullOrWhitespace(value) || (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")) continue;
      const formula = old.formulas[r]?.[column];
      const typedFormula = typeof formula === "string" && formula.startsWith("=");
      // A formula that ends in an error (#REF!, #N/A) has no value worth keeping.
      if (typedFormula && typeof value === "string" && value.startsWith("#")) continue;
      const target = (code !== undefined ? byCode.get(`${field}|${code}`) : undefined) ?? byName.get(`${field}|${normalizeUnitName(unit)}`);
      if (otherPeriod) {
        // As below: a formula on a row that is no unit (the total row) is not the user's input.
        if (typedFormula && !target) continue;
        lost.push({ sheet: sheet.name, unit, ...(code !== undefined ? { code: String(row[codeColumn]).trim() } : {}), field, value, from: oldAddress(r, column), column: header });
        continue;
      }
      if (target && !taken.has(target.cell)) {
        taken.add(target.cell);
        const plannedValue = planned.get(target.cell.toUpperCase());
        if (target.given && plannedValue !== value && (typeof plannedValue === "number" || typeof plannedValue === "string")) {
          // What the user imported for this fill wins; the old typed value is named, not silently dropped.
          lost.push({ sheet: sheet.name, unit, ...(code !== undefined ? { code: String(row[codeColumn]).trim() } : {}), field, value, from: oldAddress(r, column), replacedBy: plannedValue });
        } else if (plannedValue !== value) {
          carried.push({ sheet: sheet.name, unit: target.unit.name, field, value, from: oldAddress(r, column), cell: target.cell });
        }
      } else if (!typedFormula || target) {
        lost.push({ sheet: sheet.name, unit, ...(code !== undefined ? { code: String(row[codeColumn]).trim() } : {}), field, value, from: oldAddress(r, column) });
      }
    }
  }
  return { carried, lost };
}

/** The carried values of one sheet by cell ("row,column": row number, column index, as src/formula/a1.ts counts), for the writer to put in place of the plan's. */
export function carriedCells(carried: readonly CarriedInput[]): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  for (const item of carried) {
    const at = readCellAddress(item.cell);
    if (at) out.set(`${at.row},${at.column}`, item.value);
  }
  return out;
}
