import type { CellStyle } from "./types";

/*
 * The look of each plan CellStyle as plain data, read by both writers (Office.js in src/excel, the
 * .xlsx file in src/files/xlsx), so a filled workbook and a written file look the same. Colours are
 * "#RRGGBB" as Office.js takes them; the .xlsx writer turns them into ARGB (argb()). Light, printable,
 * readable in black text.
 */

/** Thin lines around styled cells. */
export interface CellBorders {
  /**
   * "top": above the cells, "bottom": below them, "grid": around every cell (the outer edges and
   * the lines between the cells of a range).
   */
  readonly edges: "top" | "bottom" | "grid";
  /** Line colour; Excel's automatic (black) when absent. */
  readonly color?: string;
}

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; Excel's default when absent. */
  readonly size?: number;
  readonly fontColor?: string;
  /** Solid fill colour. */
  readonly fill?: string;
  readonly wrapText?: boolean;
  readonly borders?: CellBorders;
}

export const CELL_LOOK: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, fill: "#DDEBF7", wrapText: true, borders: { edges: "bottom" } },
  label: {},
  input: { fill: "#FFF2CC", borders: { edges: "grid", color: "#BFBFBF" } },
  derived: {},
  total: { bold: true, borders: { edges: "top" } },
  note: { italic: true, fontColor: "#404040" },
};

/** Whether a style changes anything (label and derived cells look like any other). */
export function hasLook(style: CellStyle): boolean {
  return Object.keys(CELL_LOOK[style]).length > 0;
}

/**
 * How the cells of a PlanWrap are aligned, by both writers: a merged text (a title, a note, the
 * paragraph) from the top left of its merged area; a column of wrapped cells from the top of each.
 * Office.js capitalises the values ("Left", "Top"); ExcelJS and OOXML take them as they are here.
 */
export interface WrapLook {
  readonly horizontal?: "left";
  readonly vertical: "top";
  readonly wrapText: true;
}

export const WRAP_LOOK: Readonly<Record<"merged" | "cells", WrapLook>> = {
  merged: { horizontal: "left", vertical: "top", wrapText: true },
  cells: { vertical: "top", wrapText: true },
};

/** Excel's table style for the plan's tables: light, so the plan's own fills and fonts stay readable. */
export const TABLE_STYLE = "TableStyleLight1";

/** "#DDEBF7" → "FFDDEBF7": a colour as ExcelJS (and OOXML) writes it, opaque. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
