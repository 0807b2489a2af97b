import type { Locale } from "../../i18n/locale";

/*
 * Every text of the pane, Swedish first (the users are Swedish economists), English when Office runs
 * in English. Plain words: a message says what is wrong and what to do.
 */

const sv = {
  appTitle: "Kostnadsdelning",
  appSubtitle: "Samverkan vid vårdövergångar",
  tabFill: "Fyll i",
  tabCheck: "Granska",
  tabsLabel: "Vad vill du göra?",

  whatHeading: "Vad ska fyllas i",
  sheetsLegend: "Tabeller",
  sheetLou: "LOU-tabeller (kommuner och stadsdelar)",
  sheetSupport: "Support per användare",
  sheet2026: "Avtal 2026–2030 (fördelning 81/19)",
  sheetSources: "Källor och metod",
  sheetsHint: "Parametrar fylls alltid i, eftersom tabellerna räknar från dem.",
  sheetsNone: "Välj minst en tabell.",
  roundingLabel: "Avrundning",
  roundingAnnex: "Som i bilagan (full precision, visas avrundat)",
  roundingAddsUp: "Summerar (hela kronor, raderna blir totalen)",

  parametersHeading: "Parametrar",
  parametersReset: "Återställ förval",
  defaultHint: (value: string, source: string) => `Förval ${value} – ${source}`,
  dateFormatHint: "ÅÅÅÅ-MM-DD",
  confirmValue: "Värdet stämmer, använd det",
  embeddedDateHint: "Den inbyggda befolkningen gäller 31/12 2018 (bilaga 3). Ett annat datum anges med en annan befolkning.",
  dateRequiredHint: "Ange datumet för befolkningen du läser in (krävs).",
  fillNeedsConfirmation: "Bekräfta värdena utanför det rimliga intervallet först.",
  fillNeedsPartialConfirmation: "Bekräfta först att befolkningen inte omfattar hela länet.",
  partialHeading: "Befolkningen omfattar inte hela länet",
  partialMunicipalities: (names: string) => `Kommuner som saknas: ${names}.`,
  partialNoDistricts: "Stockholms stadsdelar saknas: Stockholm skulle räknas som en enda upphandlande enhet, och den största, så att alla betalar mycket mindre.",
  partialDistricts: (names: string) => `Stadsdelar som saknas: ${names}.`,
  partialConfirm: "Fyll i ändå; arbetsboken anger att den är ofullständig",
  stockholmDerived: (population: string) => `Stockholm (${population} inv.) har räknats fram som stadsdelarna plus restposten.`,

  dataHeading: "Befolkningsdata",
  dataSourceLabel: "Var finns befolkningen?",
  dataEmbedded: "Inbyggd: Stockholms län 31/12 2018 (bilaga 3)",
  dataRange: "Markerat område i arbetsboken",
  dataTable: "En tabell i arbetsboken",
  dataColumnsHint: "Kolumner: namn, typ (kommun, stadsdel eller rest) och invånare, med rubrikrad.",
  readRange: "Läs markerat område",
  readTable: "Läs tabellen",
  refreshTables: "Uppdatera listan",
  tableLabel: "Tabell",
  noTables: "Arbetsboken har inga tabeller.",
  chooseTable: "Välj en tabell",
  reading: "Läser …",
  readFrom: (address: string) => `Läst från ${address}`,
  readSummary: (municipalities: number, districts: number) => `${municipalities} kommuner, ${districts} stadsdelar`,
  previewCaption: "Inlästa rader",
  colName: "Namn",
  colType: "Typ",
  colPopulation: "Invånare",
  typeMunicipality: "kommun",
  typeDistrict: "stadsdel",
  typeRest: "rest",
  errorsHeading: (count: number) => (count === 1 ? "1 fel att rätta" : `${count} fel att rätta`),
  errorsHint: "Rätta felen i arbetsboken och läs in igen. Inget kan fyllas i förrän alla fel är rättade.",
  notRead: "Inget inläst ännu.",
  readFailed: (message: string) => `Kunde inte läsa från arbetsboken: ${message}`,

  summaryHeading: "Sammanfattning",
  summaryRate: "Kostnad per invånare och år",
  summaryLargest: "Största enhet",
  summaryLargestValue: (name: string, population: string) => `${name} (${population} inv.)`,
  summaryPopulation: "Invånare totalt",
  summaryTotalYear: "Totalt per år",
  summaryTotalPeriod: (years: string) => `Totalt för ${years} år`,
  summarySupportPerUser: "Support per användare och år",
  summaryMunicipal2026: "Kommunernas del 2026",
  summaryUnavailable: "Rätta felen ovan för att se sammanfattningen.",

  fillHeading: "Fyll i arbetsboken",
  fillButton: "Fyll i",
  fillBlocked: "Rätta felen ovan först.",
  fillNeedsData: "Läs in befolkningen först.",
  fillNeedsTable: "Välj en tabell att fylla i först.",
  checking: "Kontrollerar arbetsboken …",
  writing: "Skriver bladen …",
  progress: (done: number, total: number) => `${done} av ${total} steg klara`,
  doneHeading: "Klart",
  doneText: (count: number) => (count === 1 ? "1 blad skapades:" : `${count} blad skapades:`),
  goTo: (sheet: string) => `Gå till ${sheet}`,
  fillFailed: "Bladen kunde inte fyllas i.",
  activateFailed: (sheet: string) => `Kunde inte visa bladet ${sheet}.`,
  dismiss: "Stäng",

  existingTitle: "Bladen finns redan",
  existingText: "Arbetsboken har redan de här bladen:",
  existingQuestion: "Vad vill du göra?",
  existingReplace: "Ersätt",
  existingKeepBoth: "Behåll båda (nya namn)",
  existingCancel: "Avbryt",
  existingLost: (count: number) =>
    `Ersätt tar bort ${count === 1 ? "1 inskrivet värde" : `${count} inskrivna värden`} vars enhet inte finns i de nya tabellerna:`,
  existingCarried: (count: number) =>
    count === 0
      ? "Ersätt: det finns inga inskrivna värden (användare, tidigare kostnader) att föra över."
      : `Ersätt för över ${count === 1 ? "1 inskrivet värde" : `${count} inskrivna värden`} (användare, tidigare kostnader) till samma kommun eller stadsdel i de nya bladen.`,
  existingLostItem: (sheet: string, unit: string, field: string, value: string) => `${unit} (${sheet}): ${field} ${value}`,
  fieldUsers: "användare",
  fieldPreviousCost: "tidigare kostnad",
  cancelled: "Inget fylldes i.",
};

