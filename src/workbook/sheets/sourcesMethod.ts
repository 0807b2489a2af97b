import { Decimal, normalizeUnitName } from "../../engine";
import { formatNumber } from "../../i18n";
import { figure, type Context } from "../options";
import { words } from "../texts";

/*
 * The method on Källor och metod, sentence by sentence as the plan's agreements have it: the LOU
 * model's (with an example of these figures), each part per user's (from its declaration), each
 * split's, and how the workbook computes; and the rounding rule.
 */

/** The LOU model's sentences, with the example of these figures. */
function louSentences(ctx: Context): string[] {
  const { lou, options } = ctx;
  const m = ctx.t.method;
  const n = (value: Decimal | number, decimals = 0) => formatNumber(typeof value === "number" ? value : value.toNumber(), options.locale, decimals);
  const rate = n(lou.ratePerInhabitantPerYear, 3);
  const largest = lou.largestUnit;
  const example =
    lou.city?.districts.find((d) => normalizeUnitName(d.name) === "farsta") ??
    lou.city?.districts.find((d) => d.name !== largest.name) ??
    lou.municipalities.find((m) => m.procuring && m.name !== largest.name);
  const examplePopulation = example ? ("populationIncludingRest" in example ? example.populationIncludingRest : example.population) : undefined;
  const exampleText = example && examplePopulation ? m.louExampleUnit(example.name, n(examplePopulation), rate, n(example.perYear)) : "";
  return [...m.lou, m.louExample(n(ctx.threshold), n(largest.population, 4), largest.name, n(ctx.years), rate, exampleText)];
}

/** Each split's sentence: from its first year, the Region's and the municipalities' share, and whether the municipal part is shared by population. */
function splitSentences(ctx: Context): string[] {
  const locale = ctx.options.locale;
  const m = ctx.t.agreements.method;
  const n = (value: Decimal, decimals: number) => formatNumber(value.toNumber(), locale, decimals);
  const percent = (value: Decimal) => n(value.times(100), value.times(100).isInteger() ? 0 : 2);
  return ctx.agreements.splits.map(({ agreement, component }) => {
    const share = figure(ctx, component.share);
    const shared = ctx.agreements.shares.some((placed) => placed.split === component);
    const sentence = shared ? m.splitShared : m.split;
    return sentence(agreement.period.from.slice(0, 4), words(component.of, locale), percent(new Decimal(1).minus(share)), percent(share));
  });
}

export function methodSentences(ctx: Context): { method: string[]; rounding: string } {
  const m = ctx.t.method;
  const perUser = ctx.agreements.perUser.map(({ component }) => words(component.method, ctx.options.locale));
  const method = [...(ctx.agreements.capped ? louSentences(ctx) : []), ...perUser, ...splitSentences(ctx), m.formulas];
  return { method, rounding: ctx.addsUp ? m.roundingAddsUp : m.roundingAnnex };
}
