import { formulaAt, numberValue, places, relativeForm } from "../../src/check/formula/shape";
import { tokenize } from "../../src/check/formula/tokens";

/*
 * Issue 10: the checker's small reference tokenizer for en-US A1 formulas (cell and range references,
 * $ anchors, sheet-qualified references, defined names) and the relative (R1C1) form it compares.
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

  test("sheet-qualified references, quoted or not, with anchors; whole columns and rows", () => {
    const [quoted] = tokenize("='Avtal 2026–2030'!$D$10");
    expect(quoted).toMatchObject({ type: "ref", ref: { sheet: "Avtal 2026–2030", shape: "cell", from: { column: 3, row: 10, absColumn: true, absRow: true } } });
    const [escaped] = tokenize("='Kalle''s'!B2:C3");
    expect(escaped).toMatchObject({ type: "ref", ref: { sheet: "Kalle's", shape: "area", from: { column: 1, row: 2 }, to: { column: 2, row: 3 } } });
    expect(tokenize("=Parametrar!$B$6")[0]).toMatchObject({ type: "ref", ref: { sheet: "Parametrar", from: { absColumn: true, absRow: true } } });
    expect(tokenize("=SUM(C:C)")[2]).toMatchObject({ type: "ref", ref: { shape: "columns", from: { column: 2 } } });
    expect(tokenize("=SUM($3:5)")[2]).toMatchObject({ type: "ref", ref: { shape: "rows", from: { row: 3, absRow: true }, to: { row: 5, absRow: false } } });
    expect(tokenize("=[1]Blad1!A1")[0]).toMatchObject({ type: "ref", ref: { sheet: "Blad1", external: true } });
  });

  test("a name is not taken for a cell, a function not for a reference", () => {
    expect(kinds("=Budget2026*Kommunandel2026")).toEqual(["name:Budget2026", "op:*", "name:Kommunandel2026"]);
    expect(kinds("=LOG10(A1)")).toEqual(["function:LOG10", "open:(", "ref:A1", "close:)"]);
    expect(kinds("=XFE1+XFD1")).toEqual(["name:XFE1", "op:+", "ref:XFD1"]);
    expect(kinds("=Blad1!Faktor")).toEqual(["name:Blad1!Faktor"]);
    expect(kinds("=_xlfn.XLOOKUP(A1,B:B,C:C)")[0]).toBe("function:_xlfn.XLOOKUP");
    expect(tokenize("=_xlfn.XLOOKUP(A1,B:B,C:C)")[0]).toMatchObject({ name: "XLOOKUP" });
    expect(kinds("=TRUE")).toEqual(["bool:TRUE"]);
  });

  test("structured references to Excel tables are one token each", () => {
    expect(kinds("=SUBTOTAL(109,[Summa/år])")).toEqual(["function:SUBTOTAL", "open:(", "number:109", "sep:,", "structured:[Summa/år]", "close:)"]);
    expect(kinds("=[@Invånare]*Tabell1[[#Totals],[Summa]]")).toEqual(["structured:[@Invånare]", "op:*", "structured:Tabell1[[#Totals],[Summa]]"]);
  });
});

describe("the shape of a formula", () => {
  test("the relative (R1C1) form: a column filled down reads alike, anchors stay", () => {
    const at = (formula: string, column: number, row: number) => relativeForm(tokenize(formula), { column, row });
    expect(at("=C5*KrPerInvanareAr", 4, 5)).toBe(at("=C6*krperinvanarear", 4, 6));
    expect(at("=B5/$B$28", 2, 5)).toBe(at("=B9/$B$28", 2, 9));
    expect(at("=B9/B28", 2, 9)).not.toBe(at("=B5/$B$28", 2, 5));
    expect(at("=SUM(E5:E30)", 4, 31)).toBe("SUM(R[-26]C[0]:R[-1]C[0])");
  });

  test("anchored rows taken as relative: a column filled by hand from another table", () => {
    const form = (formula: string, row: number) => relativeForm(tokenize(formula), { column: 1, row }, true);
    expect(form("='Kommuner'!$C$5", 10)).toBe(form("='Kommuner'!$C$6", 11));
    expect(relativeForm(tokenize("='Kommuner'!$C$5"), { column: 1, row: 10 })).not.toBe(relativeForm(tokenize("='Kommuner'!$C$6"), { column: 1, row: 11 }));
  });

  test("a formula written at another cell moves its relative references", () => {
    const tokens = tokenize("=B5*Parametrar!$B$4+SUM($B$5:B5)");
    expect(formulaAt(tokens, { column: 4, row: 5 }, { column: 4, row: 9 })).toBe("=B9*Parametrar!$B$4+SUM($B$5:B9)");
    expect(formulaAt(tokenize("='Kommuner'!$C$5"), { column: 1, row: 10 }, { column: 1, row: 12 }, true)).toBe("=Kommuner!$C$7");
  });

  test("where a token stands: its function, its argument, arithmetic around it", () => {
    const tokens = tokenize("=ROUND(C5*8,8)+SUM(D5:D9)/19%");
    const where = places(tokens);
    expect(where[4]).toMatchObject({ functions: ["ROUND"], argument: 0, arithmetic: true });
    expect(where[6]).toMatchObject({ functions: ["ROUND"], argument: 1, arithmetic: false });
    expect(where[11]).toMatchObject({ functions: ["SUM"] });
    expect(numberValue(tokens, 14)).toBeCloseTo(0.19, 10);
    expect(where[14]).toMatchObject({ arithmetic: true, dividesOrMultiplies: true });
  });
});
