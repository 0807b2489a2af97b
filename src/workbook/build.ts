import packageJson from "../../package.json";
import {
  Decimal,
  RuleInputError,
  allocate,
  louAllocation,
  municipalCost2026,
  municipalPart,
  nonNegative,
  normalizeUnitName,
  regionPart,
  roundHalfAwayFromZero,
  supportCost,
  supportCostPerUser,
  type LouAllocation,
} from "../engine";
import {
  AGREEMENT_2020,
  AGREEMENT_2026,
  COUNTY_2018,
  DOCUMENTS,
  FARSTA_PREVIOUS_COST,
  POPULATION_REFERENCE_DATE,
  POPULATION_SOURCE,
  STOCKHOLM_REST_2018,
  type Source,
} from "../data";
import type { CountyPopulation } from "../engine";
import { formatNumber, type Locale } from "../i18n/locale";
import { absoluteAddress, absoluteColumnRange, cellAddress, excelDateSerial, sheetPrefix } from "./a1";
import { largestRemainderFormula } from "./formulas";
import { checkedFigures } from "./options";
import type { PlanCell, PlanName, PlanOptions, PlanSheet, SheetKey, WorkbookPlan } from "./plan";
import { EMPTY, FORMATS, SheetBuilder, formula, input, text } from "./sheet";
import { planTexts, type PlanTexts } from "./texts";

/** Every sheet a plan can hold, in the order they are written. */
export const ALL_SHEETS: readonly SheetKey[] = ["parameters", "municipalities", "districts", "support", "agreement2026", "sources"];

/** Table names: ASCII, the same in both languages, unique in the workbook. */
export const TABLE_NAMES = {
  municipalities: "KommunerTabell",
  districts: "StadsdelarTabell",
  support: "SupportTabell",
  agreement2026Municipalities: "Avtal2026Kommuner",
  agreement2026Districts: "Avtal2026Stadsdelar",
  sources: "KallorTabell",
} as const;

/**
 * The options for a plan from the embedded data: the 2018 county of Bilaga 3, the 2020 agreement's
 * threshold, years and support figures, the 2026–2030 budget and municipal share, every sheet,
 * rounding "annex", and Farsta's previous cost (44 278 kr, 000) for the change column. Overrides
 * replace any of these; when they bring another county, Farsta's previous cost is not added (it
 * belongs to the embedded figures).
 */
export function defaultPlanOptions(locale: Locale, overrides: Partial<PlanOptions> = {}): PlanOptions {
  const embedded = overrides.county === undefined || isEmbeddedCounty(overrides.county);
  return {
    locale,
    rounding: "annex",
    sheets: ALL_SHEETS,
    county: COUNTY_2018,
    referenceDate: POPULATION_REFERENCE_DATE,
    threshold: AGREEMENT_2020.louThreshold.value,
    years: AGREEMENT_2020.contractYears.value,
    supportBudget: AGREEMENT_2020.supportBudget.value,
    supportUsers: AGREEMENT_2020.supportUsers.value,
    budget2026: AGREEMENT_2026.budget.value,
    municipalShare2026: AGREEMENT_2026.municipalShare.value,
    ...(embedded ? { previousCosts: { [FARSTA_PREVIOUS_COST.district]: FARSTA_PREVIOUS_COST.value } } : {}),
    ...overrides,
  };
}

/** True when a county holds exactly the embedded 2018 figures (so Bilaga 3 is its source). */
export function isEmbeddedCounty(county: CountyPopulation): boolean {
  if (county === COUNTY_2018) return true;
  const same = (a: CountyPopulation["municipalities"], b: CountyPopulation["municipalities"]) =>
    a.length === b.length &&
    a.every((unit, index) => normalizeUnitName(unit.name) === normalizeUnitName(b[index].name) && new Decimal(unit.population).eq(b[index].population));
  const city = county.dividedCity;
  const embeddedCity = COUNTY_2018.dividedCity!;
  return (
    same(county.municipalities, COUNTY_2018.municipalities) &&
    city !== undefined &&
    normalizeUnitName(city.name) === normalizeUnitName(embeddedCity.name) &&
    new Decimal(city.rest).eq(embeddedCity.rest) &&
    same(city.districts, embeddedCity.districts)
  );
}

