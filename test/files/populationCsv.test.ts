import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { COUNTY_2018 } from "../../src/data";
import { detectDelimiter } from "../../src/files/csv";
import { MAX_FILE_BYTES, parsePopulationCsv, readPopulationCsv, type PopulationCsvResult, type PopulationFileIssue } from "../../src/files/populationCsv";
import { MAX_DATA_ROWS, MAX_LISTED_ISSUES } from "../../src/input";
import { columnLetter as columnLetters } from "../../src/formula/a1";

const FIXTURE = join(__dirname, "..", "input", "fixtures", "befolkning-2018.csv");

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
    // "Salem, kommun" is Salem as SCB names it; the county is in Bilaga 3's order.
    expect(countyOf(parsePopulationCsv(text, { file: "k.csv" })).municipalities).toEqual([
      { name: "Salem", code: "0128", population: 16786 },
      { name: "Upplands Väsby", code: "0114", population: 45543 },
    ]);
  });

  test("semicolon-delimited with a BOM in a string and a decimal comma", () => {
    const text = "\ufeffNamn;Typ;Invånare\nSalem;kommun;16\u00a0786,0\n";
    expect(countyOf(parsePopulationCsv(text, { file: "k.csv" })).municipalities).toEqual([{ name: "Salem", code: "0128", population: 16786 }]);
  });

  test("the delimiter comes from the lines of the file, not from the numbers in some", () => {
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
      "Nacka;ort;1",
      "Ö;kommun;1",
    ].join("\n");
    const issues = issuesOf(parsePopulationCsv(text, { file: "f.csv" }));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["duplicateName", 3],
      ["emptyPopulation", 4],
      ["districtsWithoutCity", 5],
      ["unknownType", 6],
      ["notInCounty", 7],
    ]);
  });

  test("missing column, in English", () => {
    const issues = issuesOf(parsePopulationCsv("name,comment\nSalem,1\n", { file: "f.csv", locale: "en" }));
    expect(issues.map((issue) => issue.message)).toEqual([
      'f.csv: Row 1, column "population": the column "population" is missing from the header row (it needs name and population, e.g. "name;population", "Region;2018"; the headers are "name", "comment").',
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

  test("a file in Windows-1252 (old Excel CSV, SCB's PX-Web) is read, and says so", () => {
    const latin1 = Buffer.from("namn;typ;invånare\nEkerö;kommun;28308\n", "latin1");
    const result = parsePopulationCsv(latin1, { file: "f.csv" });
    expect(countyOf(result).municipalities).toEqual([{ name: "Ekerö", code: "0125", population: 28308 }]);
    expect(result.ok && result.encodings).toEqual([{ file: "f.csv", encoding: "windows-1252" }]);
  });

  test("a UTF-16 file (Excel's Unicode text, tab-separated) is read", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("namn\tinvånare\r\nEkerö\t28 308\r\n", "utf16le")]);
    const result = parsePopulationCsv(utf16, { file: "f.csv" });
    expect(countyOf(result).municipalities).toEqual([{ name: "Ekerö", code: "0125", population: 28308 }]);
    expect(result.ok && result.encodings[0].encoding).toBe("utf-16");
  });

  test("a missing file is named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    const result = await readPopulationCsv([{ path: join(dir, "saknas.csv"), file: "saknas.csv" }]);
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
    expect(countyOf(await readPopulationCsv(path)).municipalities).toEqual([{ name: "Ekerö", code: "0125", population: 28308 }]);
  });
});

