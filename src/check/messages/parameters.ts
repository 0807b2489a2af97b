import type { Decimal } from "../../engine";
import type { Bilingual } from "../../i18n";
import { enFigure, svFigure } from "./words";

/* The checker's messages on how each parameter was obtained, for the LOU tables, the 2026–2030 split and the support table (parameters.ts, shapes/*.ts). */

export const PARAMETER_MESSAGES = {
  // How each parameter was obtained (parameters.ts, tables.ts).
  given: { sv: () => "Angivet.", en: () => "Given." },
  restFromCityPopulation: {
    sv: (rest: Decimal) => `Ingen restrad i stadsdelstabellen: resten (${svFigure(rest, "persons")}) är stadens invånare minus stadsdelarnas.`,
    en: (rest: Decimal) => `No rest row in the district table: the rest (${enFigure(rest, "persons")}) is the city's population minus the districts'.`,
  },
  cityFromDistricts: { sv: () => "Stadsdelarnas invånare plus restposten, ur stadsdelstabellen.", en: () => "The districts' inhabitants plus the rest post, from the district table." },
  cityPopulationUnused: {
    sv: (given: number, table: Decimal) => `Angivet invånarantal för staden (${svFigure(given, "persons")}) används inte: stadsdelstabellen ger ${svFigure(table, "persons")}.`,
    en: (given: number, table: Decimal) => `The given city population (${enFigure(given, "persons")}) is not used: the district table gives ${enFigure(table, "persons")}.`,
  },
  yearsFromRows: { sv: (rows: number) => `Summa totalt / Summa per år, median över ${rows} rader.`, en: (rows: number) => `Total for the period / per year, median over ${rows} rows.` },
  cannotInferYears: {
    sv: () => "Avtalsperiodens längd (år) kan inte härledas ur tabellen; ange den (--years). Summa per år granskas inte.",
    en: () => "The contract period (years) cannot be inferred from the table; give it (--years). Per-year figures are not checked.",
  },
  thresholdUnused: {
    sv: () =>
      "Det angivna gränsbeloppet används inte: den största upphandlande enheten är en stadsdel, och stadsdelstabellen saknas. Kostnaden per invånare härleds i stället ur tabellen.",
    en: () =>
      "The given threshold is not used: the largest procuring unit is a district, and the district table is missing. The cost per inhabitant is inferred from the table instead.",
  },
  rateFromRows: {
    sv: (count: number, of: number) =>
      `Ur tabellens rader (${count} av ${of} belopp stämmer med den). Gränsbeloppet kan inte härledas utan stadsdelstabellen, eftersom den största enheten är en stadsdel.`,
    en: (count: number, of: number) =>
      `From the table's rows (${count} of ${of} amounts agree with it). The threshold cannot be inferred without the district table, since the largest unit is a district.`,
  },
  thresholdFromLargest: {
    sv: (largest: string, count: number, of: number) => `${largest}s Summa totalt: den största enheten betalar gränsbeloppet (${count} av ${of} belopp stämmer med det).`,
    en: (largest: string, count: number, of: number) => `${largest}'s total for the period: the largest unit pays the threshold (${count} of ${of} amounts agree with it).`,
  },
  thresholdFromMostRows: {
    sv: (count: number, of: number, largest: string) => `Det belopp som flest rader stämmer med (${count} av ${of}), omräknat till den största enheten ${largest}.`,
    en: (count: number, of: number, largest: string) => `The amount most rows agree with (${count} of ${of}), scaled to the largest unit ${largest}.`,
  },
  cannotInferThreshold: {
    sv: () => "Gränsbeloppet kan inte härledas ur tabellen (inga belopp); ange det (--threshold). Beloppen granskas inte.",
    en: () => "The threshold cannot be inferred from the table (no amounts); give it (--threshold). The amounts are not checked.",
  },
  largestRow: {
    sv: (population: Decimal) => `Största raden i tabellen, ${svFigure(population, "persons")} invånare (stadsdelstabellen saknas, så den verkligt största enheten är okänd).`,
    en: (population: Decimal) => `The largest row of the table, ${enFigure(population, "persons")} inhabitants (the district table is missing, so the truly largest unit is unknown).`,
  },
  largestProcuringUnit: {
    sv: (population: Decimal, district: boolean) => `Största upphandlande enhet, ${svFigure(population, "persons")} invånare${district ? " inkl rest" : ""}.`,
    en: (population: Decimal, district: boolean) => `Largest procuring unit, ${enFigure(population, "persons")} inhabitants${district ? " incl. rest" : ""}.`,
  },
  rateFromInferredCost: { sv: () => "Den härledda kostnaden per invånare och period / år.", en: () => "The inferred cost per inhabitant for the period / years." },
  rateFromThreshold: { sv: () => "Gränsbeloppet / största enhetens invånare / år.", en: () => "Threshold / largest unit's inhabitants / years." },
  countyFromMunicipalities: { sv: () => "Summan av kommuntabellens invånare.", en: () => "The sum of the municipality table's inhabitants." },
  countyPopulationUnused: {
    sv: (given: number, table: Decimal) => `Angivet invånarantal för länet (${svFigure(given, "persons")}) används inte: kommuntabellen ger ${svFigure(table, "persons")}.`,
    en: (given: number, table: Decimal) => `The given county population (${enFigure(given, "persons")}) is not used: the municipality table gives ${enFigure(table, "persons")}.`,
  },
  countyFromShares: {
    sv: (count: number, of: number, from: Decimal, to: Decimal) =>
      `Ur "Fördelning alla kommuner": ${count} av ${of} andelar stämmer med ett invånarantal mellan ${svFigure(from, "persons")} och ${svFigure(to, "persons")}; mitten används.`,
    en: (count: number, of: number, from: Decimal, to: Decimal) =>
      `From "Share of all municipalities": ${count} of ${of} shares agree with a population between ${enFigure(from, "persons")} and ${enFigure(to, "persons")}; the middle is used.`,
  },
  cannotInferCounty: {
    sv: () => "Länets invånarantal kan inte härledas; ange det eller granska tillsammans med kommuntabellen. Fördelning alla kommuner granskas inte.",
    en: () => "The county population cannot be inferred; give it or check together with the municipality table. Share of all municipalities is not checked.",
  },

  // The 2026–2030 split and the support table (shapes/*.ts).
  cannotInferCounty2026: {
    sv: () => "Länets invånarantal kan inte härledas för 2026–2030-tabellen; ange det (--county) eller granska den med kommuntabellen. Den granskas inte.",
    en: () => "The county population cannot be inferred for the 2026–2030 table; give it (--county) or check it with the municipality table. It is not checked.",
  },
  cannotInferPart2026: {
    sv: () => "Kommunernas del av budgeten 2026 kan inte härledas (inga belopp); ange budget och andel (--budget-2026, --municipal-share). Beloppen granskas inte.",
    en: () => "The municipalities' part of the 2026 budget cannot be inferred (no amounts); give the budget and share (--budget-2026, --municipal-share). The amounts are not checked.",
  },
  countyFromShares2026: { sv: () => "Ur stadsdelarnas andelar av länet.", en: () => "From the districts' shares of the county." },
  partGiven: { sv: () => "Angiven budget gånger kommunernas andel.", en: () => "The given budget times the municipalities' share." },
  partFromTotal: { sv: () => "Kommuntabellens totalrad för kostnaden.", en: () => "The municipality table's total cost." },
  partFromRows: {
    sv: (count: number, of: number) => `Det belopp som flest rader stämmer med (${count} av ${of}).`,
    en: (count: number, of: number) => `The amount most rows agree with (${count} of ${of}).`,
  },
  perUserGiven: { sv: () => "Angiven supportbudget delad med alla användare.", en: () => "The given support budget divided by all users." },
  perUserFromTable: {
    sv: (count: number, of: number) => `Det belopp per användare som flest celler stämmer med (${count} av ${of}).`,
    en: (count: number, of: number) => `The amount per user most cells agree with (${count} of ${of}).`,
  },
  supportNotFilled: { sv: () => "Supporttabellen har inga användare ifyllda; dess kostnader granskas inte.", en: () => "The support table has no users filled in; its costs are not checked." },
  supportRowsWithoutUsers: {
    sv: (empty: number, filled: number) => `${empty} ${empty === 1 ? "rad" : "rader"} i supporttabellen saknar användare och granskas inte (${filled} granskas); totalraden granskas först när alla är ifyllda.`,
    en: (empty: number, filled: number) => `${empty} ${empty === 1 ? "row" : "rows"} of the support table ${empty === 1 ? "has" : "have"} no users and ${empty === 1 ? "is" : "are"} not checked (${filled} are); the total row is checked once all are filled in.`,
  },
  districtLayout: {
    sv: (from: string, count: number) => `Stadsdelarnas namn hör till indelningen från ${from} (${count} stadsdelsförvaltningar).`,
    en: (from: string, count: number) => `The districts' names belong to the layout from ${from} (${count} district administrations).`,
  },
  mixedLayouts: {
    sv: (names: readonly string[]) => `Stadsdelarna hör till olika stadsdelsindelningar och kan inte stå i samma tabell: ${names.join(", ")}.`,
    en: (names: readonly string[]) => `The districts belong to different district layouts and cannot stand in one table: ${names.join(", ")}.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
