import { MAX_COLUMNS, type Rect, parseRect, rectAddress } from "./a1";
import { DoubleContext, ProxyBase } from "./context";
import { DoubleOfficeError } from "./errors";
import type { PageLayoutModel, SheetModel } from "./model";
import type { DoubleRange } from "./range";

/* A worksheet's page layout: orientation, paper, zoom, print title rows, and its headers and footers. */

/** Excel.PaperType. */
const PAPER_TYPES = [
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio",
  "Quatro", "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12", "Envelope14", "Csheet",
  "Dsheet", "Esheet", "EnvelopeDL", "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4",
  "EnvelopeB5", "EnvelopeB6", "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS", "FanfoldStdGerman", "FanfoldLegalGerman",
] as const;
type PaperType = (typeof PAPER_TYPES)[number];
type Orientation = PageLayoutModel["orientation"];

/** Excel's limit on a header or a footer, its three parts and their codes (&L, &C, &R) together. */
const MAX_HEADER_FOOTER = 255;

abstract class LayoutPart extends ProxyBase {
  constructor(
    context: DoubleContext,
    protected readonly sheetOf: () => SheetModel,
  ) {
    super(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected layout(): PageLayoutModel {
    return this.sheetOf().pageLayout;
  }
}

export class DoublePageLayout extends LayoutPart {
  protected readonly className = "PageLayout";
  readonly headersFooters: DoubleHeaderFooterGroup;

  constructor(context: DoubleContext, sheetOf: () => SheetModel) {
    super(context, sheetOf);
    this.headersFooters = new DoubleHeaderFooterGroup(context, sheetOf);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      orientation: () => this.layout().orientation,
      paperSize: () => this.layout().paperSize,
      zoom: () => ({ ...this.layout().zoom }),
    };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { headersFooters: () => this.headersFooters };
  }

  get orientation(): Orientation {
    return this.readProp("orientation");
  }
  set orientation(value: Orientation) {
    this.writeProp("orientation", value, () => {
      if (value !== "Portrait" && value !== "Landscape") throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a page orientation.`);
      this.layout().orientation = value;
    });
  }
  get paperSize(): PaperType {
    return this.readProp("paperSize");
  }
  set paperSize(value: PaperType) {
    this.writeProp("paperSize", value, () => {
      if (!(PAPER_TYPES as readonly string[]).includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a paper type.`);
      this.layout().paperSize = value;
    });
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.readProp("zoom");
  }
  /** A scale of 10–400 %, or pages wide and tall (0: as many as the sheet needs). */
  set zoom(value: PageLayoutModel["zoom"]) {
    this.writeProp("zoom", value, () => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = value ?? {};
      const pages = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
      if (scale === undefined && wide === undefined && tall === undefined) throw new DoubleOfficeError("InvalidArgument", "The zoom gives neither a scale nor pages.");
      if ((scale !== undefined && !(scale >= 10 && scale <= 400)) || !pages(wide) || !pages(tall)) {
        throw new DoubleOfficeError("InvalidArgument", `${JSON.stringify(value)} is not a page zoom.`);
      }
      const zoom = scale !== undefined ? { scale } : { horizontalFitToPages: wide, verticalFitToPages: tall };
      this.layout().zoom = zoom;
      // A host that takes fit-to-pages without applying it (office-js #1860) prints at the scale it had.
      if (scale !== undefined || !this.context.engine.host.ignoresFitToPages) this.sheetOf().printZoom = zoom;
    });
  }

  /** An address or a Range of this sheet as cells (undefined for an address that is none); a Range of another sheet is refused. */
  private rectOn(target: DoubleRange | string, what: string): Rect | undefined {
    if (typeof target === "string") return parseRect(target);
    const area = target.area();
    if (area.sheet !== this.sheetOf()) throw new DoubleOfficeError("InvalidArgument", `The ${what} must be on the sheet.`);
    return area.rect;
  }

  /**
   * The cells printed: one range on the sheet (a string or a Range; ExcelApi 1.9). Excel takes
   * several areas too (RangeAreas), which the add-in does not use: the double refuses them.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)
   */
  setPrintArea(printArea: DoubleRange | string): void {
    this.call("setPrintArea", [typeof printArea === "string" ? printArea : "[Range]"], () => {
      const rect = this.rectOn(printArea, "print area");
      if (!rect) throw new DoubleOfficeError("InvalidArgument", `'${String(printArea)}' is not a range.`);
      this.layout().printArea = rectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    });
  }

  /** Rows repeated at the top of every printed page: whole rows ("$4:$4" or a range of whole rows). */
  setPrintTitleRows(printTitleRows: DoubleRange | string): void {
    this.call("setPrintTitleRows", [typeof printTitleRows === "string" ? printTitleRows : "[Range]"], () => {
      const rect = this.rectOn(printTitleRows, "print title rows");
      if (!rect || rect.c0 !== 0 || rect.c1 !== MAX_COLUMNS - 1) {
        throw new DoubleOfficeError("InvalidArgument", `'${String(printTitleRows)}' does not span entire rows.`);
      }
      this.layout().printTitleRows = rectAddress(rect).replace(/(\d+)/g, "$$$1");
    });
  }
}

