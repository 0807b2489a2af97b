import { Decimal } from "../../engine";
import { parameterNamed } from "../../data";
import { figure, type Context, type PlacedShare } from "../options";
import { EMPTY, FORMATS, SheetBuilder, formula, largestRemainderFormula, moneyFormat, ref, sum, text, type PlanCell, type PlanSheet } from "../plan";
import { words } from "../texts";
import { addsUpNote } from "./notes";
import { pageTexts } from "./page";

/*
 * A part by population (Avtal 2026–2030 for the 2026–2030 agreement): the Region / municipalities
 * split of the budget when the amount is a fixed percentage's municipal part, and the amount per
 * municipality and district. Its title, the amount's name and the tables come from the declaration.
 */

/** The split of the budget (rows 4–7), or the amount shared when it is a parameter of its own. */
function splitRows(ctx: Context, placed: PlacedShare): PlanCell[][] {
  const { t } = ctx;
  const a = t.agreement2026;
  const { split, component, agreement } = placed;
  if (!split) {
    const parameter = parameterNamed(agreement, component.amount);
    const label = parameter ? words(parameter.label, ctx.options.locale) : component.amount;
    return [[text(label), EMPTY, formula(`=${component.amount}`, figure(ctx, component.amount), FORMATS.kronor)]];
  }
  const share = figure(ctx, split.share);
  return [
    a.splitHeader.map((h) => text(h, "header")),
    [text(a.region), formula(`=1-${split.share}`, new Decimal(1).minus(share), FORMATS.percent), formula(`=${split.region.name}`, figure(ctx, split.region.name), FORMATS.kronor)],
    [text(a.municipalities), formula(`=${split.share}`, share, FORMATS.percent), formula(`=${split.municipal.name}`, figure(ctx, split.municipal.name), FORMATS.kronor)],
    [text(t.money.total, "total"), formula("=SUM(B5:B6)", 1, FORMATS.percent, "total"), formula("=SUM(C5:C6)", figure(ctx, split.budget), FORMATS.kronor, "total")],
  ];
}

