import { freeIdentifier, freeSheetName, marked, numbered, takeFreeName } from "../../src/excel/sheetNames";

describe("free names", () => {
  test("free sheet names compare case-insensitively", () => {
    expect(freeSheetName("Granskning", ["granskning", "Granskning (2)"])).toBe("Granskning (3)");
    expect(freeSheetName("Granskning", ["Kommuner"])).toBe("Granskning");
  });

  test("a numbered sheet name stays within Excel's 31 characters", () => {
    const base = "Granskning av fördelningstabell"; // 31 characters
    expect(freeSheetName(base, [base])).toBe("Granskning av fördelningsta (2)");
    expect(numbered(base)(10)).toHaveLength(31);
    expect(marked("~~", base)(2)).toBe("~~Granskning av fördelningsta 2");
  });

  test("the writer's names: the first free from a number on, taken at once", () => {
    const taken = new Set(["kommuner", "kommuner (2)"]);
    expect(takeFreeName(taken, numbered("Kommuner"), 2)).toBe("Kommuner (3)");
    expect(taken.has("kommuner (3)")).toBe(true);
    expect(freeIdentifier(new Set(["avtalsar_ny"]), "Avtalsar", "_ny")).toBe("Avtalsar_ny2");
  });
});
