import type { ColumnKey, LocalizedText, TableKind, Unit } from "./types";
import { headerKey } from "./parse";

/*
 * Header names of Bilaga 3's two tables, Swedish and English, as `headerKey` folds them. A header
 * that matches none of these is reported as an unknown column, never guessed.
 */

type Role = ColumnKey | "unitName" | "municipalityName" | "districtName" | "shareAmbiguous" | "unitType";

const ALIASES: Readonly<Record<Role, readonly string[]>> = {
  municipalityName: ["Kommun", "Kommunnamn", "Kommuner", "Municipality", "Municipality name", "Municipalities"],
  districtName: [
    "Stadsdelsförvaltning",
    "Stadsdelsförvaltningar",
    "Stadsdel",
    "Stadsdelar",
    "Stadsdelsnämnd",
    "SDF",
    "District",
    "Districts",
    "District administration",
    "District administrations",
    "City district",
  ],
  unitName: ["Namn", "Enhet", "Name", "Unit", "Organisation", "Organization"],
  name: [],
  unitType: ["Typ", "Type", "Typ av enhet", "Kind"],
  users: ["Användare", "Antal användare", "Users", "Number of users", "User count"],
  costPerUser: ["Kostnad per användare", "Kr per användare", "Pris per användare", "Cost per user", "Price per user", "Amount per user"],
  supportCost: ["Supportkostnad", "Kostnad för support", "Support cost", "Support cost per year"],
  cost2026: ["Kostnad 2026", "Kostnad per år 2026", "Belopp 2026", "Avgift 2026", "Kommundel 2026", "Cost 2026", "Cost per year 2026", "Amount 2026"],
  code: ["Kod", "Kommunkod", "SCB-kod", "SCB kod", "Code", "Municipality code", "SCB code"],
  population: ["Invånare", "Antal invånare", "Befolkning", "Folkmängd", "Inhabitants", "Population", "Residents", "Number of inhabitants"],
  populationIncludingRest: [
    "Invånare inkl rest",
    "Invånare inkl. rest",
    "Invånare inklusive rest",
    "Invånare inkl restpost",
    "Befolkning inkl rest",
    "Inhabitants incl rest",
    "Inhabitants including rest",
    "Population incl rest",
    "Population including rest",
    "Residents including rest",
  ],
  shareOfCity: [
    "Fördelning i Sthlm",
    "Fördelning i Stockholm",
    "Andel av Stockholm",
    "Andel i Sthlm",
    "Andel av staden",
    "Share of Stockholm",
    "Share in Stockholm",
    "Share of city",
    "Share of the city",
    "Distribution in Stockholm",
  ],
  shareOfCounty: [
    "Fördelning alla kommuner",
    "Andel alla kommuner",
    "Andel av länet",
    "Fördelning länet",
    "Share of all municipalities",
    "Share all municipalities",
    "Share of county",
    "Share of the county",
    "Distribution all municipalities",
  ],
  shareAmbiguous: ["Fördelning", "Andel", "Share", "Distribution", "Percentage"],
  perYear: [
    "Summa/år",
    "Summa per år",
    "Per år",
    "Kostnad per år",
    "Belopp per år",
    "Årskostnad",
    "Kr per år",
    "Sum per year",
    "Per year",
    "Amount per year",
    "Cost per year",
    "Total per year",
    "Annual cost",
    "Yearly cost",
    "Annual amount",
  ],
  forPeriod: [
    "Summa totalt",
    "Totalt",
    "Total",
    "Summa",
    "Summa för perioden",
    "Summa avtalsperioden",
    "För perioden",
    "Kostnad för perioden",
    "Sum total",
    "Total sum",
    "Total amount",
    "Total for the period",
    "Total for period",
    "For the period",
    "Period total",
    "Amount for the period",
    "Cost for the period",
  ],
};

const BY_KEY = new Map<string, Role>();
for (const [role, names] of Object.entries(ALIASES) as [Role, readonly string[]][]) {
  for (const name of names) BY_KEY.set(headerKey(name), role);
}