/** The validated inputs and everything the engine computes from them, shared by every sheet. */
interface Context {
  readonly options: PlanOptions;
  readonly t: PlanTexts;
  readonly addsUp: boolean;
  readonly sheets: ReadonlySet<SheetKey>;
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  readonly threshold: Decimal;
  readonly years: Decimal;
  readonly referenceSerial: number;
  readonly supportBudget: Decimal;
  readonly supportUsers: Decimal;
  readonly budget2026: Decimal;
  readonly share2026: Decimal;
  readonly lou: LouAllocation;
  readonly cityIndex: number;
  readonly previous: ReadonlyMap<string, Decimal>;
  readonly embedded: boolean;
  /** ISO time the plan is made at, and the add-in's version (both written to Källor och metod). */
  readonly generatedAt: string;
  readonly version: string;
  /** addsUp only: the allocations that add up (engine `allocate`), in row order. */
  readonly rounded?: {
    readonly muniShare: Decimal[];
    readonly muniPerYear: Decimal[];
    readonly muniForPeriod: Decimal[];
    readonly inclRest: Decimal[];
    readonly shareOfCity: Decimal[];
    readonly shareOfCounty: Decimal[];
    readonly districtPerYear: Decimal[];
    readonly districtForPeriod: Decimal[];
  };
  readonly layout: Layout;
}

interface TableLayout {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly col: Readonly<Record<string, number>>;
  readonly lastColumn: number;
}

interface Layout {
  readonly municipalities: TableLayout & { readonly cityRow: number };
  readonly districts?: TableLayout & { readonly restRow: number };
}

const columns = (keys: readonly string[]): { col: Record<string, number>; lastColumn: number } => ({
  col: Object.fromEntries(keys.map((key, index) => [key, index])),
  lastColumn: keys.length - 1,
});

/** Rows of the municipality and district tables (headers on row 4, as on every table sheet). */
function layoutFor(county: CountyPopulation, cityIndex: number, addsUp: boolean): Layout {
  const money = addsUp
    ? ["perYearExact", "perYearRounded", "forPeriodExact", "forPeriodRounded"]
    : ["perYearExact", "forPeriodExact"];
  const change = ["previous", "change", "changePercent"];
  const n = county.municipalities.length;
  const municipalities = {
    header: 4,
    first: 5,
    last: 4 + n,
    total: 5 + n,
    cityRow: cityIndex >= 0 ? 5 + cityIndex : -1,
    ...columns(["name", "code", "population", "share", ...money, ...change]),
  };
  if (!county.dividedCity) return { municipalities };
  const d = county.dividedCity.districts.length;
  const districts = {
    header: 4,
    first: 5,
    last: 4 + d,
    restRow: 5 + d,
    total: 6 + d,
    ...columns([
      "name",
      "population",
      "inclRestExact",
      ...(addsUp ? ["inclRestRounded"] : []),
      "shareOfCity",
      "shareOfCounty",
      ...money,
      ...change,
    ]),
  };
  return { municipalities, districts };
}

