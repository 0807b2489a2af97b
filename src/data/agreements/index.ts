import { DOCUMENTS, type Source } from "../sources";
import { thresholdForYear, thresholdOn, type ThresholdPeriod } from "../thresholds";
import { AGREEMENT_2026_2030 } from "./agreement2026";
import { INTERIM_2020, SUPPORT_MUNICIPAL_USERS_2019 } from "./interim2020";
import type { PreviousPeriod } from "../previousPeriod";
import type { AgreementDeclaration, AgreementParameter, CappedPopulationShare } from "./types";

export type * from "./types";
export { INTERIM_2020, AGREEMENT_2026_2030 };

/*
 * The agreements the add-in knows, each one declaration (interim2020.ts, agreement2026.ts), and what
 * is read from a declaration: a parameter by its name, a parameter's default (the threshold's by
 * date), the capped component. Another agreement is another file here, with its test.
 */

/** Every agreement known, oldest first. */
export const AGREEMENTS: readonly AgreementDeclaration[] = [INTERIM_2020, AGREEMENT_2026_2030];

/** The agreements a workbook holds unless it is told otherwise: the 2020 one and the 2026–2030 one. */
export const DEFAULT_AGREEMENTS: readonly AgreementDeclaration[] = [INTERIM_2020, AGREEMENT_2026_2030];

/** The agreement's parameter of a name, or undefined. */
export function parameterNamed(agreement: AgreementDeclaration, name: string): AgreementParameter | undefined {
  return agreement.parameters.find((parameter) => parameter.name === name);
}

/** The agreement's capped population share (the LOU model), if it has one. */
export function cappedComponentOf(agreement: AgreementDeclaration): CappedPopulationShare | undefined {
  return agreement.components.find((component): component is CappedPopulationShare => component.kind === "cappedPopulationShare");
}

/** True for the threshold of a capped population share: its default follows the table of thresholds. */
export function isThreshold(agreement: AgreementDeclaration, parameter: AgreementParameter): boolean {
  return cappedComponentOf(agreement)?.threshold === parameter.name;
}

/** A parameter's default: its value, where it is written and, for a threshold from the table, the period it applies to. */
export interface ParameterDefault {
  readonly value: number;
  readonly source: Source;
  readonly period?: ThresholdPeriod;
}

/**
 * The default of an agreement's parameter. The threshold of a capped population share follows the
 * table of thresholds (src/data/thresholds.ts): in the year chosen (the one in force on its first
 * day) when a year is given, else the agreement's own value, else the one in force on the
 * agreement's first day. Undefined when there is none (a year before the table, a declaration
 * without a value).
 */
export function parameterDefault(agreement: AgreementDeclaration, parameter: AgreementParameter, year?: number): ParameterDefault | undefined {
  if (isThreshold(agreement, parameter)) {
    const period = year !== undefined ? thresholdForYear(year) : parameter.value === undefined ? thresholdOn(agreement.period.from) : undefined;
    if (year !== undefined || parameter.value === undefined) return period ? { value: period.value, source: period.source, period } : undefined;
  }
  return parameter.value !== undefined && parameter.source !== undefined ? { value: parameter.value, source: parameter.source } : undefined;
}

/* ---------------------------------------------------------------- the figures as they were named before the declarations */

/** A parameter of an agreement: its value and where it is written. */
export interface Parameter<T = number> {
  readonly value: T;
  readonly source: Source;
}

function declared(agreement: AgreementDeclaration, name: string): Parameter {
  const parameter = parameterNamed(agreement, name);
  const found = parameter && parameterDefault(agreement, parameter);
  if (!found) throw new Error(`the agreement ${agreement.id} declares no value of ${name}`);
  return { value: found.value, source: found.source };
}

/** The 2020 interim agreement's figures (002), from its declaration. */
export const AGREEMENT_2020 = {
  louThreshold: declared(INTERIM_2020, "Gransbelopp"),
  contractYears: declared(INTERIM_2020, "Avtalsar"),
  supportBudget: declared(INTERIM_2020, "SupportBudget"),
  supportUsers: declared(INTERIM_2020, "SupportAnvandare"),
  supportMunicipalUsers: SUPPORT_MUNICIPAL_USERS_2019,
} as const satisfies Record<string, Parameter>;

/** The 2026–2030 agreement's figures (004), from its declaration. */
export const AGREEMENT_2026 = {
  budget: declared(AGREEMENT_2026_2030, "Budget2026"),
  municipalShare: declared(AGREEMENT_2026_2030, "Kommunandel2026"),
  firstYear: { value: Number(AGREEMENT_2026_2030.period.from.slice(0, 4)), source: AGREEMENT_2026_2030.period.source! },
  lastYear: { value: Number(AGREEMENT_2026_2030.period.to!.slice(0, 4)), source: AGREEMENT_2026_2030.period.source! },
} as const satisfies Record<string, Parameter>;

/** Farsta's earlier yearly cost, quoted for comparison in its answer (000): the cost agreed before the 2020 agreement. */
export const FARSTA_PREVIOUS_COST: Parameter & { readonly district: string; readonly period: PreviousPeriod } = {
  district: "Farsta",
  value: 44278,
  period: { kind: "before", year: Number(INTERIM_2020.period.from.slice(0, 4)) },
  source: {
    document: "000",
    title: DOCUMENTS.farstaAnswer2020,
    section: "Remissen i sammanfattning",
    quote: "35 028 kronor per år, att jämföra med tidigare avtalad kostnad om 44 278 kronor",
  },
};
