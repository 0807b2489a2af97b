import { Decimal } from "../engine";
import type { Locale } from "./locale";

/*
 * What Excel shows in a cell: its value under its number format code, in the user's language. The
 * codes are Excel's language-independent ones (`#,##0 "kr"`, `0.00%`, `yyyy-mm-dd`, "General");
 * Swedish Excel writes the digit groups with a (non-breaking) space and the decimals after a comma,
 * English Excel with "," and ".", so `#,##0 "kr"` shows "54 931 kr" and "54,931 kr", `0.00%` shows
 * "3,97%" and "3.97%". The characters of the code are shown as written: a code without a space
 * before its "%" shows none (Bilaga 3, printed from Swedish Excel, reads "3,97%").
 *
 * Enough of the code language for every code the workbook writes and the common ones besides:
 * sections (positive;negative;zero;text), quoted and escaped literals, digit placeholders 0 # ?,
 * thousands separators and scaling commas, decimals, percent, dates (y, m, d), [colour] and
 * [condition] prefixes (ignored), `_x` spacing and `*x` fill (one space, none). Not: fractions,
 * scientific codes, times, conditions that pick a section.
 */

const NBSP = "\u00a0";

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  sv: { group: NBSP, decimal: "," },
  en: { group: ",", decimal: "." },
};

/** How Swedish and English Excel show TRUE and FALSE. */
const BOOLEANS: Readonly<Record<Locale, readonly [string, string]>> = { sv: ["SANT", "FALSKT"], en: ["TRUE", "FALSE"] };

/** A cell's value as Range.values gives it. */
export type ShownValue = string | number | boolean | null | undefined;

/** The text Excel shows for `value` under the number format `code` ("General" when none), in `locale`. */
export function excelText(value: ShownValue, code: string | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return BOOLEANS[locale][value ? 0 : 1];
  const sections = splitSections(code === undefined || code === "" ? "General" : code);
  if (typeof value === "string") {
    // A text is shown as it is, unless the code has a fourth (text) section with @ in it.
    return sections[3] !== undefined ? render(tokens(sections[3]), 0, locale, value) : value;
  }
  if (!Number.isFinite(value)) return String(value);
  const { section, shown } = pickSection(sections, value);
  if (/^\s*(general|@)\s*$/i.test(stripBrackets(section))) {
    return `${shown < 0 ? "-" : ""}${general(Math.abs(shown), locale)}`;
  }
  return render(tokens(section), shown, locale);
}

/** The code's sections, split at the semicolons outside quotes and escapes. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === "\\" && !quoted && i + 1 < code.length) {
      current += char + code[++i];
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += char;
  }
  sections.push(current);
  return sections;
}

/**
 * The section a number is shown by, and the number it shows: a negative number's own section shows
 * its absolute value (the section writes the sign, if any); with one section, a minus goes first.
 */
function pickSection(sections: readonly string[], value: number): { section: string; shown: number } {
  if (value < 0 && sections.length >= 2) return { section: sections[1], shown: -value };
  if (value === 0 && sections.length >= 3) return { section: sections[2], shown: 0 };
  return { section: sections[0], shown: value };
}

const stripBrackets = (section: string) => section.replace(/\[[^\]]*\]/g, "");

type Token = { readonly kind: "literal"; readonly text: string } | { readonly kind: "code"; readonly text: string };