function prepare(options: PlanOptions): Context {
  const t = planTexts(options.locale);
  const { threshold, years, supportBudget, supportUsers, budget2026, share2026 } = checkedFigures(options);
  let referenceSerial: number;
  try {
    referenceSerial = excelDateSerial(options.referenceDate);
  } catch (error) {
    throw new RuleInputError("referenceDate", "notANumber", (error as Error).message, { value: String(options.referenceDate) });
  }
  if (isEmbeddedCounty(options.county) && options.referenceDate !== POPULATION_REFERENCE_DATE) {
    // The embedded figures are Bilaga 3's of 31/12 2018: another date would label them falsely.
    throw new RuleInputError(
      "referenceDate",
      "mismatch",
      options.locale === "sv"
        ? `den inbyggda befolkningen gäller ${POPULATION_REFERENCE_DATE}; ett annat datum (${options.referenceDate}) kan bara anges med en annan befolkning`
        : `the embedded population is as of ${POPULATION_REFERENCE_DATE}; another date (${options.referenceDate}) can only be given with another population`,
      { value: options.referenceDate },
    );
  }
  for (const [index, key] of options.sheets.entries()) {
    if (!ALL_SHEETS.includes(key)) {
      throw new RuleInputError(`sheets[${index}]`, "unknownName", `"${String(key)}" is not a sheet of the plan (${ALL_SHEETS.join(", ")})`, { name: String(key) });
    }
  }
  const lou = louAllocation(options.county, { threshold, years });
  const city = options.county.dividedCity;
  const cityIndex = city ? options.county.municipalities.findIndex((m) => normalizeUnitName(m.name) === normalizeUnitName(city.name)) : -1;

  // Kommuner and Stadsdelar hold the populations every other sheet refers to, so like Parametrar
  // they are always part of a plan.
  const sheets = new Set<SheetKey>(["parameters", "municipalities", ...(city ? (["districts"] as const) : []), ...options.sheets]);
  if (!city) sheets.delete("districts");

  const units = new Map<string, string>();
  for (const m of options.county.municipalities) units.set(normalizeUnitName(m.name), m.name);
  for (const d of city?.districts ?? []) units.set(normalizeUnitName(d.name), d.name);
  const previous = new Map<string, Decimal>();
  for (const [name, cost] of Object.entries(options.previousCosts ?? {})) {
    const key = normalizeUnitName(name);
    if (!units.has(key)) {
      throw new RuleInputError(`previousCosts.${name}`, "unknownName", `"${name}" is neither a municipality nor a district of the population`, { name });
    }
    previous.set(key, nonNegative(cost, `previousCosts.${name}`));
  }

  const addsUp = options.rounding === "addsUp";
  let rounded: Context["rounded"];
  if (addsUp) {
    const pops = lou.municipalities.map((m) => m.population);
    const muniShare = allocate(1, pops, 4);
    const muniPerYear = allocate(lou.total.perYear, pops, 0);
    const muniForPeriod = allocate(lou.total.forPeriod, pops, 0);
    const own = lou.city ? lou.city.districts.map((d) => d.population) : [];
    rounded = {
      muniShare,
      muniPerYear,
      muniForPeriod,
      inclRest: lou.city ? allocate(lou.city.population, own, 0) : [],
      shareOfCity: lou.city ? allocate(1, own, 4) : [],
      shareOfCounty: lou.city ? allocate(muniShare[cityIndex], own, 4) : [],
      districtPerYear: lou.city ? allocate(muniPerYear[cityIndex], own, 0) : [],
      districtForPeriod: lou.city ? allocate(muniForPeriod[cityIndex], own, 0) : [],
    };
  }

  return {
    options,
    t,
    addsUp,
    sheets,
    sheetNames: t.sheetNames,
    threshold,
    years,
    referenceSerial,
    supportBudget,
    supportUsers,
    budget2026,
    share2026,
    lou,
    cityIndex,
    previous,
    embedded: isEmbeddedCounty(options.county),
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    version: options.version ?? packageJson.version,
    ...(rounded ? { rounded } : {}),
    layout: layoutFor(options.county, cityIndex, addsUp),
  };
}

const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), new Decimal(0));

/** Reference to a cell of another sheet of the plan: `'Kommuner'!$C$30`. */
function ref(ctx: Context, key: SheetKey, column: number, row: number): string {
  return `${sheetPrefix(ctx.sheetNames[key])}${absoluteAddress(column, row)}`;
}

/* ---------------------------------------------------------------- Parametrar */

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

