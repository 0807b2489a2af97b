import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice } from "../../src/files/libreoffice";
import { writeXlsxFile } from "../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { parseArea, parseCellAddress } from "../../src/formula/a1";
import { describeWithTool } from "../helpers/system";
import { PdfPage, popplerAvailable, readPdf } from "./pdf";

/*
 * What must be shown of issue 12's printing: the default workbook written to .xlsx and printed by
 * LibreOffice (as `npm run workbook -- --pdf` does) fits a committee paper's annex. At most 12 A4
 * pages; every sheet one page wide, its header row (the plan's print titles) on every page it
 * prints on, so a table that runs over pages keeps its column names; no "###" (a column too narrow
 * for its figure) anywhere. Each page is told to its sheet by the page header, which the plan says is
 * the sheet's title.
 */

const A4 = { short: 595.3, long: 841.9 };

/** A header or footer part as printed: "&&" is one "&". */
const printed = (part: string) => part.replace(/&&/g, "&");

/** The last column printed (from 0): the print area's, else the sheet's. */
const printedColumns = (sheet: PlanSheet): number => (sheet.print?.printArea ? parseArea(sheet.print.printArea).right : Number.MAX_SAFE_INTEGER);

/** The texts the plan puts on one row of a sheet, in its printed columns. */
function rowTexts(sheet: PlanSheet, row: number): string[] {
  return sheet.blocks.flatMap((block) => {
    const anchor = parseCellAddress(block.anchor);
    const cells = block.cells[row - anchor.row] ?? [];
    return cells
      .filter((_, index) => anchor.column + index <= printedColumns(sheet))
      .map((cell) => cell.value)
      .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  });
}

/** The median height of the words pdftotext finds on a page: the printed font size in points, near enough. */
function wordHeight(path: string, page: number): number {
  const boxes = execFileSync("/usr/bin/pdftotext", ["-bbox", "-f", String(page), "-l", String(page), path, "-"], { encoding: "utf8" });
  const heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)];
}

/** The header rows that must be on every page of a sheet: its print titles, else the header row of each of its tables. */
function headerRows(sheet: PlanSheet): number[] {
  if (sheet.print?.titleRows) return [Number(sheet.print.titleRows.split(":")[0])];
  return sheet.tables.map((table) => parseArea(table.range).top);
}

/** The words of a text as pdftotext may break it over lines: at spaces, dashes and slashes. */
const words = (text: string) => text.split(/[\s–/]+/).filter((word) => word.length > 0);

/** Each page's sheet: the one whose title (its header's left part) begins the page, the longest when one title begins another. */
function pagesBySheet(plan: WorkbookPlan, pages: readonly PdfPage[]): Map<PlanSheet, PdfPage[]> {
  const bySheet = new Map<PlanSheet, PdfPage[]>(plan.sheets.map((sheet) => [sheet, []]));
  for (const page of pages) {
    const first = page.text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "";
    const owners = plan.sheets.filter((sheet) => first.startsWith(printed(sheet.print!.header.left)));
    const owner = owners.sort((a, b) => b.print!.header.left.length - a.print!.header.left.length)[0];
    if (!owner) throw new Error(`page ${page.number} begins "${first}", the title of no sheet`);
    bySheet.get(owner)!.push(page);
  }
  return bySheet;
}

