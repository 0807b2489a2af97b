/*
 * Free names for what the add-in adds to a workbook: sheets ("Kommuner (2)", "Granskning (2)"), the
 * temporary names of a replace ("~Kommuner"), identifiers ("Avtalsar_2"). Excel compares names without
 * regard to case and refuses a sheet name longer than 31 characters.
 */

export const MAX_SHEET_NAME = 31;

/** The first of candidate(first), candidate(first + 1), … not in `taken` (lower case); `taken` gets it. */
export function takeFreeName(taken: Set<string>, candidate: (n: number) => string, first: number): string {
  for (let n = first; ; n++) {
    const name = candidate(n);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** "Kommuner" → "Kommuner (2)", shortening the base so the whole stays within 31 characters. */
export const numbered =
  (base: string) =>
  (n: number): string => {
    const suffix = ` (${n})`;
    return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  };

/** Temporary and backup names for replacing: "~Kommuner", "~Kommuner 2" ... never shown on success. */
export const marked =
  (mark: string, base: string) =>
  (n: number): string => {
    const suffix = n === 1 ? "" : ` ${n}`;
    return `${mark}${base}`.slice(0, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "") + suffix;
  };

/** A free sheet name: `base` itself, else "base (2)", "base (3)", … (each within 31 characters). */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  return takeFreeName(taken, (n) => (n === 1 ? base : numbered(base)(n)), 1);
}

/** A free identifier (defined name or table): "Avtalsar_ny", "Avtalsar_ny2", …; `taken` gets it. */
export function freeIdentifier(taken: Set<string>, base: string, mark: string): string {
  return takeFreeName(taken, (n) => `${base}${mark}${n === 1 ? "" : n}`, 1);
}
