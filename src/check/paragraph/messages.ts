import type { Bilingual } from "../../i18n";

/*
 * The messages about the paragraph for the committee paper under Årskostnad (paragraph/check.ts):
 * typed text where the workbook wrote a formula, and a figure of the text that the table does not
 * give. Swedish and English side by side, as every catalogue (src/check/messages/ holds the
 * tables' own).
 */

/** What each figure of the paragraph stands for, in a sentence ("Farsta för 2026"); `unit` is the unit the sentence is about. */
export const PARAGRAPH_FIGURES = {
  countyTotal2020: { sv: () => "kommunernas sammanlagda belopp per år enligt överenskommelsen 2020", en: () => "the municipalities' total a year under the 2020 agreement" },
  countyLou: { sv: () => "kommunernas LOU-del per år enligt överenskommelsen 2020", en: () => "the municipalities' LOU part a year under the 2020 agreement" },
  countySupport: { sv: () => "kommunernas supportdel per år enligt överenskommelsen 2020", en: () => "the municipalities' support part a year under the 2020 agreement" },
  rate: { sv: () => "kronor per invånare och år", en: () => "kronor per inhabitant and year" },
  countyPopulation: { sv: () => "länets invånare", en: () => "the county's inhabitants" },
  costPerUser: { sv: () => "supportkostnaden per användare och år", en: () => "the support cost per user and year" },
  municipalPart2026: { sv: () => "kommunernas del för 2026", en: () => "the municipalities' part for 2026" },
  municipalShare2026: { sv: () => "kommunernas andel av budgeten för 2026", en: () => "the municipalities' share of the budget for 2026" },
  budget2026: { sv: () => "budgeten för 2026", en: () => "the budget for 2026" },
  largestName: { sv: () => "största upphandlande enhet", en: () => "the largest procuring unit" },
  largestPopulation: { sv: (unit: string) => `invånarna i ${unit}`, en: (unit: string) => `the inhabitants of ${unit}` },
  threshold: { sv: () => "gränsbeloppet", en: () => "the threshold" },
  years: { sv: () => "avtalsperiodens år", en: () => "the contract period's years" },
  unitLou: { sv: (unit: string) => `${unit}, LOU-delen enligt överenskommelsen 2020`, en: (unit: string) => `${unit}, the LOU part under the 2020 agreement` },
  unitSupport: { sv: (unit: string) => `${unit}, supportdelen enligt överenskommelsen 2020`, en: (unit: string) => `${unit}, the support part under the 2020 agreement` },
  unitTotal2020: { sv: (unit: string) => `${unit}, totalt enligt överenskommelsen 2020`, en: (unit: string) => `${unit}, the total under the 2020 agreement` },
  unitCost2026: { sv: (unit: string) => `${unit} för 2026`, en: (unit: string) => `${unit} for 2026` },
  unitChange: { sv: (unit: string) => `${unit}, förändringen från 2020 till 2026`, en: (unit: string) => `${unit}, the change from 2020 to 2026` },
  unitChangePercent: { sv: (unit: string) => `${unit}, förändringen från 2020 till 2026 i procent`, en: (unit: string) => `${unit}, the change from 2020 to 2026 in percent` },
  unitPrevious: { sv: (unit: string) => `${unit}, det tidigare beloppet`, en: (unit: string) => `${unit}, the previous amount` },
  unitChangePrevious: { sv: (unit: string) => `${unit}, förändringen mot det tidigare beloppet`, en: (unit: string) => `${unit}, the change against the previous amount` },
  unitChangePreviousPercent: { sv: (unit: string) => `${unit}, förändringen mot det tidigare beloppet i procent`, en: (unit: string) => `${unit}, the change against the previous amount in percent` },
} as const satisfies Record<string, Bilingual<[string]> | Bilingual>;

/** A figure with its unit's word, as the messages write it ("33 445 inhabitants"); kronor take formatKronor, a percentage withPercentSign. */
export const PARAGRAPH_UNITS = {
  persons: { sv: (number: string) => `${number}\u00a0invånare`, en: (number: string) => `${number}\u00a0inhabitants` },
  years: { sv: (number: string) => `${number}\u00a0år`, en: (number: string) => `${number}\u00a0years` },
} as const satisfies Record<string, Bilingual<[string]>>;

export const PARAGRAPH_MESSAGES = {
  typed: {
    sv: () =>
      "Texten till tjänsteutlåtandet är inskriven text, inte formeln som arbetsboken skrev: den följer inte längre tabellen när en siffra eller enheten i texten ändras. Fyll i arbetsboken igen för att få tillbaka formeln.",
    en: () =>
      "The text for the committee paper is typed text, not the formula the workbook wrote: it no longer follows the table when a figure or the unit in the text changes. Fill in the workbook again to get the formula back.",
  },
  /** `cell`: the table's cell the figure is held to ("G32"). */
  figureTable: {
    sv: (stated: string, what: string, expected: string, cell: string) => `Stycket säger ${stated} för ${what}, tabellen ${expected} (${cell}).`,
    en: (stated: string, what: string, expected: string, cell: string) => `The paragraph says ${stated} for ${what}, the table ${expected} (${cell}).`,
  },
  /** A figure the check computes from the tables (the rate, the threshold). */
  figureTables: {
    sv: (stated: string, what: string, expected: string) => `Stycket säger ${stated} för ${what}; ur tabellerna blir det ${expected}.`,
    en: (stated: string, what: string, expected: string) => `The paragraph says ${stated} for ${what}; the tables give ${expected}.`,
  },
  /** The share of the budget the paragraph states, and the part that makes, against the table's total for 2026. */
  splitProduct: {
    sv: (share: string, budget: string, product: string, expected: string, cell: string) =>
      `Stycket säger att kommunerna betalar ${share} av ${budget}, alltså ${product}, men tabellens summa för 2026 är ${expected} (${cell}): andelen eller budgeten i texten stämmer inte.`,
    en: (share: string, budget: string, product: string, expected: string, cell: string) =>
      `The paragraph says the municipalities pay ${share} of ${budget}, that is ${product}, but the table's total for 2026 is ${expected} (${cell}): the share or the budget in the text is wrong.`,
  },
  largestName: {
    sv: (stated: string, expected: string) => `Stycket säger att ${stated} är största upphandlande enhet; enligt tabellerna är det ${expected}.`,
    en: (stated: string, expected: string) => `The paragraph says ${stated} is the largest procuring unit; by the tables it is ${expected}.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