/** A section as literals (quoted, escaped, spacing) and code characters, colours and conditions dropped. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  const pattern = /"([^"]*)"|\\(.)|_(.)|\*(.)|\[[^\]]*\]|(.)/gs;
  for (const match of section.matchAll(pattern)) {
    if (match[1] !== undefined) out.push({ kind: "literal", text: match[1] });
    else if (match[2] !== undefined) out.push({ kind: "literal", text: match[2] });
    else if (match[3] !== undefined) out.push({ kind: "literal", text: " " });
    else if (match[5] !== undefined) out.push({ kind: "code", text: match[5] });
    // *x (fill to the cell's width) and [colour]/[condition] show nothing here.
  }
  return out;
}

/** A section's tokens with the number (or text, for @) put in. */
function render(parts: readonly Token[], value: number, locale: Locale, text?: string): string {
  const code = parts.filter((part) => part.kind === "code").map((part) => part.text).join("");
  if (text !== undefined) return parts.map((part) => (part.kind === "code" && part.text === "@" ? text : part.text)).join("");
  if (/[ymd]/i.test(code)) return renderDate(parts, value, locale);
  const percents = (code.match(/%/g) ?? []).length;
  const { digits, negative } = formatDigits(code, value * 100 ** percents, locale);
  let placed = false;
  // A minus the section does not write itself goes first, before any literal ("-54 931 kr").
  const shown = parts
    .map((part) => {
      if (part.kind === "literal") return part.text;
      if (/[0#?.,]/.test(part.text)) {
        if (placed) return "";
        placed = true;
        return digits;
      }
      return part.text;
    })
    .join("");
  return negative ? `-${shown}` : shown;
}

/** The digits of a number by the code's placeholders: minimum integer digits, groups, scaling, decimals. */
function formatDigits(code: string, value: number, locale: Locale): { digits: string; negative: boolean } {
  const placeholders = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(code)?.[0] ?? "";
  const [integerPart, fractionPart = ""] = placeholders.split(".");
  // Commas after the last integer digit divide by a thousand each; a comma between digits groups them.
  const scaling = (/,+$/.exec(integerPart)?.[0].length ?? 0);
  const integerCode = integerPart.slice(0, integerPart.length - scaling);
  const grouped = integerCode.includes(",");
  const minimumInteger = (integerCode.match(/0/g) ?? []).length;
  const decimals = fractionPart.length;
  const minimumDecimals = (/^[0?]*/.exec(fractionPart)?.[0].length ?? 0);
  // Excel keeps 15 significant digits and rounds half away from zero.
  const exact = new Decimal(Math.abs(value).toPrecision(15)).div(new Decimal(1000).pow(scaling));
  const [whole, fraction = ""] = exact.toFixed(decimals, Decimal.ROUND_HALF_UP).split(".");
  let integer = whole === "0" && minimumInteger === 0 ? "" : whole.padStart(minimumInteger, "0");
  const { group, decimal } = SEPARATORS[locale];
  if (grouped) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  let shownFraction = fraction;
  while (shownFraction.length > minimumDecimals && shownFraction.endsWith("0")) shownFraction = shownFraction.slice(0, -1);
  // A number that shows as zero shows no minus.
  const negative = value < 0 && /[1-9]/.test(`${whole}${fraction}`);
  return { digits: `${integer}${shownFraction !== "" ? `${decimal}${shownFraction}` : ""}`, negative };
}

/** Excel's General format: up to ten significant digits, no groups, the language's decimal mark. */
function general(value: number, locale: Locale): string {
  const { decimal } = SEPARATORS[locale];
  if (Number.isInteger(value) && value < 1e11) return String(value);
  if (value !== 0 && (value >= 1e11 || value < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    return `${trimmed.replace(".", decimal)}E${exponent.startsWith("-") ? "-" : "+"}${exponent.replace(/^[-+]/, "").padStart(2, "0")}`;
  }
  const digits = Math.max(1, 10 - Math.max(0, Math.floor(Math.log10(value)) + 1));
  return new Decimal(value.toPrecision(15)).toFixed(Math.min(digits, 10), Decimal.ROUND_HALF_UP).replace(/\.?0+$/, "").replace(".", decimal);
}

/** A date serial (days since 1899-12-30) by the code's y, m and d; the rest of the code as written. */
function renderDate(parts: readonly Token[], serial: number, locale: Locale): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const name = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(date);
  const two = (n: number) => String(n).padStart(2, "0");
  const field = (letter: string, length: number): string => {
    if (letter === "y") return length <= 2 ? two(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
    if (letter === "m") {
      if (length >= 3) return name({ month: length === 3 ? "short" : "long" });
      return length === 2 ? two(date.getUTCMonth() + 1) : String(date.getUTCMonth() + 1);
    }
    if (length >= 3) return name({ weekday: length === 3 ? "short" : "long" });
    return length === 2 ? two(date.getUTCDate()) : String(date.getUTCDate());
  };
  let out = "";
  let run = "";
  const flush = () => {
    if (run !== "") out += field(run[0], run.length);
    run = "";
  };
  for (const part of parts) {
    const letter = part.kind === "code" ? part.text.toLowerCase() : "";
    if (letter === "y" || letter === "m" || letter === "d") {
      if (run !== "" && run[0] !== letter) flush();
      run += letter;
      continue;
    }
    flush();
    out += part.text;
  }
  flush();
  return out;
}
