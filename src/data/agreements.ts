import { DOCUMENTS, Source } from "./sources";

/** A parameter of an agreement: its value and where it is written. */
export interface Parameter<T = number> {
  readonly value: T;
  readonly source: Source;
}

/** The 2020 interim agreement (002) and its economic model. */
export const AGREEMENT_2020 = {
  louThreshold: {
    value: 615312,
    source: {
      document: "002",
      title: DOCUMENTS.agreement2020,
      section: "Bilaga 3",
      quote: "År 2020 är gränsbeloppet för direktupphandling enligt LOU 615 312 kronor per upphandlande myndighet",
    },
  },
  contractYears: {
    value: 8,
    source: {
      document: "002",
      title: DOCUMENTS.agreement2020,
      section: "Bilaga 3",
      quote: "Den förväntade maximala avtalsperioden är 8 år.",
    },
  },
  supportBudget: {
    value: 3250000,
    source: {
      document: "002",
      title: DOCUMENTS.agreement2020,
      section: "Ekonomisk modell, punkt 2",
      quote: "År 2019 var motsvarande kostnad budgeterad till ca 3 250 000 kronor",
    },
  },
  supportUsers: {
    value: 13000,
    source: {
      document: "002",
      title: DOCUMENTS.agreement2020,
      section: "Ekonomisk modell, punkt 2",
      quote: "år 2019: 13 000 användare",
    },
  },
  supportMunicipalUsers: {
    value: 1700,
    source: {
      document: "002",
      title: DOCUMENTS.agreement2020,
      section: "Ekonomisk modell, punkt 2",
      quote: "varav 1 700 inom kommunen, det vill säga ca 425 000 kr/år",
    },
  },
} as const satisfies Record<string, Parameter>;

/** The 2026–2030 agreement as recommended by Storsthlm (004). */
export const AGREEMENT_2026 = {
  budget: {
    value: 26000000,
    source: {
      document: "004",
      title: DOCUMENTS.recommendation2026,
      section: "Sammanfattning; Överenskommelsen omfattar",
      quote: "För 2026 är de budgeterade kostnaderna drygt 26 mkr",
    },
  },
  municipalShare: {
    value: 0.19,
    source: {
      document: "004",
      title: DOCUMENTS.recommendation2026,
      section: "Sammanfattning; Överenskommelsen omfattar",
      quote: "där Region Stockholm ska stå för 81% och kommunerna för 19%",
    },
  },
  firstYear: {
    value: 2026,
    source: {
      document: "004",
      title: DOCUMENTS.recommendation2026,
      section: "Ärendegång",
      quote: "Överenskommelsen gäller 2026-01-01 – 2030-12-31.",
    },
  },
  lastYear: {
    value: 2030,
    source: {
      document: "004",
      title: DOCUMENTS.recommendation2026,
      section: "Ärendegång",
      quote: "Överenskommelsen gäller 2026-01-01 – 2030-12-31.",
    },
  },
} as const satisfies Record<string, Parameter>;

/** Farsta's earlier yearly cost, quoted for comparison in its answer (000). */
export const FARSTA_PREVIOUS_COST: Parameter & { readonly district: string } = {
  district: "Farsta",
  value: 44278,
  source: {
    document: "000",
    title: DOCUMENTS.farstaAnswer2020,
    section: "Remissen i sammanfattning",
    quote: "35 028 kronor per år, att jämföra med tidigare avtalad kostnad om 44 278 kronor",
  },
};