describeWithTool("soffice", "The default workbook printed through LibreOffice", (soffice) => {
  const describeWithPoppler = popplerAvailable() ? describe.each : describe.skip.each;

  describeWithPoppler([["sv"], ["en"]] as const)("in %s", (locale) => {
    const plan = buildWorkbookPlan(defaultPlanOptions(locale, { generatedAt: new Date("2026-11-29T08:29:18Z") }));
    let pages: PdfPage[];
    let bySheet: Map<PlanSheet, PdfPage[]>;
    let pdf: string;

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), "print-"));
      const xlsx = join(dir, locale === "sv" ? "fordelning.xlsx" : "allocation.xlsx");
      await writeXlsxFile(plan, xlsx);
      pdf = await convertWithLibreOffice(soffice, xlsx, "pdf", locale);
      pages = readPdf(pdf);
      bySheet = pagesBySheet(plan, pages);
    }, 240_000);

    test("at most 12 pages, every one A4, every sheet printed in order", () => {
      expect(pages.length).toBeLessThanOrEqual(12);
      for (const page of pages) {
        const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
        expect({ page: page.number, short: Math.round(short), long: Math.round(long) }).toEqual({ page: page.number, short: Math.round(A4.short), long: Math.round(A4.long) });
      }
      const order = [...bySheet.values()].flat().map((page) => page.number);
      expect(order).toEqual(pages.map((page) => page.number));
      for (const [sheet, printedPages] of bySheet) {
        expect({ sheet: sheet.name, printed: printedPages.length > 0 }).toEqual({ sheet: sheet.name, printed: true });
        // landscape where the plan says so
        const landscape = sheet.print!.orientation === "landscape";
        for (const page of printedPages) expect({ sheet: sheet.name, page: page.number, landscape: page.width > page.height }).toEqual({ sheet: sheet.name, page: page.number, landscape });
      }
    });

    test("no ### anywhere: every column wide enough for its figures", () => {
      for (const page of pages) expect({ page: page.number, hashes: page.text.includes("###") }).toEqual({ page: page.number, hashes: false });
    });

    test("every sheet one page wide with its header row on every page; one page tall where the plan says so", () => {
      let multiPage = 0;
      for (const [sheet, printedPages] of bySheet) {
        const expected = headerRows(sheet).flatMap((row) => rowTexts(sheet, row)).flatMap(words);
        if (expected.length === 0) continue;
        if (printedPages.length > 1) multiPage += 1;
        if (sheet.print!.fitToHeight === 1) expect({ sheet: sheet.name, pages: printedPages.length }).toEqual({ sheet: sheet.name, pages: 1 });
        for (const page of printedPages) {
          // the whole header row, first column to last, on the page: nothing split off sideways
          const missing = expected.filter((word) => !page.text.includes(word));
          expect({ sheet: sheet.name, page: page.number, missing }).toEqual({ sheet: sheet.name, page: page.number, missing: [] });
        }
      }
      // the check above saw a table that runs over pages (Källor och metod)
      expect(multiPage).toBeGreaterThan(0);
    });

    test("issue 17: each parameter's value printed on its label's line, on Parametrar and Källor och metod", () => {
      const parameters = plan.sheets.find((sheet) => sheet.key === "parameters")!;
      const sources = plan.sheets.find((sheet) => sheet.key === "sources")!;
      const lines = (sheet: PlanSheet) => bySheet.get(sheet)!.flatMap((page) => page.text.split("\n"));
      const threshold = locale === "sv" ? ["Gränsbelopp för direktupphandling", "615 312 kr"] : ["Direct-procurement threshold", "615,312 kr"];
      const county = locale === "sv" ? ["Invånare i länet", "2 344 124"] : ["Inhabitants of the county", "2,344,124"];
      for (const sheet of [parameters, sources]) {
        for (const [label, value] of [threshold, county]) {
          const line = lines(sheet).find((text) => text.includes(label));
          expect({ sheet: sheet.name, label, line: line?.includes(value) }).toEqual({ sheet: sheet.name, label, line: true });
        }
      }
    });

    test("issue 17: no defined name or table name of the workbook on any printed page", () => {
      // A name that is also a word of a parameter's label (sv "Restpost", as the agreement writes it) may print as that word.
      const labelWords = new Set(
        plan.sheets
          .filter((sheet) => sheet.key === "parameters")
          .flatMap((sheet) => sheet.blocks.flatMap((block) => block.cells.map((cells) => cells[0]?.value)))
          .filter((value): value is string => typeof value === "string")
          .flatMap((label) => label.split(/[^\p{L}\p{N}]+/u)),
      );
      const internal = [...plan.names.map((name) => name.name), ...plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))].filter((name) => !labelWords.has(name));
      expect(internal.length).toBeGreaterThan(10);
      for (const page of pages) {
        const found = internal.filter((name) => new RegExp(`(^|[^\\p{L}\\p{N}_])${name}($|[^\\p{L}\\p{N}_])`, "u").test(page.text));
        expect({ page: page.number, found }).toEqual({ page: page.number, found: [] });
      }
    });

    test("issue 17: the footer's source and version never share a line (nothing overlaps on a portrait page)", () => {
      for (const page of pages) {
        const madeWith = page.text.split("\n").filter((line) => /Gjord med|Made with/.test(line));
        expect({ page: page.number, shared: madeWith.filter((line) => /Källa:|Source:/.test(line)) }).toEqual({ page: page.number, shared: [] });
        expect({ page: page.number, madeWith: madeWith.length }).toEqual({ page: page.number, madeWith: 1 });
      }
    });

    test("issue 17: Årskostnad prints at 9 pt or more, without its helper rows, the paragraph on its heading's page", () => {
      const annual = plan.sheets.find((sheet) => sheet.key === "annualCost")!;
      const printedPages = bySheet.get(annual)!;
      for (const page of printedPages) expect({ page: page.number, size: wordHeight(pdf, page.number) >= 9 }).toEqual({ page: page.number, size: true });
      const text = printedPages.map((page) => page.text).join("\n");
      const helper = locale === "sv" ? "Rad i tabellen" : "Row in the table";
      expect(text.includes(helper)).toBe(false);
      const heading = locale === "sv" ? "Text till tjänsteutlåtandet" : "Text for the committee paper";
      const withHeading = printedPages.find((page) => page.text.includes(heading));
      expect(withHeading?.text).toContain(locale === "sv" ? "Enligt överenskommelsen 2020 betalar kommunerna" : "Under the 2020 agreement the county's municipalities");
    });

    test("issue 17: Källor och metod prints at 9 pt or more on every page", () => {
      const sources = plan.sheets.find((sheet) => sheet.key === "sources")!;
      for (const page of bySheet.get(sources)!) expect({ page: page.number, size: wordHeight(pdf, page.number) >= 9 }).toEqual({ page: page.number, size: true });
    });

    test("every page has the sheet's footer: the source and Sida/Page x av/of y", () => {
      for (const [sheet, printedPages] of bySheet) {
        printedPages.forEach((page, index) => {
          const pageNumber = (locale === "sv" ? "Sida %P av %N" : "Page %P of %N").replace("%P", String(page.number)).replace("%N", String(pages.length));
          // word by word: a long source wraps inside its third of the footer
          const missing = [...words(printed(sheet.print!.footer.left)), pageNumber].filter((text) => !page.text.includes(text));
          expect({ sheet: sheet.name, index, missing }).toEqual({ sheet: sheet.name, index, missing: [] });
        });
      }
    });
  });
});
