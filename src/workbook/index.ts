export type * from "./plan";
export { buildWorkbookPlan, defaultPlanOptions, isEmbeddedCounty, ALL_SHEETS, TABLE_NAMES } from "./build";
export { planSummary } from "./summary";
export type { PlanSummary } from "./summary";
export { FORMATS } from "./sheet";
export { planTexts } from "./texts";
export type { PlanTexts } from "./texts";
export { columnLetter, columnIndex, cellAddress, parseCellAddress, sheetPrefix, excelDateSerial } from "./a1";
export { largestRemainderFormula } from "./formulas";