export type Strings = typeof sv;

const en: Strings = {
  appTitle: "Cost sharing",
  appSubtitle: "Collaboration at care transitions",
  tabFill: "Fill",
  tabCheck: "Check",
  tabsLabel: "What do you want to do?",

  whatHeading: "What to fill",
  sheetsLegend: "Tables",
  sheetLou: "LOU tables (municipalities and districts)",
  sheetSupport: "Support per user",
  sheet2026: "Agreement 2026–2030 (81/19 split)",
  sheetSources: "Sources and method",
  sheetsHint: "Parameters are always filled in, since the tables compute from them.",
  sheetsNone: "Choose at least one table.",
  roundingLabel: "Rounding",
  roundingAnnex: "As the annex (full precision, displayed rounded)",
  roundingAddsUp: "Adds up (whole kronor, rows sum to the total)",

  parametersHeading: "Parameters",
  parametersReset: "Restore defaults",
  defaultHint: (value: string, source: string) => `Default ${value} – ${source}`,
  dateFormatHint: "YYYY-MM-DD",
  confirmValue: "The value is right, use it",
  embeddedDateHint: "The embedded population is as of 31/12 2018 (annex 3). Another date comes with another population.",
  dateRequiredHint: "Give the date of the population you read (required).",
  fillNeedsConfirmation: "Confirm the values outside the plausible range first.",
  fillNeedsPartialConfirmation: "First confirm that the population does not cover the whole county.",
  partialHeading: "The population does not cover the whole county",
  partialMunicipalities: (names: string) => `Municipalities missing: ${names}.`,
  partialNoDistricts: "Stockholm's districts are missing: Stockholm would count as one procuring unit, and the largest, so that everyone pays far less.",
  partialDistricts: (names: string) => `Districts missing: ${names}.`,
  partialConfirm: "Fill anyway; the workbook says it is incomplete",
  stockholmDerived: (population: string) => `Stockholm (${population} inh.) was computed as its districts plus the rest post.`,

  dataHeading: "Population data",
  dataSourceLabel: "Where is the population?",
  dataEmbedded: "Built in: Stockholm county 31/12/2018 (annex 3)",
  dataRange: "Selected range in the workbook",
  dataTable: "A table in the workbook",
  dataColumnsHint: "Columns: name, type (municipality, district or rest) and population, with a header row.",
  readRange: "Read selected range",
  readTable: "Read the table",
  refreshTables: "Refresh list",
  tableLabel: "Table",
  noTables: "The workbook has no tables.",
  chooseTable: "Choose a table",
  reading: "Reading …",
  readFrom: (address: string) => `Read from ${address}`,
  readSummary: (municipalities: number, districts: number) => `${municipalities} municipalities, ${districts} districts`,
  previewCaption: "Rows read",
  colName: "Name",
  colType: "Type",
  colPopulation: "Population",
  typeMunicipality: "municipality",
  typeDistrict: "district",
  typeRest: "rest",
  errorsHeading: (count: number) => (count === 1 ? "1 error to fix" : `${count} errors to fix`),
  errorsHint: "Fix the errors in the workbook and read again. Nothing can be filled in until every error is fixed.",
  notRead: "Nothing read yet.",
  readFailed: (message: string) => `Could not read from the workbook: ${message}`,

  summaryHeading: "Summary",
  summaryRate: "Cost per inhabitant and year",
  summaryLargest: "Largest unit",
  summaryLargestValue: (name: string, population: string) => `${name} (${population} inhabitants)`,
  summaryPopulation: "Total population",
  summaryTotalYear: "Total per year",
  summaryTotalPeriod: (years: string) => `Total for ${years} years`,
  summarySupportPerUser: "Support per user and year",
  summaryMunicipal2026: "Municipalities' part 2026",
  summaryUnavailable: "Fix the errors above to see the summary.",

  fillHeading: "Fill the workbook",
  fillButton: "Fill",
  fillBlocked: "Fix the errors above first.",
  fillNeedsData: "Read the population first.",
  fillNeedsTable: "Choose a table to fill first.",
  checking: "Checking the workbook …",
  writing: "Writing the sheets …",
  progress: (done: number, total: number) => `${done} of ${total} steps done`,
  doneHeading: "Done",
  doneText: (count: number) => (count === 1 ? "1 sheet was created:" : `${count} sheets were created:`),
  goTo: (sheet: string) => `Go to ${sheet}`,
  fillFailed: "The sheets could not be filled in.",
  activateFailed: (sheet: string) => `Could not show the sheet ${sheet}.`,
  dismiss: "Close",

  existingTitle: "The sheets exist already",
  existingText: "The workbook already has these sheets:",
  existingQuestion: "What do you want to do?",
  existingReplace: "Replace",
  existingKeepBoth: "Keep both (new names)",
  existingCancel: "Cancel",
  existingLost: (count: number) =>
    `Replace removes ${count === 1 ? "1 typed value" : `${count} typed values`} whose unit is not in the new tables:`,
  existingCarried: (count: number) =>
    count === 0
      ? "Replace: there are no typed values (users, previous costs) to carry over."
      : `Replace carries ${count === 1 ? "1 typed value" : `${count} typed values`} (users, previous costs) over to the same municipality or district in the new sheets.`,
  existingLostItem: (sheet: string, unit: string, field: string, value: string) => `${unit} (${sheet}): ${field} ${value}`,
  fieldUsers: "users",
  fieldPreviousCost: "previous cost",
  cancelled: "Nothing was filled in.",
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { sv, en };

/** Short names of the papers a default comes from, for the hint under a field. */
export function sourceName(document: string, section: string, locale: Locale): string {
  const names: Record<string, Record<Locale, string>> = {
    "002": { sv: "Överenskommelsen 2020", en: "2020 agreement" },
    "004": { sv: "Rekommendationen 2026–2030", en: "2026–2030 recommendation" },
    "000": { sv: "Farstas remissvar 2020", en: "Farsta's reply 2020" },
  };
  const name = names[document]?.[locale] ?? document;
  // "Bilaga 3 Kostnadsfördelning mellan …" and "Sammanfattning; Överenskommelsen omfattar" are
  // long for a 320 px pane: the annex number or the first part says where to look.
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
  return `${name}, ${short}`;
}
