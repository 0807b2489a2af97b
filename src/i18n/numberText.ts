import { Decimal } from "../engine";

/*
 * The one reader of number text in the product: the pane's fields, the commands' options, the
 * population file and range, the checked tables and the custom functions' text arguments all read
 * figures here, so a text means the same everywhere. The rules (also in the README):
 *
 * - Digit groups may be separated by spaces of any kind (normal, no-break, narrow no-break, thin,
 *   figure space), groups of three: "615 312".
 * - A decimal mark is a comma or a point: "19,5" and "19.5" are both 19,5. Several commas (or
 *   points) group thousands ("1,234,567"); with both, the last one is the decimal mark
 *   ("1.234,56", "1,234.56").
 * - One comma or point followed by exactly three digits ("615,312", "11.000") could be a decimal
 *   mark or a thousands separator: the text is refused, with both readings, unless the caller knows
 *   the convention (a checked table whose other cells show it), or the unit leaves one reading
 *   (percentages: a decimal mark), or the digits rule out a thousands group ("0,125", "1234,567").
 * - A unit may follow: "kr", "kronor", "SEK", ":-" for kronor; "%" for percent; "år" for years;
 *   "st"/"invånare"/"personer" for persons; "användare"/"users" for users. A unit that is not the
 *   field's ("19 %" for kronor) is refused.
 * - A percentage without "%" is read in percent ("19" is 19 %); a number between 0 and 1 without
 *   "%" ("0,19") is refused as two readings (19 % as a fraction, or 0,19 %).
 * - Refused as well: scientific notation ("1e6"), more than 15 significant digits (what Excel keeps).
 */

export type NumberUnit = "kronor" | "percent" | "years" | "persons" | "users" | "plain";

/** Which way a text's separators go when a table shows it elsewhere: Swedish 1 234,56 or English 1,234.56. */
export type NumberConvention = "sv" | "en";

export interface NumberTextOptions {
  readonly unit: NumberUnit;
  /** Resolves "615,312"-like texts when the surrounding table shows its convention. */
  readonly convention?: NumberConvention;
  /**
   * Percent only: a number between 0 and 1 without "%" is taken as written (a checked table's
   * column of percentages, where 0,51 is Vaxholm's 0,51 %), not refused as two readings.
   */
  readonly allowFraction?: boolean;
}

export type NumberTextProblem =
  | "empty"
  | "notANumber"
  /** "615,312": a decimal mark or a thousands separator; `readings` holds both. */
  | "ambiguousSeparator"
  /** "0,19" for a percentage: 19 % as a fraction, or 0,19 %; `readings` holds both (in percent). */
  | "ambiguousFraction"
  /** "1e6": `meant` holds the number in digits when it is a whole number Excel keeps exactly. */
  | "scientific"
  | "tooManyDigits"
  /** A unit that is not the field's ("19 %" where kronor are asked for); `foundUnit` says which. */
  | "wrongUnit";

export type NumberTextResult =
  | {
      readonly ok: true;
      /** The number as written, in the unit's own terms: 19 for "19 %", 615312 for "615 312 kr". */
      readonly value: Decimal;
      /** The text carried the unit's sign or word ("%", "kr"). */
      readonly unitWritten: boolean;
    }
  | {
      readonly ok: false;
      readonly problem: NumberTextProblem;
      /** For the ambiguous problems: the two values the text could mean, the likelier first. */
      readonly readings?: readonly [Decimal, Decimal];
      /** For "scientific": the value written ("1e6" is 1 000 000), when whole and under 10^15. */
      readonly meant?: Decimal;
      readonly foundUnit?: NumberUnit;
    };

const SPACE_CHARS = "\\s\\u00a0\\u202f\\u2009\\u2007";
const SPACES = new RegExp(`[${SPACE_CHARS}]`, "g");

/** Words and signs each unit may carry, before or after the figure (lower case, spaces removed). */
const UNIT_WORDS: Readonly<Record<Exclude<NumberUnit, "plain">, readonly string[]>> = {
  kronor: ["kronor", "kr.", "kr", "sek", ":-"],
  percent: ["%", "procent", "percent"],
  years: ["år", "years", "year", "yrs"],
  persons: ["invånare", "inhabitants", "personer", "persons", "people", "pers", "st"],
  users: ["användare", "users", "user", "st"],
};
const UNIT_PREFIXES: readonly string[] = ["sek", "kr"];

function empty(problem: NumberTextProblem, extra: Partial<Extract<NumberTextResult, { ok: false }>> = {}): NumberTextResult {
  return { ok: false, problem, ...extra };
}

/** Strips a unit word or sign; returns the rest and the units that word can name. */
function stripUnit(text: string): { body: string; units: readonly NumberUnit[] } {
  const lower = text.toLocaleLowerCase("sv-SE");
  // Longest words first, so "kronor" is not taken for "kr" followed by "onor".
  const words = [...new Set(Object.values(UNIT_WORDS).flat())].sort((a, b) => b.length - a.length);
  const unitsOf = (word: string) => (Object.keys(UNIT_WORDS) as Exclude<NumberUnit, "plain">[]).filter((unit) => UNIT_WORDS[unit].includes(word));
  for (const word of words) {
    if (lower.endsWith(word) && lower.length > word.length) return { body: text.slice(0, text.length - word.length), units: unitsOf(word) };
  }
  for (const word of UNIT_PREFIXES) {
    if (lower.startsWith(word) && lower.length > word.length) return { body: text.slice(word.length), units: ["kronor"] };
  }
  return { body: text, units: [] };
}

