import type { AgreementDeclaration, Words } from "./agreements/types";

/*
 * The period a previous amount is from, so that a change compares like with like: an amount agreed
 * before the 2020 agreement ("före 2020": Farsta's 44 278 kr in 000) is set against the 2020
 * agreement's yearly amount, one of 2025 against the 2026–2030 agreement's amount for 2026. A change
 * is computed only between adjacent periods: the period just before an agreement of the workbook and
 * that agreement's first year. The period comes from an option (`--previous-period`), a column of the
 * previous amounts' file or the pane's choice, and is written into the headers on the sheets (src/workbook).
 */

/** "före 2020" (before an agreement's first year) or a calendar year ("2025"). */
export type PreviousPeriod = { readonly kind: "before"; readonly year: number } | { readonly kind: "year"; readonly year: number };

/** The first year of an agreement (its period's start). */
export const firstYear = (agreement: AgreementDeclaration): number => Number(agreement.period.from.slice(0, 4));

/** A period in words: "före 2020" / "before 2020", or the year. */
export function periodWords(period: PreviousPeriod): Words {
  return period.kind === "before" ? { sv: `före ${period.year}`, en: `before ${period.year}` } : { sv: String(period.year), en: String(period.year) };
}

/** From a period to an agreement's first year, as a change's header names them: "2025–2026", "från före 2020 till 2020". */
export function periodSpan(period: PreviousPeriod, to: number): Words {
  return period.kind === "before" ? { sv: `från före ${period.year} till ${to}`, en: `from before ${period.year} to ${to}` } : { sv: `${period.year}–${to}`, en: `${period.year}–${to}` };
}

/** Two periods are the same. */
export const samePeriod = (a: PreviousPeriod, b: PreviousPeriod): boolean => a.kind === b.kind && a.year === b.year;

/**
 * A period as a user writes it, in either language: "2025", "före 2020", "before 2020", "<2020";
 * undefined for anything else (a year is four digits, from 1900 to 2999).
 */
export function readPeriodText(text: string): PreviousPeriod | undefined {
  const folded = text.normalize("NFC").trim().toLocaleLowerCase("sv-SE").replace(/\s+/g, " ");
  const match = /^(?:(före|innan|before|<)\s*)?(?:år\s+|year\s+)?((?:19|2\d)\d\d)$/.exec(folded);
  if (!match) return undefined;
  const year = Number(match[2]);
  return match[1] !== undefined ? { kind: "before", year } : { kind: "year", year };
}

/**
 * The index of the agreement a previous amount of `period` is compared with: the one whose first year
 * is the year the period is before, or the year after the period's year; undefined when no agreement
 * of the workbook follows the period directly (the change would span years the workbook does not have).
 */
export function adjacentAgreement(period: PreviousPeriod, agreements: readonly AgreementDeclaration[]): number | undefined {
  const next = period.kind === "before" ? period.year : period.year + 1;
  const index = agreements.findIndex((agreement) => firstYear(agreement) === next);
  return index < 0 ? undefined : index;
}

/**
 * The periods a previous amount may be from in a workbook of these agreements, in time order: just
 * before the first ("före 2020"), then the year before each later one ("2025").
 */
export function periodChoices(agreements: readonly AgreementDeclaration[]): PreviousPeriod[] {
  return agreements.map((agreement, index): PreviousPeriod => (index === 0 ? { kind: "before", year: firstYear(agreement) } : { kind: "year", year: firstYear(agreement) - 1 }));
}

/** The period of previous amounts given without one: the year before the last agreement starts (the amounts paid last year). */
export function defaultPeriod(agreements: readonly AgreementDeclaration[]): PreviousPeriod {
  const choices = periodChoices(agreements);
  return choices[choices.length - 1];
}

/**
 * The agreement whose amounts are the ones paid in `period` (what an earlier workbook holds for it):
 * the last one that had started by the period's year; undefined for a period before them all.
 */
export function agreementInForce(period: PreviousPeriod, agreements: readonly AgreementDeclaration[]): number | undefined {
  const year = period.kind === "before" ? period.year - 1 : period.year;
  let found: number | undefined;
  agreements.forEach((agreement, index) => {
    if (firstYear(agreement) <= year) found = index;
  });
  return found;
}
