import { municipalPart, regionPart, supportCostPerUser } from "../engine";
import { absoluteAddress, absoluteColumnRange, sheetPrefix } from "./a1";
import { partialNote, ref, type Context } from "./buildContext";
import type { PlanCell, PlanName, PlanSheet } from "./plan";
import { pageTexts } from "./page";
import { FORMATS, SheetBuilder, formula, input, text } from "./sheet";

/* Parametrar: every input in one labelled cell with a defined name, then the derived figures. */

interface ParameterRow {
  readonly name: string;
  readonly cell: PlanCell;
}

function parameterRows(ctx: Context): { inputs: ParameterRow[]; derived: ParameterRow[] } {
  const { lou, layout } = ctx;
  const m = layout.municipalities;
  const d = layout.districts;
  const inputs: ParameterRow[] = [
    { name: "Gransbelopp", cell: input(ctx.threshold, FORMATS.kronor) },
    { name: "Avtalsar", cell: input(ctx.years, FORMATS.years) },
    { name: "Referensdatum", cell: input(ctx.referenceSerial, FORMATS.date) },
    ...(lou.city ? [{ name: "Restpost", cell: input(lou.city.rest, FORMATS.population) }] : []),
    { name: "SupportBudget", cell: input(ctx.supportBudget, FORMATS.kronor) },
    { name: "SupportAnvandare", cell: input(ctx.supportUsers, FORMATS.population) },
    { name: "Budget2026", cell: input(ctx.budget2026, FORMATS.kronor) },
    { name: "Kommunandel2026", cell: input(ctx.share2026, FORMATS.percent) },
  ];

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

  const derived: ParameterRow[] = [
    {
      name: "InvanareLan",
      cell: formula(`=SUM(${kommuner}${absoluteColumnRange(m.col.population, m.first, m.last)})`, lou.countyPopulation, FORMATS.population),
    },
    ...(lou.city && d
      ? [{ name: "InvanareStad", cell: formula(`=${ref(ctx, "districts", d.col.population, d.total)}`, lou.city.population, FORMATS.population) }]
      : []),
    { name: "StorstaEnhet", cell: formula(`=MAX(${procuringRanges.join(",")})`, lou.largestUnit.population, FORMATS.populationExact) },
    { name: "KrPerInvanarePeriod", cell: formula("=Gransbelopp/StorstaEnhet", lou.ratePerInhabitantForPeriod, FORMATS.rateForPeriod) },
    { name: "KrPerInvanareAr", cell: formula("=KrPerInvanarePeriod/Avtalsar", lou.ratePerInhabitantPerYear, FORMATS.ratePerYear) },
    { name: "SummaPerAr", cell: formula("=InvanareLan*KrPerInvanareAr", lou.total.perYear, FORMATS.kronor) },
    { name: "SummaPeriod", cell: formula("=InvanareLan*KrPerInvanarePeriod", lou.total.forPeriod, FORMATS.kronor) },
    {
      name: "SupportKrPerAnvandare",
      cell: formula("=SupportBudget/SupportAnvandare", supportCostPerUser(ctx.supportBudget, ctx.supportUsers), FORMATS.perUser),
    },
    { name: "Kommundel2026", cell: formula("=Budget2026*Kommunandel2026", municipalPart(ctx.budget2026, ctx.share2026), FORMATS.kronor) },
    { name: "Regiondel2026", cell: formula("=Budget2026-Kommundel2026", regionPart(ctx.budget2026, ctx.share2026), FORMATS.kronor) },
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
      rows.map((entry) => [text(p.labels[entry.name]), entry.cell, text(entry.name, "note"), text(p.notes[entry.name], "note")]),
    );
    rows.forEach((entry, index) => {
      names.push({ name: entry.name, sheetKey: "parameters", cell: absoluteAddress(1, row + index), comment: p.notes[entry.name] });
    });
    row += rows.length + 1;
  };
  section(p.inputs, inputs);
  section(p.derived, derived);
  // The explanations wrap inside their column, so the table prints one page wide.
  sheet.wrapColumn(0, 38);
  sheet.wrapColumn(3, 56);
  return sheet.finish(pageTexts(ctx, "parameters", p.title), { headerRow: 4 });
}
