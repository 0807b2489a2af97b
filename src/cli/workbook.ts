import { resolve } from "path";
import { countyTemplate, DEFAULT_AGREEMENTS, adjacentAgreement, readPeriodText, type AgreementDeclaration, type PreviousPeriod } from "../data";
import { writeTemplateCsv, convertWithLibreOffice, findSoffice, writeFileAtomic, readAgreementFile, writeXlsxFile, XlsxPlanError } from "../files";
import { readFile } from "fs/promises";
import { isRuleInputError, type Decimal, type RuleInputError } from "../engine";
import { say, type Locale } from "../i18n";
import { AGREEMENT_PARAMETER_KEYS, BUDGET_YEAR, NUMBER_PARAMETERS, REFERENCE_DATE, defaultText, isPlanParamKey, readBudgetYear, shortLabel, type Figures, type PlanParamKey } from "../params";
import { buildWorkbookPlan, defaultPlanOptions, type PlanOptions, type RoundingMode, type WorkbookPlan } from "../workbook";
import { readPopulation, type Population } from "./population";
import { periodNotAdjacent, previousFileProblem, previousSummary, readPrevious } from "./previous";
import { choiceArgument, dateArgument, languageOf, optionName, parameterArgument, parseArguments, type OptionSpec, type ValueCheck } from "./shared/args";
import { USAGE_MESSAGES, WORKBOOK_MESSAGES as M } from "./shared/messages";
import { workbookSummary } from "./workbookSummary";

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

/** The figures an agreement may have as options, each named by its declaration's flag ("--threshold"). */
const FIGURE_OPTIONS: Readonly<Record<string, OptionSpec>> = Object.fromEntries(AGREEMENT_PARAMETER_KEYS.map((key) => [optionName(NUMBER_PARAMETERS[key]), { value: true }]));

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  out: { value: true },
  template: { value: true },
  population: { value: true, repeatable: true },
  [optionName(REFERENCE_DATE)]: { value: true },
  agreement: { value: true },
  [optionName(BUDGET_YEAR)]: { value: true },
  ...FIGURE_OPTIONS,
  rounding: { value: true },
  lang: { value: true },
  force: { value: false },
  "allow-partial": { value: false },
  pdf: { value: false },
  "scb-noise": { value: false },
  previous: { value: true },
  "previous-period": { value: true },
  help: { value: false },
};

const DEFAULT_OUT = "fordelning.xlsx";

/** The option lines of the declared figures, from the declarations (labels and defaults). */
function figureUsage(locale: Locale): string[] {
  return AGREEMENT_PARAMETER_KEYS.map((key) => {
    const spec = NUMBER_PARAMETERS[key];
    return say(USAGE_MESSAGES.figureOption, locale, spec.flag, spec.unit, shortLabel(spec.label[locale]), defaultText(key, locale));
  });
}

export function usage(locale: Locale): string {
  return say(USAGE_MESSAGES.workbook, locale, DEFAULT_OUT, figureUsage(locale));
}

/** What the arguments ask for, read and checked; `problems` stop the command before anything is read. */
interface Request {
  readonly problems: string[];
  readonly implausible: string[];
  readonly figures: Figures;
  readonly referenceDate?: string;
  readonly rounding?: RoundingMode;
  readonly out: string;
  /** The --population files, in the order given. */
  readonly populationFiles?: readonly string[];
  readonly previousFile?: string;
  /** --previous-period, read. */
  readonly previousPeriod?: PreviousPeriod;
  readonly agreementFile?: string;
  readonly year?: number;
  readonly template?: string;
  readonly force: boolean;
  readonly allowPartial: boolean;
  readonly scbNoise: boolean;
  /** The soffice to print the PDF with, when --pdf was given and LibreOffice is installed. */
  readonly pdf?: string;
}

