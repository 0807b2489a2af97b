import type { Source } from "../data";
import { allocationOf, checkCounty, roundHalfAwayFromZero } from "../engine";
import { checkedFigures, figuresOf, planAgreementsOf, thresholdDefaultOf, type CheckedFigures, type PlanAgreements } from "./options";
import type { PlanOptions, RoundingMode } from "./plan";
import { words } from "./texts";

/**
 * The figures the task pane shows before it writes a plan, computed by the engine from the same
 * options (so no component computes a rule). Plain JS numbers, exact (not rounded) unless the name
 * says so; the pane formats them with src/i18n/locale.ts.
 */
export interface PlanSummary {
  readonly rounding: RoundingMode;
  /** Cost per inhabitant and year: threshold / largest unit / years (Bilaga 3: 0,590 kr). */
  readonly ratePerInhabitantPerYear: number;
  /** Cost per inhabitant over the contract period: threshold / largest unit (4,7199 kr). */
  readonly ratePerInhabitantForPeriod: number;
  /** The procuring unit that pays exactly the threshold (Södermalm, 130 365,4166 incl. rest). */
  readonly largestUnit: { readonly name: string; readonly kind: "municipality" | "district"; readonly population: number };
  /** The contract period in years and the threshold, as validated. */
  readonly years: number;
  readonly threshold: number;
  /** The divided city (Stockholm) incl. its rest post, when the population has one. */
  readonly city?: { readonly name: string; readonly population: number; readonly rest: number; readonly districts: number };
  readonly municipalities: number;
  /** Number of procuring units: municipalities other than the divided city, plus its districts. */
  readonly procuringUnits: number;
  /**
   * The county: its population and LOU cost per year and for the period, exact (the annex's total
   * row: 2 344 124, 1 383 004,47 kr, 11 064 035,73 kr), and those costs rounded to whole kronor
   * (what the "adds up" rows sum to).
   */
  readonly totals: {
    readonly population: number;
    readonly perYear: number;
    readonly forPeriod: number;
    readonly perYearRounded: number;
    readonly forPeriodRounded: number;
  };
  /** The divided city's cost per year, exact (Stockholm: 567 659 kr in Bilaga 3). */
  readonly cityPerYear?: number;
  /** The plan's agreements (PlanOptions.agreements, by default the 2020 one and the 2026–2030 one). */
  readonly agreements: AgreementsSummary;
}

/** What the plan's agreements give, in the plan's language. */
export interface AgreementsSummary {
  /** Each agreement's title. */
  readonly titles: readonly string[];
  /** Whether one of them has the LOU model (else the LOU figures above are not in the workbook). */
  readonly lou: boolean;
  /** The LOU model's threshold as the agreement or the table of thresholds has it: value, source, and the period it is in force for a year chosen. */
  readonly threshold?: { readonly value: number; readonly source: Source; readonly from?: string; readonly to?: string; readonly year?: number };
  /** Each fixed percentage split: its agreement's title and first year, the municipalities' and the Region's part per year. */
  readonly splits: readonly { readonly title: string; readonly year: string; readonly municipalPart: number; readonly regionPart: number }[];
  /** Each part per user: its sheet's title and the cost per user and year. */
  readonly perUser: readonly { readonly title: string; readonly costPerUser: number }[];
}

function agreementsSummary(options: PlanOptions, plan: PlanAgreements, checked: CheckedFigures): AgreementsSummary {
  const figures = figuresOf(plan, checked);
  const locale = options.locale;
  const found = thresholdDefaultOf(plan, options.year);
  const number = (name: string) => figures.get(name)!.toNumber();
  return {
    titles: plan.list.map((agreement) => words(agreement.title, locale)),
    lou: plan.capped !== undefined,
    ...(found
      ? {
          threshold: {
            value: found.value,
            source: found.source,
            ...(found.period && options.year !== undefined ? { from: found.period.from, ...(found.period.to ? { to: found.period.to } : {}), year: options.year } : {}),
          },
        }
      : {}),
    splits: plan.splits.map(({ agreement, component }) => ({
      title: words(agreement.title, locale),
      year: agreement.period.from.slice(0, 4),
      municipalPart: number(component.municipal.name),
      regionPart: number(component.region.name),
    })),
    perUser: plan.perUser.map(({ component }) => ({ title: words(component.sheet.title, locale), costPerUser: number(component.perUser.name) })),
  };
}

/**
 * The pane's figures for a set of plan options (see {@link PlanSummary}).
 *
 * @throws RuleInputError naming the option at fault, as buildWorkbookPlan does
 */
export function planSummary(options: PlanOptions): PlanSummary {
  // The agreements first, then the figures: the same order as buildWorkbookPlan, so both name the same option.
  const plan = planAgreementsOf(options);
  const checked = checkedFigures(options, plan);
  const { threshold, years } = checked;
  const agreements = agreementsSummary(options, plan, checked);
  const lou = allocationOf(checkCounty(options.county), threshold, years);
  const cityRow = lou.city ? lou.municipalities.find((m) => !m.procuring) : undefined;
  // The rounded totals are what the adds-up rows sum to: the amount rounded half away from zero, as allocate does.
  const perYearRounded = roundHalfAwayFromZero(lou.total.perYear);
  const forPeriodRounded = roundHalfAwayFromZero(lou.total.forPeriod);
  return {
    rounding: options.rounding,
    ratePerInhabitantPerYear: lou.ratePerInhabitantPerYear.toNumber(),
    ratePerInhabitantForPeriod: lou.ratePerInhabitantForPeriod.toNumber(),
    largestUnit: { name: lou.largestUnit.name, kind: lou.largestUnit.kind, population: lou.largestUnit.population.toNumber() },
    years: years.toNumber(),
    threshold: threshold.toNumber(),
    ...(lou.city
      ? {
          city: {
            name: lou.city.name,
            population: lou.city.population.toNumber(),
            rest: lou.city.rest.toNumber(),
            districts: lou.city.districts.length,
          },
          cityPerYear: (cityRow ? cityRow.perYear : lou.city.totalPerYear).toNumber(),
        }
      : {}),
    municipalities: lou.municipalities.length,
    procuringUnits: lou.municipalities.filter((m) => m.procuring).length + (lou.city?.districts.length ?? 0),
    totals: {
      population: lou.countyPopulation.toNumber(),
      perYear: lou.total.perYear.toNumber(),
      forPeriod: lou.total.forPeriod.toNumber(),
      perYearRounded: perYearRounded.toNumber(),
      forPeriodRounded: forPeriodRounded.toNumber(),
    },
    agreements,
  };
}
