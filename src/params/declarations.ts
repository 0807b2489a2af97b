import {
  DEFAULT_AGREEMENTS,
  POPULATION_REFERENCE_DATE,
  POPULATION_SOURCE,
  cappedComponentOf,
  parameterDefault,
  type AgreementDeclaration,
  type ParameterDefault,
  type Source,
} from "../data";
import type { Decimal, Fraction, NonNegative, Positive, PositiveWhole } from "../engine";

/*
 * Every figure a user can give, declared once: its unit, the agreement's default and its source,
 * the hard limits (refused outside them), the plausible range (outside it the user must confirm:
 * a tick in the pane, --force on the command line), the command-line flag and the label in both
 * languages. The pane's fields, the commands' options, the Check tab, the custom functions'
 * arguments and the plan's own option check all read and validate through these declarations
 * (src/params/read.ts); no entry point restates a default, a limit or a message. The figures of an
 * agreement take their defaults and sources from the agreements' declarations (src/data/agreements),
 * which name them by these keys.
 */

export type ParamUnit = "kronor" | "years" | "percent" | "persons" | "users" | "date";

export interface Limits {
  /** The smallest value allowed (in the parameter's own unit: a share as a fraction). */
  readonly min: number;
  /** True when min itself is refused (a threshold of 0 kr is). */
  readonly minExclusive?: boolean;
  readonly max: number;
  readonly whole: boolean;
}

export interface NumberParameter {
  readonly unit: Exclude<ParamUnit, "date">;
  /** The agreement's value (a share as a fraction: 0.19). */
  readonly defaultValue?: number;
  readonly source?: Source;
  readonly limits: Limits;
  /** Inside the limits but outside this range the value needs the user's confirmation. */
  readonly plausible?: { readonly min: number; readonly max: number };
  /** The command-line option of `npm run workbook` / `npm run check` that sets it. */
  readonly flag?: string;
  readonly label: { readonly sv: string; readonly en: string };
}

export interface DateParameter {
  readonly unit: "date";
  readonly defaultValue: string;
  readonly source: Source;
  readonly flag: string;
  readonly label: { readonly sv: string; readonly en: string };
}

/** The default agreements' default and source of the figure a key names. */
function agreementDefault(key: string): ParameterDefault {
  for (const agreement of DEFAULT_AGREEMENTS) {
    const parameter = agreement.parameters.find((candidate) => candidate.key === key);
    const found = parameter && parameterDefault(agreement, parameter);
    if (found) return found;
  }
  throw new Error(`no default agreement declares the figure ${key}`);
}

const KRONOR_MAX = 10_000_000_000;
/** More people than live in Sweden is no population of Stockholm county. */
const PERSONS_MAX = 10_000_000;

