import { largestRemainderFormula } from "../../src/workbook/plan";
import { tokenize } from "../../src/formula/tokens";

describe("the largest-remainder formula", () => {
  const text = largestRemainderFormula({ amount: "SummaPerAr", weightColumn: 2, firstRow: 5, lastRow: 30, row: 7, decimals: 0 });

  it("rounds the amount, floors the row's share, and adds a unit when fewer rows have a stronger claim than the leftover", () => {
    expect(text.startsWith("=ROUNDDOWN(ROUND(SummaPerAr,0)*C7/SUM($C$5:$C$30),0)+IF(SUMPRODUCT(")).toBe(true);
    expect(text).toContain("ROUND((ROUND(SummaPerAr,0)-SUMPRODUCT(ROUNDDOWN(ROUND(SummaPerAr,0)*$C$5:$C$30/SUM($C$5:$C$30),0))),0)");
    // tie-break as allocate: remainder, then weight, then position
    expect(text).toContain("*($C$5:$C$30>C7)");
    expect(text).toContain("*($C$5:$C$30=C7)*(ROW($C$5:$C$30)<ROW(C7))");
    expect(text.endsWith(",1,0)")).toBe(true);
  });

  it("shares to 0,01 %: four decimals with plain decimal literals", () => {
    const share = largestRemainderFormula({ amount: "1", weightColumn: 1, firstRow: 5, lastRow: 18, row: 5, decimals: 4 });
    expect(share).toContain("*10000,0)");
    expect(share.endsWith(",0.0001,0)")).toBe(true);
    expect(share).not.toMatch(/\dE-?\d/);
  });

  it("its tokens: functions, references and the name, nothing else", () => {
    const tokens = tokenize(text);
    expect(new Set(tokens.flatMap((t) => (t.type === "function" ? [t.name] : [])))).toEqual(new Set(["ROUNDDOWN", "ROUND", "SUM", "IF", "SUMPRODUCT", "ROW"]));
    expect(new Set(tokens.flatMap((t) => (t.type === "name" ? [t.name] : [])))).toEqual(new Set(["SummaPerAr"]));
  });
});
