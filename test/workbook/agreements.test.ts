import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { AGREEMENT_2026_2030, COUNTY_2018, DEFAULT_AGREEMENTS, INTERIM_2020, type AgreementDeclaration } from "../../src/data";
import { Decimal, RuleInputError, louAllocation } from "../../src/engine";
import { annualCostParagraph, buildWorkbookPlan, defaultPlanOptions, TABLE_NAMES } from "../../src/workbook";
import { agreementProblems } from "../../src/workbook/options";
import { ANNUAL_COLUMNS, COL } from "../../src/workbook/sheets";
import type { PlanOptions } from "../../src/workbook/plan";
import { cellAt, num, referenceProblems, sheetOf, tableOf } from "./planReader";

/*
 * Agreements as data (issue 11): a test agreement declared only as data — a 70/30 split of a budget
 * shared by population, and a part per user — gives its sheets, tables, names and columns on
 * Årskostnad with no word of it in src/workbook; a set of declarations that cannot make one workbook
 * is refused field by field; the threshold follows the year chosen.
 */

const FIXTURE = join(__dirname, "..", "fixtures", "agreements", "split-70-30.json");
export const SPLIT_70_30 = JSON.parse(readFileSync(FIXTURE, "utf8")) as AgreementDeclaration;

const build = (overrides: Partial<PlanOptions> = {}, locale: "sv" | "en" = "sv") =>
  buildWorkbookPlan(defaultPlanOptions(locale, { agreements: [SPLIT_70_30], generatedAt: new Date("2026-11-22T08:00:00Z"), ...overrides }));

const farstaInclRest = louAllocation(COUNTY_2018, { threshold: 615312, years: 8 }).city!.districts.find((d) => d.name === "Farsta")!.populationIncludingRest;

