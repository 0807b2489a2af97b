import { addressParts, areaAddress, parseArea } from "../formula";
import type { ExcelRun } from "./run";

/*
 * What the pane reads from the workbook, each in one batch with one sync: the selected range, the
 * tables, a table's values; and the one thing it does besides filling: show a sheet.
 */

export interface ReadValues {
  /** Where the values come from, as Excel writes it ("Blad1!A1:C12"). */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  /** The Excel table's name, when the values are a table's. */
  readonly table?: string;
}

/**
 * The values of the selection, trimmed to the part that holds values: a user who selects whole
 * columns (A:C) means the table in them, not a million empty rows. Addresses stay those of the sheet.
 */
export function readSelectedRange(run: ExcelRun): Promise<ReadValues> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    const used = selected.getUsedRangeOrNullObject(true);
    selected.load("address");
    used.load(["address", "values"]);
    await context.sync();
    return used.isNullObject ? { address: selected.address, values: [] } : { address: used.address, values: used.values };
  });
}

/**
 * The names of the workbook's Excel tables, for the Fill tab's population and the Check tab's choice
 * of tables. Here, not beside the checker's Excel adapter: importing that would put the whole checker
 * into the pane's first load.
 */
export function listTableNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    return tables.items.map((table) => table.name);
  });
}

export { listTableNames as listTables };

/**
 * A table's header row and data rows (not its totals row: a total is not a municipality), with the
 * address of the two together ("Befolkning!A1:C5"): what was read, not only its header.
 */
export function readTable(run: ExcelRun, name: string): Promise<ReadValues> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange();
    const body = table.getDataBodyRange();
    header.load(["address", "values"]);
    body.load(["address", "values"]);
    await context.sync();
    return { address: spanning(header.address, body.address), values: [...header.values, ...body.values] };
  });
}

/** The range from the top-left of `first` to the bottom-right of `last`, both on one sheet ("Blad1!A1:C1", "Blad1!A2:C5" → "Blad1!A1:C5"). */
function spanning(first: string, last: string): string {
  const { sheetText } = addressParts(first);
  const area = (address: string) => parseArea(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  const top = area(first);
  const bottom = area(last);
  const whole = { top: top.top, left: Math.min(top.left, bottom.left), bottom: Math.max(top.bottom, bottom.bottom), right: Math.max(top.right, bottom.right) };
  return `${sheetText ? `${sheetText}!` : ""}${areaAddress(whole)}`;
}

export function activateSheet(run: ExcelRun, name: string): Promise<void> {
  return run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