function parametersSheet(ctx: Context, names: PlanName[]): PlanSheet {
  const p = ctx.t.parameters;
  const sheet = new SheetBuilder("parameters", ctx.sheetNames.parameters);
  sheet.put(1, 0, [[text(p.title, "title")], [text(p.subtitle, "subtitle")]]);
  const partial = partialNote(ctx);
  if (partial) sheet.put(3, 0, [[text(partial, "note")]]);
  sheet.put(4, 0, [p.header.map((h) => text(h, "header"))]);
  const { inputs, derived } = parameterRows(ctx);
  let row = 5;
  const section = (title: string, rows: ParameterRow[]) => {
    sheet.put(row, 0, [[text(title, "subtitle")]]);
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
  return sheet.build([52, 18, 22, 90], 4);
}

/** The warning a partial population puts on Parametrar and Källor och metod, or undefined for the whole county. */
function partialNote(ctx: Context): string | undefined {
  const partial = ctx.options.partial;
  if (!partial) return undefined;
  const c = ctx.t.completeness;
  const missing = [
    ...(partial.missingMunicipalities.length > 0 ? [c.municipalities(partial.missingMunicipalities.join(", "))] : []),
    ...(partial.noDistricts ? [c.noDistricts] : []),
    ...(partial.missingDistricts.length > 0 ? [c.districts(partial.missingDistricts.join(", "))] : []),
  ];
  return c.partial(missing.join("; "));
}

/* ---------------------------------------------------------------- Kommuner */

/** Previous cost, change in kronor and in percent, for one row. */
function changeCells(ctx: Context, name: string, compareColumn: number, compareValue: Decimal, col: Record<string, number>, row: number): PlanCell[] {
  const previous = ctx.previous.get(normalizeUnitName(name));
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

function changeTotals(ctx: Context, layout: TableLayout, rows: readonly string[], compare: (index: number) => Decimal): PlanCell[] {
  const col = layout.col;
  const range = rowsRange(layout);
  const previous = rows.map((name) => ctx.previous.get(normalizeUnitName(name)));
  const previousSum = sum(previous.filter((value): value is Decimal => value !== undefined));
  const changeSum = sum(previous.map((value, index) => (value ? compare(index).minus(value) : new Decimal(0))));
  return [
    formula(`=SUM(${range(col.previous)})`, previousSum, FORMATS.kronorOrBlank, "total"),
    formula(`=SUM(${range(col.change)})`, changeSum, FORMATS.kronorChange, "total"),
    EMPTY,
  ];
}

/* ---------------------------------------------------------------- Kommuner and Stadsdelar alike */

/** The money and change columns' headers of Kommuner and Stadsdelar (exact and rounded when they add up). */
function moneyHeaders(ctx: Context): string[] {
  const { t } = ctx;
  return [
    ...(ctx.addsUp ? [t.money.perYearExact, t.money.perYear, t.money.forPeriodExact, t.money.forPeriod] : [t.money.perYear, t.money.forPeriod]),
    t.money.previous,
    t.money.change,
    t.money.changePercent,
  ];
}

/** The widths of those columns, in the same order. */
function moneyWidths(ctx: Context): number[] {
  return [...(ctx.addsUp ? [18, 14, 20, 16] : [14, 16]), 18, 14, 14];
}

/** The format of every exact kronor column: with öre when rounded columns beside it add up. */
function moneyFormat(ctx: Context): string {
  return ctx.addsUp ? FORMATS.kronorExact : FORMATS.kronor;
}

/** "C5:C30": one column over a table's unit rows (for SUM in the total row). */
function rowsRange(layout: TableLayout): (column: number) => string {
  return (column) => `${cellAddress(column, layout.first)}:${cellAddress(column, layout.last)}`;
}

/** A largest-remainder formula over a table's unit rows, weighted by `weightColumn` (the adds-up columns). */
function largestRemainderIn(layout: TableLayout, weightColumn: number): (amount: string, row: number, decimals: number) => string {
  return (amount, row, decimals) => largestRemainderFormula({ amount, weightColumn, firstRow: layout.first, lastRow: layout.last, row, decimals });
}

function municipalitiesSheet(ctx: Context): PlanSheet {
  const { lou, t, layout, rounded } = ctx;
  const L = layout.municipalities;
  const c = L.col;
  const sheet = new SheetBuilder("municipalities", ctx.sheetNames.municipalities);
  sheet.put(1, 0, [[text(t.municipalities.title, "title")], [text(t.municipalities.subtitle, "subtitle")]]);
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
  const compare = (index: number) => (rounded ? rounded.muniPerYear[index] : lou.municipalities[index].perYear);
  const inputs: NonNullable<PlanSheet["inputs"]>[number][] = [];

  const rows = lou.municipalities.map((m, index) => {
    const row = L.first + index;
    const cells: PlanCell[] = [];
    cells[c.name] = text(m.name);
    cells[c.code] = m.code !== undefined ? text(m.code) : EMPTY;
    cells[c.population] =
      row === L.cityRow && layout.districts
        ? formula(`=${ref(ctx, "districts", layout.districts.col.population, layout.districts.total)}`, m.population, FORMATS.population)
        : input(m.population, FORMATS.population);
    cells[c.share] = rounded ? formula(lr("1", row, 4), rounded.muniShare[index], FORMATS.percent) : formula(`=${pop(row)}/InvanareLan`, m.share, FORMATS.percent);
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
      header: t.money.previous,
      unitHeader: t.municipalities.name,
      codeHeader: t.municipalities.code,
    });
    return cells;
  });

  const range = rowsRange(L);
  const total: PlanCell[] = [];
  total[c.name] = text(t.money.total, "total");
  total[c.code] = EMPTY;
  total[c.population] = rounded
    ? formula(`=SUM(${range(c.population)})`, lou.total.population, FORMATS.population, "total")
    : formula("=InvanareLan", lou.total.population, FORMATS.population, "total");
  total[c.share] = rounded
    ? formula(`=SUM(${range(c.share)})`, sum(rounded.muniShare), FORMATS.percent, "total")
    : formula(`=${pop(L.total)}/InvanareLan`, 1, FORMATS.percent, "total");
  total[c.perYearExact] = formula("=SummaPerAr", lou.total.perYear, kr, "total");
  total[c.forPeriodExact] = formula("=SummaPeriod", lou.total.forPeriod, kr, "total");
  if (rounded) {
    total[c.perYearRounded] = formula(`=SUM(${range(c.perYearRounded)})`, sum(rounded.muniPerYear), FORMATS.kronor, "total");
    total[c.forPeriodRounded] = formula(`=SUM(${range(c.forPeriodRounded)})`, sum(rounded.muniForPeriod), FORMATS.kronor, "total");
  }
  total.splice(c.previous, 3, ...changeTotals(ctx, L, lou.municipalities.map((m) => m.name), compare));

  sheet.put(L.header, 0, [header.map((h) => text(h, "header")), ...rows, total]);
  sheet.table(TABLE_NAMES.municipalities, 0, L.header, L.lastColumn, L.total, true);
  const widths = [22, 12, 12, 12, ...moneyWidths(ctx)];
  return { ...sheet.build(widths, L.header), inputs };
}

