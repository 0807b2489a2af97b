import { isRuleInputError, type CountyPopulation } from "../../src/engine";
import { annualCostParagraph, buildWorkbookPlan, defaultPlanOptions, TABLE_NAMES } from "../../src/workbook";
import type { PlanCell, PlanOptions, WorkbookPlan } from "../../src/workbook";
import { parseCellAddress } from "../../src/formula/a1";
import { cellAt, gridOf, num, referenceProblems, sheetOf, tableOf, whole } from "./planReader";

/*
 * Årskostnad (issue 12): per unit and year the LOU part and the support part under the 2020
 * agreement, the share of the municipal part under 2026–2030, the changes; blanks where a figure is
 * missing; totals that say only true things; the paragraph for the paper.
 */

const FIXED = { generatedAt: new Date("2026-11-22T08:00:00Z"), version: "9.9.9" };
const options = (overrides: Partial<PlanOptions> = {}, locale: "sv" | "en" = "sv") => defaultPlanOptions(locale, { ...FIXED, ...overrides });
const build = (overrides: Partial<PlanOptions> = {}, locale: "sv" | "en" = "sv") => buildWorkbookPlan(options(overrides, locale));

const HEADERS = [
  "Enhet",
  "Typ",
  "Invånare",
  "LOU-del 2020",
  "Supportdel 2020",
  "Totalt 2020",
  "Avtal 2026–2030",
  "Förändring 2020–2026 kr",
  "Förändring 2020–2026 %",
  "Belopp före 2020/år",
  "Förändring från före 2020 till 2020 kr",
  "Förändring från före 2020 till 2020 %",
];

/** The value a formula refers to on another sheet: `='Stadsdelar'!$F$7` → that cell of the plan. */
function referred(plan: WorkbookPlan, formula: string): PlanCell {
  const match = /^='([^']+)'!\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!match) throw new Error(`not a plain reference: ${formula}`);
  const sheet = plan.sheets.find((s) => s.name === match[1])!;
  return cellAt(plan, sheet.key, `${match[2]}${match[3]}`)!;
}

const texts = (plan: WorkbookPlan, key: "annualCost" | "support" | "sources") =>
  sheetOf(plan, key)
    .blocks.flatMap((block) => block.cells.flat())
    .map((cell) => cell.value)
    .filter((value): value is string => typeof value === "string");

