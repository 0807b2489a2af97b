import fc from "fast-check";
import { quoteSheetName } from "../../src/formula/a1";
import { referencedSheets, renameInFormula, tokenize } from "../../src/formula/tokens";

/*
 * The one formula tokenizer (issue 20, item 2): Excel's en-US A1 grammar as Range.formulas, an .xlsx
 * file and the plan write it, each token with its span; renaming sheets and names by mapping tokens.
 */

const kinds = (formula: string) => tokenize(formula).map((token) => `${token.type}:${token.text}`);

describe("tokenize", () => {
  test("references, names, functions, numbers and operators", () => {
    expect(kinds("=SUM(E5:E30)")).toEqual(["function:SUM", "open:(", "ref:E5:E30", "close:)"]);
    expect(kinds("=C5*KrPerInvanareAr")).toEqual(["ref:C5", "op:*", "name:KrPerInvanareAr"]);
    expect(kinds("=B5+Restpost*B5/SUM($B$5:$B$18)")).toEqual(["ref:B5", "op:+", "name:Restpost", "op:*", "ref:B5", "op:/", "function:SUM", "open:(", "ref:$B$5:$B$18", "close:)"]);
    expect(kinds("=C5*19%")).toEqual(["ref:C5", "op:*", "number:19", "op:%"]);
    expect(kinds('=IF(A1="",0,1E3)')).toEqual(["function:IF", "open:(", "ref:A1", "op:=", 'string:""', "sep:,", "number:0", "sep:,", "number:1E3", "close:)"]);
  });

  test("sheet-qualified references, quoted or not, with anchors", () => {
    const [quoted] = tokenize("='Avtal 2026–2030'!$D$10");
    expect(quoted).toMatchObject({ type: "ref", ref: { sheet: "Avtal 2026–2030", shape: "cell", from: { column: 3, row: 10, absColumn: true, absRow: true } } });
    const [escaped] = tokenize("='Kalle''s'!B2:C3");
    expect(escaped).toMatchObject({ type: "ref", ref: { sheet: "Kalle's", shape: "area", from: { column: 1, row: 2 }, to: { column: 2, row: 3 } } });
    expect(tokenize("=Parametrar!$B$6")[0]).toMatchObject({ type: "ref", ref: { sheet: "Parametrar", from: { absColumn: true, absRow: true } } });
    // A quoted name may hold "!" and "''"; an unquoted one may hold letters beyond ASCII.
    expect(tokenize("='Hej!då ''Ö'''!A1")[0]).toMatchObject({ type: "ref", text: "'Hej!då ''Ö'''!A1", ref: { sheet: "Hej!då 'Ö'", from: { column: 0, row: 1 } } });
    expect(tokenize("=Källor!B2")[0]).toMatchObject({ type: "ref", ref: { sheet: "Källor", from: { column: 1, row: 2 } } });
  });

  test("whole columns and whole rows, on this sheet or another", () => {
    expect(tokenize("=SUM(C:C)")[2]).toMatchObject({ type: "ref", ref: { shape: "columns", from: { column: 2 } } });
    expect(tokenize("=SUM($3:5)")[2]).toMatchObject({ type: "ref", ref: { shape: "rows", from: { row: 3, absRow: true }, to: { row: 5, absRow: false } } });
    expect(tokenize("=SUM(Kommuner!$A:$XFD)")[2]).toMatchObject({ type: "ref", ref: { sheet: "Kommuner", shape: "columns", from: { column: 0, absColumn: true }, to: { column: 16_383 } } });
    expect(tokenize("=SUM('Blad 1'!1:1048576)")[2]).toMatchObject({ type: "ref", ref: { sheet: "Blad 1", shape: "rows", from: { row: 1 }, to: { row: 1_048_576 } } });
  });

  test("3D references and references to other workbooks", () => {
    expect(tokenize("=SUM(Jan:Mar!B5)")[2]).toMatchObject({ type: "ref", ref: { sheet: "Jan", sheetTo: "Mar", shape: "cell" } });
    expect(tokenize("=SUM('Jan 1:Mar 3'!B5:B6)")[2]).toMatchObject({ type: "ref", ref: { sheet: "Jan 1", sheetTo: "Mar 3", shape: "area" } });
    expect(tokenize("=[1]Blad1!A1")[0]).toMatchObject({ type: "ref", ref: { sheet: "Blad1", external: true, book: "1" } });
    expect(tokenize("='C:\\Budget\\[Budget.xlsx]Blad1'!$B$5")[0]).toMatchObject({ type: "ref", ref: { sheet: "Blad1", external: true, book: "C:\\Budget\\[Budget.xlsx]" } });
  });

  test("a name is not taken for a cell, a function not for a reference", () => {
    expect(kinds("=Budget2026*Kommunandel2026")).toEqual(["name:Budget2026", "op:*", "name:Kommunandel2026"]);
    expect(kinds("=LOG10(A1)")).toEqual(["function:LOG10", "open:(", "ref:A1", "close:)"]);
    expect(kinds("=XFE1+XFD1")).toEqual(["name:XFE1", "op:+", "ref:XFD1"]);
    expect(kinds("=Blad1!Faktor")).toEqual(["name:Blad1!Faktor"]);
    expect(kinds("=_xlfn.XLOOKUP(A1,B:B,C:C)")[0]).toBe("function:_xlfn.XLOOKUP");
    expect(tokenize("=_xlfn.XLOOKUP(A1,B:B,C:C)")[0]).toMatchObject({ name: "XLOOKUP" });
    expect(kinds("=TRUE+false")).toEqual(["bool:TRUE", "op:+", "bool:false"]);
  });

  test("names that look like R1C1 are names in A1 formulas; R1 is a cell", () => {
    expect(kinds("=R1C1+RC+R2C")).toEqual(["name:R1C1", "op:+", "name:RC", "op:+", "name:R2C"]);
    expect(kinds("=R1+C2")).toEqual(["ref:R1", "op:+", "ref:C2"]);
  });

  test("Unicode names, and names with dots, backslashes and question marks", () => {
    expect(kinds("=Kostnad_år*Åtta+Σumma")).toEqual(["name:Kostnad_år", "op:*", "name:Åtta", "op:+", "name:Σumma"]);
    expect(kinds("=\\Skatt+Avtal.2031+Klar?")).toEqual(["name:\\Skatt", "op:+", "name:Avtal.2031", "op:+", "name:Klar?"]);
  });

  test("strings holding !, quotes and what looks like references are one token each", () => {
    expect(kinds('="Kommuner!B4 ""och"" A1"&A1')).toEqual(['string:"Kommuner!B4 ""och"" A1"', "op:&", "ref:A1"]);
    expect(kinds("=\"'Blad'!A1\"")).toEqual(["string:\"'Blad'!A1\""]);
  });

  test("error literals", () => {
    expect(kinds("=IF(ISNA(#N/A),#DIV/0!,#REF!)")).toEqual(["function:IF", "open:(", "function:ISNA", "open:(", "error:#N/A", "close:)", "sep:,", "error:#DIV/0!", "sep:,", "error:#REF!", "close:)"]);
    expect(kinds("=#REF!B4+#NAME?+#NULL!+#NUM!+#VALUE!+#SPILL!")).toEqual(["error:#REF!", "ref:B4", "op:+", "error:#NAME?", "op:+", "error:#NULL!", "op:+", "error:#NUM!", "op:+", "error:#VALUE!", "op:+", "error:#SPILL!"]);
  });

  test("structured references to Excel tables are one token each, naming their table", () => {
    expect(kinds("=SUBTOTAL(109,[Summa/år])")).toEqual(["function:SUBTOTAL", "open:(", "number:109", "sep:,", "structured:[Summa/år]", "close:)"]);
    expect(kinds("=[@Invånare]*Tabell1[[#Totals],[Summa]]")).toEqual(["structured:[@Invånare]", "op:*", "structured:Tabell1[[#Totals],[Summa]]"]);
    expect(tokenize("=SUM(Kommuner[Summa '[kr']])")[2]).toMatchObject({ type: "structured", table: "Kommuner", text: "Kommuner[Summa '[kr']]" });
    expect(tokenize("=[@Invånare]")[0]).not.toHaveProperty("table");
  });

  test("every token's span is its text in the formula as given; spaces between tokens are skipped", () => {
    const formula = `=SUM( 'It''s here'!$B$5:$B$9 ) + Kommuner!C5 * KrPerInvanareAr&"a!b"`;
    const tokens = tokenize(formula);
    expect(tokens.every((token) => formula.slice(token.start, token.end) === token.text)).toBe(true);
    expect(tokens.map((token) => token.text)).toEqual(["SUM", "(", "'It''s here'!$B$5:$B$9", ")", "+", "Kommuner!C5", "*", "KrPerInvanareAr", "&", '"a!b"']);
    expect(tokenize("A1+1")[0]).toMatchObject({ start: 0, end: 2 });
  });

  test("property: the spans of any formula built of tokens give back its tokens", () => {
    const pieces = ["A1", "$B$5:$C$9", "'Avtal 2026–2030'!D10", "Kommuner!C:C", "SUM(", ")", "+", "*", '"x!y"', "1.5E3", "Budget2026", "#N/A", "Tabell1[[#Totals],[Summa]]", ",", "Jan:Mar!B5", "TRUE"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), fc.boolean(), (parts, spaced) => {
        const formula = `=${parts.join(spaced ? " " : "")}`;
        for (const token of tokenize(formula)) expect(formula.slice(token.start, token.end)).toBe(token.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("renameInFormula", () => {
  const renames = {
    sheets: new Map([
      ["kommuner", "Kommuner (2)"],
      ["parametrar", "Parametrar (2)"],
      ["o'neil", "O'Neil 2"],
      ["jan", "Januari"],
    ]),
    identifiers: new Map([
      ["avtalsar", "Avtalsar_2"],
      ["kommunertabell", "KommunerTabell_2"],
    ]),
  };

  test.each([
    ["=Kommuner!B4*2", "='Kommuner (2)'!B4*2"],
    ["='Kommuner'!$B$4:$B$6", "='Kommuner (2)'!$B$4:$B$6"],
    ["=MAX(kommuner!B4,Parametrar!B5)", "=MAX('Kommuner (2)'!B4,'Parametrar (2)'!B5)"],
    ["='O''Neil'!A1", "='O''Neil 2'!A1"],
    ["=SUM(Kommuner!C:C)+SUM(Kommuner!3:3)", "=SUM('Kommuner (2)'!C:C)+SUM('Kommuner (2)'!3:3)"],
    ["=SUM(Jan:Mar!B5)", "=SUM('Januari:Mar'!B5)"],
    ["=Kommuner!Faktor", "='Kommuner (2)'!Faktor"],
    ["=B4*Avtalsar", "=B4*Avtalsar_2"],
    ["=AVTALSAR+1", "=Avtalsar_2+1"],
    // not a reference: inside a string, a longer name, a function, another sheet, another workbook, an error
    ['="Kommuner!B4 och Avtalsar"&Avtalsar', '="Kommuner!B4 och Avtalsar"&Avtalsar_2'],
    ["=AvtalsarX+Avtalsar.1", "=AvtalsarX+Avtalsar.1"],
    ["=AVTALSAR(1)", "=AVTALSAR(1)"],
    ["=Andra!B4", "=Andra!B4"],
    ["=[1]Kommuner!B4", "=[1]Kommuner!B4"],
    ["=SUM(KommunerTabell[Invånare])", "=SUM(KommunerTabell_2[Invånare])"],
    ["=KommunerTabell[[#Totals],[Avtalsar]]", "=KommunerTabell_2[[#Totals],[Avtalsar]]"],
    ["=#REF!B4", "=#REF!B4"],
    // the text between tokens is kept as it was
    ["=SUM( Kommuner!B4 ,  Avtalsar )", "=SUM( 'Kommuner (2)'!B4 ,  Avtalsar_2 )"],
  ])("%s → %s", (formula, rewritten) => expect(renameInFormula(formula, renames)).toBe(rewritten));

  test("a writer may quote every renamed sheet, as the plan does", () => {
    expect(renameInFormula("=Kommuner!B4", { sheets: new Map([["kommuner", "Municipalities"]]), identifiers: new Map(), quote: (sheet) => `'${sheet}'` })).toBe("='Municipalities'!B4");
    expect(renameInFormula("=Kommuner!B4", { sheets: new Map([["kommuner", "Municipalities"]]), identifiers: new Map() })).toBe("=Municipalities!B4");
  });

  test("property: a reference to the renamed sheet follows it, quoted as needed; strings and other sheets stay", () => {
    const chars = "abcåäöKLM 012()-–'_.!".split("");
    const sheetName = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 31 })
      .map((a) => a.join(""))
      .filter((n) => n.trim().length > 0 && !n.startsWith("'") && !n.endsWith("'"));
    fc.assert(
      fc.property(sheetName, sheetName, (from, to) => {
        fc.pre(from.toLowerCase() !== "andra");
        const formula = `=${quoteSheetName(from)}!B4+Andra!C5&"${from.replace(/"/g, '""')}!A1"`;
        const out = renameInFormula(formula, { sheets: new Map([[from.toLowerCase(), to]]), identifiers: new Map() });
        expect(out).toBe(`=${quoteSheetName(to)}!B4+Andra!C5&"${from.replace(/"/g, '""')}!A1"`);
      }),
      { numRuns: 500 },
    );
  });
});

test("referencedSheets: this workbook's sheets a formula names, in lower case, both ends of a 3D reference", () => {
  expect(referencedSheets("=SUM('Avtal 2026–2030'!B5,Kommuner!Faktor,Jan:Mar!C1,[1]Borta!A1)+\"Text!A1\"")).toEqual(["avtal 2026–2030", "kommuner", "jan", "mar"]);
  expect(referencedSheets("=A1+Faktor")).toEqual([]);
});
