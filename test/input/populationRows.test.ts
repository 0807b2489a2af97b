import { louAllocation } from "../../src/engine";
import { COUNTY_2018, MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "../../src/data";
import { say } from "../../src/i18n/messages";
import {
  INPUT_MESSAGES,
  MAX_DATA_ROWS,
  MAX_LISTED_ISSUES,
  parsePopulationRows,
  type CellInput,
  type PopulationIssue,
  type PopulationParseResult,
} from "../../src/input";

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
    expect(result.ok && result.county.municipalities).toEqual([{ name: "Botkyrka", code: "0127", population: 93106 }]);
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
      // In the layout's order, whatever the table's.
      districts: [
        { name: "Bromma", population: 390 },
        { name: "Farsta", population: 600 },
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
    ["a number of people with its unit", "16 786 invånare", 16786],
    ["a plus sign", "+16786", 16786],
  ])("population as %s", (_label, cell, expected) => {
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
    // The divided city is found by its code, and named as the closed list names it.
    expect(result.county.municipalities[0]).toEqual({ name: "Stockholm", code: "0180", population: 1000 });
    expect(result.county.dividedCity).toEqual({ name: "Stockholm", districts: [{ name: "Farsta", population: 1000 }], rest: 0 });
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
        { name: "Botkyrka", code: "0127", population: 93106 },
        { name: "Danderyd", code: "0162", population: 33187 },
      ],
    });
  });
});

describe("parsePopulationRows: every bad input is named by row, column and cell", () => {
  const address = (rowIndex: number, columnIndex: number) => `Blad1!${String.fromCharCode(65 + columnIndex)}${rowIndex + 1}`;

  test("missing column: each missing column is named, with the headers found", () => {
    const issues = issuesOf(parsePopulationRows([["namn", "kommentar"], ["Botkyrka", 93106]]));
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([["missingColumn", 1, "invånare"]]);
    expect(issues[0].message).toBe(
      "Rad 1, kolumn ”invånare”: kolumnen ”invånare” saknas i rubrikraden (den behöver namn och invånare, t.ex. ”namn;invånare”, ”Region;2018”; rubrikerna är ”namn”, ”kommentar”).",
    );
    expect(issuesOf(parsePopulationRows([["typ", "kommentar"], ["kommun", 5]])).map((issue) => issue.column)).toEqual(["namn", "invånare"]);
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

  test("an unknown type and a type that is not the unit's are refused; an empty type is what the closed list says", () => {
    const issues = issuesOf(parsePopulationRows([...SMALL, ["Salem", "stad", 5], ["Nykvarn", "", 5], ["Nacka", "stadsdel", 5]], { cellAddress: address }));
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.cell, issue.value])).toEqual([
      ["unknownType", 4, "typ", "Blad1!B4", "stad"],
      ["wrongType", 6, "typ", "Blad1!B6", "stadsdel"],
    ]);
    expect(issues[0].message).toBe("Rad 4, kolumn ”typ” (Blad1!B4): ”stad” är ingen känd typ (skriv kommun, stadsdel eller rest).");
    expect(issues[1].message).toBe("Rad 6, kolumn ”typ” (Blad1!B6): Nacka är en kommun, men typen säger ”stadsdel”.");
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

  test("not a whole number", () => {
    const issues = issuesOf(parsePopulationRows([...SMALL, ["Salem", "kommun", "16,5"], ["Nykvarn", "kommun", 10.5]]));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["notWholeNumber", 4],
      ["notWholeNumber", 5],
    ]);
    expect(issues.map((issue) => issue.reason)).toEqual(["antalet invånare måste vara ett heltal (”16,5”)", "antalet invånare måste vara ett heltal (”10,5”)"]);
    const english = issuesOf(parsePopulationRows([...SMALL, ["Nykvarn", "kommun", 10.5]], { locale: "en" }));
    expect(english[0].reason).toBe('the population must be a whole number ("10.5")');
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
    expect(issues[0].message).toBe("Rad 4, kolumn ”namn”: ”BOTKYRKA” finns redan på rad 2; en enhet får stå en gång.");
  });

  test("a unit named twice by its code and its name", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare", "kod"], ["Salem", "kommun", 1, "0128"], ["", "kommun", 2, "128"]]));
    expect(issue).toMatchObject({ code: "duplicateName", row: 3, column: "namn" });
  });

  test("a code and a name of two units are refused, never taken as either", () => {
    const issue = onlyIssue(parsePopulationRows([["namn", "typ", "invånare", "kod"], ["Salem", "kommun", 1, "0128"], ["Nykvarn", "kommun", 2, "0180"]], { cellAddress: address }));
    expect(issue).toMatchObject({ code: "codeNotName", row: 3, column: "kod", cell: "Blad1!D3" });
    expect(issue.message).toBe("Rad 3, kolumn ”kod” (Blad1!D3): koden 0180 är Stockholm, men raden säger ”Nykvarn”; rätta koden eller namnet.");
  });

  test("more than one rest post", () => {
    const issues = issuesOf(
      parsePopulationRows([
        ["namn", "typ", "invånare"],
        ["Stockholm", "kommun", 20],
        ["Farsta", "stadsdel", 10],
        ["Sthlm kn rest", "rest", 10],
        ["Restpost", "rest", 10],
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

  test("a municipality or district with 0 inhabitants is refused, each at its cell; a rest post of 0 is fine", () => {
    const rows: Row[] = [["namn", "typ", "invånare"], ["Salem", "kommun", 0], ["Stockholm", "kommun", 5], ["Farsta", "stadsdel", 0], ["Bromma", "stadsdel", 5], ["Sthlm kn rest", "rest", 0]];
    const issues = issuesOf(parsePopulationRows(rows));
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["zeroPopulation", 2, "invånare"],
      ["zeroPopulation", 4, "invånare"],
    ]);
    expect(issues[0].message).toBe("Rad 2, kolumn ”invånare”: Salem har 0 invånare, vilket ingen kommun eller stadsdel har; fyll i antalet.");
    expect(issuesOf(parsePopulationRows(rows, { locale: "en" }))[1].message).toBe(
      'Row 4, column "invånare": Farsta has 0 inhabitants, which no municipality or district has; fill in the figure.',
    );
    expect(parsePopulationRows([["namn", "typ", "invånare"], ["Stockholm", "kommun", 5], ["Bromma", "stadsdel", 5], ["Sthlm kn rest", "rest", 0]]).ok).toBe(true);
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
      [6, "negative", "Blad1!C6"],
      [6, "unknownType", "Blad1!B6"],
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
      'Row 2, column "population" (Blad1!C2): "many" is not a number.',
      'Row 2, column "type" (Sheet1!B2): "town" is not a known type (write kommun, stadsdel or rest).'.replace("Sheet1", "Blad1"),
      "Row 3, column \"type\" (Blad1!B3): the table has districts but no municipality row for Stockholm (name Stockholm or code 0180) with the city's total population.",
    ]);
  });
});

