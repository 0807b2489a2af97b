import type { SheetKey } from "./plan";

/*
 * The words of Årskostnad, of the paragraph for the paper, of the total rows that count what was
 * entered, of the rounding notes and of the printed page, in Swedish and English. Part of PlanTexts
 * (texts.ts gives them as planTexts(locale).annual), kept here so texts.ts stays readable. Sentences
 * with figures take the figures as texts: the paragraph fills them with formulas or with the
 * engine's figures alike (textFormula.ts).
 */

export interface AnnualTexts {
  readonly sheet: {
    readonly title: string;
    readonly subtitle: string;
    readonly header: {
      readonly name: string;
      readonly type: string;
      readonly population: string;
      readonly lou: string;
      readonly support: string;
      readonly total2020: string;
      readonly amount2026: string;
      readonly change: string;
      readonly changePercent: string;
      readonly previous: string;
      readonly changePrevious: string;
      readonly changePreviousPercent: string;
    };
    readonly cityNotARow: (city: string) => string;
    readonly populationInclRest: string;
    readonly users: string;
    readonly agreement2026: string;
    readonly previous: string;
    readonly roundingAnnex: string;
    readonly roundingAddsUp: string;
    readonly paragraphTitle: string;
    readonly unitLabel: string;
    readonly unitHint: string;
    readonly position: string;
    readonly largest: string;
  };
  readonly paragraph: {
    readonly county: (population: string, rate: string, total: string, part2026: string, share: string) => string;
    readonly largest: (name: string, population: string, threshold: string, years: string) => string;
    readonly unit2020: (unit: string, total: string, lou: string, support: string) => string;
    readonly unit2020NoUsers: (unit: string, lou: string) => string;
    readonly unit2026: (unit: string, amount: string) => string;
    readonly against2020: (change: string) => string;
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
    readonly sources: Readonly<Record<SheetKey, string>>;
  };
}

export const ANNUAL_SV: AnnualTexts = {
  sheet: {
    title: "Årskostnad per kommun och stadsdel",
    subtitle:
      "Vad varje upphandlande enhet betalar i kronor per år enligt överenskommelsen 2020 (LOU-delen och supportdelen) och enligt avtalet 2026–2030, och förändringen mellan dem.",
    header: {
      name: "Enhet",
      type: "Typ",
      population: "Invånare",
      lou: "LOU-del 2020",
      support: "Supportdel 2020",
      total2020: "Totalt 2020",
      amount2026: "Avtal 2026–2030",
      change: "Förändring 2020–2026 kr",
      changePercent: "Förändring 2020–2026 %",
      previous: "Tidigare belopp/år",
      changePrevious: "Förändring mot tidigare kr",
      changePreviousPercent: "Förändring mot tidigare %",
    },
    cityNotARow: (city) => `${city} står inte som egen rad: staden betalar genom sina stadsdelsförvaltningar, och deras rader är tillsammans stadens belopp.`,
    populationInclRest: "Stadsdelarnas invånare inkluderar deras del av restposten.",
    users:
      "Supportdelen och Totalt 2020 är tomma tills enhetens antal användare har fyllts i på bladet Support: en tom cell betyder att uppgiften saknas, inte 0 kr. Förändringen 2020–2026 räknas först då.",
    agreement2026: "Avtal 2026–2030: enhetens del av kommunernas andel av budgeten, fördelad efter invånare (bladet Avtal 2026–2030).",
    previous: "Tidigare belopp: fyll i vad enheten betalade per år tidigare (till exempel förra året); förändringen jämför beloppet enligt avtalet 2026–2030 med det.",
    roundingAnnex: "Beloppen räknas med full precision och visas i hela kronor, som i bilagan; summaraden är den exakta summan.",
    roundingAddsUp: "Beloppen är de avrundade som summerar (bladen Kommuner, Stadsdelar och Avtal 2026–2030), så varje kolumn summerar exakt till summaraden.",
    paragraphTitle: "Text till tjänsteutlåtandet",
    unitLabel: "Enhet i texten",
    unitHint: "Skriv en kommun eller stadsdel som den står i kolumn A; siffrorna och texten nedan följer med (rad 0: enheten finns inte i tabellen).",
    position: "Rad i tabellen",
    largest: "Största enhet",
  },
  paragraph: {
    county: (population, rate, total, part2026, share) =>
      `I länet, med ${population} invånare, kostar IT-systemet enligt överenskommelsen 2020 ${rate} kr per invånare och år, sammanlagt ${total} kr per år. Enligt avtalet 2026–2030 betalar kommunerna tillsammans ${part2026} kr per år, ${share} % av kostnaden för drift och förvaltning.`,
    largest: (name, population, threshold, years) =>
      `Största upphandlande enhet är ${name} med ${population} invånare; den betalar hela gränsbeloppet för direktupphandling, ${threshold} kr under avtalsperiodens ${years} år.`,
    unit2020: (unit, total, lou, support) => `${unit} betalar enligt överenskommelsen 2020 ${total} kr per år: ${lou} kr för IT-systemet och ${support} kr för support.`,
    unit2020NoUsers: (unit, lou) =>
      `${unit} betalar enligt överenskommelsen 2020 ${lou} kr per år för IT-systemet; supportdelen kommer till när antalet användare har fyllts i på bladet Support.`,
    unit2026: (unit, amount) => `Enligt avtalet 2026–2030 betalar ${unit} ${amount} kr per år.`,
    against2020: (change) => `Jämfört med 2020 är det ${change}.`,
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
    sources: {
      parameters: "överenskommelsen 2020 (Bilaga 3) och avtalet 2026–2030",
      municipalities: "överenskommelsen 2020, Bilaga 3",
      districts: "överenskommelsen 2020, Bilaga 3",
      support: "överenskommelsen 2020, Ekonomisk modell punkt 2",
      agreement2026: "Storsthlms rekommendation om avtalet 2026–2030",
      sources: "dokumenten i tabellen",
      annualCost: "överenskommelsen 2020 och avtalet 2026–2030",
    },
  },
};

