import type { RuleErrorCode, RuleErrorDetails } from "../engine";
import { localeFromLanguageTag, type Locale } from "../i18n/locale";
import translations from "./translations.sv-SE.json";

/*
 * The one place where a refused argument becomes the text a user reads in the cell's error flag.
 * Engine errors (RuleInputError codes) and the wrappers' own refusals (missing, text, ambiguous
 * percentage, ...) share the templates below. Swedish by default, English when Office runs in English.
 */

/** Why the wrappers refuse an argument before the engine sees it. */
export type ArgumentErrorCode = "missing" | "text" | "boolean" | "ambiguousPercent" | "notARange" | "notBoolean" | "unknownUnit" | "declared" | "moreUsersThanTotal";

export type MessageCode = RuleErrorCode | ArgumentErrorCode;

/** The language of messages: the display language of Office when it can be read, else Swedish. */
export function currentLocale(): Locale {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return localeFromLanguageTag(office?.context?.displayLanguage);
  } catch {
    return "sv";
  }
}

const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 }),
};

/** A value from error details as the user's locale writes it ("130 365,416667", "-5"). */
export function formatValue(value: string | number | undefined, locale: Locale): string {
  if (value === undefined) return "";
  const number = typeof value === "number" ? value : Number(value);
  if (typeof value === "string" && (value.trim() === "" || !Number.isFinite(number))) return `"${value}"`;
  return NUMBER_FORMATS[locale].format(number).replace(/\s/g, "\u00a0");
}

type Template = (detail: (key: string) => string, raw: RuleErrorDetails) => string;

const SV: Record<MessageCode, Template> = {
  notANumber: (d) => (d("value") ? `${d("value")} är inte ett tal` : "ett tal krävs"),
  notFinite: () => "måste vara ett ändligt tal",
  negative: (d) => `får inte vara negativt (fick ${d("value")})`,
  notPositive: () => "måste vara större än noll",
  notWholeNumber: (d) => `måste vara ett heltal (fick ${d("value")})`,
  outOfRange: (d, raw) =>
    raw.max === 1 && raw.min === 0
      ? `måste ligga mellan 0 % och 100 % (fick ${d("percent")} %)`
      : `måste vara ett heltal från ${d("min")} till ${d("max")} (fick ${d("value")})`,
  exceedsLargest: (d, raw) =>
    `(${d("limit")}) är mindre än enhetens invånare (${d("population")})` +
    (raw.largestPopulation !== undefined ? "; ingen enhet kan vara större än den största, som betalar hela gränsbeloppet" : ""),
  allZero: () => "alla vikter är noll, så det finns inget att fördela efter",
  empty: () => "minst ett värde krävs",
  tooManyDecimals: () => "har för många decimaler",
  unknownName: (d) => `${d("value")} är inte ett känt namn`,
  duplicateName: (d) => `${d("value")} förekommer två gånger`,
  mismatch: () => "stämmer inte med övriga värden",
  missing: () => "saknas (argumentet måste anges)",
  text: (d) => `är text (${d("value")}), inte ett tal${d("hint")}`,
  boolean: () => "är ett sanningsvärde, inte ett tal",
  ambiguousPercent: (d) =>
    `(${d("value")}) är tvetydigt: skriv andelen som procent (19 %) eller som bråk (0,19); tal över 1 tolkas inte som procent`,
  notARange: () => "måste vara ett område med tal",
  notBoolean: () => "måste vara SANT eller FALSKT",
  unknownUnit: (d) =>
    `(${d("value")}) är varken en kommun, en kommunkod (0114 … 0192), en stadsdel i Stockholm eller restposten i Bilaga 3`,
  // Already in the user's language: the parameter declarations' own message (src/params).
  declared: (d, raw) => `${String(raw.message)}${d("hint")}`,
  moreUsersThanTotal: (d) => `(${d("value")}) är fler än alla användare av systemet (${d("total")}); en organisation kan inte ha fler`,
};

