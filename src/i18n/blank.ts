/*
 * Whether a user left a value out: the one test of "nothing given" for the rooms that read what a
 * user types or leaves empty (the custom functions' arguments, a population table's cells). A table
 * being checked has a sense of its own: there a dash, as the annex prints it, says nothing too
 * (isEmptyOrDash in src/check/parse.ts).
 */

/** Nothing given: null or undefined (an omitted argument, an empty cell), or text of nothing but spaces. Cheap: run over every cell of a selection. */
export function isNullOrWhitespace(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
