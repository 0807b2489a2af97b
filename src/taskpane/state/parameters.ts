import type { Decimal } from "../../engine";
import { DEFAULT_AGREEMENTS, THRESHOLDS, thresholdForYear, type Source, type ThresholdPeriod } from "../../data";
import type { Locale } from "../../i18n";
import {
  NUMBER_PARAMETERS,
  PLAN_PARAMETER_KEYS,
  REFERENCE_DATE,
  defaultText,
  planParameterKeys,
  readBudgetYear,
  readDateParameter,
  readNumberParameter,
  type DateReading,
  type Figures,
  type NumberReading,
  type PlanParamKey,
} from "../../params";

/*
 * The pane's parameter fields: which there are, in which order, and how their text is read. The
 * declarations (src/params) hold every default, limit, label and message; this file only lists the
 * fields and keeps what the user typed apart from what it means.
 */

export type ParamKey = PlanParamKey | "referenceDate";

/**
 * The parameters the pane asks for, in the order it shows them: the default agreements' figures as
 * their declarations list them (src/data/agreements), the population's date after the LOU model's.
 */
export const PARAMETER_KEYS: readonly ParamKey[] = (({ capped, others }) => [...capped, "referenceDate" as const, ...others])(planParameterKeys(DEFAULT_AGREEMENTS));

/** A field read: a figure's value as a Decimal (a share as a fraction), the date's as ISO text. */
export type ParamCheck = NumberReading | DateReading;

export interface FieldSpec {
  readonly kind: "number" | "percent" | "date";
  readonly label: string;
  readonly source: Source;
  /** The agreement's value as the papers print it ("615 312 kr", "19 %"), for the hint. */
  readonly defaultValue: string | number;
}

/** What a field shows around its text: label, kind, source, default. */
export function fieldSpec(key: ParamKey, locale: Locale): FieldSpec {
  if (key === "referenceDate") return { kind: "date", label: REFERENCE_DATE.label[locale], source: REFERENCE_DATE.source, defaultValue: REFERENCE_DATE.defaultValue };
  const spec = NUMBER_PARAMETERS[key];
  return { kind: spec.unit === "percent" ? "percent" : "number", label: spec.label[locale], source: spec.source, defaultValue: spec.defaultValue };
}

/** A field's default text; the threshold's is the one in force in the budget year chosen (`yearText`), when one is. */
export function defaultParameterText(key: ParamKey, locale: Locale, yearText = ""): string {
  const year = key === "threshold" ? checkYear(yearText) : undefined;
  return year?.ok && year.period ? defaultText(key, locale, year.period.value) : defaultText(key, locale);
}

export function defaultParameterTexts(locale: Locale, yearText = ""): Record<ParamKey, string> {
  return Object.fromEntries(PARAMETER_KEYS.map((key) => [key, defaultParameterText(key, locale, yearText)])) as Record<ParamKey, string>;
}

/**
 * The optional budget year: none (empty), or a year the table of thresholds covers, whose threshold
 * (the one in force on 1 January, src/data/thresholds.ts) is then the threshold's default.
 */
export type YearCheck =
  | { readonly ok: true; readonly year?: undefined; readonly period?: undefined }
  | { readonly ok: true; readonly year: number; readonly period: ThresholdPeriod }
  | { readonly ok: false; readonly problem: "notAYear" | "beforeTable"; readonly first: string };

export function checkYear(text: string): YearCheck {
  const first = THRESHOLDS[0].from;
  const reading = readBudgetYear(text);
  if (!reading.ok) return { ok: false, problem: reading.problem, first };
  if (reading.year === undefined) return { ok: true };
  const period = thresholdForYear(reading.year);
  return period ? { ok: true, year: reading.year, period } : { ok: false, problem: "beforeTable", first };
}

/** Reads and checks one field as the user types. */
export function checkParameter(key: "referenceDate", text: string, locale: Locale): DateReading;
export function checkParameter(key: PlanParamKey, text: string, locale: Locale): NumberReading;
export function checkParameter(key: ParamKey, text: string, locale: Locale): ParamCheck;
export function checkParameter(key: ParamKey, text: string, locale: Locale): ParamCheck {
  return key === "referenceDate" ? readDateParameter(text, locale) : readNumberParameter(key, text, locale);
}

export type ParameterChecks = Readonly<Record<PlanParamKey, NumberReading>> & { readonly referenceDate: DateReading };

export function checkParameters(texts: Readonly<Record<ParamKey, string>>, locale: Locale): ParameterChecks {
  return Object.fromEntries(PARAMETER_KEYS.map((key) => [key, checkParameter(key, texts[key], locale)])) as unknown as ParameterChecks;
}

/** The fields whose value is implausible and not confirmed for exactly the text typed now. */
export function unconfirmedParameters(checks: ParameterChecks, texts: Readonly<Record<ParamKey, string>>, confirmed: Readonly<Partial<Record<ParamKey, string>>>): ParamKey[] {
  return PARAMETER_KEYS.filter((key) => {
    const check = checks[key];
    return check.ok && check.implausible !== undefined && confirmed[key] !== texts[key];
  });
}

/** The checked values as plan options, each figure by its key, or undefined while any field is wrong. */
export function parameterOptions(checks: ParameterChecks): { readonly figures: Figures; readonly referenceDate: string } | undefined {
  const figures: { -readonly [K in PlanParamKey]?: Decimal } = {};
  for (const key of PLAN_PARAMETER_KEYS) {
    const check = checks[key];
    if (!check.ok) return undefined;
    figures[key] = check.value;
  }
  const date = checks.referenceDate;
  return date.ok ? { figures, referenceDate: date.value } : undefined;
}
