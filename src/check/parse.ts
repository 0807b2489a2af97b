import { Decimal } from "../engine";
import { readNumberText, type NumberConvention, type NumberUnit } from "../i18n";
import type { CellValue, Unit } from "./types";

/*
 * Reading the cells of a pasted or typed table: numbers as Excel stores them, and the text a PDF or
 * Word document yields ("54 931 kr", "3,97%", "130 365", "-", non-breaking spaces).
 */

const SPACES = /[\s\u00a0\u202f\u2007\u2009]/g;
const DASHES = /^[-\u2010-\u2015\u2212]+$/;

/**
 * True for a cell of a checked table that says nothing: empty, only spaces, or a dash ("-", "–") as
 * the annex prints for "nothing here". (A cell the user leaves blank elsewhere is isNullOrWhitespace
 * in src/i18n/blank.ts: there a dash is something typed.)
 */
export function isEmptyOrDash(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") {
    // Most texts start with a letter or a digit: neither blank nor a dash (every text of a sheet passes here).
    const first = value.charCodeAt(0);
    if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return false;
    const text = value.replace(SPACES, "");
    return text === "" || DASHES.test(text);
  }
  return false;
}

/** Excel's error values, as a cell shows them and as Range.values and an .xlsx file give them. */
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** True for a cell showing an error value ("#REF!", "#DIV/0!"). */
export function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && value.startsWith("#") && ERROR_VALUE.test(value.trim());
}

/** The text of a cell for labels and names (numbers as written). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[\u00a0\u202f]/g, " ").trim();
}

export interface ParsedNumber {
  readonly value: Decimal;
  /** The text had a "%" sign, or the cell's number format shows a percentage. */
  readonly percentSign: boolean;
  /** The cell was a number (Excel value), not text. */
  readonly numeric: boolean;
}

/**
 * A number from a cell: Excel numbers as they are (through their shortest decimal text, so 3.97
 * stays 3.97), text through the product's one reader (src/i18n/numberText.ts) in the unit of the
 * column. A text two readings could give ("54,931") is read by the table's convention when its other
 * cells show one (see conventionOf), and is otherwise null (unreadable), never guessed.
 */
export function parseNumber(value: CellValue, unit: Unit, numberFormat?: string | null, convention?: NumberConvention): ParsedNumber | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return { value: new Decimal(String(value)), percentSign: !!numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, "")), numeric: true };
  }
  if (typeof value !== "string") return null;
  const reading = readNumberText(value, { unit: READER_UNIT[unit], allowFraction: true, ...(convention ? { convention } : {}) });
  if (!reading.ok) return null;
  return { value: reading.value, percentSign: unit === "percent" && reading.unitWritten, numeric: false };
}

/** The reader's unit for each kind of column. */
const READER_UNIT: Readonly<Record<Unit, NumberUnit>> = { kr: "kronor", persons: "persons", percent: "percent" };

/** Words a header may hold that say nothing of what the column is. */
const HEADER_NOISE = new Set(["kr", "sek", "kronor", "procent", "percent", "antal", "number", "of", "the", "av", "i"]);
/** Words a header may spell two ways, read as one. */
const HEADER_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["inklusive", "inkl"],
  ["including", "incl"],
  ["inc", "incl"],
  ["stockholm", "sthlm"],
  ["stockholms", "sthlm"],
]);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds a header so that "Summa/år", "Summa per år", "SUMMA PER ÅR (kr)", "summa_per_ar_kr" and
 * "summa  per år" meet: lower case, "/" read as "per", punctuation and unit words dropped,
 * "inklusive"/"including" read as "inkl"/"incl", spaces and diacritics removed. Every text cell of a
 * sheet passes here when tables are looked for, so plain ASCII skips the Unicode normalisations (and
 * lower case is the language-independent one: Swedish has no casing rules of its own).
 */
export function headerKey(header: CellValue): string {
  const raw = cellText(header);
  const ascii = PRINTABLE_ASCII.test(raw);
  const text = (ascii ? raw : raw.normalize("NFC"))
    .toLowerCase()
    .replace(/\//g, " per ")
    .replace(/[%.,:;()[\]{}*_\u2010-\u2015\-'"’]/g, " ");
  const tokens = text
    .split(/\s+/)
    .filter((token) => token !== "" && !HEADER_NOISE.has(token))
    .map((token) => HEADER_SYNONYMS.get(token) ?? token);
  // Folded to plain letters last, so "fordelning" (an ASCII export) meets "Fördelning".
  const joined = tokens.join("");
  return ascii ? joined : joined.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
