import { conventionOf } from "../../src/i18n/numberText";
import { readFileSync } from "fs";
import { join } from "path";
import { checkTables, exitCodeFor, headerKey, headerRole, parseNumber } from "../../src/check";
import type { CellGrid, CellValue, CheckReport } from "../../src/check";
import { csvTextToRows } from "../../src/files/checkReaders";
import { Decimal } from "../../src/engine";

/*
 * Issue 5: header and name variants, a missing column, an unknown row, an empty range — each gives
 * a clear report; one table alone; parameters given; cells as Excel numbers.
 */

const BILAGA3 = join(__dirname, "..", "fixtures", "bilaga3");
const printed = (file: string): CellValue[][] => csvTextToRows(readFileSync(join(BILAGA3, file), "utf8")).filter((row) => row.some((cell) => cell !== ""));
const municipalities = () => printed("bilaga3-kommuner-tryckt.csv");
const districts = () => printed("bilaga3-stadsdelar-tryckt.csv");
const grid = (sheet: string, values: CellValue[][]): CellGrid => ({ sheet, values });
const annex = (muni = municipalities(), dist = districts()) => [grid("Kommuner", muni), grid("Stadsdelar", dist)];

/** The annex's 13 findings as sheet!address, for comparing variants with the original. */
const baseline = () => checkTables(annex()).findings.map((finding) => `${finding.sheet}!${finding.address}:${finding.kind}`);
const keys = (report: CheckReport) => report.findings.map((finding) => `${finding.sheet}!${finding.address}:${finding.kind}`);

describe("reading cells", () => {
  test.each([
    ["54 931 kr", "kr", "54931"],
    ["54\u00a0931\u00a0kr", "kr", "54931"],
    ["54\u202f931 kr", "kr", "54931"],
    ["130 365", "persons", "130365"],
    ["3,97%", "percent", "3.97"],
    ["3,97 %", "percent", "3.97"],
    ["3.97%", "percent", "3.97"],
    ["1 383 004,47 kr", "kr", "1383004.47"],
    ["1,383,004.47", "kr", "1383004.47"],
    ["1.383.004,47", "kr", "1383004.47"],
    ["SEK 54 931", "kr", "54931"],
    ["54 931:-", "kr", "54931"],
    ["\u221212", "kr", "-12"],
  ] as const)("%j as %s is %s", (text, unit, expected) => {
    expect(parseNumber(text, unit)!.value.toString()).toBe(expected);
  });

  test("a text two readings could give is read by the table's convention, and not at all without one (issue 8)", () => {
    expect(parseNumber("54,931 kr", "kr", undefined, "en")!.value.toString()).toBe("54931");
    expect(parseNumber("54,931 kr", "kr", undefined, "sv")!.value.toString()).toBe("54.931");
    expect(parseNumber("54,931 kr", "kr")).toBeNull();
    expect(conventionOf(["54 931 kr", "3,97%"])).toBe("sv");
    expect(conventionOf(["1,383,004.47", "3.97%"])).toBe("en");
    expect(conventionOf(["54,931 kr"])).toBeUndefined();
  });

  test("text that is not a number is null; Excel numbers keep their shortest decimal", () => {
    expect(parseNumber("n/a", "kr")).toBeNull();
    expect(parseNumber("12 kr 5", "kr")).toBeNull();
    expect(parseNumber(0.0397, "percent", "0.00%")).toMatchObject({ percentSign: true, numeric: true });
    expect(parseNumber(3.97, "percent")!.value.toString()).toBe("3.97");
  });

  test("header spellings meet", () => {
    expect(headerKey("Summa/år")).toBe(headerKey("Summa per år"));
    expect(headerKey("SUMMA PER ÅR (kr)")).toBe(headerKey("summa  per  år"));
    expect(headerKey("summa_per_ar_kr")).toBe(headerKey("Summa/år"));
    expect(headerRole("Invånare inkl. rest")).toBe("populationIncludingRest");
    expect(headerRole("Inhabitants including rest")).toBe("populationIncludingRest");
    expect(headerRole("Total")).toBe("forPeriod");
    expect(headerRole("Summa totalt")).toBe("forPeriod");
    expect(headerRole("Fördelning i Stockholm")).toBe("shareOfCity");
    expect(headerRole("Kostnad")).toBeUndefined();
  });
});

