import { basename, resolve } from "path";
import { checkTables, exitCodeFor, reportLines, type CellGrid, type WorkbookFacts } from "../check";
import { CheckReadError, readWorkbook, readAgreementFile } from "../files";
import type { AgreementDeclaration } from "../data";
import { say, type Locale } from "../i18n";
import { USAGE_MESSAGES, WORKBOOK_MESSAGES as W } from "./shared/messages";
import type { Decimal } from "../engine";
import { CHECK_PARAMETER_KEYS, NUMBER_PARAMETERS, shortLabel, type CheckParamKey, type NumberParameter } from "../params";
import { choiceArgument, languageOf, optionName, parameterArgument, parseArguments, type OptionSpec } from "./shared/args";

/*
 * `npm run check -- FILE.xlsx|FILE.csv [FILE ...] [--sheet NAME] [figures] [--json] [--lang sv|en]`:
 * checks Bilaga 3 tables, the 2026–2030 split and the support table in a file, without Excel. The
 * figures it may be given (--threshold KR, --county N, …) are CHECK_PARAMETER_KEYS, each with its
 * declaration's flag, read and listed in the help from the declaration.
 * The tables are found by their header rows (one or two tables, on one sheet or two, or in two CSV
 * files); their formulas are checked too (issue 10). Exit 0: nothing beyond rounding; 1: warnings or
 * errors (formula defects included) or rows/columns that could not be checked; 2: input that cannot
 * be read (the message names the file, sheet or cell).
 */

export interface CheckCommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface Arguments {
  files: string[];
  sheet?: string;
  agreementFile?: string;
  figures: { -readonly [K in CheckParamKey]?: Decimal };
  json: boolean;
  recalculate: boolean;
  locale: Locale;
  help: boolean;
}

/** The help, its figures' lines from their declarations (flag, unit, label), as the check reads them. */
export function usage(locale: Locale): string {
  const figures = CHECK_PARAMETER_KEYS.map((key) => {
    const spec = NUMBER_PARAMETERS[key];
    return say(USAGE_MESSAGES.checkFigureOption, locale, spec.flag, spec.unit, shortLabel(spec.label[locale]));
  });
  return say(USAGE_MESSAGES.check, locale, figures);
}

/** "--county" → "county": the option's name as parseArguments keys it. */
const figureOption = (key: CheckParamKey) => optionName(NUMBER_PARAMETERS[key] as NumberParameter);

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  sheet: { value: true },
  agreement: { value: true },
  // The check's figures, each read through its declaration as the Check tab reads it; the flag is the declaration's.
  ...Object.fromEntries(CHECK_PARAMETER_KEYS.map((key) => [figureOption(key), { value: true }])),
  json: { value: false },
  recalculate: { value: false },
  lang: { value: true },
  force: { value: false },
  help: { value: false },
};

/** Reads the arguments; `problems` (in the user's language) stop the command before any file is read. */
function parseCheckArguments(argv: readonly string[]): Arguments & { problems: string[] } {
  const locale = languageOf(argv);
  const parsed = parseArguments(argv, OPTIONS, locale, { positional: true, aliases: { "-h": "help" } });
  const problems = parsed.problems.map((problem) => problem.message);
  const implausible: string[] = [];
  const args: Arguments & { problems: string[] } = { files: [...parsed.positional], figures: {}, json: parsed.flags.has("json"), recalculate: parsed.flags.has("recalculate"), locale, help: parsed.flags.has("help"), problems };
  const lang = parsed.values.get("lang");
  if (lang !== undefined) {
    const check = choiceArgument("lang", lang, ["sv", "en"] as const, locale);
    if (!check.ok) problems.push(check.message);
  }
  const sheet = parsed.values.get("sheet");
  if (sheet !== undefined) args.sheet = sheet;
  const agreementFile = parsed.values.get("agreement");
  if (agreementFile !== undefined && !/\.json$/i.test(agreementFile)) problems.push(say(W.agreementMustBeJson, locale, agreementFile));
  else if (agreementFile !== undefined) args.agreementFile = agreementFile;
  for (const key of CHECK_PARAMETER_KEYS) {
    const text = parsed.values.get(figureOption(key));
    if (text === undefined) continue;
    const check = parameterArgument(key, text, locale);
    if (!check.ok) problems.push(check.message);
    else {
      if (check.implausible) implausible.push(check.implausible);
      args.figures[key] = check.value;
    }
  }
  if (!parsed.flags.has("force")) problems.push(...implausible);
  if (!args.help && args.files.length === 0) problems.push(say(USAGE_MESSAGES.checkNoFile, locale));
  return args;
}

/** Runs the command; resolves to the exit status. */
export async function main(argv: readonly string[], io: CheckCommandIo): Promise<number> {
  const args = parseCheckArguments(argv);
  if (args.problems.length > 0 && !args.help) {
    io.stderr(`${args.problems.join("\n")}\n${usage(args.locale)}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${usage(args.locale)}\n`);
    return 0;
  }
  const agreements = args.agreementFile === undefined ? undefined : await readAgreement(args.agreementFile, io, args.locale);
  if (agreements === null) return 2;
  const grids: CellGrid[] = [];
  const facts: WorkbookFacts[] = [];
  for (const file of args.files) {
    try {
      const read = await readWorkbook(resolve(io.cwd, file), { ...(args.sheet !== undefined ? { sheet: args.sheet } : {}), recalculate: args.recalculate });
      grids.push(...read.grids);
      facts.push(read.facts);
    } catch (error) {
      if (error instanceof CheckReadError) {
        io.stderr(`${error.text[args.locale].split(resolve(io.cwd, file)).join(file)}\n`);
        return 2;
      }
      throw error;
    }
  }
  const report = checkTables(grids, { figures: args.figures }, { facts, ...(agreements ? { agreements } : {}) });
  const code = exitCodeFor(report);
  if (args.json) {
    io.stdout(`${JSON.stringify({ files: args.files, exitCode: code, ...report }, null, 2)}\n`);
  } else {
    const lines = reportLines(report, args.locale, args.files.map((file) => basename(file)).join(", "));
    (code === 2 ? io.stderr : io.stdout)(`${lines.join("\n")}\n`);
  }
  return code;
}

/** `--agreement FILE.json`: the agreements of the check, or null (every problem written) when the file cannot be used. */
async function readAgreement(file: string, io: CheckCommandIo, locale: Locale): Promise<AgreementDeclaration[] | null> {
  const result = await readAgreementFile(resolve(io.cwd, file), file, locale);
  if (result.ok) return [result.agreement];
  io.stderr(`${result.issues.join("\n")}\n`);
  return null;
}

/** The command as `npm run check` starts it (scripts/commands.js, from the prebuilt bundle): the process's exit status is the command's. */
export function fromCommandLine(argv: readonly string[]): Promise<void> {
  return main(argv, {
    // `npm run` starts the script in the package's folder; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) void fromCommandLine(process.argv.slice(2));