export const ANNUAL_EN: AnnualTexts = {
  sheet: {
    title: "Annual cost per municipality and district",
    subtitle:
      "What each procuring unit pays in kronor a year under the 2020 agreement (the LOU part and the support part) and under the 2026–2030 agreement, and the change between them.",
    header: {
      name: "Unit",
      type: "Type",
      population: "Inhabitants",
      lou: "LOU part 2020",
      support: "Support part 2020",
      total2020: "Total 2020",
      amount2026: "Agreement 2026–2030",
      change: "Change 2020–2026, kr",
      changePercent: "Change 2020–2026, %",
      previous: "Previous amount per year",
      changePrevious: "Change against previous, kr",
      changePreviousPercent: "Change against previous, %",
    },
    cityNotARow: (city) => `${city} has no row of its own: the city pays through its district administrations, and their rows together are the city's amount.`,
    populationInclRest: "The districts' inhabitants include their share of the rest post.",
    users:
      "The support part and Total 2020 stay empty until the unit's number of users has been entered on the Support sheet: an empty cell means the figure is missing, not 0 kr. The change 2020–2026 is computed only then.",
    agreement2026: "Agreement 2026–2030: the unit's part of the municipalities' share of the budget, split by population (sheet Agreement 2026–2030).",
    previous: "Previous amount: enter what the unit paid a year before (last year, for example); the change compares the amount under the 2026–2030 agreement with it.",
    roundingAnnex: "Amounts are computed at full precision and shown in whole kronor, as in the annex; the total row is the exact total.",
    roundingAddsUp: "The amounts are the rounded ones that add up (sheets Municipalities, Districts and Agreement 2026–2030), so each column adds up exactly to the total row.",
    paragraphTitle: "Text for the committee paper",
    unitLabel: "Unit in the text",
    unitHint: "Write a municipality or district as column A has it; the figures and the text below follow (row 0: the unit is not in the table).",
    position: "Row in the table",
    largest: "Largest unit",
  },
  paragraph: {
    county: (population, rate, total, part2026, share) =>
      `In the county, with ${population} inhabitants, the IT system costs ${rate} kr per inhabitant and year under the 2020 agreement, ${total} kr a year in all. Under the 2026–2030 agreement the municipalities together pay ${part2026} kr a year, ${share}% of the cost of operation and management.`,
    largest: (name, population, threshold, years) =>
      `The largest procuring unit is ${name} with ${population} inhabitants; it pays the whole direct-procurement threshold, ${threshold} kr over the contract period of ${years} years.`,
    unit2020: (unit, total, lou, support) => `Under the 2020 agreement ${unit} pays ${total} kr a year: ${lou} kr for the IT system and ${support} kr for support.`,
    unit2020NoUsers: (unit, lou) =>
      `Under the 2020 agreement ${unit} pays ${lou} kr a year for the IT system; the support part is added once its number of users has been entered on the Support sheet.`,
    unit2026: (unit, amount) => `Under the 2026–2030 agreement ${unit} pays ${amount} kr a year.`,
    against2020: (change) => `Compared with 2020 that is ${change}.`,
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
    sources: {
      parameters: "the 2020 agreement (Bilaga 3) and the 2026–2030 agreement",
      municipalities: "the 2020 agreement, Bilaga 3",
      districts: "the 2020 agreement, Bilaga 3",
      support: "the 2020 agreement, economic model point 2",
      agreement2026: "Storsthlm's recommendation on the 2026–2030 agreement",
      sources: "the documents in the table",
      annualCost: "the 2020 and the 2026–2030 agreements",
    },
  },
};
