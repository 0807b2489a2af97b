import { COUNTY_2018 } from "../../src/data";
import type { CountyPopulation } from "../../src/engine";
import { createExcelDouble } from "../../src/excel-double";
import type { ExcelDouble } from "../../src/excel-double";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanInputField, PlanSheet, RoundingMode, WorkbookPlan } from "../../src/workbook";
import { carryOver, findExistingPlanSheets, writePlanToExcel } from "../../src/excel";
import type { ExistingQuestion } from "../../src/excel";
import { failure } from "./helpers";

/*
 * Nothing typed is lost: replacing the plan's sheets carries the values typed into their per-unit
 * input cells (users on Support, previous costs on Kommuner and Stadsdelar) over to the same units of
 * the new sheets, found by header, code and name (never by position), in the writer's two syncs; what
 * has no unit in the new plan is listed, before (ask) and after (result).
 */

const planOf = (rounding: RoundingMode = "annex", county?: CountyPopulation): WorkbookPlan =>
  buildWorkbookPlan(defaultPlanOptions("sv", { rounding, ...(county ? { county } : {}) }));

const sheetOf = (plan: WorkbookPlan, key: PlanSheet["key"]) => plan.sheets.find((s) => s.key === key) as PlanSheet;

/** The input cell of a unit on a sheet of the plan. */
function inputCell(plan: WorkbookPlan, key: PlanSheet["key"], field: PlanInputField, unit: string): string {
  const input = sheetOf(plan, key).inputs?.find((i) => i.field === field && i.unit.name === unit);
  if (!input) throw new Error(`no ${field} input for ${unit} on ${key}`);
  return input.cell;
}

/** The embedded county without Danderyd (a municipality between Botkyrka and Ekerö). */
const withoutDanderyd: CountyPopulation = { ...COUNTY_2018, municipalities: COUNTY_2018.municipalities.filter((m) => m.name !== "Danderyd") };

/** What the economist types into the first fill. */
function typeInto(xl: ExcelDouble, plan: WorkbookPlan): void {
  xl.setCell("Support", inputCell(plan, "support", "users", "Botkyrka"), 120);
  xl.setCell("Support", inputCell(plan, "support", "users", "Danderyd"), 35);
  xl.setCell("Support", inputCell(plan, "support", "users", "Bromma"), 80);
  xl.setCell("Kommuner", inputCell(plan, "municipalities", "previousCost", "Ekerö"), 17500);
  xl.setCell("Kommuner", inputCell(plan, "municipalities", "previousCost", "Danderyd"), 21000);
  xl.setCell("Stadsdelar", inputCell(plan, "districts", "previousCost", "Bromma"), 47300.5);
}

async function firstFill(plan = planOf()): Promise<ExcelDouble> {
  const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
  await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
  typeInto(xl, plan);
  return xl;
}

describe("the plan marks its per-unit input cells", () => {
  test.each(["annex", "addsUp"] as const)("every municipality and district once per sheet, on the input cells (%s)", (rounding) => {
    const plan = planOf(rounding);
    const kommuner = sheetOf(plan, "municipalities").inputs ?? [];
    const stadsdelar = sheetOf(plan, "districts").inputs ?? [];
    const support = sheetOf(plan, "support").inputs ?? [];
    const city = COUNTY_2018.dividedCity!;
    expect(kommuner.map((i) => i.unit.name)).toEqual(COUNTY_2018.municipalities.map((m) => m.name));
    expect(kommuner.find((i) => i.unit.name === "Botkyrka")?.unit.code).toBe("0127");
    expect(stadsdelar.map((i) => i.unit)).toEqual(city.districts.map((d) => ({ name: d.name })));
    expect(support).toHaveLength(COUNTY_2018.municipalities.length - 1 + city.districts.length);
    expect(new Set([...kommuner, ...stadsdelar].map((i) => i.field))).toEqual(new Set(["previousCost"]));
    expect(new Set(support.map((i) => i.field))).toEqual(new Set(["users"]));
    for (const sheet of plan.sheets) {
      for (const input of sheet.inputs ?? []) {
        const m = /^([A-Z]+)(\d+)$/.exec(input.cell) as RegExpExecArray;
        const block = sheet.blocks.find((b) => b.anchor === `A${sheet.freezeRows}`) as PlanSheet["blocks"][number];
        const headerRow = block.cells[0];
        const column = m[1].charCodeAt(0) - 65;
        const row = block.cells[Number(m[2]) - (sheet.freezeRows as number)];
        expect({ cell: input.cell, style: row[column].style, name: row[0].value, header: headerRow[column].value }).toEqual({
          cell: input.cell,
          style: "input",
          name: input.unit.name,
          header: input.header,
        });
        expect(headerRow[0].value).toBe(input.unitHeader);
      }
    }
    expect(sheetOf(plan, "parameters").inputs).toBeUndefined();
  });
});

