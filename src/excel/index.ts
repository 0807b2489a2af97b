export { findExistingPlanSheets, writePlanToExcel } from "./writePlan";
export type { ExcelRunner, ExistingDecision, ExistingPolicy, ExistingQuestion, WritePlanOptions, WritePlanResult, WrittenSheet } from "./writePlan";
export { carryOver } from "./carryOver";
export type { CarriedInput, CarryOver, LostInput, OldSheetCells } from "./carryOver";
export { OfficeWriteError, describeWriteError } from "./errors";
export type { OfficeWriteErrorCode, WriteStep } from "./errors";
export { quoteSheetName, rewriteFormula } from "./a1";
