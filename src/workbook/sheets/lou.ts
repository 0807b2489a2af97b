import { firstYear, periodSpan, periodWords, type PreviousPeriod } from "../../data";
import { Decimal, normalizeUnitName } from "../../engine";
import { absoluteColumnRange, cellAddress } from "../../formula";
import { givenPrevious, type Context, type TableLayout } from "../options";
import { EMPTY, FORMATS, SheetBuilder, TABLE_NAMES, countedTotalFormula, countedTotalValue, formula, input, largestRemainderFormula, moneyFormat, ref, sum, text, type PlanCell, type PlanSheet } from "../plan";
import { words } from "../texts";
import { addsUpNote } from "./notes";
import { pageTexts } from "./page";

/*
 * Kommuner and Stadsdelar: the populations every other sheet refers to and, with the LOU model (an
 * agreement's capped population share), Bilaga 3's LOU tables, with the previous cost and the change
 * per unit (the per-unit inputs a replacing writer carries over).
 */

/* ---------------------------------------------------------------- change columns */

/**
 * The period of Kommuner's and Stadsdelar's previous costs: just before the LOU model's agreement,
 * whose LOU part they are set against (Farsta's 44 278 kr against its 35 028 kr, as in 000).
 */
function louPreviousPeriod(ctx: Context): PreviousPeriod {
  return { kind: "before", year: firstYear(ctx.agreements.capped!.agreement) };
}

/** The previous cost of a unit on Kommuner or Stadsdelar: the plan's, when its period is the one before the LOU model's agreement. */
function louPrevious(ctx: Context, name: string): Decimal | undefined {
  return ctx.previousOnLou ? ctx.previous.get(normalizeUnitName(name)) : undefined;
}

/** The header of Kommuner's and Stadsdelar's previous-cost column ("Kostnad före 2020/år"), also Källor och metod's label for Farsta's. */
export function louPreviousHeader(ctx: Context): string {
  return ctx.t.money.previous(words(periodWords(louPreviousPeriod(ctx)), ctx.options.locale));
}

/** Previous cost, change in kronor and in percent, for one row. */
function changeCells(ctx: Context, name: string, compareColumn: number, compareValue: Decimal, col: Record<string, number>, row: number): PlanCell[] {
  const previous = louPrevious(ctx, name);
  const prevCell = cellAddress(col.previous, row);
  const current = cellAddress(compareColumn, row);
  return [
    input(previous ?? null, FORMATS.kronor),
    // ISNUMBER / N: an empty previous-cost cell gives 0, which the format shows as blank.
    formula(`=IF(ISNUMBER(${prevCell}),${current}-${prevCell},0)`, previous ? compareValue.minus(previous) : 0, FORMATS.kronorChange),
    formula(
      `=IF(N(${prevCell})>0,${current}/${prevCell}-1,0)`,
      previous && previous.gt(0) ? compareValue.div(previous).minus(1) : 0,
      FORMATS.percentChange,
    ),
  ];
}

/**
 * The previous costs' total and the change's: sums only when every row has a previous cost; else
 * the count of those that have one ("3 av 26 angivna") and a blank change.
 */
function changeTotals(ctx: Context, layout: TableLayout, rows: readonly string[], compare: (index: number) => Decimal): PlanCell[] {
  const col = layout.col;
  const range = rowsRange(layout);
  const entered = ctx.t.annual.entered;
  const previous = rows.map((name) => louPrevious(ctx, name));
  const complete = previous.every((value) => value !== undefined);
  const changeSum = complete ? sum(previous.map((value, index) => compare(index).minus(value!))) : null;
  return [
    formula(countedTotalFormula(range(col.previous), entered), countedTotalValue(previous, entered), FORMATS.kronor, "total"),
    formula(`=IF(COUNT(${range(col.previous)})=ROWS(${range(col.previous)}),SUM(${range(col.change)}),"")`, changeSum, FORMATS.kronorChange, "total"),
    EMPTY,
  ];
}

/* ---------------------------------------------------------------- Kommuner and Stadsdelar alike */

/** The money and change columns' headers of Kommuner and Stadsdelar (exact and rounded when they add up); none without the LOU model. */
function moneyHeaders(ctx: Context): string[] {
  const { t } = ctx;
  const capped = ctx.agreements.capped;
  if (!capped) return [];
  const span = words(periodSpan(louPreviousPeriod(ctx), firstYear(capped.agreement)), ctx.options.locale);
  return [
    ...(ctx.addsUp ? [t.money.perYearExact, t.money.perYear, t.money.forPeriodExact, t.money.forPeriod] : [t.money.perYear, t.money.forPeriod]),
    louPreviousHeader(ctx),
    t.money.change(span),
    t.money.changePercent(span),
  ];
}