describe("replace carries what was typed over", () => {
  test("the same plan again: every typed value in its cell, in two syncs", async () => {
    const plan = planOf();
    const xl = await firstFill(plan);
    const existing = await findExistingPlanSheets(plan, xl.run);
    xl.resetCounters();
    const result = await writePlanToExcel(plan, { existing: "replace", existingSheets: existing, run: xl.run });
    expect(result.syncs).toBe(2);
    expect(xl.syncCount).toBe(3); // and one for the chart, a step of its own
    expect(xl.cell("Support", inputCell(plan, "support", "users", "Botkyrka"))?.value).toBe(120);
    expect(xl.cell("Support", inputCell(plan, "support", "users", "Danderyd"))?.value).toBe(35);
    expect(xl.cell("Support", inputCell(plan, "support", "users", "Bromma"))?.value).toBe(80);
    expect(xl.cell("Kommuner", inputCell(plan, "municipalities", "previousCost", "Ekerö"))?.value).toBe(17500);
    expect(xl.cell("Stadsdelar", inputCell(plan, "districts", "previousCost", "Bromma"))?.value).toBe(47300.5);
    // in the input cell's own format, and the prefilled Farsta figure as before (not counted: unchanged)
    expect(xl.cell("Stadsdelar", inputCell(plan, "districts", "previousCost", "Bromma"))?.numberFormat).toBe('#,##0 "kr"');
    expect(xl.cell("Stadsdelar", inputCell(plan, "districts", "previousCost", "Farsta"))?.value).toBe(44278);
    expect(result.carried).toHaveLength(6);
    expect(result.carried).toContainEqual({ sheet: "Support", unit: "Botkyrka", field: "users", value: 120, from: "C5", cell: "C5" });
    expect(result.lost).toEqual([]);
    expect(xl.sheetNames()).toEqual(["Blad1", ...plan.sheets.map((s) => s.name)]);
  });

  test("another county and rounding: found by header and name, the missing unit's values listed as lost", async () => {
    const first = planOf("annex");
    const xl = await firstFill(first);
    const next = planOf("addsUp", withoutDanderyd);
    // rows and columns move: Ekerö one row up, the previous-cost column two to the right
    expect(inputCell(next, "municipalities", "previousCost", "Ekerö")).not.toBe(inputCell(first, "municipalities", "previousCost", "Ekerö"));

    const existing = await findExistingPlanSheets(next, xl.run);
    xl.resetCounters();
    const questions: ExistingQuestion[] = [];
    const result = await writePlanToExcel(next, {
      existing: "refuse",
      existingSheets: existing,
      run: xl.run,
      ask: async (question) => {
        questions.push(question);
        return "replace";
      },
    });
    // asked between two runs: one sync to look, the question outside Excel.run, two to look again and
    // write; then the chart in a run of its own
    expect(result.syncs).toBe(3);
    expect(xl.syncCount).toBe(4);
    const annualFarsta = inputCell(first, "annualCost", "previousCost", "Farsta");
    const lost = [
      { sheet: "Kommuner", unit: "Danderyd", code: "0162", field: "previousCost", value: 21000, from: inputCell(first, "municipalities", "previousCost", "Danderyd") },
      { sheet: "Support", unit: "Danderyd", field: "users", value: 35, from: inputCell(first, "support", "users", "Danderyd") },
      // Farsta's 44 278 kr is from before 2020; the new Årskostnad asks for amounts of 2025: not moved, but named
      { sheet: "Årskostnad", unit: "Farsta", field: "previousCost", value: 44278, from: annualFarsta, column: "Belopp före 2020/år" },
    ];
    expect(questions).toHaveLength(1);
    expect(questions[0].sheets).toEqual(expect.arrayContaining(["Kommuner", "Stadsdelar", "Support"]));
    // Farsta's prefilled 44 278 kr on Stadsdelar (before 2020 there too): this county is not the
    // embedded one, so the new plan has no figure of its own for it
    expect(questions[0].carryOver.carried.map((c) => `${c.sheet}:${c.unit}`).sort()).toEqual(["Kommuner:Ekerö", "Stadsdelar:Bromma", "Stadsdelar:Farsta", "Support:Botkyrka", "Support:Bromma"]);
    expect(questions[0].carryOver.lost).toEqual(expect.arrayContaining(lost));
    expect(questions[0].carryOver.lost).toHaveLength(3);
    expect(result.lost).toEqual(questions[0].carryOver.lost);
    expect(result.carried).toEqual(questions[0].carryOver.carried);

    expect(xl.cell("Kommuner", inputCell(next, "municipalities", "previousCost", "Ekerö"))?.value).toBe(17500);
    expect(xl.cell("Support", inputCell(next, "support", "users", "Botkyrka"))?.value).toBe(120);
    expect(xl.cell("Support", inputCell(next, "support", "users", "Bromma"))?.value).toBe(80);
    expect(xl.cell("Stadsdelar", inputCell(next, "districts", "previousCost", "Bromma"))?.value).toBe(47300.5);
    expect(xl.values("Kommuner", "A1:Z60").flat()).not.toContain(21000);
  });

  test("a municipality renamed in the old sheet is still found by its code", async () => {
    const plan = planOf();
    const xl = await firstFill(plan);
    const ekero = inputCell(plan, "municipalities", "previousCost", "Ekerö");
    xl.setCell("Kommuner", `A${ekero.replace(/^[A-Z]+/, "")}`, "Ekerö kommun");
    const result = await writePlanToExcel(plan, { existing: "replace", existingSheets: await findExistingPlanSheets(plan, xl.run), run: xl.run });
    expect(xl.cell("Kommuner", ekero)?.value).toBe(17500);
    expect(xl.cell("Kommuner", `A${ekero.replace(/^[A-Z]+/, "")}`)?.value).toBe("Ekerö");
    expect(result.lost).toEqual([]);
  });

  test("ask answered cancel: nothing written, one sync; keep both: nothing carried, the old values stay", async () => {
    const plan = planOf();
    const xl = await firstFill(plan);
    const before = xl.snapshot();
    const existingSheets = await findExistingPlanSheets(plan, xl.run);
    xl.resetCounters();
    const cancelled = await writePlanToExcel(plan, { existing: "refuse", existingSheets, run: xl.run, ask: async () => "cancel" });
    expect(cancelled).toEqual({ sheets: [], syncs: 1, carried: [], lost: [], cancelled: true });
    expect(xl.syncCount).toBe(1);
    expect(xl.snapshot()).toEqual(before);

    const both = await writePlanToExcel(plan, { existing: "refuse", existingSheets, run: xl.run, ask: async () => "keepBoth" });
    expect(both.carried).toEqual([]);
    expect(both.lost).toEqual([]);
    expect(xl.cell("Support (2)", inputCell(plan, "support", "users", "Botkyrka"))?.value).toBe("");
    expect(xl.cell("Support", inputCell(plan, "support", "users", "Botkyrka"))?.value).toBe(120);
  });

  test("without existingSheets nothing is read: replace writes the plan as it is", async () => {
    const plan = planOf();
    const xl = await firstFill(plan);
    const result = await writePlanToExcel(plan, { existing: "replace", run: xl.run });
    expect(result.carried).toEqual([]);
    expect(xl.cell("Support", inputCell(plan, "support", "users", "Botkyrka"))?.value).toBe("");
  });

  test("all or nothing: a failure in the second sync leaves the old sheets and their typed values", async () => {
    const plan = planOf();
    for (const method of ["Range.formulas", "TableCollection.add", "Worksheet.delete"]) {
      const xl = await firstFill(plan);
      const existingSheets = await findExistingPlanSheets(plan, xl.run);
      const before = xl.snapshot();
      xl.failOn({ method, nth: method === "Worksheet.delete" ? 1 : 5 });
      const error = await failure(writePlanToExcel(plan, { existing: "replace", existingSheets, run: xl.run }));
      expect({ method, code: error.code }).toEqual({ method, code: "ExcelError" });
      expect(xl.snapshot()).toEqual(before);
    }
  });

  test("a sheet named in existingSheets but gone by the first sync: nothing written, the error says so", async () => {
    const plan = planOf();
    const xl = await firstFill(plan);
    const existingSheets = await findExistingPlanSheets(plan, xl.run);
    xl.model.deleteSheet(xl.model.findSheet("Support")!);
    const before = xl.snapshot();
    const error = await failure(writePlanToExcel(plan, { existing: "replace", existingSheets, run: xl.run }));
    expect(error.code).toBe("ExcelError");
    expect(xl.snapshot()).toEqual(before);
  });
});