/* ---------------------------------------------------------------- Stadsdelar */

function districtsSheet(ctx: Context): PlanSheet {
  const { lou, t, layout, rounded } = ctx;
  const city = lou.city!;
  const L = layout.districts!;
  const M = layout.municipalities;
  const c = L.col;
  const sheet = new SheetBuilder("districts", ctx.sheetNames.districts);
  sheet.put(1, 0, [[text(t.districts.title, "title")], [text(t.districts.subtitle, "subtitle")]]);
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
      cells[c.perYearRounded] = formula(lr(cityCell(M.col.perYearRounded), row, 0), rounded.districtPerYear[index], FORMATS.kronor);
      cells[c.forPeriodRounded] = formula(lr(cityCell(M.col.forPeriodRounded), row, 0), rounded.districtForPeriod[index], FORMATS.kronor);
    } else {
      cells[c.shareOfCity] = formula(`=${incl(row)}/InvanareStad`, d.shareOfCity, FORMATS.percent);
      cells[c.shareOfCounty] = formula(`=${incl(row)}/InvanareLan`, d.shareOfCounty, FORMATS.percent);
    }
    cells[c.perYearExact] = formula(`=${incl(row)}*KrPerInvanareAr`, d.perYear, kr);
    cells[c.forPeriodExact] = formula(`=${incl(row)}*KrPerInvanarePeriod`, d.forPeriod, kr);
    cells.splice(c.previous, 3, ...changeCells(ctx, d.name, compareColumn, compare(index), c, row));
    inputs.push({ field: "previousCost", unit: { name: d.name }, cell: cellAddress(c.previous, row), header: t.money.previous, unitHeader: t.districts.name });
    return cells;
  });

  const restRow: PlanCell[] = Array<PlanCell>(L.lastColumn + 1).fill(EMPTY);
  restRow[c.name] = text(t.districts.restRow);
  restRow[c.population] = formula("=Restpost", city.rest, FORMATS.population);

  const range = rowsRange(L);
  const cityMunicipality = lou.municipalities[ctx.cityIndex];
  const total: PlanCell[] = [];
  total[c.name] = text(t.money.total, "total");
  total[c.population] = formula(`=SUM(${cellAddress(c.population, L.first)}:${cellAddress(c.population, L.restRow)})`, city.population, FORMATS.population, "total");
  total[c.inclRestExact] = formula("=InvanareStad", city.population, FORMATS.population, "total");
  total[c.perYearExact] = formula("=InvanareStad*KrPerInvanareAr", city.totalPerYear, kr, "total");
  total[c.forPeriodExact] = formula("=InvanareStad*KrPerInvanarePeriod", city.totalForPeriod, kr, "total");
  if (rounded) {
    total[c.inclRestRounded] = formula(`=SUM(${range(c.inclRestRounded)})`, sum(rounded.inclRest), FORMATS.population, "total");
    total[c.shareOfCity] = formula(`=SUM(${range(c.shareOfCity)})`, sum(rounded.shareOfCity), FORMATS.percent, "total");
    total[c.shareOfCounty] = formula(`=SUM(${range(c.shareOfCounty)})`, sum(rounded.shareOfCounty), FORMATS.percent, "total");
    total[c.perYearRounded] = formula(`=SUM(${range(c.perYearRounded)})`, sum(rounded.districtPerYear), FORMATS.kronor, "total");
    total[c.forPeriodRounded] = formula(`=SUM(${range(c.forPeriodRounded)})`, sum(rounded.districtForPeriod), FORMATS.kronor, "total");
  } else {
    total[c.shareOfCity] = formula(`=${incl(L.total)}/InvanareStad`, 1, FORMATS.percent, "total");
    total[c.shareOfCounty] = formula("=InvanareStad/InvanareLan", cityMunicipality.share, FORMATS.percent, "total");
  }
  total.splice(c.previous, 3, ...changeTotals(ctx, L, city.districts.map((d) => d.name), compare));

  sheet.put(L.header, 0, [header.map((h) => text(h, "header")), ...rows, restRow, total]);
  sheet.table(TABLE_NAMES.districts, 0, L.header, L.lastColumn, L.total, true);
  sheet.put(
    L.total + 2,
    0,
    t.districts.footnote.map((line) => [text(line, "note")]),
  );
  const widths = [26, 12, ...(ctx.addsUp ? [20, 16] : [16]), 16, 22, ...moneyWidths(ctx)];
  return { ...sheet.build(widths, L.header), inputs };
}

