import {
  MAX_COLUMNS,
  MAX_ROWS,
  absoluteColumnRange,
  addressParts,
  areaAddress,
  cellAddress,
  cellAddressIn,
  columnIndex,
  columnLetter,
  parseArea,
  parseCellAddress,
  qualifiedAddress,
  quoteSheetName,
  readArea,
  readCellAddress,
  sheetPrefix,
} from "../../src/formula/a1";

/* The product's one A1 module: columns from 0, rows by their number (from 1). */

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("cells, absolute ranges and parsing", () => {
    expect(cellAddress(2, 5)).toBe("C5");
    expect(absoluteColumnRange(1, 5, 18)).toBe("$B$5:$B$18");
    expect(parseCellAddress("$AB$12")).toEqual({ column: 27, row: 12 });
    expect(() => parseCellAddress("Budget2026")).toThrow(/not an A1 cell address/);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });

  it("sheet prefixes are always quoted, with quotes doubled", () => {
    expect(sheetPrefix("Kommuner")).toBe("'Kommuner'!");
    expect(sheetPrefix("Avtal 2026–2030")).toBe("'Avtal 2026–2030'!");
    expect(sheetPrefix("It's")).toBe("'It''s'!");
  });

  it("reads a cell without throwing, and only cells of the grid", () => {
    expect(readCellAddress(" $C$5 ")).toEqual({ column: 2, row: 5 });
    expect(readCellAddress(`XFD${MAX_ROWS}`)).toEqual({ column: MAX_COLUMNS - 1, row: MAX_ROWS });
    for (const bad of ["A0", `A${MAX_ROWS + 1}`, "XFE1", "B", "5", "Budget2026", "A1:B2", ""]) expect(readCellAddress(bad)).toBeUndefined();
    expect(() => parseCellAddress("A0")).toThrow(RangeError);
  });

  it("areas: corners in any order, a single cell, and back", () => {
    expect(readArea("E31:A4")).toEqual({ top: 4, left: 0, bottom: 31, right: 4 });
    expect(readArea("$B$3")).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(readArea("A1:B2:C3")).toBeUndefined();
    expect(() => parseArea("Kommuner")).toThrow(/not an A1 range/);
    expect(areaAddress({ top: 4, left: 0, bottom: 31, right: 4 })).toBe("A4:E31");
    expect(areaAddress({ top: 3, left: 1, bottom: 3, right: 1 })).toBe("B3");
  });
});

describe("addresses as Excel writes them", () => {
  it("split into the sheet as written, its name and the top-left cell", () => {
    expect(addressParts("'Min data'!$B$3:$D$10")).toEqual({ sheetText: "'Min data'", sheet: "Min data", anchor: { column: 1, row: 3 } });
    expect(addressParts("'Kalle''s'!C3")).toEqual({ sheetText: "'Kalle''s'", sheet: "Kalle's", anchor: { column: 2, row: 3 } });
    expect(addressParts("B3")).toEqual({ sheetText: "", sheet: "", anchor: { column: 1, row: 3 } });
    expect(addressParts("Blad1!$3:$5").anchor).toEqual({ column: 0, row: 3 });
    expect(addressParts("Blad1!C:E").anchor).toEqual({ column: 2, row: 1 });
    expect(() => addressParts("Blad1!Budget2026")).toThrow(/not an A1 cell address/);
  });

  it("name each cell of a range by its sheet", () => {
    const at = cellAddressIn("Blad1!B3:D10");
    expect(at(0, 0)).toBe("Blad1!B3");
    expect(at(4, 2)).toBe("Blad1!D7");
    expect(cellAddressIn("C5")(1, 1)).toBe("D6");
    expect(cellAddressIn("'Min data'!$B$3:$D$10")(0, 1)).toBe("'Min data'!C3");
  });

  it("a sheet-qualified address quotes the sheet only when needed", () => {
    expect(qualifiedAddress("Kommuner", "B5")).toBe("Kommuner!B5");
    expect(qualifiedAddress("Kommuner 2020", "B5")).toBe("'Kommuner 2020'!B5");
    expect(qualifiedAddress(undefined, "B5")).toBe("B5");
    expect(quoteSheetName("C5")).toBe("'C5'");
  });
});
