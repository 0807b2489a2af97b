import type { Rect } from "./a1";
import { MAX_CELLS_READ, cols, forEachCell, normalizeColor, rows, uniform } from "./cells";
import { DoubleContext, ProxyBase } from "./context";
import { DoubleOfficeError } from "./errors";
import { type Borders, type CellModel, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT, key } from "./model";
import type { DoubleRange } from "./range";

/* A range's format: column width, row height, alignment and wrapping; its fill, font and borders. */

const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

abstract class RangePart extends ProxyBase {
  constructor(
    context: DoubleContext,
    protected readonly range: DoubleRange,
  ) {
    super(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  /** Sets a cell attribute on every cell of the range. */
  protected setEach(update: (cell: CellModel) => void): void {
    const { sheet, rect } = this.range.area();
    const m = this.context.model;
    forEachCell(rect, (r, c) => {
      update(m.cellFor(sheet, r, c));
      m.compact(sheet, key(r, c));
    });
  }

  protected uniformOf<T>(get: (cell: CellModel | undefined) => T): T | null {
    const { sheet, rect } = this.range.area();
    if (rows(rect) * cols(rect) > MAX_CELLS_READ) throw new DoubleOfficeError("GeneralException", "The response payload size limit was exceeded.");
    return uniform(rect, (r, c) => get(this.context.model.cellAt(sheet, r, c)));
  }
}

export class DoubleRangeFormat extends RangePart {
  protected readonly className = "RangeFormat";
  readonly fill: DoubleRangeFill;
  readonly font: DoubleRangeFont;
  readonly borders: DoubleRangeBorderCollection;

  constructor(context: DoubleContext, range: DoubleRange) {
    super(context, range);
    this.fill = new DoubleRangeFill(context, range);
    this.font = new DoubleRangeFont(context, range);
    this.borders = new DoubleRangeBorderCollection(context, range);
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      columnWidth: () => {
        const { sheet, rect } = this.range.area();
        let width: number | undefined;
        for (let c = rect.c0; c <= rect.c1; c++) {
          const w = sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH;
          if (width === undefined) width = w;
          else if (w !== width) return null;
        }
        return width;
      },
      rowHeight: () => {
        const { sheet, rect } = this.range.area();
        let height: number | undefined;
        for (let r = rect.r0; r <= rect.r1; r++) {
          const h = sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT;
          if (height === undefined) height = h;
          else if (h !== height) return null;
        }
        return height;
      },
      horizontalAlignment: () => this.uniformOf((c) => c?.horizontalAlignment ?? "General"),
      verticalAlignment: () => this.uniformOf((c) => c?.verticalAlignment ?? "Bottom"),
      wrapText: () => this.uniformOf((c) => c?.wrapText ?? false),
    };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }

  get columnWidth(): number {
    return this.readProp("columnWidth");
  }
  /** Width in points, for every column of the range. */
  set columnWidth(points: number) {
    this.writeProp("columnWidth", points, () => {
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) {
        throw new DoubleOfficeError("InvalidArgument", `${points} is not a column width in points.`);
      }
      const { sheet, rect } = this.range.area();
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.readProp("rowHeight");
  }
  /** Height in points, for every row of the range. */
  set rowHeight(points: number) {
    this.writeProp("rowHeight", points, () => {
      if (typeof points !== "number" || !(points >= 0) || points > MAX_ROW_HEIGHT) {
        throw new DoubleOfficeError("InvalidArgument", `${points} is not a row height in points (0–${MAX_ROW_HEIGHT}).`);
      }
      const { sheet, rect } = this.range.area();
      for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, points);
    });
  }
  get verticalAlignment(): VerticalAlignment {
    return this.readProp("verticalAlignment");
  }
  set verticalAlignment(value: VerticalAlignment) {
    this.writeProp("verticalAlignment", value, () => {
      if (!(VERTICAL_ALIGNMENTS as readonly string[]).includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a vertical alignment.`);
      this.setEach((c) => {
        c.verticalAlignment = value === "Bottom" ? undefined : value;
      });
    });
  }
  get horizontalAlignment(): string {
    return this.readProp("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.writeProp("horizontalAlignment", value, () =>
      this.setEach((c) => {
        c.horizontalAlignment = value === "General" ? undefined : value;
      }),
    );
  }
  get wrapText(): boolean {
    return this.readProp("wrapText");
  }
  set wrapText(value: boolean) {
    this.writeProp("wrapText", value, () =>
      this.setEach((c) => {
        c.wrapText = value ? true : undefined;
      }),
    );
  }

  /** Excel fits widths to the content; the double has no fonts to measure, so it records the call only. */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => this.range.area());
  }
}

export class DoubleRangeFill extends RangePart {
  protected readonly className = "RangeFill";

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      // Excel reports no fill as white; `pattern` tells "None" from a white fill.
      color: () => this.uniformOf((c) => c?.fill ?? "#FFFFFF"),
      pattern: () => this.uniformOf((c) => (c?.fill ? "Solid" : "None")),
    };
  }

  get color(): string {
    return this.readProp("color");
  }
  set color(value: string) {
    this.writeProp("color", value, () => {
      // "" clears the fill (Excel's blank-resets rule); null is refused by normalizeColor
      const color = value === "" ? undefined : normalizeColor(value);
      this.setEach((c) => {
        c.fill = color;
      });
    });
  }
  get pattern(): string {
    return this.readProp("pattern");
  }

  clear(): void {
    this.call("clear", [], () =>
      this.setEach((c) => {
        c.fill = undefined;
      }),
    );
  }
}

export class DoubleRangeFont extends RangePart {
  protected readonly className = "RangeFont";

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      bold: () => this.uniformOf((c) => c?.bold ?? false),
      italic: () => this.uniformOf((c) => c?.italic ?? false),
      color: () => this.uniformOf((c) => c?.fontColor ?? "#000000"),
      name: () => "Calibri",
      size: () => this.uniformOf((c) => c?.fontSize ?? 11),
    };
  }

  get bold(): boolean {
    return this.readProp("bold");
  }
  set bold(value: boolean) {
    this.writeProp("bold", value, () =>
      this.setEach((c) => {
        c.bold = value ? true : undefined;
      }),
    );
  }
  get italic(): boolean {
    return this.readProp("italic");
  }
  set italic(value: boolean) {
    this.writeProp("italic", value, () =>
      this.setEach((c) => {
        c.italic = value ? true : undefined;
      }),
    );
  }
  get color(): string {
    return this.readProp("color");
  }
  set color(value: string) {
    this.writeProp("color", value, () => {
      const color = normalizeColor(value);
      this.setEach((c) => {
        c.fontColor = color === "#000000" ? undefined : color;
      });
    });
  }
  get name(): string {
    return this.readProp("name");
  }
  get size(): number {
    return this.readProp("size");
  }
  set size(value: number) {
    this.writeProp("size", value, () => {
      if (typeof value !== "number" || !(value >= 1 && value <= 409)) throw new DoubleOfficeError("InvalidArgument", `${value} is not a font size.`);
      this.setEach((c) => {
        c.fontSize = value === 11 ? undefined : value;
      });
    });
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class DoubleRangeBorderCollection extends RangePart {
  protected readonly className = "RangeBorderCollection";

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  getItem(index: Edge): DoubleRangeBorder {
    if (!EDGES.includes(index)) {
      // Validated client-side, like Office.js's enum check.
      throw new DoubleOfficeError("InvalidArgument", `'${String(index)}' is not a border index the double models (${EDGES.join(", ")}).`);
    }
    this.call("getItem", [index]);
    return new DoubleRangeBorder(this.context, this.range, index);
  }
}

/** Borders are modelled minimally: a style per cell side ("Continuous", "None", ...). */
export class DoubleRangeBorder extends RangePart {
  protected readonly className = "RangeBorder";

  constructor(
    context: DoubleContext,
    range: DoubleRange,
    private readonly edge: Edge,
  ) {
    super(context, range);
  }

  /** The cell sides this edge covers, for a cell at (r, c) of rect. */
  private sides(rect: Rect, r: number, c: number): (keyof Borders)[] {
    switch (this.edge) {
      case "EdgeTop":
        return r === rect.r0 ? ["top"] : [];
      case "EdgeBottom":
        return r === rect.r1 ? ["bottom"] : [];
      case "EdgeLeft":
        return c === rect.c0 ? ["left"] : [];
      case "EdgeRight":
        return c === rect.c1 ? ["right"] : [];
      case "InsideHorizontal":
        return r < rect.r1 ? ["bottom"] : [];
      case "InsideVertical":
        return c < rect.c1 ? ["right"] : [];
    }
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      style: () => {
        const { sheet, rect } = this.range.area();
        let style: string | null | undefined;
        forEachCell(rect, (r, c) => {
          for (const side of this.sides(rect, r, c)) {
            const s = this.context.model.cellAt(sheet, r, c)?.borders?.[side] ?? "None";
            if (style === undefined) style = s;
            else if (style !== s) style = null;
          }
        });
        return style ?? "None";
      },
    };
  }

  /** Border colour and weight are checked and recorded but not stored (borders are modelled minimally). */
  set color(value: string) {
    this.writeProp("color", value, () => {
      normalizeColor(value);
      this.range.area();
    });
  }
  get color(): string {
    return this.readProp("color");
  }
  set weight(value: string) {
    this.writeProp("weight", value, () => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a border weight.`);
      this.range.area();
    });
  }
  get weight(): string {
    return this.readProp("weight");
  }

  get style(): string {
    return this.readProp("style");
  }
  set style(value: string) {
    this.writeProp("style", value, () => {
      const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
      if (!BORDER_STYLES.includes(value)) throw new DoubleOfficeError("InvalidArgument", `'${value}' is not a border style.`);
      const { sheet, rect } = this.range.area();
      const m = this.context.model;
      forEachCell(rect, (r, c) => {
        const sides = this.sides(rect, r, c);
        if (sides.length === 0) return;
        const cell = m.cellFor(sheet, r, c);
        const borders: Borders = { ...(cell.borders ?? {}) };
        for (const side of sides) borders[side] = value === "None" ? undefined : value;
        cell.borders = Object.values(borders).some((v) => v !== undefined) ? borders : undefined;
        m.compact(sheet, key(r, c));
      });
    });
  }
}
