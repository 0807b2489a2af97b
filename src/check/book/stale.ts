import { formatNumber, excelText } from "../../i18n";
import { readCellAddress } from "../../formula";
import { type Audit, bookFinding, tableCellAt, tableFinding, whereOf } from "../formula/findings";
import type { CellGrid, CellValue, Finding } from "../types";
import { BOOK_MESSAGES as B } from "./messages";

/*
 * Saved values that recalculating the file changes (npm run check --recalculate): each such formula
 * is an error at its cell, saying what was saved and what the formula gives. The grid holds the
 * recalculated value already, so the figures are checked as Excel would show them on opening.
 */

/** A value as its cell's number format shows it, in each language ("47 759,51 kr"). */
function shown(value: CellValue, numberFormat: string | null | undefined, locale: "sv" | "en"): string {
  if (value === null) return B.noValue[locale]();
  if (typeof value === "number" && (!numberFormat || numberFormat === "General")) return formatNumber(value, locale, Number.isInteger(value) ? 0 : 2);
  return excelText(value, numberFormat ?? undefined, locale);
}

export function reportStaleValues(audit: Audit, grids: readonly CellGrid[], program: string): void {
  for (const grid of grids) {
    for (const { address, saved } of grid.stale ?? []) {
      const at = readCellAddress(address);
      const sheet = grid.sheet ?? "";
      const cell = at ? audit.book.cell(sheet, at) : undefined;
      if (!at || !cell?.formula) continue;
      const message = (where: string) => ({
        sv: B.staleValue.sv(where, cell.formula!, shown(saved, cell.numberFormat, "sv"), shown(cell.value, cell.numberFormat, "sv"), program),
        en: B.staleValue.en(where, cell.formula!, shown(saved, cell.numberFormat, "en"), shown(cell.value, cell.numberFormat, "en"), program),
      });
      const placed = tableCellAt(audit, sheet, address);
      const base: Finding = placed ? tableFinding(placed, "staleValue", { sv: "", en: "" }, undefined, cell.formula) : bookFinding(audit, sheet, at, address, cell.formula, "staleValue", { sv: "", en: "" });
      audit.findings.push({ ...base, message: message(whereOf(base)) });
    }
  }
}
