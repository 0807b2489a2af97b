import { join } from "path";
import { checkTables, exitCodeFor } from "../../src/check";
import type { CellGrid, CellValue, Finding } from "../../src/check";
import { findingSheetRow } from "../../src/check/text";
import { readGrids } from "../../src/files/checkReaders";
import { PLANTED_FORMULAS } from "../fixtures/check/generate";

/*
 * Issue 10, "what must be shown": a workbook computed with formulas, with one planted defect of each
 * formula kind, reports each at exactly its cell and nothing else; mended, it reports nothing. A
 * table of values only gets the figure checks, and says so.
 */

const CHECK = join(__dirname, "..", "fixtures", "check");
const at = (finding: Finding) => `${finding.sheet}!${finding.address}`;

describe("planted formula defects", () => {
  test("each is reported at exactly its cell, with its kind, and nothing else is", async () => {
    const report = checkTables(await readGrids(join(CHECK, "bilaga3-formelfel.xlsx")));
    expect(report.findings.map(at).sort()).toEqual(PLANTED_FORMULAS.map((plant) => `${plant.sheet}!${plant.address}`).sort());
    for (const plant of PLANTED_FORMULAS) {
      const finding = report.findings.find((candidate) => at(candidate) === `${plant.sheet}!${plant.address}`)!;
      expect(finding.reasons).toContain(plant.reason);
    }
    expect(report.problems.filter((problem) => problem.severity !== "info")).toEqual([]);
    expect(exitCodeFor(report)).toBe(1);
  });

  test("each says what is there and what was expected", async () => {
    const report = checkTables(await readGrids(join(CHECK, "bilaga3-formelfel.xlsx")));
    const by = (address: string) => report.findings.find((finding) => at(finding) === address)!;
    // The total's range: the row it leaves out, and the figure it makes wrong, in one finding.
    expect(by("Kommuner!D28")).toMatchObject({ stated: "=SUM(D2:D26)", expectedText: { sv: "=SUM(D2:D27)" }, row: "Totalt", column: "Summa/år" });
    expect(by("Kommuner!D28").message.sv).toContain("lämnar ute raden 27 (Stockholm)");
    expect(by("Kommuner!D28").message.sv).toContain("är inte summan av raderna");
    expect(by("Kommuner!D28").rowsSum).toBeCloseTo(1383004.47, 2);
    expect(by("Kommuner!E10")).toMatchObject({ row: "Norrtälje", column: "Summa totalt", expectedText: { sv: "=B10*Parametrar!$B$4" } });
    expect(by("Kommuner!E10").message.sv).toContain("ett inskrivet tal (291\u00a0543,63\u00a0kr)");
    expect(by("Stadsdelar!F8")).toMatchObject({ stated: "=C8*Parametrar!B5", expectedText: { en: "=C8*Parametrar!$B$5" } });
    expect(by("Parametrar!B4")).toMatchObject({ row: "Kr per invånare och period", column: "", stated: "=615312/B3", expectedText: { sv: "en hänvisning till Parametrar!B1" } });
    expect(by("Parametrar!B4").message.en).toContain("writes 615312 (the direct-procurement threshold (LOU)) into the formula");
    expect(by("Parametrar!B2")).toMatchObject({ stated: "8", expectedText: { en: "the number 8, not text" } });
    expect(by("Parametrar!B2").message.sv).toContain("formeln i B5");
    expect(by("Parametrar!B6")).toMatchObject({ stated: "=SUM(Kommuner!B2:B27)+B7", expectedText: { sv: "ett värde i Parametrar!B7" } });
  });

  test("on the report sheet a formula finding keeps its formulas as text, a figure its numbers", async () => {
    const report = checkTables(await readGrids(join(CHECK, "bilaga3-formelfel.xlsx")));
    const range = findingSheetRow(report.findings.find((finding) => at(finding) === "Kommuner!D28")!, "en");
    expect(range.values.slice(0, 8)).toEqual(["error: total range", "Kommuner", "D28", "Totalt", "Summa/år", "=SUM(D2:D26)", "=SUM(D2:D27)", ""]);
    expect(range.values[8]).toBeCloseTo(1383004.47, 2);
    expect(range.formats[8]).toBe('#,##0.00 "kr"');
  });

  test("mended, the same workbook reports nothing", async () => {
    const report = checkTables(await readGrids(join(CHECK, "bilaga3-formler-lagade.xlsx")));
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe("ok");
    expect(report.valuesOnly).toBe(false);
    expect(report.counts.formulas).toBeGreaterThan(150);
    expect(exitCodeFor(report)).toBe(0);
  });
});

