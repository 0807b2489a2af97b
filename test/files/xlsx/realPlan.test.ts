import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildWorkbookPlan, defaultPlanOptions } from "../../../src/workbook";
import type { RoundingMode, WorkbookPlan } from "../../../src/workbook/plan";
import { writePlanToXlsx } from "../../../src/files/xlsx";
import { cellAddress, parseArea, parseCellAddress } from "../../../src/formula/a1";

/*
 * The writer on the real plans (both rounding modes, both languages): everything the plan holds
 * arrives in the file, and every table part is consistent with its sheet the way Excel checks on open.
 */

interface Written {
  readonly plan: WorkbookPlan;
  readonly workbook: ExcelJS.Workbook;
  readonly zip: JSZip;
}

async function write(rounding: RoundingMode, locale: "sv" | "en"): Promise<Written> {
  const plan = buildWorkbookPlan(defaultPlanOptions(locale, { rounding, generatedAt: new Date("2026-11-22T09:00:00Z") }));
  const buffer = await writePlanToXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { plan, workbook, zip: await JSZip.loadAsync(buffer) };
}

/** Sheet file names in the zip by sheet name, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const parts = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    parts.set(match[1].replace(/&amp;/g, "&"), `xl/${targets.get(match[2])!.replace(/^\/?xl\//, "")}`);
  }
  return parts;
}

/** ExcelJS reads a date-formatted number back as a Date; the file (and the plan) hold the serial. */
const serial = (value: unknown) => (value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value);

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe.each<[RoundingMode, "sv" | "en"]>([
  ["annex", "sv"],
  ["addsUp", "sv"],
  ["annex", "en"],
])("the real plan (%s, %s) written to .xlsx", (rounding, locale) => {
  let written: Written;
  beforeAll(async () => {
    written = await write(rounding, locale);
  });

  test("every plan cell arrives: value, or formula with the engine's value cached, and number format", async () => {
    const parts = await sheetParts(written.zip);
    let count = 0;
    let blanks = 0;
    for (const sheet of written.plan.sheets) {
      const worksheet = written.workbook.getWorksheet(sheet.name)!;
      const xml = await written.zip.file(parts.get(sheet.name)!)!.async("string");
      for (const block of sheet.blocks) {
        const anchor = parseCellAddress(block.anchor);
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            const address = cellAddress(anchor.column + c, anchor.row + r);
            const target = worksheet.getCell(address);
            count++;
            if (cell.formula && cell.value === null) {
              // A formula giving "" caches an empty text (ExcelJS reads an empty <v> back as no result).
              expect({ address, formula: target.formula }).toEqual({ address, formula: cell.formula.slice(1) });
              expect({ address, cached: new RegExp(`<c r="${address}"[^>]* t="str"[^>]*><f>[^<]*</f><v></v></c>`).test(xml) }).toEqual({ address, cached: true });
              blanks++;
            } else if (cell.formula) {
              expect({ address, formula: target.formula, result: serial(target.result) }).toEqual({ address, formula: cell.formula.slice(1), result: cell.value });
            } else {
              expect({ address, value: serial(target.value) }).toEqual({ address, value: cell.value });
            }
            // "General" is Excel's built-in format 0, which ExcelJS reads back as no format.
            if (cell.numberFormat) expect({ address, numFmt: target.numFmt ?? "General" }).toEqual({ address, numFmt: cell.numberFormat });
          }),
        );
      }
    }
    expect(count).toBeGreaterThan(500);
    expect(blanks).toBeGreaterThan(10); // Årskostnad's support parts and totals until users are entered
  });

  test("every table part matches its sheet: name, range, header texts, totals flag, autofilter without the totals row", async () => {
    const parts = await sheetParts(written.zip);
    const planTables = written.plan.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
    expect(planTables.length).toBeGreaterThanOrEqual(3);
    const tableXmls = await Promise.all(
      Object.keys(written.zip.files)
        .filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path))
        .map((path) => written.zip.file(path)!.async("string")),
    );
    expect(tableXmls).toHaveLength(planTables.length);
    for (const { sheet, table } of planTables) {
      const xml = tableXmls.find((candidate) => candidate.includes(` name="${table.name}"`));
      expect(xml).toBeDefined();
      const range = parseArea(table.range);
      // A plan's total row is a plain row just under the table (ExcelJS writes no <totalsRowFormula>,
      // and a formula under a totals column without one makes Excel repair the file).
      const body = `${cellAddress(range.left, range.top)}:${cellAddress(range.right, table.totalsRow ? range.bottom - 1 : range.bottom)}`;
      expect(xml).toContain(` ref="${body}"`);
      expect(xml).toContain(`<autoFilter ref="${body}"`);
      expect(xml).not.toMatch(/totalsRowCount|totalsRowFunction|totalsRowLabel|totalsRowFormula/);
      if (table.totalsRow) {
        const totals = written.workbook.getWorksheet(sheet.name)!.getRow(range.bottom);
        const formulas = [...Array(range.right - range.left + 1).keys()].map((offset) => totals.getCell(range.left + offset + 1).formula).filter(Boolean);
        expect(formulas.length).toBeGreaterThan(0);
      }
      const names = [...xml!.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((match) => decode(match[1]));
      const worksheet = written.workbook.getWorksheet(sheet.name)!;
      const headers: unknown[] = [];
      for (let column = range.left; column <= range.right; column++) headers.push(worksheet.getCell(cellAddress(column, range.top)).value);
      expect(names).toEqual(headers);
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      // The table's rows still hold the plan's formulas (addTable wrote its own values first).
      const firstData = worksheet.getRow(range.top + 1);
      expect([...Array(range.right - range.left + 1).keys()].some((offset) => Boolean(firstData.getCell(range.left + offset + 1).formula))).toBe(true);
    }
    // Each sheet part refers to its tables.
    for (const sheet of written.plan.sheets) {
      const xml = await written.zip.file(parts.get(sheet.name)!)!.async("string");
      expect((xml.match(/<tablePart /g) ?? []).length).toBe(sheet.tables.length);
    }
  });

  test("every defined name is workbook-level and points at its parameter cell", async () => {
    const xml = await written.zip.file("xl/workbook.xml")!.async("string");
    // Only the print titles and the print areas (Parametrar's, Årskostnad's) belong to a sheet, as Excel writes them; the print areas absolute.
    expect([...xml.matchAll(/<definedName [^>]*localSheetId[^>]*>/g)].every((m) => /name="_xlnm\.Print_(Titles|Area)"/.test(m[0]))).toBe(true);
    const printAreas = written.plan.sheets.filter((sheet) => sheet.print?.printArea);
    expect(printAreas.map((sheet) => sheet.key).sort()).toEqual(["annualCost", "parameters"]);
    expect([...xml.matchAll(/<definedName name="_xlnm\.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(printAreas.map(() => expect.stringMatching(/!\$A\$1:\$[A-Z]+\$\d+$/)));
    expect(written.plan.names.length).toBeGreaterThanOrEqual(8);
    for (const name of written.plan.names) {
      const sheet = written.plan.sheets.find((candidate) => candidate.key === name.sheetKey)!;
      const [range] = written.workbook.definedNames.getRanges(name.name).ranges;
      expect(range.replace(/'/g, "")).toBe(`${sheet.name}!${name.cell}`);
    }
  });

  test("frozen header rows and column widths as planned", () => {
    for (const sheet of written.plan.sheets) {
      const worksheet = written.workbook.getWorksheet(sheet.name)!;
      if (sheet.freezeRows) expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: sheet.freezeRows });
      sheet.columnWidths?.forEach((width, index) => expect(worksheet.getColumn(index + 1).width).toBe(width));
    }
  });
});
