export { findExistingPlanSheets, writePlanToExcel } from "./writePlan";
export type { ExcelRunner, ExistingPolicy, WritePlanOptions, WritePlanResult, WrittenSheet } from "./writePlan";
export { OfficeWriteError, describeWriteError } from "./errors";
export type { OfficeWriteErrorCode, WriteStep } from "./errors";
export { quoteSheetName, rewriteFormula } from "./a1";
