export { writePlanToXlsx, writeXlsxFile, planToWorkbook, XlsxPlanError } from "./writePlan";
export { writeFileAtomic } from "./atomicFile";
