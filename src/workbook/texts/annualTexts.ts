import type { BilingualOf } from "../../i18n";

/*
 * The words of Årskostnad, of the paragraph for the paper, of the total rows that count what was
 * entered, of the rounding notes and of the printed page, in Swedish and English. Part of PlanTexts
 * (texts.ts gives them as planTexts(locale).annual), kept here so texts.ts stays readable. Sentences
 * with figures take the figures as texts: the paragraph fills them with formulas or with the
 * engine's figures alike (textFormula.ts). The columns and sentences are the same for any agreement:
 * an agreement's own words (its name, its parts) come from its declaration.
 */

export interface AnnualTexts {
  readonly sheet: {
    readonly title: string;
    /** What the table holds: under each agreement (`agreements`, its parts in parentheses), and `change` when there are several. */
    readonly subtitle: (agreements: string, change: string) => string;
    readonly subtitleAgreement: (agreement: string) => string;
    readonly subtitleChange: string;
    readonly header: {
      readonly name: string;
      readonly type: string;
      readonly population: string;
      /** The change from one agreement to the next, by their first years. */
      readonly change: (from: string, to: string) => string;
      readonly changePercent: (from: string, to: string) => string;
      /** The previous amount's column by its period ("Belopp före 2020/år"), the change against it by the two periods. */
      readonly previous: (period: string) => string;
      readonly changePrevious: (span: string) => string;
      readonly changePreviousPercent: (span: string) => string;
      /** The previous amount's header in workbooks made before it named its period (its period unknown). */
      readonly previousEarlier: string;
    };
    readonly cityNotARow: (city: string) => string;
    readonly populationInclRest: string;
    /** Blank until users are entered: a part per user and its agreement's total, or the part alone; the change that waits too. */
    readonly users: (part: string, total: string, sheet: string) => string;
    readonly usersAlone: (part: string, sheet: string) => string;
    readonly usersChange: (from: string, to: string) => string;
    /** A part by population: its column and its sheet. */
    readonly populationShare: (column: string, sheet: string) => string;
    /** What the previous amount is and what its change compares (`column`: the later amount's column); `blank` when that waits for users. */
    readonly previous: (period: string, column: string, blank: boolean) => string;
    readonly roundingAnnex: string;
    readonly roundingAddsUp: (sheets: string) => string;
    readonly paragraphTitle: string;
    readonly unitLabel: string;
    readonly unitHint: string;
    readonly position: string;
    readonly largest: string;
  };
  /**
   * The paragraph for the paper: sentences for a reader of the committee paper, with a non-breaking
   * space between each figure and its unit, and never a figure right after another (an agreement's
   * name ends in a year, so a figure does not follow it).
   */
  readonly paragraph: {
    /** The county's total under the LOU model's agreement, when every part of it is known: "sammanlagt X kr per år: parts". */
    readonly louTotal: (agreement: string, total: string, parts: string) => string;
    /** The LOU part alone (the parts per user not known yet): its amount, what it pays for, its detail, what comes on top. */
    readonly louAlone: (agreement: string, amount: string, what: string, detail: string, onTop: string) => string;
    /** " (LOU-delen: 0,590 kr per invånare och år för länets 2 344 124 invånare)". */
    readonly louDetail: (part: string, rate: string, population: string) => string;
    /** "; därtill kommer supportdelen, som …  (250,00 kr per användare och år)". */
    readonly perUserOnTop: (parts: string, rates: string) => string;
    readonly perUserRate: (rate: string) => string;
    /** One part of a total: "816 996 kr för support". */
    readonly part: (amount: string, what: string) => string;
    /** A fixed percentage's municipal part for the budget's year, its share in percent, what the budget pays for, the budget. */
    readonly split: (agreement: string, part: string, year: string, share: string, of: string, budget: string) => string;
    readonly largest: (name: string, population: string, threshold: string, years: string) => string;
    /** "per år", or "för 2026" for an amount from a budget of that year. */
    readonly perYear: string;
    readonly forYear: (year: string) => string;
    /** A unit's amount under an agreement of one part; of several parts, each "35 028 kr för IT-systemet". */
    readonly unitSingle: (agreement: string, unit: string, amount: string, when: string) => string;
    readonly unitParts: (agreement: string, unit: string, total: string, when: string, parts: string) => string;
    /** Some parts known, the parts per user not yet: they come on top, by the number of users. */
    readonly unitPartsMissing: (agreement: string, unit: string, known: string, missing: string) => string;
    /** "35 028 kr per år för IT-systemet (LOU-delen)". */
    readonly knownPart: (amount: string, when: string, what: string, part: string) => string;
    /** Every part is per user, none known yet. */
    readonly unitUnknown: (agreement: string, unit: string) => string;
    readonly against: (year: string, change: string) => string;
    /** "Före 2020" / "År 2025": when the previous amount was paid, at the start of a sentence. */
    readonly previousWhen: { readonly before: (year: string) => string; readonly year: (year: string) => string };
    /** The previous amount with its unit: "44 278 kr per år" before an agreement, "110 000 kr" in a year (the year says it). */
    readonly previousAmount: { readonly before: (amount: string) => string; readonly year: (amount: string) => string };
    /** The previous amount and the change of the agreement's amount against it; or the amount alone while that amount waits for users. */
    readonly previousKnown: (when: string, unit: string, amount: string, agreement: string, change: string) => string;
    readonly previousAlone: (when: string, unit: string, amount: string) => string;
    readonly increase: (kronor: string, percent: string) => string;
    readonly decrease: (kronor: string, percent: string) => string;
    readonly same: string;
    readonly notFound: (name: string) => string;
  };
  /** A total row's cell when only some rows have a figure. */
  readonly entered: (count: string, rows: string) => string;
  readonly splitNote: string;
  /** The note under a table that adds up (summerar), with examples from its own rows. */
  readonly addsUp: {
    readonly note: string;
    readonly examples: (list: string) => string;
    readonly example: (unit: string, exact: string, shown: string, usual: string) => string;
  };
  readonly layout: (from: string, districts: string, source: string) => string;
  readonly layoutClosest: (from: string, districts: string, source: string) => string;
  readonly print: {
    readonly populationAsOf: (date: string) => string;
    readonly page: string;
    readonly madeWith: (version: string) => string;
    readonly source: (sources: string) => string;
    /** The sources of Källor och metod, and of Kommuner and Stadsdelar without a LOU model. */
    readonly sources: { readonly sources: string; readonly population: string };
    /** Several agreements as a footer names them together ("the 2020 and the 2026–2030 agreements"). */
    readonly agreementItem: (name: string, short: string) => string;
    readonly agreements: (list: string) => string;
  };
}

