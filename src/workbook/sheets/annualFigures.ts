import { firstYear, periodSpan, periodWords, type AgreementDeclaration, type AmountComponent } from "../../data";
import { Decimal, normalizeUnitName } from "../../engine";
import { isAmount, type Context, type ProcuringUnit } from "../options";
import { FORMATS, moneyFormat } from "../plan";
import { listText, words } from "../texts";
import { unitSupportCost } from "./support";

/*
 * Årskostnad's figures as data: its columns and rows, each unit's figures as the engine computes
 * them, its notes and where the paragraph block begins; shared by the sheet (annualCost.ts) and
 * the paragraph (paragraph.ts). The columns follow the plan's agreements: each agreement's amounts
 * (its LOU part, its part per user, its part by population) and their total when it has several,
 * then the change from each agreement to the next, then a previous amount and the change of the
 * last agreement's total against it.
 */

/**
 * The columns of Årskostnad for the default agreements (the 2020 one and the 2026–2030 one), from A,
 * by the names they had before the agreements were declarations (the Excel writer's chart reads
 * them). A plan of other agreements has the columns annualTable gives it.
 */
export const ANNUAL_COLUMNS = ["name", "type", "population", "lou", "support", "total2020", "amount2026", "change", "changePercent", "previous", "changePrevious", "changePreviousPercent"] as const;
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number];
export const COL = Object.fromEntries(ANNUAL_COLUMNS.map((key, index) => [key, index])) as Readonly<Record<AnnualColumn, number>>;

export type AnnualColumnKind = "name" | "type" | "population" | "amount" | "total" | "change" | "changePercent" | "previous" | "changePrevious" | "changePreviousPercent";

export interface AnnualColumnSpec {
  readonly key: string;
  readonly kind: AnnualColumnKind;
  readonly header: string;
}

/** One agreement on Årskostnad: its amounts' columns, and the column of its total (its one amount's when it has one). */
export interface AnnualAgreement {
  readonly agreement: AgreementDeclaration;
  readonly amounts: readonly { readonly component: AmountComponent; readonly key: string }[];
  readonly total: string;
  /** True when its total stays blank until users are entered (it has a part per user). */
  readonly blankable: boolean;
  /** Its first year ("2026"), as the change columns name it. */
  readonly year: string;
}

/** The change from agreement `from` to agreement `to` (indices into AnnualTable.agreements): its two columns. */
export interface AnnualChange {
  readonly from: number;
  readonly to: number;
  readonly kronor: string;
  readonly percent: string;
}

export interface AnnualTable {
  readonly columns: readonly AnnualColumnSpec[];
  /** Each column's index from A, by key. */
  readonly col: Readonly<Record<string, number>>;
  readonly agreements: readonly AnnualAgreement[];
  readonly changes: readonly AnnualChange[];
  /** The agreement the previous amount is compared with: the one that follows its period directly (ctx.previousTarget). */
  readonly compared: AnnualAgreement;
  /** The previous amounts' period in words ("före 2020", "2025"). */
  readonly previousPeriod: string;
}

