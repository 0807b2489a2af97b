import { allocate, Decimal } from "../../src/engine";
import { parseCellAddress } from "../../src/formula/a1";
import { tokenize } from "../../src/formula/tokens";
import { buildWorkbookPlan, planFormulas } from "../../src/workbook";
import type { PlanCell, PlanOptions, WorkbookPlan } from "../../src/workbook";
import { annexDistricts, annexMunicipalities } from "../helpers/bilaga3";
import { PLAN_VARIANTS } from "./planVariants";
import { gridOf, referenceProblems, sheetOf, tableOf, type TableView } from "./planReader";

/*
 * What every plan must contain, whatever its options, stated over the eight variants of
 * planVariants.ts. These replace the golden JSON once kept of the same plans: a snapshot written from
 * the code agreed with any plan the code made, right or wrong; these fail when a plan is wrong.
 */

const VARIANTS = Object.entries(PLAN_VARIANTS).map(([name, options]) => [name, options, buildWorkbookPlan(options)] as const);

/** The sheet names each language gives (the Swedish names; their English translations). */
const SHEET_NAMES: Readonly<Record<string, { sv: string; en: string }>> = {
  parameters: { sv: "Parametrar", en: "Parameters" },
  municipalities: { sv: "Kommuner", en: "Municipalities" },
  districts: { sv: "Stadsdelar", en: "Districts" },
  support: { sv: "Support", en: "Support" },
  agreement2026: { sv: "Avtal 2026–2030", en: "Agreement 2026–2030" },
  sources: { sv: "Källor och metod", en: "Sources and method" },
  annualCost: { sv: "Årskostnad", en: "Annual cost" },
};

const valueOfName = (plan: WorkbookPlan, name: string): PlanCell => {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`the plan has no name ${name}`);
  const { row, column } = parseCellAddress(found.cell.replace(/\$/g, ""));
  return gridOf(sheetOf(plan, found.sheetKey)).get(row)!.get(column)!;
};

/** The tables of a plan with units as rows (every table but the sources'), read by header. */
const unitTables = (plan: WorkbookPlan): { sheetKey: string; table: TableView }[] =>
  plan.sheets.flatMap((sheet) => (sheet.key === "sources" ? [] : sheet.tables.map((t) => ({ sheetKey: sheet.key, table: tableOf(plan, sheet.key, t.name) }))));

/** The names of the county's units as the plan must list them: Bilaga 3's names and order for the embedded county (less what a partial county lacks), the county's own otherwise. */
function countyUnits(options: PlanOptions) {
  const annex = annexMunicipalities().rows.map((row) => row.name);
  const annexDistrictNames = annexDistricts().rows.map((row) => row.name);
  const own = options.county.municipalities.map((m) => m.name);
  const embedded = own.every((name) => annex.includes(name));
  const missingMunicipalities = options.partial?.missingMunicipalities ?? [];
  const missingDistricts = options.partial?.missingDistricts ?? [];
  const municipalities = embedded ? annex.filter((name) => !missingMunicipalities.includes(name)) : own;
  const city = options.county.dividedCity;
  const districts = !city ? [] : embedded ? annexDistrictNames.filter((name) => !missingDistricts.includes(name)) : city.districts.map((d) => d.name);
  const procuring = [...municipalities.filter((name) => !(city && name === city.name)), ...districts];
  return { municipalities, districts, procuring, missing: [...missingMunicipalities, ...missingDistricts] };
}

const texts = (plan: WorkbookPlan, key?: string): string[] =>
  plan.sheets.filter((s) => key === undefined || s.key === key).flatMap((s) => s.blocks.flatMap((b) => b.cells.flat())).flatMap((c) => (typeof c.value === "string" ? [c.value] : []));

