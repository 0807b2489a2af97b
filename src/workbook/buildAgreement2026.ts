import { Decimal, allocate, municipalCost2026, municipalPart, regionPart } from "../engine";
import { TABLE_NAMES, moneyFormat, ref, sum, type Context } from "./buildContext";
import { largestRemainderFormula } from "./formulas";
import type { PlanSheet } from "./plan";
import { FORMATS, SheetBuilder, formula, text } from "./sheet";

/* Avtal 2026–2030: the Region / municipalities split of the budget, and the municipal part per municipality and district. */

export function agreement2026Sheet(ctx: Context): PlanSheet {
  const { lou, t, layout } = ctx;
  const a = t.agreement2026;
  const M = layout.municipalities;
  const D = layout.districts;
  const sheet = new SheetBuilder("agreement2026", ctx.sheetNames.agreement2026);
  sheet.put(1, 0, [[text(a.title, "title")], [text(a.subtitle, "subtitle")]]);
  const part = municipalPart(ctx.budget2026, ctx.share2026);
  sheet.put(4, 0, [
    a.splitHeader.map((h) => text(h, "header")),
    [text(a.region), formula("=1-Kommunandel2026", new Decimal(1).minus(ctx.share2026), FORMATS.percent), formula("=Regiondel2026", regionPart(ctx.budget2026, ctx.share2026), FORMATS.kronor)],
    [text(a.municipalities), formula("=Kommunandel2026", ctx.share2026, FORMATS.percent), formula("=Kommundel2026", part, FORMATS.kronor)],
    [text(t.money.total, "total"), formula("=SUM(B5:B6)", 1, FORMATS.percent, "total"), formula("=SUM(C5:C6)", ctx.budget2026, FORMATS.kronor, "total")],
  ]);

  const kr = moneyFormat(ctx);
  const costHeaders = ctx.addsUp ? [a.costExact, a.cost] : [a.cost];
  const countyPopulation = lou.countyPopulation;
  const exactCost = (population: Decimal) => municipalCost2026(population, countyPopulation, ctx.budget2026, ctx.share2026);

  // Municipalities: population and share from Kommuner, cost = municipal part × population share.
  const mHeader = 9;
  const mFirst = 10;
  const mLast = mFirst + lou.municipalities.length - 1;
  const mTotal = mLast + 1;
  const mRounded = ctx.addsUp ? allocate(part, lou.municipalities.map((m) => m.population), 0) : undefined;
  const mRows = lou.municipalities.map((m, index) => {
    const row = mFirst + index;
    const cells = [
      text(m.name),
      formula(`=${ref(ctx, "municipalities", M.col.population, M.first + index)}`, m.population, FORMATS.population),
      formula(`=${ref(ctx, "municipalities", M.col.share, M.first + index)}`, ctx.rounded ? ctx.rounded.muniShare[index] : m.share, FORMATS.percent),
      formula(`=Kommundel2026*B${row}/InvanareLan`, exactCost(m.population), kr),
    ];
    if (mRounded) {
      cells.push(formula(largestRemainderFormula({ amount: "Kommundel2026", weightColumn: 1, firstRow: mFirst, lastRow: mLast, row, decimals: 0 }), mRounded[index], FORMATS.kronor));
    }
    return cells;
  });
  const mTotalCells = [
    text(t.money.total, "total"),
    formula(ctx.addsUp ? `=SUM(B${mFirst}:B${mLast})` : "=InvanareLan", countyPopulation, FORMATS.population, "total"),
    formula(`=${ref(ctx, "municipalities", M.col.share, M.total)}`, ctx.rounded ? sum(ctx.rounded.muniShare) : 1, FORMATS.percent, "total"),
    formula("=Kommundel2026", part, kr, "total"),
    ...(mRounded ? [formula(`=SUM(E${mFirst}:E${mLast})`, sum(mRounded), FORMATS.kronor, "total")] : []),
  ];
  const lastColumn = ctx.addsUp ? 4 : 3;
  sheet.put(mHeader, 0, [
    [a.municipalityName, a.population, a.share, ...costHeaders].map((h) => text(h, "header")),
    ...mRows,
    mTotalCells,
  ]);
  sheet.table(TABLE_NAMES.agreement2026Municipalities, 0, mHeader, lastColumn, mTotal, true);

  // Stockholm's districts: its row split by the districts' population incl. rest.
  if (lou.city && D && M.cityRow > 0) {
    const city = lou.city;
    const cityRow = mFirst + ctx.cityIndex;
    const dHeader = mTotal + 2;
    const dFirst = dHeader + 1;
    const dLast = dFirst + city.districts.length - 1;
    const dTotal = dLast + 1;
    const dRounded = mRounded ? allocate(mRounded[ctx.cityIndex], city.districts.map((d) => d.populationIncludingRest), 0) : undefined;
    const dRows = city.districts.map((d, index) => {
      const row = dFirst + index;
      const cells = [
        text(d.name),
        formula(`=${ref(ctx, "districts", D.col.inclRestExact, D.first + index)}`, d.populationIncludingRest, FORMATS.population),
        formula(`=${ref(ctx, "districts", D.col.shareOfCounty, D.first + index)}`, ctx.rounded ? ctx.rounded.shareOfCounty[index] : d.shareOfCounty, FORMATS.percent),
        formula(`=Kommundel2026*B${row}/InvanareLan`, exactCost(d.populationIncludingRest), kr),
      ];
      if (dRounded) {
        cells.push(
          formula(largestRemainderFormula({ amount: `$E$${cityRow}`, weightColumn: 1, firstRow: dFirst, lastRow: dLast, row, decimals: 0 }), dRounded[index], FORMATS.kronor),
        );
      }
      return cells;
    });
    const dTotalCells = [
      text(a.cityTotal(city.name), "total"),
      formula("=InvanareStad", city.population, FORMATS.population, "total"),
      formula(`=${ref(ctx, "districts", D.col.shareOfCounty, D.total)}`, ctx.rounded ? sum(ctx.rounded.shareOfCounty) : lou.municipalities[ctx.cityIndex].share, FORMATS.percent, "total"),
      formula(`=D${cityRow}`, exactCost(city.population), kr, "total"),
      ...(dRounded ? [formula(`=SUM(E${dFirst}:E${dLast})`, sum(dRounded), FORMATS.kronor, "total")] : []),
    ];
    sheet.put(dHeader, 0, [
      [a.districtName, a.populationIncludingRest, a.share, ...costHeaders].map((h) => text(h, "header")),
      ...dRows,
      dTotalCells,
    ]);
    sheet.table(TABLE_NAMES.agreement2026Districts, 0, dHeader, lastColumn, dTotal, true);
  }
  return sheet.build([26, 16, 12, ...(ctx.addsUp ? [20, 14] : [14])]);
}