describe("population CSV: figures through the one number reader", () => {
  test.each<[string, string, string]>([
    ["11.000", "Menade du 11\u00a0000?", "Did you mean 11\u00a0000?"],
    ["11,000", "Menade du 11\u00a0000?", "Did you mean 11\u00a0000?"],
  ])("%s is refused, naming the file, row, column, cell and what was probably meant", (figure, sv, en) => {
    // Quoted, so that a comma-delimited file can hold "11,000" in one field.
    const text = `namn;typ;invånare\nBotkyrka;kommun;93 106\nSalem;kommun;"${figure}"\n`;
    const swedish = issuesOf(parsePopulationCsv(text, { file: "befolkning.csv" }));
    expect(swedish).toHaveLength(1);
    expect(swedish[0]).toMatchObject({ code: "ambiguousNumber", file: "befolkning.csv", row: 3, column: "invånare", cell: "C3", value: figure });
    expect(swedish[0].message.startsWith(`befolkning.csv: Rad 3, kolumn ”invånare” (C3): ”${figure}” kan läsas på två sätt`)).toBe(true);
    expect(swedish[0].message).toContain(sv);
    const english = issuesOf(parsePopulationCsv(text, { file: "population.csv", locale: "en" }));
    expect(english[0].message.startsWith(`population.csv: Row 3, column "invånare" (C3): "${figure}" can be read two ways`)).toBe(true);
    expect(english[0].message).toContain(en);
  });

  test.each<[string, string, string, string]>([
    ["1e6", "scientificNotation", "”1e6” är skrivet i grundpotensform; skriv talet med siffror (1\u00a0000\u00a0000)", '"1e6" is in scientific notation; write the number in digits (1,000,000)'],
    [
      "123456789012345678901",
      "tooManyDigits",
      "”123456789012345678901” har fler än 15 siffror, fler än Excel kan hålla",
      '"123456789012345678901" has more than 15 digits, more than Excel can hold',
    ],
    ["93 106 kr", "wrongUnit", "”93 106 kr” är ett belopp i kronor, men här anges ett antal invånare", '"93 106 kr" is an amount in kronor, but this takes a number of inhabitants'],
  ])("%s is refused with its message and cell", (figure, code, sv, en) => {
    const text = `namn;typ;invånare\nSalem;kommun;${figure}\n`;
    const swedish = issuesOf(parsePopulationCsv(text, { file: "f.csv" }));
    expect(swedish).toEqual([expect.objectContaining({ code, row: 2, cell: "C2", value: figure, message: `f.csv: Rad 2, kolumn ”invånare” (C2): ${sv}.` })]);
    const english = issuesOf(parsePopulationCsv(text, { file: "f.csv", locale: "en" }));
    expect(english[0].message).toBe(`f.csv: Row 2, column "invånare" (C2): ${en}.`);
  });
});

describe("population CSV: Stockholm derived from its districts and rest post", () => {
  test("the 2018 file without its Stockholm line gives the same county and says Stockholm was derived", () => {
    const lines = readFileSync(FIXTURE, "utf8").split("\r\n");
    const text = lines.filter((line) => !line.startsWith("Stockholm;")).join("\r\n");
    expect(text.length).toBeLessThan(lines.join("\r\n").length);
    const result = parsePopulationCsv(text, { file: "befolkning.csv" });
    const county = countyOf(result);
    expect(result.ok && result.derived).toEqual({ stockholm: { population: 962154, districts: 959708, rest: 2446 } });
    expect(county.municipalities.map((m) => [m.name, m.population, m.code])).toEqual(COUNTY_2018.municipalities.map((m) => [m.name, m.population, m.code]));
  });

  test("a Stockholm line that disagrees with the districts plus the rest post is refused", () => {
    const text = readFileSync(FIXTURE, "utf8").replace(/^Stockholm;kommun;[^;]*;0180/m, "Stockholm;kommun;962 000;0180");
    const issues = issuesOf(parsePopulationCsv(text, { file: "befolkning.csv" }));
    expect(issues).toEqual([expect.objectContaining({ code: "cityTotalMismatch", row: 27, cell: "C27" })]);
    expect(issues[0].message).toBe(
      "befolkning.csv: Rad 27, kolumn ”invånare” (C27): Stockholm har 962\u00a0000 invånare, men stadsdelarna (959\u00a0708) plus restposten (2\u00a0446) är 962\u00a0154.",
    );
  });
});