export const NUMBER_PARAMETERS = {
  threshold: {
    unit: "kronor",
    defaultValue: agreementDefault("threshold").value,
    source: agreementDefault("threshold").source,
    limits: { min: 0, minExclusive: true, max: KRONOR_MAX, whole: false },
    plausible: { min: 100_000, max: 10_000_000 },
    flag: "--threshold",
    label: { sv: "Gränsbelopp LOU (kr)", en: "LOU threshold (SEK)" },
  },
  years: {
    unit: "years",
    defaultValue: agreementDefault("years").value,
    source: agreementDefault("years").source,
    limits: { min: 1, max: 100, whole: true },
    plausible: { min: 1, max: 20 },
    flag: "--years",
    label: { sv: "Avtalsperiod (år)", en: "Contract period (years)" },
  },
  supportBudget: {
    unit: "kronor",
    defaultValue: agreementDefault("supportBudget").value,
    source: agreementDefault("supportBudget").source,
    limits: { min: 0, minExclusive: true, max: KRONOR_MAX, whole: false },
    plausible: { min: 100_000, max: 100_000_000 },
    flag: "--support-budget",
    label: { sv: "Supportbudget (kr/år)", en: "Support budget (SEK/year)" },
  },
  supportUsers: {
    unit: "users",
    defaultValue: agreementDefault("supportUsers").value,
    source: agreementDefault("supportUsers").source,
    limits: { min: 1, max: PERSONS_MAX, whole: true },
    plausible: { min: 1_000, max: 1_000_000 },
    flag: "--support-users",
    label: { sv: "Antal användare", en: "Number of users" },
  },
  budget2026: {
    unit: "kronor",
    defaultValue: agreementDefault("budget2026").value,
    source: agreementDefault("budget2026").source,
    limits: { min: 0, minExclusive: true, max: KRONOR_MAX, whole: false },
    plausible: { min: 1_000_000, max: 1_000_000_000 },
    flag: "--budget-2026",
    label: { sv: "Budget 2026 (kr/år)", en: "Budget 2026 (SEK/year)" },
  },
  municipalShare: {
    unit: "percent",
    defaultValue: agreementDefault("municipalShare").value,
    source: agreementDefault("municipalShare").source,
    limits: { min: 0, minExclusive: true, max: 1, whole: false },
    plausible: { min: 0.01, max: 0.5 },
    flag: "--municipal-share",
    label: { sv: "Kommunernas andel 2026–2030 (%)", en: "Municipalities' share 2026–2030 (%)" },
  },
  population: {
    unit: "persons",
    limits: { min: 0, max: PERSONS_MAX, whole: true },
    label: { sv: "Invånare", en: "Population" },
  },
  /** A sum row of a population table ("Riket", "01 Stockholms län"): checked against its units, never one; the country is above a unit's limit. */
  populationTotal: {
    unit: "persons",
    limits: { min: 0, max: 100_000_000, whole: true },
    label: { sv: "Summarad i en befolkning", en: "Total row of a population" },
  },
  /** A unit's population as the LOU rules take it: a district's includes its share of the rest, so not whole. */
  populationIncludingRest: {
    unit: "persons",
    limits: { min: 0, max: PERSONS_MAX, whole: false },
    label: { sv: "Invånare inkl rest", en: "Population including rest" },
  },
  users: {
    unit: "users",
    limits: { min: 0, max: PERSONS_MAX, whole: true },
    label: { sv: "Användare", en: "Users" },
  },
  previousCost: {
    unit: "kronor",
    limits: { min: 0, max: KRONOR_MAX, whole: false },
    label: { sv: "Tidigare kostnad (kr/år)", en: "Previous cost (SEK/year)" },
  },
  countyPopulation: {
    unit: "persons",
    limits: { min: 0, minExclusive: true, max: PERSONS_MAX, whole: false },
    flag: "--county",
    label: { sv: "Länets invånare", en: "County population" },
  },
  cityPopulation: {
    unit: "persons",
    limits: { min: 0, minExclusive: true, max: PERSONS_MAX, whole: false },
    flag: "--city",
    label: { sv: "Stadens invånare", en: "City population" },
  },
  /** The largest unit's population; not whole, since a district's includes its share of the rest. */
  largestPopulation: {
    unit: "persons",
    limits: { min: 0, minExclusive: true, max: PERSONS_MAX, whole: false },
    label: { sv: "Största enhetens invånare", en: "Largest unit's population" },
  },
  rest: {
    unit: "persons",
    limits: { min: 0, max: PERSONS_MAX, whole: false },
    label: { sv: "Restpost", en: "Rest post" },
  },
  allDistrictsPopulation: {
    unit: "persons",
    limits: { min: 0, minExclusive: true, max: PERSONS_MAX, whole: false },
    label: { sv: "Stadsdelarnas invånare", en: "All districts' population" },
  },
} as const satisfies Record<string, NumberParameter>;

export type NumberParamKey = keyof typeof NUMBER_PARAMETERS;

type LimitsOf<K extends NumberParamKey> = (typeof NUMBER_PARAMETERS)[K]["limits"];

