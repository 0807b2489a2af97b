import { inLanguage, type Locale, type BilingualOf } from "../../i18n";
import { AGREEMENT_TEXTS, type AgreementTexts } from "./agreementTexts";
import { ANNUAL_TEXTS, type AnnualTexts } from "./annualTexts";
import { SHEET_NAMES, type SheetNames } from "./optionWords";

export { OPTION_PROBLEMS, PLAN_PROBLEMS } from "./messages";
export { agreementWords, sheetNames, words } from "./optionWords";
export type { AgreementTexts } from "./agreementTexts";
export type { AnnualTexts } from "./annualTexts";

/*
 * Every word the plan writes into a workbook, in Swedish (the papers' own headers, Bilaga 3 of the
 * 2020 agreement) and in English. Defined names and table names are not here: they are ASCII and the
 * same in both languages, so formulas and other tools find them whatever the language. What an
 * agreement says of itself (its parameters' labels, its sheets' titles, its columns on Årskostnad) is
 * in its declaration (src/data/agreements); these are the words of every plan. The folder is entered
 * through this file: the words of Årskostnad and of the agreements' checks (annualTexts.ts,
 * agreementTexts.ts), the refusals (messages.ts), the words the plan's options need before any sheet
 * is built (optionWords.ts); dates as people read them are src/i18n/dates.ts's.
 */

export interface PlanTexts {
  /** The workbook file's title (its properties). */
  readonly workbookTitle: string;
  readonly sheetNames: SheetNames;
  readonly parameters: {
    readonly title: string;
    readonly subtitle: string;
    readonly header: readonly [string, string, string, string];
    readonly inputs: string;
    readonly derived: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly notes: Readonly<Record<string, string>>;
  };
  readonly municipalities: {
    readonly title: string;
    readonly subtitle: string;
    /** The subtitle when the plan has no LOU model: the table holds the populations only. */
    readonly populationSubtitle: string;
    readonly name: string;
    readonly code: string;
    readonly population: string;
    readonly share: string;
  };
  readonly districts: {
    readonly title: string;
    readonly subtitle: string;
    readonly name: string;
    readonly population: string;
    readonly populationIncludingRest: string;
    readonly populationIncludingRestExact: string;
    readonly shareOfCity: string;
    readonly shareOfCounty: string;
    readonly restRow: string;
    /** Bilaga 3's footnote on the rest post, in the plan's language. */
    readonly footnote: readonly string[];
  };
  readonly money: {
    readonly perYear: string;
    readonly perYearExact: string;
    readonly forPeriod: string;
    readonly forPeriodExact: string;
    /** A previous cost's column, by its period ("före 2020"); the change against it, by the two periods ("från före 2020 till 2020"). */
    readonly previous: (period: string) => string;
    readonly change: (span: string) => string;
    readonly changePercent: (span: string) => string;
    /** The previous-cost column's header in workbooks made before it named its period: the same input, carried over. */
    readonly previousEarlier: string;
    readonly total: string;
  };
  /** The words of a part per user's sheet (its title, subtitle and note are the agreement's). */
  readonly support: {
    readonly header: readonly [string, string, string, string, string];
    readonly municipality: string;
    readonly district: (city: string) => string;
    readonly totalRow: string;
    readonly splitHeader: readonly [string, string, string, string];
    readonly region: string;
    readonly municipalities: string;
  };
  /** The words of a part by population's sheet (its title and subtitle are the agreement's). */
  readonly agreement2026: {
    readonly splitHeader: readonly [string, string, string];
    readonly region: string;
    readonly municipalities: string;
    readonly municipalityName: string;
    readonly districtName: string;
    readonly population: string;
    readonly populationIncludingRest: string;
    readonly share: string;
    readonly cost: string;
    readonly costExact: string;
    readonly cityTotal: (city: string) => string;
  };
  readonly sources: {
    readonly title: string;
    readonly header: readonly [string, string, string, string, string, string];
    readonly ownPopulation: string;
    readonly ownPopulationSection: string;
    readonly method: string;
    readonly rounding: string;
    readonly made: string;
    readonly generatedAt: string;
    readonly version: string;
  };
  /** The method and rounding on Källor och metod (sourcesMethod.ts). */
  readonly method: {
    /** The LOU model, sentence by sentence, then the example of these figures (`unit`: one unit's own example, or nothing). */
    readonly lou: readonly [string, string, string, string];
    readonly louExample: (threshold: string, population: string, largest: string, years: string, rate: string, unit: string) => string;
    readonly louExampleUnit: (name: string, population: string, rate: string, perYear: string) => string;
    readonly formulas: string;
    readonly roundingAddsUp: string;
    readonly roundingAnnex: string;
  };
  /** Said on Parametrar and Källor och metod when the population does not cover the whole county. */
  readonly completeness: {
    readonly partial: (missing: string) => string;
    readonly municipalities: (names: string) => string;
    readonly noDistricts: string;
    readonly districts: (names: string) => string;
    readonly stockholmDerived: string;
  };
  /** Årskostnad, the paragraph for the paper, counted totals, rounding notes and the printed page (annualTexts.ts). */
  readonly annual: AnnualTexts;
  /** Agreements in general: lists, a split's method, a threshold's period, a declaration's problems (agreementTexts.ts). */
  readonly agreements: AgreementTexts;
}

