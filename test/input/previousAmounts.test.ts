import { COUNTY_2018, MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018 } from "../../src/data";
import type { CountyPopulation } from "../../src/engine";
import {
  MAX_DATA_ROWS,
  MAX_LISTED_ISSUES,
  readPreviousAmountTables,
  readPreviousAmounts,
  type CellInput,
  type PreviousAmountIssue,
  type PreviousAmountsResult,
} from "../../src/input";
import { cellAddress } from "../../src/formula/a1";

type Row = CellInput[];

const ALL_UNITS = [...MUNICIPALITIES_2018.map((m) => m.name), ...STOCKHOLM_DISTRICTS_2018.map((d) => d.name)];
const at = { cellAddress: (row: number, column: number) => cellAddress(column, row + 1) };
const read = (rows: Row[], county: CountyPopulation = COUNTY_2018, locale: "sv" | "en" = "sv") => readPreviousAmounts(rows, { county, locale, ...at });

function accepted(result: PreviousAmountsResult) {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result;
}

function issuesOf(result: PreviousAmountsResult): readonly PreviousAmountIssue[] {
  if (result.ok) throw new Error(`expected issues, got ${Object.keys(result.amounts).length} amounts`);
  return result.issues;
}

describe("readPreviousAmounts: what it accepts", () => {
  test("names, Swedish number text and a number cell; the county's other units are listed as missing", () => {
    const result = accepted(
      read([
        ["Namn", "Tidigare belopp"],
        ["Farsta", "44 278"],
        ["botkyrka", "54\u00a0931 kr"],
        [],
        ["Upplands-Bro", 23_456.5],
        ["Norrtälje", "1\u202f234,50"],
      ]),
    );
    expect(result.amounts).toEqual({ Farsta: 44278, Botkyrka: 54931, "Upplands-Bro": 23456.5, Norrtälje: 1234.5 });
    expect(result.missing).toEqual(ALL_UNITS.filter((name) => !["Farsta", "Botkyrka", "Upplands-Bro", "Norrtälje"].includes(name)));
    // Rows keep their numbers in the table (the blank row 4 is skipped, not renumbered).
    expect(result.rows.map((row) => [row.row, row.unit])).toEqual([
      [2, "Farsta"],
      [3, "Botkyrka"],
      [5, "Upplands-Bro"],
      [6, "Norrtälje"],
    ]);
  });

  test("SCB codes, also as numbers a spreadsheet made of them, and a name that is a code", () => {
    const result = accepted(
      read([
        ["kommun", "kod", "summa/år"],
        ["", "0127", 100],
        [null, 180, 200],
        ["0162", null, 300],
      ]),
    );
    expect(result.amounts).toEqual({ Botkyrka: 100, Stockholm: 200, Danderyd: 300 });
  });

  test("English headers, other columns ignored, every unit given: nothing missing", () => {
    const rows: Row[] = [["Code", "Note", "Name", "Previous"], ...ALL_UNITS.map((name, index): Row => [null, "x", name, 1000 + index])];
    const result = accepted(read(rows, COUNTY_2018, "en"));
    expect(result.missing).toEqual([]);
    expect(Object.keys(result.amounts)).toEqual(ALL_UNITS);
  });

  test("a unit without an amount gets none and is listed as missing, not refused", () => {
    const result = accepted(read([["enhet", "belopp"], ["Farsta", ""], ["Solna", "0"]]));
    expect(result.amounts).toEqual({ Solna: 0 });
    expect(result.missing).toContain("Farsta");
    expect(result.rows[0]).toEqual({ row: 2, name: "Farsta", amount: null, unit: "Farsta", valid: true });
  });

  test("several tables as one: the municipalities' and the districts' of an earlier workbook", () => {
    const result = accepted(
      readPreviousAmountTables(
        [
          { rows: [["Kommun", "Kommunkod", "Summa/år"], ["Botkyrka", "0127", 54931]] },
          // The rest post's row of the add-in's district table has no amount and is no unit: skipped.
          { rows: [["Stadsdelsförvaltning", "Summa/år"], ["Farsta", 35028], ["Sthlm kn rest*", null]], rowNumber: (index) => index + 4 },
        ],
        { county: COUNTY_2018 },
      ),
    );
    expect(result.amounts).toEqual({ Botkyrka: 54931, Farsta: 35028 });
    expect(result.rows.map((row) => row.row)).toEqual([2, 5]);
  });
});

