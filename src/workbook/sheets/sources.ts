import { Decimal, normalizeUnitName } from "../../engine";
import {
  DOCUMENTS,
  FARSTA_PREVIOUS_COST,
  POPULATION_REFERENCE_DATE,
  POPULATION_SOURCE,
  STOCKHOLM_REST_2018,
  countyCompleteness,
  isThreshold,
  parameterDefault,
  samePeriod,
  documentName,
  documentTitle,
  type ParameterDefault,
  type Source,
} from "../../data";
import { excelDateSerial, longDate, stockholmTime } from "../../i18n";
import { figure, type Context } from "../options";
import { EMPTY, FORMATS, SheetBuilder, TABLE_NAMES, formula, ref, text, type PlanSheet } from "../plan";
import { words } from "../texts";
import { annualLayout, annualTable } from "./annualFigures";
import { louPreviousHeader } from "./lou";
import { partialNote } from "./notes";
import { pageTexts } from "./page";
import { agreementParameters, parameterFormat, type OwnedParameter } from "./parameters";
import { methodSentences } from "./sourcesMethod";

/*
 * Källor och metod: each parameter's document, section, quote and value (the agreements' from their
 * declarations; the threshold of a year chosen from the table of thresholds, with its period); the
 * method; the rounding rule; when and with which version.
 */

type Entry = { label: string; source?: Source; section?: string; sourceValue: number | null; formulaText: string; value: Decimal | number; numberFormat: string };

/** The section of a threshold taken from the table for the year chosen: its section, when it is in force, the year. */
function thresholdSection(ctx: Context, found: ParameterDefault): string | undefined {
  const period = found.period;
  if (!period || ctx.options.year === undefined) return undefined;
  const locale = ctx.options.locale;
  const t = ctx.t.agreements.threshold;
  const when = period.to === undefined ? t.since(longDate(period.from, locale)) : t.between(longDate(period.from, locale), longDate(period.to, locale));
  return t.forYear(found.source.section, when, String(ctx.options.year));
}

/** An agreement's parameter as a row: its label, its source and value there, its value here. */
function parameterEntry(ctx: Context, { agreement, parameter }: OwnedParameter): Entry {
  const found = isThreshold(agreement, parameter) && ctx.thresholdDefault ? ctx.thresholdDefault : parameterDefault(agreement, parameter);
  const section = found && thresholdSection(ctx, found);
  return {
    label: words(parameter.label, ctx.options.locale),
    ...(found ? { source: found.source } : {}),
    ...(section ? { section } : {}),
    sourceValue: found ? found.value : null,
    formulaText: `=${parameter.name}`,
    value: figure(ctx, parameter.name),
    numberFormat: parameterFormat(parameter),
  };
}

const REST_SOURCE: Source = {
  document: "002",
  title: DOCUMENTS.agreement2020,
  section: "Bilaga 3, stadsdelstabellen med fotnot *",
  quote: "Sthlm kn rest* 2 446 … De personer i Stockholms som saknar adress redovisas som en restpost på kommunen.",
};

export function sourcesSheet(ctx: Context): PlanSheet {
  const { t, lou } = ctx;
  const s = t.sources;
  const p = t.parameters;
  const sheet = new SheetBuilder("sources", ctx.sheetNames.sources);
  sheet.text(1, [text(s.title, "title")]);
  const partial = partialNote(ctx);
  if (partial) sheet.text(2, [partial]);
  const header = 3;
  const population: Source | undefined = ctx.embedded ? POPULATION_SOURCE : undefined;
  const { capped, others } = agreementParameters(ctx);
  const entries: Entry[] = [
    ...capped.map((owned) => parameterEntry(ctx, owned)),
    { label: p.labels.Referensdatum, source: population, sourceValue: population ? excelDateSerial(POPULATION_REFERENCE_DATE) : null, formulaText: "=Referensdatum", value: ctx.referenceSerial, numberFormat: FORMATS.date },
    { label: p.labels.InvanareLan, source: population, sourceValue: population ? lou.countyPopulation.toNumber() : null, formulaText: "=InvanareLan", value: lou.countyPopulation, numberFormat: FORMATS.population },
    ...(lou.city
      ? [{ label: p.labels.Restpost, source: ctx.embedded ? REST_SOURCE : undefined, sourceValue: ctx.embedded ? STOCKHOLM_REST_2018 : null, formulaText: "=Restpost", value: lou.city.rest, numberFormat: FORMATS.population }]
      : []),
    ...others.map((owned) => parameterEntry(ctx, owned)),
  ];
  // Farsta's amount of 000 is quoted only where the workbook holds it as that: from before the 2020 agreement.
  const farstaPeriod = ctx.options.previousPeriod;
  const farsta = farstaPeriod && samePeriod(farstaPeriod, FARSTA_PREVIOUS_COST.period) ? ctx.previous.get(normalizeUnitName(FARSTA_PREVIOUS_COST.district)) : undefined;
  const D = ctx.layout.districts;
  const farstaIndex = lou.city?.districts.findIndex((d) => normalizeUnitName(d.name) === normalizeUnitName(FARSTA_PREVIOUS_COST.district)) ?? -1;
  // Farsta's previous cost is on Stadsdelar with the LOU model, else only on Årskostnad.
  const farstaCell =
    D && farstaIndex >= 0
      ? D.col.previous !== undefined
        ? ref(ctx, "districts", D.col.previous, D.first + farstaIndex)
        : ctx.sheets.has("annualCost")
          ? ref(ctx, "annualCost", annualTable(ctx).col.previous, annualLayout(ctx).first + ctx.units.findIndex((unit) => unit.kind === "district" && unit.index === farstaIndex))
          : undefined
      : undefined;
  if (ctx.embedded && farsta && farstaCell) {
    entries.push({
      label: `${D?.col.previous !== undefined ? louPreviousHeader(ctx) : annualTable(ctx).columns[annualTable(ctx).col.previous].header}, ${FARSTA_PREVIOUS_COST.district}`,
      source: FARSTA_PREVIOUS_COST.source,
      sourceValue: FARSTA_PREVIOUS_COST.value,
      formulaText: `=${farstaCell}`,
      value: farsta,
      numberFormat: FORMATS.kronor,
    });
  }
  const rows = entries.map((entry) => [
    text(entry.label),
    entry.sourceValue === null ? EMPTY : { value: entry.sourceValue, numberFormat: entry.numberFormat },
    formula(entry.formulaText, entry.value, entry.numberFormat),
    text(entry.source ? documentTitle(entry.source) : s.ownPopulation),
    text(entry.section ?? (entry.source ? entry.source.section : s.ownPopulationSection)),
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
  sheet.wrapColumn(3, 26);
  sheet.wrapColumn(4, 26);
  // The document and the quote narrower than their texts want, so the landscape page prints at 9 pt or more (30 and 52 gave 8,8 pt).
  sheet.wrapColumn(5, 44);
  return sheet.finish(pageTexts(ctx, s.title, t.annual.print.sources.sources), { headerRow: header });
}

/** Which of Stockholm's district layouts the population follows (src/data/layouts.ts), when it has districts. */
function layoutLine(ctx: Context): string[] {
  const { layout, missingDistricts } = countyCompleteness(ctx.options.county);
  if (!layout || !ctx.lou.city) return [];
  const a = ctx.t.annual;
  const line = missingDistricts.length === 0 ? a.layout : a.layoutClosest;
  return [line(longDate(layout.from, ctx.options.locale), String(layout.districts.length), `${documentName(layout.source.document, ctx.options.locale)}, ${layout.source.note}`)];
}

