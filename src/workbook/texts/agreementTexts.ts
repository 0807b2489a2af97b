import type { BilingualOf } from "../../i18n";

/*
 * The plan's words about agreements in general, in Swedish and English: a list's last joint, the
 * method sentence of a fixed percentage, a threshold's period from the table of thresholds, and why
 * a declaration cannot be used (src/workbook/options/agreements.ts). Part of PlanTexts (texts/index.ts
 * gives them as planTexts(locale).agreements); what one agreement says of itself is in its declaration.
 */

export interface AgreementTexts {
  /** Between the last two items of a list ("A, B och C"). */
  readonly and: string;
  readonly method: {
    /** A fixed percentage's split: its first year, what the budget pays for, the Region's and the municipalities' share in percent. */
    readonly split: (year: string, of: string, region: string, share: string) => string;
    /** The same, when the municipalities' part is shared by population. */
    readonly splitShared: (year: string, of: string, region: string, share: string) => string;
  };
  /** A threshold from the table of thresholds: its section, when it is in force, and the budget year chosen. */
  readonly threshold: {
    readonly since: (from: string) => string;
    readonly between: (from: string, to: string) => string;
    readonly forYear: (section: string, period: string, year: string) => string;
  };
  readonly problems: {
    readonly unknownKey: (key: string, keys: string) => string;
    readonly keyTwice: (key: string) => string;
    readonly badName: (name: string) => string;
    readonly nameTwice: (name: string) => string;
    readonly noValue: string;
    readonly unknownParameter: (name: string) => string;
    readonly wrongUnit: (name: string, unit: string) => string;
    /** After the plausibility message of a share written as 1 (a fraction: 100 %). */
    readonly shareOfOne: string;
    readonly unknownAmount: (name: string) => string;
    readonly secondCapped: string;
    /** A component that shares the whole budget of a split, of which the municipalities pay only their part. */
    readonly wholeBudget: (budget: string, split: string, part: string) => string;
    /** An amount two components distribute (the units would pay it twice). */
    readonly chargedTwice: (amount: string, first: string) => string;
    /** A column header on Årskostnad that another component (or the total) has already. */
    readonly columnTwice: (header: string, first: string) => string;
    readonly noAmount: string;
    readonly noTotal: string;
    readonly badSheetName: (name: string) => string;
    readonly sheetTwice: (name: string) => string;
    readonly idTwice: (id: string) => string;
    readonly badDate: (text: string) => string;
    readonly periodBackwards: (from: string, to: string) => string;
    readonly notAYear: (text: string) => string;
    readonly yearBeforeTable: (year: string, first: string) => string;
    readonly yearWithoutThreshold: string;
  };
}

