import { Decimal, normalizeUnitName } from "../engine";
import {
  AGREEMENT_2020,
  AGREEMENT_2026,
  DOCUMENTS,
  FARSTA_PREVIOUS_COST,
  POPULATION_REFERENCE_DATE,
  POPULATION_SOURCE,
  STOCKHOLM_REST_2018,
  countyCompleteness,
  type Source,
} from "../data";
import { formatNumber } from "../i18n/locale";
import { excelDateSerial } from "../i18n/dates";
import { TABLE_NAMES, partialNote, ref, type Context } from "./buildContext";
import type { PlanSheet } from "./plan";
import { longDate, pageTexts, stockholmTime } from "./page";
import { EMPTY, FORMATS, SheetBuilder, formula, text } from "./sheet";

/* Källor och metod: each parameter's document, section, quote and value; the method; the rounding rule; when and with which version. */

const REST_SOURCE: Source = {
  document: "002",
  title: DOCUMENTS.agreement2020,
  section: "Bilaga 3, stadsdelstabellen med fotnot *",
  quote: "Sthlm kn rest* 2 446 … De personer i Stockholms som saknar adress redovisas som en restpost på kommunen.",
};

function methodSentences(ctx: Context): { method: string[]; rounding: string } {
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
  const percent = (value: Decimal) => n(value.times(100), value.times(100).isInteger() ? 0 : 2);
  const share = percent(ctx.share2026);
  const regionShare = percent(new Decimal(1).minus(ctx.share2026));
  const exampleText =
    example && examplePopulation
      ? sv
        ? `; ${example.name}: ${n(examplePopulation)} invånare × ${rate} kr = ${n(example.perYear)} kr per år`
        : `; ${example.name}: ${n(examplePopulation)} inhabitants × ${rate} kr = ${n(example.perYear)} kr a year`
      : "";
  if (sv) {
    return {
      method: [
        "Kostnaden för IT-stödet som omfattas av LOU fördelas efter andel av invånarna (Bilaga 3 till överenskommelsen 2020).",
        "Varje upphandlande enhet, det vill säga varje kommun och var och en av Stockholms stadsdelsförvaltningar, får betala högst gränsbeloppet för direktupphandling under hela avtalsperioden.",
        "Den största enheten betalar därför exakt gränsbeloppet, och alla betalar samma belopp per invånare: gränsbeloppet delat med den största enhetens invånare, delat med antalet år.",
        "Stockholms restpost (invånare utan känd stadsdel) fördelas på stadsdelarna i proportion till deras invånare; Stockholms rad i Kommuner är summan av stadsdelarna och restposten.",
        `Exempel med dessa värden: ${n(ctx.threshold)} kr / ${n(largest.population, 4)} invånare (${largest.name}) / ${n(ctx.years)} år = ${rate} kr per invånare och år${exampleText}.`,
        "Support och central förvaltning: budgeten delas med alla användare, och varje organisation betalar för sina användare (räknas den 1/10 varje år).",
        `Från 2026 delas kostnaden för drift och förvaltning mellan Region Stockholm (${regionShare} %) och kommunerna (${share} %), och kommunernas del fördelas efter invånarantal.`,
        "Alla beräknade celler är vanliga Excel-formler som hänvisar till bladet Parametrar och radens indata, så tabellerna räknas om när ett värde ändras och fungerar utan tillägget.",
      ],
      rounding: ctx.addsUp
        ? "Summerar: varje belopp avrundas till hela kronor (invånare till hela personer, andelar till hundradels procent) så att raderna summerar exakt till summaraden. Alla rader avrundas först nedåt, och det som återstår till den avrundade summan delas ut en enhet i taget till raderna med störst rest (vid lika rest den större enheten, sedan raden högre upp). Stadsdelarnas belopp delar upp Stockholms avrundade belopp. Det exakta värdet står i kolumnen \"(exakt)\"."
        : "Som i bilagan: beloppen räknas med full precision och visas avrundade till hela kronor. Summaraden är den exakta summan, så summan av de avrundade raderna kan skilja någon krona från summaraden.",
    };
  }
  return {
    method: [
      "The cost of the IT support that falls under the Public Procurement Act (LOU) is shared by population (Bilaga 3 of the 2020 agreement).",
      "No procuring unit, i.e. no municipality and none of Stockholm city's district administrations, may pay more than the direct-procurement threshold over the whole contract period.",
      "The largest unit therefore pays exactly the threshold, and everyone pays the same amount per inhabitant: the threshold divided by the largest unit's inhabitants, divided by the years.",
      "Stockholm's rest post (inhabitants without a known district) is spread over the districts in proportion to their population; Stockholm's row on Municipalities is the sum of its districts and the rest post.",
      `Example with these values: ${n(ctx.threshold)} kr / ${n(largest.population, 4)} inhabitants (${largest.name}) / ${n(ctx.years)} years = ${rate} kr per inhabitant and year${exampleText}.`,
      "Support and central management: the budget is divided by all users, and each organisation pays for its users (counted on 1 October each year).",
      `From 2026 the cost of operation and management is split between Region Stockholm (${regionShare}%) and the municipalities (${share}%), and the municipalities' part is shared by population.`,
      "Every computed cell is a plain Excel formula referring to the Parameters sheet and the row's inputs, so the tables recalculate when a value changes and work without the add-in.",
    ],
    rounding: ctx.addsUp
      ? "Adds up: every amount is rounded to whole kronor (inhabitants to whole persons, shares to hundredths of a per cent) so that the rows add up exactly to the total row. All rows are first rounded down, and what is left up to the rounded total goes one unit at a time to the rows with the largest remainder (on equal remainders the larger unit, then the row above). The districts' amounts split Stockholm's rounded amount. The exact value is in the column \"(exact)\"."
      : "As the annex: amounts are computed at full precision and shown rounded to whole kronor. The total row is the exact total, so the sum of the rounded rows may differ from it by a krona or two.",
  };
}

