import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTables } from "../../src/check";
import { detectTables } from "../../src/check/detect";
import type { CellGrid } from "../../src/check/types";
import { CheckReadError, csvTextToRows, readGrids } from "../../src/files/checkReaders";

/*
 * The checker's rows are recognised as the population import recognises them (issue 18, one rule
 * with issue 15's closed list, src/data/countyUnits.ts): a name as SCB writes it with its code, a
 * code that lost its zero, a code beside a name of another unit, an aggregate that is no unit. And a
 * CSV line with more fields than its header is refused, never read shifted.
 */

const BILAGA3 = join(__dirname, "..", "fixtures", "bilaga3");
const printed = () => csvTextToRows(readFileSync(join(BILAGA3, "bilaga3-kommuner-tryckt.csv"), "utf8")).filter((row) => row.some((cell) => cell !== ""));
const grid = (values: string[][]): CellGrid => ({ sheet: "Kommuner", anchor: "A1", values });

describe("rows recognised by the county's closed list", () => {
  test("names as SCB writes them (\"0127 Botkyrka\") and codes without their zero are the municipalities", () => {
    const label = (name: string) => (name === "Botkyrka" ? "0127 Botkyrka" : codeOf(name) ? `${codeOf(name)} ${name}` : name);
    const values = printed().map((row, index) => (index === 0 ? row : [label(row[0]), ...row.slice(1)]));
    expect(values.map((row) => row[0])).toContain("186 Lidingö");
    const [table] = detectTables([grid(values)]).tables;
    expect(table.problems.filter((problem) => problem.code === "unknownRow")).toEqual([]);
    expect(table.rows.find((row) => row.label === "0127 Botkyrka")).toMatchObject({ knownAs: "Botkyrka" });
    // The annex checks as it does with plain names: nothing beyond its own rounding and totals.
    expect(checkTables([grid(values)]).counts).toMatchObject({ error: 0 });
  });

  test("a Nykvarn row with the code 0180 is Nykvarn, with a warning on its code, never Stockholm", () => {
    const values = printed().map((row) => [...row.slice(0, 1), "", ...row.slice(1)]);
    values[0][1] = "Kod";
    const nykvarn = values.findIndex((row) => row[0] === "Nykvarn");
    values[nykvarn][1] = "0180";
    const report = checkTables([grid(values)]);
    const problem = report.problems.find((candidate) => candidate.code === "codeNotName");
    expect(problem).toMatchObject({ severity: "warning", row: "Nykvarn" });
    expect(problem?.message.sv).toBe('Raden "Nykvarn" har koden 0180, som är Stockholm; raden läses som det namnet säger och koden är fel.');
    expect(JSON.stringify(report)).not.toContain("Stockholm har 10");
    const [table] = detectTables([grid(values)]).tables;
    expect(table.rows.filter((row) => row.knownAs === "Stockholm")).toHaveLength(1);
  });

  test("Stockholms län is the table's total row, never a unit; Västerort is a subtotal, skipped with a note", () => {
    const values = printed().map((row) => (row[0] === "Totalt" ? ["Stockholms län", ...row.slice(1)] : row));
    const [table] = detectTables([grid(values)]).tables;
    expect(table.total?.label).toBe("Stockholms län");
    expect(table.rows).toHaveLength(26);
    const withArea = [...printed().slice(0, 2), ["Västerort", "245 459", "", "", ""], ...printed().slice(2)];
    const [areaTable] = detectTables([grid(withArea)]).tables;
    expect(areaTable.rows.some((row) => row.label === "Västerort")).toBe(false);
    expect(areaTable.problems).toEqual([expect.objectContaining({ code: "aggregateRow", severity: "info" })]);
  });
});