describe("Årskostnad, as the annex computes (som bilagan)", () => {
  const plan = build();
  const table = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
  const col = (header: string) => table.index(header);

  it("is the last sheet, a table of every procuring unit: the municipalities but Stockholm, then the districts", () => {
    expect(plan.sheets.at(-1)!.name).toBe("Årskostnad");
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows).toHaveLength(25 + 14);
    expect(table.rows.map((row) => row[0].value)).not.toContain("Stockholm");
    expect(table.row("Farsta")[1].value).toBe("Stadsdel, Stockholm");
    expect(table.row("Solna")[1].value).toBe("Kommun");
    expect(texts(plan, "annualCost").some((text) => text.startsWith("Stockholm står inte som egen rad"))).toBe(true);
    expect(referenceProblems(plan)).toEqual([]);
  });

  it("Farsta: 35 028 kr LOU part a year, from Stadsdelar; its 2026–2030 share from Avtal 2026–2030", () => {
    const farsta = table.row("Farsta");
    expect(whole(num(farsta[col("LOU-del 2020")]))).toBe(35028);
    expect(referred(plan, farsta[col("LOU-del 2020")].formula!).value).toBe(farsta[col("LOU-del 2020")].value);
    expect(farsta[col("LOU-del 2020")].formula).toMatch(/^='Stadsdelar'!\$F\$\d+$/);
    expect(farsta[col("Avtal 2026–2030")].formula).toMatch(/^='Avtal 2026–2030'!\$D\$\d+$/);
    expect(num(farsta[col("Avtal 2026–2030")])).toBeCloseTo((4940000 * num(farsta[col("Invånare")])) / 2344124, 8);
    expect(referred(plan, farsta[col("Invånare")].formula!).value).toBe(farsta[col("Invånare")].value);
  });

  it("without users, the support part, the 2020 total and the change are blank (\"\"), never 0 kr", () => {
    for (const row of table.rows) {
      for (const header of ["Supportdel 2020", "Totalt 2020", "Förändring 2020–2026 kr", "Förändring 2020–2026 %"]) {
        expect(row[col(header)].value).toBeNull();
        expect(row[col(header)].formula).toMatch(/,""\)$/);
      }
    }
    const farsta = table.row("Farsta");
    expect(farsta[col("Supportdel 2020")].formula).toMatch(/^=IF\(ISNUMBER\('Support'!\$E\$(\d+)\),'Support'!\$E\$\1,""\)$/);
    expect(farsta[col("Totalt 2020")].formula).toMatch(/^=IF\(ISNUMBER\(E(\d+)\),D\1\+E\1,""\)$/);
    expect(texts(plan, "annualCost").some((text) => text.includes("en tom cell betyder att uppgiften saknas, inte 0 kr"))).toBe(true);
  });

  it("with users: LOU part + support part = the 2020 total, and the change to 2026 in kronor and percent", () => {
    const withUsers = build({ users: { Farsta: 17, Solna: 120 } });
    const t = tableOf(withUsers, "annualCost", TABLE_NAMES.annualCost);
    const farsta = t.row("Farsta");
    expect(num(farsta[col("Supportdel 2020")])).toBe(17 * 250);
    expect(num(farsta[col("Totalt 2020")])).toBeCloseTo(num(farsta[col("LOU-del 2020")]) + 4250, 9);
    const change = num(farsta[col("Avtal 2026–2030")]) - num(farsta[col("Totalt 2020")]);
    expect(num(farsta[col("Förändring 2020–2026 kr")])).toBeCloseTo(change, 9);
    expect(num(farsta[col("Förändring 2020–2026 %")])).toBeCloseTo(change / num(farsta[col("Totalt 2020")]), 12);
    expect(num(t.row("Solna")[col("Supportdel 2020")])).toBe(30000);
    // Other units still have none
    expect(t.row("Bromma")[col("Totalt 2020")].value).toBeNull();
    expect(t.total![col("Supportdel 2020")].value).toBe("2 av 39 angivna");
  });

  it("the total row: the county's LOU total per year and the municipal part 2026, exactly", () => {
    expect(num(table.total![col("LOU-del 2020")])).toBeCloseTo(1383004.4657229, 6);
    expect(num(table.total![col("Avtal 2026–2030")])).toBeCloseTo(4940000, 6);
    expect(table.total![col("Invånare")].value).toBe(2344124);
    expect(table.total![col("Totalt 2020")].value).toBeNull();
  });

  it("previous amounts: Farsta's 44 278 kr of before 2020 carried in as an input, compared with the 2020 total (blank until its users are entered); the total counts instead of summing", () => {
    const farsta = table.row("Farsta");
    expect(farsta[col("Belopp före 2020/år")]).toMatchObject({ value: 44278, style: "input" });
    expect(farsta[col("Förändring från före 2020 till 2020 kr")]).toMatchObject({ value: null });
    expect(farsta[col("Förändring från före 2020 till 2020 kr")].formula).toMatch(/^=IF\(COUNT\(J(\d+),F\1\)=2,F\1-J\1,""\)$/);
    const withUsers = tableOf(build({ users: { Farsta: 17 } }), "annualCost", TABLE_NAMES.annualCost).row("Farsta");
    expect(num(withUsers[col("Förändring från före 2020 till 2020 kr")])).toBeCloseTo(num(withUsers[col("Totalt 2020")]) - 44278, 9);
    expect(table.total![col("Belopp före 2020/år")].value).toBe("1 av 39 angivna");
    expect(table.total![col("Förändring från före 2020 till 2020 kr")].value).toBeNull();
    const inputs = sheetOf(plan, "annualCost").inputs!;
    expect(inputs).toHaveLength(39);
    expect(inputs.every((entry) => entry.field === "previousCost" && entry.header === "Belopp före 2020/år" && entry.unitHeader === "Enhet")).toBe(true);
    const farstaInput = inputs.find((entry) => entry.unit.name === "Farsta")!;
    expect(cellAt(plan, "annualCost", farstaInput.cell)!.value).toBe(44278);
  });

  it("previous amounts of 2025: compared with the amount for 2026, the headers naming both years; Kommuner and Stadsdelar keep theirs for before 2020, empty", () => {
    const plan2025 = build({ previousCosts: { Farsta: 110000, Solna: 160000 }, previousPeriod: { kind: "year", year: 2025 } });
    const t = tableOf(plan2025, "annualCost", TABLE_NAMES.annualCost);
    expect(t.headers.slice(-3)).toEqual(["Belopp 2025/år", "Förändring 2025–2026 kr", "Förändring 2025–2026 %"]);
    const farsta = t.row("Farsta");
    expect(num(farsta[t.index("Förändring 2025–2026 kr")])).toBeCloseTo(num(farsta[t.index("Avtal 2026–2030")]) - 110000, 9);
    expect(num(farsta[t.index("Förändring 2025–2026 %")])).toBeCloseTo(num(farsta[t.index("Avtal 2026–2030")]) / 110000 - 1, 12);
    const stadsdelar = tableOf(plan2025, "districts", TABLE_NAMES.districts);
    expect(stadsdelar.headers.slice(-3)).toEqual(["Kostnad före 2020/år", "Förändring från före 2020 till 2020 kr", "Förändring från före 2020 till 2020 %"]);
    expect(stadsdelar.row("Farsta")[stadsdelar.index("Kostnad före 2020/år")].value).toBeNull();
    expect(texts(plan2025, "annualCost")).toContain("Belopp 2025: vad enheten betalade per år 2025, hela årsbeloppet; förändringen jämför Avtal 2026–2030 med det.");
  });

  it("a period no agreement follows directly is refused, naming the option and the periods that are", () => {
    try {
      build({ previousCosts: { Farsta: 1 }, previousPeriod: { kind: "year", year: 2022 } });
      throw new Error("accepted");
    } catch (error) {
      expect(isRuleInputError(error) && error.argument).toBe("previousPeriod");
      expect((error as Error).message).toContain("före 2020 eller 2025");
    }
  });
});