export class DoubleHeaderFooterGroup extends LayoutPart {
  protected readonly className = "HeaderFooterGroup";
  readonly defaultForAllPages: DoubleHeaderFooter;

  constructor(context: DoubleContext, sheetOf: () => SheetModel) {
    super(context, sheetOf);
    this.defaultForAllPages = new DoubleHeaderFooter(context, sheetOf);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
}

type Part = "left" | "center" | "right";

/** The header and footer of every page (the only ones the double models: no first, odd or even pages). */
export class DoubleHeaderFooter extends LayoutPart {
  protected readonly className = "HeaderFooter";

  protected scalarProperties(): Record<string, () => unknown> {
    const l = () => this.layout();
    return {
      leftHeader: () => l().header.left,
      centerHeader: () => l().header.center,
      rightHeader: () => l().header.right,
      leftFooter: () => l().footer.left,
      centerFooter: () => l().footer.center,
      rightFooter: () => l().footer.right,
    };
  }

  private setPart(which: "header" | "footer", part: Part, value: string): void {
    const prop = `${part}${which === "header" ? "Header" : "Footer"}`;
    this.writeProp(prop, value, () => {
      if (typeof value !== "string") throw new DoubleOfficeError("InvalidArgument", `${prop} must be a text.`);
      const next = { ...this.layout()[which], [part]: value };
      if (`&L${next.left}&C${next.center}&R${next.right}`.length > MAX_HEADER_FOOTER) {
        throw new DoubleOfficeError("InvalidArgument", `The ${which} is longer than ${MAX_HEADER_FOOTER} characters.`);
      }
      this.layout()[which] = next;
    });
  }

  get leftHeader(): string {
    return this.readProp("leftHeader");
  }
  set leftHeader(value: string) {
    this.setPart("header", "left", value);
  }
  get centerHeader(): string {
    return this.readProp("centerHeader");
  }
  set centerHeader(value: string) {
    this.setPart("header", "center", value);
  }
  get rightHeader(): string {
    return this.readProp("rightHeader");
  }
  set rightHeader(value: string) {
    this.setPart("header", "right", value);
  }
  get leftFooter(): string {
    return this.readProp("leftFooter");
  }
  set leftFooter(value: string) {
    this.setPart("footer", "left", value);
  }
  get centerFooter(): string {
    return this.readProp("centerFooter");
  }
  set centerFooter(value: string) {
    this.setPart("footer", "center", value);
  }
  get rightFooter(): string {
    return this.readProp("rightFooter");
  }
  set rightFooter(value: string) {
    this.setPart("footer", "right", value);
  }
}

/** Paper sizes in points (width × height, portrait) of the papers the tests use. */
const PAPER_POINTS: Readonly<Record<string, readonly [number, number]>> = { A4: [595.3, 841.9], Letter: [612, 792], A3: [841.9, 1190.6] };
/** Excel's "Normal" margins: 0.7 inch left and right. */
const SIDE_MARGINS = 2 * 0.7 * 72;

/**
 * How many pages wide a sheet prints: the width of its columns up to the last one used (set widths,
 * else the standard width) against the paper's printable width, at the zoom the sheet prints with
 * (a fit to N pages wide prints N pages wide, shrinking down to Excel's 10 % at most).
 */
export function printedPagesWide(sheet: SheetModel, lastColumn: number, standardWidth: number): number {
  let width = 0;
  for (let c = 0; c <= lastColumn; c++) width += sheet.columnWidths.get(c) ?? standardWidth;
  const [w, h] = PAPER_POINTS[sheet.pageLayout.paperSize] ?? PAPER_POINTS.Letter;
  const printable = (sheet.pageLayout.orientation === "Landscape" ? h : w) - SIDE_MARGINS;
  const zoom = sheet.printZoom;
  if (zoom.horizontalFitToPages !== undefined && zoom.horizontalFitToPages > 0) {
    return Math.max(zoom.horizontalFitToPages, Math.ceil((width * 0.1) / printable));
  }
  return Math.max(1, Math.ceil((width * (zoom.scale ?? 100)) / 100 / printable - 1e-9));
}
