import type { RuleErrorCode, RuleErrorDetails } from "../engine";
import { formatNumber, localeFromLanguageTag, type Locale, type Bilingual } from "../i18n";
import translations from "./translations.sv-SE.json";

/*
 * The one place where a refused argument becomes the text a user reads in the cell's error flag.
 * Engine errors (RuleInputError codes) and the wrappers' own refusals (missing, text, a figure its
 * declaration refuses, ...) share the reasons below, each one entry with its Swedish and English side by side.
 * Swedish by default, English when Office runs in English.
 */

/** Why the wrappers refuse an argument before the engine sees it. */
export type ArgumentErrorCode = "missing" | "text" | "boolean" | "notARange" | "notBoolean" | "unknownUnit" | "declared" | "moreUsersThanTotal";

export type MessageCode = RuleErrorCode | ArgumentErrorCode;

let known: { readonly tag: string | undefined; readonly locale: Locale } | undefined;

/**
 * The language of messages: the display language of Office when it can be read, else Swedish. Only
 * a refusal asks (a plain number inside its range never does), and the language tag is read into a
 * locale once: Office's display language does not change while the add-in runs.
 */
export function currentLocale(): Locale {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const tag = office?.context?.displayLanguage;
    if (known === undefined || known.tag !== tag) known = { tag, locale: localeFromLanguageTag(tag) };
    return known.locale;
  } catch {
    return "sv";
  }
}

/** A value from error details as the user's locale writes it ("130 365,416667", "-5"). */
export function formatValue(value: string | number | undefined, locale: Locale): string {
  if (value === undefined) return "";
  const number = typeof value === "number" ? value : Number(value);
  if (typeof value === "string" && (value.trim() === "" || !Number.isFinite(number))) return `"${value}"`;
  return formatNumber(number, locale, { atMost: 6 });
}

/** A detail of the refusal as the user's language writes it ("130 365,416667", "\"Solna\""; "" when absent). */
type Detail = (key: string) => string;

/** Why an argument is refused, by code; the reason follows the argument's name ("Argumentet "år" …"). */
export const REFUSAL_REASONS = {
  notANumber: {
    sv: (d) => (d("value") ? `${d("value")} är inte ett tal` : "ett tal krävs"),
    en: (d) => (d("value") ? `${d("value")} is not a number` : "a number is required"),
  },
  notFinite: { sv: () => "måste vara ett ändligt tal", en: () => "must be a finite number" },
  negative: { sv: (d) => `får inte vara negativt (fick ${d("value")})`, en: (d) => `must not be negative (got ${d("value")})` },
  notPositive: { sv: () => "måste vara större än noll", en: () => "must be greater than zero" },
  notWholeNumber: { sv: (d) => `måste vara ett heltal (fick ${d("value")})`, en: (d) => `must be a whole number (got ${d("value")})` },
  outOfRange: {
    sv: (d, raw) =>
      raw.max === 1 && raw.min === 0
        ? `måste ligga mellan 0 % och 100 % (fick ${d("percent")} %)`
        : `måste vara ett heltal från ${d("min")} till ${d("max")} (fick ${d("value")})`,
    en: (d, raw) =>
      raw.max === 1 && raw.min === 0
        ? `must be between 0% and 100% (got ${d("percent")}%)`
        : `must be a whole number from ${d("min")} to ${d("max")} (got ${d("value")})`,
  },
  exceedsLargest: {
    sv: (d, raw) =>
      `(${d("limit")}) är mindre än enhetens invånare (${d("population")})` +
      (raw.largestPopulation !== undefined ? "; ingen enhet kan vara större än den största, som betalar hela gränsbeloppet" : ""),
    en: (d, raw) =>
      `(${d("limit")}) is smaller than the unit's population (${d("population")})` +
      (raw.largestPopulation !== undefined ? "; no unit can be larger than the largest, which pays the whole threshold" : ""),
  },
  allZero: {
    sv: () => "alla vikter är noll, så det finns inget att fördela efter",
    en: () => "the weights are all zero, so there is nothing to split by",
  },
  empty: { sv: () => "minst ett värde krävs", en: () => "at least one value is required" },
  tooManyDecimals: { sv: () => "har för många decimaler", en: () => "has too many decimals" },
  unknownName: { sv: (d) => `${d("value")} är inte ett känt namn`, en: (d) => `${d("value")} is not a known name` },
  duplicateName: { sv: (d) => `${d("value")} förekommer två gånger`, en: (d) => `${d("value")} appears twice` },
  mismatch: { sv: () => "stämmer inte med övriga värden", en: () => "does not agree with the other values" },
  missing: { sv: () => "saknas (argumentet måste anges)", en: () => "is missing (the argument is required)" },
  text: { sv: (d) => `är text (${d("value")}), inte ett tal${d("hint")}`, en: (d) => `is text (${d("value")}), not a number${d("hint")}` },
  boolean: { sv: () => "är ett sanningsvärde, inte ett tal", en: () => "is TRUE/FALSE, not a number" },
  notARange: { sv: () => "måste vara ett område med tal", en: () => "must be a range of numbers" },
  notBoolean: { sv: () => "måste vara SANT eller FALSKT", en: () => "must be TRUE or FALSE" },
  unknownUnit: {
    sv: (d) =>
      `(${d("value")}) är varken en kommun, en kommunkod (0114 … 0192), en stadsdel i Stockholm eller restposten i Bilaga 3`,
    en: (d) =>
      `(${d("value")}) is neither a municipality, a municipality code (0114 … 0192), a Stockholm district nor the rest post of Bilaga 3`,
  },
  // Already in the user's language: the parameter declarations' own message (src/params).
  declared: { sv: (d, raw) => `${String(raw.message)}${d("hint")}`, en: (d, raw) => `${String(raw.message)}${d("hint")}` },
  moreUsersThanTotal: {
    sv: (d) => `(${d("value")}) är fler än alla användare av systemet (${d("total")}); en organisation kan inte ha fler`,
    en: (d) => `(${d("value")}) is more than all users of the system (${d("total")}); an organisation cannot have more`,
  },
} as const satisfies Record<MessageCode, Bilingual<[Detail, RuleErrorDetails]>>;

