import { Decimal } from "../engine";
import { readNumberText, formatNumber, withPercentSign, quoted, say, FIRST_SERIAL_DATE, excelDateSerial, type NumberConvention, type NumberTextProblem, type NumberTextResult, type Locale } from "../i18n";
import { NUMBER_PARAMETERS, REFERENCE_DATE, type CheckedFigure, type NumberParamKey, type NumberParameter } from "./declarations";
import { PARAM_MESSAGES as M, UNIT_NAMES } from "./messages";

/*
 * Reading and checking a figure the user gave, against its declaration: text through the one
 * number reader (src/i18n/numberText.ts), then the hard limits (refused) and the plausible range
 * (a warning the user must confirm). Every entry point calls these and shows `message` after its
 * own place ("--threshold: …", the field, the cell).
 */

/** The reader's refusals of the text, then the declaration's of the value. */
export type ParameterProblem =
  | NumberTextProblem
  | "negative"
  | "notPositive"
  | "belowMin"
  | "aboveMax"
  | "notWhole"
  | "notADate";

/**
 * A figure read from what the user gave (a field, an option, a cell): its value, in the parameter's
 * own unit (a share as a fraction), or the refusal with its message. Every entry point keeps this
 * one shape: the pane's fields, the Check tab, the commands, the custom functions.
 */
export type Reading<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** Set when the value is inside the limits but outside the plausible range: needs confirmation. */
      readonly implausible?: string;
    }
  | { readonly ok: false; readonly problem: ParameterProblem; readonly message: string };

export type NumberReading = Reading<Decimal>;

export interface ReadOptions {
  /** The convention of the surrounding table, for "615,312" (checked tables only). */
  readonly convention?: NumberConvention;
}

/** A declared value's label without its unit in brackets, as a help line or a list names it ("Gränsbelopp LOU (kr)" → "Gränsbelopp LOU"). */
export function shortLabel(label: string): string {
  return label.replace(/ \(.*\)$/, "");
}

/** A value as the user's language writes it in the parameter's unit: "615 312 kr", "19 %", "8 år". */
export function displayValue(key: NumberParamKey, value: Decimal | number, locale: Locale, spaceGroups = false): string {
  const decimal = new Decimal(value);
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const written = (n: Decimal) => formatNumber(n, locale, "all", spaceGroups);
  switch (spec.unit) {
    case "kronor":
      return `${written(decimal)}\u00a0kr`;
    case "percent":
      return withPercentSign(written(decimal.times(100)), locale);
    case "years":
      return say(M.years, locale, written(decimal), decimal.eq(1));
    default:
      return written(decimal);
  }
}

/** A refusal, whatever the reading was for. */
type Refusal = Extract<NumberReading, { ok: false }>;

function refusal(problem: ParameterProblem, message: string): Refusal {
  return { ok: false, problem, message };
}

/** The message for a text the number reader refused. */
function textRefusal(key: NumberParamKey, text: string, reading: Extract<NumberTextResult, { ok: false }>, locale: Locale): Refusal {
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const shown = text.trim();
  switch (reading.problem) {
    case "empty":
      return refusal("empty", say(M.empty, locale));
    case "ambiguousSeparator": {
      const [likely, other] = reading.readings!;
      // Spaces group the digits in both languages here: "615,312" would only repeat the question.
      const asValue = (value: Decimal) => displayValue(key, value, locale, true);
      return refusal("ambiguousSeparator", say(M.ambiguousSeparator, locale, shown, asValue(likely), asValue(other), formatNumber(likely, locale, "all", true)));
    }
    case "ambiguousFraction": {
      const [likely, other] = reading.readings!;
      const percent = (value: Decimal) => withPercentSign(formatNumber(value, locale, "all"), locale);
      return refusal("ambiguousFraction", say(M.ambiguousFraction, locale, shown, percent(likely), percent(other)));
    }
    case "scientific":
      return refusal("scientific", say(M.scientific, locale, shown, reading.meant ? formatNumber(reading.meant, locale, "all") : ""));
    case "tooManyDigits":
      return refusal("tooManyDigits", say(M.tooManyDigits, locale, shown));
    case "wrongUnit":
      return refusal("wrongUnit", say(M.wrongUnit, locale, shown, say(UNIT_NAMES[reading.foundUnit ?? "plain"], locale), say(UNIT_NAMES[spec.unit], locale)));
    case "notANumber":
      return refusal("notANumber", say(M.notANumber, locale, shown));
  }
}

/**
 * Checks a value against the parameter's hard limits and plausible range. `value` is in the
 * parameter's own unit (a share as a fraction). A value inside the limits comes back as the engine's
 * checked type its limits make it (CheckedFigure).
 */
export function checkNumberParameter<K extends NumberParamKey>(key: K, input: Decimal | number, locale: Locale): Reading<CheckedFigure<K>> {
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const value = new Decimal(input);
  // Written only when a message needs it: the happy path of a custom function runs this per cell.
  const v = () => displayValue(key, value, locale);
  const { min, max, whole, minExclusive } = spec.limits;
  if (!value.isFinite()) return refusal("notANumber", say(M.notANumber, locale, String(input)));
  if (value.isNegative() && !value.isZero() && min >= 0) return refusal("negative", say(M.negative, locale, v()));
  if (minExclusive && value.lte(min)) return refusal("notPositive", say(M.notPositive, locale, displayValue(key, min, locale)));
  if (value.lt(min)) return refusal("belowMin", say(M.belowMin, locale, v(), displayValue(key, min, locale)));
  if (value.gt(max)) {
    return spec.unit === "percent" && max === 1
      ? refusal("aboveMax", say(M.overHundredPercent, locale, v()))
      : refusal("aboveMax", say(M.aboveMax, locale, v(), displayValue(key, max, locale)));
  }
  if (whole && !value.isInteger()) return refusal("notWhole", say(M.notWhole, locale, v()));
  const checked = value as CheckedFigure<K>;
  const plausible = spec.plausible;
  if (plausible && (value.lt(plausible.min) || value.gt(plausible.max))) {
    return { ok: true, value: checked, implausible: say(M.implausible, locale, v(), displayValue(key, plausible.min, locale), displayValue(key, plausible.max, locale)) };
  }
  return { ok: true, value: checked };
}

