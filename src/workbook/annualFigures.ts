import { Decimal, normalizeUnitName } from "../engine";
import { moneyFormat, type Context, type ProcuringUnit } from "./buildContext";
import { unitSupportCost } from "./buildSupport";
import { FORMATS } from "./sheet";

/*
 * Årskostnad's figures as data: its columns and rows, each unit's figures as the engine computes
 * them, and where the paragraph block begins; shared by the sheet (buildAnnualCost.ts) and the
 * paragraph (paragraph.ts).
 */

/** The table's columns, from A. */
export const ANNUAL_COLUMNS = ["name", "type", "population", "lou", "support", "total2020", "amount2026", "change", "changePercent", "previous", "changePrevious", "changePreviousPercent"] as const;
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number];
export const COL = Object.fromEntries(ANNUAL_COLUMNS.map((key, index) => [key, index])) as Readonly<Record<AnnualColumn, number>>;

export interface AnnualLayout {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/** One unit's figures as the engine computes them; undefined where the sheet shows a blank cell. */
export interface AnnualRow {
  readonly unit: ProcuringUnit;
  readonly type: string;
  readonly population: Decimal;
  readonly lou: Decimal;
  readonly support?: Decimal;
  readonly total2020?: Decimal;
  readonly amount2026: Decimal;
  readonly change?: Decimal;
  readonly changePercent?: Decimal;
  readonly previous?: Decimal;
  readonly changePrevious?: Decimal;
  readonly changePreviousPercent?: Decimal;
}

export function annualLayout(ctx: Context): AnnualLayout {
  return { header: 4, first: 5, last: 4 + ctx.units.length, total: 5 + ctx.units.length };
}

export const ratio = (amount: Decimal, base: Decimal | undefined): Decimal | undefined => (base !== undefined && base.gt(0) ? amount.div(base).minus(1) : undefined);

/** Every unit's figures, in the table's order (Support's). */
export function annualRows(ctx: Context): AnnualRow[] {
  const { lou, rounded } = ctx;
  return ctx.units.map((unit) => {
    const municipality = unit.kind === "municipality";
    const district = municipality ? undefined : lou.city!.districts[unit.index];
    const louPart = municipality
      ? (rounded?.muniPerYear[unit.index] ?? lou.municipalities[unit.index].perYear)
      : (rounded?.districtPerYear[unit.index] ?? district!.perYear);
    const support = unitSupportCost(ctx, unit.name);
    const total2020 = support !== undefined ? louPart.plus(support) : undefined;
    const amount2026 = municipality ? ctx.cost2026.municipalities[unit.index] : ctx.cost2026.districts[unit.index];
    const previous = ctx.previous.get(normalizeUnitName(unit.name));
    const changePercent = ratio(amount2026, total2020);
    const changePreviousPercent = ratio(amount2026, previous);
    return {
      unit,
      type: municipality ? ctx.t.support.municipality : ctx.t.support.district(lou.city!.name),
      population: municipality ? lou.municipalities[unit.index].population : district!.populationIncludingRest,
      lou: louPart,
      ...(support !== undefined ? { support } : {}),
      ...(total2020 !== undefined ? { total2020, change: amount2026.minus(total2020) } : {}),
      ...(changePercent !== undefined ? { changePercent } : {}),
      amount2026,
      ...(previous !== undefined ? { previous, changePrevious: amount2026.minus(previous) } : {}),
      ...(changePreviousPercent !== undefined ? { changePreviousPercent } : {}),
    };
  });
}

/** Each column's number format, as the table and the paragraph block's copy show it. */
export function annualFormat(ctx: Context, column: AnnualColumn): string | undefined {
  switch (column) {
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

/** The notes under the table: Stockholm's missing row, blank support parts, what 2026 and the previous amount are, the rounding. */
export function annualNotes(ctx: Context): string[] {
  const s = ctx.t.annual.sheet;
  const city = ctx.lou.city;
  return [
    ...(city ? [s.cityNotARow(city.name), s.populationInclRest] : []),
    s.users,
    s.agreement2026,
    s.previous,
    ctx.addsUp ? s.roundingAddsUp : s.roundingAnnex,
  ];
}

/** The first row of the paragraph block: two rows under the notes, which begin two rows under the total row. */
export function paragraphTop(ctx: Context): number {
  return annualLayout(ctx).total + annualNotes(ctx).length + 3;
}