export function sourcesSheet(ctx: Context): PlanSheet {
  const { t, lou } = ctx;
  const s = t.sources;
  const p = t.parameters;
  const sheet = new SheetBuilder("sources", ctx.sheetNames.sources);
  sheet.text(1, [text(s.title, "title")]);
  const partial = partialNote(ctx);
  if (partial) sheet.text(2, [partial]);
  const header = 3;
  type Entry = { label: string; source?: Source; sourceValue: number | null; formulaText: string; value: Decimal | number; numberFormat: string };
  const population: Source | undefined = ctx.embedded ? POPULATION_SOURCE : undefined;
  const entries: Entry[] = [
    { label: p.labels.Gransbelopp, source: AGREEMENT_2020.louThreshold.source, sourceValue: AGREEMENT_2020.louThreshold.value, formulaText: "=Gransbelopp", value: ctx.threshold, numberFormat: FORMATS.kronor },
    { label: p.labels.Avtalsar, source: AGREEMENT_2020.contractYears.source, sourceValue: AGREEMENT_2020.contractYears.value, formulaText: "=Avtalsar", value: ctx.years, numberFormat: FORMATS.years },
    { label: p.labels.Referensdatum, source: population, sourceValue: population ? excelDateSerial(POPULATION_REFERENCE_DATE) : null, formulaText: "=Referensdatum", value: ctx.referenceSerial, numberFormat: FORMATS.date },
    { label: p.labels.InvanareLan, source: population, sourceValue: population ? lou.countyPopulation.toNumber() : null, formulaText: "=InvanareLan", value: lou.countyPopulation, numberFormat: FORMATS.population },
    ...(lou.city
      ? [{ label: p.labels.Restpost, source: ctx.embedded ? REST_SOURCE : undefined, sourceValue: ctx.embedded ? STOCKHOLM_REST_2018 : null, formulaText: "=Restpost", value: lou.city.rest, numberFormat: FORMATS.population }]
      : []),
    { label: p.labels.SupportBudget, source: AGREEMENT_2020.supportBudget.source, sourceValue: AGREEMENT_2020.supportBudget.value, formulaText: "=SupportBudget", value: ctx.supportBudget, numberFormat: FORMATS.kronor },
    { label: p.labels.SupportAnvandare, source: AGREEMENT_2020.supportUsers.source, sourceValue: AGREEMENT_2020.supportUsers.value, formulaText: "=SupportAnvandare", value: ctx.supportUsers, numberFormat: FORMATS.population },
    { label: p.labels.Budget2026, source: AGREEMENT_2026.budget.source, sourceValue: AGREEMENT_2026.budget.value, formulaText: "=Budget2026", value: ctx.budget2026, numberFormat: FORMATS.kronor },
    { label: p.labels.Kommunandel2026, source: AGREEMENT_2026.municipalShare.source, sourceValue: AGREEMENT_2026.municipalShare.value, formulaText: "=Kommunandel2026", value: ctx.share2026, numberFormat: FORMATS.percent },
  ];
  const farsta = ctx.previous.get(normalizeUnitName(FARSTA_PREVIOUS_COST.district));
  const D = ctx.layout.districts;
  const farstaIndex = lou.city?.districts.findIndex((d) => normalizeUnitName(d.name) === normalizeUnitName(FARSTA_PREVIOUS_COST.district)) ?? -1;
  if (ctx.embedded && farsta && D && farstaIndex >= 0) {
    entries.push({
      label: `${t.money.previous}, ${FARSTA_PREVIOUS_COST.district}`,
      source: FARSTA_PREVIOUS_COST.source,
      sourceValue: FARSTA_PREVIOUS_COST.value,
      formulaText: `=${ref(ctx, "districts", D.col.previous, D.first + farstaIndex)}`,
      value: farsta,
      numberFormat: FORMATS.kronor,
    });
  }
  const rows = entries.map((entry) => [
    text(entry.label),
    entry.sourceValue === null ? EMPTY : { value: entry.sourceValue, numberFormat: entry.numberFormat },
    formula(entry.formulaText, entry.value, entry.numberFormat),
    text(entry.source ? `${entry.source.document}: ${entry.source.title}` : s.ownPopulation),
    text(entry.source ? entry.source.section : s.ownPopulationSection),
    entry.source ? text(entry.source.quote, "note") : EMPTY,
  ]);
  sheet.put(header, 0, [s.header.map((h) => text(h, "header")), ...rows]);
  const lastRow = header + rows.length;
  sheet.table(TABLE_NAMES.sources, 0, header, 5, lastRow, false);

  const derived = ctx.options.stockholmDerived ? [ctx.t.completeness.stockholmDerived] : [];
  const { method: methodLines, rounding } = methodSentences(ctx);
  const method = [...methodLines, ...layoutLine(ctx), ...derived];
  let row = lastRow + 2;
  sheet.text(row, [text(s.method, "subtitle"), ...method]);
  row += method.length + 2;
  sheet.text(row, [text(s.rounding, "subtitle"), rounding]);
  row += 3;
  // When, in the workbook's language and Stockholm's time ("29 november 2026 kl. 09:29"), and with which version.
  sheet.text(row, [text(s.made, "subtitle"), text(`${s.generatedAt}: ${stockholmTime(ctx.generatedAt, ctx.options.locale)}`), text(`${s.version}: ${ctx.version}`)]);
  // Documents, sections and quotes wrap inside their columns, so the table prints one page wide.
  sheet.wrapColumn(0, 30);
  sheet.wrapColumn(3, 30);
  sheet.wrapColumn(4, 26);
  sheet.wrapColumn(5, 52);
  return sheet.finish(pageTexts(ctx, "sources", s.title), { headerRow: header });
}

/** Which of Stockholm's district layouts the population follows (src/data/layouts.ts), when it has districts. */
function layoutLine(ctx: Context): string[] {
  const { layout, missingDistricts } = countyCompleteness(ctx.options.county);
  if (!layout || !ctx.lou.city) return [];
  const a = ctx.t.annual;
  const line = missingDistricts.length === 0 ? a.layout : a.layoutClosest;
  return [line(longDate(layout.from, ctx.options.locale), String(layout.districts.length), `${layout.source.document}: ${layout.source.note}`)];
}

