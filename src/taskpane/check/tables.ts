import { TABLE_NAMES } from "../../workbook";

/*
 * The workbook's Excel tables as the Check tab lists them: the user's own first, then those the
 * add-in wrote (TABLE_NAMES, or with the "_2" a second fill gives them), marked as such.
 */

const OWN: readonly string[] = Object.values(TABLE_NAMES).map((name) => name.toLowerCase());

/** A table the add-in's fill wrote ("KommunerTabell", "StadsdelarTabell_2"). */
export function isOwnTable(name: string): boolean {
  const lower = name.toLowerCase();
  return OWN.some((own) => lower === own || (lower.startsWith(`${own}_`) && /^\d+$/.test(lower.slice(own.length + 1))));
}

/** The user's tables first, then the add-in's, each in the workbook's order. */
export function orderedTables(names: readonly string[]): string[] {
  return [...names.filter((name) => !isOwnTable(name)), ...names.filter(isOwnTable)];
}

/** The tables chosen when the list comes: the user's first two, or the add-in's when there are none of the user's. */
export function defaultTables(names: readonly string[]): string[] {
  return orderedTables(names).slice(0, 2);
}
