import { formatNumber } from "../i18n/locale";
import { quoted, type Bilingual } from "../i18n/messages";

/*
 * Every message of the population import (src/input): the table's rows (populationRows.ts) and the
 * CSV file (csv.ts), Swedish and English side by side. The reasons carry no location: the reader
 * puts the row, column and cell in front ("Rad 5, kolumn ”invånare” (C5): ") and the file reader
 * the file ("befolkning.csv: ").
 */

const sv = (text: string) => quoted(text, "sv");
const en = (text: string) => quoted(text, "en");
const svNumber = (value: number) => formatNumber(value, "sv");
const enNumber = (value: number) => formatNumber(value, "en");
const megabytes = (bytes: number, locale: "sv" | "en") => {
  const size = bytes / (1024 * 1024);
  return `${formatNumber(size, locale, Number.isInteger(size) || size >= 10 ? 0 : 1)}\u00a0MB`;
};

export const INPUT_MESSAGES = {
  // Where a problem is.
  row: {
    sv: (row: number) => `Rad ${row}`,
    en: (row: number) => `Row ${row}`,
  },
  column: {
    sv: (column: string) => `kolumn ${sv(column)}`,
    en: (column: string) => `column ${en(column)}`,
  },
  /** A line of a file that could not be read as CSV: "rad 2: …". */
  fileLine: {
    sv: (line: number) => `rad ${line}: `,
    en: (line: number) => `row ${line}: `,
  },

  // The table as a whole.
  emptyTable: {
    sv: () => "tabellen är tom (rubrikraden med namn, typ och invånare saknas)",
    en: () => "the table is empty (no header row with name, type and population)",
  },
  emptyTableMessage: {
    sv: () => "Tabellen är tom: den behöver en rubrikrad med namn, typ och invånare och en rad per kommun eller stadsdel.",
    en: () => "The table is empty: it needs a header row with name, type and population and one row per municipality or district.",
  },
  duplicateColumn: {
    sv: (label: string, position: number) => `kolumnen ${sv(label)} finns redan i kolumn ${position}; ta bort den ena`,
    en: (label: string, position: number) => `the column ${en(label)} is already column ${position}; remove one of them`,
  },
  missingColumn: {
    sv: (label: string, headers: readonly string[]) =>
      `kolumnen ${sv(label)} saknas i rubrikraden (den behöver namn, typ och invånare${headers.length > 0 ? `; rubrikerna är ${headers.map(sv).join(", ")}` : ""})`,
    en: (label: string, headers: readonly string[]) =>
      `the column ${en(label)} is missing from the header row (it needs name, type and population${headers.length > 0 ? `; the headers are ${headers.map(en).join(", ")}` : ""})`,
  },
  noRowsBelowHeader: {
    sv: () => "det finns inga rader under rubrikraden",
    en: () => "there are no rows below the header row",
  },
  tooManyRows: {
    sv: (rows: number, limit: number) =>
      `Tabellen har ${svNumber(rows)} rader med data, fler än de ${svNumber(limit)} en befolkningstabell får ha (ett län har långt färre än tusen kommuner och stadsdelar); välj bara befolkningstabellen`,
    en: (rows: number, limit: number) =>
      `The table has ${enNumber(rows)} rows of data, more than the ${enNumber(limit)} a population table may have (a county has far fewer than a thousand municipalities and districts); choose the population table only`,
  },
  /** The last issue of a list cut short: "… och 130 fel till". */
  moreIssues: {
    sv: (count: number) => `… och ${svNumber(count)} fel till`,
    en: (count: number) => `… and ${enNumber(count)} more ${count === 1 ? "error" : "errors"}`,
  },

  // One cell.
  emptyName: {
    sv: () => "namnet saknas",
    en: () => "the name is missing",
  },
  typeMissing: {
    sv: () => "typen saknas (skriv kommun, stadsdel eller rest)",
    en: () => "the type is missing (write kommun, stadsdel or rest)",
  },
  unknownType: {
    sv: (text: string) => `${sv(text)} är ingen känd typ (skriv kommun, stadsdel eller rest)`,
    en: (text: string) => `${en(text)} is not a known type (write kommun, stadsdel or rest)`,
  },
  emptyPopulation: {
    sv: () => "antalet invånare saknas",
    en: () => "the population is missing",
  },
  notANumber: {
    sv: (text: string) => `${sv(text)} är inte ett tal`,
    en: (text: string) => `${en(text)} is not a number`,
  },
  negative: {
    sv: (text: string) => `antalet invånare kan inte vara negativt (${sv(text)})`,
    en: (text: string) => `the population cannot be negative (${en(text)})`,
  },
  notWholeNumber: {
    sv: (text: string) => `antalet invånare måste vara ett heltal (${sv(text)})`,
    en: (text: string) => `the population must be a whole number (${en(text)})`,
  },
  tooLarge: {
    sv: (text: string, max: number) => `antalet invånare kan vara högst ${svNumber(max)} (${sv(text)})`,
    en: (text: string, max: number) => `the population can be at most ${enNumber(max)} (${en(text)})`,
  },
  invalidCode: {
    sv: (text: string) => `${sv(text)} är ingen kommunkod (fyra siffror, t.ex. 0180)`,
    en: (text: string) => `${en(text)} is not a municipality code (four digits, e.g. 0180)`,
  },

  // Rows against each other.
  duplicateName: {
    sv: (name: string, firstRow: number) => `${sv(name)} finns redan på rad ${firstRow}`,
    en: (name: string, firstRow: number) => `${en(name)} already appears on row ${firstRow}`,
  },
  derivedCityName: {
    sv: (name: string) => `${sv(name)} är stadens namn, och staden räknas fram ur stadsdelarna och restposten; ge raden ett annat namn`,
    en: (name: string) => `${en(name)} is the city's name, and the city is derived from the districts and the rest post; give the row another name`,
  },
  duplicateCode: {
    sv: (code: string, firstRow: number) => `koden ${code} finns redan på rad ${firstRow}`,
    en: (code: string, firstRow: number) => `the code ${code} already appears on row ${firstRow}`,
  },
  duplicateRest: {
    sv: (firstRow: number) => `det får bara finnas en restpost (den första är på rad ${firstRow})`,
    en: (firstRow: number) => `there can be only one rest post (the first is on row ${firstRow})`,
  },
  restWithoutDistricts: {
    sv: () => "en restpost hör till Stockholms stadsdelar, men tabellen har inga stadsdelar",
    en: () => "a rest post belongs to Stockholm's districts, but the table has no districts",
  },
  districtsWithoutCity: {
    sv: (cityCode: string) =>
      `tabellen har stadsdelar men ingen kommunrad för Stockholm (namn Stockholm eller kod ${cityCode}) med stadens totala antal invånare`,
    en: (cityCode: string) =>
      `the table has districts but no municipality row for Stockholm (name Stockholm or code ${cityCode}) with the city's total population`,
  },
  cityTotalMismatch: {
    sv: (given: number, districts: number, rest: number, computed: number) =>
      `Stockholm har ${svNumber(given)} invånare, men stadsdelarna (${svNumber(districts)}) plus restposten (${svNumber(rest)}) är ${svNumber(computed)}`,
    en: (given: number, districts: number, rest: number, computed: number) =>
      `Stockholm has ${enNumber(given)} inhabitants, but the districts (${enNumber(districts)}) plus the rest post (${enNumber(rest)}) make ${enNumber(computed)}`,
  },
  negativeRest: {
    sv: (city: number, districts: number) =>
      `Stockholm har ${svNumber(city)} invånare men stadsdelarna har ${svNumber(districts)}, fler än hela staden; restposten (stadens invånare utan känd stadsdel) kan inte vara negativ`,
    en: (city: number, districts: number) =>
      `Stockholm has ${enNumber(city)} inhabitants but its districts have ${enNumber(districts)}, more than the whole city; the rest post (residents with no known district) cannot be negative`,
  },
  restDerived: {
    sv: (rest: number, city: number, districts: number) => `Restposten (${svNumber(rest)}) härledd som Stockholms ${svNumber(city)} minus stadsdelarnas ${svNumber(districts)}`,
    en: (rest: number, city: number, districts: number) => `The rest post (${enNumber(rest)}) derived as Stockholm's ${enNumber(city)} less the districts' ${enNumber(districts)}`,
  },
  noiseNote: {
    sv: (stated: number, summed: number, margin: number) =>
      `Stockholms angivna ${svNumber(stated)} och summan av stadsdelarna och restposten ${svNumber(summed)} skiljer sig med ${svNumber(Math.abs(stated - summed))}, inom SCB:s brus (högst ${svNumber(margin)}); den angivna summan gäller och restposten tar skillnaden`,
    en: (stated: number, summed: number, margin: number) =>
      `Stockholm's stated ${enNumber(stated)} and the districts plus rest post ${enNumber(summed)} differ by ${enNumber(Math.abs(stated - summed))}, within SCB's noise (at most ${enNumber(margin)}); the stated total stands and the rest post takes the difference`,
  },
  cityTotalGiven: {
    sv: (total: number, row: number) => `Stockholms totala antal invånare är angivet till ${svNumber(total)}, men raden säger ${svNumber(row)}`,
    en: (total: number, row: number) => `Stockholm's total population is given as ${enNumber(total)}, but the row says ${enNumber(row)}`,
  },
  allZero: {
    sv: () => "alla stadsdelar har 0 invånare, så restposten kan inte fördelas på dem",
    en: () => "every district has 0 inhabitants, so the rest post cannot be spread over them",
  },

  /** For the pane's and the commands' summaries of an accepted table without a Stockholm row. */
  stockholmDerived: {
    sv: (population: number) => `Stockholm (${svNumber(population)}) härledd ur stadsdelarna och restposten`,
    en: (population: number) => `Stockholm (${enNumber(population)}) derived from the districts and the rest post`,
  },

  // The CSV file.
  utf16: {
    sv: () => "filen är sparad som UTF-16 (Unicode-text); spara den som CSV UTF-8 i stället",
    en: () => "the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8 instead",
  },
  notUtf8: {
    sv: () => "filen är inte UTF-8 (sparad som ”CSV (semikolonavgränsad)” i äldre teckenkodning?); spara den som ”CSV UTF-8”",
    en: () => 'the file is not UTF-8 (saved with an older character encoding?); save it as "CSV UTF-8"',
  },
  quoteNotClosed: {
    sv: () => 'ett citattecken (") öppnas men stängs aldrig',
    en: () => 'a quotation mark (") is opened but never closed',
  },
  textAfterClosingQuote: {
    sv: () => "ett fält har text efter sitt avslutande citattecken",
    en: () => "a field has text after its closing quotation mark",
  },
  notCsv: {
    sv: (detail: string) => `filen kan inte läsas som CSV (${detail})`,
    en: (detail: string) => `the file cannot be read as CSV (${detail})`,
  },
  fileNotFound: {
    sv: () => "filen finns inte",
    en: () => "the file does not exist",
  },
  fileUnreadable: {
    sv: (detail: string) => `filen kan inte läsas (${detail})`,
    en: (detail: string) => `the file cannot be read (${detail})`,
  },
  tooManyFileRows: {
    sv: (rows: number, limit: number) =>
      `filen har ${svNumber(rows)} rader med data, fler än de ${svNumber(limit)} en befolkningsfil får ha (ett län har långt färre än tusen kommuner och stadsdelar)`,
    en: (rows: number, limit: number) =>
      `the file has ${enNumber(rows)} rows of data, more than the ${enNumber(limit)} a population file may have (a county has far fewer than a thousand municipalities and districts)`,
  },
  /** `rows` is undefined when the file was too large to count them. */
  fileTooLarge: {
    sv: (bytes: number, rows: number | undefined, limitBytes: number, limitRows: number) =>
      `filen är ${megabytes(bytes, "sv")}${rows !== undefined ? ` med ${svNumber(rows)} rader` : ""}, men en befolkningsfil får vara högst ${megabytes(limitBytes, "sv")} och ${svNumber(limitRows)} rader (ett län har långt färre än tusen kommuner och stadsdelar)`,
    en: (bytes: number, rows: number | undefined, limitBytes: number, limitRows: number) =>
      `the file is ${megabytes(bytes, "en")}${rows !== undefined ? ` with ${enNumber(rows)} rows` : ""}, but a population file may be at most ${megabytes(limitBytes, "en")} and ${enNumber(limitRows)} rows (a county has far fewer than a thousand municipalities and districts)`,
  },

  // Previous amounts (previousAmounts.ts; the --previous file, src/files/previousAmounts.ts).
  previousEmptyTable: {
    sv: () => "tabellen är tom (rubrikraden med enhet och belopp saknas)",
    en: () => "the table is empty (no header row with unit and amount)",
  },
  previousEmptyTableMessage: {
    sv: () => "Tabellen är tom: den behöver en rubrikrad med enhet (namn eller kod) och belopp och en rad per kommun eller stadsdel.",
    en: () => "The table is empty: it needs a header row with unit (name or code) and amount and one row per municipality or district.",
  },
  /** The label of the unit column in a message: it may be a name or a code column. */
  previousUnitLabel: {
    sv: () => "namn eller kod",
    en: () => "name or code",
  },
  previousMissingColumn: {
    sv: (label: string, headers: readonly string[]) =>
      `kolumnen ${sv(label)} saknas i rubrikraden (den behöver namn eller kod och belopp${headers.length > 0 ? `; rubrikerna är ${headers.map(sv).join(", ")}` : ""})`,
    en: (label: string, headers: readonly string[]) =>
      `the column ${en(label)} is missing from the header row (it needs name or code and amount${headers.length > 0 ? `; the headers are ${headers.map(en).join(", ")}` : ""})`,
  },
  previousTooManyRows: {
    sv: (rows: number, limit: number) =>
      `Tabellen har ${svNumber(rows)} rader med data, fler än de ${svNumber(limit)} en tabell med tidigare belopp får ha (ett län har långt färre än tusen kommuner och stadsdelar); välj bara tabellen med beloppen`,
    en: (rows: number, limit: number) =>
      `The table has ${enNumber(rows)} rows of data, more than the ${enNumber(limit)} a table of previous amounts may have (a county has far fewer than a thousand municipalities and districts); choose the table of amounts only`,
  },
  previousNoUnit: {
    sv: () => "enheten saknas (skriv kommunens eller stadsdelens namn eller kod)",
    en: () => "the unit is missing (write the municipality's or district's name or code)",
  },
  previousNotInCounty: {
    sv: (unit: string) => `${sv(unit)} är varken en kommun eller en stadsdel i befolkningen; tidigare belopp kan bara anges för dess enheter`,
    en: (unit: string) => `${en(unit)} is neither a municipality nor a district of the population; previous amounts can only be given for its units`,
  },
  previousCodeNotName: {
    sv: (code: string, name: string, unitCode: string) => `koden ${code} hör inte till ${sv(name)}, vars kod är ${unitCode}`,
    en: (code: string, name: string, unitCode: string) => `the code ${code} does not belong to ${en(name)}, whose code is ${unitCode}`,
  },
  previousDuplicateUnit: {
    sv: (unit: string, firstRow: number) => `${unit} har redan ett belopp på rad ${firstRow}`,
    en: (unit: string, firstRow: number) => `${unit} already has an amount on row ${firstRow}`,
  },
  /** Put before the figure reader's reasons that have no subject ("får inte vara negativt (−5 kr)"). */
  previousAmount: {
    sv: (reason: string) => `beloppet ${reason}`,
    en: (reason: string) => `the amount ${reason}`,
  },
  previousTooManyFileRows: {
    sv: (rows: number, limit: number) =>
      `filen har ${svNumber(rows)} rader med data, fler än de ${svNumber(limit)} en fil med tidigare belopp får ha (ett län har långt färre än tusen kommuner och stadsdelar)`,
    en: (rows: number, limit: number) =>
      `the file has ${enNumber(rows)} rows of data, more than the ${enNumber(limit)} a file of previous amounts may have (a county has far fewer than a thousand municipalities and districts)`,
  },
  /** `rows` is undefined when the file was too large to count them. */
  previousFileTooLarge: {
    sv: (bytes: number, rows: number | undefined, limitBytes: number, limitRows: number) =>
      `filen är ${megabytes(bytes, "sv")}${rows !== undefined ? ` med ${svNumber(rows)} rader` : ""}, men en fil med tidigare belopp får vara högst ${megabytes(limitBytes, "sv")} och ${svNumber(limitRows)} rader (ett län har långt färre än tusen kommuner och stadsdelar)`,
    en: (bytes: number, rows: number | undefined, limitBytes: number, limitRows: number) =>
      `the file is ${megabytes(bytes, "en")}${rows !== undefined ? ` with ${enNumber(rows)} rows` : ""}, but a file of previous amounts may be at most ${megabytes(limitBytes, "en")} and ${enNumber(limitRows)} rows (a county has far fewer than a thousand municipalities and districts)`,
  },
  previousWorkbookTooLarge: {
    sv: (bytes: number, limitBytes: number) => `arbetsboken är ${megabytes(bytes, "sv")}, men en arbetsbok med tidigare belopp får vara högst ${megabytes(limitBytes, "sv")}`,
    en: (bytes: number, limitBytes: number) => `the workbook is ${megabytes(bytes, "en")}, but a workbook of previous amounts may be at most ${megabytes(limitBytes, "en")}`,
  },
  previousNotXlsx: {
    sv: (detail: string) => `filen kan inte läsas som en Excel-arbetsbok (${detail})`,
    en: (detail: string) => `the file cannot be read as an Excel workbook (${detail})`,
  },
  previousNoTables: {
    sv: (sheet: string) =>
      `arbetsboken har inget blad ${sheet} som tillägget har gjort: tidigare belopp läses ur bladet ${sheet} i en arbetsbok som tillägget har gjort, eller ur en CSV-fil med namn (eller kod) och belopp`,
    en: (sheet: string) =>
      `the workbook has no ${sheet} sheet the add-in made: previous amounts are read from the ${sheet} sheet of a workbook the add-in made, or from a CSV file with name (or code) and amount`,
  },
  previousInvalidPeriod: {
    sv: (text: string) => `${sv(text)} är ingen period: skriv ett år (2025) eller ”före 2020”`,
    en: (text: string) => `${en(text)} is not a period: write a year (2025) or "before 2020"`,
  },
  previousMixedPeriods: {
    sv: (period: string, first: string, firstRow: number) => `perioden ${period} är en annan än ${first} på rad ${firstRow}: tidigare belopp är från en och samma period`,
    en: (period: string, first: string, firstRow: number) => `the period ${period} is not ${first} as on row ${firstRow}: previous amounts are all of one period`,
  },
  /** Kommuner's and Stadsdelar's Summa/år: the LOU part only. */
  previousPartOnly: {
    sv: (sheet: string) => `Summa/år på Kommuner och Stadsdelar är bara LOU-delen, inte enhetens hela årsbelopp: läs beloppen ur bladet ${sheet}, där LOU-delen och supportdelen är lagda samman`,
    en: (sheet: string) => `Per year on Municipalities and Districts is the LOU part only, not the unit's whole yearly amount: read the amounts from the ${sheet} sheet, where the LOU part and the support part are added together`,
  },
  previousPeriodBeforeWorkbook: {
    sv: (period: string, first: number) => `en arbetsbok från tillägget har belopp från ${first} och framåt, inga från ${period}: ge beloppen från ${period} i en CSV-fil`,
    en: (period: string, first: number) => `a workbook from the add-in has amounts from ${first} on, none from ${period}: give the amounts from ${period} in a CSV file`,
  },
  previousNoAmountColumn: {
    sv: (wanted: string, period: string, headers: readonly string[]) => `Årskostnad har ingen kolumn ${sv(wanted)} med beloppen från ${period} (rubrikerna är ${headers.map(sv).join(", ")})`,
    en: (wanted: string, period: string, headers: readonly string[]) => `Annual cost has no column ${en(wanted)} with the amounts from ${period} (the headers are ${headers.map(en).join(", ")})`,
  },
  previousNoAmounts: {
    sv: (column: string) => `kolumnen ${sv(column)} på Årskostnad är tom för varje enhet: användarna fylldes aldrig i på bladet Support, så enheternas hela årsbelopp finns inte där`,
    en: (column: string) => `the column ${en(column)} on Annual cost is empty for every unit: the users were never entered on the Support sheet, so the units' whole yearly amounts are not there`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type InputMessageKey = keyof typeof INPUT_MESSAGES;

/*
 * The messages of an agreement read from a JSON file (`npm run workbook -- --agreement FILE.json`,
 * src/files/agreementFile.ts): the reasons a field is refused. The reader puts the file and the
 * field in front ("avtal.json: parameters[1].value: "); what the plan refuses in a set of
 * agreements is said in src/workbook (agreementTexts.ts).
 */
export const AGREEMENT_FILE_MESSAGES = {
  notJson: {
    sv: (line: number, column: number) => `rad ${line}, kolumn ${column}: filen är inte giltig JSON`,
    en: (line: number, column: number) => `line ${line}, column ${column}: the file is not valid JSON`,
  },
  notJsonEnd: {
    sv: () => "filen tar slut mitt i JSON-texten",
    en: () => "the file ends in the middle of its JSON",
  },
  notUtf8: {
    sv: () => "filen är inte UTF-8-text",
    en: () => "the file is not UTF-8 text",
  },
  fileTooLarge: {
    sv: (bytes: number, limit: number) => `filen är ${svNumber(Math.ceil(bytes / 1024))}\u00a0kB, men en avtalsfil får vara högst ${svNumber(limit / 1024)}\u00a0kB`,
    en: (bytes: number, limit: number) => `the file is ${enNumber(Math.ceil(bytes / 1024))}\u00a0kB, but an agreement file may be at most ${enNumber(limit / 1024)}\u00a0kB`,
  },
  missing: {
    sv: () => "saknas",
    en: () => "is missing",
  },
  wrongType: {
    sv: (expected: string) => `ska vara ${expected}`,
    en: (expected: string) => `should be ${expected}`,
  },
  aText: {
    sv: () => "en text",
    en: () => "a text",
  },
  aNumber: {
    sv: () => "ett tal",
    en: () => "a number",
  },
  anObject: {
    sv: () => "ett objekt { … }",
    en: () => "an object { … }",
  },
  aList: {
    sv: () => "en lista [ … ]",
    en: () => "a list [ … ]",
  },
  empty: {
    sv: () => "får inte vara tom",
    en: () => "must not be empty",
  },
  tooFew: {
    sv: (minimum: number) => `behöver minst ${svNumber(minimum)}`,
    en: (minimum: number) => `needs at least ${enNumber(minimum)}`,
  },
  unknownField: {
    sv: () => "är inget fält i ett avtal (felstavat?)",
    en: () => "is not a field of an agreement (misspelt?)",
  },
  unknownKind: {
    sv: (kind: string, kinds: string) => `${sv(kind)} är ingen sorts kostnadsdel (${kinds})`,
    en: (kind: string, kinds: string) => `${en(kind)} is no kind of cost component (${kinds})`,
  },
  invalid: {
    sv: () => "är inte som ett avtal har det",
    en: () => "is not as an agreement has it",
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
