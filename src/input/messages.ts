import { formatNumber, quoted, type Bilingual } from "../i18n";
import { NOISE_NOTE, REST_DERIVED } from "./notes";

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
    sv: () => "tabellen är tom (rubrikraden med namn och invånare saknas)",
    en: () => "the table is empty (no header row with name and population)",
  },
  emptyTableMessage: {
    sv: () => "Tabellen är tom: den behöver en rubrikrad med namn och invånare och en rad per kommun eller stadsdel.",
    en: () => "The table is empty: it needs a header row with name and population and one row per municipality or district.",
  },
  duplicateColumn: {
    sv: (label: string, position: number) => `kolumnen ${sv(label)} finns redan i kolumn ${position}; ta bort den ena`,
    en: (label: string, position: number) => `the column ${en(label)} is already column ${position}; remove one of them`,
  },
  missingColumn: {
    sv: (label: string, headers: readonly string[]) =>
      `kolumnen ${sv(label)} saknas i rubrikraden (den behöver namn och invånare, t.ex. ”namn;invånare”, ”Region;2018”${headers.length > 0 ? `; rubrikerna är ${headers.map(sv).join(", ")}` : ""})`,
    en: (label: string, headers: readonly string[]) =>
      `the column ${en(label)} is missing from the header row (it needs name and population, e.g. "name;population", "Region;2018"${headers.length > 0 ? `; the headers are ${headers.map(en).join(", ")}` : ""})`,
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
    sv: (name: string, place: string) => `${sv(name)} finns redan på ${place}; en enhet får stå en gång`,
    en: (name: string, place: string) => `${en(name)} already appears on ${place}; a unit may appear once`,
  },
  duplicateRest: {
    sv: (place: string) => `det får bara finnas en restpost (den första är på ${place})`,
    en: (place: string) => `there can be only one rest post (the first is on ${place})`,
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
  restDerived: REST_DERIVED,
  noiseNote: NOISE_NOTE,
  cityTotalGiven: {
    sv: (total: number, row: number) => `Stockholms totala antal invånare är angivet till ${svNumber(total)}, men raden säger ${svNumber(row)}`,
    en: (total: number, row: number) => `Stockholm's total population is given as ${enNumber(total)}, but the row says ${enNumber(row)}`,
  },
  allZero: {
    sv: () => "alla stadsdelar har 0 invånare, så restposten kan inte fördelas på dem",
    en: () => "every district has 0 inhabitants, so the rest post cannot be spread over them",
  },


  // The county as a closed list (populationTable.ts, populationCounty.ts, aggregates.ts).
  /** The name of a required column in a message. */
  columnLabel: {
    sv: (key: "name" | "population") => (key === "name" ? "namn" : "invånare"),
    en: (key: "name" | "population") => (key === "name" ? "name" : "population"),
  },
  /** Another row as a message names it. */
  placeRow: {
    sv: (row: number) => `rad ${row}`,
    en: (row: number) => `row ${row}`,
  },
  placeRowIn: {
    sv: (row: number, file: string) => `rad ${row} i ${file}`,
    en: (row: number, file: string) => `row ${row} of ${file}`,
  },
  notInCounty: {
    sv: (name: string) =>
      `${sv(name)} är varken en kommun i Stockholms län, en stadsdel i Stockholm, restposten eller en känd summarad; rätta namnet, skriv kommunkoden, eller ta bort raden`,
    en: (name: string) =>
      `${en(name)} is neither a municipality of Stockholm county, a district of Stockholm, the rest post nor a known total row; correct the name, write the municipality code, or remove the row`,
  },
  nearMiss: {
    sv: (name: string, suggestion: string) => `${sv(name)} är ingen kommun eller stadsdel i länet; menade du ${sv(suggestion)}? Skriv namnet så (eller kommunkoden)`,
    en: (name: string, suggestion: string) => `${en(name)} is no municipality or district of the county; did you mean ${en(suggestion)}? Write the name that way (or the municipality code)`,
  },
  codeNotName: {
    sv: (code: string, codeName: string, name: string) => `koden ${code} är ${codeName}, men raden säger ${sv(name)}; rätta koden eller namnet`,
    en: (code: string, codeName: string, name: string) => `the code ${code} is ${codeName}, but the row says ${en(name)}; correct the code or the name`,
  },
  unknownCode: {
    sv: (code: string) => `${sv(code)} är ingen kommunkod (SCB:s kommunkoder har fyra siffror: länets två och kommunens två, t.ex. 0180)`,
    en: (code: string) => `${en(code)} is no municipality code (SCB's codes have four digits: the county's two and the municipality's two, e.g. 0180)`,
  },
  wrongType: {
    sv: (name: string, kind: "municipality" | "district" | "rest", text: string) =>
      `${name} är ${kind === "municipality" ? "en kommun" : kind === "district" ? "en stadsdel" : "restposten"}, men typen säger ${sv(text)}`,
    en: (name: string, kind: "municipality" | "district" | "rest", text: string) =>
      `${name} is ${kind === "municipality" ? "a municipality" : kind === "district" ? "a district" : "the rest post"}, but the type says ${en(text)}`,
  },
  zeroPopulation: {
    sv: (name: string) => `${name} har 0 invånare, vilket ingen kommun eller stadsdel har; fyll i antalet`,
    en: (name: string) => `${name} has 0 inhabitants, which no municipality or district has; fill in the figure`,
  },
  unitInTwoTables: {
    sv: (name: string, here: number, there: number, place: string) => `${name} har ${svNumber(here)} invånare här men ${svNumber(there)} på ${place}; en enhet har ett antal`,
    en: (name: string, here: number, there: number, place: string) => `${name} has ${enNumber(here)} inhabitants here but ${enNumber(there)} on ${place}; a unit has one figure`,
  },
  fieldsBeyondHeader: {
    sv: (fields: number, header: number, delimiter: string) =>
      `raden har ${fields} fält men rubrikraden ${header}; ett fält innehåller avgränsaren ${sv(delimiter)}, så kolumnerna har förskjutits: sätt fältet inom citattecken`,
    en: (fields: number, header: number, delimiter: string) =>
      `the row has ${fields} fields but the header row ${header}; a field holds the delimiter ${en(delimiter)}, so the columns have shifted: put the field in quotation marks`,
  },
  fieldsBeyondHeaderSplit: {
    sv: (fields: number, header: number, text: string, meant: string, delimiter: string) =>
      `raden har ${fields} fält men rubrikraden ${header}: ${sv(text)} har delats vid avgränsaren ${sv(delimiter)}; menade du ${meant}? Skriv talet utan tecken mellan siffergrupperna (eller med mellanslag), eller inom citattecken`,
    en: (fields: number, header: number, text: string, meant: string, delimiter: string) =>
      `the row has ${fields} fields but the header row ${header}: ${en(text)} was split at the delimiter ${en(delimiter)}; did you mean ${meant}? Write the number without separators between digit groups (or with spaces), or in quotation marks`,
  },
  aggregateMismatch: {
    sv: (name: string, figure: number, parts: string, summed: number) => `${name} har ${svNumber(figure)} invånare, men ${parts} har tillsammans ${svNumber(summed)}; en summarad räknas aldrig som en enhet, men den måste stämma`,
    en: (name: string, figure: number, parts: string, summed: number) => `${name} has ${enNumber(figure)} inhabitants, but ${parts} have ${enNumber(summed)} together; a total row is never counted as a unit, but it must add up`,
  },
  partsCounty: {
    sv: (count: number) => `tabellens ${count} kommuner i länet`,
    en: (count: number) => `the table's ${count} municipalities of the county`,
  },
  partsMunicipalities: {
    sv: (count: number) => `tabellens ${svNumber(count)} kommuner`,
    en: (count: number) => `the table's ${enNumber(count)} municipalities`,
  },
  partsOtherCounty: {
    sv: (count: number, county: string) => `de ${count} kommunerna i ${county}`,
    en: (count: number, county: string) => `the ${count} municipalities of ${county}`,
  },
  partsArea: {
    sv: (districts: readonly string[]) => `dess stadsdelar (${districts.join(", ")})`,
    en: (districts: readonly string[]) => `its districts (${districts.join(", ")})`,
  },
  partsStockholm: {
    sv: () => "Stockholm (kommunraden)",
    en: () => "Stockholm (the municipality row)",
  },
  partsDistrictsRest: {
    sv: (count: number) => `tabellens ${count} stadsdelar och restposten`,
    en: (count: number) => `the table's ${count} districts and the rest post`,
  },
  cityTotalsDiffer: {
    sv: (name: string, figure: number, stockholm: number, place: string) => `${name} har ${svNumber(figure)} invånare, men Stockholm har ${svNumber(stockholm)} på ${place}`,
    en: (name: string, figure: number, stockholm: number, place: string) => `${name} has ${enNumber(figure)} inhabitants, but Stockholm has ${enNumber(stockholm)} on ${place}`,
  },
  notADate: {
    sv: (text: string) => `${sv(text)} är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2018-12-31)`,
    en: (text: string) => `${en(text)} is not a date (write YYYY-MM-DD, e.g. 2018-12-31)`,
  },
  dateOfHeader: {
    sv: () => "i rubriken",
    en: () => "in the header",
  },
  dateOfRow: {
    sv: (row: number) => `på rad ${row}`,
    en: (row: number) => `on row ${row}`,
  },
  mixedDates: {
    sv: (date: string, first: string, where: string) => `datumet ${date} skiljer sig från ${first} ${where}; en befolkning är av ett datum`,
    en: (date: string, first: string, where: string) => `the date ${date} differs from ${first} ${where}; a population is of one date`,
  },
  dateGiven: {
    sv: (date: string) => `befolkningens datum, ${date}, som det är angivet`,
    en: (date: string) => `the population's date as given, ${date}`,
  },
  dateOfTable: {
    sv: (date: string, file: string) => `${date}, datumet i ${file || "den första tabellen"}`,
    en: (date: string, file: string) => `${date}, the date of ${file || "the first table"}`,
  },
  dateMismatch: {
    sv: (date: string, against: string) => `siffrorna är av ${date}, inte av ${against}; ange rätt datum eller rätt fil`,
    en: (date: string, against: string) => `the figures are of ${date}, not of ${against}; give the right date or the right file`,
  },
  severalYears: {
    sv: (years: readonly string[]) => `tabellen har invånare för flera år (${years.join(", ")}); ange befolkningens datum så läses det årets kolumn`,
    en: (years: readonly string[]) => `the table has populations for several years (${years.join(", ")}); give the population's date and that year's column is read`,
  },
  yearNotInTable: {
    sv: (date: string, years: readonly string[]) => `befolkningens datum är ${date}, men tabellen har bara åren ${years.join(", ")}`,
    en: (date: string, years: readonly string[]) => `the population's date is ${date}, but the table has only the years ${years.join(", ")}`,
  },
  /** A layout's days: "från 2007-01-01 till 2020-07-01", "från 2023-07-01". */
  layoutSpan: {
    sv: (from: string, until: string | undefined) => (until ? `från ${from} till ${until}` : `från ${from}`),
    en: (from: string, until: string | undefined) => (until ? `from ${from} until ${until}` : `from ${from}`),
  },
  districtNotInLayout: {
    sv: (name: string, spans: readonly string[], date: string, from: string, count: number) =>
      `${name} hör till stadsdelsindelningen ${spans.join(" och ")}, men befolkningen är av ${date}, då indelningen från ${from} gällde (${count} stadsdelar)`,
    en: (name: string, spans: readonly string[], date: string, from: string, count: number) =>
      `${name} belongs to the district layout ${spans.join(" and ")}, but the population is of ${date}, when the layout from ${from} applied (${count} districts)`,
  },
  encodingWindows1252: {
    sv: (file: string) => `${file} lästes som Windows-1252 (inte UTF-8)`,
    en: (file: string) => `${file} was read as Windows-1252 (not UTF-8)`,
  },
  encodingUtf16: {
    sv: (file: string) => `${file} lästes som UTF-16 (Unicode-text)`,
    en: (file: string) => `${file} was read as UTF-16 (Unicode text)`,
  },
  outsideCounty: {
    sv: (count: number, names: readonly string[]) =>
      `${svNumber(count)} ${count === 1 ? "kommun" : "kommuner"} utanför Stockholms län lästes inte${names.length > 0 && names.length <= 5 ? ` (${names.join(", ")})` : ""}`,
    en: (count: number, names: readonly string[]) =>
      `${enNumber(count)} ${count === 1 ? "municipality" : "municipalities"} outside Stockholm county ${count === 1 ? "was" : "were"} not read${names.length > 0 && names.length <= 5 ? ` (${names.join(", ")})` : ""}`,
  },
  notesSkipped: {
    sv: (count: number) => `${svNumber(count)} ${count === 1 ? "rad" : "rader"} under tabellen utan siffror (fotnoter, källa) lästes inte`,
    en: (count: number) => `${enNumber(count)} ${count === 1 ? "row" : "rows"} under the table without figures (notes, source) ${count === 1 ? "was" : "were"} not read`,
  },
  aggregateChecked: {
    sv: (name: string, figure: number, parts: string) => `${name} (${svNumber(figure)}) stämmer med ${parts}`,
    en: (name: string, figure: number, parts: string) => `${name} (${enNumber(figure)}) agrees with ${parts}`,
  },
  aggregateNotChecked: {
    sv: (name: string, figure: number, missing: number) => `${name} (${svNumber(figure)}) kontrollerades inte: tabellen saknar ${svNumber(missing)} av enheterna den summerar`,
    en: (name: string, figure: number, missing: number) => `${name} (${enNumber(figure)}) was not checked: the table lacks ${enNumber(missing)} of the units it sums`,
  },
  aggregateCityTotal: {
    sv: (name: string, figure: number) => `${name} (${svNumber(figure)}) är Stockholms totala antal invånare`,
    en: (name: string, figure: number) => `${name} (${enNumber(figure)}) is Stockholm's total population`,
  },
  aggregatePartsMunicipalities: {
    sv: (count: number) => `${svNumber(count)} ${count === 1 ? "kommun" : "kommuner"}`,
    en: (count: number) => `${enNumber(count)} ${count === 1 ? "municipality" : "municipalities"}`,
  },
  aggregatePartsDistricts: {
    sv: (count: number) => `${svNumber(count)} stadsdelar`,
    en: (count: number) => `${enNumber(count)} districts`,
  },
  dateFromData: {
    sv: (date: string) => `Befolkningens datum ${date} enligt data`,
    en: (date: string) => `The population's date ${date} as the data gives it`,
  },

  /** For the pane's and the commands' summaries of an accepted table without a Stockholm row. */
  stockholmDerived: {
    sv: (population: number) => `Stockholm (${svNumber(population)}) härledd ur stadsdelarna och restposten`,
    en: (population: number) => `Stockholm (${enNumber(population)}) derived from the districts and the rest post`,
  },

  // The CSV file.
  notText: {
    sv: () => "filen är ingen textfil (en Excel-arbetsbok eller ett annat programs format?); spara den som ”CSV UTF-8”",
    en: () => 'the file is not a text file (an Excel workbook or another program\'s format?); save it as "CSV UTF-8"',
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
  /** The amount column, as a message names it when it is missing. */
  previousAmountLabel: { sv: () => "belopp", en: () => "amount" },
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

/** The population template's header (src/files/template.ts, src/excel/populationTemplate.ts): the words the population reader knows, in the template's language. */
export const TEMPLATE_HEADER = [
  { sv: () => "namn", en: () => "name" },
  { sv: () => "typ", en: () => "type" },
  { sv: () => "kod", en: () => "code" },
  { sv: () => "invånare", en: () => "population" },
  { sv: () => "datum", en: () => "date" },
] as const satisfies readonly Bilingual[];
