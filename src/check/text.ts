import { Decimal } from "../engine";
import { formatKronor, formatRate, RATE_FOR_PERIOD_DECIMALS, say, type Locale, type Bilingual } from "../i18n";
import { formatDifference, formatFigure } from "./format";
import { CHECK_MESSAGES as M } from "./messages";
import { qualifiedAddress } from "../formula";
import { type CheckReport, FINDING_KINDS, type Finding, type FindingKind, type LocalizedText, type ParameterKey, type ParameterReport, type ProblemSeverity, SEVERITIES, type Severity, type Unit } from "./types";

/*
 * The report in words, for the headless command and the report sheet: parameters used (and whether
 * inferred), whether formulas were checked, then the findings by severity (errors first) and within
 * each by kind, with address, stated, expected and difference, then the problems. Swedish by default.
 */

/** A severity's name ("fel", "warning"), for a finding's line, badge or highlight. */
export function severityName(severity: Severity, locale: Locale): string {
  return say(M.severityName, locale, severity);
}

/** A finding kind's name ("summaområde", "total range"). */
export function kindName(kind: FindingKind, locale: Locale): string {
  return say(M.kindName, locale, kind);
}

export const PARAMETER_LABEL: Readonly<Record<ParameterKey, LocalizedText>> = {
  threshold: { sv: "Gränsbelopp (LOU)", en: "Threshold (LOU)" },
  years: { sv: "Avtalsperiod", en: "Contract period" },
  countyPopulation: { sv: "Invånare i länet", en: "County population" },
  cityPopulation: { sv: "Invånare i Stockholms stad", en: "Stockholm city population" },
  largestUnit: { sv: "Största enhet", en: "Largest unit" },
  ratePerInhabitantForPeriod: { sv: "Kostnad per invånare och period", en: "Cost per inhabitant for the period" },
  ratePerInhabitantPerYear: { sv: "Kostnad per invånare och år", en: "Cost per inhabitant and year" },
  districtLayout: { sv: "Stadsdelsindelning", en: "District layout" },
  municipalPart2026: { sv: "Kommunernas del, fördelad efter invånare (kr/år)", en: "The municipalities' part, shared by population (kr a year)" },
  costPerUser: { sv: "Supportkostnad per användare och år", en: "Support cost per user and year" },
};

const SOURCE_LABEL: Readonly<Record<ParameterReport["source"], LocalizedText>> = {
  given: { sv: "angivet", en: "given" },
  inferred: { sv: "härlett ur tabellen", en: "inferred from the table" },
  computed: { sv: "räknat ur tabellen", en: "computed from the table" },
};

/** A problem's severity in words, as the report sheet writes it too. */
const SEVERITY_LABEL: Readonly<Record<ProblemSeverity, Bilingual>> = { fatal: M.problemFatal, warning: M.problemWarning, info: M.problemInfo };

/** A parameter's value in words ("615 312 kr", "8 år", "2 344 124"). */
export function parameterValue(parameter: ParameterReport, locale: Locale): string {
  if (typeof parameter.value === "string") return parameter.value;
  switch (parameter.key) {
    case "threshold":
    case "municipalPart2026":
    case "costPerUser":
      return formatFigure(parameter.value, "kr", locale);
    case "years":
      return say(M.years, locale, parameter.value);
    // With the decimals the workbook, the pane and the command write them (src/i18n/locale.ts).
    case "ratePerInhabitantForPeriod":
      return formatKronor(parameter.value, locale, RATE_FOR_PERIOD_DECIMALS);
    case "ratePerInhabitantPerYear":
      return formatRate(parameter.value, locale);
    default:
      return formatFigure(parameter.value, "persons", locale);
  }
}

/** The stated cell as the table shows it (a formula finding: its formula, or the text or number there). */
export function statedText(finding: Finding, locale: Locale = "sv"): string {
  if (typeof finding.stated === "number" && finding.unit && finding.statedValue !== undefined) return formatFigure(finding.statedValue, finding.unit, locale).replace(/[\u00a0\u202f]/g, " ");
  return finding.stated === null ? "" : String(finding.stated).replace(/[\u00a0\u202f]/g, " ");
}

/** The exact value as the report shows it ("214 958,50 kr"), what a formula finding expected, "–" where the cell should be empty. */
export function expectedText(finding: Finding, locale: Locale): string {
  if (finding.expectedText) return finding.expectedText[locale];
  return finding.expected === null || !finding.unit ? "–" : formatFigure(finding.expectedExact ?? finding.expected, finding.unit, locale);
}

/** The signed difference, "" where there is none (a cell that should be empty, a formula finding). */
export function differenceText(finding: Finding, locale: Locale): string {
  return finding.expected === null || finding.difference === undefined || !finding.unit ? "" : formatDifference(finding.difference, finding.unit, locale);
}

/** The sum of a total's rows, as the report shows it, or undefined. */
export function rowsSumText(finding: Finding, locale: Locale): string | undefined {
  return finding.rowsSum !== undefined && finding.unit ? formatFigure(finding.rowsSum, finding.unit, locale) : undefined;
}

