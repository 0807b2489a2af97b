import type { Locale } from "../i18n/locale";
import { AGREEMENTS_EN, AGREEMENTS_SV, type AgreementTexts } from "./agreementTexts";
import { ANNUAL_EN, ANNUAL_SV, type AnnualTexts } from "./annualTexts";
import type { BuiltInSheetKey } from "./plan";

/*
 * Every word the plan writes into a workbook, in Swedish (the papers' own headers, Bilaga 3 of the
 * 2020 agreement) and in English. Defined names and table names are not here: they are ASCII and the
 * same in both languages, so formulas and other tools find them whatever the language. What an
 * agreement says of itself (its parameters' labels, its sheets' titles, its columns on Årskostnad) is
 * in its declaration (src/data/agreements); these are the words of every plan.
 */

export interface PlanTexts {
  readonly sheetNames: Readonly<Record<BuiltInSheetKey, string>>;
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

const SV: PlanTexts = {
  sheetNames: {
    parameters: "Parametrar",
    municipalities: "Kommuner",
    districts: "Stadsdelar",
    sources: "Källor och metod",
    annualCost: "Årskostnad",
  },
  parameters: {
    title: "Parametrar",
    subtitle: "Indata till fördelningen. Ändra ett värde i kolumn B så räknas alla tabeller om.",
    header: ["Parameter", "Värde", "Förklaring", "Namn i formler"],
    inputs: "Indata",
    derived: "Beräknat",
    labels: {
      Referensdatum: "Invånare per datum",
      Restpost: "Restpost Stockholm (Sthlm kn rest)",
      InvanareLan: "Invånare i länet",
      InvanareStad: "Invånare i Stockholms stad inkl restpost",
      StorstaEnhet: "Största upphandlande enhet, invånare (inkl rest)",
      KrPerInvanarePeriod: "Kostnad per invånare för hela avtalsperioden",
      KrPerInvanareAr: "Kostnad per invånare och år",
      SummaPerAr: "Summa per år, alla kommuner",
      SummaPeriod: "Summa för avtalsperioden, alla kommuner",
    },
    notes: {
      Referensdatum: "Datum för invånarantalen i Kommuner och Stadsdelar.",
      Restpost: "Stockholmare utan känd stadsdel; fördelas på stadsdelarna efter deras invånare.",
      InvanareLan: "Summan av kommunernas invånare (bladet Kommuner).",
      InvanareStad: "Stadsdelarnas invånare plus restposten (bladet Stadsdelar).",
      StorstaEnhet: "Den största kommunen eller stadsdelen (inkl sin del av restposten); den betalar exakt gränsbeloppet.",
      KrPerInvanarePeriod: "Gränsbeloppet delat med den största enhetens invånare.",
      KrPerInvanareAr: "Kostnaden per invånare för perioden delad med antalet år.",
      SummaPerAr: "Länets invånare gånger kostnaden per invånare och år.",
      SummaPeriod: "Länets invånare gånger kostnaden per invånare för perioden.",
    },
  },
  municipalities: {
    title: "Kostnadsfördelning mellan kommuner",
    subtitle: "Kostnad som omfattas av LOU, fördelad efter andel av invånarna (Bilaga 3).",
    populationSubtitle: "Invånare per kommun och andel av länets invånare.",
    name: "Kommun",
    code: "Kommunkod",
    population: "Invånare",
    share: "Fördelning",
  },
  districts: {
    title: "Kostnadsfördelning mellan Stockholms stads stadsdelsförvaltningar",
    subtitle: "Varje stadsdelsförvaltning är en egen upphandlande enhet; restposten fördelas efter invånare.",
    name: "Stadsdelsförvaltning",
    population: "Invånare",
    populationIncludingRest: "Invånare inkl rest",
    populationIncludingRestExact: "Invånare inkl rest (exakt)",
    shareOfCity: "Fördelning i Sthlm",
    shareOfCounty: "Fördelning alla kommuner",
    restRow: "Sthlm kn rest*",
    footnote: [
      "* De personer i Stockholms som saknar adress redovisas som en restpost på kommunen. Det är personer med skyddad adress, är i utlandstjänst för offentliga och privata arbetsgivare eller av annan anledning saknar känd hemvist.",
      "Restposten är procentuellt fördelad mellan stadsdelsförvaltningarna.",
    ],
  },
  money: {
    perYear: "Summa/år",
    perYearExact: "Summa/år (exakt)",
    forPeriod: "Summa totalt",
    forPeriodExact: "Summa totalt (exakt)",
    previous: (period) => `Kostnad ${period}/år`,
    change: (span) => `Förändring ${span} kr`,
    changePercent: (span) => `Förändring ${span} %`,
    previousEarlier: "Tidigare kostnad/år",
    total: "Totalt",
  },
  support: {
    header: ["Organisation", "Typ", "Användare", "Kostnad per användare", "Kostnad/år"],
    municipality: "Kommun",
    district: (city) => `Stadsdel, ${city}`,
    totalRow: "Kommunerna totalt",
    splitHeader: ["Part", "Användare", "Andel", "Kostnad/år"],
    region: "Region Stockholm",
    municipalities: "Kommunerna",
  },
  agreement2026: {
    splitHeader: ["Part", "Andel", "Kostnad/år"],
    region: "Region Stockholm",
    municipalities: "Kommunerna",
    municipalityName: "Kommun",
    districtName: "Stadsdelsförvaltning",
    population: "Invånare",
    populationIncludingRest: "Invånare inkl rest",
    share: "Fördelning",
    cost: "Kostnad/år",
    costExact: "Kostnad/år (exakt)",
    cityTotal: (city) => `${city} totalt`,
  },
  sources: {
    title: "Källor och metod",
    header: ["Parameter", "Värde i källan", "Värde i arbetsboken", "Dokument", "Avsnitt", "Citat"],
    ownPopulation: "Egna invånaruppgifter (inte Bilaga 3)",
    ownPopulationSection: "Inläst befolkning",
    method: "Metod",
    rounding: "Avrundning",
    made: "Framtagen",
    generatedAt: "Skapad",
    version: "Version av tillägget",
  },
  completeness: {
    partial: (missing) => `OFULLSTÄNDIG BEFOLKNING: tabellerna omfattar inte hela Stockholms län (${missing}); andelar och belopp gäller bara de enheter som finns med.`,
    municipalities: (names) => `kommuner som saknas: ${names}`,
    noDistricts: "Stockholms stadsdelar saknas, så Stockholm räknas som en enda upphandlande enhet",
    districts: (names) => `stadsdelar som saknas: ${names}`,
    stockholmDerived: "Stockholms invånare har räknats fram som summan av stadsdelarna och restposten (befolkningen hade ingen rad för Stockholm).",
  },
  annual: ANNUAL_SV,
  agreements: AGREEMENTS_SV,
};

const EN: PlanTexts = {
  sheetNames: {
    parameters: "Parameters",
    municipalities: "Municipalities",
    districts: "Districts",
    sources: "Sources and method",
    annualCost: "Annual cost",
  },
  parameters: {
    title: "Parameters",
    subtitle: "Inputs of the allocation. Change a value in column B and every table recalculates.",
    header: ["Parameter", "Value", "Explanation", "Name in formulas"],
    inputs: "Inputs",
    derived: "Derived",
    labels: {
      Referensdatum: "Population at date",
      Restpost: "Stockholm rest post (Sthlm kn rest)",
      InvanareLan: "Inhabitants of the county",
      InvanareStad: "Inhabitants of Stockholm city incl. rest post",
      StorstaEnhet: "Largest procuring unit, inhabitants (incl. rest)",
      KrPerInvanarePeriod: "Cost per inhabitant for the whole contract period",
      KrPerInvanareAr: "Cost per inhabitant and year",
      SummaPerAr: "Total per year, all municipalities",
      SummaPeriod: "Total for the contract period, all municipalities",
    },
    notes: {
      Referensdatum: "Date of the populations on Municipalities and Districts.",
      Restpost: "Stockholm residents with no known district; spread over the districts by population.",
      InvanareLan: "Sum of the municipalities' inhabitants (sheet Municipalities).",
      InvanareStad: "The districts' inhabitants plus the rest post (sheet Districts).",
      StorstaEnhet: "The largest municipality or district (incl. its share of the rest post); it pays exactly the threshold.",
      KrPerInvanarePeriod: "The threshold divided by the largest unit's inhabitants.",
      KrPerInvanareAr: "The cost per inhabitant for the period divided by the years.",
      SummaPerAr: "The county's inhabitants times the cost per inhabitant and year.",
      SummaPeriod: "The county's inhabitants times the cost per inhabitant for the period.",
    },
  },
  municipalities: {
    title: "Cost allocation between municipalities",
    subtitle: "Cost within the Public Procurement Act (LOU), shared by population (Bilaga 3).",
    populationSubtitle: "Inhabitants per municipality and share of the county's inhabitants.",
    name: "Municipality",
    code: "Municipality code",
    population: "Inhabitants",
    share: "Share",
  },
  districts: {
    title: "Cost allocation between Stockholm city's district administrations",
    subtitle: "Each district administration is a procuring unit of its own; the rest post is spread by population.",
    name: "District administration",
    population: "Inhabitants",
    populationIncludingRest: "Inhabitants incl. rest",
    populationIncludingRestExact: "Inhabitants incl. rest (exact)",
    shareOfCity: "Share of Stockholm",
    shareOfCounty: "Share of all municipalities",
    restRow: "Sthlm kn rest*",
    footnote: [
      "* Stockholm residents without an address are reported as a rest post of the municipality: people with a protected address, serving abroad for public or private employers, or without a known residence for another reason.",
      "The rest post is spread over the district administrations in proportion to their population. (Bilaga 3: \"Restposten är procentuellt fördelad mellan stadsdelsförvaltningarna.\")",
    ],
  },
  money: {
    perYear: "Per year",
    perYearExact: "Per year (exact)",
    forPeriod: "Total for the period",
    forPeriodExact: "Total for the period (exact)",
    previous: (period) => `Cost ${period} per year`,
    change: (span) => `Change ${span}, kr`,
    changePercent: (span) => `Change ${span}, %`,
    previousEarlier: "Previous cost per year",
    total: "Total",
  },
  support: {
    header: ["Organisation", "Type", "Users", "Cost per user", "Cost per year"],
    municipality: "Municipality",
    district: (city) => `District, ${city}`,
    totalRow: "Municipalities in total",
    splitHeader: ["Party", "Users", "Share", "Cost per year"],
    region: "Region Stockholm",
    municipalities: "The municipalities",
  },
  agreement2026: {
    splitHeader: ["Party", "Share", "Cost per year"],
    region: "Region Stockholm",
    municipalities: "The municipalities",
    municipalityName: "Municipality",
    districtName: "District administration",
    population: "Inhabitants",
    populationIncludingRest: "Inhabitants incl. rest",
    share: "Share",
    cost: "Cost per year",
    costExact: "Cost per year (exact)",
    cityTotal: (city) => `${city} in total`,
  },
  sources: {
    title: "Sources and method",
    header: ["Parameter", "Value in the source", "Value in this workbook", "Document", "Section", "Quote"],
    ownPopulation: "Own population figures (not Bilaga 3)",
    ownPopulationSection: "Imported population",
    method: "Method",
    rounding: "Rounding",
    made: "Made",
    generatedAt: "Created",
    version: "Add-in version",
  },
  completeness: {
    partial: (missing) => `INCOMPLETE POPULATION: the tables do not cover the whole of Stockholm county (${missing}); shares and amounts hold only for the units included.`,
    municipalities: (names) => `municipalities missing: ${names}`,
    noDistricts: "Stockholm's districts are missing, so Stockholm counts as one procuring unit",
    districts: (names) => `districts missing: ${names}`,
    stockholmDerived: "Stockholm's population was computed as the sum of its districts and the rest post (the population had no row for Stockholm).",
  },
  annual: ANNUAL_EN,
  agreements: AGREEMENTS_EN,
};

export function planTexts(locale: Locale): PlanTexts {
  return locale === "en" ? EN : SV;
}