export const ANNUAL_TEXTS: BilingualOf<AnnualTexts> = {
  sheet: {
    title: { sv: () => "Årskostnad per kommun och stadsdel", en: () => "Annual cost per municipality and district" },
    subtitle: {
      sv: (agreements, change) => `Vad varje upphandlande enhet betalar i kronor per år ${agreements}${change}.`,
      en: (agreements, change) => `What each procuring unit pays in kronor a year ${agreements}${change}.`,
    },
    subtitleAgreement: { sv: (agreement) => `enligt ${agreement}`, en: (agreement) => `under ${agreement}` },
    subtitleChange: { sv: () => ", och förändringen mellan dem", en: () => ", and the change between them" },
    header: {
      name: { sv: () => "Enhet", en: () => "Unit" },
      type: { sv: () => "Typ", en: () => "Type" },
      population: { sv: () => "Invånare", en: () => "Inhabitants" },
      change: { sv: (from, to) => `Förändring ${from}–${to} kr`, en: (from, to) => `Change ${from}–${to}, kr` },
      changePercent: { sv: (from, to) => `Förändring ${from}–${to} %`, en: (from, to) => `Change ${from}–${to}, %` },
      previous: { sv: (period) => `Belopp ${period}/år`, en: (period) => `Amount ${period} per year` },
      changePrevious: { sv: (span) => `Förändring ${span} kr`, en: (span) => `Change ${span}, kr` },
      changePreviousPercent: { sv: (span) => `Förändring ${span} %`, en: (span) => `Change ${span}, %` },
      previousEarlier: { sv: () => "Tidigare belopp/år", en: () => "Previous amount per year" },
    },
    cityNotARow: {
      sv: (city) => `${city} står inte som egen rad: staden betalar genom sina stadsdelsförvaltningar, och deras rader är tillsammans stadens belopp.`,
      en: (city) => `${city} has no row of its own: the city pays through its district administrations, and their rows together are the city's amount.`,
    },
    populationInclRest: { sv: () => "Stadsdelarnas invånare inkluderar deras del av restposten.", en: () => "The districts' inhabitants include their share of the rest post." },
    users: {
      sv: (part, total, sheet) =>
        `${part} och ${total} är tomma tills enhetens antal användare har fyllts i på bladet ${sheet}: en tom cell betyder att uppgiften saknas, inte 0 kr.`,
      en: (part, total, sheet) =>
        `${part} and ${total} stay empty until the unit's number of users has been entered on the ${sheet} sheet: an empty cell means the figure is missing, not 0 kr.`,
    },
    usersAlone: {
      sv: (part, sheet) => `${part} är tom tills enhetens antal användare har fyllts i på bladet ${sheet}: en tom cell betyder att uppgiften saknas, inte 0 kr.`,
      en: (part, sheet) => `${part} stays empty until the unit's number of users has been entered on the ${sheet} sheet: an empty cell means the figure is missing, not 0 kr.`,
    },
    usersChange: { sv: (from, to) => ` Förändringen ${from}–${to} räknas först då.`, en: (from, to) => ` The change ${from}–${to} is computed only then.` },
    populationShare: {
      sv: (column, sheet) => `${column}: enhetens del av kommunernas andel av budgeten, fördelad efter invånare (bladet ${sheet}).`,
      en: (column, sheet) => `${column}: the unit's part of the municipalities' share of the budget, split by population (sheet ${sheet}).`,
    },
    previous: {
      sv: (period, column, blank) =>
        `Belopp ${period}: vad enheten betalade per år ${period}, hela årsbeloppet; förändringen jämför ${column} med det${blank ? " och räknas när enhetens användare har fyllts i" : ""}.`,
      en: (period, column, blank) =>
        `Amount ${period}: what the unit paid a year ${period}, its whole yearly amount; the change compares ${column} with it${blank ? " and is computed once the unit's users have been entered" : ""}.`,
    },
    roundingAnnex: {
      sv: () => "Beloppen räknas med full precision och visas i hela kronor, som i bilagan; summaraden är den exakta summan.",
      en: () => "Amounts are computed at full precision and shown in whole kronor, as in the annex; the total row is the exact total.",
    },
    roundingAddsUp: {
      sv: (sheets) => `Beloppen är de avrundade som summerar (bladen ${sheets}), så varje kolumn summerar exakt till summaraden.`,
      en: (sheets) => `The amounts are the rounded ones that add up (sheets ${sheets}), so each column adds up exactly to the total row.`,
    },
    paragraphTitle: { sv: () => "Text till tjänsteutlåtandet", en: () => "Text for the committee paper" },
    unitLabel: { sv: () => "Enhet i texten", en: () => "Unit in the text" },
    unitHint: {
      sv: () => "Skriv en kommun eller stadsdel som den står i kolumn A; texten ovan och siffrorna nedan följer med (rad 0: enheten finns inte i tabellen). Raderna härunder skrivs inte ut.",
      en: () => "Write a municipality or district as column A has it; the text above and the figures below follow (row 0: the unit is not in the table). The rows from here on are not printed.",
    },
    position: { sv: () => "Rad i tabellen", en: () => "Row in the table" },
    largest: { sv: () => "Största enhet", en: () => "Largest unit" },
  },
  paragraph: {
    louTotal: {
      sv: (agreement, total, parts) => `Enligt ${agreement} betalar kommunerna i länet sammanlagt ${total}\u00a0kr per år: ${parts}.`,
      en: (agreement, total, parts) => `Under ${agreement} the county's municipalities pay ${total}\u00a0kr a year in all: ${parts}.`,
    },
    louAlone: {
      sv: (agreement, amount, what, detail, onTop) => `Enligt ${agreement} betalar kommunerna i länet ${amount}\u00a0kr per år ${what}${detail}${onTop}.`,
      en: (agreement, amount, what, detail, onTop) => `Under ${agreement} the county's municipalities pay ${amount}\u00a0kr a year ${what}${detail}${onTop}.`,
    },
    louDetail: {
      sv: (part, rate, population) => ` (${part}: ${rate}\u00a0kr per invånare och år för länets ${population}\u00a0invånare)`,
      en: (part, rate, population) => ` (${part}: ${rate}\u00a0kr per inhabitant and year for the county's ${population}\u00a0inhabitants)`,
    },
    perUserOnTop: {
      sv: (parts, rates) => `; därtill kommer ${parts}, som varje kommun och stadsdel betalar efter sitt antal användare (${rates})`,
      en: (parts, rates) => `; on top of that comes ${parts}, which each municipality and district pays by its number of users (${rates})`,
    },
    perUserRate: { sv: (rate) => `${rate}\u00a0kr per användare och år`, en: (rate) => `${rate}\u00a0kr per user and year` },
    part: { sv: (amount, what) => `${amount}\u00a0kr ${what}`, en: (amount, what) => `${amount}\u00a0kr ${what}` },
    split: {
      sv: (agreement, part, year, share, of, budget) =>
        `Enligt ${agreement} betalar kommunerna tillsammans ${part}\u00a0kr för ${year}: ${share}\u00a0% av ${of}, som är budgeterad till ${budget}\u00a0kr för ${year}.`,
      en: (agreement, part, year, share, of, budget) =>
        `Under ${agreement} the municipalities together pay ${part}\u00a0kr for ${year}: ${share}% of ${of}, which is budgeted at ${budget}\u00a0kr for ${year}.`,
    },
    largest: {
      sv: (name, population, threshold, years) =>
        `Största upphandlande enhet är ${name} med ${population}\u00a0invånare; den betalar hela gränsbeloppet för direktupphandling, ${threshold}\u00a0kr under avtalsperiodens ${years}\u00a0år.`,
      en: (name, population, threshold, years) =>
        `The largest procuring unit is ${name} with ${population}\u00a0inhabitants; it pays the whole direct-procurement threshold, ${threshold}\u00a0kr over the contract period of ${years}\u00a0years.`,
    },
    perYear: { sv: () => "per år", en: () => "a year" },
    forYear: { sv: (year) => `för ${year}`, en: (year) => `for ${year}` },
    unitSingle: {
      sv: (agreement, unit, amount, when) => `Enligt ${agreement} betalar ${unit} ${amount}\u00a0kr ${when}.`,
      en: (agreement, unit, amount, when) => `Under ${agreement} ${unit} pays ${amount}\u00a0kr ${when}.`,
    },
    unitParts: {
      sv: (agreement, unit, total, when, parts) => `Enligt ${agreement} betalar ${unit} ${total}\u00a0kr ${when}: ${parts}.`,
      en: (agreement, unit, total, when, parts) => `Under ${agreement} ${unit} pays ${total}\u00a0kr ${when}: ${parts}.`,
    },
    unitPartsMissing: {
      sv: (agreement, unit, known, missing) => `Enligt ${agreement} betalar ${unit} ${known}; därtill kommer ${missing}, som beror på antalet användare.`,
      en: (agreement, unit, known, missing) => `Under ${agreement} ${unit} pays ${known}; on top of that comes ${missing}, which depends on the number of users.`,
    },
    knownPart: { sv: (amount, when, what, part) => `${amount}\u00a0kr ${when} ${what} (${part})`, en: (amount, when, what, part) => `${amount}\u00a0kr ${when} ${what} (${part})` },
    unitUnknown: {
      sv: (agreement, unit) => `Enligt ${agreement} betalar ${unit} efter antalet användare.`,
      en: (agreement, unit) => `Under ${agreement} ${unit} pays by its number of users.`,
    },
    against: { sv: (year, change) => `Jämfört med ${year} är det ${change}.`, en: (year, change) => `Compared with ${year} that is ${change}.` },
    previousWhen: {
      before: { sv: (year) => `Före ${year}`, en: (year) => `Before ${year}` },
      year: { sv: (year) => `År ${year}`, en: (year) => `In ${year}` },
    },
    previousAmount: {
      before: { sv: (amount) => `${amount}\u00a0kr per år`, en: (amount) => `${amount}\u00a0kr a year` },
      year: { sv: (amount) => `${amount}\u00a0kr`, en: (amount) => `${amount}\u00a0kr` },
    },
    previousKnown: {
      sv: (when, unit, amount, agreement, change) => `${when} betalade ${unit} ${amount}; beloppet enligt ${agreement} är ${change}.`,
      en: (when, unit, amount, agreement, change) => `${when} ${unit} paid ${amount}; the amount under ${agreement} is ${change}.`,
    },
    previousAlone: { sv: (when, unit, amount) => `${when} betalade ${unit} ${amount}.`, en: (when, unit, amount) => `${when} ${unit} paid ${amount}.` },
    increase: { sv: (kronor, percent) => `en ökning med ${kronor}\u00a0kr (${percent}\u00a0%)`, en: (kronor, percent) => `an increase of ${kronor}\u00a0kr (${percent}%)` },
    decrease: { sv: (kronor, percent) => `en minskning med ${kronor}\u00a0kr (${percent}\u00a0%)`, en: (kronor, percent) => `a decrease of ${kronor}\u00a0kr (${percent}%)` },
    same: { sv: () => "lika mycket", en: () => "the same amount" },
    notFound: {
      sv: (name) => `”${name}” finns inte i tabellens kolumn A: skriv en kommun eller stadsdel som den står där.`,
      en: (name) => `“${name}” is not in column A of the table: write a municipality or district as it is written there.`,
    },
  },
  entered: { sv: (count, rows) => `${count} av ${rows} angivna`, en: (count, rows) => `${count} of ${rows} entered` },
  splitNote: {
    sv: () => "Fördelningen mellan Region Stockholm och kommunerna visas när alla organisationers användare har fyllts i.",
    en: () => "The split between Region Stockholm and the municipalities shows once every organisation's users have been entered.",
  },
  addsUp: {
    note: {
      sv: () => "Summerar: raderna är avrundade med största-rest-metoden så att de summerar exakt till summaraden. En rad kan därför visa en krona (eller 0,01 procentenhet) mer eller mindre än vanlig avrundning av det exakta värdet, som bilagan använder.",
      en: () => "Adds up: the rows are rounded by the largest-remainder method so that they add up exactly to the total row. A row may therefore show a krona (or 0.01 percentage point) more or less than the usual rounding of its exact value, which the annex uses.",
    },
    examples: { sv: (list) => ` Till exempel ${list}.`, en: (list) => ` For example ${list}.` },
    example: {
      sv: (unit, exact, shown, usual) => `${unit}: ${exact} visas som ${shown} (vanlig avrundning: ${usual})`,
      en: (unit, exact, shown, usual) => `${unit}: ${exact} shows as ${shown} (usual rounding: ${usual})`,
    },
  },
  layout: {
    sv: (from, districts, source) => `Stadsdelarna följer indelningen från ${from} (${districts} stadsdelsförvaltningar; källa: ${source}).`,
    en: (from, districts, source) => `The districts follow the layout in force from ${from} (${districts} district administrations; source: ${source}).`,
  },
  layoutClosest: {
    sv: (from, districts, source) => `Stadsdelarna liknar mest indelningen från ${from} (${districts} stadsdelsförvaltningar; källa: ${source}).`,
    en: (from, districts, source) => `The districts come closest to the layout in force from ${from} (${districts} district administrations; source: ${source}).`,
  },
  print: {
    populationAsOf: { sv: (date) => `Invånare per ${date}`, en: (date) => `Population as of ${date}` },
    page: { sv: () => "Sida &P av &N", en: () => "Page &P of &N" },
    madeWith: { sv: (version) => `Gjord med Kostnadsdelning ${version}`, en: (version) => `Made with Kostnadsdelning ${version}` },
    source: { sv: (sources) => `Källa: ${sources}`, en: (sources) => `Source: ${sources}` },
    sources: {
      sources: { sv: () => "dokumenten i tabellen", en: () => "the documents in the table" },
      population: { sv: () => "befolkningen i tabellen", en: () => "the population in the table" },
    },
    agreementItem: { sv: (name, _short) => name, en: (_name, short) => `the ${short}` },
    agreements: { sv: (list) => list, en: (list) => `${list} agreements` },
  },
};
