import fc from "fast-check";
import { rewriteFormula } from "../../src/excel/formulas";
import { columnWidthPoints } from "../../src/excel/queuePage";
import { quoteSheetName } from "../../src/workbook/a1";

const renames = {
  sheets: new Map([
    ["kommuner", "Kommuner (2)"],
    ["parametrar", "Parametrar (2)"],
    ["o'neil", "O'Neil 2"],
  ]),
  identifiers: new Map([
    ["avtalsar", "Avtalsar_2"],
    ["kommunertabell", "KommunerTabell_2"],
  ]),
};

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

describe("rewriteFormula", () => {
  test.each([
    ["=Kommuner!B4*2", "='Kommuner (2)'!B4*2"],
    ["='Kommuner'!$B$4:$B$6", "='Kommuner (2)'!$B$4:$B$6"],
    ["=MAX(kommuner!B4,Parametrar!B5)", "=MAX('Kommuner (2)'!B4,'Parametrar (2)'!B5)"],
    ["='O''Neil'!A1", "='O''Neil 2'!A1"],
    ["=B4*Avtalsar", "=B4*Avtalsar_2"],
    ["=AVTALSAR+1", "=Avtalsar_2+1"],
    // not a reference: inside a string, a longer name, a function, a cell, another sheet's prefix
    ['="Kommuner!B4 och Avtalsar"&Avtalsar', '="Kommuner!B4 och Avtalsar"&Avtalsar_2'],
    ["=AvtalsarX+Avtalsar.1", "=AvtalsarX+Avtalsar.1"],
    ["=Andra!B4", "=Andra!B4"],
    ["=SUM(KommunerTabell[Invånare])", "=SUM(KommunerTabell_2[Invånare])"],
    ["=KommunerTabell[[#Totals],[Avtalsar]]", "=KommunerTabell_2[[#Totals],[Avtalsar]]"],
    ["=#REF!B4", "=#REF!B4"],
  ])("%s → %s", (formula, rewritten) => expect(rewriteFormula(formula, renames)).toBe(rewritten));
});

test("column widths: characters to points as Excel's default font measures them", () => {
  expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  expect(columnWidthPoints(22)).toBe(119.25);
});

describe("rewriteFormula for any sheet names (property)", () => {
  const chars = "abcåäöKLM 012()-–'_.".split("");
  const sheetName = fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 31 })
    .map((a) => a.join(""))
    .filter((n) => n.trim().length > 0 && !n.startsWith("'") && !n.endsWith("'"));

  test("a reference to the renamed sheet follows it, quoted as needed; strings and other sheets stay", () => {
    fc.assert(
      fc.property(sheetName, sheetName, (from, to) => {
        fc.pre(from.toLowerCase() !== "andra");
        const formula = `=${quoteSheetName(from)}!B4+Andra!C5&"${from.replace(/"/g, '""')}!A1"`;
        const out = rewriteFormula(formula, { sheets: new Map([[from.toLowerCase(), to]]), identifiers: new Map() });
        expect(out).toBe(`=${quoteSheetName(to)}!B4+Andra!C5&"${from.replace(/"/g, '""')}!A1"`);
      }),
      { numRuns: 500 },
    );
  });
});