export const AGREEMENT_TEXTS: BilingualOf<AgreementTexts> = {
  and: { sv: () => " och ", en: () => " and " },
  method: {
    split: {
      sv: (year, of, region, share) => `Från ${year} delas ${of} mellan Region Stockholm (${region} %) och kommunerna (${share} %).`,
      en: (year, of, region, share) => `From ${year} ${of} is split between Region Stockholm (${region}%) and the municipalities (${share}%).`,
    },
    splitShared: {
      sv: (year, of, region, share) =>
        `Från ${year} delas ${of} mellan Region Stockholm (${region} %) och kommunerna (${share} %), och kommunernas del fördelas efter invånarantal.`,
      en: (year, of, region, share) =>
        `From ${year} ${of} is split between Region Stockholm (${region}%) and the municipalities (${share}%), and the municipalities' part is shared by population.`,
    },
  },
  threshold: {
    since: { sv: (from) => `gäller från ${from}`, en: (from) => `in force from ${from}` },
    between: { sv: (from, to) => `gäller ${from}–${to}`, en: (from, to) => `in force ${from}–${to}` },
    forYear: {
      sv: (section, period, year) => `${section} (${period}; valt budgetår ${year})`,
      en: (section, period, year) => `${section} (${period}; budget year chosen ${year})`,
    },
  },
  problems: {
    unknownKey: {
      sv: (key, keys) => `”${key}” är ingen av de siffror ett avtal kan ha (${keys})`,
      en: (key, keys) => `"${key}" is none of the figures an agreement can have (${keys})`,
    },
    keyTwice: {
      sv: (key) => `siffran ”${key}” finns redan i ett avtal i arbetsboken; var och en får finnas en gång`,
      en: (key) => `the figure "${key}" is already in an agreement of the workbook; each may be there once`,
    },
    badName: {
      sv: (name) => `”${name}” kan inte vara ett namn i Excel (en bokstav först, sedan bokstäver, siffror, _ eller punkt; inte en celladress)`,
      en: (name) => `"${name}" cannot be a name in Excel (a letter first, then letters, digits, _ or a point; not a cell address)`,
    },
    nameTwice: { sv: (name) => `namnet ”${name}” används redan i arbetsboken`, en: (name) => `the name "${name}" is already used in the workbook` },
    noValue: {
      sv: () => "värde och källa saknas (bara gränsbeloppet i LOU-modellen kan följa tabellen över gränsbelopp)",
      en: () => "the value and its source are missing (only the LOU model's threshold may follow the table of thresholds)",
    },
    unknownParameter: { sv: (name) => `”${name}” är ingen parameter i avtalet`, en: (name) => `"${name}" is not a parameter of the agreement` },
    wrongUnit: { sv: (name, unit) => `parametern ”${name}” har fel enhet: här krävs ${unit}`, en: (name, unit) => `the parameter "${name}" has the wrong unit: this takes ${unit}` },
    shareOfOne: {
      sv: () => "en andel skrivs i filen som bråk: 1 är 100 %, 1 % skrivs 0.01",
      en: () => "a share is written in the file as a fraction: 1 is 100%, 1% is written 0.01",
    },
    unknownAmount: {
      sv: (name) => `”${name}” är varken en parameter i kronor eller kommunernas del i en fast procentuell fördelning i avtalet`,
      en: (name) => `"${name}" is neither a parameter in kronor nor the municipalities' part of a fixed percentage split of the agreement`,
    },
    secondCapped: {
      sv: () => "en arbetsbok kan bara ha en LOU-modell (begränsad befolkningsandel, med tabellerna Kommuner och Stadsdelar)",
      en: () => "a workbook can have one LOU model only (a capped population share, with the tables Municipalities and Districts)",
    },
    wholeBudget: {
      sv: (budget, split, part) =>
        `”${budget}” är hela budgeten som ${split} delar mellan regionen och kommunerna; kommunerna betalar bara sin del, så fördela ”${part}”`,
      en: (budget, split, part) =>
        `"${budget}" is the whole budget that ${split} splits between the Region and the municipalities; the municipalities pay only their part, so distribute "${part}"`,
    },
    chargedTwice: {
      sv: (amount, first) => `”${amount}” fördelas redan av ${first}; enheterna skulle betala det två gånger`,
      en: (amount, first) => `"${amount}" is distributed by ${first} already; the units would pay it twice`,
    },
    columnTwice: {
      sv: (header, first) => `kolumnen ”${header}” på Årskostnad finns redan (${first}); varje del behöver en egen rubrik`,
      en: (header, first) => `the column "${header}" on Annual cost is there already (${first}); each part needs a header of its own`,
    },
    noAmount: {
      sv: () => "avtalet ger ingen enhet något belopp: det behöver en LOU-modell, en del per användare eller en del efter invånare",
      en: () => "the agreement gives no unit an amount: it needs a LOU model, a part per user or a part by population",
    },
    noTotal: {
      sv: () => "avtalet ger enheterna flera belopp och behöver en rubrik för deras summa på Årskostnad",
      en: () => "the agreement gives the units several amounts and needs a header for their total on Annual cost",
    },
    badSheetName: {
      sv: (name) => `”${name}” kan inte vara ett bladnamn i Excel (1–31 tecken, inte []:*?/\\ och inte apostrof först eller sist)`,
      en: (name) => `"${name}" cannot be a sheet name in Excel (1–31 characters, none of []:*?/\\, no apostrophe first or last)`,
    },
    sheetTwice: { sv: (name) => `bladet ”${name}” finns redan i arbetsboken`, en: (name) => `the sheet "${name}" is already in the workbook` },
    idTwice: { sv: (id) => `avtalet ”${id}” finns redan i arbetsboken`, en: (id) => `the agreement "${id}" is already in the workbook` },
    badDate: { sv: (text) => `”${text}” är inget datum (ÅÅÅÅ-MM-DD)`, en: (text) => `"${text}" is not a date (YYYY-MM-DD)` },
    periodBackwards: { sv: (from, to) => `perioden slutar (${to}) innan den börjar (${from})`, en: (from, to) => `the period ends (${to}) before it begins (${from})` },
    notAYear: { sv: (text) => `”${text}” är inget årtal`, en: (text) => `"${text}" is not a year` },
    yearBeforeTable: {
      sv: (year, first) => `för ${year} finns inget gränsbelopp i tabellen över gränsbelopp (den börjar ${first})`,
      en: (year, first) => `the table of thresholds has no threshold for ${year} (it begins ${first})`,
    },
    yearWithoutThreshold: {
      sv: () => "inget avtal i arbetsboken har ett gränsbelopp som följer året (LOU-modellen)",
      en: () => "no agreement of the workbook has a threshold that follows the year (the LOU model)",
    },
  },
};