describe("parsePopulationRows: population text is read by the product's one number reader", () => {
  const address = (rowIndex: number, columnIndex: number) => `Blad1!${String.fromCharCode(65 + columnIndex)}${rowIndex + 1}`;
  const refusedCell = (cell: CellInput, locale: "sv" | "en") => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Salem", "kommun", cell]], { locale, cellAddress: address }));
    expect(issue).toMatchObject({ row: 4, column: "invånare", cell: "Blad1!C4" });
    return issue;
  };

  test.each<[string, string, string]>([
    ["11.000", "Menade du 11\u00a0000?", "Did you mean 11\u00a0000?"],
    ["11,000", "Menade du 11\u00a0000?", "Did you mean 11\u00a0000?"],
    ["16,786", "Menade du 16\u00a0786?", "Did you mean 16\u00a0786?"],
  ])("%s is refused as ambiguous, naming row, column, cell and what was probably meant", (text, sv, en) => {
    const swedish = refusedCell(text, "sv");
    expect(swedish).toMatchObject({ code: "ambiguousNumber", value: text });
    expect(swedish.message).toMatch(new RegExp(`^Rad 4, kolumn ”invånare” \\(Blad1!C4\\): ”${text.replace(".", "\\.")}” kan läsas på två sätt: `));
    expect(swedish.message).toContain(sv);
    const english = refusedCell(text, "en");
    expect(english).toMatchObject({ code: "ambiguousNumber", value: text });
    expect(english.message).toMatch(new RegExp(`^Row 4, column "invånare" \\(Blad1!C4\\): "${text.replace(".", "\\.")}" can be read two ways: `));
    expect(english.message).toContain(en);
  });

  test("11.000 in full, in both languages", () => {
    expect(refusedCell("11.000", "sv").message).toBe(
      "Rad 4, kolumn ”invånare” (Blad1!C4): ”11.000” kan läsas på två sätt: 11\u00a0000 eller 11. Menade du 11\u00a0000? Skriv det med mellanslag mellan siffergrupperna (11\u00a0000) eller helt utan skiljetecken, och decimaler med komma.",
    );
    expect(refusedCell("11,000", "en").message).toBe(
      'Row 4, column "invånare" (Blad1!C4): "11,000" can be read two ways: 11\u00a0000 or 11. Did you mean 11\u00a0000? Write it with spaces between digit groups (11\u00a0000) or with no separators at all, and decimals with a point.',
    );
  });

  test("scientific notation is refused with the number in digits", () => {
    const swedish = refusedCell("1e6", "sv");
    expect(swedish).toMatchObject({ code: "scientificNotation", value: "1e6" });
    expect(swedish.message).toBe("Rad 4, kolumn ”invånare” (Blad1!C4): ”1e6” är skrivet i grundpotensform; skriv talet med siffror (1\u00a0000\u00a0000).");
    expect(refusedCell("1e6", "en").message).toBe('Row 4, column "invånare" (Blad1!C4): "1e6" is in scientific notation; write the number in digits (1,000,000).');
  });

  test("a 21-digit population is refused: more digits than Excel keeps", () => {
    const digits = "123456789012345678901";
    const swedish = refusedCell(digits, "sv");
    expect(swedish).toMatchObject({ code: "tooManyDigits", value: digits });
    expect(swedish.message).toBe(`Rad 4, kolumn ”invånare” (Blad1!C4): ”${digits}” har fler än 15 siffror, fler än Excel kan hålla.`);
    expect(refusedCell(digits, "en").message).toBe(`Row 4, column "invånare" (Blad1!C4): "${digits}" has more than 15 digits, more than Excel can hold.`);
  });

  test.each<[string, string, string]>([
    ["93 106 kr", "ett belopp i kronor", "an amount in kronor"],
    ["19 %", "en procentsats", "a percentage"],
  ])("%s is refused: a unit that is not a number of people", (text, sv, en) => {
    const swedish = refusedCell(text, "sv");
    expect(swedish).toMatchObject({ code: "wrongUnit", value: text });
    expect(swedish.message).toBe(`Rad 4, kolumn ”invånare” (Blad1!C4): ”${text}” är ${sv}, men här anges ett antal invånare.`);
    expect(refusedCell(text, "en").message).toBe(`Row 4, column "invånare" (Blad1!C4): "${text}" is ${en}, but this takes a number of inhabitants.`);
  });

  test.each<[string, CellInput, string, string]>([
    ["a number", 12_000_000, "”12\u00a0000\u00a0000”", '"12,000,000"'],
    ["text", "12 000 000", "”12 000 000”", '"12 000 000"'],
  ])("more than 10 000 000 inhabitants as %s is refused", (_label, cell, sv, en) => {
    const swedish = refusedCell(cell, "sv");
    expect(swedish.code).toBe("tooLarge");
    expect(swedish.message).toBe(`Rad 4, kolumn ”invånare” (Blad1!C4): antalet invånare kan vara högst 10\u00a0000\u00a0000 (${sv}).`);
    expect(refusedCell(cell, "en").message).toBe(`Row 4, column "invånare" (Blad1!C4): the population can be at most 10,000,000 (${en}).`);
  });

  test("10 000 000 itself is accepted, and a number from Excel is taken as it is", () => {
    const result = parsePopulationRows([["namn", "typ", "invånare"], ["Salem", "kommun", 10_000_000], ["Nykvarn", "kommun", 16786]]);
    // In Bilaga 3's order: Nykvarn before Salem.
    expect(result.ok && result.county.municipalities.map((m) => m.population)).toEqual([16786, 10_000_000]);
  });

  test("the old codes keep their English wording", () => {
    expect(refusedCell("många", "en").message).toBe('Row 4, column "invånare" (Blad1!C4): "många" is not a number.');
    expect(refusedCell("-16 786", "en").message).toBe('Row 4, column "invånare" (Blad1!C4): the population cannot be negative ("-16 786").');
    expect(refusedCell(-5, "sv").message).toBe("Rad 4, kolumn ”invånare” (Blad1!C4): antalet invånare kan inte vara negativt (”\u22125”).");
    expect(refusedCell("", "en").message).toBe('Row 4, column "invånare" (Blad1!C4): the population is missing.');
  });
});

