import { formatNumber, say, type Locale } from "../i18n";
import { cellText, type CellInput } from "./issues";
import { INPUT_MESSAGES as M } from "./messages";

/*
 * A row of a delimited text file that has more fields than its header: the file split a field at the
 * delimiter once too often, most often a figure at its thousands separator ("Nykvarn,kommun,10,923"
 * in a comma file, "Farsta,44,278"). Taking the fields as they fall would shift every column after
 * it (Nykvarn with 10 inhabitants), so such a row is refused, with the reading it probably meant.
 */

/** The number of columns up to the last one with something in it ("a;b;;" has 2). */
export function filledWidth(row: readonly CellInput[]): number {
  for (let index = row.length - 1; index >= 0; index--) if (cellText(row[index]) !== "") return index + 1;
  return 0;
}

/** Whether a row has something beyond its header's last column. */
export function beyondHeader(row: readonly CellInput[], header: readonly CellInput[]): boolean {
  return filledWidth(row) > filledWidth(header);
}

/**
 * The figure a row's fields probably held before the delimiter split it: neighbouring fields of one
 * to three digits and then groups of exactly three ("10" and "923" → "10,923", meant 10 923).
 */
export function splitFigure(row: readonly CellInput[], delimiter: string): { readonly text: string; readonly meant: number } | undefined {
  const fields = row.map(cellText);
  for (let start = 0; start < fields.length - 1; start++) {
    if (!/^[+-]?\d{1,3}$/.test(fields[start])) continue;
    let end = start + 1;
    while (end < fields.length && /^\d{3}$/.test(fields[end])) end++;
    if (end > start + 1) {
      const parts = fields.slice(start, end);
      return { text: parts.join(delimiter), meant: Number(parts.join("")) };
    }
  }
  return undefined;
}

/** Why a row with more fields than its header is refused, with the figure it probably meant. */
export function overrunReason(row: readonly CellInput[], header: readonly CellInput[], delimiter: string, locale: Locale): string {
  const split = splitFigure(row, delimiter);
  const shown = delimiter === "\t" ? "tab" : delimiter;
  return split
    ? say(M.fieldsBeyondHeaderSplit, locale, filledWidth(row), filledWidth(header), split.text, formatNumber(split.meant, locale), shown)
    : say(M.fieldsBeyondHeader, locale, filledWidth(row), filledWidth(header), shown);
}