export function populationShareSheet(ctx: Context, placed: PlacedShare): PlanSheet {
  const { lou, t, layout } = ctx;
  const { component } = placed;
  const locale = ctx.options.locale;
  const a = t.agreement2026;
  const M = layout.municipalities;
  const D = layout.districts;
  const { municipalities: m, districts: d } = layout.populationShare;
  const title = words(component.sheet.title, locale);
  const sheet = new SheetBuilder(component.sheet.key, ctx.sheetNames[component.sheet.key]);
  sheet.text(1, [text(title, "title"), text(words(component.sheet.subtitle, locale), "subtitle")]);
  sheet.put(4, 0, splitRows(ctx, placed));
  const amountName = component.amount;
  const cost = ctx.shareCosts.get(component)!;
  const part = cost.amount;

  const kr = moneyFormat(ctx);
  const costHeaders = ctx.addsUp ? [a.costExact, a.cost] : [a.cost];
  const countyPopulation = lou.countyPopulation;
  const exactCost = cost.exact;

  // Municipalities: population and share from Kommuner, cost = municipal part × population share.
  const mRows = lou.municipalities.map((unit, index) => {
    const row = m.first + index;
    const cells = [
      text(unit.name),
      formula(`=${ref(ctx, "municipalities", M.col.population, M.first + index)}`, unit.population, FORMATS.population),
      formula(`=${ref(ctx, "municipalities", M.col.share, M.first + index)}`, ctx.rounded ? ctx.rounded.muniShare[index] : unit.share, FORMATS.percent),
      formula(`=${amountName}*B${row}/InvanareLan`, exactCost(unit.population), kr),
    ];
    if (ctx.addsUp) {
      cells.push(formula(largestRemainderFormula({ amount: amountName, weightColumn: 1, firstRow: m.first, lastRow: m.last, row, decimals: 0 }), cost.municipalities[index], FORMATS.kronor));
    }
    return cells;
  });
  const mTotalCells = [
    text(t.money.total, "total"),
    formula(ctx.addsUp ? `=SUM(B${m.first}:B${m.last})` : "=InvanareLan", countyPopulation, FORMATS.population, "total"),
    formula(`=${ref(ctx, "municipalities", M.col.share, M.total)}`, ctx.rounded ? sum(ctx.rounded.muniShare) : 1, FORMATS.percent, "total"),
    formula(`=${amountName}`, part, kr, "total"),
    ...(ctx.addsUp ? [formula(`=SUM(E${m.first}:E${m.last})`, sum(cost.municipalities), FORMATS.kronor, "total")] : []),
  ];
  const lastColumn = ctx.addsUp ? 4 : 3;
  sheet.put(m.header, 0, [[a.municipalityName, a.population, a.share, ...costHeaders].map((h) => text(h, "header")), ...mRows, mTotalCells]);
  sheet.table(component.tables.municipalities, 0, m.header, lastColumn, m.total, true);
  const mNote = addsUpNote(ctx, [{ kind: "kronor", rows: lou.municipalities.map((unit, index) => ({ name: unit.name, exact: exactCost(unit.population), shown: cost.municipalities[index] })) }]);
  if (mNote) sheet.text(m.total + 2, [mNote]);

  // Stockholm's districts: its row split by the districts' population incl. rest.
  if (lou.city && D && d && M.cityRow > 0) {
    const city = lou.city;
    const cityRow = m.first + ctx.cityIndex;
    const dRows = city.districts.map((district, index) => {
      const row = d.first + index;
      const cells: PlanCell[] = [
        text(district.name),
        formula(`=${ref(ctx, "districts", D.col.inclRestExact, D.first + index)}`, district.populationIncludingRest, FORMATS.population),
        formula(`=${ref(ctx, "districts", D.col.shareOfCounty, D.first + index)}`, ctx.rounded ? ctx.rounded.shareOfCounty[index] : district.shareOfCounty, FORMATS.percent),
        formula(`=${amountName}*B${row}/InvanareLan`, exactCost(district.populationIncludingRest), kr),
      ];
      if (ctx.addsUp) {
        cells.push(
          formula(largestRemainderFormula({ amount: `$E$${cityRow}`, weightColumn: 1, firstRow: d.first, lastRow: d.last, row, decimals: 0 }), cost.districts[index], FORMATS.kronor),
        );
      }
      return cells;
    });
    const dTotalCells = [
      text(a.cityTotal(city.name), "total"),
      formula("=InvanareStad", city.population, FORMATS.population, "total"),
      formula(`=${ref(ctx, "districts", D.col.shareOfCounty, D.total)}`, ctx.rounded ? sum(ctx.rounded.shareOfCounty) : lou.municipalities[ctx.cityIndex].share, FORMATS.percent, "total"),
      formula(`=D${cityRow}`, exactCost(city.population), kr, "total"),
      ...(ctx.addsUp ? [formula(`=SUM(E${d.first}:E${d.last})`, sum(cost.districts), FORMATS.kronor, "total")] : []),
    ];
    sheet.put(d.header, 0, [[a.districtName, a.populationIncludingRest, a.share, ...costHeaders].map((h) => text(h, "header")), ...dRows, dTotalCells]);
    sheet.table(component.tables.districts, 0, d.header, lastColumn, d.total, true);
    const dNote = addsUpNote(ctx, [
      { kind: "kronor", rows: city.districts.map((district, index) => ({ name: district.name, exact: exactCost(district.populationIncludingRest), shown: cost.districts[index] })) },
    ]);
    if (dNote) sheet.text(d.total + 2, [dNote]);
  }
  // Two tables with headers of their own: no header row repeats on every page.
  return sheet.finish(pageTexts(ctx, title, words(component.footer, locale)));
}