describe("variants of the annex give the annex's findings", () => {
  test("English headers", () => {
    const muni = municipalities();
    muni[0] = ["Municipality", "Inhabitants", "Share", "Per year", "Total for the period"];
    const dist = districts();
    dist[0] = ["District administration", "Inhabitants", "Inhabitants incl. rest", "Share of Stockholm", "Share of all municipalities", "Amount per year", "Total"];
    const report = checkTables(annex(muni, dist));
    expect(keys(report)).toEqual(baseline());
    expect(report.problems).toEqual([]);
    expect(report.findings[0].column).toBe("Total for the period");
  });

  test('"Summa per år", upper case headers and names, "Upplands-Väsby", names with odd spacing, a rest row without "*"', () => {
    const muni = municipalities().map((row) => [...row]);
    muni[0] = ["KOMMUN", "INVÅNARE", "FÖRDELNING", "Summa per år", "SUMMA  TOTALT"];
    muni[1][0] = "BOTKYRKA";
    muni[20][0] = "Upplands-Väsby";
    muni[21][0] = "upplands  bro";
    muni[27][0] = "SUMMA";
    const dist = districts().map((row) => [...row]);
    dist[0][5] = "Summa per år";
    dist[2][0] = "enskede årsta vantör";
    dist[15][0] = "Sthlm kn rest";
    const report = checkTables(annex(muni, dist));
    expect(keys(report)).toEqual(baseline());
    expect(report.problems).toEqual([]);
    expect(report.findings.find((finding) => finding.address === "E21")!.row).toBe("Upplands-Väsby");
  });

  test("Excel numbers instead of text (percent as fractions under a % format) and SCB codes", () => {
    const values = municipalities().map((row, r) =>
      r === 0 ? ["Kod", ...row] : [r === 27 ? null : null, ...row.map((cell, c) => (c === 0 ? cell : parseNumber(cell, c === 2 ? "percent" : "kr")!.value.toNumber() / (c === 2 ? 100 : 1)))],
    );
    // Codes instead of names for two rows: matched by SCB code.
    values[1][0] = "0127";
    values[1][1] = "";
    values[2][0] = "0162";
    values[2][1] = "";
    const numberFormats = values.map((row) => row.map((_, c) => (c === 3 ? "0.00%" : "General")));
    const report = checkTables([{ sheet: "Kommuner", values, numberFormats }, grid("Stadsdelar", districts())]);
    expect(report.problems).toEqual([]);
    // One column to the right: the same cells, shifted.
    expect(keys(report)).toEqual(baseline().map((key) => (key.startsWith("Kommuner!") ? key.replace(/!([A-Z])/, (_, letter: string) => `!${String.fromCharCode(letter.charCodeAt(0) + 1)}`) : key)));
  });

  test("bare numbers in percent: a district table's county shares (all under 1) follow its city shares' scale", () => {
    // Shares as plain numbers in percent; the county shares divided by 10 and the county population
    // given ten times larger, so every county share is under 1 and only the city shares show the scale.
    const dist = districts().map((row, r) =>
      r === 0 ? row : row.map((cell, c) => (c === 3 ? parseNumber(cell, "percent")?.value.toNumber() ?? cell : c === 4 ? (parseNumber(cell, "percent")?.value.div(10).toNumber() ?? cell) : cell)),
    );
    const report = checkTables([grid("Stadsdelar", dist)], { figures: { countyPopulation: new Decimal(23441240) } });
    // Read as fractions they would be 100 times off; read as percent they hold (a third decimal from
    // the division may round the other way at two decimals: rounding at most).
    expect(report.findings.filter((finding) => finding.address.startsWith("E") && finding.severity !== "rounding" && finding.row !== "Totalt")).toEqual([]);
    expect(report.counts.error).toBe(0);
  });

  test("shares as fractions in one table and percent in the other, tables of the same range on two sheets", () => {
    // A part of the municipality table (with Stockholm, no total row) and two note columns spans
    // A1:G17, as the district table does on its own sheet: each table's share scale is its own.
    const part = municipalities().filter((row, r) => r <= 15 || row[0] === "Stockholm").map((row, r) => [...row, r === 0 ? "Not" : "", r === 0 ? "Kommentar" : ""]);
    const asFractions = part.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 2 ? parseNumber(cell, "percent")!.value.div(100).toString().replace(".", ",") : cell))));
    // The district table's shares as bare numbers in percent (8,34), so it has a scale of its own.
    const dist = districts().map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 3 || c === 4 ? (parseNumber(cell, "percent")?.value.toNumber() ?? cell) : cell))));
    const inPercent = checkTables([grid("Kommuner", part), grid("Stadsdelar", dist)]);
    const fractions = checkTables([grid("Kommuner", asFractions), grid("Stadsdelar", dist)]);
    expect(fractions.tables.map((table) => table.range)).toEqual(["A1:G17", "A1:G17"]);
    // The same findings with the same figures read (3,97, not 0,0397 taken as percent).
    const read = (report: CheckReport) => report.findings.map((finding) => `${keys({ ...report, findings: [finding] })[0]}=${finding.statedValue}`);
    expect(read(fractions)).toEqual(read(inPercent));
  });

  test("a table that starts further down and right (anchor) names its cells accordingly", () => {
    const report = checkTables([{ sheet: "Blad1", anchor: "C5", values: municipalities() }, { sheet: "Blad1", anchor: "C40", values: districts() }]);
    expect(report.tables.map((table) => table.range)).toEqual(["C5:G32", "C40:I56"]);
    expect(report.findings.find((finding) => finding.row === "Upplands Väsby")).toMatchObject({ address: "G25" });
  });

  test("parameters given instead of inferred give the same findings, marked as given", () => {
    const report = checkTables(annex(), { figures: { threshold: new Decimal(615312), years: new Decimal(8) } });
    expect(keys(report)).toEqual(baseline());
    expect(report.parameters.find((parameter) => parameter.key === "threshold")).toMatchObject({ value: 615312, source: "given" });
    expect(report.parameters.find((parameter) => parameter.key === "years")).toMatchObject({ value: 8, source: "given" });
  });

  test("a wrong given threshold makes every amount an error", () => {
    const report = checkTables(annex(), { figures: { threshold: new Decimal(700000) } });
    expect(report.counts.error).toBeGreaterThan(70);
    expect(exitCodeFor(report)).toBe(1);
  });
});

