import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { DefinedName } from "../check";

/*
 * An .xlsx file as the package it is (Open Packaging Conventions: a zip of XML parts joined by
 * relationships), read before ExcelJS reads its cells, for what ExcelJS does not keep or trips on:
 *
 * - Relationship targets written as absolute part names ("/xl/tables/table1.xml"), which the
 *   conventions allow and openpyxl writes: ExcelJS 4.4 looks a sheet's tables, comments and drawings
 *   up by the target as a path relative to the sheet, finds nothing and fails ("Cannot read
 *   properties of undefined (reading 'name')"). They are rewritten relative to their source part.
 * - Comments, drawings and charts, which ExcelJS finds by Excel's own part names and prefixes
 *   ("xl/comments1.xml", "xdr:wsDr") rather than by the relationships and namespaces that name them:
 *   openpyxl's "xl/comments/comment1.xml" and its drawings in the default namespace make it fail
 *   ("reading 'comments'", "reading 'anchors'"). The checker reads none of them: they are taken out
 *   of every sheet before ExcelJS reads it.
 * - Cells that hold nothing but a style (`<c r="B31" s="3"/>`): a sheet formatted far down has
 *   thousands; ExcelJS parses each. They are dropped from the sheets' XML: they hold no value.
 * - What saved the file (docProps/app.xml) and whether it asked to be recalculated on opening
 *   (calcPr fullCalcOnLoad, what openpyxl and XlsxWriter write since they calculate nothing).
 * - Every defined name as written (ExcelJS drops names that are not plain ranges: constants,
 *   formulas, references into other workbooks), each sheet's state, and the other workbooks the
 *   formulas refer to by number ("[1]Parametrar!$B$5" → the path xl/externalLinks names).
 * - Formulas whose saved result is the empty text: Excel writes `<c r="B7" t="str"><f>…</f><v></v></c>`
 *   for a formula giving "" (as ExcelJS does), and ExcelJS 4.4 reads that `<v></v>` as no result at
 *   all, the same as a formula never calculated (openpyxl's `<c><f>…</f><v></v></c>`, with no type).
 *   The type `str` says a text was saved; its cells are listed so the checker reads "" there.
 */

export interface XlsxPackage {
  /** The package to hand ExcelJS: the file's own bytes, or the normalised package when something was rewritten. */
  readonly bytes: Buffer;
  /** docProps/app.xml: Application and AppVersion, where the file has them. */
  readonly application?: string;
  readonly appVersion?: string;
  /** docProps/core.xml: who saved the file last (cp:lastModifiedBy), where it says. */
  readonly lastModifiedBy?: string;
  /** The workbook asks to be recalculated in full when opened (calcPr fullCalcOnLoad). */
  readonly recalculateOnOpen: boolean;
  /** The sheets in workbook order, each with its state ("visible", "hidden", "veryHidden"). */
  readonly sheets: readonly { readonly name: string; readonly state: "visible" | "hidden" | "veryHidden" }[];
  /** The defined names as written ("=Parametrar!$B$6", "=[1]Blad1!$A$1", "=0.19"), built-in ones (_xlnm.) left out. */
  readonly names: readonly DefinedName[];
  /** The other workbooks referred to, by their number: externalBooks[0] is "[1]". */
  readonly externalBooks: readonly string[];
  /** By sheet name, the formula cells whose saved result is the empty text ("B7"), which ExcelJS reads as no result. */
  readonly emptyTextResults: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The file is a zip, but not a workbook package: no workbook part can be found. */
export class NotAWorkbookPackage extends Error {
  constructor() {
    super("not a workbook package");
    this.name = "NotAWorkbookPackage";
  }
}

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const OFFICE_DOCUMENT = `${RELATIONSHIP}/officeDocument`;
const STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

const parse = (text: string) => new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml");
const elements = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] => Array.from(root.getElementsByTagName(name));

