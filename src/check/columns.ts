import { DEFAULT_AGREEMENTS, type AmountComponent } from "../data";
import type { ColumnKey, LocalizedText, TableKind, Unit } from "./types";
import { cellText, headerKey } from "./parse";
import { localized } from "./messages";
import { COLUMN_TITLES as T } from "./messages/words";

/*
 * Header names of Bilaga 3's two tables, Swedish and English, as `headerKey` folds them, and of the
 * add-in's own columns (Årskostnad's, from the agreements' declarations; a previous amount and the
 * change against it, whose headers name their periods). A header that matches none of these is
 * reported as an unknown column, never guessed.
 */

/** "previous", "change" and "changePercent" are read by pattern; detect.ts tells a change against a previous amount by its place. */
type Role = ColumnKey | "unitName" | "municipalityName" | "districtName" | "shareAmbiguous" | "unitType" | "exactCopy";

/** Årskostnad's header of each amount of the default agreements, by the kind of its component, in both languages. */
function annualHeaders(pick: (component: AmountComponent) => boolean): string[] {
  return DEFAULT_AGREEMENTS.flatMap((agreement) => agreement.components.filter((component): component is AmountComponent => component.kind !== "fixedPercentage" && pick(component))).flatMap((component) => [component.column.sv, component.column.en]);
}
const AGREEMENT_TOTALS = DEFAULT_AGREEMENTS.flatMap((agreement) => (agreement.total ? [agreement.total.sv, agreement.total.en] : []));

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
  exactCopy: [],
  users: ["Användare", "Antal användare", "Users", "Number of users", "User count"],
  costPerUser: ["Kostnad per användare", "Kr per användare", "Pris per användare", "Cost per user", "Price per user", "Amount per user"],
  supportCost: ["Supportkostnad", "Kostnad för support", "Support cost", "Support cost per year"],
  cost2026: ["Kostnad 2026", "Kostnad per år 2026", "Belopp 2026", "Avgift 2026", "Kommundel 2026", "Cost 2026", "Cost per year 2026", "Amount 2026", ...annualHeaders((c) => c.kind === "populationShare")],
  louPart: annualHeaders((c) => c.kind === "cappedPopulationShare"),
  supportPart: annualHeaders((c) => c.kind === "perUser"),
  total2020: AGREEMENT_TOTALS,
  previous: [],
  changePrevious: [],
  changePreviousPercent: [],
  change: [],
  changePercent: [],
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

/*
 * The add-in's previous-amount and change headers name their periods ("Kostnad före 2020/år",
 * "Belopp 2025/år", "Förändring från före 2020 till 2020 kr", "Change 2020–2026, %"); those of
 * workbooks made before they did are "Tidigare kostnad/år", "Förändring kr", "Förändring %".
 */
const PREVIOUS = /^(?:(?:tidigare|previous) (?:kostnad|belopp|cost|amount)|(?:kostnad|belopp|cost|amount) (?:(?:före|before) )?\d{4})(?: ?\/ ?år| per year)$/;
const CHANGE_KRONOR = /^(?:förändring|change)\b.*(?:\bkr|\bkronor)$/;
const CHANGE_PERCENT = /^(?:förändring|change)\b.*%$/;

function patternRole(header: string): HeaderRole | undefined {
  const text = header.normalize("NFC").toLocaleLowerCase("sv-SE").replace(/\s+/g, " ").trim();
  // The add-in's unrounded copy of a column beside it when rows are rounded to add up ("Summa/år (exakt)"): the rounded column is the one checked.
  if (/ \((?:exakt|exact)\)$/.test(text) && headerRole(text.replace(/ \((?:exakt|exact)\)$/, "")) !== undefined) return "exactCopy";
  if (PREVIOUS.test(text)) return "previous";
  if (CHANGE_PERCENT.test(text)) return "changePercent";
  if (CHANGE_KRONOR.test(text)) return "change";
  return undefined;
}

/** What a header cell names, or undefined when it is not one of the annex's or the add-in's columns. */
export function headerRole(header: unknown): HeaderRole | undefined {
  if (typeof header !== "string") return undefined;
  const key = headerKey(header);
  if (key === "") return undefined;
  return (BY_KEY.get(key) as HeaderRole | undefined) ?? patternRole(cellText(header));
}

/** The columns each table kind has, in the annex's order (the name column first). */
export const TABLE_COLUMNS: Readonly<Record<TableKind, readonly ColumnKey[]>> = {
  municipalities: ["name", "population", "shareOfCounty", "perYear", "forPeriod"],
  districts: ["name", "population", "populationIncludingRest", "shareOfCity", "shareOfCounty", "perYear", "forPeriod"],
  // 2026–2030: a district's population is its population including its share of the rest post.
  municipalities2026: ["name", "population", "shareOfCounty", "cost2026"],
  districts2026: ["name", "population", "shareOfCounty", "cost2026"],
  support: ["name", "users", "costPerUser", "supportCost"],
  annualCost: ["name", "louPart", "cost2026"],
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
  previous: "kr",
  changePrevious: "kr",
  changePreviousPercent: "percent",
  louPart: "kr",
  supportPart: "kr",
  total2020: "kr",
  change: "kr",
  changePercent: "percent",
};

/** The annex's own header for a column, for messages about a column that is missing. */
export function columnTitle(kind: TableKind, key: ColumnKey): LocalizedText {
  switch (key) {
    case "name":
      if (kind === "support") return localized(T.organisation);
      return localized(isMunicipal(kind) ? T.municipality : T.district);
    case "code":
      return localized(T.code);
    case "population":
      return localized(kind === "districts2026" ? T.populationIncludingRest : T.population);
    case "populationIncludingRest":
      return localized(T.populationIncludingRest);
    case "shareOfCity":
      return localized(T.shareOfCity);
    case "shareOfCounty":
      return localized(kind === "districts" ? T.shareOfCounty : T.share);
    case "perYear":
      return localized(T.perYear);
    case "forPeriod":
      return localized(T.forPeriod);
    case "users":
      return localized(T.users);
    case "costPerUser":
      return localized(T.costPerUser);
    case "cost2026":
      return kind === "annualCost" ? headerWords(annualHeaders((c) => c.kind === "populationShare")) : localized(T.cost);
    case "supportCost":
      return localized(T.cost);
    case "louPart":
      return headerWords(annualHeaders((c) => c.kind === "cappedPopulationShare"));
    case "supportPart":
      return headerWords(annualHeaders((c) => c.kind === "perUser"));
    case "total2020":
      return headerWords(AGREEMENT_TOTALS);
    case "previous":
      return localized(T.previous);
    case "change":
    case "changePrevious":
      return localized(T.change);
    case "changePercent":
    case "changePreviousPercent":
      return localized(T.changePercent);
  }
}

/** A header given in Swedish then English (annualHeaders' order). */
const headerWords = (pair: readonly string[]): LocalizedText => ({ sv: pair[0] ?? "", en: pair[1] ?? pair[0] ?? "" });

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
