export type {
  BuiltInSheetKey,
  CellScalar,
  CellStyle,
  PlanBlock,
  PlanCell,
  PlanHeaderFooter,
  PlanInput,
  PlanInputField,
  PlanName,
  PlanOptions,
  PlanPrint,
  PlanRowHeight,
  PlanSheet,
  PlanTable,
  PlanWrap,
  RoundingMode,
  SheetKey,
  WorkbookPlan,
} from "./plan";
export { buildWorkbookPlan } from "./build";
export { ALL_SHEETS, defaultPlanOptions, isEmbeddedCounty } from "./options";
export { TABLE_NAMES } from "./plan";
export { planSummary } from "./summary";
export { annualCostParagraph } from "./sheets";
export type { PlanSummary } from "./summary";
export { FORMATS } from "./plan";
export { planTexts } from "./texts";
export type { PlanTexts } from "./texts";
export { columnLetter, columnIndex, cellAddress, parseCellAddress, sheetPrefix } from "../formula/a1";
export { excelDateSerial } from "../i18n/dates";
export { largestRemainderFormula } from "./plan";
export { planFormulas, renamePlanSheets } from "./plan";