/** The folder of a part ("xl/worksheets/sheet1.xml" → "xl/worksheets/"), "" for the package root. */
const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** A target resolved to a part name without a leading slash: absolute as it is, relative from the source's folder. */
function resolvePart(source: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${folderOf(source)}${target}`;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** A part name as a path relative to the folder of `source` ("xl/worksheets/sheet1.xml", "xl/tables/t.xml" → "../tables/t.xml"). */
function relativeTo(source: string, part: string): string {
  const from = folderOf(source).split("/").filter((segment) => segment !== "");
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The part a relationships part speaks for: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml", "_rels/.rels" → "". */
const sourceOfRels = (rels: string) => `${folderOf(rels).replace(/_rels\/$/, "")}${rels.slice(rels.lastIndexOf("/") + 1).replace(/\.rels$/, "")}`;

/** Relationships of a part: id → { type, target part (resolved), external }. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string; external: boolean }>> {
  const relsPart = `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
  const text = await zip.file(relsPart)?.async("string");
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  if (text === undefined) return out;
  for (const rel of elements(parse(text), "Relationship")) {
    const external = rel.getAttribute("TargetMode") === "External";
    const target = rel.getAttribute("Target") ?? "";
    out.set(rel.getAttribute("Id") ?? "", { type: rel.getAttribute("Type") ?? "", target: external ? target : resolvePart(part, target), external });
  }
  return out;
}

/** Rewrites absolute targets of a relationships part as relative ones; undefined when there is none. */
function relativeTargets(relsPart: string, text: string): string | undefined {
  const source = sourceOfRels(relsPart);
  let changed = false;
  const rewritten = text.replace(/<Relationship\b[^>]*>/g, (element) => {
    if (/TargetMode\s*=\s*"External"/.test(element)) return element;
    return element.replace(/\bTarget\s*=\s*"\/([^"]*)"/, (_whole, part: string) => {
      changed = true;
      return `Target="${relativeTo(source, part)}"`;
    });
  });
  return changed ? rewritten : undefined;
}

/** A sheet's XML without the cells that hold only a style, and without its drawings and comments; undefined when it has none. */
function withoutUnread(text: string): string | undefined {
  const stripped = text.replace(/<c\b[^<>]*\/>|<c\b[^<>]*>\s*<\/c>/g, "").replace(/<(?:drawing|legacyDrawing|legacyDrawingHF)\b[^<>]*\/>/g, "");
  return stripped.length === text.length ? undefined : stripped;
}

/** Relationships of a sheet to parts the checker does not read. */
const UNREAD_PARTS = /\/(?:comments|vmlDrawing|drawing|image)"/;

