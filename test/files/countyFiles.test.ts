import { readFileSync } from "fs";
import { join } from "path";
import iconv from "iconv-lite";
import { COUNTY_2018, DEFAULT_AGREEMENTS } from "../../src/data";
import type { CountyPopulation } from "../../src/engine";
import { parsePopulationCsv, parsePopulationCsvFiles, type PopulationCsvResult } from "../../src/files/populationCsv";
import { parsePreviousAmountsCsv } from "../../src/files/previousAmounts";
import { COUNTY_TOTAL, FOOTNOTES, NATION_TOTAL } from "../fixtures/population/generate";

/*
 * The files economists download (issue 15), built byte for byte by test/fixtures/population/generate.ts:
 * SCB's BE0101N1 as a semicolon export and as "Region;Antal", PX-Web's comma export in Windows-1252,
 * a tab-separated copy with codes that lost their zero and names without å, ä, ö, and Stockholm stad's
 * districts under their subtotals. Each, beside the city's file where it has no districts, reads to
 * the county of the embedded 2018 figures.
 */

const FIXTURES = join(__dirname, "..", "fixtures", "population");
const fixture = (name: string) => ({ file: name, input: readFileSync(join(FIXTURES, name)) });
const CITY = "stockholm-stadsdelsomraden-2018.csv";
const SCB = "scb-be0101n1-2018.csv";

function countyOf(result: PopulationCsvResult): CountyPopulation {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.county;
}

function messagesOf(result: PopulationCsvResult): string[] {
  if (result.ok) throw new Error("expected the files to be refused");
  return result.issues.map((issue) => issue.message);
}

/** The county of 2018 as Bilaga 3 has it, unit for unit. */
function expectCounty2018(county: CountyPopulation): void {
  expect(county.municipalities.map((m) => [m.name, m.code, m.population])).toEqual(COUNTY_2018.municipalities.map((m) => [m.name, m.code, m.population]));
  expect(county.dividedCity?.districts.map((d) => [d.name, d.population])).toEqual(COUNTY_2018.dividedCity!.districts.map((d) => [d.name, d.population]));
  expect(county.dividedCity?.rest).toBe(COUNTY_2018.dividedCity!.rest);
}

