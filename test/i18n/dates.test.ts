import { excelDateSerial } from "../../src/i18n/dates";

describe("Excel dates", () => {
  it("Excel date serials (1899-12-30 base): 31/12 2018 is 43465", () => {
    expect(excelDateSerial("2018-12-31")).toBe(43465);
    expect(excelDateSerial("2026-01-01")).toBe(46023);
    expect(() => excelDateSerial("2018-13-01")).toThrow(/not a calendar date/);
    expect(() => excelDateSerial("31/12 2018")).toThrow(/not an ISO date/);
    // Excel shows serials before 1900-03-01 a day off (its 29 February 1900), and none before 1900.
    expect(excelDateSerial("1900-03-01")).toBe(61);
    expect(() => excelDateSerial("1900-02-28")).toThrow(/before 1900-03-01/);
    // Date.UTC would read the year 0001 as 1901.
    expect(() => excelDateSerial("0001-01-01")).toThrow(/before 1900-03-01/);
    expect(() => excelDateSerial("0099-02-29")).toThrow(/not a calendar date/);
  });
});
