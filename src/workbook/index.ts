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
export { columnLetter, columnIndex, cellAddress, parseCellAddress, sheetPrefix } from "../formula";
export { excelDateSerial } from "../i18n";
export { largestRemainderFormula } from "./plan";
export { planFormulas, renamePlanSheets } from "./plan";
export { agreementProblems } from "./options";
export { CELL_LOOK, TABLE_STYLE, WRAP_LOOK, argb, hasLook } from "./plan";
export type { CellLook, WrapLook } from "./plan";
export { COL } from "./sheets";
export type { AnnualColumn } from "./sheets";
export type { AgreementsSummary } from "./summary";
export { headerFooterText, validatePlan } from "./validatePlan";
export type { PlanProblem } from "./validatePlan";
