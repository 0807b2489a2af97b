import { Decimal, supportCost, supportCostPerUser } from "../../engine";
import { CellComparer } from "../compare";
import { type Context, figuresOf, ONE } from "../context";
import type { DetectedTable, TableRow } from "../detect";
import { consensus, type Interval } from "../infer";
import { CHECK_MESSAGES as M, localized } from "../messages";
import { reportUnreadableCells } from "../populations";
import type { CheckOptions } from "../types";

/*
 * The support table (2020 agreement, Ekonomisk modell p. 2): the central support budget shared by
 * users, so a unit's cost = its users × the cost per user (budget / all users). The cost per user is
 * given (budget and users) or read from the table (the value most of its cells agree with). A row
 * without users is not filled in yet: it is not checked, and neither is the total row until every
 * row has its users.
 */

const HALF_ORE = new Decimal("0.005");

export function checkSupport(table: DetectedTable, options: CheckOptions, context: Context): void {
  const fig = figuresOf([table]);
  const filled = table.rows.filter((row) => fig(table, row, "users") !== undefined);
  const complete = filled.length === table.rows.length;
  // What is not filled in yet is said once, not cell by cell.
  reportUnreadableCells({ used: [{ ...table, rows: filled, ...(complete && table.total ? { total: table.total } : { total: undefined }) }], fig }, context);
  if (filled.length === 0) {
    context.problems.push({ severity: "info", code: "noRows", ...(table.sheet ? { sheet: table.sheet } : {}), address: table.range, message: localized(M.supportNotFilled) });
    return;
  }
  if (!complete) {
    const message = localized(M.supportRowsWithoutUsers, table.rows.length - filled.length, filled.length);
    context.problems.push({ severity: "info", code: "noRows", ...(table.sheet ? { sheet: table.sheet } : {}), address: table.range, message });
  }
  const perUser = costPerUser(table, filled, fig, options, context);
  if (!perUser) return;
  const comparer = new CellComparer(fig, context);
  for (const row of table.rows) comparer.row(table, row, "costPerUser", perUser);
  for (const row of filled) comparer.row(table, row, "supportCost", supportCost(fig(table, row, "users")!, perUser, ONE));
  if (!complete || !table.total) return;
  const users = filled.reduce<Decimal>((sum, row) => sum.plus(fig(table, row, "users")!), new Decimal(0));
  comparer.total(table, table.total, "users", users, filled, false);
  comparer.row(table, table.total, "costPerUser", perUser);
  comparer.total(table, table.total, "supportCost", supportCost(users, perUser, ONE), filled, false);
}

/** The cost per user: given (budget / users), or the value most cost-per-user cells and row costs agree with. */
function costPerUser(table: DetectedTable, filled: readonly TableRow[], fig: ReturnType<typeof figuresOf>, options: CheckOptions, context: Context): Decimal | undefined {
  const { supportBudget, supportUsers } = options.figures ?? {};
  if (supportBudget !== undefined && supportUsers !== undefined) {
    const value = supportCostPerUser(supportBudget, supportUsers);
    context.parameters.push({ key: "costPerUser", value: value.toNumber(), source: "given", how: localized(M.perUserGiven) });
    return value;
  }
  const intervals: Interval[] = [];
  const stated: Decimal[] = [];
  for (const row of table.rows) {
    const value = fig(table, row, "costPerUser");
    if (value) {
      stated.push(value);
      intervals.push({ lo: value.minus(HALF_ORE), hi: value.plus(HALF_ORE) });
    }
  }
  for (const row of filled) {
    const cost = fig(table, row, "supportCost");
    const users = fig(table, row, "users")!;
    if (cost && users.gt(0)) intervals.push({ lo: cost.minus(ONE).div(users), hi: cost.plus(ONE).div(users) });
  }
  const stretch = consensus(intervals);
  if (!stretch) return undefined;
  const value = stated.find((candidate) => candidate.gte(stretch.lo) && candidate.lte(stretch.hi)) ?? stretch.lo.plus(stretch.hi).div(2);
  context.parameters.push({ key: "costPerUser", value: value.toNumber(), source: "inferred", how: localized(M.perUserFromTable, stretch.count, stretch.of) });
  return value;
}