describe("a 70/30 split with a part per user, declared only as data", () => {
  const plan = build();

  it("has the sheets its components make, in order, with its names", () => {
    expect(plan.sheets.map((sheet) => [sheet.key, sheet.name])).toEqual([
      ["parameters", "Parametrar"],
      ["municipalities", "Kommuner"],
      ["districts", "Stadsdelar"],
      ["agreement2031", "Avtal 2031"],
      ["licences", "Licenser"],
      ["sources", "Källor och metod"],
      ["annualCost", "Årskostnad"],
    ]);
    expect(build({}, "en").sheets.map((sheet) => sheet.name)).toEqual(["Parameters", "Municipalities", "Districts", "Agreement 2031", "Licences", "Sources and method", "Annual cost"]);
    expect(plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))).toEqual([
      TABLE_NAMES.municipalities,
      TABLE_NAMES.districts,
      "Avtal2031Kommuner",
      "Avtal2031Stadsdelar",
      "LicenserTabell",
      TABLE_NAMES.sources,
      TABLE_NAMES.annualCost,
    ]);
    expect(referenceProblems(plan)).toEqual([]);
  });

  it("puts its parameters and derived figures on Parametrar under its names, and no LOU model", () => {
    expect(plan.names.map((name) => name.name)).toEqual([
      "Referensdatum",
      "Restpost",
      "Budget2031",
      "Kommunandel2031",
      "LicensBudget",
      "LicensAnvandare",
      "InvanareLan",
      "InvanareStad",
      "Kommundel2031",
      "Regiondel2031",
      "LicensKrPerAnvandare",
    ]);
    const name = (wanted: string) => plan.names.find((candidate) => candidate.name === wanted)!;
    const value = (wanted: string) => cellAt(plan, "parameters", name(wanted).cell.replace(/\$/g, ""))?.value;
    expect([value("Kommundel2031"), value("Regiondel2031"), value("LicensKrPerAnvandare")]).toEqual([3_000_000, 7_000_000, 100]);
    const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.headers).toEqual(["Kommun", "Kommunkod", "Invånare", "Fördelning"]);
    expect(tableOf(plan, "districts", TABLE_NAMES.districts).headers).toEqual(["Stadsdelsförvaltning", "Invånare", "Invånare inkl rest", "Fördelning i Sthlm", "Fördelning alla kommuner"]);
  });

  it("splits the budget 70/30 and shares the municipal part by population", () => {
    const avtal = tableOf(plan, "agreement2031", "Avtal2031Kommuner");
    expect(num(cellAt(plan, "agreement2031", "C5")!)).toBe(7_000_000);
    expect(num(cellAt(plan, "agreement2031", "C6")!)).toBe(3_000_000);
    expect(avtal.total![3].formula).toBe("=Kommundel2031");
    const farsta = tableOf(plan, "agreement2031", "Avtal2031Stadsdelar").row("Farsta");
    expect(farsta[3].formula).toMatch(/^=Kommundel2031\*B\d+\/InvanareLan$/);
    expect(new Decimal(num(farsta[3])).toFixed(6)).toBe(new Decimal(3_000_000).times(farstaInclRest).div(2_344_124).toFixed(6));
  });

  it("gives each unit's parts and their total on Årskostnad, blank until its users are entered", () => {
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    expect(annual.headers).toEqual(["Enhet", "Typ", "Invånare", "Driftdel 2031", "Licensdel 2031", "Totalt 2031", "Belopp före 2031/år", "Förändring från före 2031 till 2031 kr", "Förändring från före 2031 till 2031 %"]);
    const farsta = annual.row("Farsta");
    expect(farsta[4].value).toBeNull();
    expect(farsta[5].value).toBeNull();
    expect(farsta[4].formula).toMatch(/^=IF\(ISNUMBER\('Licenser'!\$E\$\d+\),'Licenser'!\$E\$\d+,""\)$/);
    const withUsers = tableOf(build({ users: { Farsta: 17 } }), "annualCost", TABLE_NAMES.annualCost).row("Farsta");
    expect(num(withUsers[4])).toBe(1700);
    expect(num(withUsers[5])).toBeCloseTo(num(withUsers[3]) + 1700, 6);
    // Farsta's 44 278 kr is from before 2020: no agreement of this plan follows it, so it is not there
    expect(withUsers[6].value).toBeNull();
    const withPrevious = tableOf(build({ users: { Farsta: 17 }, previousCosts: { Farsta: 70000 } }), "annualCost", TABLE_NAMES.annualCost).row("Farsta");
    expect(num(withPrevious[7])).toBeCloseTo(num(withPrevious[5]) - 70000, 6);
  });

  it("writes its own words: the subtitle, the notes, the method, the sources, the paragraph", () => {
    const words = (key: string) => sheetOf(plan, key).blocks.flatMap((block) => block.cells.flat()).map((cell) => String(cell.value));
    expect(words("annualCost")).toContain("Vad varje upphandlande enhet betalar i kronor per år enligt testavtalet 2031–2035 (driftdelen och licensdelen).");
    expect(words("annualCost").some((text) => text.startsWith("Licensdelen och Totalt 2031 är tomma tills enhetens antal användare har fyllts i på bladet Licenser"))).toBe(true);
    expect(words("sources")).toContain("Från 2031 delas kostnaden för drift mellan Region Stockholm (70 %) och kommunerna (30 %), och kommunernas del fördelas efter invånarantal.");
    expect(tableOf(plan, "sources", TABLE_NAMES.sources).row("Licenser per år")[5].value).toBe("Licenserna kostar 1 200 000 kronor per år.");
    const paragraph = annualCostParagraph(defaultPlanOptions("sv", { agreements: [SPLIT_70_30], users: { Farsta: 17 } }));
    expect(paragraph).toContain(
      "Enligt testavtalet 2031–2035 betalar kommunerna tillsammans 3\u00a0000\u00a0000\u00a0kr för 2031: 30\u00a0% av kostnaden för drift, som är budgeterad till 10\u00a0000\u00a0000\u00a0kr för 2031.",
    );
    expect(paragraph).toMatch(/Enligt testavtalet 2031–2035 betalar Farsta [\d\u00a0]+\u00a0kr för 2031: [\d\u00a0]+\u00a0kr för driften och 1\u00a0700\u00a0kr för licenser\./);
    expect(annualCostParagraph(defaultPlanOptions("sv", { agreements: [SPLIT_70_30] }))).toMatch(/därtill kommer licensdelen, som beror på antalet användare\./);
  });

  it("needs no word of its own in src/workbook", () => {
    const dir = join(__dirname, "..", "..", "src", "workbook");
    const own = ["Licens", "2031", "Driftdel", "Avtal2031"];
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts"));
    const found = files.flatMap((file) => own.filter((word) => readFileSync(join(dir, file), "utf8").includes(word)).map((word) => `${file}: ${word}`));
    expect(found).toEqual([]);
  });
});