const EN: Record<MessageCode, Template> = {
  notANumber: (d) => (d("value") ? `${d("value")} is not a number` : "a number is required"),
  notFinite: () => "must be a finite number",
  negative: (d) => `must not be negative (got ${d("value")})`,
  notPositive: () => "must be greater than zero",
  notWholeNumber: (d) => `must be a whole number (got ${d("value")})`,
  outOfRange: (d, raw) =>
    raw.max === 1 && raw.min === 0
      ? `must be between 0% and 100% (got ${d("percent")}%)`
      : `must be a whole number from ${d("min")} to ${d("max")} (got ${d("value")})`,
  exceedsLargest: (d, raw) =>
    `(${d("limit")}) is smaller than the unit's population (${d("population")})` +
    (raw.largestPopulation !== undefined ? "; no unit can be larger than the largest, which pays the whole threshold" : ""),
  allZero: () => "the weights are all zero, so there is nothing to split by",
  empty: () => "at least one value is required",
  tooManyDecimals: () => "has too many decimals",
  unknownName: (d) => `${d("value")} is not a known name`,
  duplicateName: (d) => `${d("value")} appears twice`,
  mismatch: () => "does not agree with the other values",
  missing: () => "is missing (the argument is required)",
  text: (d) => `is text (${d("value")}), not a number${d("hint")}`,
  boolean: () => "is TRUE/FALSE, not a number",
  ambiguousPercent: (d) =>
    `(${d("value")}) is ambiguous: write the share as a percentage (19%) or a fraction (0.19); numbers above 1 are not read as percentages`,
  notARange: () => "must be a range of numbers",
  notBoolean: () => "must be TRUE or FALSE",
  unknownUnit: (d) =>
    `(${d("value")}) is neither a municipality, a municipality code (0114 … 0192), a Stockholm district nor the rest post of Bilaga 3`,
  declared: (d, raw) => `${String(raw.message)}${d("hint")}`,
  moreUsersThanTotal: (d) => `(${d("value")}) is more than all users of the system (${d("total")}); an organisation cannot have more`,
};

const HINTS: Record<Locale, string> = {
  sv: "; slå upp ett namn med SVV.INVÅNARE2018",
  en: "; look a name up with SVV.POPULATION2018",
};

type TranslationTable = {
  functions: Record<string, { name: string; parameters: Record<string, { name: string }> }>;
};

/** The argument as the user sees it in the function's tooltip: Swedish name in Swedish Office. */
export function argumentDisplayName(functionId: string, parameter: string, locale: Locale): string {
  if (locale === "en") return parameter;
  const table = translations as TranslationTable;
  return table.functions[functionId]?.parameters[parameter]?.name ?? parameter;
}

export interface RefusedArgument {
  readonly functionId: string;
  /** The parameter's English (code) name, as in functions.json. */
  readonly parameter: string;
  /** Where in a range the bad value is, e.g. row 3 column 1 (1-based), for range arguments. */
  readonly cell?: { readonly row: number; readonly column: number };
  readonly code: MessageCode;
  readonly details: RuleErrorDetails;
}

/** The message for a refused argument, naming it: `Argumentet "år" måste vara ett heltal (fick 2,5).` */
export function refusalMessage(refused: RefusedArgument, locale: Locale = currentLocale()): string {
  const raw = refused.details;
  const detail = (key: string): string => {
    if (key === "hint") return raw.hint ? HINTS[locale] : "";
    if (key === "percent") return formatValue(Number(raw.value) * 100, locale);
    if (key === "value" && (refused.code === "text" || refused.code === "unknownUnit")) return `"${String(raw.value)}"`;
    return formatValue(raw[key], locale);
  };
  const reason = (locale === "en" ? EN : SV)[refused.code](detail, raw);
  const name = argumentDisplayName(refused.functionId, refused.parameter, locale);
  const where = refused.cell
    ? locale === "en"
      ? ` (row ${refused.cell.row}, column ${refused.cell.column} of the range)`
      : ` (rad ${refused.cell.row}, kolumn ${refused.cell.column} i området)`
    : "";
  return locale === "en" ? `Argument "${name}"${where} ${reason}.` : `Argumentet "${name}"${where} ${reason}.`;
}

/** The message when something unexpected fails: never a JavaScript exception text. */
export function internalErrorMessage(functionId: string, locale: Locale = currentLocale()): string {
  return locale === "en"
    ? `SVV.${functionId} could not compute this (internal error). Please report it with the arguments used.`
    : `SVV.${functionId} kunde inte räkna ut detta (internt fel). Rapportera det gärna med argumenten.`;
}
