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
  "Tidigare belopp/år",
  "Förändring mot tidigare kr",
  "Förändring mot tidigare %",
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

  it("previous amounts: Farsta's 44 278 kr carried in as an input, its change against the 2026 amount; the total counts instead of summing", () => {
    const farsta = table.row("Farsta");
    expect(farsta[col("Tidigare belopp/år")]).toMatchObject({ value: 44278, style: "input" });
    expect(num(farsta[col("Förändring mot tidigare kr")])).toBeCloseTo(num(farsta[col("Avtal 2026–2030")]) - 44278, 9);
    expect(table.total![col("Tidigare belopp/år")].value).toBe("1 av 39 angivna");
    expect(table.total![col("Förändring mot tidigare kr")].value).toBeNull();
    const inputs = sheetOf(plan, "annualCost").inputs!;
    expect(inputs).toHaveLength(39);
    expect(inputs.every((entry) => entry.field === "previousCost" && entry.header === "Tidigare belopp/år" && entry.unitHeader === "Enhet")).toBe(true);
    const farstaInput = inputs.find((entry) => entry.unit.name === "Farsta")!;
    expect(cellAt(plan, "annualCost", farstaInput.cell)!.value).toBe(44278);
  });
});

describe("total rows that say only true things", () => {
  const everyUnit = (plan: WorkbookPlan, amount: (index: number) => number) =>
    Object.fromEntries(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).rows.map((row, index) => [String(row[0].value), amount(index)]));

  it("no previous amount: blank totals everywhere", () => {
    const plan = build({ previousCosts: {} });
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    expect(annual.total![annual.index("Tidigare belopp/år")].value).toBeNull();
    const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
    expect(stadsdelar.total![stadsdelar.index("Tidigare kostnad/år")].value).toBeNull();
    expect(stadsdelar.total![stadsdelar.index("Förändring kr")].value).toBeNull();
  });

  it("some previous amounts: the count of rows that have one, on every sheet with previous amounts", () => {
    const plan = build({ previousCosts: { Farsta: 44278, Bromma: 50000, Solna: 40000 } });
    expect(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).total![9].value).toBe("3 av 39 angivna");
    const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
    expect(stadsdelar.total![stadsdelar.index("Tidigare kostnad/år")].value).toBe("2 av 14 angivna");
    const kommuner = tableOf(plan, "municipalities", TABLE_NAMES.municipalities);
    expect(kommuner.total![kommuner.index("Tidigare kostnad/år")].value).toBe("1 av 26 angivna");
    expect(kommuner.total![kommuner.index("Tidigare kostnad/år")].formula).toBe(
      '=IF(COUNT(G5:G30)=ROWS(G5:G30),SUM(G5:G30),IF(COUNT(G5:G30)=0,"",COUNT(G5:G30)&" av "&ROWS(G5:G30)&" angivna"))',
    );
    const en = tableOf(build({ previousCosts: { Farsta: 1 } }, "en"), "districts", TABLE_NAMES.districts);
    expect(en.total![en.index("Previous cost per year")].value).toBe("1 of 14 entered");
  });

  it("every row with a previous amount: the sum, and the change of the totals", () => {
    const base = build();
    const previousCosts = everyUnit(base, (index) => 10000 + index * 100);
    const plan = build({ previousCosts });
    const annual = tableOf(plan, "annualCost", TABLE_NAMES.annualCost);
    const sum = Object.values(previousCosts).reduce((s, v) => s + v, 0);
    expect(annual.total![annual.index("Tidigare belopp/år")].value).toBe(sum);
    expect(num(annual.total![annual.index("Förändring mot tidigare kr")])).toBeCloseTo(4940000 - sum, 6);
    const stadsdelar = tableOf(plan, "districts", TABLE_NAMES.districts);
    const districtsSum = stadsdelar.rows.slice(0, -1).reduce((s, row) => s + (row[stadsdelar.index("Tidigare kostnad/år")].value as number), 0);
    expect(stadsdelar.total![stadsdelar.index("Tidigare kostnad/år")].value).toBe(districtsSum);
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

  it("Farsta by default for the embedded data: the county's figures, the largest unit, Farsta's amounts and the change", () => {
    const text = annualCostParagraph(options());
    expect(plain(text)).toBe(
      "I länet, med 2 344 124 invånare, kostar IT-systemet enligt överenskommelsen 2020 0,590 kr per invånare och år, sammanlagt 1 383 004 kr per år. " +
        "Enligt avtalet 2026–2030 betalar kommunerna tillsammans 4 940 000 kr per år, 19 % av kostnaden för drift och förvaltning. " +
        "Största upphandlande enhet är Södermalm med 130 365 invånare; den betalar hela gränsbeloppet för direktupphandling, 615 312 kr under avtalsperiodens 8 år. " +
        "Farsta betalar enligt överenskommelsen 2020 35 028 kr per år för IT-systemet; supportdelen kommer till när antalet användare har fyllts i på bladet Support. " +
        "Enligt avtalet 2026–2030 betalar Farsta 125 116 kr per år. " +
        "Mot det tidigare beloppet, 44 278 kr per år, är det en ökning med 80 838 kr (182,6 %).",
    );
    // The workbook's cell caches the same text
    expect(paragraphCell(build()).value).toBe(text);
  });

  it("with Farsta's users: its 2020 total and the change to 2026; in English as well", () => {
    const sv = plain(annualCostParagraph(options({ users: { Farsta: 17 } })));
    expect(sv).toContain("Farsta betalar enligt överenskommelsen 2020 39 278 kr per år: 35 028 kr för IT-systemet och 4 250 kr för support.");
    expect(sv).toContain("Jämfört med 2020 är det en ökning med 85 838 kr (218,5 %).");
    const en = annualCostParagraph(options({ users: { Farsta: 17 }, previousCosts: {} }, "en"));
    expect(en).toContain("Under the 2020 agreement Farsta pays 39,278 kr a year: 35,028 kr for the IT system and 4,250 kr for support.");
    expect(en).toContain("Compared with 2020 that is an increase of 85,838 kr (218.5%).");
    expect(en).not.toContain("previous amount");
    expect(paragraphCell(build({ users: { Farsta: 17 }, previousCosts: {} }, "en")).value).toBe(en);
  });

  it("another unit, chosen in the options; a decrease is said as one", () => {
    const text = plain(annualCostParagraph(options({ paragraphUnit: "solna", previousCosts: { Solna: 500000 } })));
    expect(text).toContain("Enligt avtalet 2026–2030 betalar Solna 170 594 kr per år.");
    expect(text).toContain("Mot det tidigare beloppet, 500 000 kr per år, är det en minskning med 329 406 kr (65,9 %).");
    const plan = build({ paragraphUnit: "solna" });
    expect(cellAt(plan, "annualCost", unitCellOf(plan))!.value).toBe("Solna");
  });

  it("the largest unit for a county of its own; an unknown unit is refused, naming the option", () => {
    const county: CountyPopulation = { municipalities: [{ name: "Ankeby", population: 1000 }, { name: "Borka", population: 2500 }] };
    expect(annualCostParagraph(options({ county }))).toContain("Största upphandlande enhet är Borka med 2\u00a0500 invånare");
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
    // The only digits in its texts are the agreements' names
    expect(literals.replace(/2026–2030|2020/g, "")).not.toMatch(/\d/);
    for (const name of ["InvanareLan", "KrPerInvanareAr", "SummaPerAr", "Kommundel2026", "StorstaEnhet", "Gransbelopp", "Avtalsar"]) {
      expect(formula).toContain(`FIXED(${name},`);
    }
    expect(formula.length).toBeLessThan(8192);
  });

  it("finds the unit with MATCH and copies its row with INDEX; the largest unit by StorstaEnhet", () => {
    const plan = build();
    const grid = gridOf(sheetOf(plan, "annualCost"));
    const unit = parseCellAddress(unitCellOf(plan));
    const position = grid.get(unit.row + 1)!.get(1)!;
    expect(position.formula).toBe("=IF(ISNA(MATCH($B$54,$A$5:$A$43,0)),0,MATCH($B$54,$A$5:$A$43,0))");
    expect(position.value).toBe(tableOf(plan, "annualCost", TABLE_NAMES.annualCost).rows.findIndex((row) => row[0].value === "Farsta") + 1);
    const copied = grid.get(unit.row + 3)!;
    expect(copied.get(3)!.formula).toBe('=IF($B$55=0,"",IF(ISNUMBER(INDEX($D$5:$D$43,$B$55)),INDEX($D$5:$D$43,$B$55),""))');
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
