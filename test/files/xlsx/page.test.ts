import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildWorkbookPlan, defaultPlanOptions } from "../../../src/workbook";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { writePlanToXlsx } from "../../../src/files/xlsx";

/*
 * How the written file prints, read from its XML as Excel and LibreOffice read it: each sheet's
 * <pageSetup> (paperSize 9 = A4, orientation, fitToWidth/fitToHeight with <pageSetUpPr fitToPage>),
 * the print titles as the sheet's defined name _xlnm.Print_Titles, the header and footer, the merged
 * texts, their alignment and the rows' heights. And no chart: ExcelJS writes none (README, "The workbook").
 */

interface Written {
  readonly plan: WorkbookPlan;
  readonly workbook: ExcelJS.Workbook;
  readonly zip: JSZip;
  /** Sheet name → its part's XML. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly workbookXml: string;
}

async function write(plan: WorkbookPlan): Promise<Written> {
  const buffer = await writePlanToXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const part = `xl/${targets.get(match[2])!.replace(/^\/?xl\//, "")}`;
    sheets.set(decode(match[1]), await zip.file(part)!.async("string"));
  }
  return { plan, workbook, zip, sheets, workbookXml };
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The attributes of the first element `tag` in `xml`, decoded. */
function attributes(xml: string, tag: string): Record<string, string> | undefined {
  const element = new RegExp(`<${tag}( [^>]*)?/?>`).exec(xml);
  if (!element) return undefined;
  return Object.fromEntries([...(element[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2])]));
}

const textOf = (xml: string, tag: string) => {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return match ? decode(match[1]) : undefined;
};

describe.each(["sv", "en"] as const)("the default workbook (%s) written to .xlsx", (locale) => {
  let written: Written;
  beforeAll(async () => {
    written = await write(buildWorkbookPlan(defaultPlanOptions(locale, { generatedAt: new Date("2026-11-29T08:29:18Z") })));
  });

  test("every sheet: A4, its orientation, one page wide (and one tall where planned)", () => {
    expect(written.plan.sheets).toHaveLength(7);
    for (const sheet of written.plan.sheets) {
      const xml = written.sheets.get(sheet.name)!;
      const print = sheet.print!;
      expect({ sheet: sheet.name, pageSetup: attributes(xml, "pageSetup") }).toMatchObject({
        sheet: sheet.name,
        pageSetup: { paperSize: "9", orientation: print.orientation, fitToWidth: "1", fitToHeight: String(print.fitToHeight) },
      });
      expect({ sheet: sheet.name, fit: attributes(xml, "pageSetUpPr") }).toEqual({ sheet: sheet.name, fit: { fitToPage: "1" } });
    }
    // the wide tables lie down, the narrow ones stand
    const orientation = Object.fromEntries(written.plan.sheets.map((s) => [s.key, attributes(written.sheets.get(s.name)!, "pageSetup")!.orientation]));
    expect(orientation).toMatchObject({ municipalities: "landscape", districts: "landscape", annualCost: "landscape", support: "portrait" });
  });

  test("the header row repeats on every page: the sheet's _xlnm.Print_Titles", () => {
    const names = [...written.workbookXml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m): Record<string, string> => ({ ...attributes(`<x ${m[1]}>`, "x"), ref: decode(m[2]) }));
    const titles = names.filter((n) => n.name === "_xlnm.Print_Titles");
    const sheetIndex = new Map([...written.sheets.keys()].map((name, index) => [name, String(index)]));
    const planned = written.plan.sheets.filter((s) => s.print?.titleRows);
    expect(planned.map((s) => s.key)).toEqual(expect.arrayContaining(["municipalities", "districts", "support", "sources", "annualCost"]));
    expect(titles.map((t) => [t.localSheetId, t.ref]).sort()).toEqual(
      planned.map((s) => [sheetIndex.get(s.name), `'${s.name}'!$${s.print!.titleRows!.split(":")[0]}:$${s.print!.titleRows!.split(":")[1]}`]).sort(),
    );
  });

  test("a header with the sheet's title and the population's date, a footer with the source, the version and Sida/Page x av/of y", () => {
    for (const sheet of written.plan.sheets) {
      const xml = written.sheets.get(sheet.name)!;
      const { header, footer } = sheet.print!;
      expect(textOf(xml, "oddHeader")).toBe(`&L${header.left}&C${header.center}&R${header.right}`);
      expect(textOf(xml, "oddFooter")).toBe(`&L${footer.left}&C${footer.center}&R${footer.right}`);
      expect(textOf(xml, "oddFooter")).toMatch(locale === "sv" ? /&RSida &P av &N$/ : /&RPage &P of &N$/);
      expect(textOf(xml, "oddHeader")).toMatch(locale === "sv" ? /31 december 2018/ : /31 December 2018/);
    }
  });

  test("long texts merged across the printed width, aligned top left and wrapped; rows as tall as planned", () => {
    for (const sheet of written.plan.sheets) {
      const xml = written.sheets.get(sheet.name)!;
      const worksheet = written.workbook.getWorksheet(sheet.name)!;
      const merges = [...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]).sort();
      expect({ sheet: sheet.name, merges }).toEqual({ sheet: sheet.name, merges: (sheet.wraps ?? []).filter((w) => w.merge).map((w) => w.range).sort() });
      for (const wrap of sheet.wraps ?? []) {
        const alignment = worksheet.getCell(wrap.range.split(":")[0]).alignment;
        expect({ wrap: wrap.range, alignment }).toMatchObject({ wrap: wrap.range, alignment: { wrapText: true, vertical: "top", ...(wrap.merge ? { horizontal: "left" } : {}) } });
      }
      for (const { row, height } of sheet.rowHeights ?? []) {
        expect({ sheet: sheet.name, row, ht: attributes(xml, `row r="${row}"`) }).toMatchObject({ sheet: sheet.name, row, ht: { ht: String(height), customHeight: "1" } });
      }
    }
  });

  test("no chart in the file (ExcelJS writes none; Excel's fill adds it)", () => {
    expect(Object.keys(written.zip.files).filter((path) => /chart|drawing/i.test(path))).toEqual([]);
  });
});

// A plan the file cannot print as planned is refused by validatePlan: test/workbook/validatePlan.test.ts.
