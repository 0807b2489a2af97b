import { sourceName as sourceNameInText } from "../../data";
import { sentence, type Locale, type Bilingual } from "../../i18n";
import { NOISE_NOTE, REST_DERIVED } from "../../input";
import { textsIn, type Texts } from "./catalogue";

/*
 * Every text of the pane outside the Check tab (that one is ../check/strings.ts), each one entry with
 * its Swedish and English side by side: Swedish first (the users are Swedish economists), English when
 * Office runs in English. Plain words: a message says what is wrong and what to do. Components read
 * them with `useStrings()` (context.tsx); test/i18n/messages.test.ts checks both languages are there.
 */

export const PANE_STRINGS = {
  // The pane and its tabs.
  appTitle: { sv: () => "Kostnadsdelning", en: () => "Cost sharing" },
  appSubtitle: { sv: () => "Samverkan vid vårdövergångar", en: () => "Collaboration at care transitions" },
  tabFill: { sv: () => "Fyll i", en: () => "Fill" },
  tabCheck: { sv: () => "Granska", en: () => "Check" },
  tabsLabel: { sv: () => "Vad vill du göra?", en: () => "What do you want to do?" },

  // What to fill.
  whatHeading: { sv: () => "Vad ska fyllas i", en: () => "What to fill" },
  sheetsLegend: { sv: () => "Tabeller", en: () => "Tables" },
  sheetLou: { sv: () => "LOU-tabeller (kommuner och stadsdelar)", en: () => "LOU tables (municipalities and districts)" },
  sheetSupport: { sv: () => "Support per användare", en: () => "Support per user" },
  sheet2026: { sv: () => "Avtal 2026–2030 (fördelning 81/19)", en: () => "Agreement 2026–2030 (81/19 split)" },
  sheetAnnualCost: { sv: () => "Årskostnad per enhet (2020 mot 2026–2030, stycke till tjänsteutlåtandet)", en: () => "Annual cost per unit (2020 against 2026–2030, a paragraph for the paper)" },
  insertTemplate: { sv: () => "Infoga befolkningsmall", en: () => "Insert population template" },
  templateNeedsDate: {
    sv: () => "Ange befolkningens datum först: mallen får stadsdelsindelningen som gäller då.",
    en: () => "Give the population's date first: the template gets the district layout in force then.",
  },
  templateInserted: {
    sv: (sheet: string) => `Mallen finns på bladet ”${sheet}”: klistra in invånarna i kolumnen invånare och läs tabellen.`,
    en: (sheet: string) => `The template is on the sheet "${sheet}": paste the populations into the population column and read the table.`,
  },
  sheetSources: { sv: () => "Källor och metod", en: () => "Sources and method" },
  sheetsHint: {
    sv: () => "Parametrar fylls alltid i, eftersom tabellerna räknar från dem.",
    en: () => "Parameters are always filled in, since the tables compute from them.",
  },
  sheetsNone: { sv: () => "Välj minst en tabell.", en: () => "Choose at least one table." },
  roundingLabel: { sv: () => "Avrundning", en: () => "Rounding" },
  roundingAnnex: {
    sv: () => "Som i bilagan (full precision, visas avrundat)",
    en: () => "As the annex (full precision, displayed rounded)",
  },
  roundingAddsUp: { sv: () => "Summerar (hela kronor, raderna blir totalen)", en: () => "Adds up (whole kronor, rows sum to the total)" },

  // The parameters.
  parametersHeading: { sv: () => "Parametrar", en: () => "Parameters" },
  parametersReset: { sv: () => "Återställ förval", en: () => "Restore defaults" },
  parametersAgreed: { sv: () => "Avtalsvärden", en: () => "Agreement values" },
  parametersOwn: { sv: () => "Dina värden", en: () => "Your values" },
  parametersFolded: { sv: (title: string, values: string) => `${title}: ${values}.`, en: (title: string, values: string) => `${title}: ${values}.` },
  parametersEdit: { sv: () => "Ändra", en: () => "Edit" },
  parametersHide: { sv: () => "Dölj", en: () => "Hide" },
  defaultHint: {
    sv: (value: string, source: string) => `Förval ${value} – ${source}`,
    en: (value: string, source: string) => `Default ${value} – ${source}`,
  },
  yearLabel: { sv: () => "Budgetår (valfritt)", en: () => "Budget year (optional)" },
  yearPlaceholder: { sv: () => "t.ex. 2027", en: () => "e.g. 2027" },
  yearHint: {
    sv: () => "Gränsbeloppets förval blir det som gäller 1 januari det året.",
    en: () => "The threshold's default becomes the one in force on 1 January that year.",
  },
  yearNotAYear: { sv: (text: string) => `”${text}” är inget årtal; skriv fyra siffror, t.ex. 2027.`, en: (text: string) => `"${text}" is not a year; write four digits, e.g. 2027.` },
  yearBeforeTable: {
    sv: (year: string, first: string) => `För ${year} finns inget gränsbelopp i tabellen (den börjar ${first}).`,
    en: (year: string, first: string) => `The table of thresholds has none for ${year} (it begins ${first}).`,
  },
  thresholdForYear: {
    sv: (year: string, value: string, source: string, period: string) => `Gäller ${year}: ${value} – ${source}, ${period}`,
    en: (year: string, value: string, source: string, period: string) => `In force ${year}: ${value} – ${source}, ${period}`,
  },
  periodSince: { sv: (from: string) => `från ${from}`, en: (from: string) => `from ${from}` },
  periodBetween: { sv: (from: string, to: string) => `${from}–${to}`, en: (from: string, to: string) => `${from}–${to}` },
  dateFormatHint: { sv: () => "ÅÅÅÅ-MM-DD", en: () => "YYYY-MM-DD" },
  confirmValue: { sv: () => "Värdet stämmer, använd det", en: () => "The value is right, use it" },
  embeddedDateHint: {
    sv: () => "Den inbyggda befolkningen gäller 31/12 2018 (bilaga 3). Ett annat datum anges med en annan befolkning.",
    en: () => "The embedded population is as of 31/12 2018 (annex 3). Another date comes with another population.",
  },
  dateRequiredHint: {
    sv: () => "Ange datumet för befolkningen du läser in (krävs).",
    en: () => "Give the date of the population you read (required).",
  },
  fillNeedsConfirmation: {
    sv: () => "Bekräfta värdena utanför det rimliga intervallet först.",
    en: () => "Confirm the values outside the plausible range first.",
  },
  fillNeedsPartialConfirmation: {
    sv: () => "Bekräfta först att befolkningen inte omfattar hela länet.",
    en: () => "First confirm that the population does not cover the whole county.",
  },
  partialHeading: { sv: () => "Befolkningen omfattar inte hela länet", en: () => "The population does not cover the whole county" },
  partialMunicipalities: {
    sv: (names: string) => `Kommuner som saknas: ${names}.`,
    en: (names: string) => `Municipalities missing: ${names}.`,
  },
  partialNoDistricts: {
    sv: () => "Stockholms stadsdelar saknas: Stockholm skulle räknas som en enda upphandlande enhet, och den största, så att alla betalar mycket mindre.",
    en: () => "Stockholm's districts are missing: Stockholm would count as one procuring unit, and the largest, so that everyone pays far less.",
  },
  partialDistricts: { sv: (names: string) => `Stadsdelar som saknas: ${names}.`, en: (names: string) => `Districts missing: ${names}.` },
  partialConfirm: {
    sv: () => "Fyll i ändå; arbetsboken anger att den är ofullständig",
    en: () => "Fill anyway; the workbook says it is incomplete",
  },
  stockholmDerived: {
    sv: (population: string) => `Stockholm (${population} inv.) har räknats fram som stadsdelarna plus restposten.`,
    en: (population: string) => `Stockholm (${population} inh.) was computed as its districts plus the rest post.`,
  },
  scbNoise: {
    sv: () => "Befolkningen är SCB:s från 2025 eller senare (brusade tal)",
    en: () => "The population is SCB's from 2025 or later (noised figures)",
  },
  // The reader's own words (src/input), as a sentence.
  restDerived: {
    sv: (rest: number, city: number, districts: number) => sentence(REST_DERIVED.sv(rest, city, districts)),
    en: (rest: number, city: number, districts: number) => sentence(REST_DERIVED.en(rest, city, districts)),
  },
  noiseNote: {
    sv: (stated: number, summed: number, margin: number) => sentence(NOISE_NOTE.sv(stated, summed, margin)),
    en: (stated: number, summed: number, margin: number) => sentence(NOISE_NOTE.en(stated, summed, margin)),
  },

  // The population.
  dataHeading: { sv: () => "Befolkningsdata", en: () => "Population data" },
  dataSourceLabel: { sv: () => "Var finns befolkningen?", en: () => "Where is the population?" },
  dataEmbedded: { sv: () => "Inbyggd: Stockholms län 31/12 2018 (bilaga 3)", en: () => "Built in: Stockholm county 31/12/2018 (annex 3)" },
  dataRange: { sv: () => "Markerat område i arbetsboken", en: () => "Selected range in the workbook" },
  dataTable: { sv: () => "En tabell i arbetsboken", en: () => "A table in the workbook" },
  dataColumnsHint: {
    sv: () =>
      "En rubrikrad med namn (eller kod) och invånare (eller året, som SCB:s ”Region;2018”); typ och datum kan finnas med. Summarader kontrolleras och räknas inte; kommuner i andra län lämnas utanför.",
    en: () =>
      "A header row with name (or code) and population (or the year, as SCB's \"Region;2018\"); type and date may be there too. Total rows are checked, not counted; municipalities of other counties are left out.",
  },
  fillNeedsDataDate: {
    sv: () => "Befolkningens datum måste vara datumet i data (se Befolkningsdata).",
    en: () => "The population's date must be the date in the data (see Population data).",
  },
  addRange: { sv: () => "Lägg till markerat område", en: () => "Add selected range" },
  addTable: { sv: () => "Lägg till tabellen", en: () => "Add the table" },
  readFromSeveral: {
    sv: (addresses: readonly string[]) => `Läst från ${addresses.slice(0, -1).join(", ")} och ${addresses.at(-1)}`,
    en: (addresses: readonly string[]) => `Read from ${addresses.slice(0, -1).join(", ")} and ${addresses.at(-1)}`,
  },
  dataDateMismatch: {
    sv: (date: string) => `Befolkningen är av ${date} enligt data, men befolkningens datum säger något annat; skriv ${date} eller läs in rätt data.`,
    en: (date: string) => `The population is of ${date} as the data says, but the population's date says otherwise; write ${date} or read the right data.`,
  },
  readRange: { sv: () => "Läs markerat område", en: () => "Read selected range" },
  readTable: { sv: () => "Läs tabellen", en: () => "Read the table" },
  refreshTables: { sv: () => "Uppdatera listan", en: () => "Refresh list" },
  tableLabel: { sv: () => "Tabell", en: () => "Table" },
  noTables: { sv: () => "Arbetsboken har inga tabeller.", en: () => "The workbook has no tables." },
  chooseTable: { sv: () => "Välj en tabell", en: () => "Choose a table" },
  reading: { sv: () => "Läser …", en: () => "Reading …" },
  readFrom: { sv: (address: string) => `Läst från ${address}`, en: (address: string) => `Read from ${address}` },
  readSummary: {
    sv: (municipalities: number, districts: number) => `${municipalities} kommuner, ${districts} stadsdelar`,
    en: (municipalities: number, districts: number) => `${municipalities} municipalities, ${districts} districts`,
  },
  previewCaption: { sv: () => "Inlästa rader", en: () => "Rows read" },
  colName: { sv: () => "Namn", en: () => "Name" },
  colType: { sv: () => "Typ", en: () => "Type" },
  colPopulation: { sv: () => "Invånare", en: () => "Population" },
  typeMunicipality: { sv: () => "kommun", en: () => "municipality" },
  typeDistrict: { sv: () => "stadsdel", en: () => "district" },
  typeRest: { sv: () => "rest", en: () => "rest" },
  typeAggregate: { sv: () => "summa (kontrollerad, räknas inte)", en: () => "total (checked, not counted)" },
  typeOutside: { sv: () => "annat län (läses inte)", en: () => "other county (not read)" },
  errorsHeading: {
    sv: (count: number) => (count === 1 ? "1 fel att rätta" : `${count} fel att rätta`),
    en: (count: number) => (count === 1 ? "1 error to fix" : `${count} errors to fix`),
  },
  errorsHint: {
    sv: () => "Rätta felen i arbetsboken och läs in igen. Inget kan fyllas i förrän alla fel är rättade.",
    en: () => "Fix the errors in the workbook and read again. Nothing can be filled in until every error is fixed.",
  },
  notRead: { sv: () => "Inget inläst ännu.", en: () => "Nothing read yet." },
  readFailed: {
    sv: (message: string) => `Kunde inte läsa från arbetsboken: ${message}`,
    en: (message: string) => `Could not read from the workbook: ${message}`,
  },

  // Last period's amounts (optional, under the population).
  previousHeading: { sv: () => "Tidigare belopp (valfritt)", en: () => "Previous amounts (optional)" },
  previousIntro: {
    sv: () =>
      "Vad varje kommun och stadsdel betalade per år under en tidigare period ger förändringskolumnerna. Kolumner: namn eller kod och belopp, med rubrikrad (och gärna period); eller Årskostnad i förra årets arbetsbok, där enheternas hela årsbelopp står.",
    en: () =>
      "What each municipality and district paid a year in an earlier period gives the change columns. Columns: name or code and amount, with a header row (and a period, if you like); or Annual cost in last year's workbook, where the units' whole yearly amounts are.",
  },
  previousPeriodLabel: { sv: () => "Beloppen är från", en: () => "The amounts are from" },
  /** A period to choose, and the agreement its amounts are compared with. */
  previousPeriodChoice: {
    sv: (period: string, agreement: string) => `${period} (jämförs med ${agreement})`,
    en: (period: string, agreement: string) => `${period} (compared with ${agreement})`,
  },
  previousPeriodFromTable: {
    sv: (period: string) => `Från ${period}, enligt tabellens kolumn period.`,
    en: (period: string) => `From ${period}, by the table's period column.`,
  },
  /** Between the last two of the choices a message lists ("2025 eller före 2020"). */
  orBetween: { sv: () => " eller ", en: () => " or " },
  previousPeriodNotAdjacent: {
    sv: (period: string, choices: string) => `Beloppen är från ${period}, men en förändring räknas bara mot avtalet som följer direkt: perioden ska vara ${choices}.`,
    en: (period: string, choices: string) => `The amounts are from ${period}, but a change is computed only against the agreement that follows directly: the period must be ${choices}.`,
  },
  previousShow: { sv: () => "Läs in", en: () => "Import" },
  previousHide: { sv: () => "Dölj", en: () => "Hide" },
  previousNone: { sv: () => "Inga inlästa.", en: () => "None read." },
  previousSourceLabel: { sv: () => "Var finns beloppen?", en: () => "Where are the amounts?" },
  previousRange: { sv: () => "Markerat område", en: () => "Selected range" },
  previousTables: { sv: () => "Tabeller i arbetsboken", en: () => "Tables in the workbook" },
  previousReadTables: { sv: () => "Läs tabellerna", en: () => "Read the tables" },
  previousChooseTables: { sv: () => "Välj tabellerna med beloppen.", en: () => "Choose the tables with the amounts." },
  previousClear: { sv: () => "Ta bort beloppen", en: () => "Remove the amounts" },
  previousGiven: {
    sv: (given: number, units: number) => `${given} av ${units} kommuner och stadsdelar har ett belopp`,
    en: (given: number, units: number) => `${given} of ${units} municipalities and districts have an amount`,
  },
  previousErrorsHint: {
    sv: () => "Rätta felen och läs in igen, eller ta bort beloppen. Inget kan fyllas i så länge.",
    en: () => "Fix the errors and read again, or remove the amounts. Nothing can be filled in until then.",
  },
  previousMissing: {
    sv: (count: number) => `Utan tidigare belopp (förändringen lämnas tom), ${count} st:`,
    en: (count: number) => `Without a previous amount (the change is left blank), ${count}:`,
  },
  previousWaiting: {
    sv: () => "Läs in befolkningen först: beloppen matchas mot dess kommuner och stadsdelar.",
    en: () => "Read the population first: the amounts are matched to its municipalities and districts.",
  },

  // The summary.
  summaryHeading: { sv: () => "Sammanfattning", en: () => "Summary" },
  summaryRate: { sv: () => "Kostnad per invånare och år", en: () => "Cost per inhabitant and year" },
  summaryLargest: { sv: () => "Största enhet", en: () => "Largest unit" },
  summaryLargestValue: {
    sv: (name: string, population: string) => `${name} (${population} inv.)`,
    en: (name: string, population: string) => `${name} (${population} inhabitants)`,
  },
  summaryPopulation: { sv: () => "Invånare totalt", en: () => "Total population" },
  summaryTotalYear: { sv: () => "Totalt per år", en: () => "Total per year" },
  summaryTotalPeriod: { sv: (years: string) => `Totalt för ${years} år`, en: (years: string) => `Total for ${years} years` },
  summarySupportPerUser: { sv: () => "Support per användare och år", en: () => "Support per user and year" },
  summaryMunicipalPart: { sv: (year: string) => `Kommunernas del ${year}`, en: (year: string) => `Municipalities' part ${year}` },
  summaryUnavailable: { sv: () => "Rätta felen ovan för att se sammanfattningen.", en: () => "Fix the errors above to see the summary." },
  paragraphHeading: { sv: () => "Stycke till tjänsteutlåtandet", en: () => "Paragraph for the committee paper" },
  paragraphHint: {
    sv: () => "Samma stycke som bladet Årskostnad får, med siffrorna ur samma beräkning.",
    en: () => "The same paragraph the annual cost sheet gets, its figures from the same computation.",
  },
  paragraphUnit: { sv: () => "Enhet", en: () => "Unit" },
  paragraphMunicipalities: { sv: () => "Kommuner", en: () => "Municipalities" },
  paragraphDistricts: { sv: () => "Stadsdelar", en: () => "Districts" },
  paragraphCopy: { sv: () => "Kopiera stycket", en: () => "Copy the paragraph" },
  paragraphCopied: { sv: () => "Stycket är kopierat.", en: () => "The paragraph is copied." },
  paragraphSelected: {
    sv: () => "Stycket är markerat: tryck Ctrl+C (⌘C på Mac) för att kopiera det.",
    en: () => "The paragraph is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  },

  // Filling.
  fillHeading: { sv: () => "Fyll i arbetsboken", en: () => "Fill the workbook" },
  fillButton: { sv: () => "Fyll i", en: () => "Fill" },
  fillBlocked: { sv: () => "Rätta felen ovan först.", en: () => "Fix the errors above first." },
  fillNeedsData: { sv: () => "Läs in befolkningen först.", en: () => "Read the population first." },
  fillNeedsTable: { sv: () => "Välj en tabell att fylla i först.", en: () => "Choose a table to fill first." },
  checking: { sv: () => "Kontrollerar arbetsboken …", en: () => "Checking the workbook …" },
  writing: { sv: () => "Skriver bladen …", en: () => "Writing the sheets …" },
  progress: {
    sv: (done: number, total: number) => `${done} av ${total} steg klara`,
    en: (done: number, total: number) => `${done} of ${total} steps done`,
  },
  doneHeading: { sv: () => "Klart", en: () => "Done" },
  chartFailed: {
    sv: (reason: string) => `Diagrammet kunde inte skapas: ${reason.trim().replace(/\.?$/, ".")} Tabellerna är ifyllda; diagrammet kan göras för hand från Årskostnad.`,
    en: (reason: string) => `The chart could not be made: ${reason.trim().replace(/\.?$/, ".")} The tables are filled; the chart can be made by hand from Annual cost.`,
  } as Bilingual<[string]>,
  doneText: {
    sv: (count: number) => (count === 1 ? "1 blad skapades:" : `${count} blad skapades:`),
    en: (count: number) => (count === 1 ? "1 sheet was created:" : `${count} sheets were created:`),
  },
  goTo: { sv: (sheet: string) => `Gå till ${sheet}`, en: (sheet: string) => `Go to ${sheet}` },
  fillFailed: { sv: () => "Bladen kunde inte fyllas i.", en: () => "The sheets could not be filled in." },
  activateFailed: {
    sv: (sheet: string) => `Kunde inte visa bladet ${sheet}.`,
    en: (sheet: string) => `Could not show the sheet ${sheet}.`,
  },
  dismiss: { sv: () => "Stäng", en: () => "Close" },

  // The sheets exist already: the question.
  // About the add-in: the host, its requirement sets, and trying the riskiest calls.
  aboutHeading: { sv: () => "Om tillägget", en: () => "About the add-in" },
  aboutLanguage: { sv: () => "Språk", en: () => "Language" },
  aboutUnknown: { sv: () => "okänt", en: () => "unknown" },
  aboutSupported: { sv: () => "ja", en: () => "yes" },
  aboutUnsupported: { sv: () => "nej", en: () => "no" },
  aboutNeedsFill: { sv: () => "ifyllningen", en: () => "the fill" },
  aboutNeedsCellEdit: { sv: () => "väntar medan du skriver i en cell", en: () => "waits while you type in a cell" },
  aboutNeedsMerged: { sv: () => "Granska ser sammanfogade celler", en: () => "the check sees merged cells" },
  aboutNeedsRuntime: { sv: () => "delad körmiljö", en: () => "shared runtime" },
  aboutNeedsFunctions: { sv: () => "funktionerna SVV.*", en: () => "the SVV.* functions" },
  aboutTest: { sv: () => "Testa det här Excel", en: () => "Test this Excel" },
  aboutTesting: { sv: () => "Testar …", en: () => "Testing …" },
  aboutTestHint: {
    sv: () => "Provar diagram, utskriftsformat, totalrad och sammanfogade celler på ett tillfälligt blad som tas bort efteråt. Kopiera texten och skicka den när något inte fungerar.",
    en: () => "Tries the chart, page layout, totals row and merged cells on a scratch sheet that is deleted afterwards. Copy the text and send it when something does not work.",
  },
  aboutCopy: { sv: () => "Kopiera", en: () => "Copy" },
  aboutCopied: { sv: () => "Kopierat.", en: () => "Copied." },
  aboutSelected: { sv: () => "Texten är markerad: tryck Ctrl+C.", en: () => "The text is selected: press Ctrl+C." },
  aboutProbe: {
    sv: (key: string) =>
      ({ scratchSheet: "Tillfälligt blad", chart: "Diagram med egna serier", pageLayout: "Utskriftsformat (A4, en sida bred)", totalsFormat: "Talformat i tabellens totalrad", mergedAreas: "Sammanfogade celler", cleanUp: "Det tillfälliga bladet borttaget" })[key] ?? key,
    en: (key: string) =>
      ({ scratchSheet: "Scratch sheet", chart: "Chart with explicit series", pageLayout: "Page layout (A4, one page wide)", totalsFormat: "Number format in a table's totals row", mergedAreas: "Merged cells", cleanUp: "Scratch sheet deleted" })[key] ?? key,
  } as Bilingual<[string]>,
  aboutOutcome: {
    sv: (outcome: string) => ({ ok: "fungerar", differs: "avviker", failed: "misslyckades", skipped: "stöds inte" })[outcome] ?? outcome,
    en: (outcome: string) => ({ ok: "works", differs: "differs", failed: "failed", skipped: "not supported" })[outcome] ?? outcome,
  } as Bilingual<[string]>,
  existingTitle: { sv: () => "Bladen finns redan", en: () => "The sheets exist already" },
  existingChanged: {
    sv: () => "Bladen ändrades medan frågan var öppen. Så här ser de ut nu:",
    en: () => "The sheets changed while the question was open. This is how they are now:",
  },
  existingText: { sv: () => "Arbetsboken har redan de här bladen:", en: () => "The workbook already has these sheets:" },
  existingQuestion: { sv: () => "Vad vill du göra?", en: () => "What do you want to do?" },
  existingReplace: { sv: () => "Ersätt", en: () => "Replace" },
  existingKeepBoth: { sv: () => "Behåll båda (nya namn)", en: () => "Keep both (new names)" },
  existingCancel: { sv: () => "Avbryt", en: () => "Cancel" },
  existingLost: {
    sv: (count: number) =>
      `Ersätt tar bort ${count === 1 ? "1 inskrivet värde" : `${count} inskrivna värden`} vars enhet inte finns i de nya tabellerna:`,
    en: (count: number) =>
      `Replace removes ${count === 1 ? "1 typed value" : `${count} typed values`} whose unit is not in the new tables:`,
  },
  existingCarried: {
    sv: (count: number) =>
      count === 0
        ? "Ersätt: det finns inga inskrivna värden (användare, tidigare kostnader) att föra över."
        : `Ersätt för över ${count === 1 ? "1 inskrivet värde" : `${count} inskrivna värden`} (användare, tidigare kostnader) till samma kommun eller stadsdel i de nya bladen.`,
    en: (count: number) =>
      count === 0
        ? "Replace: there are no typed values (users, previous costs) to carry over."
        : `Replace carries ${count === 1 ? "1 typed value" : `${count} typed values`} (users, previous costs) over to the same municipality or district in the new sheets.`,
  },
  existingReplaced: {
    sv: (count: number) =>
      `Ersätt skriver över ${count === 1 ? "1 inskrivet belopp" : `${count} inskrivna belopp`} med de tidigare belopp du nu har läst in:`,
    en: (count: number) => `Replace overwrites ${count === 1 ? "1 typed amount" : `${count} typed amounts`} with the previous amounts you have just read:`,
  },
  existingReplacedItem: {
    sv: (sheet: string, unit: string, field: string, old: string, imported: string) => `${unit} (${sheet}): ${field} ${old} blir ${imported}`,
    en: (sheet: string, unit: string, field: string, old: string, imported: string) => `${unit} (${sheet}): ${field} ${old} becomes ${imported}`,
  },
  existingLostItem: {
    sv: (sheet: string, unit: string, field: string, value: string) => `${unit} (${sheet}): ${field} ${value}`,
    en: (sheet: string, unit: string, field: string, value: string) => `${unit} (${sheet}): ${field} ${value}`,
  },
  fieldUsers: { sv: () => "användare", en: () => "users" },
  fieldPreviousCost: { sv: () => "tidigare kostnad", en: () => "previous cost" },
  cancelled: { sv: () => "Inget fylldes i.", en: () => "Nothing was filled in." },

  // The page opened outside Excel (NotInExcel.tsx).
  notInExcelTitle: { sv: () => "Kostnadsdelning behöver Excel", en: () => "Cost sharing needs Excel" },
  notInExcelBody: {
    sv: () => "Det här är aktivitetsfönstret till tillägget Kostnadsdelning. Öppna det i Excel, från menyfliksområdet.",
    en: () => "This is the task pane of the Cost sharing add-in. Open it in Excel, from the ribbon.",
  },
  notInExcelPreview: { sv: () => "Prova fönstret utan Excel", en: () => "Try the pane without Excel" },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The pane's texts in one language, as components get them. */
export type Strings = Texts<typeof PANE_STRINGS>;

/** The pane's texts in `locale`, for code outside the React tree's locale (the page shown outside Excel). */
export function paneStrings(locale: Locale): Strings {
  return textsIn(PANE_STRINGS, locale);
}

/** The paper and section a default comes from, for the hint under a field: the source's name (src/data), beginning the phrase. */
export function sourceName(document: string, section: string, locale: Locale): string {
  const name = sourceNameInText(document, section, locale);
  return name.charAt(0).toLocaleUpperCase(locale === "sv" ? "sv-SE" : "en-GB") + name.slice(1);
}