describe("the files as they come read to the 2018 county", () => {
  test("SCB's semicolon export (BOM, CRLF, title, region;2018, Riket, 01 Stockholms län, 290 municipalities, notes) beside the city's districts", () => {
    const bytes = readFileSync(join(FIXTURES, SCB));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\nregion;2018\r\n00 Riket;");
    const result = parsePopulationCsvFiles([fixture(SCB), fixture(CITY)]);
    expectCounty2018(countyOf(result));
    if (!result.ok) return;
    // The date is the data's: the year in both headers.
    expect([result.date, result.dateFromData]).toEqual(["2018-12-31", true]);
    expect(result.report.outside.municipalities).toBe(264);
    expect(result.report.aggregates.map((check) => [check.name, check.population, check.status, check.parts])).toEqual([
      ["Riket", NATION_TOTAL, "checked", 290],
      ["Stockholms län", COUNTY_TOTAL, "checked", 26],
      ["Västerort", 245_459, "checked", 4],
      ["Inre staden", 349_612, "checked", 4],
      ["Söderort", 364_637, "checked", 6],
      ["Hela staden", 962_154, "cityTotal", 14],
    ]);
    // SCB's notes under its table and the city's source line are read as notes, not rows.
    expect(result.report.notes).toBe(FOOTNOTES.length + 1);
    expect(result.derived?.rest).toEqual({ rest: 2446, cityTotal: 962_154, districts: 959_708 });
  });

  test("the same table exported as Region;Antal (no year): the date is given", () => {
    const result = parsePopulationCsvFiles([fixture("scb-region-antal.csv"), fixture(CITY)], { date: "2018-12-31" });
    expectCounty2018(countyOf(result));
    expect(result.ok && result.dateFromData).toBeFalsy();
  });

  test("PX-Web's comma export in Windows-1252, every text quoted, two years: the date's is read", () => {
    const bytes = readFileSync(join(FIXTURES, "pxweb-folkmangd-2017-2018.csv"));
    expect(bytes.includes(Buffer.from('"0114 Upplands V\xe4sby",44605', "latin1"))).toBe(true);
    const result = parsePopulationCsvFiles([fixture("pxweb-folkmangd-2017-2018.csv"), fixture(CITY)], { date: "2018-12-31" });
    expectCounty2018(countyOf(result));
    expect(result.ok && result.encodings).toEqual([
      { file: "pxweb-folkmangd-2017-2018.csv", encoding: "windows-1252" },
      { file: CITY, encoding: "utf-8" },
    ]);
    // 2017's column is another county.
    const of2017 = parsePopulationCsvFiles([fixture("pxweb-folkmangd-2017-2018.csv")], { date: "2017-12-31" });
    expect(countyOf(of2017).municipalities.find((m) => m.code === "0114")?.population).toBe(44_605);
  });

  test("several years and no date to choose by is refused, naming the years", () => {
    expect(messagesOf(parsePopulationCsvFiles([fixture("pxweb-folkmangd-2017-2018.csv")]))).toEqual([
      "pxweb-folkmangd-2017-2018.csv: Rad 3, kolumn ”2017” (B3): tabellen har invånare för flera år (2017, 2018); ange befolkningens datum så läses det årets kolumn.",
    ]);
  });

  test("tab-separated, codes without their leading zero, names without å, ä, ö: read by the code", () => {
    const text = readFileSync(join(FIXTURES, "kommuner-tab-ascii.txt"), "utf8");
    expect(text).toContain("125\tEkero\t28308");
    expect(text).toContain("160\tTaby\t71397");
    expectCounty2018(countyOf(parsePopulationCsvFiles([fixture("kommuner-tab-ascii.txt"), fixture(CITY)])));
  });

  test("the city's file alone: the districts, Stockholm's total from Hela staden, the rest post derived", () => {
    const result = parsePopulationCsvFiles([fixture(CITY)]);
    const county = countyOf(result);
    expect(county.municipalities).toEqual([{ name: "Stockholm", code: "0180", population: 962_154 }]);
    expect(county.dividedCity?.rest).toBe(2446);
  });

  test("a city file whose Hela staden is its districts' sum checks them, and SCB's Stockholm gives the total", () => {
    const city = readFileSync(join(FIXTURES, CITY), "utf8").replace("Hela staden;962 154", "Hela staden;959 708");
    const result = parsePopulationCsvFiles([fixture(SCB), { file: CITY, input: city }]);
    expectCounty2018(countyOf(result));
    expect(result.ok && result.report.aggregates.find((check) => check.name === "Hela staden")).toMatchObject({ status: "checked", of: "districts", parts: 14 });
  });
});

