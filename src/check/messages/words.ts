import type { Decimal } from "../../engine";
import type { Locale, Bilingual } from "../../i18n";
import { formatDifference, formatFigure } from "../format";
import type { FindingKind, TableKind, Unit } from "../types";

/* The words the checker's messages share: figures in each language, table kinds and finding kinds, Swedish and English side by side. */

const figure = (locale: Locale) => (value: Decimal | number, unit: Unit) => formatFigure(value, unit, locale);
export const svFigure = figure("sv");
export const enFigure = figure("en");
export const svDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "sv");
export const enDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "en");

/** Each table kind in words, as "a … table" takes it. */
export const TABLE_WORDS = {
  municipalities: { sv: () => "kommuntabell", en: () => "municipality" },
  districts: { sv: () => "stadsdelstabell", en: () => "district" },
  municipalities2026: { sv: () => "kommuntabell för 2026–2030", en: () => "2026–2030 municipality" },
  districts2026: { sv: () => "stadsdelstabell för 2026–2030", en: () => "2026–2030 district" },
  support: { sv: () => "supporttabell", en: () => "support" },
  annualCost: { sv: () => "årskostnadstabell", en: () => "annual cost" },
} as const satisfies Readonly<Record<TableKind, Bilingual>>;
// A kind not known (never, by the type): Swedish says "en tabell", English "a  table" with no word before it.
const OTHER_TABLE: Bilingual = { sv: () => "tabell", en: () => "" };
/** A table kind in words; a population-share table with its agreement's period when it is not 2026–2030's. */
const table = (locale: Locale) => (kind: TableKind, period?: string) => {
  const word = (TABLE_WORDS[kind] ?? OTHER_TABLE)[locale]();
  return period ? word.replace("2026–2030", period) : word;
};
export const svTable = table("sv");
export const enTable = table("en");
export const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);
export const municipal = (kind: TableKind) => kind === "municipalities" || kind === "municipalities2026";

/** Each finding kind's name, one of them ("siffra"). */
export const KIND_NAMES = {
  figure: { sv: () => "siffra", en: () => "figure" },
  total: { sv: () => "totalrad", en: () => "total row" },
  totalRange: { sv: () => "summaområde", en: () => "total range" },
  constant: { sv: () => "inskrivet tal", en: () => "typed number" },
  inconsistentFormula: { sv: () => "avvikande formel", en: () => "inconsistent formula" },
  literalParameter: { sv: () => "parameter i formel", en: () => "parameter in a formula" },
  textNumber: { sv: () => "tal som text", en: () => "number as text" },
  emptyReference: { sv: () => "tom hänvisning", en: () => "empty reference" },
  staleValue: { sv: () => "gammalt sparat värde", en: () => "old saved value" },
  errorValue: { sv: () => "felvärde", en: () => "error value" },
  circularReference: { sv: () => "cirkelreferens", en: () => "circular reference" },
  externalReference: { sv: () => "länk till annan arbetsbok", en: () => "link to another workbook" },
  threeDReference: { sv: () => "3D-referens", en: () => "3D reference" },
} as const satisfies Readonly<Record<FindingKind, Bilingual>>;

/** Each finding kind's group heading, many of them ("Siffror"). */
export const KIND_HEADINGS = {
  figure: { sv: () => "Siffror", en: () => "Figures" },
  total: { sv: () => "Totalrader", en: () => "Total rows" },
  totalRange: { sv: () => "Summaområden", en: () => "Total ranges" },
  constant: { sv: () => "Inskrivna tal bland formler", en: () => "Typed numbers among formulas" },
  inconsistentFormula: { sv: () => "Formler som bryter kolumnens mönster", en: () => "Formulas that break the column's pattern" },
  literalParameter: { sv: () => "Parametrar inskrivna i formler", en: () => "Parameters written into formulas" },
  textNumber: { sv: () => "Tal lagrade som text", en: () => "Numbers stored as text" },
  emptyReference: { sv: () => "Hänvisningar till tomma celler", en: () => "References to empty cells" },
  staleValue: { sv: () => "Sparade värden som omräkningen ändrar", en: () => "Saved values recalculation changes" },
  errorValue: { sv: () => "Felvärden", en: () => "Error values" },
  circularReference: { sv: () => "Cirkelreferenser", en: () => "Circular references" },
  externalReference: { sv: () => "Länkar till andra arbetsböcker", en: () => "Links to other workbooks" },
  threeDReference: { sv: () => "3D-referenser", en: () => "3D references" },
} as const satisfies Readonly<Record<FindingKind, Bilingual>>;

/** The annex's own column headers, as a message names a column that is missing (columns.ts: columnTitle). */
export const COLUMN_TITLES = {
  organisation: { sv: () => "Organisation", en: () => "Organisation" },
  municipality: { sv: () => "Kommun", en: () => "Municipality" },
  district: { sv: () => "Stadsdelsförvaltning", en: () => "District administration" },
  code: { sv: () => "Kod", en: () => "Code" },
  population: { sv: () => "Invånare", en: () => "Inhabitants" },
  populationIncludingRest: { sv: () => "Invånare inkl rest", en: () => "Inhabitants incl. rest" },
  shareOfCity: { sv: () => "Fördelning i Sthlm", en: () => "Share of Stockholm" },
  shareOfCounty: { sv: () => "Fördelning alla kommuner", en: () => "Share of all municipalities" },
  share: { sv: () => "Fördelning", en: () => "Share" },
  perYear: { sv: () => "Summa/år", en: () => "Per year" },
  forPeriod: { sv: () => "Summa totalt", en: () => "Total for the period" },
  users: { sv: () => "Användare", en: () => "Users" },
  costPerUser: { sv: () => "Kostnad per användare", en: () => "Cost per user" },
  cost: { sv: () => "Kostnad/år", en: () => "Cost per year" },
  previous: { sv: () => "Tidigare kostnad/år", en: () => "Previous cost per year" },
  change: { sv: () => "Förändring kr", en: () => "Change, kr" },
  changePercent: { sv: () => "Förändring %", en: () => "Change, %" },
} as const satisfies Record<string, Bilingual>;

/** What a figure a formula may write in is called in its finding (formula/literals.ts). */
export const LITERAL_NAMES = {
  threshold: { sv: () => "gränsbeloppet för direktupphandling (LOU)", en: () => "the direct-procurement threshold (LOU)" },
  contractYears: { sv: () => "avtalsperioden i år", en: () => "the contract period in years" },
  supportBudget: { sv: () => "supportbudgeten", en: () => "the support budget" },
  supportUsers: { sv: () => "antalet användare", en: () => "the number of users" },
  budget2026: { sv: () => "budgeten 2026", en: () => "the 2026 budget" },
  municipalShare2026: { sv: () => "kommunernas andel 2026–2030", en: () => "the municipalities' share 2026–2030" },
  regionShare2026: { sv: () => "Region Stockholms andel 2026–2030", en: () => "Region Stockholm's share 2026–2030" },
  countyPopulation: { sv: () => "länets invånare", en: () => "the county's population" },
  cityPopulation: { sv: () => "stadens invånare", en: () => "the city's population" },
  rest: { sv: () => "restposten", en: () => "the rest post" },
  largestUnit: { sv: (name: string) => `den största enhetens invånare (${name})`, en: (name: string) => `the largest unit's population (${name})` },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
