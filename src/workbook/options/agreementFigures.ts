import {
  DEFAULT_AGREEMENTS,
  THRESHOLDS,
  parameterDefault,
  parameterNamed,
  type AgreementDeclaration,
  type ParameterDefault,
  type PopulationShare,
} from "../../data";
import { Decimal, RuleInputError, allocate, municipalPart, regionPart, sharedByPopulation, supportCostPerUser, type LouAllocation, type RuleErrorCode } from "../../engine";
import { AGREEMENT_PARAMETER_KEYS, NUMBER_PARAMETERS, checkNumberParameter, isPlanParamKey, type CheckedFigure, type ParameterProblem, type PlanParamKey } from "../../params";
import type { PlanOptions } from "../plan";
import { agreementWords } from "../texts";
import { agreementProblems, placeAgreements, type PlanAgreements } from "./agreements";

/*
 * The figures of a plan's agreements: their defaults (the threshold's by the year chosen), each
 * figure of the options checked by its key (the same hard limits as every entry point), each
 * parameter's value under its defined name and what Parametrar derives from them, and what each unit
 * pays under a part by population.
 */

/**
 * The options' agreements, placed; the first problem of the set stops the plan (`agreements[i].<field>`).
 * A value outside its plausible range does not: whoever gave the agreement has confirmed it (--force).
 */
export function planAgreementsOf(options: PlanOptions): PlanAgreements {
  const list = options.agreements ?? DEFAULT_AGREEMENTS;
  const [problem] = agreementProblems(list, options.locale).filter((found) => !found.confirmable);
  if (problem) throw new RuleInputError(`agreements[${problem.agreement}].${problem.field}`, "mismatch", problem.message);
  return placeAgreements(list);
}

/** The parameter of the LOU model's threshold, with its agreement, when the plan has a LOU model. */
function thresholdParameter(plan: PlanAgreements) {
  if (!plan.capped) return undefined;
  const parameter = parameterNamed(plan.capped.agreement, plan.capped.component.threshold);
  return parameter && { agreement: plan.capped.agreement, parameter };
}

/**
 * The default of every figure an agreement may have, for a set of agreements: the agreement's that
 * has it (the threshold's by `year` when one is chosen), else its declaration's in src/params.
 */
export function figureDefaults(agreements: readonly AgreementDeclaration[], year?: number): Record<PlanParamKey, number> {
  const defaults = Object.fromEntries(AGREEMENT_PARAMETER_KEYS.map((key) => [key, NUMBER_PARAMETERS[key].defaultValue])) as Record<PlanParamKey, number>;
  for (const agreement of agreements) {
    for (const parameter of agreement.parameters) {
      const found = parameterDefault(agreement, parameter, year) ?? parameterDefault(agreement, parameter);
      if (found && isPlanParamKey(parameter.key)) defaults[parameter.key] = found.value;
    }
  }
  return defaults;
}

/** The engine's code for a declaration's refusal, so callers that switch on codes keep working. */
function ruleCode(problem: ParameterProblem, value: Decimal): RuleErrorCode {
  switch (problem) {
    case "negative":
      return "negative";
    case "notPositive":
      return "notPositive";
    case "belowMin":
      return value.lte(0) ? "notPositive" : "outOfRange";
    case "notWhole":
      return "notWholeNumber";
    case "aboveMax":
      return "outOfRange";
    default:
      return "notANumber";
  }
}

function checked<K extends PlanParamKey>(key: K, value: Decimal, locale: PlanOptions["locale"]): CheckedFigure<K> {
  // The same hard limits as every entry point (src/params); plausibility is the entry points' to ask.
  const reading = checkNumberParameter(key, value, locale);
  if (!reading.ok) throw new RuleInputError(`figures.${key}`, ruleCode(reading.problem, value), reading.message, { value: value.toString() });
  return reading.value;
}

/** Every figure an agreement may have, by its key, as the engine's checked type its limits make it. */
export type CheckedFigures = { readonly [K in PlanParamKey]: CheckedFigure<K> };

