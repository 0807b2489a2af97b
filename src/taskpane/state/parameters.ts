import { Decimal } from "../../engine";
import { DEFAULT_AGREEMENTS, THRESHOLDS, thresholdForYear, type Source, type ThresholdPeriod } from "../../data";
import type { Locale } from "../../i18n/locale";
import {
  NUMBER_PARAMETERS,
  PLAN_PARAMETER_KEYS,
  REFERENCE_DATE,
  defaultText,
  planParameterKeys,
  readDateParameter,
  readNumberParameter,
  type ParameterProblem,
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

export type ParamCheck =
  | {
      readonly ok: true;
      /** What goes into the plan options: exact decimal text (a share as a fraction), or an ISO date. */
      readonly value: string;
      /** Inside the limits but outside the plausible range: the user must confirm it. */
      readonly implausible?: string;
    }
  | { readonly ok: false; readonly problem: ParameterProblem; readonly message: string };

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
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true };
  const first = THRESHOLDS[0].from;
  if (!/^\d{4}$/.test(trimmed)) return { ok: false, problem: "notAYear", first };
  const year = Number(trimmed);
  const period = thresholdForYear(year);
  return period ? { ok: true, year, period } : { ok: false, problem: "beforeTable", first };
}

/** Reads and checks one field as the user types. */
export function checkParameter(key: ParamKey, text: string, locale: Locale): ParamCheck {
  if (key === "referenceDate") {
    const date = readDateParameter(text, locale);
    return date.ok ? { ok: true, value: date.value } : { ok: false, problem: date.problem, message: date.message };
  }
  const reading = readNumberParameter(key as PlanParamKey, text, locale);
  if (!reading.ok) return { ok: false, problem: reading.problem, message: reading.message };
  return { ok: true, value: reading.value.toString(), ...(reading.implausible ? { implausible: reading.implausible } : {}) };
}

export type ParameterChecks = Readonly<Record<ParamKey, ParamCheck>>;

export function checkParameters(texts: Readonly<Record<ParamKey, string>>, locale: Locale): ParameterChecks {
  return Object.fromEntries(PARAMETER_KEYS.map((key) => [key, checkParameter(key, texts[key], locale)])) as Record<ParamKey, ParamCheck>;
}

/** The fields whose value is implausible and not confirmed for exactly the text typed now. */
export function unconfirmedParameters(checks: ParameterChecks, texts: Readonly<Record<ParamKey, string>>, confirmed: Readonly<Partial<Record<ParamKey, string>>>): ParamKey[] {
  return PARAMETER_KEYS.filter((key) => {
    const check = checks[key];
    return check.ok && check.implausible !== undefined && confirmed[key] !== texts[key];
  });
}

export type ParameterOptions = Record<PlanParamKey, string> & { referenceDate: string };

/** The checked values as plan options (the share as a fraction), or undefined while any field is wrong. */
export function parameterOptions(checks: ParameterChecks): { -readonly [K in PlanParamKey | "referenceDate"]: string } | undefined {
  const values: Partial<Record<ParamKey, string>> = {};
  for (const key of PARAMETER_KEYS) {
    const check = checks[key];
    if (!check.ok) return undefined;
    values[key] = check.value;
  }
  const plan = Object.fromEntries(PLAN_PARAMETER_KEYS.map((key) => [key, new Decimal(values[key]!).toString()])) as Record<PlanParamKey, string>;
  return { ...plan, referenceDate: values.referenceDate! };
}
