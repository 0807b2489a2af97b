import type { Locale } from "../i18n/locale";
import { buildWorkbookPlan, defaultPlanOptions } from "../workbook";
import type { ExcelRun } from "../taskpane/host";

/*
 * Workbook contents the preview page can put in the double, through the same Excel API a user's
 * workbook would be read with: a range with three wrong rows, a good table, and sheets with the plan's
 * names (to see the replace / keep both / cancel question).
 */

/** The range Data!A1:C8: a header and seven rows, of which rows 4, 6 and 7 are wrong (C4, B6, C7). */
export const BAD_RANGE_ROWS: readonly (readonly (string | number)[])[] = [
  ["namn", "typ", "invånare"],
  ["Botkyrka", "kommun", 93106],
  ["Danderyd", "kommun", "33 187"],
  ["Ekerö", "kommun", "många"],
  ["Haninge", "kommun", 89989],
  ["Huddinge", "stad", 111722],
  ["Järfälla", "kommun", ""],
  ["Lidingö", "kommun", "47\u00a0818"],
];
export const BAD_RANGE_SHEET = "Data";
export const BAD_RANGE_ADDRESS = "A1:C8";
/** The cells the three errors are in. */
export const BAD_RANGE_CELLS = ["Data!C4", "Data!B6", "Data!C7"] as const;

export function seedBadRange(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.add(BAD_RANGE_SHEET);
    const range = sheet.getRange(BAD_RANGE_ADDRESS);
    range.values = BAD_RANGE_ROWS.map((row) => [...row]);
    sheet.activate();
    range.select();
    await context.sync();
  });
}

/** A correct table "Befolkning" on the sheet "Befolkning": three municipalities. */
export const GOOD_TABLE_ROWS: readonly (readonly (string | number)[])[] = [
  ["Namn", "Typ", "Invånare"],
  ["Botkyrka", "kommun", 93106],
  ["Danderyd", "kommun", 33187],
  ["Ekerö", "kommun", 28308],
];
export const GOOD_TABLE_NAME = "Befolkning";

export function seedTable(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.add(GOOD_TABLE_NAME);
    sheet.getRange("A1:C4").values = GOOD_TABLE_ROWS.map((row) => [...row]);
    const table = sheet.tables.add("A1:C4", true);
    table.name = GOOD_TABLE_NAME;
    await context.sync();
  });
}

/** Sheets named as the plan's own (in the pane's language), as a previous fill would have left them. */
export function seedExistingSheets(run: ExcelRun, locale: Locale): Promise<void> {
  const plan = buildWorkbookPlan(defaultPlanOptions(locale));
  return run(async (context) => {
    for (const sheet of plan.sheets.slice(0, 2)) {
      context.workbook.worksheets.add(sheet.name).getRange("A1").values = [[locale === "sv" ? "Användarens data" : "The user's data"]];
    }
    await context.sync();
  });
}