/* ---------------------------------------------------------------- Support */

function supportSheet(ctx: Context): PlanSheet {
  const { lou, t } = ctx;
  const s = t.support;
  const sheet = new SheetBuilder("support", ctx.sheetNames.support);
  sheet.put(1, 0, [[text(s.title, "title")], [text(s.subtitle, "subtitle")]]);
  const units = [
    ...lou.municipalities.filter((m) => m.procuring).map((m) => ({ name: m.name, code: m.code, type: s.municipality })),
    ...(lou.city?.districts ?? []).map((d) => ({ name: d.name, code: undefined, type: s.district(lou.city!.name) })),
  ];
  const header = 4;
  const first = 5;
  const last = 4 + units.length;
  const totalRow = last + 1;
  const perUser = supportCostPerUser(ctx.supportBudget, ctx.supportUsers);
  const users = new Decimal(0); // the input column starts empty: each organisation fills in its users
  const cost = supportCost(users, ctx.supportBudget, ctx.supportUsers);
  const rowCost = ctx.addsUp ? roundHalfAwayFromZero(cost) : cost;
  const inputs: NonNullable<PlanSheet["inputs"]>[number][] = [];
  const rows = units.map((unit, index) => {
    const row = first + index;
    const costFormula = ctx.addsUp ? `=ROUND(C${row}*D${row},0)` : `=C${row}*D${row}`;
    // The sheet has no code column: a unit's code only tells the writer which unit the row was.
    inputs.push({
      field: "users",
      unit: { name: unit.name, ...(unit.code !== undefined ? { code: unit.code } : {}) },
      cell: `C${row}`,
      header: s.header[2],
      unitHeader: s.header[0],
    });
    return [
      text(unit.name),
      text(unit.type),
      input(null, FORMATS.population),
      formula("=SupportKrPerAnvandare", perUser, FORMATS.perUser),
      formula(costFormula, rowCost, FORMATS.kronor),
    ];
  });
  const municipalUsers = users.times(units.length);
  const municipalCost = rowCost.times(units.length);
  const total = [
    text(s.totalRow, "total"),
    EMPTY,
    formula(`=SUM(C${first}:C${last})`, municipalUsers, FORMATS.population, "total"),
    formula("=SupportKrPerAnvandare", perUser, FORMATS.perUser, "total"),
    formula(`=SUM(E${first}:E${last})`, municipalCost, FORMATS.kronor, "total"),
  ];
  sheet.put(header, 0, [s.header.map((h) => text(h, "header")), ...rows, total]);
  sheet.table(TABLE_NAMES.support, 0, header, 4, totalRow, true);

  // Region / municipalities split: the Region pays for every user the municipalities do not report.
  const split = totalRow + 2;
  const regionUsers = ctx.supportUsers.minus(municipalUsers);
  sheet.put(split, 0, [
    s.splitHeader.map((h) => text(h, "header")),
    [
      text(s.region),
      formula(`=SupportAnvandare-C${totalRow}`, regionUsers, FORMATS.population),
      formula(`=B${split + 1}/SupportAnvandare`, regionUsers.div(ctx.supportUsers), FORMATS.percent),
      formula(`=SupportBudget-E${totalRow}`, ctx.supportBudget.minus(municipalCost), FORMATS.kronor),
    ],
    [
      text(s.municipalities),
      formula(`=C${totalRow}`, municipalUsers, FORMATS.population),
      formula(`=B${split + 2}/SupportAnvandare`, municipalUsers.div(ctx.supportUsers), FORMATS.percent),
      formula(`=E${totalRow}`, municipalCost, FORMATS.kronor),
    ],
    [
      text(t.money.total, "total"),
      formula(`=SUM(B${split + 1}:B${split + 2})`, ctx.supportUsers, FORMATS.population, "total"),
      formula(`=SUM(C${split + 1}:C${split + 2})`, 1, FORMATS.percent, "total"),
      formula(`=SUM(D${split + 1}:D${split + 2})`, ctx.supportBudget, FORMATS.kronor, "total"),
    ],
  ]);
  sheet.put(split + 5, 0, [[text(s.note, "note")]]);
  return { ...sheet.build([26, 22, 12, 20, 16], header), inputs };
}

