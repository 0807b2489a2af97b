import type { CountyPopulation } from "../../src/engine";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanCell, PlanOptions, PlanSheet, WorkbookPlan } from "../../src/workbook";
import { parseArea } from "../../src/formula/a1";
import fc from "fast-check";
import { FORMATS } from "../../src/workbook";
import { formattedLength, formattedNumber, wrappedLines } from "../../src/workbook/plan";
import { gridOf, sheetOf } from "./planReader";

/*
 * The page (issue 12): every sheet prints on A4, one page wide, with its header row on every page,
 * a header and a footer; no column is narrower than the widest value it shows (no ###); long texts
 * wrap inside the printed width with rows tall enough for them.
 */

const FIXED = { generatedAt: new Date("2026-11-22T08:00:00Z"), version: "9.9.9" };
const SMALL_COUNTY: CountyPopulation = { municipalities: [{ name: "Ankeby", code: "0001", population: 1000 }, { name: "Borka", population: 2500 }] };
const build = (locale: "sv" | "en", overrides: Partial<PlanOptions> = {}) => buildWorkbookPlan(defaultPlanOptions(locale, { ...FIXED, ...overrides }));

const PLANS: readonly [string, WorkbookPlan][] = [
  ["sv annex", build("sv")],
  ["sv addsUp with users", build("sv", { rounding: "addsUp", users: { Farsta: 1234567 } })],
  ["en annex", build("en")],
  ["small county, addsUp", build("sv", { county: SMALL_COUNTY, rounding: "addsUp" })],
];

/**
 * A number as Excel shows it with an en-US format code: written here apart from the plan's own
 * measure (sheetLayout.ts), from the codes' meaning: sections positive;negative;zero, "," groups,
 * ".00" decimals, "%" percent, quoted text literal.
 */
