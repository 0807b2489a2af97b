import type { Context } from "../context";
import type { DetectedTable } from "../detect";
import { localized } from "../messages";
import type { CellGrid, WorkbookFacts } from "../types";
import { BOOK_MESSAGES as B } from "./messages";

/*
 * What is known of the workbook besides its cells, said once each: whether its saved values could be
 * trusted (a file saved by a program that calculates nothing keeps whatever values it was given), that
 * it was recalculated or read through another program, that Excel calculates only when asked.
 */

/**
 * The add-in's own .xlsx writer (src/files/xlsx/writePlan.ts) saves as "Kostnadsdelning <version>",
 * through ExcelJS (which calls itself Microsoft Excel 16.0300), and asks Excel to recalculate on
 * opening; its saved values are the engine's, each computed with the formula beside it.
 */
const OWN_WRITER = /^Kostnadsdelning\b/;

/**
 * A file saved by Excel or LibreOffice holds values they calculated themselves, and a file the add-in
 * wrote last the engine's. Anything else (and a file that asks to be recalculated on opening, as
 * openpyxl and XlsxWriter write, calling themselves "Microsoft Excel" with their own version number)
 * holds values nobody calculated.
 */
export function calculatedByProducer(producer: NonNullable<WorkbookFacts["producer"]>): boolean {
  const application = producer.application ?? "";
  // Excel writes its own version: 12 (Excel 2007) and later ("16.0300"); openpyxl writes "3.1".
  const excel = /^Microsoft Excel/i.test(application) && Number((producer.version ?? "").split(".")[0]) >= 12;
  if (producer.recalculateOnOpen) return excel && OWN_WRITER.test(producer.lastModifiedBy ?? "");
  return excel || /^(LibreOffice|OpenOffice)/i.test(application);
}

/** The producer as its app.xml names it ("Microsoft Excel 3.1"), or undefined when it says nothing. */
const producerName = ({ application, version }: NonNullable<WorkbookFacts["producer"]>) => (application ? `${application}${version ? ` ${version}` : ""}` : undefined);

/**
 * The notes on each workbook's saved values. Trusted values of a producer that does not calculate are
 * a warning where a checked table has formulas (their figures may not be what Excel shows), a note
 * otherwise.
 */
export function reportFacts(facts: readonly WorkbookFacts[], grids: readonly CellGrid[], checked: readonly DetectedTable[], context: Context): void {
  const withFormulas = checked.some((table) => [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])].some((row) => Object.values(row.cells).some((cell) => cell?.formula !== undefined)));
  const stale = grids.reduce((count, grid) => count + (grid.stale?.length ?? 0), 0);
  for (const book of facts) {
    const file = book.file ?? "";
    if (book.readThrough) context.problems.push({ severity: "info", code: "savedValues", message: localized(B.readThrough, file, book.readThrough) });
    if (book.recalculatedBy) {
      context.problems.push({ severity: "info", code: "savedValues", message: localized(B.recalculated, file, book.recalculatedBy, stale, book.valuesFilled ?? 0) });
    } else if (book.producer && !calculatedByProducer(book.producer)) {
      const message = localized(B.savedValuesTrusted, file, producerName(book.producer), !!book.producer.recalculateOnOpen);
      context.problems.push({ severity: withFormulas ? "warning" : "info", code: "savedValues", message });
    }
    if (book.manualCalculation) context.problems.push({ severity: withFormulas ? "warning" : "info", code: "savedValues", message: localized(B.manualCalculation) });
  }
}