describe("clear reports for what cannot be checked", () => {
  test("a missing column is reported, the other columns are checked", () => {
    const muni = municipalities().map((row) => row.filter((_, c) => c !== 3));
    const report = checkTables(annex(muni));
    expect(report.problems).toEqual([
      expect.objectContaining({ severity: "warning", code: "missingColumn", sheet: "Kommuner", address: "A1", column: "Summa/år" }),
    ]);
    expect(report.problems[0].message.sv).toContain('Kolumnen "Summa/år" saknas');
    expect(report.problems[0].message.en).toContain('Column "Per year" is missing');
    // Summa totalt moved to column D; its findings are still there, nothing for Summa/år.
    expect(keys(report)).toEqual(baseline().filter((key) => key !== "Kommuner!D28:total").map((key) => key.replace(/^Kommuner!E/, "Kommuner!D")));
    expect(exitCodeFor(report)).toBe(1);
  });

  test("a missing population column stops the check with a clear message", () => {
    const muni = municipalities().map((row) => row.filter((_, c) => c !== 1));
    const report = checkTables(annex(muni));
    expect(report.status).toBe("unreadable");
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "fatal", code: "missingColumn", column: "Invånare" }));
    expect(exitCodeFor(report)).toBe(2);
  });

  test("an unknown row is reported, not guessed, and computed with its own population", () => {
    const muni = municipalities().map((row) => [...row]);
    muni[1][0] = "Botkyrk";
    const report = checkTables(annex(muni));
    expect(report.problems).toEqual([expect.objectContaining({ severity: "warning", code: "unknownRow", address: "A2", row: "Botkyrk" })]);
    expect(report.problems[0].message.sv).toContain('Okänd rad "Botkyrk"');
    expect(keys(report)).toEqual(baseline());
    expect(report.status).toBe("findings");
  });

  test("a district in the municipality table is reported as such", () => {
    const muni = municipalities().map((row) => [...row]);
    muni[1][0] = "Bromma";
    const report = checkTables(annex(muni));
    expect(report.problems).toEqual([expect.objectContaining({ code: "wrongKindRow", row: "Bromma" })]);
  });

  test("an empty range", () => {
    const report = checkTables([{ sheet: "Blad1", anchor: "B2", values: [[null, ""], ["", null]] }]);
    expect(report.status).toBe("unreadable");
    expect(report.problems).toEqual([expect.objectContaining({ severity: "fatal", code: "empty" })]);
    expect(report.problems[0].message.sv).toBe("Området är tomt: det finns ingen tabell att granska.");
    expect(checkTables([]).problems[0].code).toBe("empty");
  });

  test("a range without a header row", () => {
    const report = checkTables([grid("Blad1", municipalities().slice(1))]);
    expect(report.problems).toEqual([expect.objectContaining({ severity: "fatal", code: "noTable" })]);
    expect(exitCodeFor(report)).toBe(2);
  });

  test("a workbook with no table says so in one line, naming each sheet it searched once (issue 18)", () => {
    const rows = municipalities().slice(1);
    const report = checkTables([grid("Blad1", rows.slice(0, 5)), grid("Blad1", rows.slice(5)), grid("Anteckningar", [["Att göra"]]), { sheet: "Tom", values: [] }]);
    expect(report.problems.map((problem) => problem.message.sv)).toEqual([
      "Ingen tabell hittades på bladen ”Blad1”, ”Anteckningar”, ”Tom”: det behövs en rubrikrad med namnkolumn (Kommun eller Stadsdelsförvaltning) och minst två av Invånare, Fördelning, Summa/år, Summa totalt.",
    ]);
    expect(report.problems[0].message.en).toMatch(/^No table found on the sheets "Blad1", "Anteckningar", "Tom": /);
    expect(checkTables([{ values: rows }]).problems[0].message.en).toMatch(/^No table found: a header row/);
  });

  test("an unreadable population names its cell; an unreadable amount is skipped with a warning", () => {
    const muni = municipalities().map((row) => [...row]);
    muni[4][1] = "ca 90 000";
    let report = checkTables(annex(muni));
    expect(report.problems).toEqual([expect.objectContaining({ severity: "fatal", code: "unreadableCell", address: "B5", row: "Haninge" })]);
    expect(report.problems[0].message.sv).toContain('"ca 90 000"');

    const amounts = municipalities().map((row) => [...row]);
    amounts[4][3] = "se not";
    report = checkTables(annex(amounts));
    expect(report.problems).toEqual([expect.objectContaining({ severity: "warning", code: "unreadableCell", address: "D5" })]);
    // The total's sum cannot be formed without D5: only the exact-total test remains for D28.
    expect(keys(report)).toEqual(baseline().filter((key) => key !== "Kommuner!D28:total"));
  });

  test("a row twice stops the check", () => {
    const muni = municipalities().map((row) => [...row]);
    muni[2][0] = "Botkyrka";
    const report = checkTables(annex(muni));
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "fatal", code: "duplicateRow", address: "A3" }));
  });

  test("a number in the rest row's share is an error at that cell", () => {
    const dist = districts().map((row) => [...row]);
    dist[15][3] = "0,25%";
    const report = checkTables(annex(undefined, dist));
    expect(report.findings).toContainEqual(expect.objectContaining({ address: "D16", severity: "error", kind: "figure", reasons: ["unexpectedValue"], expected: null }));
  });

  test("invalid given parameters are refused", () => {
    const report = checkTables(annex(), { figures: { years: new Decimal(2.5) } });
    expect(report.problems).toEqual([expect.objectContaining({ severity: "fatal", code: "invalidParameter" })]);
  });
});