function shown(value: number, code: string): string {
  if (code === "yyyy-mm-dd") return "2018-12-31";
  const sections = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const section = value < 0 && sections[1] ? sections[1] : value === 0 && sections[2] !== undefined ? sections[2] : sections[0];
  const magnitude = value < 0 && sections[1] ? -value : value;
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  const percent = section.includes("%");
  const digits = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: section.includes(",") }).format(
    percent ? magnitude * 100 : magnitude,
  );
  const literal = /"([^"]*)"/.exec(section)?.[1];
  if (!/[#0]/.test(section)) return literal ?? "";
  return `${section.startsWith("+") ? "+" : section.startsWith("-") ? "-" : ""}${digits}${percent ? "%" : ""}${literal !== undefined ? ` ${literal.trim()}` : ""}`;
}

function mergedRows(sheet: PlanSheet): Set<number> {
  return new Set((sheet.wraps ?? []).filter((wrap) => wrap.merge).map((wrap) => parseArea(wrap.range).top));
}

describe.each(PLANS)("plan %s", (label, plan) => {
  it("every sheet prints on A4, one page wide, with a header (title, population date) and a footer (source, page x of y)", () => {
    const sv = plan.locale === "sv";
    for (const sheet of plan.sheets) {
      const print = sheet.print!;
      expect(print).toMatchObject({ paperSize: "A4", fitToWidth: 1 });
      expect([0, 1]).toContain(print.fitToHeight);
      const title = sheet.blocks[0].cells[0][0].value as string;
      expect(print.header.left).toBe(title.replace(/&/g, "&&"));
      expect(print.header.right).toBe(sv ? "Invånare per 31 december 2018" : "Population as of 31 December 2018");
      // The source, and the version on a line below it, on the left; the page on the right; nothing in the centre to overlap them (issue 17).
      expect(print.footer.left).toMatch(sv ? /^Källa: .*\nGjord med .*9\.9\.9$/ : /^Source: .*\nMade with .*9\.9\.9$/);
      expect(print.footer.right).toBe(sv ? "Sida &P av &N" : "Page &P of &N");
      expect(print.footer.center).toBe("");
    }
  });

  it("the table sheets repeat their header row on every page and freeze it; the wide ones print landscape", () => {
    const titleRows = Object.fromEntries(plan.sheets.map((sheet) => [sheet.key, sheet.print!.titleRows]));
    expect(titleRows).toMatchObject({ parameters: "4:4", municipalities: "4:4", support: "4:4", sources: "3:3", annualCost: "4:4" });
    // Avtal 2026–2030 has two tables, each with its header: none repeats on the other's pages
    expect(titleRows.agreement2026).toBeUndefined();
    for (const sheet of plan.sheets) if (sheet.print!.titleRows) expect(sheet.freezeRows).toBe(Number(sheet.print!.titleRows.split(":")[0]));
    expect(sheetOf(plan, "municipalities").print!.orientation).toBe("landscape");
    expect(sheetOf(plan, "annualCost").print!.orientation).toBe("landscape");
    // (Farsta's 1 234 567 users make Support's columns wide enough to need landscape too)
    if (!label.includes("users")) expect(sheetOf(plan, "support").print!.orientation).toBe("portrait");
  });

  it("no column is narrower than the widest value it shows (no ###), headers' words included", () => {
    const problems: string[] = [];
    for (const sheet of plan.sheets) {
      const widths = sheet.columnWidths!;
      const merged = mergedRows(sheet);
      for (const [row, cells] of gridOf(sheet)) {
        if (merged.has(row)) continue;
        for (const [column, cell] of cells) {
          const needed = neededWidth(cell);
          if (needed > 0 && !(widths[column] >= needed)) problems.push(`${sheet.name} row ${row} column ${column}: ${JSON.stringify(cell.value)} needs ${needed}, has ${widths[column]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("long texts wrap inside the printed width: merged from column A across the columns, with rows tall enough", () => {
    for (const sheet of plan.sheets) {
      const grid = gridOf(sheet);
      const widths = sheet.columnWidths!;
      const heights = new Map((sheet.rowHeights ?? []).map((entry) => [entry.row, entry.height]));
      for (const wrap of sheet.wraps!.filter((w) => w.merge)) {
        const area = parseArea(wrap.range);
        expect(area.top).toBe(area.bottom);
        // Across the printed columns: the print area's when the sheet has one
        const printedRight = sheet.print!.printArea ? parseArea(sheet.print!.printArea).right : widths.length - 1;
        expect(area).toMatchObject({ left: 0, right: printedRight });
        // The text is in the first cell; nothing else of the merged cells holds anything
        expect(typeof grid.get(area.top)!.get(0)!.value).toBe("string");
        for (let column = 1; column <= area.right; column++) expect(grid.get(area.top)?.get(column)?.value ?? null).toBeNull();
        const text = grid.get(area.top)!.get(0)!;
        const lines = wrappedLines(String(text.value), widths.slice(0, printedRight + 1).reduce((s, w) => s + w, 0), text.style);
        expect(heights.get(area.top) ?? 15).toBeGreaterThanOrEqual(lines * 15);
        // No merged text crosses a table
        for (const table of sheet.tables) {
          const t = parseArea(table.range);
          expect(area.top < t.top || area.top > t.bottom).toBe(true);
        }
      }
      // The subtitle wraps (row 2 where a sheet has one)
      if (typeof grid.get(2)?.get(0)?.value === "string" && grid.get(2)!.get(0)!.style === "subtitle") {
        expect(sheet.wraps!.some((w) => w.range.startsWith("A2:"))).toBe(true);
      }
    }
  });
});

/** Excel's width (digits of the default font, with its padding) a cell needs, or 0 for a text that may flow over. */
function neededWidth(cell: PlanCell): number {
  if (typeof cell.value === "number" && cell.numberFormat) return shown(cell.value, cell.numberFormat).length + 1;
  if (cell.style === "header" && typeof cell.value === "string") return Math.max(...cell.value.split(/\s+/).map((word) => word.length)) + 1;
  return 0;
}

describe("the sums that showed ###", () => {
  it("26 000 000 kr on Avtal 2026–2030 and Parametrar fits its column", () => {
    const plan = build("sv");
    for (const key of ["agreement2026", "parameters"] as const) {
      const sheet = sheetOf(plan, key);
      const cells = [...gridOf(sheet)].flatMap(([, row]) => [...row].filter(([, cell]) => cell.value === 26000000));
      expect(cells.length).toBeGreaterThan(0);
      for (const [column] of cells) expect(sheet.columnWidths![column]).toBeGreaterThanOrEqual("26,000,000 kr".length + 2);
    }
  });

  it("a blank that will hold a figure is as wide as 9 999 999 kr (Support's costs before users are entered)", () => {
    const sheet = sheetOf(build("sv"), "support");
    expect(sheet.columnWidths![4]).toBeGreaterThanOrEqual("9,999,999 kr".length + 2);
  });
});

describe("issue 17: the committee paper's pages", () => {
  /** The page's text size in points as the plan's page setup scales it: 11 pt shrunk to fit the printed columns onto the page's width. */
  function printedPoints(sheet: PlanSheet): number {
    const right = sheet.print!.printArea ? parseArea(sheet.print!.printArea).right : sheet.columnWidths!.length - 1;
    const widthPx = sheet.columnWidths!.slice(0, right + 1).reduce((sum, width) => sum + width * 7 + 5, 0);
    const page = sheet.print!.orientation === "landscape" ? 988 : 659;
    return 11 * Math.min(1, page / widthPx);
  }

  it.each(["parameters", "sources"] as const)("%s: the rows of wrapped texts are top-aligned across the sheet's columns, so each value prints on its label's line", (key) => {
    const sheet = sheetOf(build("sv"), key);
    const rowWraps = sheet.wraps!.filter((wrap) => !wrap.merge).map((wrap) => parseArea(wrap.range));
    expect(rowWraps).toHaveLength(1);
    expect(rowWraps[0]).toMatchObject({ left: 0, right: sheet.columnWidths!.length - 1 });
    // the table's rows, header to last parameter, are inside it
    expect(rowWraps[0].top).toBeLessThanOrEqual(Number(sheet.print!.titleRows!.split(":")[0]) + 1);
  });

  it.each(["sv", "en"] as const)("Årskostnad in %s prints down to the paragraph, its helper rows left out, at 9 pt or more", (locale) => {
    const plan = build(locale);
    const sheet = sheetOf(plan, "annualCost");
    const area = parseArea(sheet.print!.printArea!);
    const grid = gridOf(sheet);
    const heading = [...grid].find(([, cells]) => cells.get(0)?.value === (locale === "sv" ? "Text till tjänsteutlåtandet" : "Text for the committee paper"))![0];
    expect(area).toMatchObject({ top: 1, left: 0, bottom: heading + 1 });
    const helper = [...grid].find(([, cells]) => cells.get(0)?.value === (locale === "sv" ? "Rad i tabellen" : "Row in the table"))![0];
    expect(helper).toBeGreaterThan(area.bottom);
    // the previous amounts' three columns are not printed while no amounts were given (only the embedded Farsta's)
    expect(area.right).toBe(sheet.columnWidths!.length - 4);
    expect(printedPoints(sheet)).toBeGreaterThanOrEqual(9);
  });

  it.each(["sv", "en"] as const)("Parametrar in %s has the names in formulas last, on screen, and prints label, value and explanation without them", (locale) => {
    const plan = build(locale);
    const sheet = sheetOf(plan, "parameters");
    const grid = gridOf(sheet);
    const headerRow = Number(sheet.print!.titleRows!.split(":")[0]);
    const header = [...grid.get(headerRow)!.values()].map((cell) => cell.value);
    expect(header).toEqual(locale === "sv" ? ["Parameter", "Värde", "Förklaring", "Namn i formler"] : ["Parameter", "Value", "Explanation", "Name in formulas"]);
    const area = parseArea(sheet.print!.printArea!);
    expect(area).toMatchObject({ top: 1, left: 0, right: 2 });
    // every parameter row is printed, and each name of the plan's is in the one column left out
    const nameCells = [...grid].filter(([, cells]) => plan.names.some((name) => name.sheetKey === "parameters" && cells.get(3)?.value === name.name));
    expect(nameCells.length).toBe(plan.names.filter((name) => name.sheetKey === "parameters").length);
    expect(Math.max(...nameCells.map(([row]) => row))).toBe(area.bottom);
  });

  it.each(["sv", "en"] as const)("Källor och metod in %s prints at 9 pt or more", (locale) => {
    expect(printedPoints(sheetOf(build(locale), "sources"))).toBeGreaterThanOrEqual(9);
  });

  it("Årskostnad prints the previous amounts' columns once the user gave amounts", () => {
    const sheet = sheetOf(build("sv", { previousCosts: { Farsta: 110000 }, previousCostsGiven: true }), "annualCost");
    expect(parseArea(sheet.print!.printArea!).right).toBe(sheet.columnWidths!.length - 1);
  });
});

describe("a column's width measures each value's length without writing it", () => {
  it("is the length of the text the format code shows, for every code of the plan and any value", () => {
    const codes = [...Object.values(FORMATS), "General", "0", '""', '#,##0 "kr";-#,##0 "kr";""'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(0, -0, 0.5, 999.5, 999_999.995, 9.9999, -9_999_999, 1e21, -1e21)),
        (code, value) => formattedLength(value, code) === formattedNumber(value, code).length,
      ),
      { numRuns: 5000 },
    );
  });
});
