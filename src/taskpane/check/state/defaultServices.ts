import { checkInExcel, hasHighlights, highlightFindings, listTableNames, removeHighlights, selectCell, writeReportSheet } from "../../../excel";
import type { CheckServices } from "./services";

/** The real checker in Excel, as the Check tab uses it inside Excel and in the preview page. */
export const defaultCheckServices: CheckServices = {
  listTables: (run) => listTableNames(run),
  check: (run, source, options) => checkInExcel(run, source, options),
  hasHighlights: (run) => hasHighlights(run),
  highlight: async (run, findings) => {
    const result = await highlightFindings(findings, run);
    return { highlighted: result.highlighted, skipped: result.skipped.length };
  },
  removeHighlights: async (run) => {
    const result = await removeHighlights(run);
    return { restored: result.restored, changed: result.changedSince.length };
  },
  writeReport: (run, report, locale) => writeReportSheet(report, run, locale),
  selectCell: (run, sheet, address) => selectCell(run, sheet, address),
};