describe("carryOver on its own", () => {
  const plan = planOf();
  const support = sheetOf(plan, "support");
  const header = ["Organisation", "Typ", "Användare", "Kostnad per användare", "Kostnad/år"];

  test("finds the header anywhere in the used range, stops at the first row without a unit, skips totals and blanks", () => {
    const values = [
      ["Support", "", "", "", ""],
      header,
      ["Botkyrka", "Kommun", 12, 250, 3000],
      ["farsta", "Stadsdel", "", 250, 0],
      ["Okänd enhet", "Kommun", 7, 250, 1750],
      ["Kommunerna totalt", "", 19, 250, 4750],
      ["", "", "", "", ""],
      ["Part", "Användare", "Andel", "Kostnad/år", ""],
      ["Region Stockholm", 11000, 0.9, 1, ""],
    ];
    const formulas = values.map((row, r) => row.map((v, c) => (r === 5 && c === 2 ? "=SUM(C3:C5)" : v)));
    const result = carryOver(support, { rowIndex: 2, columnIndex: 1, values, formulas });
    expect(result.carried).toEqual([{ sheet: "Support", unit: "Botkyrka", field: "users", value: 12, from: "D5", cell: inputCell(plan, "support", "users", "Botkyrka") }]);
    expect(result.lost).toEqual([{ sheet: "Support", unit: "Okänd enhet", field: "users", value: 7, from: "D7" }]);
  });

  test("a sheet that is not the plan's (no such header): nothing carried, nothing lost", () => {
    expect(carryOver(support, { rowIndex: 0, columnIndex: 0, values: [["Mina siffror", 5]], formulas: [["Mina siffror", 5]] })).toEqual({ carried: [], lost: [] });
  });
});