/**
 * What a figure inside its declaration's limits is, as the engine's checked types: a share of at
 * most 1 a Fraction, a whole number from 1 a PositiveWhole, a figure above its minimum of 0 Positive,
 * any other (every minimum is 0 or more) NonNegative. A reading that accepts a figure gives it this
 * type (checkNumberParameter), so the engine's cores take it without checking it again.
 */
export type CheckedFigure<K extends NumberParamKey> =
  LimitsOf<K> extends { readonly max: 1 }
    ? Fraction
    : LimitsOf<K> extends { readonly min: 1; readonly whole: true }
      ? PositiveWhole
      : LimitsOf<K> extends { readonly minExclusive: true }
        ? Positive
        : NonNegative;

export const REFERENCE_DATE: DateParameter = {
  unit: "date",
  defaultValue: POPULATION_REFERENCE_DATE,
  source: POPULATION_SOURCE,
  flag: "--date",
  label: { sv: "Befolkning per datum", en: "Population as of" },
};

/**
 * The budget year (optional): the threshold of the LOU model is then the one in force on its first
 * day. Written as four digits; read by readBudgetYear (src/params/read.ts) in the pane and the command.
 */
export const BUDGET_YEAR = {
  flag: "--year",
  label: { sv: "Budgetår", en: "Budget year" },
} as const;

export function numberParameter(key: NumberParamKey): NumberParameter {
  return NUMBER_PARAMETERS[key];
}

/**
 * The figures an agreement's parameters may be (AgreementParameter.key): each has a default, a
 * source and a command-line flag, and a plan gives each at most once (PlanOptions holds them by key).
 */
export const AGREEMENT_PARAMETER_KEYS = ["threshold", "years", "supportBudget", "supportUsers", "budget2026", "municipalShare"] as const satisfies readonly NumberParamKey[];
export type PlanParamKey = (typeof AGREEMENT_PARAMETER_KEYS)[number];

/**
 * The figures a check may be given (`npm run check`, the Check tab): the agreements' and the county's
 * and the city's populations; every other figure of a checked table is inferred from it.
 */
export const CHECK_PARAMETER_KEYS = [...AGREEMENT_PARAMETER_KEYS, "countyPopulation", "cityPopulation"] as const satisfies readonly NumberParamKey[];
export type CheckParamKey = (typeof CHECK_PARAMETER_KEYS)[number];

/**
 * Figures by the key of their declaration, checked: the plan's options, the check's, a command's.
 * The key is the figure's one name from its declaration to its sheet; its flag, its field and its
 * defined name are read from the declarations.
 */
export type Figures<K extends NumberParamKey = PlanParamKey> = Readonly<Partial<Record<K, Decimal>>>;

export function isPlanParamKey(key: string): key is PlanParamKey {
  return (AGREEMENT_PARAMETER_KEYS as readonly string[]).includes(key);
}

/**
 * The figures of the agreements, in the order Parametrar, the pane and `npm run workbook` list them:
 * those of the capped population share (threshold, years), which the population's date follows on
 * Parametrar and in the pane, then every other parameter in the agreements' order.
 */
export function planParameterKeys(agreements: readonly AgreementDeclaration[]): { readonly capped: PlanParamKey[]; readonly others: PlanParamKey[] } {
  const capped: PlanParamKey[] = [];
  const others: PlanParamKey[] = [];
  for (const agreement of agreements) {
    const component = cappedComponentOf(agreement);
    for (const parameter of agreement.parameters) {
      if (!isPlanParamKey(parameter.key)) continue;
      const lou = component !== undefined && (parameter.name === component.threshold || parameter.name === component.years);
      (lou ? capped : others).push(parameter.key);
    }
  }
  return { capped, others };
}

/** The figures of the default agreements, in the order they are shown (planParameterKeys). */
export const PLAN_PARAMETER_KEYS: readonly PlanParamKey[] = (({ capped, others }) => [...capped, ...others])(planParameterKeys(DEFAULT_AGREEMENTS));