/* ---------------------------------------------------------------- Avtal 2026–2030 */

function agreement2026Sheet(ctx: Context): PlanSheet {
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

/* ---------------------------------------------------------------- Källor och metod */

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

function sourcesSheet(ctx: Context): PlanSheet {
  const { t, lou } = ctx;
  const s = t.sources;
  const p = t.parameters;
  const sheet = new SheetBuilder("sources", ctx.sheetNames.sources);
  sheet.put(1, 0, [[text(s.title, "title")]]);
  const partial = partialNote(ctx);
  if (partial) sheet.put(2, 0, [[text(partial, "note")]]);
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
  const method = [...methodLines, ...derived];
  let row = lastRow + 2;
  sheet.put(row, 0, [[text(s.method, "subtitle")], ...method.map((line) => [text(line, "note")])]);
  row += method.length + 2;
  sheet.put(row, 0, [[text(s.rounding, "subtitle")], [text(rounding, "note")]]);
  row += 3;
  sheet.put(row, 0, [
    [text(s.made, "subtitle")],
    [text(s.generatedAt), text(ctx.generatedAt)],
    [text(s.version), text(ctx.version)],
  ]);
  return sheet.build([46, 16, 18, 60, 40, 90], header);
}

/**
 * Builds the plan of a filled workbook: the sheets of issue 3 (Parametrar, Kommuner, Stadsdelar,
 * Support, Avtal 2026–2030, Källor och metod) as plain data, every computed cell a plain Excel
 * formula on the parameter cells and the row's inputs, with the engine's exact value as its cached
 * value. Parametrar, Kommuner and (with a divided city) Stadsdelar are always included: they hold
 * the inputs the other sheets refer to.
 *
 * @throws RuleInputError naming the option at fault (`threshold`, `years`, `supportUsers`,
 *   `municipalShare2026`, `referenceDate`, `sheets[i]`, `previousCosts.<name>`,
 *   `municipalities[i].population`, `dividedCity.rest`, ...)
 */
export function buildWorkbookPlan(options: PlanOptions): WorkbookPlan {
  const ctx = prepare(options);
  const names: PlanName[] = [];
  const sheets: PlanSheet[] = [];
  for (const key of ALL_SHEETS) {
    if (!ctx.sheets.has(key)) continue;
    switch (key) {
      case "parameters":
        sheets.push(parametersSheet(ctx, names));
        break;
      case "municipalities":
        sheets.push(municipalitiesSheet(ctx));
        break;
      case "districts":
        sheets.push(districtsSheet(ctx));
        break;
      case "support":
        sheets.push(supportSheet(ctx));
        break;
      case "agreement2026":
        sheets.push(agreement2026Sheet(ctx));
        break;
      case "sources":
        sheets.push(sourcesSheet(ctx));
        break;
    }
  }
  return {
    locale: options.locale,
    rounding: options.rounding,
    sheets,
    names,
    generatedAt: ctx.generatedAt,
    version: ctx.version,
  };
}
