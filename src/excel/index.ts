export { findExistingPlanSheets, writePlanToExcel } from "./writePlan";
export type { ExistingDecision, ExistingPolicy, ExistingQuestion, WritePlanOptions, WritePlanResult, WrittenSheet } from "./writePlan";
export type { ExcelRun } from "./run";
export { carryOver } from "./carryOver";
export type { CarriedInput, CarryOver, LostInput, OldSheetCells } from "./carryOver";
export { OfficeWriteError, describeWriteError } from "./errors";
export type { OfficeWriteErrorCode, WriteStep } from "./errors";
export { insertPopulationTemplate, templateRows, freeName, TEMPLATE_SHEET_NAME } from "./populationTemplate";
export type { InsertedTemplate } from "./populationTemplate";
