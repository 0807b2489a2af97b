import { OfficeMockObject } from "office-addin-mock";
import { createExcelDouble } from "../../src/excel-double";

/*
 * Cross-check of the double's load/sync rule with Microsoft's office-addin-mock: the same user code
 * (load, read before sync, sync, read after) sees the value unavailable before sync and the same
 * value after, in both. The mock has no object model (no collections, tables, names), so the check
 * stays on one range; the mock marks a value not yet synced, where the double throws as Excel does.
 */

async function readTwice(context: { sync(): Promise<void> }, range: { load(p: string): unknown; values: unknown }) {
  range.load("values");
  let early: unknown;
  try {
    early = range.values;
  } catch (e) {
    early = e;
  }
  await context.sync();
  return { early, late: range.values };
}

test("a loaded property is not readable before sync, and reads the cells after it, in the mock and in the double", async () => {
  const values = [["Botkyrka", 93106]];

  const mock = new OfficeMockObject({ context: { workbook: { range: { values } } } });
  const mockContext = mock.context as unknown as { sync(): Promise<void>; workbook: { range: { load(p: string): unknown; values: unknown } } };
  const fromMock = await readTwice(mockContext, mockContext.workbook.range);

  const xl = createExcelDouble({ sheets: [{ name: "S", cells: { A1: "Botkyrka", B1: 93106 } }] });
  const fromDouble = await xl.run(async (context) => readTwice(context, context.workbook.worksheets.getItem("S").getRange("A1:B1")));

  expect(fromMock.early).toBe("Error, context.sync() was not called");
  expect(fromDouble.early).toMatchObject({ code: "PropertyNotLoaded" });
  expect(fromMock.late).toEqual(values);
  expect(fromDouble.late).toEqual(values);
});
