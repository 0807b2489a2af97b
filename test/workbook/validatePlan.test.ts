import { createExcelDouble } from "../../src/excel-double";
import { describeWriteError, OfficeWriteError, writePlanToExcel } from "../../src/excel";
import { planToWorkbook, XlsxPlanError } from "../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { validatePlan } from "../../src/workbook/validatePlan";
import { fixturePlan } from "../helpers/fixturePlan";

/*
 * The one check of a plan both writers make before writing anything (src/workbook/validatePlan.ts):
 * each rule of Excel's refused with its message in Swedish and English, and both writers refusing the
 * same plan with the same problem, the Office.js writer before its first sync.
 */

type Edit = (plan: WorkbookPlan) => WorkbookPlan;
const onSheet = (key: string, edit: (sheet: PlanSheet) => PlanSheet): Edit => (plan) => ({ ...plan, sheets: plan.sheets.map((s) => (s.key === key ? edit(s) : s)) });
const kommuner = (edit: (sheet: PlanSheet) => PlanSheet) => onSheet("municipalities", edit);
const parametrar = (edit: (sheet: PlanSheet) => PlanSheet) => onSheet("parameters", edit);
const withName = (name: string, sheetKey = "parameters", cell = "$B$3"): Edit => (plan) => ({ ...plan, names: [...plan.names, { name, sheetKey, cell }] });
const withTable = (name: string, range: string, totalsRow = false) => parametrar((s) => ({ ...s, tables: [{ name, range, totalsRow }] }));
const withBlock = (anchor: string, cells: WorkbookPlan["sheets"][number]["blocks"][number]["cells"]) => parametrar((s) => ({ ...s, blocks: [...s.blocks, { anchor, cells }] }));
const tableAtH1 = (cells: WorkbookPlan["sheets"][number]["blocks"][number]["cells"], range: string) =>
  parametrar((s) => ({ ...s, blocks: [...s.blocks, { anchor: "H1", cells }], tables: [{ name: "T", range, totalsRow: false }] }));

