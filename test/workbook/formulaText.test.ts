import { largestRemainderFormula } from "../../src/workbook/formulas";
import { formulaTokens } from "../../src/workbook/references";

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
    const tokens = formulaTokens(text);
    expect(new Set(tokens.filter((t) => t.kind === "function").map((t) => t.kind === "function" && t.name))).toEqual(
      new Set(["ROUNDDOWN", "ROUND", "SUM", "IF", "SUMPRODUCT", "ROW"]),
    );
    expect(new Set(tokens.filter((t) => t.kind === "name").map((t) => t.kind === "name" && t.name))).toEqual(new Set(["SummaPerAr"]));
  });
});

describe("formula tokens", () => {
  it("sheet-qualified references, quoted or not, names, functions; strings and numbers skipped", () => {
    const formula = `=SUM('It''s here'!$B$5:$B$9)+Kommuner!C5*KrPerInvanareAr+IF(A1>0.5,"B7",0)+TRUE`;
    const tokens = formulaTokens(formula);
    expect(tokens.map(({ kind, ...rest }) => ("start" in rest ? { kind, sheet: rest.sheet, ref: rest.ref } : { kind, ...rest }))).toEqual([
      { kind: "function", name: "SUM" },
      { kind: "reference", sheet: "It's here", ref: "$B$5:$B$9" },
      { kind: "reference", sheet: "Kommuner", ref: "C5" },
      { kind: "name", name: "KrPerInvanareAr" },
      { kind: "function", name: "IF" },
      { kind: "reference", sheet: undefined, ref: "A1" },
    ]);
    // positions cover the whole reference, sheet included (what renamePlanSheets replaces)
    const spans = tokens.flatMap((t) => (t.kind === "reference" ? [formula.slice(t.start, t.end)] : []));
    expect(spans).toEqual(["'It''s here'!$B$5:$B$9", "Kommuner!C5", "A1"]);
  });
});
