import { louAllocation } from "../../src/engine";
import { COUNTY_2018, MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "../../src/data";
import { parsePopulationRows, readPopulationNumber, type CellInput, type PopulationIssue, type PopulationParseResult } from "../../src/input";

type Row = CellInput[];

/** The embedded 2018 county as a sheet would hold it: header, municipalities, districts, rest. */
function county2018Rows(): Row[] {
  return [
    ["namn", "typ", "invånare", "kod"],
    ...MUNICIPALITIES_2018.map((m): Row => [m.name, "kommun", m.population, m.code]),
    ...STOCKHOLM_DISTRICTS_2018.map((d): Row => [d.name, "stadsdel", d.population, null]),
    ["Sthlm kn rest", "rest", STOCKHOLM_REST_2018, null],
  ];
}

const SMALL: Row[] = [
  ["namn", "typ", "invånare"],
  ["Botkyrka", "kommun", 93106],
  ["Danderyd", "kommun", 33187],
];

function issuesOf(result: PopulationParseResult): readonly PopulationIssue[] {
  if (result.ok) throw new Error(`expected issues, got a county of ${result.county.municipalities.length} municipalities`);
  return result.issues;
}

function onlyIssue(result: PopulationParseResult): PopulationIssue {
  const issues = issuesOf(result);
  expect(issues).toHaveLength(1);
  return issues[0];
}

describe("parsePopulationRows: what it accepts", () => {
  test("the embedded 2018 county, as rows, becomes the same county and the engine takes it", () => {
    const result = parsePopulationRows(county2018Rows());
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    expect(result.county.municipalities.map((m) => [m.name, m.population, m.code])).toEqual(
      COUNTY_2018.municipalities.map((m) => [m.name, m.population, m.code]),
    );
    expect(result.county.dividedCity?.name).toBe("Stockholm");
    expect(result.county.dividedCity?.districts.map((d) => [d.name, d.population])).toEqual(
      COUNTY_2018.dividedCity!.districts.map((d) => [d.name, d.population]),
    );
    expect(result.county.dividedCity?.rest).toBe(STOCKHOLM_REST_2018);
    const fromRows = louAllocation(result.county, { threshold: 615312, years: 8 });
    const embedded = louAllocation(COUNTY_2018, { threshold: 615312, years: 8 });
    expect(fromRows.total.perYear.toString()).toBe(embedded.total.perYear.toString());
    expect(result.rows).toHaveLength(MUNICIPALITIES_2018.length + STOCKHOLM_DISTRICTS_2018.length + 1);
    expect(result.rows.every((row) => row.valid)).toBe(true);
    expect(result.rows[0]).toEqual({ row: 2, name: "Botkyrka", kind: "municipality", population: 93106, code: "0127", valid: true });
  });

  test("headers are matched regardless of case and spacing, in any order, extra columns ignored", () => {
    const result = parsePopulationRows([
      [" INVÅNARE ", "Kommentar", "Typ", "  Namn"],
      [93106, "från SCB", "Kommun", "Botkyrka"],
    ]);
    expect(result.ok && result.county.municipalities).toEqual([{ name: "Botkyrka", population: 93106 }]);
  });

  test("English headers and type words are accepted", () => {
    const result = parsePopulationRows([
      ["Name", "Type", "Population", "Code"],
      ["Stockholm", "municipality", 1000, "0180"],
      ["Farsta", "district", 600, null],
      ["Bromma", "District", 390, null],
      ["Rest", "rest", 10, null],
    ]);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.county.dividedCity).toEqual({
      name: "Stockholm",
      districts: [
        { name: "Farsta", population: 600 },
        { name: "Bromma", population: 390 },
      ],
      rest: 10,
    });
  });

  test.each<[string, CellInput, number]>([
    ["a number", 93106, 93106],
    ["digits", "93106", 93106],
    ["groups with a normal space", "93 106", 93106],
    ["groups with a non-breaking space", "93\u00a0106", 93106],
    ["groups with a narrow non-breaking space", "2\u202f344\u202f124", 2344124],
    ["a decimal comma with zero decimals", "93 106,0", 93106],
    ["a decimal point with zero decimals", "93106.00", 93106],
    ["surrounding spaces", "  93 106  ", 93106],
    ["zero", "0", 0],
  ])("population as %s", (_label, cell, expected) => {
    expect(readPopulationNumber(cell)).toEqual({ ok: true, value: expected });
    const result = parsePopulationRows([["namn", "typ", "invånare"], ["Salem", "kommun", cell]]);
    expect(result.ok && result.county.municipalities[0].population).toBe(expected);
  });

  test("blank rows are skipped and the rows keep their numbers", () => {
    const result = parsePopulationRows([
      [null, null, null],
      ["namn", "typ", "invånare"],
      ["", "", ""],
      ["Botkyrka", "kommun", "x"],
    ]);
    const issue = onlyIssue(result);
    expect(issue.row).toBe(4);
  });

  test("a code typed as a number loses its leading zero in a spreadsheet and gets it back", () => {
    const result = parsePopulationRows([
      ["namn", "typ", "invånare", "kod"],
      ["Stockholms stad", "kommun", 1000, 180],
      ["Farsta", "stadsdel", 1000, null],
    ]);
    if (!result.ok) throw new Error(result.issues[0].message);
    // The divided city is found by its code even under another name.
    expect(result.county.municipalities[0]).toEqual({ name: "Stockholms stad", code: "0180", population: 1000 });
    expect(result.county.dividedCity).toEqual({ name: "Stockholms stad", districts: [{ name: "Farsta", population: 1000 }], rest: 0 });
  });

  test("stockholmTotal supplies the city when the table has only districts", () => {
    const result = parsePopulationRows(
      [
        ["namn", "typ", "invånare"],
        ["Farsta", "stadsdel", 600],
        ["Bromma", "stadsdel", 390],
        ["Sthlm kn rest", "rest", 10],
      ],
      { stockholmTotal: 1000 },
    );
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.county.municipalities).toEqual([{ name: "Stockholm", code: "0180", population: 1000 }]);
    expect(result.county.dividedCity?.rest).toBe(10);
  });

  test("a municipality table without districts has no divided city", () => {
    const result = parsePopulationRows(SMALL);
    expect(result.ok && result.county).toEqual({
      municipalities: [
        { name: "Botkyrka", population: 93106 },
        { name: "Danderyd", population: 33187 },
      ],
    });
  });
});