/** Årskostnad's columns for the plan's agreements. */
export function annualTable(ctx: Context): AnnualTable {
  const s = ctx.t.annual.sheet;
  const locale = ctx.options.locale;
  const agreements: AnnualAgreement[] = ctx.agreements.list.map((agreement, i) => {
    const amounts = agreement.components.filter(isAmount).map((component, j) => ({ component, key: `a${i}.${j}` }));
    return {
      agreement,
      amounts,
      total: amounts.length > 1 ? `a${i}.total` : amounts[0].key,
      blankable: amounts.some((amount) => amount.component.kind === "perUser"),
      year: agreement.period.from.slice(0, 4),
    };
  });
  const compared = agreements[ctx.previousTarget];
  const period = words(periodWords(ctx.previousPeriod), locale);
  const span = words(periodSpan(ctx.previousPeriod, firstYear(compared.agreement)), locale);
  const changes: AnnualChange[] = agreements.slice(1).map((_, index) => ({ from: index, to: index + 1, kronor: `change${index + 1}`, percent: `changePercent${index + 1}` }));
  const columns: AnnualColumnSpec[] = [
    { key: "name", kind: "name", header: s.header.name },
    { key: "type", kind: "type", header: s.header.type },
    { key: "population", kind: "population", header: s.header.population },
    ...agreements.flatMap((entry): AnnualColumnSpec[] => [
      ...entry.amounts.map((amount): AnnualColumnSpec => ({ key: amount.key, kind: "amount", header: words(amount.component.column, locale) })),
      ...(entry.amounts.length > 1 ? [{ key: entry.total, kind: "total" as const, header: words(entry.agreement.total!, locale) }] : []),
    ]),
    ...changes.flatMap((change): AnnualColumnSpec[] => {
      const [from, to] = [agreements[change.from].year, agreements[change.to].year];
      return [
        { key: change.kronor, kind: "change", header: s.header.change(from, to) },
        { key: change.percent, kind: "changePercent", header: s.header.changePercent(from, to) },
      ];
    }),
    { key: "previous", kind: "previous", header: s.header.previous(period) },
    { key: "changePrevious", kind: "changePrevious", header: s.header.changePrevious(span) },
    { key: "changePreviousPercent", kind: "changePreviousPercent", header: s.header.changePreviousPercent(span) },
  ];
  const col = Object.fromEntries(columns.map((column, index) => [column.key, index]));
  return { columns, col, agreements, changes, compared, previousPeriod: period };
}