describe("total rows that say only true things", () => {
  const everyUnit = (plan: WorkbookPlan, amount: (index: number) => number) =>
    Object.fromEntries(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).rows.map((row, index) => [String(row[0].value), amount(index)]));

  it("no previous amount: blank totals everywhere", () => {
    const plan = build({ previousCosts: {} });
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    expect(annual.total![annual.index("Belopp 2025/år")].value).toBeNull();
    const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
    expect(stadsdelar.total![stadsdelar.index("Kostnad före 2020/år")].value).toBeNull();
    expect(stadsdelar.total![stadsdelar.index("Förändring från före 2020 till 2020 kr")].value).toBeNull();
  });

  it("some previous amounts: the count of rows that have one, on every sheet with previous amounts", () => {
    const plan = build({ previousCosts: { Farsta: 44278, Bromma: 50000, Solna: 40000 }, previousPeriod: { kind: "before", year: 2020 } });
    expect(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).total![9].value).toBe("3 av 39 angivna");
    const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
    expect(stadsdelar.total![stadsdelar.index("Kostnad före 2020/år")].value).toBe("2 av 14 angivna");
    const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.total![kommuner.index("Kostnad före 2020/år")].value).toBe("1 av 26 angivna");
    expect(kommuner.total![kommuner.index("Kostnad före 2020/år")].formula).toBe(
      '=IF(COUNT(G5:G30)=ROWS(G5:G30),SUM(G5:G30),IF(COUNT(G5:G30)=0,"",COUNT(G5:G30)&" av "&ROWS(G5:G30)&" angivna"))',
    );
    const en = tableOf(build({ previousCosts: { Farsta: 1 }, previousPeriod: { kind: "before", year: 2020 } }, "en"), "districts", TABLE_NAMES.districts);
    expect(en.total![en.index("Cost before 2020 per year")].value).toBe("1 of 14 entered");
  });

  it("every row with a previous amount: the sum, and the change of the totals", () => {
    const base = build();
    const previousCosts = everyUnit(base, (index) => 10000 + index * 100);
    const plan = build({ previousCosts, previousPeriod: { kind: "year", year: 2025 } });
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    const sum = Object.values(previousCosts).reduce((s, v) => s + v, 0);
    expect(annual.total![annual.index("Belopp 2025/år")].value).toBe(sum);
    expect(num(annual.total![annual.index("Förändring 2025–2026 kr")])).toBeCloseTo(4940000 - sum, 6);
    const before = build({ previousCosts, previousPeriod: { kind: "before", year: 2020 } });
    const stadsdelar = tableOf(before, "districts", TABLE_NAMES.districts);
    const districtsSum = stadsdelar.rows.slice(0, -1).reduce((s, row) => s + (row[stadsdelar.index("Kostnad före 2020/år")].value as number), 0);
    expect(stadsdelar.total![stadsdelar.index("Kostnad före 2020/år")].value).toBe(districtsSum);
  });

  it("Support's totals and split count too, and fill once every unit has its users", () => {
    const base = build();
    const plan = build({ users: everyUnit(base, () => 100), rounding: "addsUp" });
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    expect(annual.total![annual.index("Supportdel 2020")].value).toBe(39 * 100 * 250);
    expect(num(annual.total![annual.index("Totalt 2020")])).toBe(1383004 + 39 * 25000);
    expect(num(annual.total![annual.index("Förändring 2020–2026 kr")])).toBe(4940000 - 1383004 - 39 * 25000);
  });
});

