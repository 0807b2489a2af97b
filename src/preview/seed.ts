import { say, type Locale } from "../i18n";
import { buildWorkbookPlan, defaultPlanOptions } from "../workbook";
import type { ExcelRun } from "../taskpane/host";
import { PREVIEW_STRINGS } from "./strings";

/*
 * Workbook contents the preview page can put in the double, through the same Excel API a user's
 * workbook would be read with: a range with three wrong rows, a good table, sheets with the plan's
 * names (to see the replace / keep both / cancel question), and Bilaga 3 as printed with one planted
 * error for the check tab.
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
      context.workbook.worksheets.add(sheet.name).getRange("A1").values = [[say(PREVIEW_STRINGS.seededUserData, locale)]];
    }
    await context.sync();
  });
}

/*
 * Bilaga 3 as printed in the 2020 agreement (test/fixtures/bilaga3/*-tryckt.csv, copied here because
 * the page cannot read files): every figure a text cell ("54 931 kr", "3,97%"), as a table pasted
 * from the PDF arrives in Excel.
 */
export const PRINTED_MUNICIPALITY_ROWS: readonly (readonly string[])[] = [
  ["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"],
  ["Botkyrka", "93 106", "3,97%", "54 931 kr", "439 451 kr"],
  ["Danderyd", "33 187", "1,42%", "19 580 kr", "156 639 kr"],
  ["Ekerö", "28 308", "1,21%", "16 701 kr", "133 611 kr"],
  ["Haninge", "89 989", "3,84%", "53 092 kr", "424 739 kr"],
  ["Huddinge", "111 722", "4,77%", "65 915 kr", "527 317 kr"],
  ["Järfälla", "78 480", "3,35%", "46 302 kr", "370 418 kr"],
  ["Lidingö", "47 818", "2,04%", "28 212 kr", "225 696 kr"],
  ["Nacka", "103 656", "4,42%", "61 156 kr", "489 246 kr"],
  ["Norrtälje", "61 769", "2,64%", "36 443 kr", "291 544 kr"],
  ["Nykvarn", "10 923", "0,47%", "6 444 kr", "51 555 kr"],
  ["Nynäshamn", "28 290", "1,21%", "16 691 kr", "133 526 kr"],
  ["Salem", "16 786", "0,72%", "9 904 kr", "79 228 kr"],
  ["Sigtuna", "48 130", "2,05%", "28 396 kr", "227 169 kr"],
  ["Sollentuna", "72 528", "3,09%", "42 791 kr", "342 325 kr"],
  ["Solna", "80 950", "3,45%", "47 760 kr", "382 076 kr"],
  ["Sundbyberg", "50 564", "2,16%", "29 832 kr", "238 657 kr"],
  ["Södertälje", "97 381", "4,15%", "57 454 kr", "459 629 kr"],
  ["Tyresö", "48 004", "2,05%", "28 322 kr", "226 574 kr"],
  ["Täby", "71 397", "3,05%", "42 123 kr", "336 987 kr"],
  ["Upplands Väsby", "45 543", "1,94%", "26 870 kr", "214 958 kr"],
  ["Upplands-Bro", "28 756", "1,23%", "16 966 kr", "135 725 kr"],
  ["Vallentuna", "33 432", "1,43%", "19 724 kr", "157 796 kr"],
  ["Vaxholm", "12 023", "0,51%", "7 093 kr", "56 747 kr"],
  ["Värmdö", "44 397", "1,89%", "26 194 kr", "209 549 kr"],
  ["Österåker", "44 831", "1,91%", "26 450 kr", "211 598 kr"],
  ["Stockholm", "962 154", "41,05%", "567 659 kr", "4 541 272 kr"],
  ["Totalt", "2 344 124", "100,00%", "1 383 004 kr", "11 064 034 kr"],
];
export const PRINTED_DISTRICT_ROWS: readonly (readonly string[])[] = [
  ["Stadsdelsförvaltning", "Invånare", "Invånare inkl rest", "Fördelning i Sthlm", "Fördelning alla kommuner", "Summa/år", "Summa totalt"],
  ["Bromma", "80 045", "80 249", "8,34%", "3,42%", "47 346 kr", "378 767 kr"],
  ["Enskede-Årsta-Vantör", "100 859", "101 116", "10,51%", "4,31%", "59 657 kr", "477 258 kr"],
  ["Farsta", "59 219", "59 370", "6,17%", "2,53%", "35 028 kr", "280 220 kr"],
  ["Hägersten-Liljeholmen", "90 203", "90 433", "9,40%", "3,86%", "53 354 kr", "426 834 kr"],
  ["Hässelby-Vällingby", "75 904", "76 097", "7,91%", "3,25%", "44 897 kr", "359 173 kr"],
  ["Kungsholmen", "71 191", "71 372", "7,42%", "3,04%", "42 109 kr", "336 871 kr"],
  ["Norrmalm", "71 800", "71 983", "7,48%", "3,07%", "42 469 kr", "339 752 kr"],
  ["Rinkeby-Kista", "50 404", "50 532", "5,25%", "2,16%", "29 814 kr", "238 508 kr"],
  ["Skarpnäck", "46 427", "46 545", "4,84%", "1,99%", "27 461 kr", "219 690 kr"],
  ["Skärholmen", "37 349", "37 444", "3,89%", "1,60%", "22 092 kr", "176 733 kr"],
  ["Spånga-Tensta", "39 106", "39 206", "4,07%", "1,67%", "23 131 kr", "185 046 kr"],
  ["Södermalm", "130 034", "130 365", "13,55%", "5,56%", "76 914 kr", "615 312 kr"],
  ["Älvsjö", "30 580", "30 658", "3,19%", "1,31%", "18 088 kr", "144 703 kr"],
  ["Östermalm", "76 587", "76 782", "7,98%", "3,28%", "45 301 kr", "362 404 kr"],
  ["Sthlm kn rest*", "2 446", "-", "-", "-", "-", "-"],
  ["Totalt", "962 154", "962 154", "100,00%", "41,05%", "567 659 kr", "4 541 272 kr"],
];

