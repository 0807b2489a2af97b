import { sourceName } from "../data";
import { formatKronor, formatNumber, say, longDate, type Locale } from "../i18n";
import { INPUT_MESSAGES } from "../input";
import { planSummary, planTexts, type PlanOptions, type WorkbookPlan, type AgreementsSummary } from "../workbook";
import { WORKBOOK_MESSAGES as M } from "./shared/messages";

/*
 * What `npm run workbook` says it wrote: the population, the agreements, the LOU model's threshold
 * (whose value applies and where it is written: the agreement, the table of thresholds for the year
 * chosen, or --threshold), its rate and totals, each part per user's cost per user and each split's
 * parts, the rounding and the sheets. The same figures the task pane shows before it fills
 * (planSummary).
 */

/** What the summary says of the population read, when one was. */
export interface SummaryPopulation {
  readonly file: string;
  readonly stockholmDerived?: number;
  /** What was derived or tolerated in reading it (a rest post from totals, SCB's noise). */
  readonly notes: readonly string[];
}

export interface SummaryRequest {
  /** The agreement file the workbook was made for, when one was given. */
  readonly agreementFile?: string;
  /** True when --threshold was given. */
  readonly thresholdGiven: boolean;
}

/** The threshold's line: the value that applies and its source. */
function thresholdLine(threshold: NonNullable<AgreementsSummary["threshold"]>, value: number, given: boolean, locale: Locale): string {
  const kr = (amount: number) => formatKronor(amount, locale, 0);
  const source = sourceName(threshold.source.document, threshold.source.section, locale);
  if (given) return say(M.thresholdGivenLine, locale, kr(value), kr(threshold.value), source);
  if (threshold.year !== undefined && threshold.from !== undefined) {
    const t = planTexts(locale).agreements.threshold;
    const period = threshold.to === undefined ? t.since(longDate(threshold.from, locale)) : t.between(longDate(threshold.from, locale), longDate(threshold.to, locale));
    return say(M.thresholdYearLine, locale, threshold.year, kr(threshold.value), source, period);
  }
  return say(M.thresholdLine, locale, kr(threshold.value), source);
}

export function workbookSummary(plan: WorkbookPlan, options: PlanOptions, path: string, population: SummaryPopulation | undefined, request: SummaryRequest, locale: Locale): string[] {
  const figures = planSummary(options);
  const { agreements } = figures;
  const kr = (value: number, decimals = 0) => formatKronor(value, locale, decimals);
  const number = (value: number) => formatNumber(value, locale, Number.isInteger(value) ? 0 : 2);
  const districts = figures.city?.districts ?? 0;
  const perYear = plan.rounding === "addsUp" ? figures.totals.perYearRounded : figures.totals.perYear;
  const forPeriod = plan.rounding === "addsUp" ? figures.totals.forPeriodRounded : figures.totals.forPeriod;
  const largestPays = figures.threshold / figures.years;
  const sheets = plan.sheets.map((sheet) => sheet.name).join(", ");
  const source = population ? `${population.file}, ${options.referenceDate}` : say(M.embeddedPopulation, locale);
  const titles = request.agreementFile ? agreements.titles.map((title) => say(M.agreementFromFile, locale, title, request.agreementFile!)) : agreements.titles;
  const notes = [
    ...(population?.stockholmDerived !== undefined ? [`  ${say(INPUT_MESSAGES.stockholmDerived, locale, population.stockholmDerived)}`] : []),
    ...(population?.notes ?? []).map((note) => `  ${note}`),
    ...(options.partial ? [say(M.partialLine, locale)] : []),
  ];
  const lou = !agreements.lou
    ? []
    : [
        ...(agreements.threshold ? [thresholdLine(agreements.threshold, figures.threshold, request.thresholdGiven, locale)] : []),
        say(M.rateLine, locale, kr(figures.ratePerInhabitantPerYear, 4), kr(figures.threshold), figures.years),
        say(M.largestLine, locale, figures.largestUnit.name, number(figures.largestUnit.population), kr(largestPays)),
        say(M.totalLine, locale, kr(perYear), kr(forPeriod)),
      ];
  return [
    say(M.wroteLine, locale, path),
    say(M.populationLine, locale, source, figures.municipalities, districts, number(figures.totals.population)),
    ...notes,
    say(M.agreementsLine, locale, titles.join(", ")),
    ...lou,
    ...agreements.perUser.map((part) => say(M.perUserLine, locale, part.title, kr(part.costPerUser, Number.isInteger(part.costPerUser) ? 0 : 2))),
    ...agreements.splits.map((split) => say(M.splitLine, locale, split.title, kr(split.municipalPart), kr(split.regionPart), split.year)),
    say(M.roundingLine, locale, plan.rounding === "annex", sheets),
  ];
}