describe("a set of agreements that cannot make one workbook", () => {
  const problems = (list: readonly AgreementDeclaration[]) => agreementProblems(list, "sv").map((problem) => `${problem.agreement} ${problem.field}: ${problem.message}`);

  it("is refused by the plan, naming the agreement and the field", () => {
    const refused = () => buildWorkbookPlan(defaultPlanOptions("sv", { agreements: [...DEFAULT_AGREEMENTS, SPLIT_70_30] }));
    expect(refused).toThrow(RuleInputError);
    expect(refused).toThrow(/^agreements\[2\]\.parameters\[0\]\.key: siffran ”budget2026” finns redan i ett avtal i arbetsboken/);
  });

  it("names every field at fault, in the user's language", () => {
    const broken: AgreementDeclaration = {
      ...SPLIT_70_30,
      total: undefined,
      period: { from: "2031-02-30" },
      parameters: SPLIT_70_30.parameters.map((parameter, index) =>
        index === 0 ? { ...parameter, key: "budget" } : index === 1 ? { ...parameter, value: 30 } : index === 3 ? { ...parameter, name: "A1" } : parameter,
      ),
      components: SPLIT_70_30.components.map((component) =>
        component.kind === "perUser" ? { ...component, users: "Kommunandel2031", sheet: { ...component.sheet, name: { sv: "Kommuner", en: "Licences" } } } : component,
      ),
    };
    expect(problems([broken])).toEqual([
      "0 period.from: ”2031-02-30” är inget datum (ÅÅÅÅ-MM-DD)",
      "0 parameters[0].key: ”budget” är ingen av de siffror ett avtal kan ha (threshold, years, supportBudget, supportUsers, budget2026, municipalShare)",
      "0 parameters[1].value: en andel kan inte vara över 100 % (3\u00a0000\u00a0%)",
      "0 parameters[3].name: ”A1” kan inte vara ett namn i Excel (en bokstav först, sedan bokstäver, siffror, _ eller punkt; inte en celladress)",
      "0 components[2].users: parametern ”Kommunandel2031” har fel enhet: här krävs ett antal användare",
      "0 components[2].sheet.name.sv: bladet ”Kommuner” finns redan i arbetsboken",
      "0 total: avtalet ger enheterna flera belopp och behöver en rubrik för deras summa på Årskostnad",
    ]);
    expect(agreementProblems([broken], "en")[0].message).toBe('"2031-02-30" is not a date (YYYY-MM-DD)');
  });

  it("holds one LOU model, names each figure once and each agreement once", () => {
    const second = { ...INTERIM_2020, id: "2020b", parameters: [], components: INTERIM_2020.components.slice(0, 1) };
    expect(problems([INTERIM_2020, second])).toEqual(
      expect.arrayContaining(["1 components[0].threshold: ”Gransbelopp” är ingen parameter i avtalet", "1 components[0].kind: en arbetsbok kan bara ha en LOU-modell (begränsad befolkningsandel, med tabellerna Kommuner och Stadsdelar)"]),
    );
    expect(problems([AGREEMENT_2026_2030, AGREEMENT_2026_2030])[0]).toBe("1 id: avtalet ”2026-2030” finns redan i arbetsboken");
    const amountless = { ...AGREEMENT_2026_2030, components: AGREEMENT_2026_2030.components.slice(0, 1) };
    expect(problems([amountless])).toEqual(["0 components: avtalet ger ingen enhet något belopp: det behöver en LOU-modell, en del per användare eller en del efter invånare"]);
    const unknownAmount = { ...AGREEMENT_2026_2030, components: AGREEMENT_2026_2030.components.map((c) => (c.kind === "populationShare" ? { ...c, amount: "Kommunandel2026" } : c)) };
    expect(problems([unknownAmount])).toEqual(["0 components[1].amount: ”Kommunandel2026” är varken en parameter i kronor eller kommunernas del i en fast procentuell fördelning i avtalet"]);
  });

  it("accepts today's two agreements and the test agreement alone", () => {
    expect(problems(DEFAULT_AGREEMENTS)).toEqual([]);
    expect(problems([SPLIT_70_30])).toEqual([]);
  });
});

