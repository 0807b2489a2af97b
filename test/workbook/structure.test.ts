import { Decimal, isRuleInputError, RuleInputError } from "../../src/engine";
import type { CountyPopulation } from "../../src/engine";
import {
  ALL_SHEETS,
  buildWorkbookPlan,
  defaultPlanOptions,
  planFormulas,
  planSummary,
  renamePlanSheets,
  TABLE_NAMES,
} from "../../src/workbook";
import type { PlanOptions, WorkbookPlan } from "../../src/workbook";
import { parseCellAddress } from "../../src/formula/a1";
import { cellAt, gridOf, num, referenceProblems, sheetOf, tableOf } from "./planReader";

const FIXED = { generatedAt: new Date("2026-11-22T08:00:00Z"), version: "9.9.9" };
const build = (locale: "sv" | "en", overrides: Partial<PlanOptions> = {}) => buildWorkbookPlan(defaultPlanOptions(locale, { ...FIXED, ...overrides }));

/** A county without a divided city: three municipalities. */
const SMALL_COUNTY: CountyPopulation = {
  municipalities: [
    { name: "Ankeby", code: "0001", population: 1000 },
    { name: "Borka", population: 2500 },
    { name: "Cederå", population: 333 },
  ],
};

const PLANS: readonly [string, WorkbookPlan][] = [
  ["sv annex", build("sv", { rounding: "annex" })],
  ["sv addsUp", build("sv", { rounding: "addsUp" })],
  ["en annex", build("en", { rounding: "annex" })],
  ["en addsUp, 700 000 kr over 5 years", build("en", { rounding: "addsUp", figures: { threshold: new Decimal(700000), years: new Decimal(5) } })],
  ["small county without districts, annex", build("sv", { county: SMALL_COUNTY, rounding: "annex" })],
  ["small county without districts, addsUp", build("sv", { county: SMALL_COUNTY, rounding: "addsUp" })],
];