describe("population CSV: size limits", () => {
  const municipalityLines = (count: number) => ["namn;typ;invånare", ...Array.from({ length: count }, (_, i) => `Kommun ${i + 1};kommun;${1000 + i}`)].join("\r\n");

  test("a 5 MB file of 200 000 rows is refused before parsing, with one issue giving its size, its rows and the limits", async () => {
    const text = municipalityLines(200_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
    const dir = mkdtempSync(join(tmpdir(), "csv-"));
    const path = join(dir, "stor.csv");
    writeFileSync(path, text, "utf8");
    const result = await readPopulationCsv([{ path, file: "stor.csv" }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issueCount).toBe(1);
    expect(result.issues).toEqual([expect.objectContaining({ code: "fileTooLarge", file: "stor.csv" })]);
    expect(result.issues[0].message).toBe(
      "stor.csv: filen är 5,3\u00a0MB med 200\u00a0001 rader, men en befolkningsfil får vara högst 2\u00a0MB och 5\u00a0000 rader (ett län har långt färre än tusen kommuner och stadsdelar).",
    );
    const english = issuesOf(parsePopulationCsv(Buffer.from(text), { file: "big.csv", locale: "en" }));
    expect(english.map((issue) => issue.message)).toEqual([
      "big.csv: the file is 5.3\u00a0MB with 200,001 rows, but a population file may be at most 2\u00a0MB and 5,000 rows (a county has far fewer than a thousand municipalities and districts).",
    ]);
  });

  test(`a file under ${MAX_FILE_BYTES / 1024 / 1024} MB with more than ${MAX_DATA_ROWS} data rows is refused with one issue, in both languages`, () => {
    const text = municipalityLines(50_000);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_FILE_BYTES);
    const swedish = parsePopulationCsv(text, { file: "f.csv" });
    expect(!swedish.ok && swedish.issueCount).toBe(1);
    expect(issuesOf(swedish).map((issue) => [issue.code, issue.message])).toEqual([
      ["tooManyRows", "f.csv: filen har 50\u00a0000 rader med data, fler än de 5\u00a0000 en befolkningsfil får ha (ett län har långt färre än tusen kommuner och stadsdelar)."],
    ]);
    expect(issuesOf(parsePopulationCsv(text, { file: "f.csv", locale: "en" })).map((issue) => issue.message)).toEqual([
      "f.csv: the file has 50,000 rows of data, more than the 5,000 a population file may have (a county has far fewer than a thousand municipalities and districts).",
    ]);
  });

  test(`${MAX_DATA_ROWS} data rows with blank lines and multi-line quoted names are read, each row against the closed list`, () => {
    const lines = ["namn;typ;invånare", "", ...Array.from({ length: MAX_DATA_ROWS - 1 }, (_, i) => `Kommun ${i + 1};kommun;${i + 1}`), '"Två\nrader";kommun;1', ";;", ""];
    const result = parsePopulationCsv(lines.join("\n"), { file: "f.csv" });
    expect(!result.ok && [result.issueCount, result.issues.at(-2)?.code]).toEqual([MAX_DATA_ROWS, "notInCounty"]);
  });

  test(`junk rows: ${MAX_LISTED_ISSUES} issues and one counting the rest, each with the file; issueCount has them all`, () => {
    const text = ["namn;typ;invånare", ...Array.from({ length: 1000 }, (_, i) => `x${i};y;z`)].join("\n");
    const result = parsePopulationCsv(text, { file: "skräp.csv" });
    if (result.ok) throw new Error("expected issues");
    // Each row: a name that is no unit of the county, and a type that is no type.
    expect(result.issueCount).toBe(2000);
    expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(result.issues[MAX_LISTED_ISSUES]).toMatchObject({ code: "moreIssues", file: "skräp.csv", message: "skräp.csv: … och 1\u00a0980 fel till." });
    const english = parsePopulationCsv(text, { file: "junk.csv", locale: "en" });
    expect(!english.ok && english.issues.at(-1)?.message).toBe("junk.csv: … and 1,980 more errors.");
  });

  test("a file-level refusal counts one issue", () => {
    const result = parsePopulationCsv('namn;typ;invånare\n"Salem;kommun;1\n', { file: "f.csv" });
    expect(!result.ok && result.issueCount).toBe(1);
  });
});
