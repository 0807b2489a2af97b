import { Decimal, fraction, isRuleInputError, nonNegative, positive, positiveWholeNumber } from "../../engine";
import type { RuleErrorCode, RuleErrorDetails } from "../../engine";
import { AGREEMENT_2020, AGREEMENT_2026, POPULATION_REFERENCE_DATE, POPULATION_SOURCE } from "../../data";
import type { Source } from "../../data";
import { formatNumber, Locale } from "../../i18n/locale";
import { parseDateText, parseNumberText } from "./numberText";

/** The parameters the pane asks for, in the order it shows them. */
export const PARAMETER_KEYS = ["threshold", "years", "referenceDate", "supportBudget", "supportUsers", "budget2026", "municipalShare"] as const;
export type ParamKey = (typeof PARAMETER_KEYS)[number];

/** Why a field's text is refused: the text could not be read, or the engine's rule for it refused the value. */
export type ParamProblem = "empty" | "notANumber" | "notADate" | RuleErrorCode;

export type ParamCheck =
  | { readonly ok: true; /** What goes into the plan options: exact decimal text, or an ISO date. */ readonly value: string }
  | { readonly ok: false; readonly problem: ParamProblem; readonly details: RuleErrorDetails };

interface ParamSpec {
  readonly kind: "number" | "percent" | "date";
  /** The agreement's value, in the unit the field is typed in (kronor, years, percent, ISO date). */
  readonly defaultValue: number | string;
  readonly source: Source;
  /**
   * The engine's own validator for the value, so the pane refuses exactly what the rules would
   * (no rule is restated here).
   */
  readonly validate?: (value: string, argument: string) => unknown;
}

export const PARAMETER_SPECS: Readonly<Record<ParamKey, ParamSpec>> = {
  threshold: { kind: "number", defaultValue: AGREEMENT_2020.louThreshold.value, source: AGREEMENT_2020.louThreshold.source, validate: positive },
  years: { kind: "number", defaultValue: AGREEMENT_2020.contractYears.value, source: AGREEMENT_2020.contractYears.source, validate: positiveWholeNumber },
  referenceDate: { kind: "date", defaultValue: POPULATION_REFERENCE_DATE, source: POPULATION_SOURCE },
  supportBudget: { kind: "number", defaultValue: AGREEMENT_2020.supportBudget.value, source: AGREEMENT_2020.supportBudget.source, validate: nonNegative },
  supportUsers: { kind: "number", defaultValue: AGREEMENT_2020.supportUsers.value, source: AGREEMENT_2020.supportUsers.source, validate: positiveWholeNumber },
  budget2026: { kind: "number", defaultValue: AGREEMENT_2026.budget.value, source: AGREEMENT_2026.budget.source, validate: nonNegative },
  municipalShare: {
    kind: "percent",
    defaultValue: AGREEMENT_2026.municipalShare.value * 100,
    source: AGREEMENT_2026.municipalShare.source,
    // The field is typed in percent; the rule takes a fraction.
    validate: (value, argument) => fraction(new Decimal(value).div(100), argument),
  },
};

/** The text a field shows for the agreement's value ("615 312" in Swedish, "615,312" in English). */
export function defaultParameterText(key: ParamKey, locale: Locale): string {
  const spec = PARAMETER_SPECS[key];
  if (spec.kind === "date") {
    return String(spec.defaultValue);
  }
  const value = Number(spec.defaultValue);
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 2).replace(/\u00a0/g, " ");
}

export function defaultParameterTexts(locale: Locale): Record<ParamKey, string> {
  return Object.fromEntries(PARAMETER_KEYS.map((key) => [key, defaultParameterText(key, locale)])) as Record<ParamKey, string>;
}

/** Reads and checks one field as the user types. */
export function checkParameter(key: ParamKey, text: string, locale: Locale): ParamCheck {
  const spec = PARAMETER_SPECS[key];
  if (spec.kind === "date") {
    const date = parseDateText(text);
    return date.ok ? { ok: true, value: date.value } : { ok: false, problem: date.problem, details: {} };
  }
  const number = parseNumberText(text, locale);
  if (!number.ok) {
    return { ok: false, problem: number.problem, details: {} };
  }
  if (number.percent && spec.kind !== "percent") {
    return { ok: false, problem: "notANumber", details: {} };
  }
  try {
    spec.validate?.(number.value, key);
  } catch (error) {
    if (isRuleInputError(error)) {
      return { ok: false, problem: error.code, details: error.details };
    }
    throw error;
  }
  return { ok: true, value: number.value };
}

export type ParameterChecks = Readonly<Record<ParamKey, ParamCheck>>;

export function checkParameters(texts: Readonly<Record<ParamKey, string>>, locale: Locale): ParameterChecks {
  return Object.fromEntries(PARAMETER_KEYS.map((key) => [key, checkParameter(key, texts[key], locale)])) as Record<ParamKey, ParamCheck>;
}

/** The checked values as plan options (the share as a fraction), or undefined while any field is wrong. */
export function parameterOptions(checks: ParameterChecks):
  | { threshold: string; years: string; referenceDate: string; supportBudget: string; supportUsers: string; budget2026: string; municipalShare2026: string }
  | undefined {
  const values: Partial<Record<ParamKey, string>> = {};
  for (const key of PARAMETER_KEYS) {
    const check = checks[key];
    if (!check.ok) {
      return undefined;
    }
    values[key] = check.value;
  }
  return {
    threshold: values.threshold!,
    years: values.years!,
    referenceDate: values.referenceDate!,
    supportBudget: values.supportBudget!,
    supportUsers: values.supportUsers!,
    budget2026: values.budget2026!,
    municipalShare2026: new Decimal(values.municipalShare!).div(100).toString(),
  };
}