export type HeaderRole = Exclude<Role, "name">;

/** Whether a table's units are municipalities (else districts, or both for the support table). */
export const isMunicipal = (kind: TableKind) => kind === "municipalities" || kind === "municipalities2026";
/** Whether a table's units are Stockholm's districts. */
export const isDistrict = (kind: TableKind) => kind === "districts" || kind === "districts2026";

/** What a header cell names, or undefined when it is not one of the annex's columns. */
export function headerRole(header: unknown): HeaderRole | undefined {
  if (typeof header !== "string") return undefined;
  const key = headerKey(header);
  if (key === "") return undefined;
  return BY_KEY.get(key) as HeaderRole | undefined;
}

/** The columns each table kind has, in the annex's order (the name column first). */
export const TABLE_COLUMNS: Readonly<Record<TableKind, readonly ColumnKey[]>> = {
  municipalities: ["name", "population", "shareOfCounty", "perYear", "forPeriod"],
  districts: ["name", "population", "populationIncludingRest", "shareOfCity", "shareOfCounty", "perYear", "forPeriod"],
  // 2026–2030: a district's population is its population including its share of the rest post.
  municipalities2026: ["name", "population", "shareOfCounty", "cost2026"],
  districts2026: ["name", "population", "shareOfCounty", "cost2026"],
  support: ["name", "users", "costPerUser", "supportCost"],
};

export const COLUMN_UNIT: Readonly<Record<ColumnKey, Unit>> = {
  name: "persons",
  code: "persons",
  population: "persons",
  populationIncludingRest: "persons",
  shareOfCity: "percent",
  shareOfCounty: "percent",
  perYear: "kr",
  forPeriod: "kr",
  cost2026: "kr",
  users: "persons",
  costPerUser: "kr",
  supportCost: "kr",
};

/** The annex's own header for a column, for messages about a column that is missing. */
export function columnTitle(kind: TableKind, key: ColumnKey): LocalizedText {
  switch (key) {
    case "name":
      if (kind === "support") return { sv: "Organisation", en: "Organisation" };
      return isMunicipal(kind) ? { sv: "Kommun", en: "Municipality" } : { sv: "Stadsdelsförvaltning", en: "District administration" };
    case "code":
      return { sv: "Kod", en: "Code" };
    case "population":
      return kind === "districts2026" ? { sv: "Invånare inkl rest", en: "Inhabitants incl. rest" } : { sv: "Invånare", en: "Inhabitants" };
    case "populationIncludingRest":
      return { sv: "Invånare inkl rest", en: "Inhabitants incl. rest" };
    case "shareOfCity":
      return { sv: "Fördelning i Sthlm", en: "Share of Stockholm" };
    case "shareOfCounty":
      return kind === "districts" ? { sv: "Fördelning alla kommuner", en: "Share of all municipalities" } : { sv: "Fördelning", en: "Share" };
    case "perYear":
      return { sv: "Summa/år", en: "Per year" };
    case "forPeriod":
      return { sv: "Summa totalt", en: "Total for the period" };
    case "users":
      return { sv: "Användare", en: "Users" };
    case "costPerUser":
      return { sv: "Kostnad per användare", en: "Cost per user" };
    case "cost2026":
    case "supportCost":
      return { sv: "Kostnad/år", en: "Cost per year" };
  }
}

const TOTAL_ROW_NAMES = new Set(["totalt", "summa", "total", "sum", "totalsumma", "summa totalt", "grand total", "totals", "samtliga", "alla kommuner", "all municipalities"]);

/**
 * True for a total row's label ("Totalt", "Summa", "Total"; "Kommunerna totalt", "Stockholm totalt",
 * "Stockholm in total"), tolerant to case, spacing and a trailing "*" or ":".
 */
export function isTotalLabel(label: string): boolean {
  const folded = label
    .normalize("NFC")
    .toLocaleLowerCase("sv-SE")
    .replace(/[*:.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return TOTAL_ROW_NAMES.has(folded) || / (totalt|in total)$/.test(folded);
}
