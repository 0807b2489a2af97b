import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice } from "../../src/files/libreoffice";
import { writeXlsxFile } from "../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { parseArea, parseCellAddress } from "../../src/workbook/a1";
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

/** The texts the plan puts on one row of a sheet. */
function rowTexts(sheet: PlanSheet, row: number): string[] {
  return sheet.blocks.flatMap((block) => {
    const anchor = parseCellAddress(block.anchor);
    const cells = block.cells[row - anchor.row] ?? [];
    return cells.map((cell) => cell.value).filter((value): value is string => typeof value === "string" && value.trim() !== "");
  });
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

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), "print-"));
      const xlsx = join(dir, locale === "sv" ? "fordelning.xlsx" : "allocation.xlsx");
      await writeXlsxFile(plan, xlsx);
      pages = readPdf(await convertWithLibreOffice(soffice, xlsx, "pdf", locale));
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
