/*
 * Reading and writing files on disk (Node only), for the commands (src/cli): the population CSV, the
 * agreements, last period's amounts, the checker's workbooks, the plan as .xlsx, LibreOffice's
 * conversion. The commands import these from here, not from the files.
 */
export { readAgreementFile } from "./agreementFile";
export { CheckReadError, readWorkbook } from "./checkReaders";
export { convertWithLibreOffice, findSoffice } from "./libreoffice";
export { readPopulationCsv } from "./populationCsv";
export { readPreviousAmountsFile } from "./previousAmounts";
export { writeTemplateCsv } from "./template";
export { writeFileAtomic } from "./xlsx/atomicFile";
export { XlsxPlanError, writeXlsxFile } from "./xlsx/writePlan";