describe("a table of values", () => {
  test("gets the figure checks only, and the report says so", async () => {
    const report = checkTables(await readGrids(join(CHECK, "bilaga3-tryckt.xlsx")));
    expect(report.valuesOnly).toBe(true);
    expect(report.counts.formulas).toBe(0);
  });
});

/** A small municipality table with formulas, on one sheet with another table below it. */
function smallTable(totalFormula: string, extra: Partial<Record<string, { value: CellValue; formula?: string }>> = {}): CellGrid {
  const rows: [string, number][] = [
    ["Botkyrka", 93106],
    ["Danderyd", 33187],
    ["Ekerö", 28308],
  ];
  const values: CellValue[][] = [["Kommun", "Invånare", "Fördelning", "Summa/år"]];
  const formulas: (string | null)[][] = [[null, null, null, null]];
  const total = rows.reduce((sum, [, population]) => sum + population, 0);
  rows.forEach(([name, population], index) => {
    const r = index + 2;
    values.push([name, population, population / total, population * 0.59]);
    formulas.push([null, null, `=B${r}/$B$5`, `=B${r}*0.59`]);
  });
  values.push(["Totalt", total, 1, total * 0.59]);
  formulas.push([null, "=SUM(B2:B4)", "=SUM(C2:C4)", totalFormula]);
  values.push([null, null, null, null], ["Kommun", "Invånare", "Fördelning", "Summa/år"], ["Nacka", 103656, 1, 0]);
  formulas.push([null, null, null, null], [null, null, null, null], [null, null, null, null]);
  for (const row of values) while (row.length < 6) row.push(null);
  for (const row of formulas) while (row.length < 6) row.push(null);
  for (const [address, cell] of Object.entries(extra)) {
    const [column, row] = [address.charCodeAt(0) - 65, Number(address.slice(1)) - 1];
    values[row][column] = cell!.value;
    formulas[row][column] = cell!.formula ?? null;
  }
  return { sheet: "Blad1", values, formulas };
}

describe("total ranges", () => {
  const rangeFinding = (grid: CellGrid) => checkTables([grid]).findings.find((finding) => finding.address === "D5" && finding.reasons.some((reason) => ["omitsRows", "includesTotal", "includesOtherTable"].includes(reason)));

  test("a SUM over exactly the table's rows is right", () => {
    expect(rangeFinding(smallTable("=SUM(D2:D4)"))).toBeUndefined();
    expect(rangeFinding(smallTable("=SUBTOTAL(9,D2:D4)"))).toBeUndefined();
  });

  test("one that takes in the total row itself, or another table's cells, is a finding", () => {
    expect(rangeFinding(smallTable("=SUM(D2:D5)"))).toMatchObject({ reasons: ["includesTotal"], expectedText: { sv: "=SUM(D2:D4)" } });
    const other = rangeFinding(smallTable("=SUM(D2:D4,D7:D8)"))!;
    expect(other.reasons).toEqual(["includesOtherTable"]);
    expect(other.message.en).toContain("takes in cells of another table (Blad1!A7:D8)");
  });
});

describe("what a formula refers to", () => {
  test("a reference guarded by ISNUMBER may be empty; a literal parameter is said once, not also as a break in the pattern", () => {
    const guarded = smallTable("=SUM(D2:D4)", { F1: { value: null }, C3: { value: 33187 / 154601, formula: "=IF(ISNUMBER(F1),F1,B3/$B$5)" } });
    const report = checkTables([guarded]);
    expect(report.findings.filter((finding) => finding.reasons.includes("emptyReference"))).toEqual([]);
    const literal = smallTable("=SUM(D2:D4)", { C3: { value: 33187 / 154601, formula: "=B3/2344124" } });
    const found = checkTables([literal]).findings.filter((finding) => finding.address === "C3");
    expect(found.map((finding) => finding.reasons)).toEqual([["literalParameter"]]);
    expect(found[0].message.sv).toContain("länets invånare");
  });
});
