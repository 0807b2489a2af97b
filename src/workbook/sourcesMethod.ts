import { Decimal, normalizeUnitName } from "../engine";
import { formatNumber } from "../i18n/locale";
import { words } from "./agreements";
import { figure, type Context } from "./buildContext";

/*
 * The method on Källor och metod, sentence by sentence as the plan's agreements have it: the LOU
 * model's (with an example of these figures), each part per user's (from its declaration), each
 * split's, and how the workbook computes; and the rounding rule.
 */

/** The LOU model's sentences, with the example of these figures. */
function louSentences(ctx: Context): string[] {
  const { lou, options } = ctx;
  const sv = options.locale === "sv";
  const n = (value: Decimal | number, decimals = 0) => formatNumber(typeof value === "number" ? value : value.toNumber(), options.locale, decimals);
  const rate = n(lou.ratePerInhabitantPerYear, 3);
  const largest = lou.largestUnit;
  const example =
    lou.city?.districts.find((d) => normalizeUnitName(d.name) === "farsta") ??
    lou.city?.districts.find((d) => d.name !== largest.name) ??
    lou.municipalities.find((m) => m.procuring && m.name !== largest.name);
  const examplePopulation = example ? ("populationIncludingRest" in example ? example.populationIncludingRest : example.population) : undefined;
  const exampleText =
    example && examplePopulation
      ? sv
        ? `; ${example.name}: ${n(examplePopulation)} invånare × ${rate} kr = ${n(example.perYear)} kr per år`
        : `; ${example.name}: ${n(examplePopulation)} inhabitants × ${rate} kr = ${n(example.perYear)} kr a year`
      : "";
  return sv
    ? [
        "Kostnaden för IT-stödet som omfattas av LOU fördelas efter andel av invånarna (Bilaga 3 till överenskommelsen 2020).",
        "Varje upphandlande enhet, det vill säga varje kommun och var och en av Stockholms stadsdelsförvaltningar, får betala högst gränsbeloppet för direktupphandling under hela avtalsperioden.",
        "Den största enheten betalar därför exakt gränsbeloppet, och alla betalar samma belopp per invånare: gränsbeloppet delat med den största enhetens invånare, delat med antalet år.",
        "Stockholms restpost (invånare utan känd stadsdel) fördelas på stadsdelarna i proportion till deras invånare; Stockholms rad i Kommuner är summan av stadsdelarna och restposten.",
        `Exempel med dessa värden: ${n(ctx.threshold)} kr / ${n(largest.population, 4)} invånare (${largest.name}) / ${n(ctx.years)} år = ${rate} kr per invånare och år${exampleText}.`,
      ]
    : [
        "The cost of the IT support that falls under the Public Procurement Act (LOU) is shared by population (Bilaga 3 of the 2020 agreement).",
        "No procuring unit, i.e. no municipality and none of Stockholm city's district administrations, may pay more than the direct-procurement threshold over the whole contract period.",
        "The largest unit therefore pays exactly the threshold, and everyone pays the same amount per inhabitant: the threshold divided by the largest unit's inhabitants, divided by the years.",
        "Stockholm's rest post (inhabitants without a known district) is spread over the districts in proportion to their population; Stockholm's row on Municipalities is the sum of its districts and the rest post.",
        `Example with these values: ${n(ctx.threshold)} kr / ${n(largest.population, 4)} inhabitants (${largest.name}) / ${n(ctx.years)} years = ${rate} kr per inhabitant and year${exampleText}.`,
      ];
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
  const sv = ctx.options.locale === "sv";
  const perUser = ctx.agreements.perUser.map(({ component }) => words(component.method, ctx.options.locale));
  const method = [
    ...(ctx.agreements.capped ? louSentences(ctx) : []),
    ...perUser,
    ...splitSentences(ctx),
    sv
      ? "Alla beräknade celler är vanliga Excel-formler som hänvisar till bladet Parametrar och radens indata, så tabellerna räknas om när ett värde ändras och fungerar utan tillägget."
      : "Every computed cell is a plain Excel formula referring to the Parameters sheet and the row's inputs, so the tables recalculate when a value changes and work without the add-in.",
  ];
  if (sv) {
    return {
      method,
      rounding: ctx.addsUp
        ? "Summerar: varje belopp avrundas till hela kronor (invånare till hela personer, andelar till hundradels procent) så att raderna summerar exakt till summaraden. Alla rader avrundas först nedåt, och det som återstår till den avrundade summan delas ut en enhet i taget till raderna med störst rest (vid lika rest den större enheten, sedan raden högre upp). Stadsdelarnas belopp delar upp Stockholms avrundade belopp. Det exakta värdet står i kolumnen \"(exakt)\"."
        : "Som i bilagan: beloppen räknas med full precision och visas avrundade till hela kronor. Summaraden är den exakta summan, så summan av de avrundade raderna kan skilja någon krona från summaraden.",
    };
  }
  return {
    method,
    rounding: ctx.addsUp
      ? "Adds up: every amount is rounded to whole kronor (inhabitants to whole persons, shares to hundredths of a per cent) so that the rows add up exactly to the total row. All rows are first rounded down, and what is left up to the rounded total goes one unit at a time to the rows with the largest remainder (on equal remainders the larger unit, then the row above). The districts' amounts split Stockholm's rounded amount. The exact value is in the column \"(exact)\"."
      : "As the annex: amounts are computed at full precision and shown rounded to whole kronor. The total row is the exact total, so the sum of the rounded rows may differ from it by a krona or two.",
  };
}
