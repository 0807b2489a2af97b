import type { CountyTemplate } from "../data";
import type { Locale } from "../i18n";
import { areaAddress } from "../formula";
import { TEMPLATE_HEADER } from "../input";
import { excelError } from "./rollback";
import type { ExcelRun } from "./run";

/*
 * Today's county as an Excel table to paste figures into (issue 11): a new sheet with the template of
 * src/data/template.ts (namn, typ, kod, invånare empty, datum), as the CSV of `npm run workbook --
 * --template` has it. Never over anything: the sheet and the table get the first free name. One
 * Excel.run: the names are read, then everything is written in one sync; if that sync fails, the
 * sheet is deleted again, so the workbook is as before.
 */

export const TEMPLATE_SHEET_NAME = "Befolkningsmall";
/** Table names take no spaces or brackets: "Befolkningsmall", "Befolkningsmall2", … */
export const TEMPLATE_TABLE_NAME = "Befolkningsmall";

export interface InsertedTemplate {
  readonly sheet: string;
  readonly table: string;
  /** Where the table is, header included ("'Befolkningsmall'!A1:E43"). */
  readonly address: string;
}

/** The template's rows as the sheet gets them, header first (the headers the population reader knows, in the pane's language). */
export function templateRows(template: CountyTemplate, locale: Locale): string[][] {
  const header = TEMPLATE_HEADER.map((column) => column[locale]());
  return [header, ...template.rows.map((row) => [row.name, row.kind, row.code ?? "", "", template.date])];
}

/** The first of `base`, `base (2)`, `base (3)`, … (or `base`, `base2`, … with `joined`) not taken, whatever the case. */
export function freeName(base: string, taken: readonly string[], joined = false): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : joined ? `${base}${n}` : `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export function insertPopulationTemplate(run: ExcelRun, template: CountyTemplate, locale: Locale): Promise<InsertedTemplate> {
  const rows = templateRows(template, locale);
  const area = areaAddress({ top: 1, left: 0, bottom: rows.length, right: rows[0].length - 1 });
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.worksheets.load("items/name");
    workbook.tables.load("items/name");
    workbook.names.load("items/name");
    await context.sync();
    const sheetName = freeName(TEMPLATE_SHEET_NAME, workbook.worksheets.items.map((sheet) => sheet.name));
    // Tables and defined names are one namespace in Excel.
    const tableName = freeName(TEMPLATE_TABLE_NAME, [...workbook.tables.items, ...workbook.names.items].map((item) => item.name), true);
    const sheet = workbook.worksheets.add(sheetName);
    // Text, so that a code such as 0127 and the ISO date stay as written (Excel's leading apostrophe).
    sheet.getRange(area).values = rows.map((row, r) => (r === 0 ? row : row.map((text, c) => (c === 2 || c === 4) && text !== "" ? `'${text}` : text)));
    const table = sheet.tables.add(area, true);
    table.name = tableName;
    sheet.getRange(area).format.autofitColumns();
    sheet.activate();
    // The first population cell, where the figures are pasted.
    sheet.getRange("D2").select();
    try {
      await context.sync();
    } catch (error) {
      const added = workbook.worksheets.getItemOrNullObject(sheetName);
      added.load("isNullObject");
      await context.sync().catch(() => undefined);
      if (!added.isNullObject) {
        added.delete();
        await context.sync().catch(() => undefined);
      }
      throw excelError(error, "nothing was added");
    }
    return { sheet: sheetName, table: tableName, address: `'${sheetName}'!${area}` };
  });
}