describe("aggregates are checked, never counted", () => {
  test("a Riket that is not the sum of the municipalities is refused with both figures", () => {
    const text = readFileSync(join(FIXTURES, SCB), "utf8").replace(`00 Riket;${NATION_TOTAL}`, `00 Riket;${NATION_TOTAL + 1000}`);
    const messages = messagesOf(parsePopulationCsvFiles([{ file: SCB, input: text }, fixture(CITY)]));
    const figure = (value: number) => value.toLocaleString("sv-SE").replace(/\s/g, "\u00a0");
    expect(messages).toEqual([
      `${SCB}: Rad 4, kolumn ”2018” (B4): Riket har ${figure(NATION_TOTAL + 1000)} invånare, men tabellens 290 kommuner har tillsammans ${figure(NATION_TOTAL)}; en summarad räknas aldrig som en enhet, men den måste stämma.`,
    ]);
  });

  test("a Söderort off its districts is refused, naming them", () => {
    const city = readFileSync(join(FIXTURES, CITY), "utf8").replace("Söderort;364 637", "Söderort;364 600");
    expect(messagesOf(parsePopulationCsvFiles([fixture(SCB), { file: CITY, input: city }]))).toEqual([
      `${CITY}: Rad 16, kolumn ”2018” (B16): Söderort har 364\u00a0600 invånare, men dess stadsdelar (Enskede-Årsta-Vantör, Farsta, Hägersten-Liljeholmen, Skarpnäck, Skärholmen, Älvsjö) har tillsammans 364\u00a0637; en summarad räknas aldrig som en enhet, men den måste stämma.`,
    ]);
  });

  test("the city's Hela staden against SCB's Stockholm: a difference is refused with both", () => {
    const city = readFileSync(join(FIXTURES, CITY), "utf8").replace("Hela staden;962 154", "Hela staden;962 000");
    expect(messagesOf(parsePopulationCsvFiles([fixture(SCB), { file: CITY, input: city }]))).toEqual([
      `${CITY}: Rad 24, kolumn ”2018” (B24): Hela staden har 962\u00a0000 invånare, men Stockholm har 962\u00a0154 på rad 22 i ${SCB}.`,
    ]);
  });

  test("a unit in two files with two figures is refused", () => {
    const city = readFileSync(join(FIXTURES, CITY), "utf8").replace("Hela staden;962 154", "Hela staden;962 154\r\nNacka;103 000");
    expect(messagesOf(parsePopulationCsvFiles([fixture(SCB), { file: CITY, input: city }]))).toEqual([
      `${CITY}: Rad 25, kolumn ”2018” (B25): Nacka har 103\u00a0000 invånare här men 103\u00a0656 på rad 24 i ${SCB}; en enhet har ett antal.`,
    ]);
  });
});

describe("the date comes from the data when the data says it", () => {
  const template = (date: string, ...lines: string[]) => ["namn;typ;kod;invånare;datum", ...lines.map((line) => `${line};${date}`)].join("\r\n");

  test("a date column of 2024 against --date 2018-12-31 is refused at its cell", () => {
    const text = template("2024-12-31", "Botkyrka;kommun;0127;93106", "Salem;kommun;0128;16786");
    expect(messagesOf(parsePopulationCsv(text, { file: "b.csv", date: "2018-12-31" }))).toEqual([
      "b.csv: Rad 2, kolumn ”datum” (E2): siffrorna är av 2024-12-31, inte av befolkningens datum, 2018-12-31, som det är angivet; ange rätt datum eller rätt fil.",
    ]);
  });

  test("mixed dates are refused; one date gives the population's date", () => {
    const mixed = ["namn;invånare;datum", "Botkyrka;93106;2023-12-31", "Salem;16786;2024-12-31"].join("\n");
    expect(messagesOf(parsePopulationCsv(mixed, { file: "b.csv" }))).toEqual([
      "b.csv: Rad 3, kolumn ”datum” (C3): datumet 2024-12-31 skiljer sig från 2023-12-31 på rad 2; en befolkning är av ett datum.",
    ]);
    const one = parsePopulationCsv(template("2024-12-31", "Botkyrka;kommun;0127;93106"), { file: "b.csv" });
    expect(one.ok && [one.date, one.dateFromData]).toEqual(["2024-12-31", true]);
  });

  test("the 2023 layout with a 2018 date is refused, naming the layout and its dates", () => {
    const text = ["namn;typ;invånare", "Stockholm;kommun;300", "Järva;stadsdel;100", "Norra innerstaden;stadsdel;150", "Bromma;stadsdel;50"].join("\n");
    expect(messagesOf(parsePopulationCsv(text, { file: "b.csv", date: "2018-12-31" }))).toEqual([
      "b.csv: Rad 3, kolumn ”namn” (A3): Järva hör till stadsdelsindelningen från 2023-07-01, men befolkningen är av 2018-12-31, då indelningen från 2007-01-01 gällde (14 stadsdelar).",
      "b.csv: Rad 4, kolumn ”namn” (A4): Norra innerstaden hör till stadsdelsindelningen från 2023-07-01, men befolkningen är av 2018-12-31, då indelningen från 2007-01-01 gällde (14 stadsdelar).",
    ]);
  });

  test("two files of different years are refused", () => {
    const other = readFileSync(join(FIXTURES, CITY), "utf8").replace("Stadsdelsområde;2018", "Stadsdelsområde;2019");
    expect(messagesOf(parsePopulationCsvFiles([fixture(SCB), { file: CITY, input: other }]))).toEqual([
      `${CITY}: Rad 3, kolumn ”2019” (B3): siffrorna är av 2019-12-31, inte av 2018-12-31, datumet i ${SCB}; ange rätt datum eller rätt fil.`,
    ]);
  });
});

