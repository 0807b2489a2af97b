import type { PerUser } from "../../data";
import { Decimal, normalizeUnitName, roundHalfAwayFromZero, supportCost } from "../../engine";
import { figure, type Context } from "../options";
import { EMPTY, FORMATS, SheetBuilder, countedTotalFormula, countedTotalValue, formula, input, sum, text, type PlanCell, type PlanSheet } from "../plan";
import { words } from "../texts";
import { pageTexts } from "./page";

/*
 * A part per user (Support for the 2020 agreement): every procuring unit with an input column for its
 * users, and the Region / municipalities split. A unit without users shows no cost (not 0 kr); the
 * totals and the split are given only once every unit has its users, since until then they would be
 * true of some units only. Its title, names and table come from the agreement's declaration.
 */

/** A unit's cost per year under a part per user as the row computes it (whole kronor when the plan adds up), or undefined without users. */
export function unitSupportCost(ctx: Context, component: PerUser, name: string): Decimal | undefined {
  const users = ctx.users.get(normalizeUnitName(name));
  if (users === undefined) return undefined;
  const cost = supportCost(users, figure(ctx, component.budget), figure(ctx, component.users));
  return ctx.addsUp ? roundHalfAwayFromZero(cost) : cost;
}

export function perUserSheet(ctx: Context, component: PerUser): PlanSheet {
  const { lou, t } = ctx;
  const locale = ctx.options.locale;
  const s = t.support;
  const entered = t.annual.entered;
  const { header, first, last, total: totalRow, split } = ctx.layout.perUser;
  const title = words(component.sheet.title, locale);
  const sheet = new SheetBuilder(component.sheet.key, ctx.sheetNames[component.sheet.key]);
  sheet.text(1, [text(title, "title"), text(words(component.sheet.subtitle, locale), "subtitle")]);
  const perUser = figure(ctx, component.perUser.name);
  const inputs: NonNullable<PlanSheet["inputs"]>[number][] = [];
  const users = ctx.units.map((unit) => ctx.users.get(normalizeUnitName(unit.name)));
  const costs = ctx.units.map((unit) => unitSupportCost(ctx, component, unit.name));
  const rows = ctx.units.map((unit, index) => {
    const row = first + index;
    const cost = ctx.addsUp ? `ROUND(C${row}*D${row},0)` : `C${row}*D${row}`;
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
      text(unit.kind === "municipality" ? s.municipality : s.district(lou.city!.name)),
      input(users[index] ?? null, FORMATS.population),
      formula(`=${component.perUser.name}`, perUser, FORMATS.perUser),
      formula(`=IF(ISNUMBER(C${row}),${cost},"")`, costs[index] ?? null, FORMATS.kronor),
    ];
  });
  const total = [
    text(s.totalRow, "total"),
    EMPTY,
    formula(countedTotalFormula(`C${first}:C${last}`, entered), countedTotalValue(users, entered), FORMATS.population, "total"),
    formula(`=${component.perUser.name}`, perUser, FORMATS.perUser, "total"),
    formula(countedTotalFormula(`E${first}:E${last}`, entered), countedTotalValue(costs, entered), FORMATS.kronor, "total"),
  ];
  sheet.put(header, 0, [s.header.map((h) => text(h, "header")), ...rows, total]);
  sheet.table(component.table, 0, header, 4, totalRow, true);
  const complete = users.every((value) => value !== undefined);
  sheet.put(split, 0, splitRows(ctx, component, complete ? { users: sum(users as Decimal[]), cost: sum(costs as Decimal[]) } : undefined));
  sheet.text(split + 5, [t.annual.splitNote, ...(component.sheet.note ? [words(component.sheet.note, locale)] : [])]);
  return { ...sheet.finish(pageTexts(ctx, title, words(component.footer, locale)), { headerRow: header }), inputs };
}

/**
 * The Region / municipalities split: the Region pays for every user the municipalities do not
 * report. Blank ("") until the total row has every unit's users (ISNUMBER of its users' total).
 */
function splitRows(ctx: Context, component: PerUser, municipal: { users: Decimal; cost: Decimal } | undefined): PlanCell[][] {
  const { t } = ctx;
  const s = t.support;
  const { total: totalRow, split } = ctx.layout.perUser;
  const [budget, allUsers] = [figure(ctx, component.budget), figure(ctx, component.users)];
  const [budgetName, usersName] = [component.budget, component.users];
  const known = `ISNUMBER(C${totalRow})`;
  const when = (body: string) => `=IF(${known},${body},"")`;
  const value = (compute: (m: { users: Decimal; cost: Decimal }) => Decimal) => (municipal ? compute(municipal) : null);
  const regionUsers = value((m) => allUsers.minus(m.users));
  return [
    s.splitHeader.map((h) => text(h, "header")),
    [
      text(s.region),
      formula(when(`${usersName}-C${totalRow}`), regionUsers, FORMATS.population),
      formula(when(`B${split + 1}/${usersName}`), value((m) => allUsers.minus(m.users).div(allUsers)), FORMATS.percent),
      formula(when(`${budgetName}-E${totalRow}`), value((m) => budget.minus(m.cost)), FORMATS.kronor),
    ],
    [
      text(s.municipalities),
      formula(when(`C${totalRow}`), value((m) => m.users), FORMATS.population),
      formula(when(`B${split + 2}/${usersName}`), value((m) => m.users.div(allUsers)), FORMATS.percent),
      formula(when(`E${totalRow}`), value((m) => m.cost), FORMATS.kronor),
    ],
    [
      text(t.money.total, "total"),
      formula(when(`SUM(B${split + 1}:B${split + 2})`), value(() => allUsers), FORMATS.population, "total"),
      formula(when(`SUM(C${split + 1}:C${split + 2})`), value(() => new Decimal(1)), FORMATS.percent, "total"),
      formula(when(`SUM(D${split + 1}:D${split + 2})`), value(() => budget), FORMATS.kronor, "total"),
    ],
  ];
}