describe.each(PLANS)("plan %s", (_label, plan) => {
  it("every formula cell has a cached value (a finite number, a text, or null for a blank), an en-US formula, no SVV function, no structured reference", () => {
    let count = 0;
    for (const { cell } of planFormulas(plan)) {
      count += 1;
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
      else expect(cell.value === null || typeof cell.value === "string").toBe(true);
      expect(cell.formula.startsWith("=")).toBe(true);
      expect(cell.formula.toUpperCase()).not.toContain("SVV.");
      // No structured references, "," as separator (outside the texts the formula writes)
      expect(cell.formula.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[[\];]/);
      expect(cell.numberFormat).toBeDefined();
    }
    expect(count).toBeGreaterThan(50);
  });

  it("every reference points at a sheet of the plan and a cell inside it; every name is defined; only portable functions", () => {
    expect(referenceProblems(plan)).toEqual([]);
  });

  it("defined names are unique ASCII names on single cells that hold a value", () => {
    const names = plan.names.map((name) => name.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of plan.names) {
      expect(name.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(name.cell).toMatch(/^\$[A-Z]+\$\d+$/);
      const cell = cellAt(plan, name.sheetKey, name.cell.replace(/\$/g, ""));
      expect(cell?.value).not.toBeNull();
      expect(typeof cell?.value).toBe("number");
    }
  });

  it("blocks are rectangles that do not overlap; tables have unique text headers and lie on the blocks", () => {
    const tableNames = new Set<string>();
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        const width = block.cells[0].length;
        expect(block.cells.every((row) => row.length === width)).toBe(true);
      }
      const grid = gridOf(sheet); // throws on overlap
      for (const table of sheet.tables) {
        expect(tableNames.has(table.name)).toBe(false);
        tableNames.add(table.name);
        const [from, to] = table.range.split(":").map(parseCellAddress);
        const headers: string[] = [];
        for (let c = from.column; c <= to.column; c++) {
          const header = grid.get(from.row)?.get(c);
          expect(typeof header?.value).toBe("string");
          headers.push(String(header!.value));
          for (let r = from.row; r <= to.row; r++) expect(grid.get(r)?.has(c)).toBe(true);
        }
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
  });

  it("number formats: kronor, percent and populations as the papers print them", () => {
    const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
    const row = kommuner.rows[0];
    expect(row[2].numberFormat).toBe("#,##0");
    expect(row[3].numberFormat).toBe("0.00%");
    const kronor = row.filter((cell) => cell.numberFormat?.includes('"kr"'));
    expect(kronor.length).toBeGreaterThanOrEqual(2);
    expect(kronor[0].numberFormat).toMatch(/^#,##0(\.00)? "kr"$/);
  });

  it("records when (in its language and Stockholm's time) and with which version it was made", () => {
    expect(plan.generatedAt).toBe("2026-11-22T08:00:00.000Z");
    expect(plan.version).toBe("9.9.9");
    const sources = sheetOf(plan, "sources");
    const texts = sources.blocks.flatMap((block) => block.cells.flat()).map((cell) => String(cell.value));
    // 08:00 UTC is 09:00 in Stockholm in November
    expect(texts.some((text) => ["Skapad: 22 november 2026 kl. 09:00", "Created: 22 November 2026 at 09:00"].includes(text))).toBe(true);
    expect(texts.some((text) => text.endsWith(": 9.9.9"))).toBe(true);
    expect(texts.join(" ")).not.toContain("T08:00");
  });
});

describe("sheets and languages", () => {
  const sv = build("sv");
  const en = build("en");

  it("Swedish by default: the issue's sheet names", () => {
    expect(sv.sheets.map((s) => s.name)).toEqual(["Parametrar", "Kommuner", "Stadsdelar", "Support", "Avtal 2026–2030", "Källor och metod", "Årskostnad"]);
  });

  it("English locale: English sheet names and headers, the same names, tables and values", () => {
    expect(en.sheets.map((s) => s.name)).toEqual(["Parameters", "Municipalities", "Districts", "Support", "Agreement 2026–2030", "Sources and method", "Annual cost"]);
    const kommuner = tableOf(en, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.headers.slice(0, 6)).toEqual(["Municipality", "Municipality code", "Inhabitants", "Share", "Per year", "Total for the period"]);
    expect(tableOf(en, "districts", TABLE_NAMES.districts).headers[0]).toBe("District administration");
    const withoutComments = (plan: WorkbookPlan) => plan.names.map(({ name, sheetKey, cell }) => ({ name, sheetKey, cell }));
    expect(withoutComments(en)).toEqual(withoutComments(sv));
    // Same figures cell by cell; formulas differ only in the sheet names they refer to and the words
    // they write (the counted totals, the paragraph)
    const numeric = (formulas: ReturnType<typeof planFormulas>) => [...formulas].filter((f) => typeof f.cell.value !== "string");
    const svFormulas = numeric(planFormulas(sv));
    const enFormulas = numeric(planFormulas(en));
    expect(enFormulas.map((f) => f.cell.value)).toEqual(svFormulas.map((f) => f.cell.value));
    const names = new Map(sv.sheets.map((s, i) => [s.name, en.sheets[i].name]));
    const translated = renamePlanSheets(sv, Object.fromEntries(en.sheets.map((s) => [s.key, s.name])));
    const withoutTexts = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
    expect(numeric(planFormulas(translated)).map((f) => withoutTexts(f.cell.formula))).toEqual(enFormulas.map((f) => withoutTexts(f.cell.formula)));
    expect(names.size).toBe(7);
  });

  it("Parametrar, Kommuner and Stadsdelar are always included; the rest as asked", () => {
    const only = build("sv", { sheets: ["sources"] });
    expect(only.sheets.map((s) => s.key)).toEqual(["parameters", "municipalities", "districts", "sources"]);
    expect(referenceProblems(only)).toEqual([]);
    const small = build("sv", { county: SMALL_COUNTY });
    expect(small.sheets.map((s) => s.key)).toEqual(ALL_SHEETS.filter((key) => key !== "districts"));
    expect(small.names.map((n) => n.name)).not.toContain("Restpost");
    expect(small.names.map((n) => n.name)).not.toContain("InvanareStad");
  });

  it("a county of its own gets no Farsta previous cost and no Bilaga 3 source for its population", () => {
    const small = build("sv", { county: SMALL_COUNTY });
    const kommuner = tableOf(small, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.rows.every((row) => row[kommuner.index("Kostnad före 2020/år")].value === null)).toBe(true);
    const sources = tableOf(small, "sources", TABLE_NAMES.sources);
    expect(sources.row("Invånare i länet")[3].value).toBe("Egna invånaruppgifter (inte Bilaga 3)");
    // The largest unit of this county is Borka: it pays exactly the threshold
    expect(num(kommuner.row("Borka")[kommuner.index("Summa totalt")])).toBe(615312);
  });

  it("renaming a sheet rewrites every reference to it", () => {
    const renamed = renamePlanSheets(sv, { municipalities: "Kommuner (2)", districts: "It's districts" });
    expect(renamed.sheets.map((s) => s.name)).toContain("Kommuner (2)");
    expect(referenceProblems(renamed)).toEqual([]);
    const stockholm = tableOf(renamed, "municipalities", TABLE_NAMES.municipalities).row("Stockholm")[2];
    expect(stockholm.formula).toBe("='It''s districts'!$B$20");
    expect(renamePlanSheets(sv, {})).toBe(sv);
  });
});

describe("Parametrar", () => {
  const plan = build("sv");
  const value = (name: string) => {
    const found = plan.names.find((n) => n.name === name)!;
    return cellAt(plan, found.sheetKey, found.cell.replace(/\$/g, ""))!;
  };

  it("inputs are labelled input cells with the agreements' values", () => {
    expect(value("Gransbelopp")).toMatchObject({ value: 615312, style: "input", numberFormat: '#,##0 "kr"' });
    expect(value("Avtalsar")).toMatchObject({ value: 8, style: "input" });
    expect(value("Referensdatum")).toMatchObject({ value: 43465, numberFormat: "yyyy-mm-dd" });
    expect(value("Restpost").value).toBe(2446);
    expect(value("SupportBudget").value).toBe(3250000);
    expect(value("SupportAnvandare").value).toBe(13000);
    expect(value("Budget2026").value).toBe(26000000);
    expect(value("Kommunandel2026").value).toBe(0.19);
  });

  it("derived cells are formulas with the worked example's figures (615 312 / 130 365,4166 / 8 = 0,590 kr)", () => {
    expect(value("StorstaEnhet").formula).toBe("=MAX('Kommuner'!$C$5:$C$29,'Stadsdelar'!$C$5:$C$18)");
    expect(value("StorstaEnhet").value).toBeCloseTo(130365.4166, 4);
    expect(value("KrPerInvanareAr").formula).toBe("=KrPerInvanarePeriod/Avtalsar");
    expect((value("KrPerInvanareAr").value as number).toFixed(3)).toBe("0.590");
    expect(value("InvanareLan").value).toBe(2344124);
    expect(value("InvanareStad").value).toBe(962154);
    expect(value("SupportKrPerAnvandare").value).toBe(250);
    expect(value("Kommundel2026").value).toBe(4940000);
    expect(value("Regiondel2026").value).toBe(21060000);
  });

  it("each name's label stands beside it, with an explanation, and its name in the last column", () => {
    const grid = gridOf(sheetOf(plan, "parameters"));
    for (const name of plan.names) {
      const { row } = parseCellAddress(name.cell.replace(/\$/g, ""));
      expect(typeof grid.get(row)!.get(0)!.value).toBe("string");
      expect(String(grid.get(row)!.get(2)!.value).length).toBeGreaterThan(10);
      expect(grid.get(row)!.get(3)!.value).toBe(name.name);
    }
  });
});

describe("Support, Avtal 2026–2030 and Källor och metod", () => {
  const plan = build("sv");
  const addsUp = build("sv", { rounding: "addsUp" });

  it("Support: one input row per procuring unit, cost per user 250 kr, and the Region/municipal split", () => {
    const support = tableOf(plan, "support", TABLE_NAMES.support);
    expect(support.rows.length).toBe(25 + 14);
    expect(support.rows.map((r) => r[0].value)).not.toContain("Stockholm");
    const farsta = support.row("Farsta");
    expect(farsta[1].value).toBe("Stadsdel, Stockholm");
    expect(farsta[2]).toMatchObject({ value: null, style: "input" });
    expect(farsta[3]).toMatchObject({ formula: "=SupportKrPerAnvandare", value: 250 });
    // No users yet: no cost (a blank, not 0 kr)
    expect(farsta[4]).toMatchObject({ value: null, formula: expect.stringMatching(/^=IF\(ISNUMBER\(C(\d+)\),C\1\*D\1,""\)$/) });
    const grid = gridOf(sheetOf(plan, "support"));
    const totalRow = support.firstRow + support.rows.length;
    expect(support.total![2]).toMatchObject({ value: null, formula: expect.stringContaining(`COUNT(C5:C${totalRow - 1})=ROWS(C5:C${totalRow - 1})`) });
    const split = [totalRow + 3, totalRow + 4, totalRow + 5].map((row) => grid.get(row)!);
    expect(split.map((r) => r.get(0)!.value)).toEqual(["Region Stockholm", "Kommunerna", "Totalt"]);
    // The split is blank until every unit's users are in
    for (const row of split) for (const column of [1, 2, 3]) expect(row.get(column)!.value).toBeNull();
    expect(split[2].get(3)!).toMatchObject({ formula: `=IF(ISNUMBER(C${totalRow}),SUM(D${totalRow + 3}:D${totalRow + 4}),"")` });
    expect(tableOf(addsUp, "support", TABLE_NAMES.support).row("Farsta")[4].formula).toMatch(/^=IF\(ISNUMBER\(C(\d+)\),ROUND\(C\1\*D\1,0\),""\)$/);
  });

  it("Support with every unit's users: the totals and the split are there", () => {
    const users = Object.fromEntries(tableOf(plan, "support", TABLE_NAMES.support).rows.map((row, index) => [String(row[0].value), 10 + index]));
    const filled = build("sv", { users });
    const support = tableOf(filled, "support", TABLE_NAMES.support);
    const sum = Object.values(users).reduce((s, n) => s + n, 0);
    expect(support.row("Farsta")[2]).toMatchObject({ value: users.Farsta, style: "input" });
    expect(support.row("Farsta")[4].value).toBe(users.Farsta * 250);
    expect(support.total![2].value).toBe(sum);
    expect(support.total![4].value).toBe(sum * 250);
    const grid = gridOf(sheetOf(filled, "support"));
    const totalRow = support.firstRow + support.rows.length;
    expect(grid.get(totalRow + 3)!.get(1)!.value).toBe(13000 - sum);
    expect(grid.get(totalRow + 5)!.get(3)!.value).toBe(3250000);
    // Some units only: the totals count them and the split stays blank
    const some = tableOf(build("sv", { users: { Farsta: 17, Solna: 40 } }), "support", TABLE_NAMES.support);
    expect(some.total![2].value).toBe("2 av 39 angivna");
    expect(some.total![4].value).toBe("2 av 39 angivna");
  });

  it("Avtal 2026–2030: 81/19 split and the municipal part by population, Stockholm's split over its districts", () => {
    const grid = gridOf(sheetOf(plan, "agreement2026"));
    expect(grid.get(5)!.get(1)!.value).toBeCloseTo(0.81, 12);
    expect(grid.get(6)!.get(2)!.value).toBe(4940000);
    const kommuner = tableOf(plan, "agreement2026", TABLE_NAMES.agreement2026Municipalities);
    const total = kommuner.total![3].value as number;
    expect(total).toBe(4940000);
    const sum = kommuner.rows.reduce((s, row) => s + num(row[3]), 0);
    expect(sum).toBeCloseTo(4940000, 6);
    expect(num(kommuner.row("Botkyrka")[3])).toBeCloseTo((93106 / 2344124) * 4940000, 6);
    const stockholm = num(kommuner.row("Stockholm")[3]);
    const districts = tableOf(plan, "agreement2026", TABLE_NAMES.agreement2026Districts);
    expect(districts.rows.length).toBe(14);
    expect(num(districts.total![3])).toBeCloseTo(stockholm, 6);
    expect(districts.rows.reduce((s, row) => s + num(row[3]), 0)).toBeCloseTo(stockholm, 6);

    const roundedK = tableOf(addsUp, "agreement2026", TABLE_NAMES.agreement2026Municipalities);
    expect(roundedK.headers).toEqual(["Kommun", "Invånare", "Fördelning", "Kostnad/år (exakt)", "Kostnad/år"]);
    expect(roundedK.rows.reduce((s, row) => s + num(row[4]), 0)).toBe(4940000);
    const roundedD = tableOf(addsUp, "agreement2026", TABLE_NAMES.agreement2026Districts);
    expect(roundedD.rows.reduce((s, row) => s + num(row[4]), 0)).toBe(num(roundedK.row("Stockholm")[4]));
    roundedD.rows.forEach((row) => expect(Math.abs(num(row[4]) - num(row[3]))).toBeLessThanOrEqual(1));
  });

  it("Källor och metod: each parameter's document, section, value and quote; the method; the rounding rule", () => {
    const sources = tableOf(plan, "sources", TABLE_NAMES.sources);
    const threshold = sources.row("Gränsbelopp för direktupphandling (LOU)");
    expect(threshold[1].value).toBe(615312);
    expect(threshold[2]).toMatchObject({ formula: "=Gransbelopp", value: 615312 });
    expect(threshold[3].value).toMatch(/^Överenskommelse mellan Region Stockholm/);
    expect(threshold[4].value).toBe("Bilaga 3");
    expect(threshold[5].value).toContain("615 312 kronor");
    const farsta = sources.row("Kostnad före 2020/år, Farsta");
    expect(farsta[5].value).toContain("44 278");
    expect(sources.row("Kommunernas andel 2026–2030")[5].value).toContain("19%");
    // formatNumber writes non-breaking spaces, so a figure never wraps
    const texts = sheetOf(plan, "sources").blocks.flatMap((b) => b.cells.flat()).map((c) => String(c.value).replace(/\u00a0/g, " "));
    expect(texts.some((t) => t.includes("615 312 kr / 130 365,4166 invånare (Södermalm) / 8 år = 0,590 kr per invånare och år"))).toBe(true);
    expect(texts.some((t) => t.includes("Farsta: 59 370 invånare × 0,590 kr = 35 028 kr per år"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Som i bilagan"))).toBe(true);
    const addsUpTexts = sheetOf(addsUp, "sources").blocks.flatMap((b) => b.cells.flat()).map((c) => String(c.value));
    expect(addsUpTexts.some((t) => t.startsWith("Summerar"))).toBe(true);
  });

  it("Stadsdelar carries Bilaga 3's footnote on the rest post", () => {
    const texts = sheetOf(plan, "districts").blocks.flatMap((b) => b.cells.flat()).map((c) => String(c.value));
    expect(texts).toContain("Restposten är procentuellt fördelad mellan stadsdelsförvaltningarna.");
    expect(texts.some((t) => t.startsWith("* De personer i Stockholms som saknar adress"))).toBe(true);
  });
});

describe("bad options are refused, naming the option", () => {
  const refused = (overrides: Partial<PlanOptions>): RuleInputError => {
    try {
      build("sv", overrides);
    } catch (error) {
      if (isRuleInputError(error)) return error;
      throw error;
    }
    throw new Error("the options were accepted");
  };

  it.each([
    [{ figures: { threshold: new Decimal(NaN) } }, "figures.threshold", "notANumber"],
    [{ figures: { threshold: new Decimal(-1) } }, "figures.threshold", "negative"],
    [{ figures: { years: new Decimal(0) } }, "figures.years", "notPositive"],
    [{ figures: { years: new Decimal(2.5) } }, "figures.years", "notWholeNumber"],
    [{ figures: { supportUsers: new Decimal(0) } }, "figures.supportUsers", "notPositive"],
    [{ figures: { municipalShare: new Decimal(19) } }, "figures.municipalShare", "outOfRange"],
    [{ referenceDate: "2018-02-30" }, "referenceDate", "notANumber"],
    [{ previousCosts: { Atlantis: 100 } }, "previousCosts.Atlantis", "unknownName"],
    [{ previousCosts: { Farsta: -5 } }, "previousCosts.Farsta", "negative"],
    [{ sheets: ["parameters", "charts" as never] }, "sheets[1]", "unknownName"],
    [{ county: { municipalities: [] } }, "municipalities", "empty"],
  ] as [Partial<PlanOptions>, string, string][])("%j → %s", (overrides, argument, code) => {
    const error = refused(overrides);
    expect(error.argument).toBe(argument);
    expect(error.code).toBe(code);
  });
});

describe("planSummary", () => {
  it("gives the pane Bilaga 3's figures, computed by the engine", () => {
    const summary = planSummary(defaultPlanOptions("sv"));
    expect(summary.ratePerInhabitantPerYear.toFixed(3)).toBe("0.590");
    expect(summary.largestUnit).toMatchObject({ name: "Södermalm", kind: "district" });
    expect(summary.largestUnit.population).toBeCloseTo(130365.4166, 4);
    expect(summary.totals.population).toBe(2344124);
    expect(Math.round(summary.totals.perYear)).toBe(1383004);
    expect(summary.totals.forPeriodRounded).toBe(11064036);
    expect(summary.city).toEqual({ name: "Stockholm", population: 962154, rest: 2446, districts: 14 });
    expect(Math.round(summary.cityPerYear!)).toBe(567659);
    expect(summary.procuringUnits).toBe(39);
    expect(summary.agreements.perUser.map((part) => part.costPerUser)).toEqual([250]);
    expect(summary.agreements.splits.map((split) => [split.year, split.municipalPart, split.regionPart])).toEqual([["2026", 4940000, 21060000]]);
    expect(summary.years).toBe(8);
  });

  it("agrees with the plan's parameter cells for other options", () => {
    const options = defaultPlanOptions("en", { figures: { threshold: new Decimal(700000), years: new Decimal(5) }, rounding: "addsUp" });
    const summary = planSummary(options);
    const plan = buildWorkbookPlan(options);
    const named = (name: string) => {
      const found = plan.names.find((n) => n.name === name)!;
      return cellAt(plan, found.sheetKey, found.cell.replace(/\$/g, ""))!.value;
    };
    expect(named("KrPerInvanareAr")).toBe(summary.ratePerInhabitantPerYear);
    expect(named("StorstaEnhet")).toBe(summary.largestUnit.population);
    expect(named("SummaPerAr")).toBe(summary.totals.perYear);
    const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.total![kommuner.index("Per year")].value).toBe(summary.totals.perYearRounded);
  });
});
