/* The Office.js writer, one chunk the pane fetches when a fill begins (state/defaultServices.ts). */
export { findExistingPlanSheets, writePlanToExcel } from "../../excel";