/** Excel number formats (language-independent codes) of a figure in each unit: stated, exact, difference. */
const SHEET_FORMATS: Readonly<Record<Unit, { readonly whole: string; readonly exact: string; readonly difference: string }>> = {
  kr: { whole: '#,##0 "kr"', exact: '#,##0.00 "kr"', difference: '+#,##0.00 "kr";-#,##0.00 "kr";0 "kr"' },
  persons: { whole: "#,##0", exact: "#,##0.00", difference: "+#,##0.00;-#,##0.00;0" },
  percent: { whole: "0.00%", exact: "0.0000%", difference: "+0.0000%;-0.0000%;0%" },
};

/**
 * A finding as a row of the report sheet: kind, sheet, cell, row, column, then stated, exact,
 * difference and the rows' sum as numbers where they are figures (so the columns sort), each with
 * its number format; a formula finding's formula and what was expected as text; the description.
 */
export function findingSheetRow(finding: Finding, locale: Locale): { readonly values: (string | number)[]; readonly formats: (string | null)[] } {
  const unit = finding.unit;
  // A formula finding says what is there and what was expected as formulas or words (expectedText).
  const figure = unit !== undefined && finding.statedValue !== undefined && finding.expectedText === undefined;
  // A percentage is written as the fraction it is (3,97 % as 0,0397) under a percent format.
  const number = (value: number) => (unit === "percent" ? new Decimal(value).div(100).toNumber() : value);
  const formats = unit ? SHEET_FORMATS[unit] : undefined;
  const whole = (value: number) => (Number.isInteger(value) || unit === "percent" ? formats!.whole : formats!.exact);
  const stated = figure ? number(finding.statedValue!) : statedText(finding, locale);
  const exact = figure && finding.expected !== null ? number(finding.expected) : expectedText(finding, locale);
  const difference = figure && finding.expected !== null && finding.difference !== undefined ? number(finding.difference) : "";
  const rowsSum = finding.rowsSum !== undefined && unit ? number(finding.rowsSum) : "";
  return {
    values: [`${severityName(finding.severity, locale)}: ${kindName(finding.kind, locale)}`, finding.sheet ?? "", finding.address, finding.row, finding.column, stated, exact, difference, rowsSum, finding.message[locale]],
    formats: [
      null,
      null,
      null,
      null,
      null,
      typeof stated === "number" ? whole(finding.statedValue!) : null,
      typeof exact === "number" ? formats!.exact : null,
      typeof difference === "number" ? formats!.difference : null,
      typeof rowsSum === "number" ? whole(finding.rowsSum!) : null,
      null,
    ],
  };
}

/** The whole report as lines of text. */
export function reportLines(report: CheckReport, locale: Locale, source?: string): string[] {
  const lines: string[] = [];
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  if (source) lines.push(say(M.reportTitle, locale, source), "");
  if (report.tables.length > 0) {
    lines.push(say(M.tablesHeading, locale));
    for (const table of report.tables) {
      lines.push(`  ${say(M.tableLine, locale, table.kind, qualifiedAddress(table.sheet, table.range), table.rows, table.totalRow, table.checked, table.agreement)}`);
    }
    lines.push("");
  }
  if (report.parameters.length > 0) {
    lines.push(say(M.parametersHeading, locale));
    for (const parameter of report.parameters) {
      lines.push(plain(`  ${PARAMETER_LABEL[parameter.key][locale]}: ${parameterValue(parameter, locale)} (${SOURCE_LABEL[parameter.source][locale]}: ${parameter.how[locale]})`));
    }
    lines.push("");
  }
  if (report.status !== "unreadable") {
    if (report.valuesOnly) lines.push(say(M.valuesOnly, locale), "");
    else if (report.counts.formulas > 0) lines.push(say(M.formulasChecked, locale, report.counts.formulas), "");
    lines.push(...findingLines(report, locale));
  }
  if (report.problems.length > 0) {
    lines.push(say(M.problemsHeading, locale, report.problems.length));
    for (const problem of report.problems) {
      const where = problem.address ? `${qualifiedAddress(problem.sheet, problem.address)}  ` : problem.sheet ? `${problem.sheet}  ` : "";
      lines.push(plain(`  [${say(SEVERITY_LABEL[problem.severity], locale)}] ${where}${problem.message[locale]}`));
    }
    lines.push("");
  }
  lines.push(summaryLine(report, locale));
  return lines;
}

/** The findings by severity (errors first), each severity's findings by kind. */
function findingLines(report: CheckReport, locale: Locale): string[] {
  const lines: string[] = [];
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  for (const severity of SEVERITIES) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    lines.push(say(M.severityHeading, locale, severity, findings.length));
    for (const kind of FINDING_KINDS) {
      const ofKind = findings.filter((finding) => finding.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`  ${say(M.kindHeading, locale, kind, ofKind.length)}`);
      for (const finding of ofKind) {
        const where = qualifiedAddress(finding.sheet, finding.address);
        const figures = say(M.findingFigures, locale, statedText(finding, locale), expectedText(finding, locale), differenceText(finding, locale) || undefined, rowsSumText(finding, locale));
        lines.push(plain(`    ${where}  ${[finding.row, finding.column].filter((part) => part !== "").join(", ")}: ${figures}`));
        lines.push(plain(`        ${finding.message[locale]}`));
      }
    }
    lines.push("");
  }
  return lines;
}

/** One line: what was found, and what it means. */
export function summaryLine(report: CheckReport, locale: Locale): string {
  const { rounding, error, warning, cellsChecked, formulas } = report.counts;
  if (report.status === "unreadable") return say(M.resultUnreadable, locale);
  return say(M.result, locale, report.status, cellsChecked, formulas, error, warning, rounding);
}