describe("a row the closed list says is no unit of the county", () => {
  const problemOf = (values: string[][], row: string) => checkTables([grid(values)]).problems.find((problem) => problem.row === row);

  test("a municipality of another county is named as such, never taken as one of the county's", () => {
    const values = [...printed().slice(0, -1), ["Knivsta", "18 000", "0,77%", "10 620 kr", "84 960 kr"], ...printed().slice(-1)];
    const problem = problemOf(values, "Knivsta");
    expect(problem).toMatchObject({ code: "unknownRow", severity: "warning" });
    expect(problem?.message.sv).toBe('Raden "Knivsta" är en kommun i Uppsala län, inte i Stockholms län, och betalar inget enligt avtalen; raden räknas med sina egna siffror.');
    const [table] = detectTables([grid(values)]).tables;
    expect(table.rows.find((row) => row.label === "Knivsta")?.knownAs).toBeUndefined();
  });

  test("a name without å, ä, ö gets the name meant as a question, and is never matched to it", () => {
    const values = printed().map((row) => (row[0] === "Ekerö" ? ["Ekero", ...row.slice(1)] : row));
    expect(problemOf(values, "Ekero")?.message).toEqual({
      sv: 'Okänd rad "Ekero": inte en kommun i Stockholms län (namnet gissas inte); raden räknas med sina egna siffror. Menade du "Ekerö"?',
      en: 'Unknown row "Ekero": not a municipality of Stockholm county (the name is not guessed); the row is computed with its own figures. Did you mean "Ekerö"?',
    });
    const [table] = detectTables([grid(values)]).tables;
    expect(table.rows.find((row) => row.label === "Ekero")?.knownAs).toBeUndefined();
  });
});

/** A municipality's SCB code without its leading zero, for the rows that carry it. */
function codeOf(name: string): string {
  const codes: Record<string, string> = { Ekerö: "125", Huddinge: "126", Lidingö: "186", Norrtälje: "188", Nynäshamn: "192", Sigtuna: "191", Solna: "184", Södertälje: "181", Täby: "160", "Upplands-Bro": "139", Vaxholm: "187", Österåker: "117" };
  return codes[name] ?? "";
}

describe("a CSV line with more fields than its header", () => {
  test("is refused with its line and the figure it probably was, never read shifted (issue 18, 8a)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "check-rows-")), "kommuner.csv");
    const lines = ["Kommun,Invånare,Fördelning,Summa/år,Summa totalt", "Botkyrka,93106,3.97%,54931,439451", "Solna,80950,3.45%,47,760,382078"];
    writeFileSync(path, `${lines.join("\r\n")}\r\n`);
    const error = await readGrids(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CheckReadError);
    expect((error as CheckReadError).text.sv).toBe(
      `${path}: en rad har fler fält än sin rubrikrad, så kolumnerna skulle läsas förskjutna; inget granskades. Rad 3: raden har 6 fält men rubrikraden 5: ”47,760” har delats vid avgränsaren ”,”; menade du 47\u00a0760? Skriv talet utan tecken mellan siffergrupperna (eller med mellanslag), eller inom citattecken.`,
    );
    expect((error as CheckReadError).text.en).toContain('Line 3: the row has 6 fields but the header row 5: "47,760" was split at the delimiter ","; did you mean 47,760?');
  });

  test("the annex's own CSVs, with a footnote under the district table, are read as before", async () => {
    const grids = await readGrids(join(BILAGA3, "bilaga3-stadsdelar-tryckt.csv"));
    expect(grids[0].values.length).toBeGreaterThan(15);
  });
});

/*
 * Issue 18 ("never passes a wrong table"): a total row inside the block does not end the table when
 * unit rows follow it. The printed annex with a "Summa" row put in above Stockholm: Stockholm and the
 * Totalt under it are still read and checked, and the report says where the Summa row sat.
 */