describe("parsePopulationRows: Stockholm derived from its districts and rest post", () => {
  /** The 2018 county without Stockholm's own row. */
  function withoutStockholm(): Row[] {
    return county2018Rows().filter((row) => row[0] !== "Stockholm");
  }
  const STOCKHOLM_2018 = MUNICIPALITIES_2018.find((m) => m.name === "Stockholm")!;

  test("the 2018 county without a Stockholm row is accepted: the city is the districts plus the rest post", () => {
    const result = parsePopulationRows(withoutStockholm());
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    const districts = STOCKHOLM_DISTRICTS_2018.reduce((sum, d) => sum + d.population, 0);
    expect(result.derived).toEqual({ stockholm: { population: 962154, districts, rest: STOCKHOLM_REST_2018 } });
    expect(districts + STOCKHOLM_REST_2018).toBe(STOCKHOLM_2018.population);
    // The city is a municipality again, with its code, last as in Bilaga 3.
    expect(result.county.municipalities.map((m) => [m.name, m.population, m.code])).toEqual(
      COUNTY_2018.municipalities.map((m) => [m.name, m.population, m.code]),
    );
    expect(result.county.dividedCity?.name).toBe("Stockholm");
    expect(result.county.dividedCity?.rest).toBe(STOCKHOLM_REST_2018);
    // No preview row for the derived city: the rows are the table's.
    expect(result.rows.some((row) => row.name === "Stockholm")).toBe(false);
    const fromRows = louAllocation(result.county, { threshold: 615312, years: 8 });
    const embedded = louAllocation(COUNTY_2018, { threshold: 615312, years: 8 });
    expect(fromRows.total.perYear.toString()).toBe(embedded.total.perYear.toString());
  });

  test("the summaries say it was derived, in both languages", () => {
    const result = parsePopulationRows(withoutStockholm());
    const derived = result.ok ? result.derived?.stockholm : undefined;
    expect(derived).toBeDefined();
    expect(say(INPUT_MESSAGES.stockholmDerived, "sv", derived!.population)).toBe("Stockholm (962\u00a0154) härledd ur stadsdelarna och restposten");
    expect(say(INPUT_MESSAGES.stockholmDerived, "en", derived!.population)).toBe("Stockholm (962,154) derived from the districts and the rest post");
  });

  test("a small table with districts and a rest post but no Stockholm row", () => {
    const result = parsePopulationRows([
      ["namn", "typ", "invånare"],
      ["Täby", "kommun", 5],
      ["Farsta", "stadsdel", 600],
      ["Bromma", "stadsdel", 390],
      ["Sthlm kn rest", "rest", 0],
      ["Botkyrka", "kommun", 7],
    ]);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.derived).toEqual({ stockholm: { population: 990, districts: 990, rest: 0 } });
    // In Bilaga 3's order, Stockholm last.
    expect(result.county.municipalities).toEqual([
      { name: "Botkyrka", code: "0127", population: 7 },
      { name: "Täby", code: "0160", population: 5 },
      { name: "Stockholm", code: "0180", population: 990 },
    ]);
  });

  test("a table with its Stockholm row says nothing is derived", () => {
    const result = parsePopulationRows(county2018Rows());
    expect(result.ok && result.derived).toBeUndefined();
  });

  test("a Stockholm row that disagrees with districts plus rest is still refused, in English too", () => {
    const rows = county2018Rows();
    const stockholm = rows.findIndex((row) => row[0] === "Stockholm");
    rows[stockholm] = ["Stockholm", "kommun", 962150, "0180"];
    const issue = onlyIssue(parsePopulationRows(rows, { locale: "en" }));
    expect(issue).toMatchObject({ code: "cityTotalMismatch", row: stockholm + 1, column: "invånare" });
    expect(issue.message).toBe(
      `Row ${stockholm + 1}, column "invånare": Stockholm has 962,150 inhabitants, but the districts (959,708) plus the rest post (2,446) make 962,154.`,
    );
  });

  test("districts without a rest post and without Stockholm are still refused", () => {
    const issue = onlyIssue(parsePopulationRows([...SMALL, ["Farsta", "stadsdel", 59219]], { locale: "en" }));
    expect(issue.code).toBe("districtsWithoutCity");
  });

  test("Stockholm called a district is refused: the closed list says what it is", () => {
    const rows: Row[] = [["namn", "typ", "invånare"], ["Stockholm", "stadsdel", 600], ["Bromma", "stadsdel", 390], ["Sthlm kn rest", "rest", 10]];
    const issue = issuesOf(parsePopulationRows(rows))[0];
    expect(issue).toMatchObject({ code: "wrongType", row: 2, column: "typ" });
    expect(issue.message).toBe("Rad 2, kolumn ”typ”: Stockholm är en kommun, men typen säger ”stadsdel”.");
  });
});