describe("the threshold of a year chosen", () => {
  it("is the one in force on its first day, its source and period on Källor och metod", () => {
    const options = defaultPlanOptions("sv", { year: 2027 });
    expect(options.figures.threshold?.toNumber()).toBe(700000);
    const plan = buildWorkbookPlan(options);
    const row = tableOf(plan, "sources", TABLE_NAMES.sources).row("Gränsbelopp för direktupphandling (LOU)");
    expect(row.map((cell) => cell.value)).toEqual([
      "Gränsbelopp för direktupphandling (LOU)",
      700000,
      700000,
      "Upphandlingsmyndigheten: Tröskelvärden och direktupphandlingsgränser",
      "Direktupphandlingsgräns enligt LOU (gäller från 1 februari 2022; valt budgetår 2027)",
      "700 000 kronor från den 1 februari 2022; ett fast belopp i lagen sedan 2024",
    ]);
    const en = tableOf(buildWorkbookPlan(defaultPlanOptions("en", { year: 2021 })), "sources", TABLE_NAMES.sources).row("Direct-procurement threshold (LOU)");
    expect(en[4].value).toBe("Tröskelvärden och direktupphandlingsgräns enligt LOU (in force 1 January 2020–31 December 2021; budget year chosen 2021)");
  });

  it("is overruled by a threshold given; the source still says what the table has", () => {
    const plan = buildWorkbookPlan(defaultPlanOptions("sv", { year: 2027, figures: { threshold: new Decimal(650000) } }));
    const row = tableOf(plan, "sources", TABLE_NAMES.sources).row("Gränsbelopp för direktupphandling (LOU)");
    expect([row[1].value, row[2].value]).toEqual([700000, 650000]);
  });

  it("without a year is the agreement's own, with its source (Bilaga 3)", () => {
    const row = tableOf(buildWorkbookPlan(defaultPlanOptions("sv")), "sources", TABLE_NAMES.sources).row("Gränsbelopp för direktupphandling (LOU)");
    expect([row[1].value, row[3].value, row[4].value]).toEqual([615312, expect.stringMatching(/^Överenskommelse mellan Region Stockholm/), "Bilaga 3"]);
  });

  it("is refused before the table begins, and without a LOU model", () => {
    expect(() => buildWorkbookPlan(defaultPlanOptions("sv", { year: 2017 }))).toThrow(/^year: för 2017 finns inget gränsbelopp i tabellen över gränsbelopp \(den börjar 2018-01-01\)/);
    expect(() => buildWorkbookPlan(defaultPlanOptions("en", { year: 2027, agreements: [SPLIT_70_30] }))).toThrow(/^year: no agreement of the workbook has a threshold/);
  });
});

test("defined names and table names are one namespace, whatever the case", () => {
  const clash = {
    ...SPLIT_70_30,
    components: SPLIT_70_30.components.map((component) => (component.kind === "perUser" ? { ...component, table: "budget2031" } : component)),
  };
  expect(agreementProblems([clash], "en").map((problem) => `${problem.field}: ${problem.message}`)).toEqual(['components[2].table: the name "budget2031" is already used in the workbook']);
  const builtIn = { ...SPLIT_70_30, parameters: SPLIT_70_30.parameters.map((p, i) => (i === 0 ? { ...p, name: "KallorTabell" } : p)) };
  expect(agreementProblems([builtIn], "sv")[0].field).toBe("parameters[0].name");
});

test("the named columns of Årskostnad (annualFigures COL, read by the Excel writer's chart) are those the default agreements give", () => {
  const plan = buildWorkbookPlan(defaultPlanOptions("sv", { generatedAt: new Date("2026-11-22T08:00:00Z") }));
  const headers = tableOf(plan, "annualCost", TABLE_NAMES.annualCost).headers;
  expect(headers).toHaveLength(ANNUAL_COLUMNS.length);
  expect([headers[COL.lou], headers[COL.support], headers[COL.total2020], headers[COL.amount2026], headers[COL.change], headers[COL.previous]]).toEqual([
    "LOU-del 2020",
    "Supportdel 2020",
    "Totalt 2020",
    "Avtal 2026–2030",
    "Förändring 2020–2026 kr",
    "Belopp före 2020/år",
  ]);
});
