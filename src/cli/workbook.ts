import { resolve } from "path";
import { isRuleInputError, type CountyPopulation, type RuleInputError } from "../engine";
import { formatKronor, formatNumber, type Locale } from "../i18n/locale";
import { readPopulationCsv } from "../input/csv";
import type { ParsedRow } from "../input/populationRows";
import { buildWorkbookPlan, defaultPlanOptions } from "../workbook/build";
import { planSummary } from "../workbook/summary";
import type { PlanOptions, RoundingMode, WorkbookPlan } from "../workbook/plan";
import { writeXlsxFile } from "../writers/xlsx/writePlan";
import {
  choiceArgument,
  dateArgument,
  kronorArgument,
  languageOf,
  parseArguments,
  percentArgument,
  positiveWholeArgument,
  type OptionSpec,
  type ValueCheck,
} from "./shared/args";

/*
 * `npm run workbook -- [options]`: the whole allocation workbook as an .xlsx file, without Excel.
 * The same plan as the add-in fills (src/workbook), written by the .xlsx writer. Bad input stops the
 * command before any file is written; the output goes to a temporary file renamed into place, so an
 * existing file at --out is either replaced whole or left as it was.
 */

export interface WorkbookCommandIo {
  /** Directory relative paths are resolved from. */
  readonly cwd: string;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** The time written into the workbook (tests fix it). */
  readonly now: () => Date;
}

/** Exit codes: 0 written, 1 bad input data or the file could not be written, 2 bad arguments. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  out: { value: true },
  population: { value: true },
  date: { value: true },
  threshold: { value: true },
  years: { value: true },
  rounding: { value: true },
  "budget-2026": { value: true },
  "municipal-share": { value: true },
  lang: { value: true },
  help: { value: false },
};

const DEFAULT_OUT = "fordelning.xlsx";

export function usage(locale: Locale): string {
  return locale === "sv"
    ? `Användning: npm run workbook -- [alternativ]

Skriver kostnadsfördelningen för Samverkan vid vårdövergångar som en Excel-fil (.xlsx) med
levande formler. Utan alternativ: befolkningen 31/12 2018 ur Bilaga 3 och filen ${DEFAULT_OUT}.

  --out FIL                 filen att skriva (standard ${DEFAULT_OUT}); en befintlig fil ersätts helt
  --population FIL.csv      befolkning: rubrikrad namn;typ;invånare[;kod], typ = kommun, stadsdel eller rest
  --date ÅÅÅÅ-MM-DD         befolkningens datum (standard 2018-12-31)
  --threshold KR            gränsbelopp för direktupphandling (standard 615 312)
  --years N                 avtalsperiodens längd i år (standard 8)
  --rounding annex|adds-up  annex: som bilagan (exakta värden); adds-up: hela kronor som summerar
  --budget-2026 KR          budget 2026–2030 (standard 26 000 000)
  --municipal-share PCT     kommunernas andel i procent (standard 19)
  --lang sv|en              språk i arbetsboken och meddelanden (standard sv)
  --help                    visa denna text`
    : `Usage: npm run workbook -- [options]

Writes the cost allocation of Samverkan vid vårdövergångar as an Excel file (.xlsx) with live
formulas. Without options: the population of 31/12 2018 from Bilaga 3, written to ${DEFAULT_OUT}.

  --out FILE                the file to write (default ${DEFAULT_OUT}); an existing file is replaced whole
  --population FILE.csv     population: header row namn;typ;invånare[;kod], typ = kommun, stadsdel or rest
  --date YYYY-MM-DD         the population's reference date (default 2018-12-31)
  --threshold KR            direct-procurement threshold (default 615,312)
  --years N                 contract period in years (default 8)
  --rounding annex|adds-up  annex: as the annex (exact values); adds-up: whole kronor that add up
  --budget-2026 KR          budget 2026–2030 (default 26,000,000)
  --municipal-share PCT     the municipalities' share in percent (default 19)
  --lang sv|en              language of the workbook and the messages (default sv)
  --help                    show this text`;
}

/** Which command-line option an engine argument comes from, to name it in a message. */
const OPTION_OF_ARGUMENT: Readonly<Record<string, string>> = {
  threshold: "--threshold",
  years: "--years",
  budget2026: "--budget-2026",
  municipalShare2026: "--municipal-share",
  referenceDate: "--date",
};