/** "C5:C30": one column over a table's unit rows (for SUM in the total row). */
function rowsRange(layout: TableLayout): (column: number) => string {
  return (column) => `${cellAddress(column, layout.first)}:${cellAddress(column, layout.last)}`;
}

/** The source in the footer of Kommuner and Stadsdelar: the LOU model's, or the population's. */
function louSource(ctx: Context): string {
  const capped = ctx.agreements.capped?.component;
  return capped ? words(capped.footer, ctx.options.locale) : ctx.t.annual.print.sources.population;
}

/** A largest-remainder formula over a table's unit rows, weighted by `weightColumn` (the adds-up columns). */
function largestRemainderIn(layout: TableLayout, weightColumn: number): (amount: string, row: number, decimals: number) => string {
  return (amount, row, decimals) => largestRemainderFormula({ amount, weightColumn, firstRow: layout.first, lastRow: layout.last, row, decimals });
}

export function municipalitiesSheet(ctx: Context): PlanSheet {
  const { lou: allocation, t, layout, rounded } = ctx;
  const L = layout.municipalities;
  const c = L.col;
  const sheet = new SheetBuilder("municipalities", ctx.sheetNames.municipalities);
  const lou = ctx.agreements.capped !== undefined;
  sheet.text(1, [text(t.municipalities.title, "title"), text(lou ? t.municipalities.subtitle : t.municipalities.populationSubtitle, "subtitle")]);
  const header = [
    t.municipalities.name,
    t.municipalities.code,
    t.municipalities.population,
    t.municipalities.share,
    ...moneyHeaders(ctx),
  ];
  const kr = moneyFormat(ctx);
  const pop = (row: number) => cellAddress(c.population, row);
  const lr = largestRemainderIn(L, c.population);
  const compareColumn = ctx.addsUp ? c.perYearRounded : c.perYearExact;
  const compare = (index: number) => (rounded ? rounded.muniPerYear[index] : allocation.municipalities[index].perYear);
  const inputs: NonNullable<PlanSheet["inputs"]>[number][] = [];

  const rows = allocation.municipalities.map((m, index) => {
    const row = L.first + index;
    const cells: PlanCell[] = [];
    cells[c.name] = text(m.name);
    cells[c.code] = m.code !== undefined ? text(m.code) : EMPTY;
    cells[c.population] =
      row === L.cityRow && layout.districts
        ? formula(`=${ref(ctx, "districts", layout.districts.col.population, layout.districts.total)}`, m.population, FORMATS.population)
        : input(m.population, FORMATS.population);
    cells[c.share] = rounded ? formula(lr("1", row, 4), rounded.muniShare[index], FORMATS.percent) : formula(`=${pop(row)}/InvanareLan`, m.share, FORMATS.percent);
    if (!lou) return cells;
    cells[c.perYearExact] = formula(`=${pop(row)}*KrPerInvanareAr`, m.perYear, kr);
    cells[c.forPeriodExact] = formula(`=${pop(row)}*KrPerInvanarePeriod`, m.forPeriod, kr);
    if (rounded) {
      cells[c.perYearRounded] = formula(lr("SummaPerAr", row, 0), rounded.muniPerYear[index], FORMATS.kronor);
      cells[c.forPeriodRounded] = formula(lr("SummaPeriod", row, 0), rounded.muniForPeriod[index], FORMATS.kronor);
    }
    cells.splice(c.previous, 3, ...changeCells(ctx, m.name, compareColumn, compare(index), c, row));
    inputs.push({
      field: "previousCost",
      unit: { name: m.name, ...(m.code !== undefined ? { code: m.code } : {}) },
      cell: cellAddress(c.previous, row),
      header: louPreviousHeader(ctx),
      earlierHeaders: [t.money.previousEarlier],
      unitHeader: t.municipalities.name,
      codeHeader: t.municipalities.code,
      ...(ctx.previousOnLou ? givenPrevious(ctx, m.name) : {}),
    });
    return cells;
  });

  const range = rowsRange(L);
  const total: PlanCell[] = [];
  total[c.name] = text(t.money.total, "total");
  total[c.code] = EMPTY;
  total[c.population] = rounded
    ? formula(`=SUM(${range(c.population)})`, allocation.total.population, FORMATS.population, "total")
    : formula("=InvanareLan", allocation.total.population, FORMATS.population, "total");
  total[c.share] = rounded
    ? formula(`=SUM(${range(c.share)})`, sum(rounded.muniShare), FORMATS.percent, "total")
    : formula(`=${pop(L.total)}/InvanareLan`, 1, FORMATS.percent, "total");
  if (lou) {
    total[c.perYearExact] = formula("=SummaPerAr", allocation.total.perYear, kr, "total");
    total[c.forPeriodExact] = formula("=SummaPeriod", allocation.total.forPeriod, kr, "total");
    if (rounded) {
      total[c.perYearRounded] = formula(`=SUM(${range(c.perYearRounded)})`, sum(rounded.muniPerYear), FORMATS.kronor, "total");
      total[c.forPeriodRounded] = formula(`=SUM(${range(c.forPeriodRounded)})`, sum(rounded.muniForPeriod), FORMATS.kronor, "total");
    }
    total.splice(c.previous, 3, ...changeTotals(ctx, L, allocation.municipalities.map((m) => m.name), compare));
  }

  sheet.put(L.header, 0, [header.map((h) => text(h, "header")), ...rows, total]);
  sheet.table(TABLE_NAMES.municipalities, 0, L.header, L.lastColumn, L.total, true);
  const note = rounded
    ? addsUpNote(ctx, [
        ...(lou ? [{ kind: "kronor" as const, rows: allocation.municipalities.map((m, index) => ({ name: m.name, exact: m.perYear, shown: rounded.muniPerYear[index] })) }] : []),
        { kind: "share", rows: allocation.municipalities.map((m, index) => ({ name: m.name, exact: m.share, shown: rounded.muniShare[index] })) },
      ])
    : undefined;
  if (note) sheet.text(L.total + 2, [note]);
  const built = sheet.finish(pageTexts(ctx, t.municipalities.title, louSource(ctx)), { headerRow: L.header });
  return lou ? { ...built, inputs } : built;
}