export interface AnnualLayout {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/** One unit's figures as the engine computes them, by column key; undefined where the sheet shows a blank cell. */
export interface AnnualRow {
  readonly unit: ProcuringUnit;
  readonly type: string;
  readonly population: Decimal;
  readonly values: Readonly<Record<string, Decimal | undefined>>;
}

export function annualLayout(ctx: Context): AnnualLayout {
  return { header: 4, first: 5, last: 4 + ctx.units.length, total: 5 + ctx.units.length };
}

export const ratio = (amount: Decimal | undefined, base: Decimal | undefined): Decimal | undefined =>
  amount !== undefined && base !== undefined && base.gt(0) ? amount.div(base).minus(1) : undefined;

const difference = (amount: Decimal | undefined, base: Decimal | undefined): Decimal | undefined => (amount !== undefined && base !== undefined ? amount.minus(base) : undefined);

/** A unit's amount under one component: the LOU part, its part per user (undefined without users), its part by population. */
function amountOf(ctx: Context, component: AmountComponent, unit: ProcuringUnit): Decimal | undefined {
  const { lou, rounded } = ctx;
  const municipality = unit.kind === "municipality";
  switch (component.kind) {
    case "cappedPopulationShare":
      return municipality
        ? (rounded?.muniPerYear[unit.index] ?? lou.municipalities[unit.index].perYear)
        : (rounded?.districtPerYear[unit.index] ?? lou.city!.districts[unit.index].perYear);
    case "perUser":
      return unitSupportCost(ctx, component, unit.name);
    case "populationShare": {
      const costs = ctx.shareCosts.get(component)!;
      return municipality ? costs.municipalities[unit.index] : costs.districts[unit.index];
    }
  }
}

/** Every unit's figures, in the table's order (the parts per user's). */
export function annualRows(ctx: Context, table: AnnualTable): AnnualRow[] {
  const { lou } = ctx;
  return ctx.units.map((unit) => {
    const municipality = unit.kind === "municipality";
    const values: Record<string, Decimal | undefined> = {};
    for (const entry of table.agreements) {
      const amounts = entry.amounts.map((amount) => amountOf(ctx, amount.component, unit));
      entry.amounts.forEach((amount, index) => (values[amount.key] = amounts[index]));
      if (entry.amounts.length > 1) values[entry.total] = amounts.every((value) => value !== undefined) ? (amounts as Decimal[]).reduce((total, value) => total.plus(value)) : undefined;
    }
    for (const change of table.changes) {
      const [from, to] = [values[table.agreements[change.from].total], values[table.agreements[change.to].total]];
      values[change.kronor] = difference(to, from);
      values[change.percent] = ratio(to, from);
    }
    const previous = ctx.previous.get(normalizeUnitName(unit.name));
    const compared = values[table.compared.total];
    values.previous = previous;
    values.changePrevious = difference(compared, previous);
    values.changePreviousPercent = ratio(compared, previous);
    return {
      unit,
      type: municipality ? ctx.t.support.municipality : ctx.t.support.district(lou.city!.name),
      population: municipality ? lou.municipalities[unit.index].population : lou.city!.districts[unit.index].populationIncludingRest,
      values,
    };
  });
}

/** Each column's number format, as the table and the paragraph block's copy show it. */
export function annualFormat(ctx: Context, kind: AnnualColumnKind): string | undefined {
  switch (kind) {
    case "name":
    case "type":
      return undefined;
    case "population":
      return FORMATS.population;
    case "change":
    case "changePrevious":
      return FORMATS.kronorSigned;
    case "changePercent":
    case "changePreviousPercent":
      return FORMATS.percentSigned;
    case "previous":
      return FORMATS.kronor;
    default:
      return moneyFormat(ctx);
  }
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the table holds, under each agreement (its parts in parentheses when it has several). */
export function annualSubtitle(ctx: Context, table: AnnualTable): string {
  const s = ctx.t.annual.sheet;
  const locale = ctx.options.locale;
  const items = table.agreements.map((entry) => {
    const under = s.subtitleAgreement(words(entry.agreement.name, locale));
    return entry.amounts.length > 1 ? `${under} (${listText(entry.amounts.map((amount) => words(amount.component.part, locale)), locale)})` : under;
  });
  return s.subtitle(listText(items, locale), table.agreements.length > 1 ? s.subtitleChange : "");
}

/** The note of a part per user: blank until users are entered, with its agreement's total and the change that waits too. */
function usersNote(ctx: Context, table: AnnualTable, index: number, component: AmountComponent & { kind: "perUser" }): string {
  const s = ctx.t.annual.sheet;
  const locale = ctx.options.locale;
  const entry = table.agreements[index];
  const part = capitalised(words(component.part, locale));
  const sheet = ctx.sheetNames[component.sheet.key];
  const note = entry.amounts.length > 1 ? s.users(part, words(entry.agreement.total!, locale), sheet) : s.usersAlone(part, sheet);
  const change = table.changes.find((candidate) => candidate.from === index) ?? table.changes.find((candidate) => candidate.to === index);
  return change ? `${note}${s.usersChange(table.agreements[change.from].year, table.agreements[change.to].year)}` : note;
}

/** The notes under the table: Stockholm's missing row, blank parts per user, what a part by population is, the previous amount, the rounding. */
export function annualNotes(ctx: Context, table: AnnualTable = annualTable(ctx)): string[] {
  const s = ctx.t.annual.sheet;
  const locale = ctx.options.locale;
  const city = ctx.lou.city;
  const parts = table.agreements.flatMap((entry, index) =>
    entry.amounts.flatMap(({ component }) =>
      component.kind === "perUser"
        ? [usersNote(ctx, table, index, component)]
        : component.kind === "populationShare"
          ? [s.populationShare(words(component.column, locale), ctx.sheetNames[component.sheet.key])]
          : [],
    ),
  );
  const rounded = [
    ...(ctx.agreements.capped ? [ctx.sheetNames.municipalities, ctx.sheetNames.districts] : []),
    ...ctx.agreements.shares.map((placed) => ctx.sheetNames[placed.component.sheet.key]),
  ];
  return [
    ...(city ? [s.cityNotARow(city.name), s.populationInclRest] : []),
    ...parts,
    s.previous(table.previousPeriod, table.columns[table.col[table.compared.total]].header, table.compared.blankable),
    ctx.addsUp ? s.roundingAddsUp(listText(rounded, locale)) : s.roundingAnnex,
  ];
}

/** The first row of the paragraph block: two rows under the notes, which begin two rows under the total row. */
export function paragraphTop(ctx: Context): number {
  return annualLayout(ctx).total + annualNotes(ctx).length + 3;
}
