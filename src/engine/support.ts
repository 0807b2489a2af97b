import { Decimal, Numeric } from "./decimal";
import { nonNegative, positive } from "./validate";

/*
 * Central management, helpdesk and support (002, "Ekonomisk modell" point 2): the Region's budget
 * for it is shared by the number of users in each using organisation, counted every 1 October.
 * 2019: about 3 250 000 kr over 13 000 users, of which 1 700 municipal, i.e. about 425 000 kr/year.
 */

/** Support cost per user and year: `budget / all users` (3 250 000 / 13 000 = 250 kr). */
export function supportCostPerUser(budget: Numeric, totalUsers: Numeric): Decimal {
  const amount = nonNegative(budget, "budget");
  const users = positive(totalUsers, "totalUsers");
  return amount.div(users);
}

/**
 * An organisation's support cost per year: `users × budget / all users`
 * (the municipal side's 1 700 users: 425 000 kr).
 */
export function supportCost(users: Numeric, budget: Numeric, totalUsers: Numeric): Decimal {
  const own = nonNegative(users, "users");
  return own.times(supportCostPerUser(budget, totalUsers));
}
