import { columnWidthPoints } from "../../src/excel/queuePage";
import { quoteSheetName } from "../../src/formula/a1";

describe("quoteSheetName", () => {
  test.each([
    ["Kommuner", "Kommuner"],
    ["Kommuner (2)", "'Kommuner (2)'"],
    ["Avtal 2026–2030", "'Avtal 2026–2030'"],
    ["Källor", "'Källor'"],
    ["O'Neil", "'O''Neil'"],
    ["AB12", "'AB12'"],
    ["R1C1", "'R1C1'"],
    ["2026", "'2026'"],
  ])("%s → %s", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));
});

test("column widths: characters to points as Excel's default font measures them", () => {
  expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  expect(columnWidthPoints(22)).toBe(119.25);
});