function describeRuleError(error: RuleInputError, locale: Locale, population: { file: string; county: CountyPopulation; rows: readonly ParsedRow[] } | undefined): string {
  const option = OPTION_OF_ARGUMENT[error.argument];
  if (option) return `${option}: ${error.message}`;
  if (population && error.argument === "municipalities" && error.code === "allZero") {
    // The one refusal of a readable file that no row is to blame for: said in the user's language.
    return locale === "sv"
      ? `${population.file}: alla kommuner och stadsdelar har 0 invånare, så det finns ingen största enhet att räkna priset per invånare från.`
      : `${population.file}: every municipality and district has 0 inhabitants, so there is no largest unit to compute the rate per inhabitant from.`;
  }
  if (population) {
    // municipalities[3].population → the file's row of that municipality.
    const match = /^(municipalities|dividedCity\.districts)\[(\d+)\]/.exec(error.argument);
    const units = match ? (match[1] === "municipalities" ? population.county.municipalities : population.county.dividedCity?.districts ?? []) : [];
    const unit = match ? units[Number(match[2])] : undefined;
    const row = unit ? population.rows.find((candidate) => candidate.name === unit.name) : undefined;
    const where = row ? (locale === "sv" ? `, rad ${row.row} (${row.name})` : `, row ${row.row} (${row.name})`) : "";
    return `${population.file}${where}: ${error.message}`;
  }
  return error.message;
}

function summary(plan: WorkbookPlan, options: PlanOptions, path: string, populationFile: string | undefined, locale: Locale): string[] {
  const sv = locale === "sv";
  // The same figures the task pane shows before it fills (planSummary), so both say the same.
  const figures = planSummary(options);
  const kr = (value: number, decimals = 0) => formatKronor(value, locale, decimals);
  const number = (value: number) => formatNumber(value, locale, Number.isInteger(value) ? 0 : 2);
  const districts = figures.city?.districts ?? 0;
  const perYear = plan.rounding === "addsUp" ? figures.totals.perYearRounded : figures.totals.perYear;
  const forPeriod = plan.rounding === "addsUp" ? figures.totals.forPeriodRounded : figures.totals.forPeriod;
  const largestPays = figures.threshold / figures.years;
  const sheets = plan.sheets.map((sheet) => sheet.name).join(", ");
  return sv
    ? [
        `Skrev ${path}`,
        `  Befolkning: ${populationFile ?? "inbäddad, 31/12 2018 (Bilaga 3)"}: ${figures.municipalities} kommuner${districts ? `, ${districts} stadsdelar` : ""}, ${number(figures.totals.population)} invånare`,
        `  Pris per invånare och år: ${kr(figures.ratePerInhabitantPerYear, 4)} (gränsbelopp ${kr(figures.threshold)} på ${figures.years} år)`,
        `  Största enhet: ${figures.largestUnit.name} (${number(figures.largestUnit.population)} invånare) betalar ${kr(largestPays)} per år`,
        `  Summa: ${kr(perYear)} per år, ${kr(forPeriod)} för hela perioden`,
        `  Avtal 2026–2030: kommunerna ${kr(figures.municipalPart2026)}, regionen ${kr(figures.regionPart2026)} för 2026`,
        `  Avrundning: ${plan.rounding === "annex" ? "som bilagan (exakta värden, visade avrundade)" : "hela kronor som summerar till totalen"}; flikar: ${sheets}`,
      ]
    : [
        `Wrote ${path}`,
        `  Population: ${populationFile ?? "embedded, 31/12 2018 (Bilaga 3)"}: ${figures.municipalities} municipalities${districts ? `, ${districts} districts` : ""}, ${number(figures.totals.population)} inhabitants`,
        `  Rate per inhabitant and year: ${kr(figures.ratePerInhabitantPerYear, 4)} (threshold ${kr(figures.threshold)} over ${figures.years} years)`,
        `  Largest unit: ${figures.largestUnit.name} (${number(figures.largestUnit.population)} inhabitants) pays ${kr(largestPays)} a year`,
        `  Total: ${kr(perYear)} a year, ${kr(forPeriod)} for the whole period`,
        `  Agreement 2026–2030: municipalities ${kr(figures.municipalPart2026)}, Region ${kr(figures.regionPart2026)} for 2026`,
        `  Rounding: ${plan.rounding === "annex" ? "as the annex (exact values, displayed rounded)" : "whole kronor that add up to the total"}; sheets: ${sheets}`,
      ];
}

function fileErrorMessage(error: NodeJS.ErrnoException, path: string, locale: Locale): string {
  const sv = locale === "sv";
  switch (error.code) {
    case "ENOENT":
      return sv ? `--out: mappen för ${path} finns inte.` : `--out: the folder of ${path} does not exist.`;
    case "EISDIR":
      return sv ? `--out: ${path} är en mapp, inte en fil.` : `--out: ${path} is a folder, not a file.`;
    case "EACCES":
    case "EPERM":
      return sv ? `--out: saknar behörighet att skriva ${path}.` : `--out: no permission to write ${path}.`;
    default:
      return sv ? `--out: kunde inte skriva ${path} (${error.code ?? error.message}).` : `--out: could not write ${path} (${error.code ?? error.message}).`;
  }
}

