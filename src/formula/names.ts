import { looksLikeCellReference } from "./a1";

/*
 * The names Excel accepts for sheets, tables and defined names: asked by validatePlan.ts, the one check
 * both writers make before writing anything (so a plan Excel would refuse, or a file Excel would
 * "repair", is refused whole and alike), and by agreements.ts for the names an agreement declares.
 */

/** Why Excel would refuse `name` as a sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim().length === 0) return "a sheet name is empty";
  if (name.length > 31) return `the sheet name "${name}" is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `the sheet name "${name}" contains one of []:*?/\\`;
  if (name.startsWith("'") || name.endsWith("'")) return `the sheet name "${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel`;
  return undefined;
}

/**
 * Why Excel would refuse `name` for a table or a defined name (one namespace), or undefined: a
 * letter, "_" or "\" first, then letters, digits, "_" or "."; no spaces; at most 255 characters; not
 * something Excel reads as a cell reference ("A1", "KR2026", "R1C1", "R", "C") or a boolean.
 */
export function excelNameProblem(name: string): string | undefined {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name)) return `"${name}" is not a valid Excel name`;
  if (looksLikeCellReference(name)) return `"${name}" looks like a cell reference`;
  if (/^(true|false)$/i.test(name)) return `"${name}" is a boolean`;
  return undefined;
}
