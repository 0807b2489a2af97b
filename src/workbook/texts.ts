import type { Locale } from "../i18n/locale";
import { ANNUAL_EN, ANNUAL_SV, type AnnualTexts } from "./annualTexts";
import type { SheetKey } from "./plan";

/*
 * Every word the plan writes into a workbook, in Swedish (the papers' own headers, Bilaga 3 of the
 * 2020 agreement) and in English. Defined names and table names are not here: they are ASCII and the
 * same in both languages, so formulas and other tools find them whatever the language.
 */

export interface PlanTexts {
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
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
    readonly previous: string;
    readonly change: string;
    readonly changePercent: string;
    readonly total: string;
  };
  readonly support: {
    readonly title: string;
    readonly subtitle: string;
    readonly header: readonly [string, string, string, string, string];
    readonly municipality: string;
    readonly district: (city: string) => string;
    readonly totalRow: string;
    readonly splitHeader: readonly [string, string, string, string];
    readonly region: string;
    readonly municipalities: string;
    readonly note: string;
  };
  readonly agreement2026: {
    readonly title: string;
    readonly subtitle: string;
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
}

const SV: PlanTexts = {
  sheetNames: {
    parameters: "Parametrar",
    municipalities: "Kommuner",
    districts: "Stadsdelar",
    support: "Support",
    agreement2026: "Avtal 2026–2030",
    sources: "Källor och metod",
    annualCost: "Årskostnad",
  },
  parameters: {
    title: "Parametrar",
    subtitle: "Indata till fördelningen. Ändra ett värde i kolumn B så räknas alla tabeller om.",
    header: ["Parameter", "Värde", "Namn i formler", "Förklaring"],
    inputs: "Indata",
    derived: "Beräknat",
    labels: {
      Gransbelopp: "Gränsbelopp för direktupphandling (LOU)",
      Avtalsar: "Avtalsperiod, år",
      Referensdatum: "Invånare per datum",
      Restpost: "Restpost Stockholm (Sthlm kn rest)",
      SupportBudget: "Budget för support och central förvaltning per år",
      SupportAnvandare: "Antal användare totalt",
      Budget2026: "Budget för drift och förvaltning 2026",
      Kommunandel2026: "Kommunernas andel 2026–2030",
      InvanareLan: "Invånare i länet",
      InvanareStad: "Invånare i Stockholms stad inkl restpost",
      StorstaEnhet: "Största upphandlande enhet, invånare (inkl rest)",
      KrPerInvanarePeriod: "Kostnad per invånare för hela avtalsperioden",
      KrPerInvanareAr: "Kostnad per invånare och år",
      SummaPerAr: "Summa per år, alla kommuner",
      SummaPeriod: "Summa för avtalsperioden, alla kommuner",
      SupportKrPerAnvandare: "Supportkostnad per användare och år",
      Kommundel2026: "Kommunernas del 2026 per år",
      Regiondel2026: "Region Stockholms del 2026 per år",
    },
    notes: {
      Gransbelopp: "Det mesta en upphandlande enhet (kommun eller stadsdelsförvaltning) får betala under hela avtalsperioden.",
      Avtalsar: "Den förväntade maximala avtalsperioden.",
      Referensdatum: "Datum för invånarantalen i Kommuner och Stadsdelar.",
      Restpost: "Stockholmare utan känd stadsdel; fördelas på stadsdelarna efter deras invånare.",
      SupportBudget: "Regionens budget för central förvaltning, helpdesk och support.",
      SupportAnvandare: "Alla användare (Region och kommuner), räknas den 1/10 varje år.",
      Budget2026: "Budgeterade kostnader för drift och förvaltning 2026.",
      Kommunandel2026: "Resten betalar Region Stockholm.",
      InvanareLan: "Summan av kommunernas invånare (bladet Kommuner).",
      InvanareStad: "Stadsdelarnas invånare plus restposten (bladet Stadsdelar).",
      StorstaEnhet: "Den största kommunen eller stadsdelen (inkl sin del av restposten); den betalar exakt gränsbeloppet.",
      KrPerInvanarePeriod: "Gränsbeloppet delat med den största enhetens invånare.",
      KrPerInvanareAr: "Kostnaden per invånare för perioden delad med antalet år.",
      SummaPerAr: "Länets invånare gånger kostnaden per invånare och år.",
      SummaPeriod: "Länets invånare gånger kostnaden per invånare för perioden.",
      SupportKrPerAnvandare: "Supportbudgeten delad med alla användare.",
      Kommundel2026: "Budgeten gånger kommunernas andel; fördelas efter invånare.",
      Regiondel2026: "Budgeten minus kommunernas del.",
    },
  },
  municipalities: {
    title: "Kostnadsfördelning mellan kommuner",
    subtitle: "Kostnad som omfattas av LOU, fördelad efter andel av invånarna (Bilaga 3).",
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
    previous: "Tidigare kostnad/år",
    change: "Förändring kr",
    changePercent: "Förändring %",
    total: "Totalt",
  },
  support: {
    title: "Support och central förvaltning",
    subtitle: "Kostnad per användare och år: budgeten delad med alla användare. Fyll i antal användare per organisation (räknas den 1/10).",
    header: ["Organisation", "Typ", "Användare", "Kostnad per användare", "Kostnad/år"],
    municipality: "Kommun",
    district: (city) => `Stadsdel, ${city}`,
    totalRow: "Kommunerna totalt",
    splitHeader: ["Part", "Användare", "Andel", "Kostnad/år"],
    region: "Region Stockholm",
    municipalities: "Kommunerna",
    note: "År 2019: 13 000 användare, varav 1 700 inom kommunerna, det vill säga ca 425 000 kr/år (överenskommelsen 2020, Ekonomisk modell punkt 2).",
  },
  agreement2026: {
    title: "Avtal 2026–2030: drift och förvaltning",
    subtitle: "Kostnaden delas mellan Region Stockholm och kommunerna; kommunernas del fördelas efter invånarantal.",
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
};

const EN: PlanTexts = {
  sheetNames: {
    parameters: "Parameters",
    municipalities: "Municipalities",
    districts: "Districts",
    support: "Support",
    agreement2026: "Agreement 2026–2030",
    sources: "Sources and method",
    annualCost: "Annual cost",
  },
  parameters: {
    title: "Parameters",
    subtitle: "Inputs of the allocation. Change a value in column B and every table recalculates.",
    header: ["Parameter", "Value", "Name in formulas", "Explanation"],
    inputs: "Inputs",
    derived: "Derived",
    labels: {
      Gransbelopp: "Direct-procurement threshold (LOU)",
      Avtalsar: "Contract period, years",
      Referensdatum: "Population at date",
      Restpost: "Stockholm rest post (Sthlm kn rest)",
      SupportBudget: "Budget for support and central management per year",
      SupportAnvandare: "Users in total",
      Budget2026: "Budget for operation and management 2026",
      Kommunandel2026: "Municipalities' share 2026–2030",
      InvanareLan: "Inhabitants of the county",
      InvanareStad: "Inhabitants of Stockholm city incl. rest post",
      StorstaEnhet: "Largest procuring unit, inhabitants (incl. rest)",
      KrPerInvanarePeriod: "Cost per inhabitant for the whole contract period",
      KrPerInvanareAr: "Cost per inhabitant and year",
      SummaPerAr: "Total per year, all municipalities",
      SummaPeriod: "Total for the contract period, all municipalities",
      SupportKrPerAnvandare: "Support cost per user and year",
      Kommundel2026: "Municipalities' part 2026 per year",
      Regiondel2026: "Region Stockholm's part 2026 per year",
    },
    notes: {
      Gransbelopp: "The most a procuring unit (municipality or district administration) may pay over the whole contract period.",
      Avtalsar: "The expected longest contract period.",
      Referensdatum: "Date of the populations on Municipalities and Districts.",
      Restpost: "Stockholm residents with no known district; spread over the districts by population.",
      SupportBudget: "The Region's budget for central management, helpdesk and support.",
      SupportAnvandare: "All users (Region and municipalities), counted on 1 October each year.",
      Budget2026: "Budgeted cost of operation and management 2026.",
      Kommunandel2026: "Region Stockholm pays the rest.",
      InvanareLan: "Sum of the municipalities' inhabitants (sheet Municipalities).",
      InvanareStad: "The districts' inhabitants plus the rest post (sheet Districts).",
      StorstaEnhet: "The largest municipality or district (incl. its share of the rest post); it pays exactly the threshold.",
      KrPerInvanarePeriod: "The threshold divided by the largest unit's inhabitants.",
      KrPerInvanareAr: "The cost per inhabitant for the period divided by the years.",
      SummaPerAr: "The county's inhabitants times the cost per inhabitant and year.",
      SummaPeriod: "The county's inhabitants times the cost per inhabitant for the period.",
      SupportKrPerAnvandare: "The support budget divided by all users.",
      Kommundel2026: "The budget times the municipalities' share; split by population.",
      Regiondel2026: "The budget minus the municipalities' part.",
    },
  },
  municipalities: {
    title: "Cost allocation between municipalities",
    subtitle: "Cost within the Public Procurement Act (LOU), shared by population (Bilaga 3).",
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
    previous: "Previous cost per year",
    change: "Change, kr",
    changePercent: "Change, %",
    total: "Total",
  },
  support: {
    title: "Support and central management",
    subtitle: "Cost per user and year: the budget divided by all users. Enter each organisation's number of users (counted on 1 October).",
    header: ["Organisation", "Type", "Users", "Cost per user", "Cost per year"],
    municipality: "Municipality",
    district: (city) => `District, ${city}`,
    totalRow: "Municipalities in total",
    splitHeader: ["Party", "Users", "Share", "Cost per year"],
    region: "Region Stockholm",
    municipalities: "The municipalities",
    note: "In 2019: 13,000 users, of whom 1,700 in the municipalities, i.e. about 425,000 kr a year (2020 agreement, economic model point 2).",
  },
  agreement2026: {
    title: "Agreement 2026–2030: operation and management",
    subtitle: "The cost is split between Region Stockholm and the municipalities; the municipalities' part is shared by population.",
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
};

export function planTexts(locale: Locale): PlanTexts {
  return locale === "en" ? EN : SV;
}
