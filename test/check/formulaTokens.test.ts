import { formulaAt, numberValue, places, relativeForm } from "../../src/check/formula/shape";
import { tokenize } from "../../src/formula/tokens";

/*
 * Issue 10: the relative (R1C1) form of a formula the checker compares (the tokenizer's own suite is
 * test/formula/tokens.test.ts).
 */

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