export const PLAN_TEXTS: BilingualOf<PlanTexts> = {
  workbookTitle: { sv: () => "Kostnadsfördelning Samverkan vid vårdövergångar", en: () => "Cost allocation, Samverkan vid vårdövergångar" },
  sheetNames: SHEET_NAMES,
  parameters: {
    title: { sv: () => "Parametrar", en: () => "Parameters" },
    subtitle: {
      sv: () => "Indata till fördelningen. Ändra ett värde i kolumn B så räknas alla tabeller om.",
      en: () => "Inputs of the allocation. Change a value in column B and every table recalculates.",
    },
    header: [
      { sv: () => "Parameter", en: () => "Parameter" },
      { sv: () => "Värde", en: () => "Value" },
      { sv: () => "Förklaring", en: () => "Explanation" },
      { sv: () => "Namn i formler", en: () => "Name in formulas" },
    ],
    inputs: { sv: () => "Indata", en: () => "Inputs" },
    derived: { sv: () => "Beräknat", en: () => "Derived" },
    labels: {
      Referensdatum: { sv: () => "Invånare per datum", en: () => "Population at date" },
      Restpost: { sv: () => "Restpost Stockholm (Sthlm kn rest)", en: () => "Stockholm rest post (Sthlm kn rest)" },
      InvanareLan: { sv: () => "Invånare i länet", en: () => "Inhabitants of the county" },
      InvanareStad: { sv: () => "Invånare i Stockholms stad inkl restpost", en: () => "Inhabitants of Stockholm city incl. rest post" },
      StorstaEnhet: { sv: () => "Största upphandlande enhet, invånare (inkl rest)", en: () => "Largest procuring unit, inhabitants (incl. rest)" },
      KrPerInvanarePeriod: { sv: () => "Kostnad per invånare för hela avtalsperioden", en: () => "Cost per inhabitant for the whole contract period" },
      KrPerInvanareAr: { sv: () => "Kostnad per invånare och år", en: () => "Cost per inhabitant and year" },
      SummaPerAr: { sv: () => "Summa per år, alla kommuner", en: () => "Total per year, all municipalities" },
      SummaPeriod: { sv: () => "Summa för avtalsperioden, alla kommuner", en: () => "Total for the contract period, all municipalities" },
    },
    notes: {
      Referensdatum: { sv: () => "Datum för invånarantalen i Kommuner och Stadsdelar.", en: () => "Date of the populations on Municipalities and Districts." },
      Restpost: {
        sv: () => "Stockholmare utan känd stadsdel; fördelas på stadsdelarna efter deras invånare.",
        en: () => "Stockholm residents with no known district; spread over the districts by population.",
      },
      InvanareLan: { sv: () => "Summan av kommunernas invånare (bladet Kommuner).", en: () => "Sum of the municipalities' inhabitants (sheet Municipalities)." },
      InvanareStad: { sv: () => "Stadsdelarnas invånare plus restposten (bladet Stadsdelar).", en: () => "The districts' inhabitants plus the rest post (sheet Districts)." },
      StorstaEnhet: {
        sv: () => "Den största kommunen eller stadsdelen (inkl sin del av restposten); den betalar exakt gränsbeloppet.",
        en: () => "The largest municipality or district (incl. its share of the rest post); it pays exactly the threshold.",
      },
      KrPerInvanarePeriod: { sv: () => "Gränsbeloppet delat med den största enhetens invånare.", en: () => "The threshold divided by the largest unit's inhabitants." },
      KrPerInvanareAr: { sv: () => "Kostnaden per invånare för perioden delad med antalet år.", en: () => "The cost per inhabitant for the period divided by the years." },
      SummaPerAr: { sv: () => "Länets invånare gånger kostnaden per invånare och år.", en: () => "The county's inhabitants times the cost per inhabitant and year." },
      SummaPeriod: { sv: () => "Länets invånare gånger kostnaden per invånare för perioden.", en: () => "The county's inhabitants times the cost per inhabitant for the period." },
    },
  },
  municipalities: {
    title: { sv: () => "Kostnadsfördelning mellan kommuner", en: () => "Cost allocation between municipalities" },
    subtitle: {
      sv: () => "Kostnad som omfattas av LOU, fördelad efter andel av invånarna (Bilaga 3).",
      en: () => "Cost within the Public Procurement Act (LOU), shared by population (Bilaga 3).",
    },
    populationSubtitle: { sv: () => "Invånare per kommun och andel av länets invånare.", en: () => "Inhabitants per municipality and share of the county's inhabitants." },
    name: { sv: () => "Kommun", en: () => "Municipality" },
    code: { sv: () => "Kommunkod", en: () => "Municipality code" },
    population: { sv: () => "Invånare", en: () => "Inhabitants" },
    share: { sv: () => "Fördelning", en: () => "Share" },
  },
  districts: {
    title: { sv: () => "Kostnadsfördelning mellan Stockholms stads stadsdelsförvaltningar", en: () => "Cost allocation between Stockholm city's district administrations" },
    subtitle: {
      sv: () => "Varje stadsdelsförvaltning är en egen upphandlande enhet; restposten fördelas efter invånare.",
      en: () => "Each district administration is a procuring unit of its own; the rest post is spread by population.",
    },
    name: { sv: () => "Stadsdelsförvaltning", en: () => "District administration" },
    population: { sv: () => "Invånare", en: () => "Inhabitants" },
    populationIncludingRest: { sv: () => "Invånare inkl rest", en: () => "Inhabitants incl. rest" },
    populationIncludingRestExact: { sv: () => "Invånare inkl rest (exakt)", en: () => "Inhabitants incl. rest (exact)" },
    shareOfCity: { sv: () => "Fördelning i Sthlm", en: () => "Share of Stockholm" },
    shareOfCounty: { sv: () => "Fördelning alla kommuner", en: () => "Share of all municipalities" },
    restRow: { sv: () => "Sthlm kn rest*", en: () => "Sthlm kn rest*" },
    footnote: [
      {
        sv: () => "* De personer i Stockholms som saknar adress redovisas som en restpost på kommunen. Det är personer med skyddad adress, är i utlandstjänst för offentliga och privata arbetsgivare eller av annan anledning saknar känd hemvist.",
        en: () => "* Stockholm residents without an address are reported as a rest post of the municipality: people with a protected address, serving abroad for public or private employers, or without a known residence for another reason.",
      },
      {
        sv: () => "Restposten är procentuellt fördelad mellan stadsdelsförvaltningarna.",
        en: () => "The rest post is spread over the district administrations in proportion to their population. (Bilaga 3: \"Restposten är procentuellt fördelad mellan stadsdelsförvaltningarna.\")",
      },
    ],
  },
  money: {
    perYear: { sv: () => "Summa/år", en: () => "Per year" },
    perYearExact: { sv: () => "Summa/år (exakt)", en: () => "Per year (exact)" },
    forPeriod: { sv: () => "Summa totalt", en: () => "Total for the period" },
    forPeriodExact: { sv: () => "Summa totalt (exakt)", en: () => "Total for the period (exact)" },
    previous: { sv: (period) => `Kostnad ${period}/år`, en: (period) => `Cost ${period} per year` },
    change: { sv: (span) => `Förändring ${span} kr`, en: (span) => `Change ${span}, kr` },
    changePercent: { sv: (span) => `Förändring ${span} %`, en: (span) => `Change ${span}, %` },
    previousEarlier: { sv: () => "Tidigare kostnad/år", en: () => "Previous cost per year" },
    total: { sv: () => "Totalt", en: () => "Total" },
  },
  support: {
    header: [
      { sv: () => "Organisation", en: () => "Organisation" },
      { sv: () => "Typ", en: () => "Type" },
      { sv: () => "Användare", en: () => "Users" },
      { sv: () => "Kostnad per användare", en: () => "Cost per user" },
      { sv: () => "Kostnad/år", en: () => "Cost per year" },
    ],
    municipality: { sv: () => "Kommun", en: () => "Municipality" },
    district: { sv: (city) => `Stadsdel, ${city}`, en: (city) => `District, ${city}` },
    totalRow: { sv: () => "Kommunerna totalt", en: () => "Municipalities in total" },
    splitHeader: [
      { sv: () => "Part", en: () => "Party" },
      { sv: () => "Användare", en: () => "Users" },
      { sv: () => "Andel", en: () => "Share" },
      { sv: () => "Kostnad/år", en: () => "Cost per year" },
    ],
    region: { sv: () => "Region Stockholm", en: () => "Region Stockholm" },
    municipalities: { sv: () => "Kommunerna", en: () => "The municipalities" },
  },
  agreement2026: {
    splitHeader: [
      { sv: () => "Part", en: () => "Party" },
      { sv: () => "Andel", en: () => "Share" },
      { sv: () => "Kostnad/år", en: () => "Cost per year" },
    ],
    region: { sv: () => "Region Stockholm", en: () => "Region Stockholm" },
    municipalities: { sv: () => "Kommunerna", en: () => "The municipalities" },
    municipalityName: { sv: () => "Kommun", en: () => "Municipality" },
    districtName: { sv: () => "Stadsdelsförvaltning", en: () => "District administration" },
    population: { sv: () => "Invånare", en: () => "Inhabitants" },
    populationIncludingRest: { sv: () => "Invånare inkl rest", en: () => "Inhabitants incl. rest" },
    share: { sv: () => "Fördelning", en: () => "Share" },
    cost: { sv: () => "Kostnad/år", en: () => "Cost per year" },
    costExact: { sv: () => "Kostnad/år (exakt)", en: () => "Cost per year (exact)" },
    cityTotal: { sv: (city) => `${city} totalt`, en: (city) => `${city} in total` },
  },
  sources: {
    title: { sv: () => "Källor och metod", en: () => "Sources and method" },
    header: [
      { sv: () => "Parameter", en: () => "Parameter" },
      { sv: () => "Värde i källan", en: () => "Value in the source" },
      { sv: () => "Värde i arbetsboken", en: () => "Value in this workbook" },
      { sv: () => "Dokument", en: () => "Document" },
      { sv: () => "Avsnitt", en: () => "Section" },
      { sv: () => "Citat", en: () => "Quote" },
    ],
    ownPopulation: { sv: () => "Egna invånaruppgifter (inte Bilaga 3)", en: () => "Own population figures (not Bilaga 3)" },
    ownPopulationSection: { sv: () => "Inläst befolkning", en: () => "Imported population" },
    method: { sv: () => "Metod", en: () => "Method" },
    rounding: { sv: () => "Avrundning", en: () => "Rounding" },
    made: { sv: () => "Framtagen", en: () => "Made" },
    generatedAt: { sv: () => "Skapad", en: () => "Created" },
    version: { sv: () => "Version av tillägget", en: () => "Add-in version" },
  },
  method: {
    lou: [
      {
        sv: () => "Kostnaden för IT-stödet som omfattas av LOU fördelas efter andel av invånarna (Bilaga 3 till överenskommelsen 2020).",
        en: () => "The cost of the IT support that falls under the Public Procurement Act (LOU) is shared by population (Bilaga 3 of the 2020 agreement).",
      },
      {
        sv: () =>
          "Varje upphandlande enhet, det vill säga varje kommun och var och en av Stockholms stadsdelsförvaltningar, får betala högst gränsbeloppet för direktupphandling under hela avtalsperioden.",
        en: () =>
          "No procuring unit, i.e. no municipality and none of Stockholm city's district administrations, may pay more than the direct-procurement threshold over the whole contract period.",
      },
      {
        sv: () =>
          "Den största enheten betalar därför exakt gränsbeloppet, och alla betalar samma belopp per invånare: gränsbeloppet delat med den största enhetens invånare, delat med antalet år.",
        en: () =>
          "The largest unit therefore pays exactly the threshold, and everyone pays the same amount per inhabitant: the threshold divided by the largest unit's inhabitants, divided by the years.",
      },
      {
        sv: () =>
          "Stockholms restpost (invånare utan känd stadsdel) fördelas på stadsdelarna i proportion till deras invånare; Stockholms rad i Kommuner är summan av stadsdelarna och restposten.",
        en: () =>
          "Stockholm's rest post (inhabitants without a known district) is spread over the districts in proportion to their population; Stockholm's row on Municipalities is the sum of its districts and the rest post.",
      },
    ],
    louExample: {
      sv: (threshold, population, largest, years, rate, unit) => `Exempel med dessa värden: ${threshold} kr / ${population} invånare (${largest}) / ${years} år = ${rate} kr per invånare och år${unit}.`,
      en: (threshold, population, largest, years, rate, unit) =>
        `Example with these values: ${threshold} kr / ${population} inhabitants (${largest}) / ${years} years = ${rate} kr per inhabitant and year${unit}.`,
    },
    louExampleUnit: {
      sv: (name, population, rate, perYear) => `; ${name}: ${population} invånare × ${rate} kr = ${perYear} kr per år`,
      en: (name, population, rate, perYear) => `; ${name}: ${population} inhabitants × ${rate} kr = ${perYear} kr a year`,
    },
    formulas: {
      sv: () =>
        "Alla beräknade celler är vanliga Excel-formler som hänvisar till bladet Parametrar och radens indata, så tabellerna räknas om när ett värde ändras och fungerar utan tillägget.",
      en: () =>
        "Every computed cell is a plain Excel formula referring to the Parameters sheet and the row's inputs, so the tables recalculate when a value changes and work without the add-in.",
    },
    roundingAddsUp: {
      sv: () =>
        "Summerar: varje belopp avrundas till hela kronor (invånare till hela personer, andelar till hundradels procent) så att raderna summerar exakt till summaraden. Alla rader avrundas först nedåt, och det som återstår till den avrundade summan delas ut en enhet i taget till raderna med störst rest (vid lika rest den större enheten, sedan raden högre upp). Stadsdelarnas belopp delar upp Stockholms avrundade belopp. Det exakta värdet står i kolumnen \"(exakt)\".",
      en: () =>
        "Adds up: every amount is rounded to whole kronor (inhabitants to whole persons, shares to hundredths of a per cent) so that the rows add up exactly to the total row. All rows are first rounded down, and what is left up to the rounded total goes one unit at a time to the rows with the largest remainder (on equal remainders the larger unit, then the row above). The districts' amounts split Stockholm's rounded amount. The exact value is in the column \"(exact)\".",
    },
    roundingAnnex: {
      sv: () =>
        "Som i bilagan: beloppen räknas med full precision och visas avrundade till hela kronor. Summaraden är den exakta summan, så summan av de avrundade raderna kan skilja någon krona från summaraden.",
      en: () =>
        "As the annex: amounts are computed at full precision and shown rounded to whole kronor. The total row is the exact total, so the sum of the rounded rows may differ from it by a krona or two.",
    },
  },
  completeness: {
    partial: {
      sv: (missing) => `OFULLSTÄNDIG BEFOLKNING: tabellerna omfattar inte hela Stockholms län (${missing}); andelar och belopp gäller bara de enheter som finns med.`,
      en: (missing) => `INCOMPLETE POPULATION: the tables do not cover the whole of Stockholm county (${missing}); shares and amounts hold only for the units included.`,
    },
    municipalities: { sv: (names) => `kommuner som saknas: ${names}`, en: (names) => `municipalities missing: ${names}` },
    noDistricts: {
      sv: () => "Stockholms stadsdelar saknas, så Stockholm räknas som en enda upphandlande enhet",
      en: () => "Stockholm's districts are missing, so Stockholm counts as one procuring unit",
    },
    districts: { sv: (names) => `stadsdelar som saknas: ${names}`, en: (names) => `districts missing: ${names}` },
    stockholmDerived: {
      sv: () => "Stockholms invånare har räknats fram som summan av stadsdelarna och restposten (befolkningen hade ingen rad för Stockholm).",
      en: () => "Stockholm's population was computed as the sum of its districts and the rest post (the population had no row for Stockholm).",
    },
  },
  annual: ANNUAL_TEXTS,
  agreements: AGREEMENT_TEXTS,
};
/** The plan's words in one language, as the sheets' builders read them. */
export function planTexts(locale: Locale): PlanTexts {
  return inLanguage<PlanTexts>(PLAN_TEXTS, locale);
}

/** Items as a sentence lists them: "A, B och C". */
export function listText(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${planTexts(locale).agreements.and}${items[items.length - 1]}`;
}
