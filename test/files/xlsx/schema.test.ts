import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { writePlanToXlsx } from "../../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../../src/workbook";

/*
 * xl/workbook.xml and every worksheet part against the element sequences of the SpreadsheetML schema
 * (ECMA-376 Part 1, sml.xsd: CT_Workbook and CT_Worksheet are `xsd:sequence`s, so an element out of
 * order, or one repeated that may not be, is a schema error, and Excel repairs the file). No XSD
 * validator runs offline here; the sequences below are the schema's, element for element. And what
 * issue 16 asks of the workbook part: `<bookViews>` with the first sheet shown and active (files
 * without it were reported to crash Excel at print preview: qrilka/xlsx PR 33, natergj/excel4node
 * issues 84 and 152), and `<calcPr fullCalcOnLoad="1">`, so Excel recalculates what it opens.
 */

const CT_WORKBOOK = [
  "fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr", "absPath", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
];
const CT_WORKSHEET = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
  "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];
/** Elements of those sequences that may occur more than once. */
const REPEATABLE = new Set(["conditionalFormatting"]);

/** Schema errors of an element's children against a sequence: unknown, out of order, repeated. */
function sequenceErrors(part: string, parent: Element, sequence: readonly string[]): string[] {
  const errors: string[] = [];
  let last = -1;
  const seen = new Set<string>();
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    const at = sequence.indexOf(name);
    if (at < 0) errors.push(`${part}: <${name}> is not an element of the sequence`);
    else if (at < last) errors.push(`${part}: <${name}> comes after <${sequence[last]}>`);
    else if (seen.has(name) && !REPEATABLE.has(name)) errors.push(`${part}: <${name}> twice`);
    seen.add(name);
    last = Math.max(last, at);
  }
  return errors;
}

describe.each(["sv", "en"] as const)("the .xlsx of the real plan (%s)", (locale) => {
  let zip: JSZip;
  let workbook: Element;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await writePlanToXlsx(buildWorkbookPlan(defaultPlanOptions(locale))));
    workbook = new DOMParser().parseFromString(await zip.file("xl/workbook.xml")!.async("string"), "text/xml").documentElement as unknown as Element;
  });

  test("0 schema errors in the order of the workbook part and every worksheet part", async () => {
    const errors = sequenceErrors("xl/workbook.xml", workbook, CT_WORKBOOK);
    const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheets.length).toBeGreaterThan(5);
    for (const path of sheets) {
      const sheet = new DOMParser().parseFromString(await zip.file(path)!.async("string"), "text/xml").documentElement as unknown as Element;
      errors.push(...sequenceErrors(path, sheet, CT_WORKSHEET));
    }
    expect(errors).toEqual([]);
  });

  test("<bookViews>: one window, the first sheet shown and active", () => {
    const views = workbook.getElementsByTagName("bookViews");
    expect(views.length).toBe(1);
    const windows = views[0].getElementsByTagName("workbookView");
    expect(windows.length).toBe(1);
    expect([windows[0].getAttribute("firstSheet"), windows[0].getAttribute("activeTab")]).toEqual(["0", "0"]);
  });

  test("<calcPr fullCalcOnLoad=\"1\">: Excel recalculates what it opens", () => {
    const calc = workbook.getElementsByTagName("calcPr");
    expect(calc.length).toBe(1);
    expect(calc[0].getAttribute("fullCalcOnLoad")).toBe("1");
  });
});
