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
