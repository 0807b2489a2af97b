import type { AgreementDeclaration, AgreementParameter, DerivedFigure } from "../../data";
import { NUMBER_PARAMETERS, isPlanParamKey } from "../../params";
import { absoluteAddress, absoluteColumnRange, sheetPrefix } from "../../formula";
import { figure, type Context } from "../options";
import { FORMATS, SheetBuilder, formula, input, ref, text, type PlanCell, type PlanName, type PlanSheet } from "../plan";
import { listText, words } from "../texts";
import { partialNote } from "./notes";
import { pageTexts } from "./page";

/*
 * Parametrar: every input in one labelled cell with a defined name, then the derived figures. The
 * agreements' parameters and derived figures, with their labels, come from their declarations: the
 * LOU model's first, then the population's date and rest post, then the others.
 */

/** Parametrar's last column: each parameter's defined name, as formulas use it. */
const NAME_COLUMN = 3;

interface ParameterRow {
  readonly name: string;
  readonly cell: PlanCell;
  readonly label: string;
  readonly note: string;
}

/** A parameter's number format, by its unit. */
export function parameterFormat(parameter: AgreementParameter): string {
  const unit = isPlanParamKey(parameter.key) ? NUMBER_PARAMETERS[parameter.key].unit : "kronor";
  return unit === "kronor" ? FORMATS.kronor : unit === "years" ? FORMATS.years : unit === "percent" ? FORMATS.percent : FORMATS.population;
}

/** A parameter and its agreement. */
export interface OwnedParameter {
  readonly agreement: AgreementDeclaration;
  readonly parameter: AgreementParameter;
}

/** The agreements' parameters as Parametrar and Källor och metod list them: the LOU model's, and the others. */
export function agreementParameters(ctx: Context): { capped: OwnedParameter[]; others: OwnedParameter[] } {
  const lou = ctx.agreements.capped?.component;
  const all = ctx.agreements.list.flatMap((agreement) => agreement.parameters.map((parameter) => ({ agreement, parameter })));
  const isLou = ({ parameter }: OwnedParameter) => lou !== undefined && (parameter.name === lou.threshold || parameter.name === lou.years);
  return { capped: all.filter(isLou), others: all.filter((owned) => !isLou(owned)) };
}

function inputRows(ctx: Context): ParameterRow[] {
  const p = ctx.t.parameters;
  const locale = ctx.options.locale;
  const city = ctx.lou.city;
  const row = ({ parameter }: OwnedParameter): ParameterRow => ({
    name: parameter.name,
    cell: input(figure(ctx, parameter.name), parameterFormat(parameter)),
    label: words(parameter.label, locale),
    note: words(parameter.note, locale),
  });
  const builtIn = (name: string, cell: PlanCell): ParameterRow => ({ name, cell, label: p.labels[name], note: p.notes[name] });
  const { capped, others } = agreementParameters(ctx);
  return [
    ...capped.map(row),
    builtIn("Referensdatum", input(ctx.referenceSerial, FORMATS.date)),
    ...(city ? [builtIn("Restpost", input(city.rest, FORMATS.population))] : []),
    ...others.map(row),
  ];
}

/** The figures the agreements' components derive (a part per user's cost per user, a split's two parts). */
function componentRows(ctx: Context): ParameterRow[] {
  const locale = ctx.options.locale;
  const derived = (figureOf: DerivedFigure, formulaText: string, numberFormat: string): ParameterRow => ({
    name: figureOf.name,
    cell: formula(formulaText, figure(ctx, figureOf.name), numberFormat),
    label: words(figureOf.label, locale),
    note: words(figureOf.note, locale),
  });
  return ctx.agreements.list.flatMap((agreement) =>
    agreement.components.flatMap((component) => {
      if (component.kind === "perUser") return [derived(component.perUser, `=${component.budget}/${component.users}`, FORMATS.perUser)];
      if (component.kind === "fixedPercentage") {
        return [
          derived(component.municipal, `=${component.budget}*${component.share}`, FORMATS.kronor),
          derived(component.region, `=${component.budget}-${component.municipal.name}`, FORMATS.kronor),
        ];
      }
      return [];
    }),
  );
}