describe("Årskostnad in adds-up mode (summerar)", () => {
  const plan = build({ rounding: "addsUp", users: { Farsta: 17 } });
  const table = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);

  it("takes the rounded figures that add up: whole kronor summing to the rounded totals", () => {
    const lou = table.index("LOU-del 2020");
    const amount = table.index("Avtal 2026–2030");
    for (const row of table.rows) {
      expect(Number.isInteger(num(row[lou]))).toBe(true);
      expect(Number.isInteger(num(row[amount]))).toBe(true);
    }
    expect(table.rows.reduce((s, row) => s + num(row[lou]), 0)).toBe(1383004);
    expect(table.rows.reduce((s, row) => s + num(row[amount]), 0)).toBe(4940000);
    expect(table.row("Farsta")[lou].formula).toMatch(/^='Stadsdelar'!\$H\$\d+$/);
    expect(table.row("Farsta")[amount].formula).toMatch(/^='Avtal 2026–2030'!\$E\$\d+$/);
    expect(num(table.row("Farsta")[table.index("Totalt 2020")])).toBe(num(table.row("Farsta")[lou]) + 4250);
  });

  it("says why a rounded row differs from the annex, under each table that adds up", () => {
    const notes = (key: "municipalities" | "districts") =>
      sheetOf(plan, key)
        .blocks.flatMap((block) => block.cells.flat())
        .map((cell) => String(cell.value).replace(/\u00a0/g, " "))
        .filter((text) => text.startsWith("Summerar:"));
    const [kommuner] = notes("municipalities");
    expect(kommuner).toContain("Solna: 47 759,51 kr visas som 47 759 kr (vanlig avrundning: 47 760 kr)");
    expect(kommuner).toContain("Norrtälje: 2,6351 % visas som 2,63 % (vanlig avrundning: 2,64 %)");
    expect(notes("districts")).toHaveLength(1);
    expect(texts(build(), "annualCost").some((text) => text.startsWith("Summerar:"))).toBe(false);
  });
});

