import { auditColumns } from "./columnShape";
import type { Audit } from "./findings";
import { auditReferences } from "./references";
import { auditTotals } from "./totals";

/*
 * The formula findings (issue 10): on the checked tables' figure cells and on the cells their formulas
 * refer to, found by the shape of the formulas rather than by their values. The steps, in order:
 * what the formulas refer to (references.ts: literal parameters, numbers stored as text, empty
 * references), the columns (columnShape.ts: typed numbers among formulas, formulas that break the
 * column's pattern), the totals (totals.ts: SUM ranges). Each finding names its cell, what is there
 * and what was expected (findings.ts).
 */

export type { Audit } from "./findings";

/** Runs every formula check on the checked tables; the number of formulas looked at. */
export function auditFormulas(audit: Audit): number {
  if (!audit.book.knowsFormulas) return 0;
  auditReferences(audit);
  for (const table of audit.checked) auditColumns(audit, table);
  for (const table of audit.checked) auditTotals(audit, table);
  return audit.formulas;
}

