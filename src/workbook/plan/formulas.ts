import { absoluteColumnRange, cellAddress } from "../../formula";

/*
 * Formula text shared by the sheets. Only functions every Excel since 2007 and LibreOffice Calc
 * compute the same way: SUM, SUMPRODUCT, MAX, ROUND, ROUNDDOWN, ROW, IF, ISNUMBER, N; for the totals
 * that count what was entered COUNT and ROWS, and for Årskostnad's paragraph ISNA, MATCH, INDEX, ABS
 * and FIXED (textFormula.ts). No dynamic arrays, no structured references, no SVV custom functions.
 */

export interface LargestRemainderCell {
  /** The amount to split, an expression ("SummaPerAr", "'Kommuner'!$F$30", "1"). */
  readonly amount: string;
  /** Column (0-based) of the weights, on the same sheet as the cell. */
  readonly weightColumn: number;
  /** First and last row (1-based) of the rows that share the amount. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** This cell's row. */
  readonly row: number;
  /** Places to round to: 0 for whole kronor or persons, 4 for a share shown as 0,00 %. */
  readonly decimals: number;
}

/**
 * One row's part of an amount split by the largest-remainder method, as a plain formula that gives
 * the same result as `allocate` in src/engine/allocate.ts:
 * - the amount is rounded half away from zero to `decimals` places (ROUND does so);
 * - each row's exact share is `rounded amount × weight / Σ weights`; the row gets it rounded down;
 * - the units left over (rounded amount − Σ rounded-down shares) go one each to the rows with the
 *   largest remainder; on equal remainders the larger weight wins, then the row above.
 * The row gets a unit when fewer rows than the leftover have a stronger claim than its own, which
 * SUMPRODUCT counts without array entry (SUMPRODUCT evaluates its arguments as arrays in Excel and
 * in LibreOffice alike). Weights are assumed ≥ 0 and the amount ≥ 0, as for populations and budgets.
 */
export function largestRemainderFormula(cell: LargestRemainderCell): string {
  const weights = absoluteColumnRange(cell.weightColumn, cell.firstRow, cell.lastRow);
  const weight = cellAddress(cell.weightColumn, cell.row);
  const d = cell.decimals;
  const total = `ROUND(${cell.amount},${d})`;
  const share = (w: string) => `${total}*${w}/SUM(${weights})`;
  const down = (w: string) => `ROUNDDOWN(${share(w)},${d})`;
  const remainder = (w: string) => `(${share(w)}-${down(w)})`;
  const all = remainder(weights);
  const own = remainder(weight);
  // Plain decimal literals ("0.0001", "*10000"): every spreadsheet parses them the same way.
  const unit = d === 0 ? "1" : (10 ** -d).toFixed(d);
  const scale = d === 0 ? "" : `*${10 ** d}`;
  const leftover = `ROUND((${total}-SUMPRODUCT(${down(weights)}))${scale},0)`;
  const claims =
    `SUMPRODUCT((${all}>${own})+(${all}=${own})*(${weights}>${weight})` +
    `+(${all}=${own})*(${weights}=${weight})*(ROW(${weights})<ROW(${weight})))`;
  return `=${down(weight)}+IF(${claims}<${leftover},${unit},0)`;
}
