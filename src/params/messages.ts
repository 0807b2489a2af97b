import type { Decimal } from "../engine";
import type { Bilingual } from "../i18n";

/*
 * Every message about a figure the user gave (src/params), Swedish and English side by side. The
 * callers put the place in front: the option ("--threshold: "), the field's label, the cell.
 * `v` is the value as the user's language writes it in the parameter's unit ("615 312 kr", "19 %").
 */

export const PARAM_MESSAGES = {
  /** A number of years written with its unit: "8 år", "1 year", "8 years" (`one`: the number is 1). */
  years: { sv: (years: string, _one: boolean) => `${years}\u00a0år`, en: (years: string, one: boolean) => `${years} ${one ? "year" : "years"}` },
  empty: {
    sv: () => "värdet saknas",
    en: () => "the value is missing",
  },
  notANumber: {
    sv: (text: string) => `”${text}” är inget tal (skriv t.ex. 615 312 eller 19,5)`,
    en: (text: string) => `"${text}" is not a number (write e.g. 615 312 or 19.5)`,
  },
  ambiguousSeparator: {
    sv: (text: string, likely: string, other: string, wholeWay: string) =>
      `”${text}” kan läsas på två sätt: ${likely} eller ${other}. Menade du ${likely}? Skriv det med mellanslag mellan siffergrupperna (${wholeWay}) eller helt utan skiljetecken, och decimaler med komma`,
    en: (text: string, likely: string, other: string, wholeWay: string) =>
      `"${text}" can be read two ways: ${likely} or ${other}. Did you mean ${likely}? Write it with spaces between digit groups (${wholeWay}) or with no separators at all, and decimals with a point`,
  },
  ambiguousFraction: {
    sv: (text: string, likely: string, other: string) =>
      `”${text}” kan betyda ${likely} (andelen ${text}) eller ${other}. Menade du ${likely}? Skriv ${likely}, eller ${other} om andelen verkligen är under en procent`,
    en: (text: string, likely: string, other: string) =>
      `"${text}" can mean ${likely} (the fraction ${text}) or ${other}. Did you mean ${likely}? Write ${likely}, or ${other} if the share really is under one percent`,
  },
  ambiguousShareNumber: {
    sv: (value: string, likely: string) =>
      `(${value}) är tvetydigt: skriv andelen som procent (${likely}) eller som bråk (0,19); tal över 1 tolkas inte som procent`,
    en: (value: string, likely: string) =>
      `(${value}) is ambiguous: write the share as a percentage (${likely}) or a fraction (0.19); numbers above 1 are not read as percentages`,
  },
  ambiguousShareOne: {
    sv: () => "(1) kan betyda 100 % eller 1 %. Menade du 1 %, skriv 0,01 eller texten ”1 %”; en andel på 100 % delar ingenting",
    en: () => '(1) can mean 100% or 1%. If you meant 1%, write 0.01 or the text "1%"; a share of 100% splits nothing',
  },
  scientific: {
    sv: (text: string, digits: string) => `”${text}” är skrivet i grundpotensform; skriv talet med siffror${digits ? ` (${digits})` : ""}`,
    en: (text: string, digits: string) => `"${text}" is in scientific notation; write the number in digits${digits ? ` (${digits})` : ""}`,
  },
  tooManyDigits: {
    sv: (text: string) => `”${text}” har fler än 15 siffror, fler än Excel kan hålla`,
    en: (text: string) => `"${text}" has more than 15 digits, more than Excel can hold`,
  },
  wrongUnit: {
    sv: (text: string, found: string, wanted: string) => `”${text}” är ${found}, men här anges ${wanted}`,
    en: (text: string, found: string, wanted: string) => `"${text}" is ${found}, but this takes ${wanted}`,
  },
  negative: {
    sv: (v: string) => `får inte vara negativt (${v})`,
    en: (v: string) => `must not be negative (${v})`,
  },
  notPositive: {
    sv: (v: string) => `måste vara större än ${v}`,
    en: (v: string) => `must be greater than ${v}`,
  },
  belowMin: {
    sv: (v: string, min: string) => `måste vara minst ${min} (${v})`,
    en: (v: string, min: string) => `must be at least ${min} (${v})`,
  },
  aboveMax: {
    sv: (v: string, max: string) => `får vara högst ${max} (${v})`,
    en: (v: string, max: string) => `must be at most ${max} (${v})`,
  },
  overHundredPercent: {
    sv: (v: string) => `en andel kan inte vara över 100 % (${v})`,
    en: (v: string) => `a share cannot be over 100% (${v})`,
  },
  notWhole: {
    sv: (v: string) => `måste vara ett heltal (${v})`,
    en: (v: string) => `must be a whole number (${v})`,
  },
  implausible: {
    sv: (v: string, min: string, max: string) => `${v} ligger utanför det rimliga intervallet ${min}–${max}; kontrollera värdet och bekräfta det`,
    en: (v: string, min: string, max: string) => `${v} is outside the plausible range ${min}–${max}; check the value and confirm it`,
  },
  /** Where nobody can confirm (a custom function's argument): the value outside its plausible range is refused. */
  implausibleRefused: {
    sv: (v: string, min: string, max: string) => `${v} ligger utanför det rimliga intervallet ${min}–${max}; en formel kan inte bekräfta ett sådant värde, så det räknas inte: kontrollera det`,
    en: (v: string, min: string, max: string) => `${v} is outside the plausible range ${min}–${max}; a formula cannot confirm such a value, so it is not used: check it`,
  },
  notADate: {
    sv: (text: string) => `”${text}” är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2024-12-31)`,
    en: (text: string) => `"${text}" is not a date (write YYYY-MM-DD, e.g. 2024-12-31)`,
  },
  dateTooEarly: {
    sv: (text: string, first: string) => `”${text}” är före ${first}, som Excel inte visar rätt`,
    en: (text: string, first: string) => `"${text}" is before ${first}, which Excel does not show right`,
  },
  notBoolean: {
    sv: () => "ska vara SANT eller FALSKT",
    en: () => "must be TRUE or FALSE",
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How each unit is named in "…, but this takes kronor". */
export const UNIT_NAMES = {
  kronor: { sv: () => "ett belopp i kronor", en: () => "an amount in kronor" },
  percent: { sv: () => "en procentsats", en: () => "a percentage" },
  years: { sv: () => "ett antal år", en: () => "a number of years" },
  persons: { sv: () => "ett antal invånare", en: () => "a number of inhabitants" },
  users: { sv: () => "ett antal användare", en: () => "a number of users" },
  plain: { sv: () => "ett tal", en: () => "a number" },
} as const satisfies Record<string, Bilingual>;

export type ParamMessageKey = keyof typeof PARAM_MESSAGES;
export type { Decimal };