/** A broken plan, and what the Swedish and the English message must say. */
const BROKEN: [string, Edit, RegExp, RegExp][] = [
  ["no sheets", (p) => ({ ...p, sheets: [] }), /inga blad/, /no sheets/],
  ["a sheet name over 31 characters", parametrar((s) => ({ ...s, name: "x".repeat(32) })), /bladnamn i Excel/, /Excel sheet name/],
  ["a sheet name with a slash", parametrar((s) => ({ ...s, name: "Avtal 2026/2030" })), /”Avtal 2026\/2030” kan inte vara ett bladnamn/, /"Avtal 2026\/2030" cannot be an Excel sheet name/],
  ["a sheet name of spaces only", parametrar((s) => ({ ...s, name: "   " })), /bladnamn/, /sheet name/],
  ["two sheets of one name in other case", parametrar((s) => ({ ...s, name: "KOMMUNER" })), /två blad heter ”Kommuner”/, /two sheets are named "Kommuner"/],
  ["a block anchored at no cell", withBlock("3B", [[{ value: 1 }]]), /”3B” är ingen celladress/, /"3B" is not a cell address/],
  ["an empty block", withBlock("H1", []), /blocket vid H1 är tomt/, /block at H1 is empty/],
  ["a block past the sheet's edge", withBlock("XFD1", [[{ value: 1 }, { value: 2 }]]), /utanför bladets kant/, /past the sheet's edge/],
  ["a ragged block", withBlock("D1", [[{ value: 1 }, { value: 2 }], [{ value: 3 }]]), /olika längd \(rad 2\)/, /different lengths \(row 2\)/],
  ["two blocks writing one cell", withBlock("B3", [[{ value: 1 }]]), /två block skriver cell B3/, /two blocks write cell B3/],
  ["a number that is not finite", withBlock("H1", [[{ value: Number.NaN }]]), /cell H1 har inget ändligt tal/, /cell H1 holds no finite number/],
  ["a formula without =", withBlock("H1", [[{ value: 1, formula: "SUM(B3:B4)" }]]), /formeln i cell H1/, /formula in cell H1/],
  ["a column wider than 255 characters", parametrar((s) => ({ ...s, columnWidths: [34, 256] })), /kolumnbredden 256/, /column width 256/],
  ...["Min tabell", "A1", "R1C1", "C", "TRUE", "1Kommuner", ""].map((name): [string, Edit, RegExp, RegExp] => [`the table name "${name}"`, withTable(name, "A3:B4"), /tabellnamn/, /table name/]),
  ["a table name that looks like a cell", withTable("KR2026", "A3:B4"), /”KR2026” kan inte vara ett tabellnamn/, /"KR2026" cannot be an Excel table name/],
  ["a table of no range", withTable("T", "A3:"), /tabell T: ”A3:” är inget område/, /table T: "A3:" is not a range/],
  ["a table of one row", withTable("T", "A3:B3"), /minst en datarad/, /at least one data row/],
  ["a table with totals of two rows", withTable("T", "A3:B4", true), /sin summarad/, /its totals row/],
  ["a table whose header is a number", withTable("T", "B3:B4"), /rubrikcellen B3 på blad ”Parametrar”/, /header cell B3 on sheet "Parametrar"/],
  ["a table header with a line break", tableAtH1([[{ value: "Två\nrader" }], [{ value: 1 }]], "H1:H2"), /rubrikcellen H1 har en radbrytning/, /header cell H1 holds a line break/],
  ["two columns of one name", tableAtH1([[{ value: "Belopp" }, { value: "belopp" }], [{ value: 1 }, { value: 2 }]], "H1:I2"), /två kolumner heter ”belopp”/, /two columns are named "belopp"/],
  ["two tables overlapping", kommuner((s) => ({ ...s, tables: [...s.tables, { name: "Andra", range: "B3:C4", totalsRow: false }] })), /tabellerna Kommuner och Andra överlappar/, /tables Kommuner and Andra overlap/],
  ["a defined name that looks like a cell", withName("AB12"), /”AB12” kan inte vara ett namn i Excel/, /"AB12" cannot be an Excel defined name/],
  ["a defined name that is a boolean", withName("TRUE"), /namn i Excel/, /defined name/],
  ...["Budget 2026", "KR2026", "R2C3", "_xlnm.Print_Area x"].map((name): [string, Edit, RegExp, RegExp] => [`the defined name "${name}"`, withName(name), /namn i Excel/, /defined name/]),
  ["a defined name equal to a table's", withName("kommuner"), /namnet ”kommuner” används två gånger/, /the name "kommuner" is used twice/],
  ["a defined name twice", withName("Avtalsar"), /används två gånger/, /used twice/],
  ["a defined name on a sheet the plan lacks", withName("Budget", "annualCost"), /ett blad som planen inte har \(annualCost\)/, /a sheet the plan does not have \(annualCost\)/],
  ["a defined name at no cell", withName("Budget", "parameters", "B"), /pekar på ”B”/, /refers to "B"/],
  ["a wrap that is no range", kommuner((s) => ({ ...s, wraps: [{ range: "A1:", merge: false }] })), /”A1:” är inget område/, /"A1:" is not a range/],
  ["a merged wrap of two rows", kommuner((s) => ({ ...s, wraps: [{ range: "A1:E2", merge: true }] })), /A1:E2 är mer än en rad/, /A1:E2 is more than one row/],
  ["a merged wrap over the table", kommuner((s) => ({ ...s, wraps: [{ range: "A5:E5", merge: true }] })), /A5:E5 överlappar en tabell/, /A5:E5 overlaps a table/],
  ["two merged wraps overlapping", kommuner((s) => ({ ...s, wraps: [{ range: "A1:E1", merge: true }, { range: "C1:D1", merge: true }] })), /C1:D1 överlappar ett annat/, /C1:D1 overlaps another/],
  ["a row height on no row", kommuner((s) => ({ ...s, rowHeights: [{ row: 0, height: 20 }] })), /0 är ingen rad/, /0 is not a row/],
  ["a row taller than 409 points", kommuner((s) => ({ ...s, rowHeights: [{ row: 3, height: 410 }] })), /höjden 410 punkter på rad 3/, /row 3's height of 410 points/],
  ["title rows that are cells", kommuner((s) => ({ ...s, print: { ...s.print!, titleRows: "A3:E3" } })), /”A3:E3” är inga hela rader/, /"A3:E3" are not whole rows/],
  ["a header over 255 characters", kommuner((s) => ({ ...s, print: { ...s.print!, header: { left: "x".repeat(250), center: "", right: "" } } })), /sidhuvudet/, /page header/],
  ["a footer over 255 characters", kommuner((s) => ({ ...s, print: { ...s.print!, footer: { left: "x".repeat(250), center: "", right: "" } } })), /sidfoten/, /page footer/],
];

describe("validatePlan: Excel's rules, one message for each, in Swedish and English", () => {
  test("the fixture plan and real plans in both languages pass", () => {
    expect(validatePlan(fixturePlan({ summary: true }))).toBeUndefined();
    expect(validatePlan(fixturePlan({ rows: 290, longName: true }))).toBeUndefined();
    expect(validatePlan(buildWorkbookPlan(defaultPlanOptions("sv")))).toBeUndefined();
    expect(validatePlan(buildWorkbookPlan(defaultPlanOptions("en")))).toBeUndefined();
  });

  test.each(BROKEN)("%s", (_, breakIt, swedish, english) => {
    const problem = validatePlan(breakIt(fixturePlan()));
    expect(problem?.sv).toMatch(swedish);
    expect(problem?.en).toMatch(english);
  });
});

describe("both writers refuse a broken plan alike, with validatePlan's problem, writing nothing", () => {
  test.each(BROKEN)("%s", async (_, breakIt) => {
    const plan = breakIt(fixturePlan());
    const problem = validatePlan(plan)!;

    const xl = createExcelDouble();
    const before = xl.snapshot();
    const officeError = await writePlanToExcel(plan, { existing: "refuse", run: xl.run }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(officeError).toBeInstanceOf(OfficeWriteError);
    expect((officeError as OfficeWriteError).code).toBe("InvalidPlan");
    expect((officeError as OfficeWriteError).options.problem).toEqual(problem);
    expect([xl.syncCount, xl.snapshot()]).toEqual([0, before]);
    expect(describeWriteError(officeError, "sv")).toBe(`Tabellerna kan inte skrivas: ${problem.sv}. Inget har skrivits.`);
    expect(describeWriteError(officeError, "en")).toBe(`The tables cannot be written: ${problem.en}. Nothing was written.`);

    let fileError: unknown;
    try {
      planToWorkbook(plan);
    } catch (error) {
      fileError = error;
    }
    expect(fileError).toBeInstanceOf(XlsxPlanError);
    expect((fileError as XlsxPlanError).problem).toEqual(problem);
  });
});