/** The sheet the table to check is put on (a space in the name, so addresses need quoting). */
export const CHECK_SHEET = "Bilaga 3";
/** The municipality table's range (header on row 1, the total row 28). */
export const CHECK_MUNICIPALITY_RANGE = "A1:E28";
/** The district table's range, two blank rows below. */
export const CHECK_DISTRICT_RANGE = "A31:G47";
/** What is selected after seeding: both tables, so they are checked together. */
export const CHECK_RANGE = "A1:G47";
/** The one planted error: Botkyrka's Summa/år with two digits swapped (the annex says 54 931 kr). */
export const CHECK_PLANTED = { address: "D2", stated: "54 391 kr", printed: "54 931 kr" } as const;
/**
 * Fills there before the check, so restoring them after highlighting can be proved: a blue on both
 * header rows and a yellow on the planted error's cell (someone had already marked it).
 */
export const CHECK_HEADER_FILL = "#D9E1F2";
export const CHECK_MARKED_FILL = "#FFFF00";
export const CHECK_PRECOLOURED: Readonly<Record<string, string>> = {
  "A1:E1": CHECK_HEADER_FILL,
  "A31:G31": CHECK_HEADER_FILL,
  [CHECK_PLANTED.address]: CHECK_MARKED_FILL,
};

/** The printed municipality rows with the planted error in Botkyrka's Summa/år. */
export function municipalityRowsToCheck(): string[][] {
  const rows = PRINTED_MUNICIPALITY_ROWS.map((row) => [...row]);
  rows[1][3] = CHECK_PLANTED.stated;
  return rows;
}

/**
 * The annex's two tables, as printed, on the sheet "Bilaga 3" with one planted error and a few cells
 * already coloured; both tables are selected, ready for the check tab's "selected range".
 */
export function seedTableToCheck(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.add(CHECK_SHEET);
    sheet.getRange(CHECK_MUNICIPALITY_RANGE).values = municipalityRowsToCheck();
    sheet.getRange(CHECK_DISTRICT_RANGE).values = PRINTED_DISTRICT_ROWS.map((row) => [...row]);
    for (const [address, color] of Object.entries(CHECK_PRECOLOURED)) sheet.getRange(address).format.fill.color = color;
    sheet.activate();
    sheet.getRange(CHECK_RANGE).select();
    await context.sync();
  });
}