describe("parsePopulationRows: every bad input is named by row, column and cell", () => {
  const address = (rowIndex: number, columnIndex: number) => `Blad1!${String.fromCharCode(65 + columnIndex)}${rowIndex + 1}`;

  test("missing column: each missing column is named, with the headers found", () => {
    const issues = issuesOf(parsePopulationRows([["namn", "antal"], ["Botkyrka", 93106]]));
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["missingColumn", 1, "typ"],
      ["missingColumn", 1, "invånare"],
    ]);
    expect(issues[0].message).toBe("Rad 1, kolumn ”typ”: kolumnen ”typ” saknas i rubrikraden (den behöver namn, typ och invånare; rubrikerna är ”namn”, ”antal”).");
  });

  test("duplicate column: two population columns", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare", "Population"], ["Salem", "kommun", 1, 2]], { cellAddress: address }));
    expect(issue).toMatchObject({ code: "duplicateColumn", row: 1, column: "Population", cell: "Blad1!D1" });
  });

  test("no rows: an empty table", () => {
    expect(onlyIssue(parsePopulationRows([]))).toMatchObject({ code: "noRows", row: 1 });
    expect(onlyIssue(parsePopulationRows([[null, ""]]))).toMatchObject({ code: "noRows" });
  });

  test("no rows: a header and nothing under it", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare"], ["", null, ""]]));
    expect(issue).toMatchObject({ code: "noRows", row: 1 });
    expect(issue.message).toBe("Rad 1: det finns inga rader under rubrikraden.");
  });

  test("empty name", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["  ", "kommun", 5]], { cellAddress: address }));
    expect(issue).toMatchObject({ code: "emptyName", row: 4, column: "namn", cell: "Blad1!A4" });
  });

  test("unknown type, and a missing type", () => {
    const issues = issuesOf(parsePopulationRows([...SMALL, ["Salem", "stad", 5], ["Nykvarn", "", 5]], { cellAddress: address }));
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.cell, issue.value])).toEqual([
      ["unknownType", 4, "typ", "Blad1!B4", "stad"],
      ["unknownType", 5, "typ", "Blad1!B5", undefined],
    ]);
    expect(issues[0].message).toBe("Rad 4, kolumn ”typ” (Blad1!B4): ”stad” är ingen känd typ (skriv kommun, stadsdel eller rest).");
  });

  test("empty population", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Salem", "kommun", " "]], { cellAddress: address }));
    expect(issue).toMatchObject({ code: "emptyPopulation", row: 4, column: "invånare", cell: "Blad1!C4" });
    expect(issue.message).toBe("Rad 4, kolumn ”invånare” (Blad1!C4): antalet invånare saknas.");
  });

  test.each<[string, CellInput]>([
    ["words", "många"],
    ["a unit", "16 786 inv"],
    ["badly grouped digits", "16 78 6"],
    ["a boolean", true],
    ["two decimal separators", "1,2,3"],
  ])("not a number: %s", (_label, cell) => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Salem", "kommun", cell]]));
    expect(issue).toMatchObject({ code: "notANumber", row: 4, column: "invånare" });
    expect(issue.message).toContain(`”${String(cell)}” är inte ett tal`);
  });

  test.each<[string, CellInput]>([
    ["a negative number", -5],
    ["negative text", "-16 786"],
    ["a minus sign", "\u22125"],
  ])("negative: %s", (_label, cell) => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Salem", "kommun", cell]]));
    expect(issue).toMatchObject({ code: "negative", row: 4, column: "invånare" });
    expect(issue.message).toContain("kan inte vara negativt");
  });

  test("not a whole number (also catches an English thousands comma)", () => {
    const issues = issuesOf(parsePopulationRows([...SMALL, ["Salem", "kommun", "16,786"], ["Nykvarn", "kommun", 10.5]]));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["notWholeNumber", 4],
      ["notWholeNumber", 5],
    ]);
  });

  test("invalid code", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare", "kod"], ["Salem", "kommun", 16786, "01-28"]]));
    expect(issue).toMatchObject({ code: "invalidCode", row: 2, column: "kod", value: "01-28" });
  });

  test("duplicate name, whatever the case and hyphens, names the first row", () => {
    const issues = issuesOf(
      parsePopulationRows([...SMALL, ["BOTKYRKA", "kommun", 5], ["Upplands-Bro", "kommun", 1], ["upplands bro", "kommun", 2]]),
    );
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["duplicateName", 4, "namn"],
      ["duplicateName", 6, "namn"],
    ]);
    expect(issues[0].message).toBe("Rad 4, kolumn ”namn”: ”BOTKYRKA” finns redan på rad 2.");
  });

  test("duplicate code", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare", "kod"], ["Salem", "kommun", 1, "0128"], ["Salen", "kommun", 2, "128"]]));
    expect(issue).toMatchObject({ code: "duplicateCode", row: 3, column: "kod" });
  });

  test("more than one rest post", () => {
    const issues = issuesOf(
      parsePopulationRows([
        ["namn", "typ", "invånare"],
        ["Stockholm", "kommun", 30],
        ["Farsta", "stadsdel", 10],
        ["Rest 1", "rest", 10],
        ["Rest 2", "rest", 10],
      ]),
    );
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([["duplicateRest", 5]]);
  });

  test("districts without Stockholm", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Farsta", "stadsdel", 59219], ["Bromma", "stadsdel", 80045]]));
    expect(issue).toMatchObject({ code: "districtsWithoutCity", row: 4, column: "typ" });
    expect(issue.message).toContain("ingen kommunrad för Stockholm");
  });

  test("a rest post without districts", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Stockholm", "kommun", 2446], ["Sthlm kn rest", "rest", 2446]]));
    expect(issue).toMatchObject({ code: "restWithoutDistricts", row: 5 });
  });

  test("districts plus rest not matching Stockholm's total names the Stockholm row and the figures", () => {
    const rows = county2018Rows();
    const stockholm = rows.findIndex((row) => row[0] === "Stockholm");
    rows[stockholm] = ["Stockholm", "kommun", 962150, "0180"];
    const issue = onlyIssue(parsePopulationRows(rows, { cellAddress: address }));
    expect(issue).toMatchObject({ code: "cityTotalMismatch", row: stockholm + 1, column: "invånare", cell: `Blad1!C${stockholm + 1}` });
    expect(issue.message).toBe(
      `Rad ${stockholm + 1}, kolumn ”invånare” (Blad1!C${stockholm + 1}): Stockholm har 962\u00a0150 invånare, men stadsdelarna (959\u00a0708) plus restposten (2\u00a0446) är 962\u00a0154.`,
    );
  });

  test("every district with 0 inhabitants: the rest post cannot be spread, named at the first district", () => {
    const rows: Row[] = [["namn", "typ", "invånare"], ["Salem", "kommun", 16786], ["Stockholm", "kommun", 5], ["Farsta", "stadsdel", 0], ["Bromma", "stadsdel", 0], ["Sthlm kn rest", "rest", 5]];
    const issue = onlyIssue(parsePopulationRows(rows));
    expect(issue).toMatchObject({ code: "allZero", row: 4, column: "invånare" });
    expect(issue.message).toBe("Rad 4, kolumn ”invånare”: alla stadsdelar har 0 invånare, så restposten kan inte fördelas på dem.");
    expect(onlyIssue(parsePopulationRows(rows, { locale: "en" })).message).toBe(
      'Row 4, column "invånare": every district has 0 inhabitants, so the rest post cannot be spread over them.',
    );
  });

  test("one district with inhabitants among zeros is accepted", () => {
    expect(parsePopulationRows([["namn", "typ", "invånare"], ["Stockholm", "kommun", 3], ["Farsta", "stadsdel", 0], ["Bromma", "stadsdel", 3]]).ok).toBe(true);
  });

  test("a given Stockholm total differing from the Stockholm row", () => {
    const issue = onlyIssue(parsePopulationRows(county2018Rows(), { stockholmTotal: 962000 }));
    expect(issue).toMatchObject({ code: "cityTotalMismatch", column: "invånare" });
    expect(issue.message).toContain("962\u00a0000");
  });

  test("a given Stockholm total differing from districts plus rest, without a Stockholm row", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare"], ["Farsta", "stadsdel", 600], ["Rest", "rest", 10]], { stockholmTotal: 1000 }));
    expect(issue).toMatchObject({ code: "cityTotalMismatch", row: 2 });
  });

  test("collects every issue in row order, marks the bad rows and keeps the good ones readable", () => {
    const result = parsePopulationRows(
      [...SMALL, ["Salem", "kommun", "abc"], ["", "kommun", 5], ["Nykvarn", "by", -3], ["Danderyd", "kommun", 1]],
      { cellAddress: address },
    );
    const issues = issuesOf(result);
    expect(issues.map((issue) => [issue.row, issue.code, issue.cell])).toEqual([
      [4, "notANumber", "Blad1!C4"],
      [5, "emptyName", "Blad1!A5"],
      [6, "unknownType", "Blad1!B6"],
      [6, "negative", "Blad1!C6"],
      [7, "duplicateName", "Blad1!A7"],
    ]);
    expect(result.rows.map((row) => row.valid)).toEqual([true, true, false, false, false, false]);
    expect(result.rows[2]).toMatchObject({ name: "Salem", kind: "municipality", population: null });
  });

  test("rowNumber places a range that starts further down the sheet", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Salem", "kommun", "x"]], { rowNumber: (index) => index + 10 }));
    expect(issue.row).toBe(13);
    expect(issue.message.startsWith("Rad 13, kolumn ”invånare”")).toBe(true);
  });

  test("messages in English with locale en", () => {
    const issues = issuesOf(
      parsePopulationRows([["name", "type", "population"], ["Salem", "town", "many"], ["Farsta", "district", 5]], { locale: "en", cellAddress: address }),
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      'Row 2, column "type" (Sheet1!B2): "town" is not a known type (write kommun, stadsdel or rest).'.replace("Sheet1", "Blad1"),
      'Row 2, column "population" (Blad1!C2): "many" is not a number.',
      "Row 3, column \"type\" (Blad1!B3): the table has districts but no municipality row for Stockholm (name Stockholm or code 0180) with the city's total population.",
    ]);
  });
});
