/** Where a figure comes from: the document, the section in it, and what the document says. */
export interface Source {
  /** Short id of the paper: the prefix of its file in `docs/sources/` ("002"). */
  readonly document: string;
  /** Human title of the paper, in Swedish as it is written. */
  readonly title: string;
  readonly section: string;
  /** The words of the paper the value is taken from (Swedish). */
  readonly quote: string;
}

export const DOCUMENTS = {
  agreement2020: "Överenskommelse mellan Region Stockholm och kommunerna i Stockholms län gällande IT-stöd inom förvaltningsobjektet Samverkan vid vårdövergångar (2020)",
  farstaAnswer2020: "Farsta stadsdelsnämnd, svar på remiss om överenskommelse inför nytt IT-stöd (2020)",
  recommendation2026: "Storsthlm, Rekommendation – Överenskommelse 2026–2030 gällande IT-stöd för samverkan vid utskrivning (2025)",
} as const;

/**
 * The papers by their number as a reader names them in a sentence ("överenskommelsen 2020"), never
 * the number: a paper of the add-in's own docs/sources is a name to its reader, not "002". A document
 * not listed (a layout's "Stockholms stad, områdesfakta") is named as it is written.
 */
export const DOCUMENT_NAMES: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = {
  "002": { sv: "överenskommelsen 2020", en: "the 2020 agreement" },
  "004": { sv: "rekommendationen 2026–2030", en: "the 2026–2030 recommendation" },
  "000": { sv: "Farstas remissvar 2020", en: "Farsta's reply of 2020" },
};

/** A paper's name in a sentence, in the reader's language. */
export function documentName(document: string, locale: "sv" | "en"): string {
  return DOCUMENT_NAMES[document]?.[locale] ?? document;
}

/**
 * A source as a reader names it, short: the paper and where in it ("överenskommelsen 2020, Bilaga 3",
 * "the 2020 agreement, annex 3"): the annex number or the section's first part, which say where to
 * look without the section's whole title.
 */
export function sourceName(document: string, section: string, locale: "sv" | "en"): string {
  const annex = /^Bilaga \d+/.exec(section);
  let short = annex ? annex[0] : section.split(";")[0].trim();
  if (locale === "en") {
    // The papers are Swedish; their section names are given in English where the words are known.
    short = short
      .replace(/^Bilaga (\d+)/, "annex $1")
      .replace(/^Ekonomisk modell, punkt (\d+)/, "economic model, point $1")
      .replace(/^Sammanfattning$/, "summary")
      .replace(/^Ärendegång$/, "procedure");
  }
  return `${documentName(document, locale)}, ${short}`;
}

/** A source's paper as Källor och metod names it: its title, after its publisher where the document names one ("Upphandlingsmyndigheten: …"), never after a number of docs/sources. */
export function documentTitle(source: Pick<Source, "document" | "title">): string {
  return DOCUMENT_NAMES[source.document] ? source.title : `${source.document}: ${source.title}`;
}