describe("a total row inside the table", () => {
  const withSummaAboveStockholm = (stockholmPerYear = "567 659 kr", keepTotalt = true): string[][] => {
    const rows = printed().filter((row) => keepTotalt || row[0] !== "Totalt");
    const stockholm = rows.findIndex((row) => row[0] === "Stockholm");
    rows[stockholm] = [...rows[stockholm].slice(0, 3), stockholmPerYear, rows[stockholm][4]];
    return [...rows.slice(0, stockholm), ["Summa", "1 381 970", "58,95%", "815 345 kr", "6 522 762 kr"], ...rows.slice(stockholm)];
  };

  test("the rows under it are checked: a wrong figure in Stockholm's row is an error at its cell", () => {
    const report = checkTables([grid(withSummaAboveStockholm("576 659 kr"))]);
    expect(report.findings.find((finding) => finding.address === "D28")).toMatchObject({ row: "Stockholm", column: "Summa/år", severity: "error", kind: "figure", statedValue: 576659 });
    expect(report.status).toBe("findings");
  });

  test("the Summa row is named with its cell, the Totalt at the end is the table's total, all 26 units are read", () => {
    const [table] = detectTables([grid(withSummaAboveStockholm())]).tables;
    expect(table.rows).toHaveLength(26);
    expect(table.rows.map((row) => row.label)).toContain("Stockholm");
    expect(table.total).toMatchObject({ label: "Totalt", address: "A29" });
    expect(table.range).toBe("A1:E29");
    const inside = table.problems.filter((problem) => problem.code === "totalInsideTable");
    expect(inside).toEqual([expect.objectContaining({ severity: "warning", address: "A27", row: "Summa" })]);
    expect(inside[0].message.sv).toBe('Totalraden "Summa" (A27) står inne i tabellen, med enheter under sig; raderna under den granskas som tabellens, totalraden själv granskas inte.');
    // The annex's own figures still check as printed: no error, and the warning keeps the exit from being 0.
    const report = checkTables([grid(withSummaAboveStockholm())]);
    expect(report.counts).toMatchObject({ error: 0 });
    expect(report.status).toBe("findings");
  });

  test("a Summa row above Stockholm that is the only total is the table's total, held to all 26 rows, and named", () => {
    const report = checkTables([grid(withSummaAboveStockholm("567 659 kr", false))]);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: "totalInsideTable", severity: "warning", address: "A27" }));
    expect(report.problems.find((problem) => problem.code === "totalInsideTable")!.message.en).toContain("the total row is held to all rows");
    // Its figures are the 25 other municipalities' only: not the sum of the 26 rows.
    expect(report.findings.find((finding) => finding.address === "B27")).toMatchObject({ kind: "total", severity: "error", reasons: expect.arrayContaining(["notSumOfRows"]) });
  });

  test("a Totalt that ends the table still ends it: a footnote or a repeated listing under it is not read as units", () => {
    const footnote = [...printed(), ["Källa: SCB, 31 december 2018", "", "", "", ""]];
    const [noted] = detectTables([grid(footnote)]).tables;
    expect(noted.rows).toHaveLength(26);
    expect(noted.total?.address).toBe("A28");
    expect(noted.problems).toEqual([]);
    // A second listing of the same units right under the total (no blank row): the table ends at Totalt, and the rows are named.
    const repeated = [...printed(), ...printed().slice(1, 3)];
    const [table] = detectTables([grid(repeated)]).tables;
    expect(table.rows).toHaveLength(26);
    expect(table.total?.address).toBe("A28");
    expect(table.problems).toEqual([expect.objectContaining({ code: "rowsAfterTotal", severity: "info", address: "A29:A30" })]);
    expect(checkTables([grid(repeated)]).counts).toMatchObject({ error: 0 });
  });
});

describe("a Typ column in a hand-made table (the shape of a declared agreement's Årskostnad is narrow)", () => {
  test("Bilaga 3's municipality table with a Typ column is still checked, and a wrong figure in it found", () => {
    const values = printed().map((row, index) => [row[0], index === 0 ? "Typ" : "kommun", ...row.slice(1)]);
    const summa = values[0].indexOf("Summa/år") >= 0 ? values[0].indexOf("Summa/år") : values[0].length - 1;
    const botkyrka = values.findIndex((row) => row[0] === "Botkyrka");
    values[botkyrka][summa] = "99 999";
    const report = checkTables([grid(values)]);
    expect(report.problems.filter((problem) => problem.code === "declaredAnnualCost")).toEqual([]);
    expect(report.tables.map((table) => table.kind)).toEqual(["municipalities"]);
    expect(report.counts.error).toBeGreaterThan(0);
  });
});