describe.each(VARIANTS)("plan %s", (_name, options, plan) => {
  it("every formula's references resolve (sheets, cells inside the blocks, defined names); a range down a table's column stays inside its data rows", () => {
    expect(referenceProblems(plan)).toEqual([]);
    const tables = plan.sheets.flatMap((sheet) =>
      sheet.tables.map((t) => {
        const [from, to] = t.range.split(":").map(parseCellAddress);
        return { sheet: sheet.name, name: t.name, firstData: from.row + 1, lastData: t.totalsRow ? to.row - 1 : to.row, columns: [from.column, to.column] };
      }),
    );
    for (const { sheetName, cell } of planFormulas(plan)) {
      for (const token of tokenize(cell.formula)) {
        if (token.type !== "ref" || token.ref.shape !== "area") continue;
        const { from, to } = token.ref;
        const sheet = token.ref.sheet ?? sheetName;
        const table = tables.find((t) => t.sheet === sheet && t.firstData === from.row && from.column! >= t.columns[0] && from.column! <= t.columns[1]);
        if (!table) continue;
        if (to.row! < table.firstData || to.row! > table.lastData) throw new Error(`${sheetName}: ${cell.formula} runs outside ${table.name}'s data rows (${table.firstData}–${table.lastData})`);
      }
    }
  });

  it("every defined name is one cell of the parameters sheet with its label beside it; every input among them has its source (document, section, quote) on the sources sheet", () => {
    const parameters = gridOf(sheetOf(plan, "parameters"));
    const sourcesSheet = sheetOf(plan, "sources");
    const sources = tableOf(plan, "sources", sourcesSheet.tables[0].name);
    for (const name of plan.names) {
      expect(name.sheetKey).toBe("parameters");
      expect(name.cell).toMatch(/^\$[A-Z]+\$\d+$/);
      const { row } = parseCellAddress(name.cell.replace(/\$/g, ""));
      const label = parameters.get(row)?.get(0)?.value;
      expect(typeof label === "string" && label.length > 3).toBe(true);
      const cell = valueOfName(plan, name.name);
      if (cell.formula !== undefined) continue; // a derived figure is traced by its formula
      const source = sources.rows.find((r) => r[2].formula === `=${name.name}`);
      if (!source) throw new Error(`${name.name} (${String(label)}) has no row on ${sourcesSheet.name}`);
      expect(source[2].value).toBe(cell.value);
      for (const column of [3, 4]) expect(String(source[column].value ?? "").trim().length).toBeGreaterThan(0);
      // A value taken from a paper is quoted from it; the user's own population has no quote to give
      if (source[1].value !== null) expect(String(source[5].value ?? "").trim().length).toBeGreaterThan(0);
    }
  });

  it("the sources sheet dates what it cites: each paper by its year, the population by the reference date", () => {
    const sources = tableOf(plan, "sources", sheetOf(plan, "sources").tables[0].name);
    const reference = valueOfName(plan, "Referensdatum");
    expect(reference.numberFormat).toBe("yyyy-mm-dd");
    const declared = new Set((options.agreements ?? []).map((a) => a.document.id));
    for (const row of sources.rows) {
      const where = `${String(row[3].value)} ${String(row[4].value)}`;
      const ownPopulation = row[2].formula === "=Referensdatum" || row[2].formula === "=InvanareLan" || row[2].formula === "=Restpost";
      if (ownPopulation && !/\b20\d\d\b/.test(where)) continue; // the population's date is Referensdatum itself, on the same sheet
      if (declared.size > 0 && !/\b20\d\d\b/.test(where)) continue; // an agreement declared as data names no date
      expect(where).toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it("each table has one row per unit of the county, in the county's order (Bilaga 3's for the embedded county), and no unit a partial county lacks", () => {
    const units = countyUnits(options);
    const allowed = [units.municipalities, units.districts, units.procuring];
    for (const { sheetKey, table } of unitTables(plan)) {
      const names = table.rows.map((row) => row[0].value);
      if (sheetKey === "municipalities") expect(names).toEqual(units.municipalities);
      else if (sheetKey === "districts") expect(names.slice(0, -1)).toEqual(units.districts);
      else if (sheetKey === "annualCost") expect(names).toEqual(units.procuring);
      else expect(allowed).toContainEqual(names);
      for (const missing of units.missing) expect(names).not.toContain(missing);
    }
  });

  it("a partial county names the units it lacks on the parameters and sources sheets", () => {
    const { missing } = countyUnits(options);
    for (const key of ["parameters", "sources"]) {
      const said = texts(plan, key).join("\n");
      for (const name of missing) {
        if (options.partial?.noDistricts && options.partial.missingDistricts.includes(name)) continue; // then it says the districts are missing, not which
        expect(said).toContain(name);
      }
      if (missing.length === 0) expect(said).not.toMatch(/OFULLSTÄNDIG|INCOMPLETE/);
      else expect(said).toMatch(options.locale === "sv" ? /OFULLSTÄNDIG BEFOLKNING/ : /INCOMPLETE POPULATION/);
    }
  });

  it("each total row sums its column, and gives the county's total", () => {
    for (const { table } of unitTables(plan)) {
      if (!table.total) continue;
      table.total.forEach((total, column) => {
        if (typeof total.value !== "number" || column === 0) return;
        const cells = table.rows.map((row) => row[column]);
        if (cells.every((c) => c.formula === total.formula)) return; // a constant column (the cost per user)
        if (/^\+.*%/.test(total.numberFormat ?? "")) return; // a change in per cent is not a sum
        const numbers = cells.flatMap((c) => (typeof c.value === "number" ? [c.value] : []));
        if (numbers.length < cells.length) return; // an input column not all filled shows a count, not a sum
        const sum = numbers.reduce((a, b) => a.plus(b), new Decimal(0)).toNumber();
        expect(Math.abs(sum - total.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(total.value)));
      });
    }
    const population = options.county.municipalities.reduce((sum, m) => sum + Number(m.population), 0);
    expect(valueOfName(plan, "InvanareLan").value).toBe(population);
  });

  it("shows its rounding mode: as the annex, exact rows; adds up, rounded rows that add up exactly to the total, as the engine allocates them", () => {
    const note = texts(plan, "sources");
    const annexNote = options.locale === "sv" ? "Som i bilagan" : "As the annex";
    const addsUpNote = options.locale === "sv" ? "Summerar" : "Adds up";
    expect(plan.rounding).toBe(options.rounding);
    expect(note.some((t) => t.startsWith(options.rounding === "annex" ? annexNote : addsUpNote))).toBe(true);
    expect(note.some((t) => t.startsWith(options.rounding === "annex" ? addsUpNote : annexNote))).toBe(false);
    const weights = new Map<string, number>();
    for (const m of options.county.municipalities) weights.set(m.name, Number(m.population));
    for (const d of options.county.dividedCity?.districts ?? []) weights.set(d.name, Number(d.population));
    let roundedColumns = 0;
    for (const { table } of unitTables(plan)) {
      table.headers.forEach((_header, column) => {
        const rows = table.rows.filter((row) => row[column].formula?.includes("ROUNDDOWN("));
        if (rows.length === 0) return;
        roundedColumns += 1;
        expect(options.rounding).toBe("addsUp");
        const total = table.total![column];
        const decimals = /%/.test(total.numberFormat ?? "") ? 4 : 0;
        const values = rows.map((row) => new Decimal(row[column].value as number).toDecimalPlaces(10));
        values.forEach((v) => expect(v.decimalPlaces()).toBeLessThanOrEqual(decimals));
        expect(values.reduce((a, b) => a.plus(b), new Decimal(0)).toNumber()).toBe(new Decimal(total.value as number).toDecimalPlaces(10).toNumber());
        // The rounded total is the exact total rounded, where the table shows the exact column beside it
        const exactColumn = table.headers.findIndex((h) => h === `${table.headers[column]} (exakt)` || h === `${table.headers[column]} (exact)`);
        if (exactColumn >= 0) expect(total.value).toBe(new Decimal(table.total![exactColumn].value as number).toDecimalPlaces(decimals).toNumber());
        const expected = allocate(new Decimal(total.value as number).toDecimalPlaces(decimals), rows.map((row) => weights.get(String(row[0].value))!), decimals);
        expect(values.map((v) => v.toNumber())).toEqual(expected.map((v) => v.toNumber()));
      });
    }
    if (options.rounding === "addsUp") expect(roundedColumns).toBeGreaterThan(0);
  });

  it("shows its language: the sheet names, the words inside formulas, en-US number formats either way", () => {
    for (const sheet of plan.sheets) {
      if (SHEET_NAMES[sheet.key]) expect(sheet.name).toBe(SHEET_NAMES[sheet.key][options.locale]);
    }
    const counted = [...planFormulas(plan)].map(({ cell }) => cell.formula).filter((f) => f.includes("&ROWS("));
    expect(counted.length).toBeGreaterThan(0);
    for (const formula of counted) expect(formula).toContain(options.locale === "sv" ? '" av "' : '" of "');
    const formats = new Set(plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat())).flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])));
    for (const format of formats) expect(format).not.toMatch(/\d,\d|\s0,0|#\s##0/); // a decimal comma or a space as thousands separator is a Swedish display, not a code
    expect(formats).toContain('#,##0 "kr"');
  });
});

