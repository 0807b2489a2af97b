import type {
  DoubleNamedItem,
  DoubleRange,
  DoubleRangeFill,
  DoubleRangeFont,
  DoubleTable,
  DoubleWorksheet,
} from "../../src/excel-double/proxies";
import { createExcelDouble } from "../../src/excel-double";

/*
 * The double's proxies against @types/office-js: each listed property or method must have a type
 * assignable to Excel's (checked by the compiler, ts-jest included), and must exist at run time.
 * Methods returning proxies are left out: the double's proxies implement part of Excel's classes.
 */

type Conforms<Double, Real, K extends keyof Real & keyof Double> = { [P in K]: [Double[P]] extends [Real[P]] ? true : false };
const ok = <T extends Record<string, true>>(t: T) => t;

type RangeMembers = "address" | "values" | "formulas" | "numberFormat" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "text" | "select" | "clear";
type SheetMembers = "name" | "id" | "position" | "activate" | "delete";
type TableMembers = "name" | "id" | "showTotals" | "showHeaders" | "style" | "delete";

export const conformance = [
  ok<Conforms<DoubleRange, Excel.Range, RangeMembers>>({} as Conforms<DoubleRange, Excel.Range, RangeMembers>),
  ok<Conforms<DoubleWorksheet, Excel.Worksheet, SheetMembers>>({} as Conforms<DoubleWorksheet, Excel.Worksheet, SheetMembers>),
  ok<Conforms<DoubleTable, Excel.Table, TableMembers>>({} as Conforms<DoubleTable, Excel.Table, TableMembers>),
  ok<Conforms<DoubleRangeFill, Excel.RangeFill, "color" | "clear">>({} as Conforms<DoubleRangeFill, Excel.RangeFill, "color" | "clear">),
  ok<Conforms<DoubleRangeFont, Excel.RangeFont, "bold" | "italic" | "color" | "size">>({} as Conforms<DoubleRangeFont, Excel.RangeFont, "bold" | "italic" | "color" | "size">),
  ok<Conforms<DoubleNamedItem, Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "delete">>({} as Conforms<DoubleNamedItem, Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "delete">),
];

test("the proxies have Excel's members at run time", async () => {
  const xl = createExcelDouble();
  await xl.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    const range = ws.getRange("A1");
    for (const m of ["getCell", "getResizedRange", "getOffsetRange", "getUsedRange", "select", "load"]) expect(typeof (range as unknown as Record<string, unknown>)[m]).toBe("function");
    for (const m of ["activate", "delete", "getRange", "getUsedRange"]) expect(typeof (ws as unknown as Record<string, unknown>)[m]).toBe("function");
    for (const m of ["add", "getItem", "getItemOrNullObject"]) {
      expect(typeof (context.workbook.tables as unknown as Record<string, unknown>)[m]).toBe("function");
      expect(typeof (context.workbook.names as unknown as Record<string, unknown>)[m]).toBe("function");
    }
    expect(typeof context.workbook.getSelectedRange).toBe("function");
    await context.sync();
  });
});