describe("one table alone", () => {
  test("the district table alone: threshold from Södermalm, county population from its shares", () => {
    const report = checkTables([grid("Stadsdelar", districts())]);
    const county = report.parameters.find((parameter) => parameter.key === "countyPopulation")!;
    expect(county.source).toBe("inferred");
    // 2 344 124 lies in the interval the shares allow; the middle of it is used.
    expect(county.how.sv).toMatch(/mellan 2\u00a0343\u00a0923 och 2\u00a0344\u00a0144/);
    expect(report.parameters.find((parameter) => parameter.key === "threshold")).toMatchObject({ value: 615312, source: "inferred" });
    expect(keys(report)).toEqual(baseline().filter((key) => key.startsWith("Stadsdelar!")));
  });

  test("the district table alone with the county population given", () => {
    const report = checkTables([grid("Stadsdelar", districts())], { figures: { countyPopulation: new Decimal(2344124) } });
    expect(report.parameters.find((parameter) => parameter.key === "countyPopulation")).toMatchObject({ value: 2344124, source: "given" });
    expect(keys(report)).toEqual(baseline().filter((key) => key.startsWith("Stadsdelar!")));
  });

  test("the municipality table alone: the rate per inhabitant is inferred, a given threshold is not usable", () => {
    const report = checkTables([grid("Kommuner", municipalities())], { figures: { threshold: new Decimal(615312) } });
    const rate = report.parameters.find((parameter) => parameter.key === "ratePerInhabitantForPeriod")!;
    expect(rate.source).toBe("inferred");
    expect(rate.value).toBeCloseTo(615312 / 130365.4166, 4);
    expect(report.parameters.some((parameter) => parameter.key === "threshold")).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ severity: "info", code: "parameterUnused" })]);
    // Its total row findings stand without the district table.
    expect(keys(report)).toEqual(["Kommuner!C28:total", "Kommuner!D28:total", "Kommuner!E28:total"]);
  });

  test("Stockholm's row that disagrees with the district table is an error, also against the district total", () => {
    const muni = municipalities().map((row) => [...row]);
    muni[26][1] = "962 145";
    const report = checkTables(annex(muni));
    const finding = report.findings.find((candidate) => candidate.address === "B27")!;
    expect(finding).toMatchObject({ severity: "error", kind: "total", expected: 962154, reasons: ["notExact", "differsFromDistrictTotal"] });
    expect(finding.message.sv).toContain("stadsdelstabellens totalrad");
  });
});