describe("readPreviousAmounts: what it refuses, with row, column and cell", () => {
  test('"44,278" is ambiguous: refused with both readings', () => {
    const [issue] = issuesOf(read([["namn", "belopp"], ["Farsta", "44,278"]]));
    expect(issue).toMatchObject({ code: "ambiguousNumber", row: 2, column: "belopp", cell: "B2", value: "44,278" });
    expect(issue.message).toMatch(/^Rad 2, kolumn ”belopp” \(B2\): ”44,278” kan läsas på två sätt: 44\s278\skr eller 44,278\skr\. Menade du 44\s278\skr\?/u);
  });

  test("a unit that is not in the county is refused and listed", () => {
    const result = read([["namn", "belopp"], ["Farsta", 1], ["Atlantis", 2], ["9999", 3]]);
    const issues = issuesOf(result);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["notInCounty", "A3"],
      ["notInCounty", "A4"],
    ]);
    expect(issues[0].message).toBe("Rad 3, kolumn ”namn” (A3): ”Atlantis” är varken en kommun eller en stadsdel i befolkningen; tidigare belopp kan bara anges för dess enheter.");
    expect(!result.ok && result.notInCounty).toEqual(["Atlantis", "9999"]);
  });

  test("the rest post with an amount is no unit of the county", () => {
    expect(issuesOf(read([["namn", "belopp"], ["Sthlm kn rest*", 1443]]))[0]).toMatchObject({ code: "notInCounty", cell: "A2" });
  });

  test("a unit named twice, a code that is not the named unit's, no unit, wrong amounts", () => {
    const issues = issuesOf(
      read(
        [
          ["name", "code", "amount"],
          ["Farsta", null, 1],
          ["farsta", null, 2],
          ["Solna", "0127", 3],
          [null, null, 4],
          ["Botkyrka", "x1", 5],
          ["Danderyd", null, "-5"],
          ["Ekerö", null, "19 %"],
          ["Haninge", null, "1e6"],
          ["Huddinge", null, true],
        ],
        COUNTY_2018,
        "en",
      ),
    );
    expect(issues.map((issue) => [issue.row, issue.code, issue.cell])).toEqual([
      [3, "duplicateUnit", "A3"],
      [4, "codeNotName", "B4"],
      [5, "noUnit", "A5"],
      [6, "invalidCode", "B6"],
      [7, "negative", "C7"],
      [8, "wrongUnit", "C8"],
      [9, "scientificNotation", "C9"],
      [10, "notANumber", "C10"],
    ]);
    expect(issues[0].reason).toBe("Farsta already has an amount on row 2");
    // The county's closed list says what the code is (one rule with the population import).
    expect(issues[1].reason).toBe('the code 0127 is Botkyrka, but the row says "Solna"; correct the code or the name');
    expect(issues[4].reason).toMatch(/^the amount must not be negative/);
  });

  test("the header: no unit column, no amount column, a column twice, an empty table", () => {
    expect(issuesOf(read([["typ", "belopp"], ["kommun", 1]])).map((issue) => issue.message)).toEqual([
      "Rad 1, kolumn ”namn eller kod”: kolumnen ”namn eller kod” saknas i rubrikraden (den behöver namn eller kod och belopp; rubrikerna är ”typ”, ”belopp”).",
    ]);
    expect(issuesOf(read([["namn", "invånare"], ["Farsta", 1]]))[0]).toMatchObject({ code: "missingColumn", column: "belopp" });
    expect(issuesOf(read([["namn", "belopp", "amount"], ["Farsta", 1, 2]]))[0]).toMatchObject({ code: "duplicateColumn", cell: "C1" });
    expect(issuesOf(read([[], [null, " "]]))[0]).toMatchObject({ code: "noRows" });
    expect(issuesOf(read([["namn", "belopp"]]))[0]).toMatchObject({ code: "noRows", row: 1 });
  });

  test(`at most ${MAX_LISTED_ISSUES} issues, then a count; more than ${MAX_DATA_ROWS} rows in one issue`, () => {
    const bad = read([["namn", "belopp"], ...Array.from({ length: 25 }, (_, index): Row => [`Nowhere ${index}`, 1])]);
    const issues = issuesOf(bad);
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[MAX_LISTED_ISSUES]).toMatchObject({ code: "moreIssues", message: "… och 5 fel till." });
    expect(!bad.ok && bad.issueCount).toBe(25);
    const huge = read([["namn", "belopp"], ...Array.from({ length: MAX_DATA_ROWS + 1 }, (): Row => ["Farsta", 1])]);
    expect(issuesOf(huge).map((issue) => issue.code)).toEqual(["tooManyRows"]);
  });

  test("another county: its own units, matched by name; the embedded units are not in it", () => {
    const county: CountyPopulation = { municipalities: [{ name: "Alfa", population: 10 }, { name: "Beta", population: 20, code: "9901" }] };
    const result = accepted(read([["namn", "kod", "belopp"], ["ALFA", null, 5], [null, "9901", 6]], county));
    expect(result.amounts).toEqual({ Alfa: 5, Beta: 6 });
    expect(result.missing).toEqual([]);
    expect(issuesOf(read([["namn", "belopp"], ["Farsta", 5]], county))[0].code).toBe("notInCounty");
  });
});
