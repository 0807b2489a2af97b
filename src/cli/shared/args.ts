import type { Locale } from "../../i18n/locale";
import { parseNumberText } from "../../input/populationRows";
import { FIRST_SERIAL_DATE, excelDateSerial } from "../../workbook/a1";

/*
 * Command-line arguments of the headless commands (workbook, check): `--name value`, `--name=value`
 * and flags. Every problem is collected with the option it concerns, in the user's language, so a
 * command can list them all and stop before touching any file.
 */

export interface OptionSpec {
  /** True for `--out FILE`, false for a flag such as `--help`. */
  readonly value: boolean;
}

export interface ArgumentProblem {
  /** The option at fault ("--threshold"), or the stray argument. */
  readonly argument: string;
  readonly message: string;
}

export interface ParsedArguments {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly problems: readonly ArgumentProblem[];
}

/** The language asked for with `--lang en` / `--lang=en` (Swedish otherwise), before full parsing. */
export function languageOf(argv: readonly string[]): Locale {
  const index = argv.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  if (index < 0) return "sv";
  const value = argv[index].includes("=") ? argv[index].slice("--lang=".length) : argv[index + 1];
  return value?.trim().toLowerCase() === "en" ? "en" : "sv";
}

export function parseArguments(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, locale: Locale): ParsedArguments {
  const sv = locale === "sv";
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const problems: ArgumentProblem[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith("--")) {
      problems.push({
        argument,
        message: sv ? `Okänt argument ”${argument}” (alternativ skrivs --namn värde; se --help).` : `Unknown argument "${argument}" (options are written --name value; see --help).`,
      });
      continue;
    }
    const equals = argument.indexOf("=");
    const name = equals > 0 ? argument.slice(2, equals) : argument.slice(2);
    const option = spec[name];
    if (!option) {
      problems.push({ argument: `--${name}`, message: sv ? `Okänt alternativ --${name} (se --help).` : `Unknown option --${name} (see --help).` });
      continue;
    }
    if (!option.value) {
      if (equals > 0) problems.push({ argument: `--${name}`, message: sv ? `--${name} tar inget värde.` : `--${name} takes no value.` });
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (equals > 0) {
      value = argument.slice(equals + 1);
    } else if (index + 1 < argv.length && !argv[index + 1].startsWith("--")) {
      value = argv[++index];
    }
    if (value === undefined || value.trim() === "") {
      problems.push({ argument: `--${name}`, message: sv ? `--${name} behöver ett värde.` : `--${name} needs a value.` });
      continue;
    }
    if (values.has(name)) {
      problems.push({ argument: `--${name}`, message: sv ? `--${name} är angivet två gånger.` : `--${name} is given twice.` });
      continue;
    }
    values.set(name, value);
  }
  return { values, flags, problems };
}

export type ValueCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/** An amount in kronor ≥ 0: "615312", "615 312", "615312,50". */
export function kronorArgument(name: string, text: string, locale: Locale): ValueCheck<number> {
  const number = parseNumberText(text.replace(/\s*kr$/i, ""));
  if (number === undefined) {
    return { ok: false, message: locale === "sv" ? `--${name}: ”${text}” är inte ett belopp i kronor (t.ex. 615312 eller "615 312").` : `--${name}: "${text}" is not an amount in kronor (e.g. 615312 or "615 312").` };
  }
  if (number < 0) return { ok: false, message: locale === "sv" ? `--${name}: beloppet kan inte vara negativt (${text}).` : `--${name}: the amount cannot be negative (${text}).` };
  return { ok: true, value: number };
}

/** A whole number ≥ 1 (years of a contract period). */
export function positiveWholeArgument(name: string, text: string, locale: Locale): ValueCheck<number> {
  const number = parseNumberText(text);
  if (number === undefined || !Number.isInteger(number) || number < 1) {
    return { ok: false, message: locale === "sv" ? `--${name}: ”${text}” är inget heltal större än noll.` : `--${name}: "${text}" is not a whole number greater than zero.` };
  }
  return { ok: true, value: number };
}

/** A percentage 0–100 ("19", "19 %", "19,5"), returned as a fraction (0.19). */
export function percentArgument(name: string, text: string, locale: Locale): ValueCheck<number> {
  const number = parseNumberText(text.replace(/\s*%$/, ""));
  if (number === undefined || number < 0 || number > 100) {
    return { ok: false, message: locale === "sv" ? `--${name}: ”${text}” är ingen procentsats mellan 0 och 100 (t.ex. 19).` : `--${name}: "${text}" is not a percentage between 0 and 100 (e.g. 19).` };
  }
  return { ok: true, value: number / 100 };
}

/** One of the given words (case-insensitive); the message lists them. */
export function choiceArgument<T extends string>(name: string, text: string, choices: readonly T[], locale: Locale): ValueCheck<T> {
  const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
  if (found !== undefined) return { ok: true, value: found };
  return { ok: false, message: locale === "sv" ? `--${name}: ”${text}” ska vara ${choices.join(" eller ")}.` : `--${name}: "${text}" must be ${choices.join(" or ")}.` };
}

/** A calendar date written YYYY-MM-DD that exists and that a date cell can hold (see excelDateSerial). */
export function dateArgument(name: string, text: string, locale: Locale): ValueCheck<string> {
  const value = text.trim();
  try {
    excelDateSerial(value);
    return { ok: true, value };
  } catch {
    const early = /^\d{4}-\d{2}-\d{2}$/.test(value) && value < FIRST_SERIAL_DATE;
    if (early) {
      return {
        ok: false,
        message: locale === "sv" ? `--${name}: ”${text}” är före ${FIRST_SERIAL_DATE}, som Excel inte visar rätt.` : `--${name}: "${text}" is before ${FIRST_SERIAL_DATE}, which Excel does not show right.`,
      };
    }
    return { ok: false, message: locale === "sv" ? `--${name}: ”${text}” är inget datum på formen ÅÅÅÅ-MM-DD.` : `--${name}: "${text}" is not a date written YYYY-MM-DD.` };
  }
}