describe("the paragraph for the paper", () => {
  const paragraphCell = (plan: WorkbookPlan): PlanCell => {
    const cells = sheetOf(plan, "annualCost").blocks.flatMap((block) => block.cells.flat());
    return cells.find((cell) => cell.formula?.includes("FIXED(KrPerInvanareAr,3)"))!;
  };
  const plain = (text: string) => text.replace(/\u00a0/g, " ");

  it("users not entered: the LOU part named as such, the support part on top for the reader; 2026 for 2026; Farsta's amount before 2020 alone", () => {
    const text = annualCostParagraph(options());
    expect(plain(text)).toBe(
      "Enligt överenskommelsen 2020 betalar kommunerna i länet 1 383 004 kr per år för IT-systemet (LOU-delen: 0,590 kr per invånare och år för länets 2 344 124 invånare); " +
        "därtill kommer supportdelen, som varje kommun och stadsdel betalar efter sitt antal användare (250,00 kr per användare och år). " +
        "Enligt avtalet 2026–2030 betalar kommunerna tillsammans 4 940 000 kr för 2026: 19 % av kostnaden för drift och förvaltning, som är budgeterad till 26 000 000 kr för 2026. " +
        "Största upphandlande enhet är Södermalm med 130 365 invånare; den betalar hela gränsbeloppet för direktupphandling, 615 312 kr under avtalsperiodens 8 år. " +
        "Enligt överenskommelsen 2020 betalar Farsta 35 028 kr per år för IT-systemet (LOU-delen); därtill kommer supportdelen, som beror på antalet användare. " +
        "Före 2020 betalade Farsta 44 278 kr per år. " +
        "Enligt avtalet 2026–2030 betalar Farsta 125 116 kr för 2026.",
    );
    // no spreadsheet instruction for the paper's reader
    expect(text).not.toMatch(/bladet|fyllts i|sheet/);
    // The workbook's cell caches the same text
    expect(paragraphCell(build()).value).toBe(text);
  });

  it("every figure is kept with its unit by a non-breaking space, and no figure follows another", () => {
    for (const locale of ["sv", "en"] as const) {
      for (const overrides of [{}, { users: { Farsta: 17 } }, { previousCosts: { Farsta: 1000 }, previousPeriod: { kind: "year", year: 2025 } as const }]) {
        const text = annualCostParagraph(options(overrides, locale));
        expect(text).not.toMatch(/\d[ ](kr|%|år|invånare|inhabitants|years)\b/);
        // two figures side by side ("2020 0,590") would read as one
        expect(text.replace(/\u00a0/g, "~")).not.toMatch(/\d[ ]+\d/);
      }
    }
  });

  it("with Farsta's users: its 2020 total and parts, the change against before 2020 and to 2026, in percent as the table shows it; in English as well", () => {
    const sv = plain(annualCostParagraph(options({ users: { Farsta: 17 } })));
    expect(sv).toContain("Enligt överenskommelsen 2020 betalar Farsta 39 278 kr per år: 35 028 kr för IT-systemet och 4 250 kr för support.");
    expect(sv).toContain("Före 2020 betalade Farsta 44 278 kr per år; beloppet enligt överenskommelsen 2020 är en minskning med 5 000 kr (11,29 %).");
    expect(sv).toContain("Jämfört med 2020 är det en ökning med 85 838 kr (218,54 %).");
    const en = annualCostParagraph(options({ users: { Farsta: 17 }, previousCosts: {} }, "en"));
    expect(en).toContain("Under the 2020 agreement Farsta pays 39,278\u00a0kr a year: 35,028\u00a0kr for the IT system and 4,250\u00a0kr for support.");
    expect(en).toContain("Compared with 2020 that is an increase of 85,838\u00a0kr (218.54%).");
    expect(en).not.toContain("paid");
    expect(paragraphCell(build({ users: { Farsta: 17 }, previousCosts: {} }, "en")).value).toBe(en);
  });

  it("every unit's users entered: the county's 2020 total with its parts", () => {
    const base = build();
    const users = Object.fromEntries(tableOf(base, "annualCost", TABLE_NAMES.annualCost).rows.map((row) => [String(row[0].value), 100]));
    const text = plain(annualCostParagraph(options({ users })));
    expect(text).toContain(
      "Enligt överenskommelsen 2020 betalar kommunerna i länet sammanlagt 2 358 004 kr per år: 1 383 004 kr för IT-systemet (LOU-delen: 0,590 kr per invånare och år för länets 2 344 124 invånare) och 975 000 kr för support.",
    );
    expect(text).not.toContain("därtill kommer");
  });

  it("another unit, chosen in the options; a decrease against an amount of 2025 is said as one", () => {
    const text = plain(annualCostParagraph(options({ paragraphUnit: "solna", previousCosts: { Solna: 500000 }, previousPeriod: { kind: "year", year: 2025 } })));
    expect(text).toContain("Enligt avtalet 2026–2030 betalar Solna 170 594 kr för 2026.");
    expect(text).toContain("År 2025 betalade Solna 500 000 kr; beloppet enligt avtalet 2026–2030 är en minskning med 329 406 kr (65,88 %).");
    const plan = build({ paragraphUnit: "solna" });
    expect(cellAt(plan, "annualCost", unitCellOf(plan))!.value).toBe("Solna");
  });

  it("the largest unit for a county of its own; an unknown unit is refused, naming the option", () => {
    const county: CountyPopulation = { municipalities: [{ name: "Ankeby", population: 1000 }, { name: "Borka", population: 2500 }] };
    expect(annualCostParagraph(options({ county }))).toContain("Största upphandlande enhet är Borka med 2\u00a0500\u00a0invånare");
    try {
      build({ paragraphUnit: "Atlantis" });
      throw new Error("accepted");
    } catch (error) {
      expect(isRuleInputError(error) && error.argument).toBe("paragraphUnit");
    }
  });

  it("every figure is a formula: FIXED of a cell or a defined name, never a typed number, never TEXT", () => {
    const formula = paragraphCell(build()).formula!;
    expect(formula).not.toMatch(/\bTEXT\(/);
    const literals = formula.match(/"(?:[^"]|"")*"/g)!.join(" ");
    // The only digits in its texts are the agreements' names and years
    expect(literals.replace(/2026–2030|2020|2026/g, "")).not.toMatch(/\d/);
    for (const name of ["InvanareLan", "KrPerInvanareAr", "SummaPerAr", "Kommundel2026", "Budget2026", "SupportKrPerAnvandare", "StorstaEnhet", "Gransbelopp", "Avtalsar"]) {
      expect(formula).toContain(`FIXED(${name},`);
    }
    expect(formula.length).toBeLessThan(8192);
  });

  it("finds the unit with MATCH and copies its row with INDEX; the largest unit by StorstaEnhet", () => {
    const plan = build();
    const grid = gridOf(sheetOf(plan, "annualCost"));
    const unit = parseCellAddress(unitCellOf(plan));
    const position = grid.get(unit.row + 1)!.get(1)!;
    expect(position.formula).toBe("=IF(ISNA(MATCH($B$56,$A$5:$A$43,0)),0,MATCH($B$56,$A$5:$A$43,0))");
    expect(position.value).toBe(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).rows.findIndex((row) => row[0].value === "Farsta") + 1);
    const copied = grid.get(unit.row + 3)!;
    expect(copied.get(3)!.formula).toBe('=IF($B$57=0,"",IF(ISNUMBER(INDEX($D$5:$D$43,$B$57)),INDEX($D$5:$D$43,$B$57),""))');
    expect(whole(num(copied.get(3)!))).toBe(35028);
    expect(grid.get(unit.row + 4)!.get(1)!).toMatchObject({ value: "Södermalm", formula: "=INDEX($A$5:$A$43,MATCH(StorstaEnhet,$C$5:$C$43,0))" });
  });
});

/** The paragraph's unit input cell: the one text input on Årskostnad. */
function unitCellOf(plan: WorkbookPlan): string {
  const sheet = sheetOf(plan, "annualCost");
  for (const [row, cells] of gridOf(sheet)) {
    for (const [column, cell] of cells) if (cell.style === "input" && typeof cell.value === "string") return `${String.fromCharCode(65 + column)}${row}`;
  }
  throw new Error("no unit cell");
}
