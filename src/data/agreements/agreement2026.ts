import { DOCUMENTS } from "../sources";
import type { AgreementDeclaration } from "./types";

/*
 * The 2026–2030 agreement as recommended by Storsthlm (004): operation and management split 81 %
 * Region Stockholm / 19 % the municipalities (a fixed percentage), the municipal part shared by
 * population.
 */

const recommendation = (section: string, quote: string) => ({ document: "004", title: DOCUMENTS.recommendation2026, section, quote });
const SUMMARY = "Sammanfattning; Överenskommelsen omfattar";

export const AGREEMENT_2026_2030: AgreementDeclaration = {
  id: "2026-2030",
  title: { sv: "Avtal 2026–2030", en: "Agreement 2026–2030" },
  name: { sv: "avtalet 2026–2030", en: "the 2026–2030 agreement" },
  short: "2026–2030",
  document: { id: "004", title: DOCUMENTS.recommendation2026 },
  period: { from: "2026-01-01", to: "2030-12-31", source: recommendation("Ärendegång", "Överenskommelsen gäller 2026-01-01 – 2030-12-31.") },
  parameters: [
    {
      key: "budget2026",
      name: "Budget2026",
      value: 26000000,
      source: recommendation(SUMMARY, "För 2026 är de budgeterade kostnaderna drygt 26 mkr"),
      label: { sv: "Budget för drift och förvaltning 2026", en: "Budget for operation and management 2026" },
      note: { sv: "Budgeterade kostnader för drift och förvaltning 2026.", en: "Budgeted cost of operation and management 2026." },
    },
    {
      key: "municipalShare",
      name: "Kommunandel2026",
      value: 0.19,
      source: recommendation(SUMMARY, "där Region Stockholm ska stå för 81% och kommunerna för 19%"),
      label: { sv: "Kommunernas andel 2026–2030", en: "Municipalities' share 2026–2030" },
      note: { sv: "Resten betalar Region Stockholm.", en: "Region Stockholm pays the rest." },
    },
  ],
  components: [
    {
      kind: "fixedPercentage",
      budget: "Budget2026",
      share: "Kommunandel2026",
      municipal: {
        name: "Kommundel2026",
        label: { sv: "Kommunernas del 2026 per år", en: "Municipalities' part 2026 per year" },
        note: { sv: "Budgeten gånger kommunernas andel; fördelas efter invånare.", en: "The budget times the municipalities' share; split by population." },
      },
      region: {
        name: "Regiondel2026",
        label: { sv: "Region Stockholms del 2026 per år", en: "Region Stockholm's part 2026 per year" },
        note: { sv: "Budgeten minus kommunernas del.", en: "The budget minus the municipalities' part." },
      },
      of: { sv: "kostnaden för drift och förvaltning", en: "the cost of operation and management" },
    },
    {
      kind: "populationShare",
      amount: "Kommundel2026",
      sheet: {
        key: "agreement2026",
        name: { sv: "Avtal 2026–2030", en: "Agreement 2026–2030" },
        title: { sv: "Avtal 2026–2030: drift och förvaltning", en: "Agreement 2026–2030: operation and management" },
        subtitle: {
          sv: "Kostnaden delas mellan Region Stockholm och kommunerna; kommunernas del fördelas efter invånarantal.",
          en: "The cost is split between Region Stockholm and the municipalities; the municipalities' part is shared by population.",
        },
      },
      tables: { municipalities: "Avtal2026Kommuner", districts: "Avtal2026Stadsdelar" },
      column: { sv: "Avtal 2026–2030", en: "Agreement 2026–2030" },
      part: { sv: "kommunernas del", en: "the municipalities' part" },
      paragraph: { sv: "för drift och förvaltning", en: "for operation and management" },
      footer: { sv: "Storsthlms rekommendation om avtalet 2026–2030", en: "Storsthlm's recommendation on the 2026–2030 agreement" },
    },
  ],
};
