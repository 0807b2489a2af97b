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
      readonly previous: string;
      readonly changePrevious: string;
      readonly changePreviousPercent: string;
    };
    readonly cityNotARow: (city: string) => string;
    readonly populationInclRest: string;
    /** Blank until users are entered: a part per user and its agreement's total, or the part alone; the change that waits too. */
    readonly users: (part: string, total: string, sheet: string) => string;
    readonly usersAlone: (part: string, sheet: string) => string;
    readonly usersChange: (from: string, to: string) => string;
    /** A part by population: its column and its sheet. */
    readonly populationShare: (column: string, sheet: string) => string;
    readonly previous: (agreement: string) => string;
    readonly roundingAnnex: string;
    readonly roundingAddsUp: (sheets: string) => string;
    readonly paragraphTitle: string;
    readonly unitLabel: string;
    readonly unitHint: string;
    readonly position: string;
    readonly largest: string;
  };
  readonly paragraph: {
    /** The LOU model's figures for the county, under its agreement. */
    readonly lou: (population: string, rate: string, agreement: string, total: string) => string;
    /** A fixed percentage's municipal part, its share in percent and what the budget pays for. */
    readonly split: (agreement: string, part: string, share: string, of: string) => string;
    readonly largest: (name: string, population: string, threshold: string, years: string) => string;
    /** A unit's amount under an agreement of one part; of several parts (each "35 028 kr för IT-systemet"). */
    readonly unitSingle: (agreement: string, unit: string, amount: string) => string;
    readonly unitParts: (unit: string, agreement: string, total: string, parts: string) => string;
    /** Some parts known ("35 028 kr per år för IT-systemet"), the parts per user missing until users are entered on `sheet`. */
    readonly unitPartsMissing: (unit: string, agreement: string, known: string, missing: string, sheet: string) => string;
    readonly knownPart: (amount: string, what: string) => string;
    readonly unitUnknown: (unit: string, agreement: string, sheet: string) => string;
    readonly against: (year: string, change: string) => string;
    readonly againstPrevious: (amount: string, change: string) => string;
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

export const ANNUAL_SV: AnnualTexts = {
  sheet: {
    title: "Årskostnad per kommun och stadsdel",
    subtitle: (agreements, change) => `Vad varje upphandlande enhet betalar i kronor per år ${agreements}${change}.`,
    subtitleAgreement: (agreement) => `enligt ${agreement}`,
    subtitleChange: ", och förändringen mellan dem",
    header: {
      name: "Enhet",
      type: "Typ",
      population: "Invånare",
      change: (from, to) => `Förändring ${from}–${to} kr`,
      changePercent: (from, to) => `Förändring ${from}–${to} %`,
      previous: "Tidigare belopp/år",
      changePrevious: "Förändring mot tidigare kr",
      changePreviousPercent: "Förändring mot tidigare %",
    },
    cityNotARow: (city) => `${city} står inte som egen rad: staden betalar genom sina stadsdelsförvaltningar, och deras rader är tillsammans stadens belopp.`,
    populationInclRest: "Stadsdelarnas invånare inkluderar deras del av restposten.",
    users: (part, total, sheet) =>
      `${part} och ${total} är tomma tills enhetens antal användare har fyllts i på bladet ${sheet}: en tom cell betyder att uppgiften saknas, inte 0 kr.`,
    usersAlone: (part, sheet) => `${part} är tom tills enhetens antal användare har fyllts i på bladet ${sheet}: en tom cell betyder att uppgiften saknas, inte 0 kr.`,
    usersChange: (from, to) => ` Förändringen ${from}–${to} räknas först då.`,
    populationShare: (column, sheet) => `${column}: enhetens del av kommunernas andel av budgeten, fördelad efter invånare (bladet ${sheet}).`,
    previous: (agreement) => `Tidigare belopp: fyll i vad enheten betalade per år tidigare (till exempel förra året); förändringen jämför beloppet enligt ${agreement} med det.`,
    roundingAnnex: "Beloppen räknas med full precision och visas i hela kronor, som i bilagan; summaraden är den exakta summan.",
    roundingAddsUp: (sheets) => `Beloppen är de avrundade som summerar (bladen ${sheets}), så varje kolumn summerar exakt till summaraden.`,
    paragraphTitle: "Text till tjänsteutlåtandet",
    unitLabel: "Enhet i texten",
    unitHint: "Skriv en kommun eller stadsdel som den står i kolumn A; siffrorna och texten nedan följer med (rad 0: enheten finns inte i tabellen).",
    position: "Rad i tabellen",
    largest: "Största enhet",
  },
  paragraph: {
    lou: (population, rate, agreement, total) =>
      `I länet, med ${population} invånare, kostar IT-systemet enligt ${agreement} ${rate} kr per invånare och år, sammanlagt ${total} kr per år.`,
    split: (agreement, part, share, of) => `Enligt ${agreement} betalar kommunerna tillsammans ${part} kr per år, ${share} % av ${of}.`,
    largest: (name, population, threshold, years) =>
      `Största upphandlande enhet är ${name} med ${population} invånare; den betalar hela gränsbeloppet för direktupphandling, ${threshold} kr under avtalsperiodens ${years} år.`,
    unitSingle: (agreement, unit, amount) => `Enligt ${agreement} betalar ${unit} ${amount} kr per år.`,
    unitParts: (unit, agreement, total, parts) => `${unit} betalar enligt ${agreement} ${total} kr per år: ${parts}.`,
    unitPartsMissing: (unit, agreement, known, missing, sheet) =>
      `${unit} betalar enligt ${agreement} ${known}; ${missing} kommer till när antalet användare har fyllts i på bladet ${sheet}.`,
    knownPart: (amount, what) => `${amount} kr per år ${what}`,
    unitUnknown: (unit, agreement, sheet) => `Vad ${unit} betalar enligt ${agreement} visas när antalet användare har fyllts i på bladet ${sheet}.`,
    against: (year, change) => `Jämfört med ${year} är det ${change}.`,
    againstPrevious: (amount, change) => `Mot det tidigare beloppet, ${amount} kr per år, är det ${change}.`,
    increase: (kronor, percent) => `en ökning med ${kronor} kr (${percent} %)`,
    decrease: (kronor, percent) => `en minskning med ${kronor} kr (${percent} %)`,
    same: "lika mycket",
    notFound: (name) => `”${name}” finns inte i tabellens kolumn A: skriv en kommun eller stadsdel som den står där.`,
  },
  entered: (count, rows) => `${count} av ${rows} angivna`,
  splitNote: "Fördelningen mellan Region Stockholm och kommunerna visas när alla organisationers användare har fyllts i.",
  addsUp: {
    note: "Summerar: raderna är avrundade med största-rest-metoden så att de summerar exakt till summaraden. En rad kan därför visa en krona (eller 0,01 procentenhet) mer eller mindre än vanlig avrundning av det exakta värdet, som bilagan använder.",
    examples: (list) => ` Till exempel ${list}.`,
    example: (unit, exact, shown, usual) => `${unit}: ${exact} visas som ${shown} (vanlig avrundning: ${usual})`,
  },
  layout: (from, districts, source) => `Stadsdelarna följer indelningen från ${from} (${districts} stadsdelsförvaltningar; källa: ${source}).`,
  layoutClosest: (from, districts, source) => `Stadsdelarna liknar mest indelningen från ${from} (${districts} stadsdelsförvaltningar; källa: ${source}).`,
  print: {
    populationAsOf: (date) => `Invånare per ${date}`,
    page: "Sida &P av &N",
    madeWith: (version) => `Gjord med Kostnadsdelning ${version}`,
    source: (sources) => `Källa: ${sources}`,
    sources: { sources: "dokumenten i tabellen", population: "befolkningen i tabellen" },
    agreementItem: (name) => name,
    agreements: (list) => list,
  },
};

export const ANNUAL_EN: AnnualTexts = {
  sheet: {
    title: "Annual cost per municipality and district",
    subtitle: (agreements, change) => `What each procuring unit pays in kronor a year ${agreements}${change}.`,
    subtitleAgreement: (agreement) => `under ${agreement}`,
    subtitleChange: ", and the change between them",
    header: {
      name: "Unit",
      type: "Type",
      population: "Inhabitants",
      change: (from, to) => `Change ${from}–${to}, kr`,
      changePercent: (from, to) => `Change ${from}–${to}, %`,
      previous: "Previous amount per year",
      changePrevious: "Change against previous, kr",
      changePreviousPercent: "Change against previous, %",
    },
    cityNotARow: (city) => `${city} has no row of its own: the city pays through its district administrations, and their rows together are the city's amount.`,
    populationInclRest: "The districts' inhabitants include their share of the rest post.",
    users: (part, total, sheet) =>
      `${part} and ${total} stay empty until the unit's number of users has been entered on the ${sheet} sheet: an empty cell means the figure is missing, not 0 kr.`,
    usersAlone: (part, sheet) => `${part} stays empty until the unit's number of users has been entered on the ${sheet} sheet: an empty cell means the figure is missing, not 0 kr.`,
    usersChange: (from, to) => ` The change ${from}–${to} is computed only then.`,
    populationShare: (column, sheet) => `${column}: the unit's part of the municipalities' share of the budget, split by population (sheet ${sheet}).`,
    previous: (agreement) => `Previous amount: enter what the unit paid a year before (last year, for example); the change compares the amount under ${agreement} with it.`,
    roundingAnnex: "Amounts are computed at full precision and shown in whole kronor, as in the annex; the total row is the exact total.",
    roundingAddsUp: (sheets) => `The amounts are the rounded ones that add up (sheets ${sheets}), so each column adds up exactly to the total row.`,
    paragraphTitle: "Text for the committee paper",
    unitLabel: "Unit in the text",
    unitHint: "Write a municipality or district as column A has it; the figures and the text below follow (row 0: the unit is not in the table).",
    position: "Row in the table",
    largest: "Largest unit",
  },
  paragraph: {
    lou: (population, rate, agreement, total) =>
      `In the county, with ${population} inhabitants, the IT system costs ${rate} kr per inhabitant and year under ${agreement}, ${total} kr a year in all.`,
    split: (agreement, part, share, of) => `Under ${agreement} the municipalities together pay ${part} kr a year, ${share}% of ${of}.`,
    largest: (name, population, threshold, years) =>
      `The largest procuring unit is ${name} with ${population} inhabitants; it pays the whole direct-procurement threshold, ${threshold} kr over the contract period of ${years} years.`,
    unitSingle: (agreement, unit, amount) => `Under ${agreement} ${unit} pays ${amount} kr a year.`,
    unitParts: (unit, agreement, total, parts) => `Under ${agreement} ${unit} pays ${total} kr a year: ${parts}.`,
    unitPartsMissing: (unit, agreement, known, missing, sheet) =>
      `Under ${agreement} ${unit} pays ${known}; ${missing} is added once its number of users has been entered on the ${sheet} sheet.`,
    knownPart: (amount, what) => `${amount} kr a year ${what}`,
    unitUnknown: (unit, agreement, sheet) => `What ${unit} pays under ${agreement} shows once its number of users has been entered on the ${sheet} sheet.`,
    against: (year, change) => `Compared with ${year} that is ${change}.`,
    againstPrevious: (amount, change) => `Against the previous amount, ${amount} kr a year, that is ${change}.`,
    increase: (kronor, percent) => `an increase of ${kronor} kr (${percent}%)`,
    decrease: (kronor, percent) => `a decrease of ${kronor} kr (${percent}%)`,
    same: "the same amount",
    notFound: (name) => `“${name}” is not in column A of the table: write a municipality or district as it is written there.`,
  },
  entered: (count, rows) => `${count} of ${rows} entered`,
  splitNote: "The split between Region Stockholm and the municipalities shows once every organisation's users have been entered.",
  addsUp: {
    note: "Adds up: the rows are rounded by the largest-remainder method so that they add up exactly to the total row. A row may therefore show a krona (or 0.01 percentage point) more or less than the usual rounding of its exact value, which the annex uses.",
    examples: (list) => ` For example ${list}.`,
    example: (unit, exact, shown, usual) => `${unit}: ${exact} shows as ${shown} (usual rounding: ${usual})`,
  },
  layout: (from, districts, source) => `The districts follow the layout in force from ${from} (${districts} district administrations; source: ${source}).`,
  layoutClosest: (from, districts, source) => `The districts come closest to the layout in force from ${from} (${districts} district administrations; source: ${source}).`,
  print: {
    populationAsOf: (date) => `Population as of ${date}`,
    page: "Page &P of &N",
    madeWith: (version) => `Made with Kostnadsdelning ${version}`,
    source: (sources) => `Source: ${sources}`,
    sources: { sources: "the documents in the table", population: "the population in the table" },
    agreementItem: (_name, short) => `the ${short}`,
    agreements: (list) => `${list} agreements`,
  },
};