function significantDigits(digits: string): number {
  return digits.replace(/^0+/, "").replace(/\.?0*$/, (tail) => (tail.startsWith(".") ? "" : tail)).replace(".", "").length;
}

/** True when the part before a decimal mark could be the first group of a grouped number. */
const couldLeadGroups = (integer: string) => /^[1-9]\d{0,2}$/.test(integer);

/**
 * Reads number text: the pane's fields, the commands' options, the cells of an imported or checked
 * table. Never guesses between two readings; see the rules above.
 */
export function readNumberText(text: string, options: NumberTextOptions): NumberTextResult {
  const trimmed = text.normalize("NFC").trim();
  if (trimmed === "") return empty("empty");

  // Spaces group digits; remember whether the text used them (then a lone separator is a decimal mark).
  const stripped = stripUnit(trimmed.replace(SPACES, ""));
  const unitWritten = stripped.units.length > 0;
  if (unitWritten && !stripped.units.includes(options.unit)) return empty("wrongUnit", { foundUnit: stripped.units[0] });

  let body = stripped.body.replace(/\u2212/g, "-");
  let negative = false;
  if (/^[-+]/.test(body)) {
    negative = body.startsWith("-");
    body = body.slice(1);
  }
  if (/^\d+(?:[.,]\d+)?e[-+]?\d+$/i.test(body)) {
    const value = new Decimal(body.replace(",", "."));
    const whole = value.isInteger() && value.lt(1e15) ? (negative ? value.negated() : value) : undefined;
    return empty("scientific", whole ? { meant: whole } : {});
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return empty("notANumber");

  // Groups written with spaces must be groups of three: "615 312", not "61 5312".
  const rawWithoutUnit = trimmed.replace(/^(sek|kr)/i, "");
  const spaced = new RegExp(`\\d[${SPACE_CHARS}]+\\d`).test(rawWithoutUnit);
  if (spaced) {
    const integerPart = rawWithoutUnit.replace(/[^\d.,\s\u00a0\u202f\u2009\u2007]/g, "").trim().split(/[.,]/)[0];
    if (!new RegExp(`^\\d{1,3}([${SPACE_CHARS}]+\\d{3})*$`).test(integerPart.trim())) return empty("notANumber");
  }

  const commas = (body.match(/,/g) ?? []).length;
  const points = (body.match(/\./g) ?? []).length;
  let plain: string;
  let alternative: string | undefined;
  if (commas > 0 && points > 0) {
    const decimalMark = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimalMark === "," ? "." : ",";
    const [integer, fraction, ...more] = body.split(decimalMark);
    if (more.length > 0 || !/^\d{1,3}(\d{3})*$/.test(integer.split(group).join("")) || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(integer) || spaced) {
      return empty("notANumber");
    }
    plain = `${integer.split(group).join("")}.${fraction}`;
  } else if (commas + points > 1) {
    const mark = commas > 0 ? "," : ".";
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(body) || spaced) return empty("notANumber");
    plain = body.split(mark).join("");
  } else if (commas + points === 1) {
    const mark = commas > 0 ? "," : ".";
    const [integer, fraction] = body.split(mark);
    if (fraction === "" || (integer === "" && fraction === "")) return empty("notANumber");
    plain = `${integer === "" ? "0" : integer}.${fraction}`;
    const groupingPossible = fraction.length === 3 && couldLeadGroups(integer) && !spaced;
    if (groupingPossible && options.unit !== "percent") {
      const convention = options.convention;
      const decimalInConvention = convention === undefined ? undefined : (convention === "sv") === (mark === ",");
      if (decimalInConvention === false) {
        plain = `${integer}${fraction}`;
      } else if (decimalInConvention === undefined) {
        alternative = `${integer}${fraction}`;
      }
    }
  } else {
    plain = body;
  }
  if (!/^\d+(\.\d+)?$/.test(plain)) return empty("notANumber");
  if (significantDigits(plain) > 15) return empty("tooManyDigits");

  const signed = (digits: string) => {
    const value = new Decimal(digits);
    return negative && !value.isZero() ? value.negated() : value;
  };
  if (alternative !== undefined) {
    // Kronor, people, years and users are whole far more often than they carry three decimals.
    return empty("ambiguousSeparator", { readings: [signed(alternative), signed(plain)] });
  }
  const value = signed(plain);
  if (options.unit === "percent" && !options.allowFraction && !unitWritten && value.abs().gt(0) && value.abs().lt(1)) {
    return empty("ambiguousFraction", { readings: [value.times(100), value] });
  }
  return { ok: true, value, unitWritten };
}

/**
 * The convention a table's texts show, from the texts that only one convention reads as they are:
 * space-grouped digits or a decimal comma ("54 931", "3,97 %") are Swedish; a decimal point or comma
 * groups ("3.97%", "1,383,004.47") are English. Undefined when the texts show neither, or both.
 */
export function conventionOf(texts: Iterable<string>): NumberConvention | undefined {
  let sv = false;
  let en = false;
  for (const raw of texts) {
    const text = raw.replace(/[^\d.,\s\u00a0\u202f\u2009\u2007]/g, "").trim();
    if (/\d[\s\u00a0\u202f\u2009\u2007]+\d{3}/.test(text) || /\d,(\d{1,2}|\d{4,})$/.test(text) || /\.\d{3}.*,\d+$/.test(text)) sv = true;
    if (/\d\.(\d{1,2}|\d{4,})$/.test(text) || /,\d{3}.*\.\d+$/.test(text) || /^\d{1,3}(,\d{3}){2,}$/.test(text)) en = true;
  }
  return sv === en ? undefined : sv ? "sv" : "en";
}
