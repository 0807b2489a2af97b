import { Decimal, roundHalfAwayFromZero, supportCost, supportCostPerUser } from "../engine";
import { TABLE_NAMES, type Context } from "./buildContext";
import type { PlanSheet } from "./plan";
import { EMPTY, FORMATS, SheetBuilder, formula, input, text } from "./sheet";

/* Support: every procuring unit with an input column for its users, and the Region / municipalities split. */

export function supportSheet(ctx: Context): PlanSheet {
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

