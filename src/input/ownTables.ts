import { TABLE_NAMES } from "../workbook";

/*
 * The add-in's own table names, told apart without the reader of previous amounts: the pane lists
 * and pre-selects them in its first load, while the reader (./addinAmounts.ts) is fetched with the first read.
 */

/** The add-in's own tables by what they hold: Årskostnad's whole amounts, or the LOU part of Kommuner and Stadsdelar. */
export function ownTableKind(name: string | undefined): "annualCost" | "louPart" | undefined {
  if (name === undefined) return undefined;
  const is = (own: string) => {
    const lower = name.toLowerCase();
    const base = own.toLowerCase();
    return lower === base || (lower.startsWith(`${base}_`) && /^\d+$/.test(lower.slice(base.length + 1)));
  };
  if (is(TABLE_NAMES.annualCost)) return "annualCost";
  if (is(TABLE_NAMES.municipalities) || is(TABLE_NAMES.districts)) return "louPart";
  return undefined;
}
