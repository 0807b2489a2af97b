import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { COUNTY_2018 } from "../../src/data";
import { columnLetters, detectDelimiter, parsePopulationCsv, readPopulationCsv, type PopulationCsvResult, type PopulationFileIssue } from "../../src/input";

const FIXTURE = join(__dirname, "fixtures", "befolkning-2018.csv");

function issuesOf(result: PopulationCsvResult): readonly PopulationFileIssue[] {
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

function countyOf(result: PopulationCsvResult) {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.county;
}

describe("population CSV", () => {
  test("the 2018 file as Swedish Excel saves it (BOM, semicolons, CRLF, non-breaking spaces) gives the embedded county", async () => {
    const bytes = readFileSync(FIXTURE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const county = countyOf(await readPopulationCsv(FIXTURE));
    expect(county.municipalities.map((m) => [m.name, m.population, m.code])).toEqual(COUNTY_2018.municipalities.map((m) => [m.name, m.population, m.code]));
    expect(county.dividedCity?.districts.map((d) => [d.name, d.population])).toEqual(COUNTY_2018.dividedCity!.districts.map((d) => [d.name, d.population]));
    expect(county.dividedCity?.rest).toBe(COUNTY_2018.dividedCity!.rest);
  });

  test("comma-delimited without BOM, with quoted fields holding commas and Swedish numbers", () => {
    const text = 'name,type,population\n"Upplands Väsby",kommun,"45 543"\n"Salem, kommun",kommun,16786\n';
    expect(countyOf(parsePopulationCsv(text, { file: "k.csv" })).municipalities).toEqual([
      { name: "Upplands Väsby", population: 45543 },
      { name: "Salem, kommun", population: 16786 },
    ]);
  });

  test("semicolon-delimited with a BOM in a string and a decimal comma", () => {
    const text = "\ufeffNamn;Typ;Invånare\nSalem;kommun;16\u00a0786,0\n";
    expect(countyOf(parsePopulationCsv(text, { file: "k.csv" })).municipalities).toEqual([{ name: "Salem", population: 16786 }]);
  });

  test("the delimiter comes from the header line, not from the numbers below", () => {
    expect(detectDelimiter("namn;typ;invånare\nA;kommun;1,0")).toBe(";");
    expect(detectDelimiter('namn,typ,invånare\n"A;B",kommun,1')).toBe(",");
    expect(detectDelimiter('"namn;x",typ,invånare')).toBe(",");
  });

  test("column letters as a spreadsheet shows them", () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "C", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  test("an issue names the file, the line, the column and the cell", () => {
    const text = "namn;typ;invånare\nBotkyrka;kommun;93 106\nSalem;kommun;sexton\n";
    const issues = issuesOf(parsePopulationCsv(text, { file: "befolkning.csv" }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "notANumber", file: "befolkning.csv", row: 3, column: "invånare", cell: "C3", value: "sexton" });
    expect(issues[0].message).toBe("befolkning.csv: Rad 3, kolumn ”invånare” (C3): ”sexton” är inte ett tal.");
  });

  test("row numbers are the file's lines, past blank lines and multi-line quoted fields", () => {
    const text = 'namn;typ;invånare\n\n"Salem\nkommun";kommun;1\nNykvarn;kommun;-1\n';
    const issues = issuesOf(parsePopulationCsv(text, { file: "f.csv" }));
    expect(issues.map((issue) => [issue.code, issue.row, issue.cell])).toEqual([["negative", 5, "C5"]]);
  });

  test("a short row is read with empty cells (its population is missing)", () => {
    const issues = issuesOf(parsePopulationCsv("namn;typ;invånare\nSalem;kommun\n", { file: "f.csv" }));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([["emptyPopulation", 2]]);
  });

  test("every bad row is reported, not just the first", () => {
    const text = [
      "namn;typ;invånare",
      "Botkyrka;kommun;93 106",
      "Botkyrka;kommun;1",
      "Salem;kommun;",
      "Farsta;stadsdel;59 219",
      "Ö;ort;1",
    ].join("\n");
    const issues = issuesOf(parsePopulationCsv(text, { file: "f.csv" }));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["duplicateName", 3],
      ["emptyPopulation", 4],
      ["districtsWithoutCity", 5],
      ["unknownType", 6],
    ]);
  });

  test("missing column, in English", () => {
    const issues = issuesOf(parsePopulationCsv("name,population\nSalem,1\n", { file: "f.csv", locale: "en" }));
    expect(issues.map((issue) => issue.message)).toEqual([
      'f.csv: Row 1, column "type": the column "type" is missing from the header row (it needs name, type and population; the headers are "name", "population").',
    ]);
  });

  test("an empty file and a header-only file", () => {
    expect(issuesOf(parsePopulationCsv("", { file: "tom.csv" }))[0]).toMatchObject({ code: "noRows", file: "tom.csv" });
    expect(issuesOf(parsePopulationCsv("\ufeffnamn;typ;invånare\r\n", { file: "tom.csv" }))[0]).toMatchObject({ code: "noRows", row: 1 });
  });

  test("an unclosed quote is a syntax issue naming the file and line", () => {
    const issue = issuesOf(parsePopulationCsv('namn;typ;invånare\n"Salem;kommun;1\n', { file: "f.csv" }))[0];
    expect(issue).toMatchObject({ code: "csvSyntax", file: "f.csv", row: 2 });
    expect(issue.message).toBe('f.csv: rad 2: ett citattecken (") öppnas men stängs aldrig.');
  });

  test("a file in Windows-1252 (old Excel CSV) is refused with advice", () => {
    const latin1 = Buffer.from("namn;typ;invånare\nEkerö;kommun;28308\n", "latin1");
    const issue = issuesOf(parsePopulationCsv(latin1, { file: "f.csv" }))[0];
    expect(issue.code).toBe("notUtf8");
    expect(issue.message).toContain("CSV UTF-8");
  });

  test("a UTF-16 file is refused", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("namn;typ;invånare\n", "utf16le")]);
    expect(issuesOf(parsePopulationCsv(utf16, { file: "f.csv" }))[0].code).toBe("notUtf8");
  });

  test("a missing file is named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    const result = await readPopulationCsv(join(dir, "saknas.csv"), { file: "saknas.csv" });
    expect(issuesOf(result)[0]).toMatchObject({ code: "fileNotFound", file: "saknas.csv", message: "saknas.csv: filen finns inte." });
  });

  test("a directory instead of a file is unreadable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    expect(issuesOf(await readPopulationCsv(dir))[0].code).toBe("fileUnreadable");
  });

  test("UTF-8 bytes without BOM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    const path = join(dir, "k.csv");
    writeFileSync(path, "namn,typ,invånare\nEkerö,kommun,28 308\n", "utf8");
    expect(countyOf(await readPopulationCsv(path)).municipalities).toEqual([{ name: "Ekerö", population: 28308 }]);
  });
});