/** Runs the command; returns the exit code. Nothing is written unless every input is valid. */
export async function runWorkbookCommand(argv: readonly string[], ioOverrides: Partial<WorkbookCommandIo> = {}): Promise<number> {
  const io: WorkbookCommandIo = {
    // `npm run` starts the script in the package's folder; INIT_CWD is where the user typed the
    // command, which their relative paths (--out, --population) mean.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
    ...ioOverrides,
  };
  const locale = languageOf(argv);
  const sv = locale === "sv";
  const parsed = parseArguments(argv, OPTIONS, locale);
  if (parsed.flags.has("help")) {
    io.stdout(usage(locale));
    return parsed.problems.length > 0 ? EXIT_USAGE : EXIT_OK;
  }

  const problems = parsed.problems.map((problem) => problem.message);
  const checked = <T>(check: ValueCheck<T> | undefined): T | undefined => {
    if (check === undefined) return undefined;
    if (!check.ok) {
      problems.push(check.message);
      return undefined;
    }
    return check.value;
  };
  const text = (name: string) => parsed.values.get(name);
  const withText = <T>(name: string, reader: (name: string, text: string, locale: Locale) => ValueCheck<T>) => {
    const value = text(name);
    return value === undefined ? undefined : checked(reader(name, value, locale));
  };

  checked(text("lang") === undefined ? undefined : choiceArgument("lang", text("lang")!, ["sv", "en"] as const, locale));
  const threshold = withText("threshold", kronorArgument);
  const years = withText("years", positiveWholeArgument);
  const budget2026 = withText("budget-2026", kronorArgument);
  const municipalShare = withText("municipal-share", percentArgument);
  const referenceDate = withText("date", dateArgument);
  const roundingWord = text("rounding") === undefined ? undefined : checked(choiceArgument("rounding", text("rounding")!, ["annex", "adds-up"] as const, locale));
  const rounding: RoundingMode | undefined = roundingWord === undefined ? undefined : roundingWord === "annex" ? "annex" : "addsUp";
  const outText = text("out") ?? DEFAULT_OUT;
  if (!/\.xlsx$/i.test(outText)) {
    problems.push(sv ? `--out: ”${outText}” ska sluta på .xlsx.` : `--out: "${outText}" must end in .xlsx.`);
  }
  if (problems.length > 0) {
    problems.forEach((problem) => io.stderr(problem));
    io.stderr(sv ? "Ingen fil skrevs. Se npm run workbook -- --help" : "No file was written. See npm run workbook -- --help");
    return EXIT_USAGE;
  }

  if (municipalShare !== undefined && municipalShare > 0 && municipalShare < 0.01) {
    // "0.19" is most likely the fraction 19 % written the other way; say how it was read.
    const given = text("municipal-share");
    io.stderr(
      sv
        ? `Obs: --municipal-share ${given} läses som ${given} procent; menade du ${formatNumber(municipalShare * 10000, locale)}?`
        : `Note: --municipal-share ${given} is read as ${given} percent; did you mean ${formatNumber(municipalShare * 10000, locale)}?`,
    );
  }

  let population: { file: string; county: CountyPopulation; rows: readonly ParsedRow[] } | undefined;
  const populationFile = text("population");
  if (populationFile !== undefined) {
    const result = await readPopulationCsv(resolve(io.cwd, populationFile), { file: populationFile, locale });
    if (!result.ok) {
      result.issues.forEach((issue) => io.stderr(issue.message));
      io.stderr(
        sv
          ? `Ingen fil skrevs: ${result.issues.length === 1 ? "ett fel" : `${result.issues.length} fel`} i ${populationFile}.`
          : `No file was written: ${result.issues.length === 1 ? "one error" : `${result.issues.length} errors`} in ${populationFile}.`,
      );
      return EXIT_INPUT;
    }
    population = { file: populationFile, county: result.county, rows: result.rows };
    if (referenceDate === undefined) {
      io.stderr(
        sv
          ? "Obs: ange befolkningens datum med --date ÅÅÅÅ-MM-DD; arbetsboken anger annars 2018-12-31."
          : "Note: give the population's date with --date YYYY-MM-DD; otherwise the workbook says 2018-12-31.",
      );
    }
  }

  const options = defaultPlanOptions(locale, {
    ...(rounding !== undefined ? { rounding } : {}),
    ...(population ? { county: population.county } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(years !== undefined ? { years } : {}),
    ...(budget2026 !== undefined ? { budget2026 } : {}),
    ...(municipalShare !== undefined ? { municipalShare2026: municipalShare } : {}),
    generatedAt: io.now(),
  });

  let plan: WorkbookPlan;
  try {
    plan = buildWorkbookPlan(options);
  } catch (error) {
    if (isRuleInputError(error)) {
      io.stderr(describeRuleError(error, locale, population));
      io.stderr(sv ? "Ingen fil skrevs." : "No file was written.");
      return EXIT_INPUT;
    }
    throw error;
  }

  const path = resolve(io.cwd, outText);
  try {
    await writeXlsxFile(plan, path);
  } catch (error) {
    io.stderr(fileErrorMessage(error as NodeJS.ErrnoException, outText, locale));
    io.stderr(sv ? "Ingen fil skrevs; en befintlig fil är orörd." : "No file was written; an existing file is untouched.");
    return EXIT_INPUT;
  }
  summary(plan, options, outText, populationFile, locale).forEach((line) => io.stdout(line));
  return EXIT_OK;
}

if (require.main === module) {
  runWorkbookCommand(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