function readRequest(argv: readonly string[], locale: Locale): Request & { help: boolean } {
  const parsed = parseArguments(argv, OPTIONS, locale);
  const problems = parsed.problems.map((problem) => problem.message);
  const implausible: string[] = [];
  const accept = <T>(check: ValueCheck<T>): T | undefined => {
    if (!check.ok) {
      problems.push(check.message);
      return undefined;
    }
    if (check.implausible) implausible.push(check.implausible);
    return check.value;
  };
  const text = (name: string) => parsed.values.get(name);
  const lang = text("lang");
  if (lang !== undefined) accept(choiceArgument("lang", lang, ["sv", "en"] as const, locale));
  const figures: { -readonly [K in PlanParamKey]?: Decimal } = {};
  for (const key of AGREEMENT_PARAMETER_KEYS) {
    const given = text(optionName(NUMBER_PARAMETERS[key]));
    const value = given === undefined ? undefined : accept(parameterArgument(key, given, locale));
    if (value !== undefined) figures[key] = value;
  }
  const dateText = text(optionName(REFERENCE_DATE));
  const referenceDate = dateText === undefined ? undefined : accept(dateArgument(dateText, locale));
  const populationFiles = parsed.lists.get("population");
  const template = text("template");
  if (template !== undefined) {
    if (!/\.csv$/i.test(template)) problems.push(say(M.templateMustBeCsv, locale, template));
    if (dateText === undefined) problems.push(say(M.templateNeedsDate, locale));
    for (const option of ["population", "previous", "previous-period", "out", "rounding", "agreement", optionName(BUDGET_YEAR), ...AGREEMENT_PARAMETER_KEYS.map((key) => optionName(NUMBER_PARAMETERS[key]))]) {
      if (parsed.values.has(option)) problems.push(say(M.templateAlone, locale, `--${option}`));
    }
  } else if (dateText !== undefined && populationFiles === undefined) problems.push(say(M.dateWithoutPopulation, locale, dateText, REFERENCE_DATE.defaultValue));
  const roundingText = text("rounding");
  const roundingWord = roundingText === undefined ? undefined : accept(choiceArgument("rounding", roundingText, ["annex", "adds-up"] as const, locale));
  const out = text("out") ?? DEFAULT_OUT;
  if (!/\.xlsx$/i.test(out)) problems.push(say(M.mustEndXlsx, locale, out));
  const agreementFile = text("agreement");
  if (agreementFile !== undefined && !/\.json$/i.test(agreementFile)) problems.push(say(M.agreementMustBeJson, locale, agreementFile));
  const yearText = text(optionName(BUDGET_YEAR));
  const yearReading = yearText === undefined ? undefined : readBudgetYear(yearText);
  const year = yearReading?.ok ? yearReading.year : undefined;
  // An empty --year is no year: the pane's empty field is, but the option was given for one.
  if (yearText !== undefined && year === undefined) problems.push(say(M.notAYear, locale, yearText));
  const previousFile = text("previous");
  const previousProblem = previousFile === undefined ? undefined : previousFileProblem(previousFile, locale);
  if (previousProblem !== undefined) problems.push(previousProblem);
  const periodText = text("previous-period");
  const previousPeriod = periodText === undefined ? undefined : readPeriodText(periodText);
  if (periodText !== undefined && previousPeriod === undefined) problems.push(say(M.notAPeriod, locale, periodText));
  if (periodText !== undefined && previousFile === undefined) problems.push(say(M.periodWithoutPrevious, locale));
  // Asked before anything is written: a PDF that cannot be made must not leave half the output.
  const soffice = parsed.flags.has("pdf") ? findSoffice() : undefined;
  if (parsed.flags.has("pdf") && !soffice) problems.push(say(M.pdfNeedsLibreOffice, locale));
  return {
    help: parsed.flags.has("help"),
    problems,
    implausible,
    figures,
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(roundingWord !== undefined ? { rounding: roundingWord === "annex" ? ("annex" as const) : ("addsUp" as const) } : {}),
    out,
    ...(populationFiles !== undefined ? { populationFiles } : {}),
    ...(previousFile !== undefined ? { previousFile } : {}),
    ...(previousPeriod !== undefined ? { previousPeriod } : {}),
    ...(agreementFile !== undefined ? { agreementFile } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(template !== undefined ? { template } : {}),
    force: parsed.flags.has("force"),
    allowPartial: parsed.flags.has("allow-partial"),
    scbNoise: parsed.flags.has("scb-noise"),
    ...(soffice ? { pdf: soffice } : {}),
  };
}

function describeRuleError(error: RuleInputError, locale: Locale, population: Population | undefined): string {
  const key = /^figures\.(\w+)$/.exec(error.argument)?.[1];
  if (key !== undefined && isPlanParamKey(key)) return `${NUMBER_PARAMETERS[key].flag}: ${error.message}`;
  if (error.argument === "referenceDate") return `${REFERENCE_DATE.flag}: ${error.message.replace(/^referenceDate: /, "")}`;
  if (error.argument === "year") return `${BUDGET_YEAR.flag}: ${error.message.replace(/^year: /, "")}`;
  if (population && error.argument === "municipalities" && error.code === "allZero") return say(M.allZero, locale, population.file);
  if (population) {
    // municipalities[3].population → the file's row of that municipality.
    const match = /^(municipalities|dividedCity\.districts)\[(\d+)\]/.exec(error.argument);
    const units = match ? (match[1] === "municipalities" ? population.county.municipalities : (population.county.dividedCity?.districts ?? [])) : [];
    const unit = match ? units[Number(match[2])] : undefined;
    const row = unit ? population.rows.find((candidate) => candidate.name === unit.name) : undefined;
    return `${population.file}${row ? say(M.row, locale, row.row, row.name) : ""}: ${error.message}`;
  }
  return error.message;
}

function fileErrorMessage(error: NodeJS.ErrnoException, path: string, locale: Locale): string {
  switch (error.code) {
    case "ENOENT":
      return say(M.outFolderMissing, locale, path);
    case "EISDIR":
      return say(M.outIsFolder, locale, path);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return say(M.outNoPermission, locale, path);
    default:
      return say(M.outFailed, locale, path, error.code ?? error.message);
  }
}

function planOptionsOf(request: Request, population: Population | undefined, agreement: AgreementDeclaration | undefined, locale: Locale, now: Date): PlanOptions {
  const partial = population && !population.completeness.complete ? population.completeness : undefined;
  const overrides: Partial<PlanOptions> = {
    ...(agreement ? { agreements: [agreement] } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(request.rounding !== undefined ? { rounding: request.rounding } : {}),
    ...(population ? { county: population.county } : {}),
    ...((request.referenceDate ?? population?.date) !== undefined ? { referenceDate: request.referenceDate ?? population!.date } : {}),
    figures: request.figures,
    ...(partial ? { partial } : {}),
    ...(population?.stockholmDerived !== undefined ? { stockholmDerived: true } : {}),
    generatedAt: now,
  };
  return defaultPlanOptions(locale, overrides);
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
  const request = readRequest(argv, locale);
  if (request.help) {
    io.stdout(usage(locale));
    return request.problems.length > 0 ? EXIT_USAGE : EXIT_OK;
  }
  // A value outside the plausible range is a problem like any other until the user says --force.
  const problems = [...request.problems, ...(request.force ? [] : request.implausible)];
  if (problems.length > 0) {
    problems.forEach((problem) => io.stderr(problem));
    io.stderr(say(M.noFileWritten, locale));
    return EXIT_USAGE;
  }

  if (request.template !== undefined) return writeTemplate(request.template, request.referenceDate!, io, locale);

  const agreement = request.agreementFile === undefined ? undefined : await readAgreement(request, io, locale);
  if (agreement === null) return EXIT_INPUT;
  const notInAgreement = agreement ? figuresNotIn(agreement, request, locale) : [];
  if (notInAgreement.length > 0) {
    notInAgreement.forEach((problem) => io.stderr(problem));
    io.stderr(say(M.noFileWritten, locale));
    return EXIT_USAGE;
  }

  const files = request.populationFiles;
  const population =
    files === undefined
      ? undefined
      : await readPopulation({ files, allowPartial: request.allowPartial, scbNoise: request.scbNoise, ...(request.referenceDate !== undefined ? { date: request.referenceDate } : {}) }, io.cwd, io.stderr, locale);
  if (files !== undefined && population === undefined) return EXIT_INPUT;

  // The previous amounts are matched to the county the plan is made for (embedded or the file's),
  // and compared with the plan's agreement that follows their period.
  let options = planOptionsOf(request, population, agreement, locale, io.now());
  const agreements = options.agreements ?? DEFAULT_AGREEMENTS;
  if (request.previousPeriod && adjacentAgreement(request.previousPeriod, agreements) === undefined) {
    io.stderr(periodNotAdjacent("--previous-period", request.previousPeriod, agreements, locale));
    io.stderr(say(M.noFileWritten, locale));
    return EXIT_USAGE;
  }
  const previous = request.previousFile === undefined ? undefined : await readPrevious(request.previousFile, { county: options.county, agreements, period: request.previousPeriod }, io, locale);
  if (request.previousFile !== undefined && previous === undefined) return EXIT_INPUT;
  if (previous) options = { ...options, previousCosts: previous.amounts, previousCostsGiven: true, previousPeriod: previous.period };
  let plan: WorkbookPlan;
  try {
    plan = buildWorkbookPlan(options);
  } catch (error) {
    if (!isRuleInputError(error)) throw error;
    io.stderr(describeRuleError(error, locale, population));
    io.stderr(say(M.noFileWrittenShort, locale));
    return EXIT_INPUT;
  }

  try {
    await writeXlsxFile(plan, resolve(io.cwd, request.out));
  } catch (error) {
    // A plan Excel would not take (validatePlan, asked by the writer before it writes anything).
    if (error instanceof XlsxPlanError) io.stderr(say(M.planNotWritable, locale, error.problem[locale]));
    else io.stderr(fileErrorMessage(error as NodeJS.ErrnoException, request.out, locale));
    io.stderr(say(M.notWrittenUntouched, locale));
    return EXIT_INPUT;
  }
  const said = workbookSummary(plan, options, request.out, population, { ...(request.agreementFile ? { agreementFile: request.agreementFile } : {}), thresholdGiven: request.figures.threshold !== undefined }, locale);
  [...said, ...(previous ? previousSummary(previous, locale) : [])].forEach((line) => io.stdout(line));
  if (request.pdf) return writePdf(request.pdf, resolve(io.cwd, request.out), request.out.replace(/\.xlsx$/i, ".pdf"), io, locale);
  return EXIT_OK;
}

/** `--agreement FILE.json`: the agreement, or null (with every problem written) when it cannot be used. */
async function readAgreement(request: Request, io: WorkbookCommandIo, locale: Locale): Promise<AgreementDeclaration | null> {
  const file = request.agreementFile!;
  const result = await readAgreementFile(resolve(io.cwd, file), file, locale, { force: request.force });
  if (result.ok) return result.agreement;
  result.issues.forEach((issue) => io.stderr(issue));
  io.stderr(say(M.fileErrors, locale, result.issues.length, file));
  return null;
}

/** The figures given on the command line that the file's agreement does not have. */
function figuresNotIn(agreement: AgreementDeclaration, request: Request, locale: Locale): string[] {
  const keys = new Set(agreement.parameters.map((parameter) => parameter.key));
  return (Object.keys(request.figures) as PlanParamKey[])
    .filter((key) => !keys.has(key))
    .map((key) => say(M.figureNotInAgreement, locale, NUMBER_PARAMETERS[key].flag, request.agreementFile!));
}

/** `--pdf`: the written workbook printed by LibreOffice, next to it (replaced whole or not at all). */
async function writePdf(soffice: string, xlsxPath: string, pdfFile: string, io: WorkbookCommandIo, locale: Locale): Promise<number> {
  try {
    const converted = await convertWithLibreOffice(soffice, xlsxPath, "pdf", locale);
    await writeFileAtomic(resolve(io.cwd, pdfFile), await readFile(converted));
  } catch (error) {
    io.stderr(say(M.pdfFailed, locale, pdfFile, (error as NodeJS.ErrnoException).code ?? (error as Error).message.split("\n")[0]));
    return EXIT_INPUT;
  }
  io.stdout(say(M.pdfWritten, locale, pdfFile));
  return EXIT_OK;
}

/** `--template FILE.csv --date …`: the county's population template, never over an existing file. */
async function writeTemplate(file: string, date: string, io: WorkbookCommandIo, locale: Locale): Promise<number> {
  const template = countyTemplate(date);
  const result = await writeTemplateCsv(resolve(io.cwd, file), template, locale);
  if (!result.ok) {
    const message =
      result.reason === "exists"
        ? say(M.templateExists, locale, file)
        : result.reason === "isFolder"
          ? say(M.outIsFolder, locale, file)
          : result.reason === "folderMissing"
            ? say(M.outFolderMissing, locale, file)
            : result.reason === "notWritable"
              ? say(M.outNoPermission, locale, file)
              : say(M.outFailed, locale, file, result.detail ?? "");
    io.stderr(message.replace(/^--out/, "--template"));
    return EXIT_INPUT;
  }
  const municipalities = template.rows.filter((row) => row.kind === "kommun").length;
  const districts = template.rows.filter((row) => row.kind === "stadsdel").length;
  io.stdout(say(M.templateWritten, locale, file, municipalities, districts, template.layout.from, date));
  return EXIT_OK;
}

/** The last line of defence: an unexpected failure is one plain line, never a stack trace. */
export function reportUnexpected(error: unknown, locale: Locale): string {
  const detail = error instanceof Error ? error.message : String(error);
  return say(M.unexpected, locale, detail);
}

/** The command as `npm run workbook` starts it (scripts/commands.js, from the prebuilt bundle): the process's exit status is the command's. */
export function fromCommandLine(argv: readonly string[]): Promise<void> {
  return runWorkbookCommand(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${reportUnexpected(error, languageOf(argv))}\n`);
      process.exitCode = 70;
    },
  );
}

if (require.main === module) void fromCommandLine(process.argv.slice(2));
