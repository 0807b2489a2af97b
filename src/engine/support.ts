import { Decimal, Numeric } from "./decimal";
import { nonNegative, positive, type NonNegative, type Positive } from "./validate";

/*
 * Central management, helpdesk and support (002, "Ekonomisk modell" point 2): the Region's budget
 * for it is shared by the number of users in each using organisation, counted every 1 October.
 * 2019: about 3 250 000 kr over 13 000 users, of which 1 700 municipal, i.e. about 425 000 kr/year.
 *
 * The cores (`perUser`, `usersCost`) take checked values; the public functions check once and call them.
 */

/** The core: `budget / all users`. */
export function perUser(budget: NonNegative, totalUsers: Positive): Decimal {
  return budget.div(totalUsers);
}

/** The core: `users × budget / all users`. */
export function usersCost(users: NonNegative, budget: NonNegative, totalUsers: Positive): Decimal {
  return users.times(perUser(budget, totalUsers));
}

/** Support cost per user and year: `budget / all users` (3 250 000 / 13 000 = 250 kr). */
export function supportCostPerUser(budget: Numeric, totalUsers: Numeric): Decimal {
  return perUser(nonNegative(budget, "budget"), positive(totalUsers, "totalUsers"));
}

/**
 * An organisation's support cost per year: `users × budget / all users`
 * (the municipal side's 1 700 users: 425 000 kr).
 */
export function supportCost(users: Numeric, budget: Numeric, totalUsers: Numeric): Decimal {
  return usersCost(nonNegative(users, "users"), nonNegative(budget, "budget"), positive(totalUsers, "totalUsers"));
}