/**
 * The refusal of a value outside the parameter's plausible range where nobody can confirm it (a
 * custom function's argument): names the range, as the confirmation does.
 */
export function implausibleRefusal(key: NumberParamKey, value: Decimal | number, locale: Locale): string {
  const range = NUMBER_PARAMETERS[key] as NumberParameter;
  const { min, max } = range.plausible ?? { min: range.limits.min, max: range.limits.max };
  return say(M.implausibleRefused, locale, displayValue(key, value, locale), displayValue(key, min, locale), displayValue(key, max, locale));
}

/**
 * Reads a figure typed as text (a field, an option, a cell's text) for the parameter `key`. A
 * percentage is typed in percent ("19", "19 %") and returned as a fraction (0.19).
 */
export function readNumberParameter<K extends NumberParamKey>(key: K, text: string, locale: Locale, options: ReadOptions = {}): Reading<CheckedFigure<K>> {
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const reading = readNumberText(text, { unit: spec.unit, ...(options.convention ? { convention: options.convention } : {}) });
  if (!reading.ok) return textRefusal(key, text, reading, locale);
  const value = spec.unit === "percent" ? reading.value.div(100) : reading.value;
  return checkNumberParameter(key, value, locale);
}

/**
 * A figure from a spreadsheet cell or a function argument: a number is taken as it is (a cell
 * formatted as 19 % holds 0.19; a share above 1 is refused as ambiguous), text is read as typed.
 */
export function readCellParameter<K extends NumberParamKey>(key: K, input: number | string, locale: Locale, options: ReadOptions = {}): Reading<CheckedFigure<K>> {
  if (typeof input === "string") return readNumberParameter(key, input, locale, options);
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  if (!Number.isFinite(input)) return refusal("notANumber", say(M.notANumber, locale, String(input)));
  if (spec.unit === "percent" && input > 100) {
    // Over 100 % whether it is read as a fraction or in percent: not ambiguous, just too large.
    return refusal("aboveMax", say(M.overHundredPercent, locale, formatNumber(new Decimal(input), locale, "all")));
  }
  if (spec.unit === "percent" && input === 1) {
    // A cell formatted as 100 % and the number 1 typed for 1 % hold the same 1.
    return refusal("ambiguousFraction", say(M.ambiguousShareOne, locale));
  }
  if (spec.unit === "percent" && input > 1) {
    const likely = withPercentSign(formatNumber(new Decimal(input), locale, "all"), locale);
    return refusal("aboveMax", say(M.ambiguousShareNumber, locale, formatNumber(new Decimal(input), locale, "all"), likely));
  }
  return checkNumberParameter(key, new Decimal(String(input)), locale);
}

/** The population's reference date read: an ISO date ("2018-12-31"). */
export type DateReading = Reading<string>;

/**
 * The population's reference date: ISO "2018-12-31", also "31/12 2018" as the papers write it; a
 * date that exists and that Excel shows right.
 */
export function readDateParameter(text: string, locale: Locale): DateReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty", message: say(M.empty, locale) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const paper = /^(\d{1,2})\/(\d{1,2})[\s\u00a0]+(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : paper ? [paper[3], paper[2], paper[1]] : undefined;
  const notADate = { ok: false, problem: "notADate", message: say(M.notADate, locale, trimmed) } as const;
  if (!parts) return notADate;
  const value = `${parts[0].padStart(4, "0")}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return notADate;
  if (value < FIRST_SERIAL_DATE) return { ok: false, problem: "notADate", message: say(M.dateTooEarly, locale, trimmed, FIRST_SERIAL_DATE) };
  excelDateSerial(value);
  return { ok: true, value };
}

export type YearReading = { readonly ok: true; readonly year?: number } | { readonly ok: false; readonly problem: "notAYear" };

/**
 * The budget year (BUDGET_YEAR) as typed: none (empty), or four digits. Whether the table of
 * thresholds covers it is the caller's to ask (thresholdForYear), as it says so in its own words.
 */
export function readBudgetYear(text: string): YearReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true };
  return /^\d{4}$/.test(trimmed) ? { ok: true, year: Number(trimmed) } : { ok: false, problem: "notAYear" };
}

/**
 * The text a field shows for a parameter's default ("615 312", "19", "2018-12-31"), in the field's
 * unit; `given` replaces the declared default (the threshold of a budget year chosen).
 */
export function defaultText(key: NumberParamKey | "referenceDate", locale: Locale, given?: number): string {
  if (key === "referenceDate") return REFERENCE_DATE.defaultValue;
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const declared = given ?? spec.defaultValue;
  if (declared === undefined) return "";
  const value = new Decimal(declared);
  // Grouped with spaces in English too: "615,312" is a text the reader refuses as ambiguous.
  return formatNumber(spec.unit === "percent" ? value.times(100) : value, locale, "all", true).replace(/\u00a0/g, " ");
}

/** The option or field at fault followed by the message: "--threshold: …", "Gränsbelopp LOU (kr): …". */
export function withPlace(place: string, message: string): string {
  return `${place}: ${message}`;
}

export { quoted };
