import { say, type Locale } from "../../i18n";
import { NUMBER_PARAMETERS, readDateParameter, readNumberParameter, REFERENCE_DATE, type NumberParamKey, type NumberParameter } from "../../params";
import type { Decimal } from "../../engine";
import { CLI_MESSAGES as M } from "./messages";

/*
 * Command-line arguments of the headless commands (workbook, check): `--name value`, `--name=value`
 * and flags. Every problem is collected with the option it concerns, in the user's language, so a
 * command can list them all and stop before touching any file. Figures are read through the
 * parameter declarations (src/params), exactly as the pane's fields read them.
 */

export interface OptionSpec {
  /** True for `--out FILE`, false for a flag such as `--help`. */
  readonly value: boolean;
  /** The option may be given more than once (`--population SCB.csv --population STAD.csv`); every value is in `lists`. */
  readonly repeatable?: boolean;
}

export interface ArgumentProblem {
  /** The option at fault ("--threshold"), or the stray argument. */
  readonly argument: string;
  readonly message: string;
}

export interface ParsedArguments {
  /** Each option's value (a repeatable option's first). */
  readonly values: ReadonlyMap<string, string>;
  /** Every value of a repeatable option, in the order given. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
  /** Arguments that are not options (the files of `npm run check`). */
  readonly positional: readonly string[];
  readonly problems: readonly ArgumentProblem[];
}

/** The language asked for with `--lang en` / `--lang=en` (Swedish otherwise), before full parsing. */
export function languageOf(argv: readonly string[]): Locale {
  const index = argv.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  if (index < 0) return "sv";
  const value = argv[index].includes("=") ? argv[index].slice("--lang=".length) : argv[index + 1];
  return value?.trim().toLowerCase() === "en" ? "en" : "sv";
}

export interface ParseSettings {
  /** Arguments that are not options are collected (files) instead of refused. */
  readonly positional?: boolean;
  /** Short names of flags ("-h" for "help"). */
  readonly aliases?: Readonly<Record<string, string>>;
}

export function parseArguments(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, locale: Locale, settings: ParseSettings = {}): ParsedArguments {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  const problems: ArgumentProblem[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = settings.aliases?.[argv[index]] !== undefined ? `--${settings.aliases[argv[index]]}` : argv[index];
    if (!argument.startsWith("--")) {
      if (settings.positional && (argument === "-" || !argument.startsWith("-"))) positional.push(argument);
      else problems.push({ argument, message: say(M.unknownArgument, locale, argument) });
      continue;
    }
    const equals = argument.indexOf("=");
    const name = equals > 0 ? argument.slice(2, equals) : argument.slice(2);
    const option = spec[name];
    if (!option) {
      problems.push({ argument: `--${name}`, message: say(M.unknownOption, locale, name) });
      continue;
    }
    if (!option.value) {
      if (equals > 0) problems.push({ argument: `--${name}`, message: say(M.takesNoValue, locale, name) });
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
      problems.push({ argument: `--${name}`, message: say(M.needsValue, locale, name) });
      continue;
    }
    if (option.repeatable) {
      lists.set(name, [...(lists.get(name) ?? []), value]);
      if (!values.has(name)) values.set(name, value);
      continue;
    }
    if (values.has(name)) {
      // Silently taking the last of two would hide a typo in a script: both are named.
      problems.push({ argument: `--${name}`, message: say(M.givenTwice, locale, name, values.get(name)!, value) });
      continue;
    }
    values.set(name, value);
  }
  return { values, lists, flags, positional, problems };
}

/** The option a declaration's flag names, as parseArguments keys it: "--municipal-share" → "municipal-share". */
export function optionName(declared: { readonly flag?: string }): string {
  if (declared.flag === undefined) throw new Error("the declaration has no command-line flag");
  return declared.flag.replace(/^--/, "");
}

export type ValueCheck<T> = { ok: true; value: T; implausible?: string } | { ok: false; message: string };

/** A declared figure given as an option (--threshold, --years, --municipal-share …), read as the pane reads it. */
export function parameterArgument(key: NumberParamKey, text: string, locale: Locale): ValueCheck<Decimal> {
  const flag = (NUMBER_PARAMETERS[key] as NumberParameter).flag ?? key;
  const reading = readNumberParameter(key, text, locale);
  if (!reading.ok) return { ok: false, message: `${flag}: ${reading.message}.` };
  return reading.implausible ? { ok: true, value: reading.value, implausible: say(M.implausible, locale, flag, reading.implausible) } : { ok: true, value: reading.value };
}

/** One of the given words (case-insensitive); the message lists them. */
export function choiceArgument<T extends string>(name: string, text: string, choices: readonly T[], locale: Locale): ValueCheck<T> {
  const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
  if (found !== undefined) return { ok: true, value: found };
  return { ok: false, message: say(M.choice, locale, name, text, choices) };
}

/** The population's date (YYYY-MM-DD), a day that exists and that a date cell can hold. */
export function dateArgument(text: string, locale: Locale): ValueCheck<string> {
  const reading = readDateParameter(text, locale);
  return reading.ok ? { ok: true, value: reading.value } : { ok: false, message: `${REFERENCE_DATE.flag}: ${reading.message}.` };
}