/* ---------------------------------------------------------------- Stadsdelar */

export function districtsSheet(ctx: Context): PlanSheet {
  const { lou: allocation, t, layout, rounded } = ctx;
  const lou = ctx.agreements.capped !== undefined;
  const city = allocation.city!;
  const L = layout.districts!;
  const M = layout.municipalities;
  const c = L.col;
  const sheet = new SheetBuilder("districts", ctx.sheetNames.districts);
  sheet.text(1, [text(t.districts.title, "title"), text(t.districts.subtitle, "subtitle")]);
  const header = [
    t.districts.name,
    t.districts.population,
    ...(ctx.addsUp ? [t.districts.populationIncludingRestExact, t.districts.populationIncludingRest] : [t.districts.populationIncludingRest]),
    t.districts.shareOfCity,
    t.districts.shareOfCounty,
    ...moneyHeaders(ctx),
  ];
  const kr = moneyFormat(ctx);
  const own = (row: number) => cellAddress(c.population, row);
  const incl = (row: number) => cellAddress(c.inclRestExact, row);
  const ownRange = absoluteColumnRange(c.population, L.first, L.last);
  // The rounded columns split the city's rounded figures over the districts by their own
  // population (proportional to the population incl. rest, with integer weights).
  const lr = largestRemainderIn(L, c.population);
  const cityCell = (column: number) => ref(ctx, "municipalities", column, M.cityRow);
  const compareColumn = ctx.addsUp ? c.perYearRounded : c.perYearExact;
  const compare = (index: number) => (rounded ? rounded.districtPerYear[index] : city.districts[index].perYear);
  const inputs: NonNullable<PlanSheet["inputs"]>[number][] = [];

  const rows = city.districts.map((d, index) => {
    const row = L.first + index;
    const cells: PlanCell[] = [];
    cells[c.name] = text(d.name);
    cells[c.population] = input(d.population, FORMATS.population);
    // Bilaga 3's footnote: the rest post is spread over the districts by their population.
    cells[c.inclRestExact] = formula(`=${own(row)}+Restpost*${own(row)}/SUM(${ownRange})`, d.populationIncludingRest, ctx.addsUp ? FORMATS.populationExact : FORMATS.population);
    if (rounded) {
      cells[c.inclRestRounded] = formula(lr("InvanareStad", row, 0), rounded.inclRest[index], FORMATS.population);
      cells[c.shareOfCity] = formula(lr("1", row, 4), rounded.shareOfCity[index], FORMATS.percent);
      cells[c.shareOfCounty] = formula(lr(cityCell(M.col.share), row, 4), rounded.shareOfCounty[index], FORMATS.percent);
      if (lou) {
        cells[c.perYearRounded] = formula(lr(cityCell(M.col.perYearRounded), row, 0), rounded.districtPerYear[index], FORMATS.kronor);
        cells[c.forPeriodRounded] = formula(lr(cityCell(M.col.forPeriodRounded), row, 0), rounded.districtForPeriod[index], FORMATS.kronor);
      }
    } else {
      cells[c.shareOfCity] = formula(`=${incl(row)}/InvanareStad`, d.shareOfCity, FORMATS.percent);
      cells[c.shareOfCounty] = formula(`=${incl(row)}/InvanareLan`, d.shareOfCounty, FORMATS.percent);
    }
    if (!lou) return cells;
    cells[c.perYearExact] = formula(`=${incl(row)}*KrPerInvanareAr`, d.perYear, kr);
    cells[c.forPeriodExact] = formula(`=${incl(row)}*KrPerInvanarePeriod`, d.forPeriod, kr);
    cells.splice(c.previous, 3, ...changeCells(ctx, d.name, compareColumn, compare(index), c, row));
    inputs.push({ field: "previousCost", unit: { name: d.name }, cell: cellAddress(c.previous, row), header: louPreviousHeader(ctx), earlierHeaders: [t.money.previousEarlier], unitHeader: t.districts.name, ...(ctx.previousOnLou ? givenPrevious(ctx, d.name) : {}) });
    return cells;
  });

  const restRow: PlanCell[] = Array<PlanCell>(L.lastColumn + 1).fill(EMPTY);
  restRow[c.name] = text(t.districts.restRow);
  restRow[c.population] = formula("=Restpost", city.rest, FORMATS.population);

  const range = rowsRange(L);
  const cityMunicipality = allocation.municipalities[ctx.cityIndex];
  const total: PlanCell[] = [];
  total[c.name] = text(t.money.total, "total");
  total[c.population] = formula(`=SUM(${cellAddress(c.population, L.first)}:${cellAddress(c.population, L.restRow)})`, city.population, FORMATS.population, "total");
  total[c.inclRestExact] = formula("=InvanareStad", city.population, FORMATS.population, "total");
  if (lou) {
    total[c.perYearExact] = formula("=InvanareStad*KrPerInvanareAr", city.totalPerYear, kr, "total");
    total[c.forPeriodExact] = formula("=InvanareStad*KrPerInvanarePeriod", city.totalForPeriod, kr, "total");
  }
  if (rounded) {
    total[c.inclRestRounded] = formula(`=SUM(${range(c.inclRestRounded)})`, sum(rounded.inclRest), FORMATS.population, "total");
    total[c.shareOfCity] = formula(`=SUM(${range(c.shareOfCity)})`, sum(rounded.shareOfCity), FORMATS.percent, "total");
    total[c.shareOfCounty] = formula(`=SUM(${range(c.shareOfCounty)})`, sum(rounded.shareOfCounty), FORMATS.percent, "total");
    if (lou) {
      total[c.perYearRounded] = formula(`=SUM(${range(c.perYearRounded)})`, sum(rounded.districtPerYear), FORMATS.kronor, "total");
      total[c.forPeriodRounded] = formula(`=SUM(${range(c.forPeriodRounded)})`, sum(rounded.districtForPeriod), FORMATS.kronor, "total");
    }
  } else {
    total[c.shareOfCity] = formula(`=${incl(L.total)}/InvanareStad`, 1, FORMATS.percent, "total");
    total[c.shareOfCounty] = formula("=InvanareStad/InvanareLan", cityMunicipality.share, FORMATS.percent, "total");
  }
  if (lou) total.splice(c.previous, 3, ...changeTotals(ctx, L, city.districts.map((d) => d.name), compare));

  sheet.put(L.header, 0, [header.map((h) => text(h, "header")), ...rows, restRow, total]);
  sheet.table(TABLE_NAMES.districts, 0, L.header, L.lastColumn, L.total, true);
  const note = rounded
    ? addsUpNote(ctx, [
        ...(lou ? [{ kind: "kronor" as const, rows: city.districts.map((d, index) => ({ name: d.name, exact: d.perYear, shown: rounded.districtPerYear[index] })) }] : []),
        { kind: "share", rows: city.districts.map((d, index) => ({ name: d.name, exact: d.shareOfCounty, shown: rounded.shareOfCounty[index] })) },
      ])
    : undefined;
  sheet.text(L.total + 2, [...t.districts.footnote, ...(note ? [note] : [])]);
  const built = sheet.finish(pageTexts(ctx, t.districts.title, louSource(ctx)), { headerRow: L.header });
  return lou ? { ...built, inputs } : built;
}