describe("what was seen (issue 15), each refused or handled", () => {
  const county2018 = () => readFileSync(join(__dirname, "..", "input", "fixtures", "befolkning-2018.csv"), "utf8");

  test.each([
    ["Totalt;kommun;2 344 124", "Totalt", "checked"],
    ["Stockholms län;kommun;2 344 124", "Stockholms län", "checked"],
    ["Summa;;2 344 124", "Summa", "checked"],
  ])("1. the county plus %s: checked against the units, never counted", (line, name, status) => {
    const result = parsePopulationCsv(`${county2018()}${line}\r\n`, { file: "b.csv", date: "2018-12-31" });
    expectCounty2018(countyOf(result));
    expect(result.ok && result.report.aggregates).toEqual([expect.objectContaining({ name, population: 2_344_124, status })]);
  });

  test("1. a total that does not add up is refused with both figures", () => {
    expect(messagesOf(parsePopulationCsv(`${county2018()}Totalt;kommun;2 344 000\r\n`, { file: "b.csv" }))).toEqual([
      "b.csv: Rad 43, kolumn ”invånare” (C43): Totalt har 2\u00a0344\u00a0000 invånare, men tabellens 26 kommuner i länet har tillsammans 2\u00a0344\u00a0124; en summarad räknas aldrig som en enhet, men den måste stämma.",
    ]);
  });

  test("1. Stockholm stad beside Stockholm is Stockholm named twice", () => {
    expect(messagesOf(parsePopulationCsv(`${county2018()}Stockholm stad;kommun;962 154\r\n`, { file: "b.csv" }))).toEqual([
      "b.csv: Rad 43, kolumn ”namn” (A43): ”Stockholm stad” finns redan på rad 27; en enhet får stå en gång.",
    ]);
  });

  test.each(["Knivsta;kommun;18 000", "Uppsala;kommun;230 000", "Göteborg;kommun;580 000"])("1. a municipality of another county (%s) is left out and counted", (line) => {
    const result = parsePopulationCsv(`${county2018()}${line}\r\n`, { file: "b.csv" });
    expectCounty2018(countyOf(result));
    expect(result.ok && result.report.outside).toEqual({ municipalities: 1, names: [line.split(";")[0]] });
  });

  test.each<[string, string]>([
    ["comma", "name,type,population\nBotkyrka,kommun,93 106\nNykvarn,kommun,10,923\n"],
    ["semicolon", "namn;typ;invånare\nBotkyrka;kommun;93 106\nNykvarn;kommun;10;923\n"],
  ])("2. a row with more fields than its header (%s) is refused with the reading meant", (_label, text) => {
    const delimiter = text.includes(";") ? ";" : ",";
    expect(messagesOf(parsePopulationCsv(text, { file: "b.csv" }))).toEqual([
      `b.csv: Rad 3: raden har 4 fält men rubrikraden 3: ”10${delimiter}923” har delats vid avgränsaren ”${delimiter}”; menade du 10\u00a0923? Skriv talet utan tecken mellan siffergrupperna (eller med mellanslag), eller inom citattecken.`,
    ]);
  });

  test("4. a municipality with 0 inhabitants is refused", () => {
    const text = county2018().replace("Nykvarn;kommun;10\u00a0923", "Nykvarn;kommun;0");
    expect(messagesOf(parsePopulationCsv(text, { file: "b.csv" }))).toEqual([
      "b.csv: Rad 11, kolumn ”invånare” (C11): Nykvarn har 0 invånare, vilket ingen kommun eller stadsdel har; fyll i antalet.",
    ]);
  });

  test("5. a name without å, ä, ö and no code is refused with the name meant, never matched; with its code it is the code's", () => {
    expectCounty2018(countyOf(parsePopulationCsv(county2018().replace("Ekerö;kommun", "Ekero;kommun"), { file: "b.csv" })));
    const text = county2018().replace("Ekerö;kommun;28\u00a0308;0125", "Ekero;kommun;28\u00a0308;");
    expect(messagesOf(parsePopulationCsv(text, { file: "b.csv" }))).toEqual([
      "b.csv: Rad 4, kolumn ”namn” (A4): ”Ekero” är ingen kommun eller stadsdel i länet; menade du ”Ekerö”? Skriv namnet så (eller kommunkoden).",
    ]);
  });

  test("5. a Windows-1252 file of the county's own format is read", () => {
    const bytes = iconv.encode(county2018().replace(/^\ufeff/, ""), "windows-1252");
    expectCounty2018(countyOf(parsePopulationCsv(bytes, { file: "b.csv" })));
  });

  test("5. tab-separated: the header is found, and its columns named", () => {
    const text = county2018().replace(/^\ufeff/, "").replace(/;/g, "\t");
    expectCounty2018(countyOf(parsePopulationCsv(text, { file: "b.tsv" })));
  });
});