/** The frame around a reason: the argument, where in its range, the hint, an internal error. */
export const FUNCTION_MESSAGES = {
  /** A name that was not found: where to look it up. */
  hint: { sv: () => "; slå upp ett namn med SVV.INVÅNARE2018", en: () => "; look a name up with SVV.POPULATION2018" },
  /** Where in a range argument the bad value is (1-based). */
  cell: {
    sv: (row: number, column: number) => ` (rad ${row}, kolumn ${column} i området)`,
    en: (row: number, column: number) => ` (row ${row}, column ${column} of the range)`,
  },
  refused: {
    sv: (name: string, where: string, reason: string) => `Argumentet "${name}"${where} ${reason}.`,
    en: (name: string, where: string, reason: string) => `Argument "${name}"${where} ${reason}.`,
  },
  internalError: {
    sv: (functionId: string) => `SVV.${functionId} kunde inte räkna ut detta (internt fel). Rapportera det gärna med argumenten.`,
    en: (functionId: string) => `SVV.${functionId} could not compute this (internal error). Please report it with the arguments used.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

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
    if (key === "hint") return raw.hint ? FUNCTION_MESSAGES.hint[locale]() : "";
    if (key === "percent") return formatValue(Number(raw.value) * 100, locale);
    if (key === "value" && (refused.code === "text" || refused.code === "unknownUnit")) return `"${String(raw.value)}"`;
    return formatValue(raw[key], locale);
  };
  const reason = REFUSAL_REASONS[refused.code][locale](detail, raw);
  const name = argumentDisplayName(refused.functionId, refused.parameter, locale);
  const where = refused.cell ? FUNCTION_MESSAGES.cell[locale](refused.cell.row, refused.cell.column) : "";
  return FUNCTION_MESSAGES.refused[locale](name, where, reason);
}

/** The message when something unexpected fails: never a JavaScript exception text. */
export function internalErrorMessage(functionId: string, locale: Locale = currentLocale()): string {
  return FUNCTION_MESSAGES.internalError[locale](functionId);
}
