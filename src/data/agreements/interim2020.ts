import { DOCUMENTS } from "../sources";
import type { AgreementDeclaration } from "./types";

/*
 * The 2020 interim agreement (002): the LOU model of Bilaga 3 (a capped population share) and the
 * support and central management paid per user (Ekonomisk modell, punkt 2).
 */

const agreement2020 = (section: string, quote: string) => ({ document: "002", title: DOCUMENTS.agreement2020, section, quote });

export const INTERIM_2020: AgreementDeclaration = {
  id: "2020",
  title: { sv: "Överenskommelsen 2020", en: "The 2020 agreement" },
  name: { sv: "överenskommelsen 2020", en: "the 2020 agreement" },
  short: "2020",
  cite: { sv: "överenskommelsen 2020 (Bilaga 3)", en: "the 2020 agreement (Bilaga 3)" },
  total: { sv: "Totalt 2020", en: "Total 2020" },
  document: { id: "002", title: DOCUMENTS.agreement2020 },
  period: {
    from: "2020-09-01",
    source: agreement2020(
      "Överenskommelsens giltighetstid",
      "Överenskommelsen gäller från och med 2020-09-01 … Överenskommelsen gäller till dess att en ny överenskommelse finns antagen.",
    ),
  },
  parameters: [
    {
      key: "threshold",
      name: "Gransbelopp",
      value: 615312,
      source: agreement2020("Bilaga 3", "År 2020 är gränsbeloppet för direktupphandling enligt LOU 615 312 kronor per upphandlande myndighet"),
      label: { sv: "Gränsbelopp för direktupphandling (LOU)", en: "Direct-procurement threshold (LOU)" },
      note: {
        sv: "Det mesta en upphandlande enhet (kommun eller stadsdelsförvaltning) får betala under hela avtalsperioden.",
        en: "The most a procuring unit (municipality or district administration) may pay over the whole contract period.",
      },
    },
    {
      key: "years",
      name: "Avtalsar",
      value: 8,
      source: agreement2020("Bilaga 3", "Den förväntade maximala avtalsperioden är 8 år."),
      label: { sv: "Avtalsperiod, år", en: "Contract period, years" },
      note: { sv: "Den förväntade maximala avtalsperioden.", en: "The expected longest contract period." },
    },
    {
      key: "supportBudget",
      name: "SupportBudget",
      value: 3250000,
      source: agreement2020("Ekonomisk modell, punkt 2", "År 2019 var motsvarande kostnad budgeterad till ca 3 250 000 kronor"),
      label: { sv: "Budget för support och central förvaltning per år", en: "Budget for support and central management per year" },
      note: { sv: "Regionens budget för central förvaltning, helpdesk och support.", en: "The Region's budget for central management, helpdesk and support." },
    },
    {
      key: "supportUsers",
      name: "SupportAnvandare",
      value: 13000,
      source: agreement2020("Ekonomisk modell, punkt 2", "år 2019: 13 000 användare"),
      label: { sv: "Antal användare totalt", en: "Users in total" },
      note: { sv: "Alla användare (Region och kommuner), räknas den 1/10 varje år.", en: "All users (Region and municipalities), counted on 1 October each year." },
    },
  ],
  components: [
    {
      kind: "cappedPopulationShare",
      threshold: "Gransbelopp",
      years: "Avtalsar",
      column: { sv: "LOU-del 2020", en: "LOU part 2020" },
      part: { sv: "LOU-delen", en: "the LOU part" },
      paragraph: { sv: "för IT-systemet", en: "for the IT system" },
      footer: { sv: "överenskommelsen 2020, Bilaga 3", en: "the 2020 agreement, Bilaga 3" },
    },
    {
      kind: "perUser",
      budget: "SupportBudget",
      users: "SupportAnvandare",
      perUser: {
        name: "SupportKrPerAnvandare",
        label: { sv: "Supportkostnad per användare och år", en: "Support cost per user and year" },
        note: { sv: "Supportbudgeten delad med alla användare.", en: "The support budget divided by all users." },
      },
      sheet: {
        key: "support",
        name: { sv: "Support", en: "Support" },
        title: { sv: "Support och central förvaltning", en: "Support and central management" },
        subtitle: {
          sv: "Kostnad per användare och år: budgeten delad med alla användare. Fyll i antal användare per organisation (räknas den 1/10).",
          en: "Cost per user and year: the budget divided by all users. Enter each organisation's number of users (counted on 1 October).",
        },
        note: {
          sv: "År 2019: 13 000 användare, varav 1 700 inom kommunerna, det vill säga ca 425 000 kr/år (överenskommelsen 2020, Ekonomisk modell punkt 2).",
          en: "In 2019: 13,000 users, of whom 1,700 in the municipalities, i.e. about 425,000 kr a year (2020 agreement, economic model point 2).",
        },
      },
      table: "SupportTabell",
      method: {
        sv: "Support och central förvaltning: budgeten delas med alla användare, och varje organisation betalar för sina användare (räknas den 1/10 varje år).",
        en: "Support and central management: the budget is divided by all users, and each organisation pays for its users (counted on 1 October each year).",
      },
      column: { sv: "Supportdel 2020", en: "Support part 2020" },
      part: { sv: "supportdelen", en: "the support part" },
      paragraph: { sv: "för support", en: "for support" },
      footer: { sv: "överenskommelsen 2020, Ekonomisk modell punkt 2", en: "the 2020 agreement, economic model point 2" },
    },
  ],
};

/** What the 2020 agreement says of the municipal side's users, quoted for comparison (not a parameter). */
export const SUPPORT_MUNICIPAL_USERS_2019 = {
  value: 1700,
  source: agreement2020("Ekonomisk modell, punkt 2", "varav 1 700 inom kommunen, det vill säga ca 425 000 kr/år"),
} as const;