/** A sheet's relationships without those to comments and drawings; undefined when it has none. */
function withoutUnreadRelationships(text: string): string | undefined {
  const stripped = text.replace(/<Relationship\b[^>]*>/g, (element) => (UNREAD_PARTS.test(/Type\s*=\s*"[^"]*"/.exec(element)?.[0] ?? "") ? "" : element));
  return stripped.length === text.length ? undefined : stripped;
}

const SHEET_STATES = new Set(["visible", "hidden", "veryHidden"]);

/** A formula cell of text type with an empty or no saved value: `<c r="B7" s="2" t="str"><f>IF(…)</f><v></v></c>`. */
const EMPTY_TEXT_RESULT = /<c\b([^<>]*)>\s*<f\b[^<>]*(?:\/>|>[^<]*<\/f>)\s*(?:<v\s*\/>|<v><\/v>)?\s*<\/c>/g;

/** The addresses of a sheet's formula cells whose saved result is the empty text. */
function emptyTextCells(sheetXml: string): Set<string> {
  const cells = new Set<string>();
  for (const [, attributes] of sheetXml.matchAll(EMPTY_TEXT_RESULT)) {
    if (!/\bt\s*=\s*"str"/.test(attributes)) continue;
    const address = /\br\s*=\s*"([A-Z]+\d+)"/.exec(attributes)?.[1];
    if (address) cells.add(address);
  }
  return cells;
}

/** Reads the package; throws NotAWorkbookPackage when the zip holds no workbook, and JSZip's error when it is no zip. */
export async function readXlsxPackage(bytes: Buffer): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const root = await relationships(zip, "");
  const office = [...root.values()].find((rel) => rel.type === OFFICE_DOCUMENT || rel.type === STRICT_OFFICE_DOCUMENT);
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbookXml = await zip.file(workbookPart)?.async("string");
  if (workbookXml === undefined) throw new NotAWorkbookPackage();
  const workbook = parse(workbookXml);
  const workbookRels = await relationships(zip, workbookPart);

  const sheetElements = elements(workbook, "sheet");
  const sheets = sheetElements.map((sheet) => {
    const state = sheet.getAttribute("state") ?? "visible";
    return { name: sheet.getAttribute("name") ?? "", state: (SHEET_STATES.has(state) ? state : "visible") as XlsxPackage["sheets"][number]["state"] };
  });
  const names = elements(workbook, "definedName").flatMap((element): DefinedName[] => {
    const name = element.getAttribute("name") ?? "";
    const local = element.getAttribute("localSheetId");
    const sheet = local !== null ? sheets[Number(local)]?.name : undefined;
    if (name === "" || name.startsWith("_xlnm.")) return [];
    return [{ name, formula: `=${element.textContent ?? ""}`, ...(sheet !== undefined ? { sheet } : {}) }];
  });
  const externalBooks: string[] = [];
  for (const reference of elements(workbook, "externalReference")) {
    const link = workbookRels.get(reference.getAttributeNS(RELATIONSHIP, "id") ?? reference.getAttribute("r:id") ?? "");
    const target = link ? [...(await relationships(zip, link.target)).values()].find((rel) => rel.external)?.target : undefined;
    externalBooks.push(target ? decodeURI(target) : "?");
  }
  const calc = elements(workbook, "calcPr")[0];
  const app = await zip.file("docProps/app.xml")?.async("string");
  const appDocument = app !== undefined ? parse(app) : undefined;
  const text = (name: string) => (appDocument ? elements(appDocument, name)[0]?.textContent?.trim() : undefined) || undefined;
  const application = text("Application");
  const appVersion = text("AppVersion");
  const core = await zip.file("docProps/core.xml")?.async("string");
  const lastModifiedBy = (core !== undefined ? elements(parse(core), "cp:lastModifiedBy")[0]?.textContent?.trim() : undefined) || undefined;

  const normalised = await normalise(zip, new Set([...workbookRels.values()].filter((rel) => rel.type.endsWith("/worksheet")).map((rel) => rel.target)));
  const emptyTextResults = new Map<string, Set<string>>();
  for (const sheet of sheetElements) {
    const part = workbookRels.get(sheet.getAttributeNS(RELATIONSHIP, "id") ?? sheet.getAttribute("r:id") ?? "")?.target;
    const cells = part !== undefined ? normalised.emptyTextCells.get(part) : undefined;
    if (cells) emptyTextResults.set(sheet.getAttribute("name") ?? "", cells);
  }
  return {
    bytes: normalised.bytes ?? bytes,
    ...(application !== undefined ? { application } : {}),
    ...(appVersion !== undefined ? { appVersion } : {}),
    ...(lastModifiedBy !== undefined ? { lastModifiedBy } : {}),
    recalculateOnOpen: ["1", "true"].includes(calc?.getAttribute("fullCalcOnLoad") ?? ""),
    sheets,
    names,
    externalBooks,
    emptyTextResults,
  };
}

/** Parts the checker does not read, which ExcelJS would parse by their names whatever refers to them. */
const UNREAD_PART = /^xl\/(?:drawings|charts|media|comments)\/|^xl\/comments\d*\.xml$/;

/**
 * The package with relative targets and without style-only cells, stored uncompressed (undefined when
 * nothing changed); and, from the same reading of each sheet's XML, its formula cells that saved the
 * empty text, by sheet part.
 */
async function normalise(zip: JSZip, worksheets: ReadonlySet<string>): Promise<{ bytes?: Buffer; emptyTextCells: Map<string, Set<string>> }> {
  let changed = false;
  const emptyTexts = new Map<string, Set<string>>();
  for (const part of Object.keys(zip.files)) {
    const file = zip.file(part);
    if (!file) continue;
    if (UNREAD_PART.test(part)) {
      zip.remove(part);
      changed = true;
      continue;
    }
    const ofSheet = part.endsWith(".rels") && worksheets.has(sourceOfRels(part));
    const rewrite = part.endsWith(".rels") ? (text: string) => relativeTargets(part, text) : worksheets.has(part) ? withoutUnread : undefined;
    if (!rewrite) continue;
    const text = await file.async("string");
    if (worksheets.has(part)) {
      const cells = emptyTextCells(text);
      if (cells.size > 0) emptyTexts.set(part, cells);
    }
    const relative = rewrite(text);
    const rewritten = ofSheet ? (withoutUnreadRelationships(relative ?? text) ?? relative) : relative;
    if (rewritten === undefined) continue;
    zip.file(part, rewritten);
    changed = true;
  }
  return { ...(changed ? { bytes: await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) } : {}), emptyTextCells: emptyTexts };
}