describe("options that change what they must", () => {
  const plan = (name: string) => VARIANTS.find(([n]) => n === name)![2];

  it("the budget year 2027 takes the threshold in force on its first day, with that period as its source; every other parameter as without a year", () => {
    const base = plan("sv-annex");
    const year = plan("sv-year-2027");
    // 700 000 kr, in force from 1 February 2022 (SFS 2022:6), against the 2020 agreement's 615 312 kr
    expect(valueOfName(base, "Gransbelopp").value).toBe(615312);
    expect(valueOfName(year, "Gransbelopp").value).toBe(700000);
    const sources = tableOf(year, "sources", sheetOf(year, "sources").tables[0].name);
    expect(String(sources.rows.find((r) => r[2].formula === "=Gransbelopp")![4].value)).toContain("2027");
    for (const name of base.names) {
      if (valueOfName(base, name.name).formula !== undefined || name.name === "Gransbelopp") continue;
      expect(valueOfName(year, name.name).value).toBe(valueOfName(base, name.name).value);
    }
    // Every LOU amount scales with the threshold; the 2026 agreement's do not move
    const ratio = 700000 / 615312;
    expect(valueOfName(year, "SummaPerAr").value as number).toBeCloseTo((valueOfName(base, "SummaPerAr").value as number) * ratio, 6);
    expect(valueOfName(year, "Kommundel2026").value).toBe(valueOfName(base, "Kommundel2026").value);
  });

  it("the agreement declared only as data (70/30) gives its own sheet, splitting its budget 70/30 over the county", () => {
    const agreement = plan("en-agreement-70-30-addsUp");
    const keys = agreement.sheets.map((s) => s.key);
    expect(keys).toContain("agreement2031");
    expect(keys).not.toContain("agreement2026");
    const budget = valueOfName(agreement, "Budget2031").value as number;
    expect(valueOfName(agreement, "Kommunandel2031").value).toBe(0.3);
    expect(valueOfName(agreement, "Kommundel2031").value).toBe(budget * 0.3);
    expect(valueOfName(agreement, "Regiondel2031").value).toBe(budget * 0.7);
    const sheet = sheetOf(agreement, "agreement2031");
    expect(sheet.name).toBe("Agreement 2031");
    const municipalities = tableOf(agreement, "agreement2031", sheet.tables[0].name);
    expect(municipalities.total![municipalities.headers.length - 1].value).toBe(budget * 0.3);
  });
});