/**
 * Every figure an agreement may have, by its key, checked: the one the options give, else the
 * agreements' default (figureDefaults). Checked in the declarations' order, so buildWorkbookPlan and
 * planSummary name the same figure when several are wrong.
 *
 * @throws RuleInputError naming the figure at fault (`figures.<key>`)
 */
export function checkedFigures(options: PlanOptions, agreements: PlanAgreements): CheckedFigures {
  const defaults = figureDefaults(agreements.list, options.year);
  const figures: Partial<Record<PlanParamKey, Decimal>> = {};
  for (const key of AGREEMENT_PARAMETER_KEYS) figures[key] = checked(key, options.figures[key] ?? new Decimal(defaults[key]), options.locale);
  return figures as CheckedFigures;
}

/** The threshold's default and source as Källor och metod gives it: by the year chosen, or the agreement's. */
export function thresholdDefaultOf(plan: PlanAgreements, year?: number): ParameterDefault | undefined {
  const found = thresholdParameter(plan);
  return found && parameterDefault(found.agreement, found.parameter, year);
}

/** A year chosen must be one the table of thresholds has, for a plan with a LOU model. */
export function checkYear(options: PlanOptions, plan: PlanAgreements): void {
  if (options.year === undefined) return;
  const p = agreementWords(options.locale).problems;
  if (!Number.isInteger(options.year)) throw new RuleInputError("year", "notWholeNumber", p.notAYear(String(options.year)), { value: String(options.year) });
  if (!plan.capped) throw new RuleInputError("year", "mismatch", p.yearWithoutThreshold);
  if (thresholdDefaultOf(plan, options.year) === undefined) {
    throw new RuleInputError("year", "outOfRange", p.yearBeforeTable(String(options.year), THRESHOLDS[0].from), { value: options.year });
  }
}

/** Every parameter of the agreements by its defined name, and the figures Parametrar derives from them. */
export function figuresOf(plan: PlanAgreements, values: CheckedFigures): Map<string, Decimal> {
  const figures = new Map<string, Decimal>();
  for (const agreement of plan.list) {
    for (const parameter of agreement.parameters) if (isPlanParamKey(parameter.key)) figures.set(parameter.name, values[parameter.key]);
  }
  const value = (name: string) => figures.get(name)!;
  for (const { component } of plan.perUser) figures.set(component.perUser.name, supportCostPerUser(value(component.budget), value(component.users)));
  for (const { component } of plan.splits) {
    figures.set(component.municipal.name, municipalPart(value(component.budget), value(component.share)));
    figures.set(component.region.name, regionPart(value(component.budget), value(component.share)));
  }
  return figures;
}

/** What each municipality and district pays under a part by population. */
export interface ShareCosts {
  /** The amount shared. */
  readonly amount: Decimal;
  /** Each municipality's and district's part: exact, or (addsUp) whole kronor that add up, the districts splitting the city's. */
  readonly municipalities: readonly Decimal[];
  readonly districts: readonly Decimal[];
  /** The exact parts, for the (exakt) column and the rounding note. */
  readonly exact: (population: Decimal) => Decimal;
}

/** Each part by population's figures. */
export function shareCostsOf(plan: PlanAgreements, figures: ReadonlyMap<string, Decimal>, lou: LouAllocation, cityIndex: number, addsUp: boolean): Map<PopulationShare, ShareCosts> {
  const county = lou.countyPopulation;
  const districts = lou.city?.districts ?? [];
  const costs = new Map<PopulationShare, ShareCosts>();
  for (const { component } of plan.shares) {
    const amount = figures.get(component.amount)!;
    const exact = (population: Decimal) => sharedByPopulation(population, county, amount);
    if (!addsUp) {
      costs.set(component, {
        amount,
        exact,
        municipalities: lou.municipalities.map((m) => exact(m.population)),
        districts: districts.map((d) => exact(d.populationIncludingRest)),
      });
      continue;
    }
    const municipalities = allocate(amount, lou.municipalities.map((m) => m.population), 0);
    const split = lou.city && cityIndex >= 0 ? allocate(municipalities[cityIndex], districts.map((d) => d.populationIncludingRest), 0) : [];
    costs.set(component, { amount, exact, municipalities, districts: split });
  }
  return costs;
}