describe("parsePopulationRows: size limits", () => {
  const municipalities = (count: number): Row[] => [["namn", "typ", "invånare"], ...Array.from({ length: count }, (_, i): Row => [`Kommun ${i + 1}`, "kommun", 1000 + i])];

  test(`${MAX_DATA_ROWS} data rows are read, each against the closed list`, () => {
    const result = parsePopulationRows(municipalities(MAX_DATA_ROWS));
    expect(!result.ok && [result.issueCount, result.issues[0].code]).toEqual([MAX_DATA_ROWS, "notInCounty"]);
  });

  test("one row more is refused with one issue that says how many rows and the limit, in both languages", () => {
    const result = parsePopulationRows(municipalities(MAX_DATA_ROWS + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issueCount).toBe(1);
    expect(result.rows).toEqual([]);
    expect(onlyIssue(result)).toMatchObject({ code: "tooManyRows", row: 1 });
    expect(onlyIssue(result).message).toBe(
      "Tabellen har 5\u00a0001 rader med data, fler än de 5\u00a0000 en befolkningstabell får ha (ett län har långt färre än tusen kommuner och stadsdelar); välj bara befolkningstabellen.",
    );
    expect(onlyIssue(parsePopulationRows(municipalities(MAX_DATA_ROWS + 1), { locale: "en" })).message).toBe(
      "The table has 5,001 rows of data, more than the 5,000 a population table may have (a county has far fewer than a thousand municipalities and districts); choose the population table only.",
    );
  });

  test("200 000 junk rows are refused with that one issue and without reading them", () => {
    const rows: Row[] = [["namn", "typ", "invånare"], ...Array.from({ length: 200_000 }, (_, i): Row => [`x${i}`, "y", "z"])];
    const issue = onlyIssue(parsePopulationRows(rows, { locale: "en" }));
    expect(issue.code).toBe("tooManyRows");
    expect(issue.message).toContain("200,000 rows");
  });

  test("blank rows do not count (a selection of whole columns)", () => {
    const rows: Row[] = [...SMALL, ...Array.from({ length: 100_000 }, (): Row => [null, "", "  "])];
    expect(parsePopulationRows(rows).ok).toBe(true);
  });

  const junk = (count: number): Row[] => [["namn", "typ", "invånare"], ...Array.from({ length: count }, (_, i): Row => [`Kommun ${i + 1}`, "kommun", "z"])];

  test(`at most ${MAX_LISTED_ISSUES} issues are listed, then one that counts the rest; issueCount has them all`, () => {
    const result = parsePopulationRows(junk(300));
    if (result.ok) throw new Error("expected issues");
    expect(result.issueCount).toBe(300);
    expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(result.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => issue.row)).toEqual(Array.from({ length: MAX_LISTED_ISSUES }, (_, i) => i + 2));
    expect(result.issues[MAX_LISTED_ISSUES]).toMatchObject({ code: "moreIssues", row: MAX_LISTED_ISSUES + 2, message: "… och 280 fel till." });
    const english = parsePopulationRows(junk(300), { locale: "en" });
    expect(!english.ok && english.issues[MAX_LISTED_ISSUES].message).toBe("… and 280 more errors.");
  });

  test("exactly the limit lists every issue; one more says “1 fel till”", () => {
    const atLimit = parsePopulationRows(junk(MAX_LISTED_ISSUES));
    expect(!atLimit.ok && [atLimit.issues.length, atLimit.issueCount]).toEqual([MAX_LISTED_ISSUES, MAX_LISTED_ISSUES]);
    const over = parsePopulationRows(junk(MAX_LISTED_ISSUES + 1), { locale: "en" });
    expect(!over.ok && over.issues.map((issue) => issue.message).at(-1)).toBe("… and 1 more error.");
    const overSv = parsePopulationRows(junk(MAX_LISTED_ISSUES + 1));
    expect(!overSv.ok && overSv.issues.map((issue) => issue.message).at(-1)).toBe("… och 1 fel till.");
  });

  test("a refusal lists its issues with their count", () => {
    const result = parsePopulationRows([...SMALL, ["Salem", "kommun", "x"]]);
    expect(!result.ok && result.issueCount).toBe(1);
  });
});