describe("previous amounts imported for this fill win over old typed ones, which are named", () => {
  test("Ekerö typed 17 500 on the old sheet, 18 000 imported now: the new sheet has 18 000 and the question lists 17 500 as replaced", async () => {
    const first = planOf();
    const xl = await firstFill(first);
    const imported = buildWorkbookPlan(defaultPlanOptions("sv", { previousCosts: { Ekerö: 18000 }, previousPeriod: { kind: "before", year: 2020 }, previousCostsGiven: true }));
    const cell = inputCell(imported, "municipalities", "previousCost", "Ekerö");
    expect(sheetOf(imported, "municipalities").inputs?.find((i) => i.unit.name === "Ekerö")?.given).toBe(true);
    expect(sheetOf(imported, "municipalities").inputs?.find((i) => i.unit.name === "Danderyd")?.given).toBeUndefined();
    let asked: ExistingQuestion | undefined;
    const existing = await findExistingPlanSheets(imported, xl.run);
    const result = await writePlanToExcel(imported, {
      existing: "replace",
      existingSheets: existing,
      run: xl.run,
      ask: async (question) => {
        asked = question;
        return "replace";
      },
    });
    expect(xl.values("Kommuner", cell)[0][0]).toBe(18000);
    const replaced = asked?.carryOver.lost.filter((item) => item.replacedBy !== undefined) ?? [];
    expect(replaced).toEqual([expect.objectContaining({ sheet: "Kommuner", unit: "Ekerö", field: "previousCost", value: 17500, replacedBy: 18000 })]);
    expect(result.lost).toEqual(expect.arrayContaining([expect.objectContaining({ unit: "Ekerö", replacedBy: 18000 })]));
    // Typed values the import does not cover still go over.
    expect(xl.values("Kommuner", inputCell(imported, "municipalities", "previousCost", "Danderyd"))[0][0]).toBe(21000);
  });
});