function parameterRows(ctx: Context): { inputs: ParameterRow[]; derived: ParameterRow[] } {
  const { lou, layout } = ctx;
  const p = ctx.t.parameters;
  const m = layout.municipalities;
  const d = layout.districts;
  const inputs = inputRows(ctx);
  const builtIn = (name: string, cell: PlanCell): ParameterRow => ({ name, cell, label: p.labels[name], note: p.notes[name] });

  // The largest procuring unit: every municipality but the divided city, and every district incl.
  // its share of the rest post (Bilaga 3: Södermalm, 130 365,4166).
  const procuringRanges: string[] = [];
  const kommuner = sheetPrefix(ctx.sheetNames.municipalities);
  const pushRange = (prefix: string, column: number, first: number, last: number) => {
    if (last >= first) procuringRanges.push(`${prefix}${absoluteColumnRange(column, first, last)}`);
  };
  if (m.cityRow > 0) {
    pushRange(kommuner, m.col.population, m.first, m.cityRow - 1);
    pushRange(kommuner, m.col.population, m.cityRow + 1, m.last);
  } else {
    pushRange(kommuner, m.col.population, m.first, m.last);
  }
  if (d) pushRange(sheetPrefix(ctx.sheetNames.districts), d.col.inclRestExact, d.first, d.last);

  const capped = ctx.agreements.capped?.component;
  const derived: ParameterRow[] = [
    builtIn("InvanareLan", formula(`=SUM(${kommuner}${absoluteColumnRange(m.col.population, m.first, m.last)})`, lou.countyPopulation, FORMATS.population)),
    ...(lou.city && d ? [builtIn("InvanareStad", formula(`=${ref(ctx, "districts", d.col.population, d.total)}`, lou.city.population, FORMATS.population))] : []),
    ...(capped
      ? [
          builtIn("StorstaEnhet", formula(`=MAX(${procuringRanges.join(",")})`, lou.largestUnit.population, FORMATS.populationExact)),
          builtIn("KrPerInvanarePeriod", formula(`=${capped.threshold}/StorstaEnhet`, lou.ratePerInhabitantForPeriod, FORMATS.rateForPeriod)),
          builtIn("KrPerInvanareAr", formula(`=KrPerInvanarePeriod/${capped.years}`, lou.ratePerInhabitantPerYear, FORMATS.ratePerYear)),
          builtIn("SummaPerAr", formula("=InvanareLan*KrPerInvanareAr", lou.total.perYear, FORMATS.kronor)),
          builtIn("SummaPeriod", formula("=InvanareLan*KrPerInvanarePeriod", lou.total.forPeriod, FORMATS.kronor)),
        ]
      : []),
    ...componentRows(ctx),
  ];
  return { inputs, derived };
}

export function parametersSheet(ctx: Context, names: PlanName[]): PlanSheet {
  const p = ctx.t.parameters;
  const sheet = new SheetBuilder("parameters", ctx.sheetNames.parameters);
  sheet.text(1, [text(p.title, "title"), text(p.subtitle, "subtitle")]);
  const partial = partialNote(ctx);
  if (partial) sheet.text(3, [partial]);
  sheet.put(4, 0, [p.header.map((h) => text(h, "header"))]);
  const { inputs, derived } = parameterRows(ctx);
  let row = 5;
  const section = (title: string, rows: ParameterRow[]) => {
    sheet.text(row, [title], "subtitle");
    row += 1;
    sheet.put(
      row,
      0,
      rows.map((entry) => [text(entry.label), entry.cell, text(entry.note, "note"), text(entry.name, "note")]),
    );
    rows.forEach((entry, index) => {
      names.push({ name: entry.name, sheetKey: "parameters", cell: absoluteAddress(1, row + index), comment: entry.note });
    });
    row += rows.length + 1;
  };
  section(p.inputs, inputs);
  section(p.derived, derived);
  // The explanations wrap inside their column, so the table prints one page wide.
  sheet.wrapColumn(0, 38);
  sheet.wrapColumn(2, 56);
  // The names in formulas are for tracing a formula on screen, last and left off the page: a reader of the paper needs the label, value and explanation.
  const printedTo = { row: row - 2, column: NAME_COLUMN - 1 };
  return sheet.finish(pageTexts(ctx, p.title, parametersSource(ctx)), { headerRow: 4, printedTo });
}

/** The footer's source of Parametrar: every agreement as it cites itself ("överenskommelsen 2020 (Bilaga 3) och avtalet 2026–2030"). */
function parametersSource(ctx: Context): string {
  const locale = ctx.options.locale;
  return listText(ctx.agreements.list.map((agreement) => words(agreement.cite ?? agreement.name, locale)), locale);
}
