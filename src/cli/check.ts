import { basename, resolve } from "path";
import { checkTables, exitCodeFor } from "../check/check";
import { positiveParameter } from "../check/parse";
import { CheckReadError, readGrids } from "../check/readers";
import { reportLines } from "../check/text";
import type { CellGrid, CheckOptions } from "../check/types";
import type { Locale } from "../i18n/locale";

/*
 * `npm run check -- FILE.xlsx|FILE.csv [FILE ...] [--sheet NAME] [--threshold KR] [--years N]
 * [--county N] [--city N] [--json] [--lang sv|en]`: checks Bilaga 3 tables in a file, without Excel.
 * The tables are found by their header rows (one or two tables, on one sheet or two, or in two CSV
 * files). Exit 0: nothing beyond rounding; 1: errors, total-row findings or rows/columns that could
 * not be checked; 2: input that cannot be read (the message names the file, sheet or cell).
 */

export interface CheckCommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface Arguments {
  files: string[];
  sheet?: string;
  options: { -readonly [K in keyof CheckOptions]: CheckOptions[K] };
  json: boolean;
  locale: Locale;
  help: boolean;
}

export function usage(locale: Locale): string {
  return locale === "sv"
    ? [
        "Användning: npm run check -- FIL.xlsx|FIL.csv [FIL ...] [alternativ]",
        "  Granskar Bilaga 3-tabeller (kommuner och/eller stadsdelar) cell för cell.",
        "  --sheet NAMN      bara detta blad i en .xlsx",
        "  --threshold KR    gränsbeloppet (annars härlett ur tabellen)",
        "  --years N         avtalsperiodens längd i år (annars härlett)",
        "  --county N        länets invånare (annars ur kommuntabellen eller andelarna)",
        "  --city N          stadens invånare (om restraden saknas)",
        "  --json            rapporten som JSON",
        "  --lang sv|en      språk (svenska som standard)",
        "Slutstatus: 0 inget utöver avrundning, 1 fel eller totalrader, 2 kan inte läsas.",
      ].join("\n")
    : [
        "Usage: npm run check -- FILE.xlsx|FILE.csv [FILE ...] [options]",
        "  Checks Bilaga 3 tables (municipalities and/or districts) cell by cell.",
        "  --sheet NAME      only this sheet of an .xlsx",
        "  --threshold KR    the threshold (otherwise inferred from the table)",
        "  --years N         contract period in years (otherwise inferred)",
        "  --county N        county population (otherwise from the municipality table or the shares)",
        "  --city N          city population (when the rest row is missing)",
        "  --json            the report as JSON",
        "  --lang sv|en      language (Swedish by default)",
        "Exit status: 0 nothing beyond rounding, 1 errors or total rows, 2 cannot be read.",
      ].join("\n");
}

class UsageError extends Error {}

/** The language asked for ("--lang en" or "--lang=en"), read first so that every message, usage errors included, is in it. */
function requestedLocale(argv: readonly string[]): Locale {
  const index = argv.indexOf("--lang");
  return (index >= 0 && argv[index + 1] === "en") || argv.includes("--lang=en") ? "en" : "sv";
}

function parseArguments(argv: readonly string[]): Arguments {
  const args: Arguments = { files: [], options: {}, json: false, locale: requestedLocale(argv), help: false };
  const sv = args.locale === "sv";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || (inline === undefined && next.startsWith("--"))) throw new UsageError(sv ? `${flag} behöver ett värde.` : `${flag} needs a value.`);
      return next;
    };
    const number = (whole: boolean): number => {
      const text = value();
      const result = positiveParameter(text, whole);
      if (result === undefined) {
        throw new UsageError(sv ? `${flag} ${text}: ett positivt ${whole ? "heltal" : "tal"} krävs.` : `${flag} ${text}: a positive ${whole ? "whole number" : "number"} is required.`);
      }
      return result;
    };
    switch (flag) {
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--json":
        args.json = true;
        break;
      case "--lang": {
        const lang = value();
        if (lang !== "sv" && lang !== "en") throw new UsageError(sv ? `--lang ${lang}: sv eller en.` : `--lang ${lang}: sv or en.`);
        break;
      }
      case "--sheet":
        args.sheet = value();
        break;
      case "--threshold":
        args.options.threshold = number(false);
        break;
      case "--years":
        args.options.years = number(true);
        break;
      case "--county":
        args.options.countyPopulation = number(false);
        break;
      case "--city":
        args.options.cityPopulation = number(false);
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(sv ? `Okänt alternativ ${arg}.` : `Unknown option ${arg}.`);
        args.files.push(arg);
    }
  }
  if (!args.help && args.files.length === 0) throw new UsageError(sv ? "Ange en .xlsx- eller .csv-fil att granska." : "Give an .xlsx or .csv file to check.");
  return args;
}

/** Runs the command; resolves to the exit status. */
export async function main(argv: readonly string[], io: CheckCommandIo): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${usage(requestedLocale(argv))}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${usage(args.locale)}\n`);
    return 0;
  }
  const grids: CellGrid[] = [];
  for (const file of args.files) {
    try {
      grids.push(...(await readGrids(resolve(io.cwd, file), args.sheet)));
    } catch (error) {
      if (error instanceof CheckReadError) {
        io.stderr(`${error.text[args.locale].split(resolve(io.cwd, file)).join(file)}\n`);
        return 2;
      }
      throw error;
    }
  }
  const report = checkTables(grids, args.options);
  const code = exitCodeFor(report);
  if (args.json) {
    io.stdout(`${JSON.stringify({ files: args.files, exitCode: code, ...report }, null, 2)}\n`);
  } else {
    const lines = reportLines(report, args.locale, args.files.map((file) => basename(file)).join(", "));
    (code === 2 ? io.stderr : io.stdout)(`${lines.join("\n")}\n`);
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
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