/** Amounts of 2025 for the default agreements, as --previous reads them without --previous-period. */
const PREVIOUS_OPTIONS = { period: { kind: "year", year: 2025 } as const, agreements: DEFAULT_AGREEMENTS };

describe("the same reader for --previous", () => {
  test("Windows-1252, tab-separated, a title above the table, code and name in one cell, a code without its zero, a Totalt row and a source line: the units' amounts only", () => {
    const text = ["Belopp 2025", "", "Kommun\tBelopp", "127 Botkyrka\t54 931", "0125 Ekerö\t16 701", "Farsta\t34 000", "Totalt\t105 632", "", "Källa: förra årets arbetsbok, 2025-01-01"].join("\r\n");
    const result = parsePreviousAmountsCsv(iconv.encode(text, "windows-1252"), { file: "t.txt", county: COUNTY_2018, ...PREVIOUS_OPTIONS });
    expect(result.ok && result.amounts).toEqual({ Botkyrka: 54_931, Ekerö: 16_701, Farsta: 34_000 });
    expect(result.ok && result.rows.map((row) => row.row)).toEqual([4, 5, 6]);
  });

  test("a name the closed list does not know, with an amount, is still refused; a comma row split in two is refused with its line", () => {
    const unknown = parsePreviousAmountsCsv("namn;belopp\r\nFarsta;34 000\r\nAtlantis;100\r\n", { file: "t.csv", county: COUNTY_2018, ...PREVIOUS_OPTIONS });
    expect(unknown.ok ? [] : unknown.issues.map((issue) => issue.code)).toEqual(["notInCounty"]);
    const split = parsePreviousAmountsCsv("namn,belopp\nFarsta,44,278\n", { file: "t.csv", county: COUNTY_2018, ...PREVIOUS_OPTIONS });
    expect(split.ok ? [] : split.issues.map((issue) => issue.message)).toEqual([
      "t.csv: Rad 2: raden har 3 fält men rubrikraden 2: ”44,278” har delats vid avgränsaren ”,”; menade du 44\u00a0278? Skriv talet utan tecken mellan siffergrupperna (eller med mellanslag), eller inom citattecken.",
    ]);
  });
});
