import type { Decimal } from "../engine/decimal";
import type { Bilingual } from "../i18n/messages";
import { formatDifference, formatFigure } from "./format";
import type { CheckStatus, FindingKind, LocalizedText, TableKind, Unit } from "./types";

/*
 * Every message of the table checker (src/check, and its file readers in src/files/checkReaders.ts),
 * Swedish and English side by side. The report carries each message in both languages
 * (LocalizedText): `localized` builds that from an entry. Figures are written by each language's
 * own rules ("54 931 kr", "54,931 kr").
 */

const figure = (locale: "sv" | "en") => (value: Decimal | number, unit: Unit) => formatFigure(value, unit, locale);
const svFigure = figure("sv");
const enFigure = figure("en");
const svDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "sv");
const enDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "en");
const SV_TABLES: Readonly<Record<TableKind, string>> = { municipalities: "kommuntabell", districts: "stadsdelstabell", municipalities2026: "kommuntabell för 2026–2030", districts2026: "stadsdelstabell för 2026–2030", support: "supporttabell", annualCost: "årskostnadstabell", };
const EN_TABLES: Readonly<Record<TableKind, string>> = { municipalities: "municipality", districts: "district", municipalities2026: "2026–2030 municipality", districts2026: "2026–2030 district", support: "support", annualCost: "annual cost", };
/** A table kind in words; a population-share table with its agreement's period when it is not 2026–2030's. */
const svTable = (kind: TableKind, period?: string) => (period ? (SV_TABLES[kind] ?? "tabell").replace("2026–2030", period) : (SV_TABLES[kind] ?? "tabell"));
const enTable = (kind: TableKind, period?: string) => (period ? (EN_TABLES[kind] ?? "").replace("2026–2030", period) : (EN_TABLES[kind] ?? ""));
const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);
const municipal = (kind: TableKind) => kind === "municipalities" || kind === "municipalities2026";

/** Each finding kind's name, one and many. */
const SV_KINDS: Readonly<Record<FindingKind, readonly [string, string]>> = {
  figure: ["siffra", "Siffror"], total: ["totalrad", "Totalrader"], totalRange: ["summaområde", "Summaområden"], constant: ["inskrivet tal", "Inskrivna tal bland formler"],
  inconsistentFormula: ["avvikande formel", "Formler som bryter kolumnens mönster"], literalParameter: ["parameter i formel", "Parametrar inskrivna i formler"], textNumber: ["tal som text", "Tal lagrade som text"], emptyReference: ["tom hänvisning", "Hänvisningar till tomma celler"],
  staleValue: ["gammalt sparat värde", "Sparade värden som omräkningen ändrar"], errorValue: ["felvärde", "Felvärden"], circularReference: ["cirkelreferens", "Cirkelreferenser"],
  externalReference: ["länk till annan arbetsbok", "Länkar till andra arbetsböcker"], threeDReference: ["3D-referens", "3D-referenser"],
};
const EN_KINDS: Readonly<Record<FindingKind, readonly [string, string]>> = {
  figure: ["figure", "Figures"], total: ["total row", "Total rows"], totalRange: ["total range", "Total ranges"], constant: ["typed number", "Typed numbers among formulas"],
  inconsistentFormula: ["inconsistent formula", "Formulas that break the column's pattern"], literalParameter: ["parameter in a formula", "Parameters written into formulas"], textNumber: ["number as text", "Numbers stored as text"], emptyReference: ["empty reference", "References to empty cells"],
  staleValue: ["old saved value", "Saved values recalculation changes"], errorValue: ["error value", "Error values"], circularReference: ["circular reference", "Circular references"],
  externalReference: ["link to another workbook", "Links to other workbooks"], threeDReference: ["3D reference", "3D references"],
};

export const CHECK_MESSAGES = {
  // Finding the tables (detect.ts).
  emptyRange: { sv: () => "Området är tomt: det finns ingen tabell att granska.", en: () => "The range is empty: there is no table to check." },
  /** `sheets`: the sheets (or files) searched, quoted; none when the input names none (a selection). */
  noTable: {
    sv: (sheets: readonly string[]) =>
      `Ingen tabell hittades${sheets.length === 0 ? "" : ` på ${sheets.length === 1 ? "bladet" : "bladen"} ${sheets.map((sheet) => `”${sheet}”`).join(", ")}`}: det behövs en rubrikrad med namnkolumn (Kommun eller Stadsdelsförvaltning) och minst två av Invånare, Fördelning, Summa/år, Summa totalt.`,
    en: (sheets: readonly string[]) =>
      `No table found${sheets.length === 0 ? "" : ` on the ${sheets.length === 1 ? "sheet" : "sheets"} ${sheets.map((sheet) => `"${sheet}"`).join(", ")}`}: a header row is needed with a name column (Municipality or District administration) and at least two of Inhabitants, Share, Per year, Total.`,
  },
  columnNotInTable: {
    sv: (header: string, kind: TableKind) => `Kolumnen "${header}" hör inte till en ${svTable(kind)} eller är tvetydig; den granskas inte.`,
    en: (header: string, kind: TableKind) => `Column "${header}" does not belong to a ${enTable(kind)} table or is ambiguous; it is not checked.`,
  },
  columnTwice: {
    sv: (header: string, first: string) => `Kolumnen "${header}" förekommer två gånger (även ${first}); den andra granskas inte.`,
    en: (header: string, first: string) => `Column "${header}" appears twice (also ${first}); the second is not checked.`,
  },
  unknownColumn: { sv: (header: string) => `Okänd kolumnrubrik "${header}"; kolumnen granskas inte.`, en: (header: string) => `Unknown column header "${header}"; the column is not checked.` },
  /** `title` is the annex's own header for the column, in both languages (columnTitle). */
  populationColumnMissing: {
    sv: (title: LocalizedText, headerRow: string) => `Kolumnen "${title.sv}" saknas i tabellen med rubrikrad ${headerRow}: utan invånarantal kan inget räknas om.`,
    en: (title: LocalizedText, headerRow: string) => `Column "${title.en}" is missing from the table with header row ${headerRow}: without populations nothing can be recomputed.`,
  },
  columnMissing: {
    sv: (title: LocalizedText, headerRow: string) => `Kolumnen "${title.sv}" saknas i tabellen med rubrikrad ${headerRow}; den granskas inte.`,
    en: (title: LocalizedText, headerRow: string) => `Column "${title.en}" is missing from the table with header row ${headerRow}; it is not checked.`,
  },
  sharesOnly: {
    sv: (headerRow: string) => `Tabellen med rubrikrad ${headerRow} har invånare och andelar men inga belopp; de granskas, belopp finns inte att granska.`,
    en: (headerRow: string) => `The table with header row ${headerRow} has populations and shares but no amounts; they are checked, there are no amounts to check.`,
  },
  rowWithoutFigures: { sv: (label: string) => `Raden "${label}" har inga siffror och hoppas över.`, en: (label: string) => `Row "${label}" has no figures and is skipped.` },
  /** `unitKind` is what the embedded data calls the row: "municipality", "district" or "rest". */
  wrongKindRow: {
    sv: (label: string, unitKind: string, kind: TableKind) =>
      `Raden "${label}" är en ${unitKind === "municipality" ? "kommun" : "stadsdel"}, men står i en ${svTable(kind)}; den räknas som en rad bland de andra.`,
    en: (label: string, unitKind: string, kind: TableKind) =>
      `Row "${label}" is a ${unitKind}, but stands in a ${enTable(kind)} table; it is computed as one row among the others.`,
  },
  unknownRow: {
    sv: (label: string, kind: TableKind, otherCounty?: string, meant?: string) =>
      `${otherCounty ? `Raden "${label}" är en kommun i ${otherCounty}, inte i Stockholms län, och betalar inget enligt avtalen` : `Okänd rad "${label}": inte en ${kind === "support" ? "kommun eller stadsdelsförvaltning" : municipal(kind) ? "kommun i Stockholms län" : "stadsdelsförvaltning i Stockholm"} (namnet gissas inte)`}; raden räknas med sina egna siffror.${meant ? ` Menade du "${meant}"?` : ""}`,
    en: (label: string, kind: TableKind, otherCounty?: string, meant?: string) =>
      `${otherCounty ? `Row "${label}" is a municipality of ${otherCounty}, not of Stockholm county, and pays nothing under the agreements` : `Unknown row "${label}": not a ${kind === "support" ? "municipality or district administration" : municipal(kind) ? "municipality of Stockholm county" : "district administration of Stockholm"} (the name is not guessed)`}; the row is computed with its own figures.${meant ? ` Did you mean "${meant}"?` : ""}`,
  },
  codeNotNameRow: {
    sv: (label: string, code: string, codeName: string) => `Raden "${label}" har koden ${code}, som är ${codeName}; raden läses som det namnet säger och koden är fel.`,
    en: (label: string, code: string, codeName: string) => `Row "${label}" has the code ${code}, which is ${codeName}'s; the row is read as its name says and the code is wrong.`,
  },
  totalInsideTable: {
    sv: (label: string, address: string, isTableTotal: boolean) => `Totalraden "${label}" (${address}) står inne i tabellen, med enheter under sig; raderna under den granskas som tabellens${isTableTotal ? " och totalraden hålls mot alla rader" : ", totalraden själv granskas inte"}.`,
    en: (label: string, address: string, isTableTotal: boolean) => `The total row "${label}" (${address}) sits inside the table, with units under it; the rows under it are checked as the table's${isTableTotal ? " and the total row is held to all rows" : ", the total row itself is not checked"}.`,
  },
  rowsAfterTotal: { sv: (range: string, total: string) => `Raderna ${range} under totalraden (${total}) upprepar tabellens enheter; de hör inte till tabellen och granskas inte.`, en: (range: string, total: string) => `Rows ${range} under the total row (${total}) repeat the table's units; they are not part of the table and are not checked.` },
  declaredAnnualCost: { sv: (address: string, name?: { sv: string }) => `Tabellen med rubrikrad ${address} är årskostnaden enligt ${name?.sv ?? "ett avtal som inte är givet (--agreement)"}; dess belopp är kopior av avtalets tabeller, som granskas, men den själv granskas inte ännu.`, en: (address: string, name?: { en: string }) => `The table with header row ${address} is the annual cost under ${name?.en ?? "an agreement not given (--agreement)"}; its amounts are copies of the agreement's tables, which are checked, but it is not checked itself yet.` },

  aggregateRow: {
    sv: (label: string) => `Raden "${label}" är en delsumma, ingen enhet; den räknas inte och granskas inte.`,
    en: (label: string) => `Row "${label}" is a subtotal, not a unit; it is not counted and not checked.`,
  },
  duplicateRow: {
    sv: (label: string, first: string, second: string) => `"${label}" står två gånger (${first} och ${second}); tabellen kan inte räknas om.`,
    en: (label: string, first: string, second: string) => `"${label}" appears twice (${first} and ${second}); the table cannot be recomputed.`,
  },
  noRows: {
    sv: (headerRow: string, kind: TableKind) => `Tabellen med rubrikrad ${headerRow} har inga rader med ${kind === "support" ? "organisationer" : municipal(kind) ? "kommuner" : "stadsdelar"}.`,
    en: (headerRow: string, kind: TableKind) => `The table with header row ${headerRow} has no ${enTable(kind)} rows.`,
  },

  // Which tables are checked, and with what (check.ts, tables.ts).
  duplicateTable: {
    sv: (kind: TableKind, range: string) =>
      `Ytterligare en ${svTable(kind)} (${range}) granskas inte; den mest fullständiga granskas. Markera den andra för sig för att granska den.`,
    en: (kind: TableKind, range: string) => `Another ${enTable(kind)} table (${range}) is not checked; the most complete one is. Select the other on its own to check it.`,
  },
  invalidParameter: {
    sv: (key: string, value: number) => `Parametern ${key} = ${value} går inte att använda (ett positivt tal krävs${key === "years" ? ", helt antal år" : ""}).`,
    en: (key: string, value: number) => `Parameter ${key} = ${value} cannot be used (a positive number is required${key === "years" ? ", whole years" : ""}).`,
  },
  /** `text` is the cell's text, undefined when the cell is empty. */
  populationUnreadable: {
    sv: (label: string, text: string | undefined) =>
      `${label}: invånarantalet ${text === undefined ? "saknas" : `"${text}" går inte att läsa som ett tal ≥ 0`}; tabellen kan inte räknas om.`,
    en: (label: string, text: string | undefined) =>
      `${label}: the population ${text === undefined ? "is missing" : `"${text}" cannot be read as a number ≥ 0`}; the table cannot be recomputed.`,
  },
  populationNotCalculated: {
    sv: (label: string) => `${label}: invånarantalet är en formel utan beräknat värde (filen sparades av ett program som inte räknar); öppna och spara den i Excel eller LibreOffice.`,
    en: (label: string) => `${label}: the population is a formula without a calculated value (the file was saved by a program that does not calculate); open and save it in Excel or LibreOffice.`,
  },
  /** `first` are the first cells (at most three). */
  notCalculated: {
    sv: (count: number, first: readonly string[]) =>
      `${count === 1 ? "En formel" : `${count} formler`} i tabellen (${first.join(", ")}${count > first.length ? " …" : ""}) saknar beräknat värde: filen sparades av ett program som inte räknar. Öppna och spara den i Excel eller LibreOffice; de cellerna granskas inte.`,
    en: (count: number, first: readonly string[]) =>
      `${count === 1 ? "One formula" : `${count} formulas`} of the table (${first.join(", ")}${count > first.length ? " …" : ""}) ${count === 1 ? "has" : "have"} no calculated value: the file was saved by a program that does not calculate. Open and save it in Excel or LibreOffice; those cells are not checked.`,
  },
  /** `others`: the range's other figure cells, "E6 (Summa totalt)". */
  mergedCells: {
    sv: (range: string, topLeft: string, others: readonly string[]) => `${range} är sammanfogade celler och läses som en cell, ${topLeft}; ${others.join(", ")} är ${others.length === 1 ? "tom" : "tomma"} och granskas inte.`,
    en: (range: string, topLeft: string, others: readonly string[]) => `${range} are merged cells and are read as one cell, ${topLeft}; ${others.join(", ")} ${others.length === 1 ? "is" : "are"} empty and not checked.`,
  },
  cellNotANumber: {
    sv: (where: string, text: string) => `${where}: "${text}" är inget tal; cellen granskas inte.`,
    en: (where: string, text: string) => `${where}: "${text}" is not a number; the cell is not checked.`,
  },
  missingCityRow: {
    sv: () => "Kommuntabellen har ingen rad för Stockholm; staden räknas med stadsdelstabellens invånare.",
    en: () => "The municipality table has no row for Stockholm; the city is counted with the district table's population.",
  },
  cannotRecompute: { sv: (reason: string) => `Tabellen kan inte räknas om: ${reason}`, en: (reason: string) => `The table cannot be recomputed: ${reason}` },

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

  // Findings (compare.ts). `where` is "row, column" as the table writes them.
  rounded: {
    sv: (where: string, stated: Decimal, exact: Decimal, rounded: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: ${svFigure(stated, unit)}, exakt ${svFigure(exact, unit)} (avrundat ${svFigure(rounded, unit)}); skillnaden ${svDifference(difference, unit)} ryms i avrundningen.`,
    en: (where: string, stated: Decimal, exact: Decimal, rounded: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: ${enFigure(stated, unit)}, exactly ${enFigure(exact, unit)} (rounded ${enFigure(rounded, unit)}); the difference ${enDifference(difference, unit)} is within rounding.`,
  },
  notExact: {
    sv: (where: string, stated: Decimal, exact: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: tabellen säger ${svFigure(stated, unit)}, men det ska vara ${svFigure(exact, unit)} (skillnad ${svDifference(difference, unit)}).`,
    en: (where: string, stated: Decimal, exact: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: the table says ${enFigure(stated, unit)}, but it should be ${enFigure(exact, unit)} (difference ${enDifference(difference, unit)}).`,
  },
  /** A total cell: the stated figure, then what is wrong with it (the parts below, in the same language). */
  total: {
    sv: (where: string, stated: Decimal, unit: Unit, parts: readonly LocalizedText[]) => `${where}: ${svFigure(stated, unit)} ${parts.map((part) => part.sv).join("; ")}.`,
    en: (where: string, stated: Decimal, unit: Unit, parts: readonly LocalizedText[]) => `${where}: ${enFigure(stated, unit)} ${parts.map((part) => part.en).join("; ")}.`,
  },
  notSumOfRows: {
    sv: (rowsSum: Decimal, unit: Unit) => `är inte summan av raderna (${svFigure(rowsSum, unit)})`,
    en: (rowsSum: Decimal, unit: Unit) => `is not the sum of the rows (${enFigure(rowsSum, unit)})`,
  },
  sharesNotHundred: {
    sv: (rowsSum: Decimal, unit: Unit) => `andelarna summerar till ${svFigure(rowsSum, unit)}, inte 100 %`,
    en: (rowsSum: Decimal, unit: Unit) => `the shares add up to ${enFigure(rowsSum, unit)}, not 100%`,
  },
  notExactTotal: {
    sv: (exact: Decimal, difference: Decimal, unit: Unit) => `är inte den exakta totalen ${svFigure(exact, unit)} (skillnad ${svDifference(difference, unit)})`,
    en: (exact: Decimal, difference: Decimal, unit: Unit) => `is not the exact total ${enFigure(exact, unit)} (difference ${enDifference(difference, unit)})`,
  },
  exactTotal: { sv: (exact: Decimal, unit: Unit) => `exakt total ${svFigure(exact, unit)}`, en: (exact: Decimal, unit: Unit) => `exact total ${enFigure(exact, unit)}` },
  exactTotalWithinRounding: {
    sv: (exact: Decimal, difference: Decimal, unit: Unit) => `exakt total ${svFigure(exact, unit)}; skillnaden ${svDifference(difference, unit)} ryms i avrundningen`,
    en: (exact: Decimal, difference: Decimal, unit: Unit) => `exact total ${enFigure(exact, unit)}; the difference ${enDifference(difference, unit)} is within rounding`,
  },
  restHasFigure: {
    sv: (where: string, stated: Decimal, unit: Unit) => `${where}: restposten fördelas på stadsdelarna och ska inte ha något eget värde (tabellen säger ${svFigure(stated, unit)}).`,
    en: (where: string, stated: Decimal, unit: Unit) => `${where}: the rest post is spread over the districts and has no figure of its own (the table says ${enFigure(stated, unit)}).`,
  },
  cityRowDiffers: {
    sv: (row: Decimal, total: Decimal, unit: Unit, totalAddress: string) =>
      `Stockholms rad (${svFigure(row, unit)}) skiljer sig från stadsdelstabellens totalrad (${svFigure(total, unit)}, ${totalAddress}).`,
    en: (row: Decimal, total: Decimal, unit: Unit, totalAddress: string) =>
      `Stockholm's row (${enFigure(row, unit)}) differs from the district table's total row (${enFigure(total, unit)}, ${totalAddress}).`,
  },

  // Formula findings (formula/*.ts). `where` is "row, column" in a table, the cell elsewhere; `formula` as written.
  /** `through`: none, or how the total reaches its SUM (totalRangeThrough). */
  totalRange: {
    sv: (where: string, formula: string, through: readonly LocalizedText[], parts: readonly LocalizedText[]) =>
      `${where}: ${[formula, ...through.map((part) => part.sv)].join(" ")} ${parts.map((part) => part.sv).join(" och ")}.`,
    en: (where: string, formula: string, through: readonly LocalizedText[], parts: readonly LocalizedText[]) =>
      `${where}: ${[formula, ...through.map((part) => part.en)].join(" ")} ${parts.map((part) => part.en).join(" and ")}.`,
  },
  /** `through`: the name or cell the total reaches its SUM through ("InvanareLan"). */
  totalRangeThrough: { sv: (through: string, sumFormula: string) => `(via ${through}: ${sumFormula})`, en: (through: string, sumFormula: string) => `(through ${through}: ${sumFormula})` },
  omitsRows: {
    sv: (rows: readonly string[]) => `lämnar ute ${rows.length === 1 ? "raden" : "raderna"} ${rows.join(", ")}`,
    en: (rows: readonly string[]) => `leaves out ${rows.length === 1 ? "the row" : "the rows"} ${rows.join(", ")}`,
  },
  includesTotal: { sv: (address: string) => `tar med totalraden själv (${address})`, en: (address: string) => `takes in the total row itself (${address})` },
  includesOtherTable: { sv: (range: string) => `tar med celler ur en annan tabell (${range})`, en: (range: string) => `takes in cells of another table (${range})` },
  constant: {
    sv: (where: string, value: Decimal | number, unit: Unit) => `${where}: ett inskrivet tal (${svFigure(value, unit)}) där kolumnens andra rader har formler; det följer inte med när indata ändras.`,
    en: (where: string, value: Decimal | number, unit: Unit) => `${where}: a typed number (${enFigure(value, unit)}) where the column's other rows have formulas; it does not follow when the inputs change.`,
  },
  inconsistentFormula: {
    sv: (where: string, formula: string, usual: string) => `${where}: ${formula} är inte som kolumnens andra formler (här skulle de ge ${usual}).`,
    en: (where: string, formula: string, usual: string) => `${where}: ${formula} is unlike the column's other formulas (here they would give ${usual}).`,
  },
  /** `literal` as the formula writes it; `what` the parameter it is. */
  literalParameter: {
    sv: (where: string, formula: string, literal: string, what: LocalizedText) => `${where}: ${formula} skriver in ${literal} (${what.sv}) i formeln i stället för att hänvisa till en cell som håller värdet.`,
    en: (where: string, formula: string, literal: string, what: LocalizedText) => `${where}: ${formula} writes ${literal} (${what.en}) into the formula instead of referring to a cell that holds it.`,
  },
  /** `by` is the cell whose formula sums the text. */
  textNumberSummed: {
    sv: (where: string, text: string, by: string) => `${where}: "${text}" är ett tal lagrat som text; SUMMA i ${by} hoppar över det utan att säga något.`,
    en: (where: string, text: string, by: string) => `${where}: "${text}" is a number stored as text; the SUM in ${by} skips it without a word.`,
  },
  /** `by` is the cell whose formula divides or multiplies by the text. */
  textNumberDivided: {
    sv: (where: string, text: string, by: string) => `${where}: "${text}" är ett tal lagrat som text; formeln i ${by} räknar med det bara så länge Excel kan tolka texten (annars #VÄRDEFEL!), och en SUMMA skulle hoppa över det.`,
    en: (where: string, text: string, by: string) => `${where}: "${text}" is a number stored as text; the formula in ${by} uses it only as long as Excel can read the text (otherwise #VALUE!), and a SUM would skip it.`,
  },
  emptyReference: {
    sv: (where: string, formula: string, reference: string) => `${where}: ${formula} hänvisar till ${reference}, som är tom.`,
    en: (where: string, formula: string, reference: string) => `${where}: ${formula} refers to ${reference}, which is empty.`,
  },
  // What a formula finding expected (the Exact column of the report).
  expectedFormula: { sv: (formula: string) => formula, en: (formula: string) => formula },
  expectedReferenceTo: {
    sv: (cell: string, name: string | undefined) => `en hänvisning till ${cell}${name ? ` (namnet ${name})` : ""}`,
    en: (cell: string, name: string | undefined) => `a reference to ${cell}${name ? ` (the name ${name})` : ""}`,
  },
  expectedReferenceToValue: { sv: (literal: string) => `en hänvisning till en cell som håller ${literal}`, en: (literal: string) => `a reference to a cell that holds ${literal}` },
  expectedNumber: { sv: (text: string) => `talet ${text}, inte text`, en: (text: string) => `the number ${text}, not text` },
  expectedValueIn: { sv: (reference: string) => `ett värde i ${reference}`, en: (reference: string) => `a value in ${reference}` },
  valuesOnly: {
    sv: () => "Tabellen har bara värden, inga formler: siffrorna är granskade, inte hur de räknas fram.",
    en: () => "The table holds values only, no formulas: the figures are checked, not how they are computed.",
  },
  formulasChecked: {
    sv: (count: number) => `${count === 1 ? "En formel" : `${count} formler`} granskade: summaområden, inskrivna tal, formler som bryter mönstret, inskrivna parametrar, tal lagrade som text och tomma hänvisningar.`,
    en: (count: number) => `${count === 1 ? "One formula" : `${count} formulas`} checked: total ranges, typed numbers, formulas that break the pattern, parameters written into formulas, numbers stored as text and empty references.`,
  },

  // The report in words (text.ts).
  reportTitle: { sv: (source: string) => `Granskning av ${source}`, en: (source: string) => `Check of ${source}` },
  tablesHeading: { sv: () => "Tabeller", en: () => "Tables" },
  /** `period`: the agreement's ("2031–2035") when the table is one it declares. */
  tableLine: {
    sv: (kind: TableKind, address: string, rows: number, totalRow: string | undefined, checked: boolean, period?: string) =>
      `${sentenceCase(svTable(kind, period))}: ${address} (${rows} rader${totalRow ? `, totalrad ${totalRow}` : ""})${checked ? "" : " – granskas inte"}`,
    en: (kind: TableKind, address: string, rows: number, totalRow: string | undefined, checked: boolean, period?: string) =>
      `${sentenceCase(`${enTable(kind, period)} table`)}: ${address} (${rows} rows${totalRow ? `, total row ${totalRow}` : ""})${checked ? "" : " – not checked"}`,
  },
  parametersHeading: { sv: () => "Parametrar", en: () => "Parameters" },
  years: { sv: (years: number) => `${years} år`, en: (years: number) => `${years} years` },
  /** One finding's figures: `difference` is undefined where the cell should be empty, `rowsSum` for a total cell. */
  findingFigures: {
    sv: (stated: string, exact: string, difference: string | undefined, rowsSum: string | undefined) =>
      `angivet ${stated}, exakt ${exact}${difference === undefined ? "" : `, skillnad ${difference}`}${rowsSum === undefined ? "" : `, summa av raderna ${rowsSum}`}`,
    en: (stated: string, exact: string, difference: string | undefined, rowsSum: string | undefined) =>
      `stated ${stated}, exact ${exact}${difference === undefined ? "" : `, difference ${difference}`}${rowsSum === undefined ? "" : `, sum of rows ${rowsSum}`}`,
  },
  problemsHeading: { sv: (count: number) => `Problem (${count})`, en: (count: number) => `Problems (${count})` },
  // No "above": the command prints the problems before this line, the pane and the report sheet after it.
  resultUnreadable: { sv: () => "Resultat: tabellen kunde inte granskas (se problemen).", en: () => "Result: the table could not be checked (see the problems)." },
  /** `formulas`: how many were looked at (0: a table of values only). */
  result: {
    sv: (status: Exclude<CheckStatus, "unreadable">, cells: number, formulas: number, errors: number, warnings: number, rounding: number) =>
      `Resultat: ${cells} ${cells === 1 ? "cell" : "celler"}${formulas > 0 ? ` och ${formulas} ${formulas === 1 ? "formel" : "formler"}` : ""} ${cells === 1 && formulas === 0 ? "granskad" : "granskade"}: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${rounding} ${rounding === 1 ? "avrundning" : "avrundningar"}; ${
        status === "ok" ? "allt stämmer." : status === "rounding" ? "inget utöver avrundning." : "det finns mer än avrundning att rätta."
      }`,
    en: (status: Exclude<CheckStatus, "unreadable">, cells: number, formulas: number, errors: number, warnings: number, rounding: number) =>
      `Result: ${cells} ${cells === 1 ? "cell" : "cells"}${formulas > 0 ? ` and ${formulas} ${formulas === 1 ? "formula" : "formulas"}` : ""} checked: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${rounding} ${rounding === 1 ? "rounding difference" : "rounding differences"}; ${
        status === "ok" ? "everything holds." : status === "rounding" ? "nothing beyond rounding." : "there is more than rounding to correct."
      }`,
  },
  /** `severity`: error, warning or rounding (Severity). */
  severityHeading: {
    sv: (severity: string, count: number) => `${severity === "error" ? "Fel" : severity === "warning" ? "Varningar" : "Avrundning"} (${count})`,
    en: (severity: string, count: number) => `${severity === "error" ? "Errors" : severity === "warning" ? "Warnings" : "Rounding"} (${count})`,
  },
  severityName: {
    sv: (severity: string) => (severity === "error" ? "fel" : severity === "warning" ? "varning" : "avrundning"),
    en: (severity: string) => (severity === "error" ? "error" : severity === "warning" ? "warning" : "rounding"),
  },
  /** `kind`: a FindingKind; the heading of its group, in the plural. */
  kindHeading: {
    sv: (kind: string, count: number) => `${SV_KINDS[kind as FindingKind]?.[1] ?? "Avvikelser"} (${count})`,
    en: (kind: string, count: number) => `${EN_KINDS[kind as FindingKind]?.[1] ?? "Findings"} (${count})`,
  },
  kindName: { sv: (kind: string) => SV_KINDS[kind as FindingKind]?.[0] ?? "avvikelse", en: (kind: string) => EN_KINDS[kind as FindingKind]?.[0] ?? "finding" },

  // Files (src/files/checkReaders.ts); each names the file first.
  fileMissing: { sv: (file: string) => `${file}: filen finns inte.`, en: (file: string) => `${file}: the file does not exist.` },
  fileUnreadable: { sv: (file: string, reason: string) => `${file}: filen kan inte läsas (${reason}).`, en: (file: string, reason: string) => `${file}: the file cannot be read (${reason}).` },
  /** Also for a file in UTF-16: the advice is the same. */
  notText: {
    sv: (file: string) => `${file}: filen är ingen textfil; spara tabellen som "CSV UTF-8" eller ge arbetsboken (.xlsx).`,
    en: (file: string) => `${file}: the file is not a text file; save the table as "CSV UTF-8" or give the workbook (.xlsx).`,
  },
  /** Lines of a CSV file with more fields than their header, each with why (the figure the delimiter split). */
  fieldsBeyondHeader: {
    sv: (file: string, lines: readonly { line: number; reading: LocalizedText }[]) =>
      `${file}: ${lines.length === 1 ? "en rad har" : `${lines.length} rader har`} fler fält än sin rubrikrad, så kolumnerna skulle läsas förskjutna; inget granskades. ${lines
        .slice(0, 5)
        .map(({ line, reading }) => `Rad ${line}: ${reading.sv}.`)
        .join(" ")}${lines.length > 5 ? ` … och ${lines.length - 5} till.` : ""}`,
    en: (file: string, lines: readonly { line: number; reading: LocalizedText }[]) =>
      `${file}: ${lines.length === 1 ? "a line has" : `${lines.length} lines have`} more fields than its header, so the columns would be read shifted; nothing was checked. ${lines
        .slice(0, 5)
        .map(({ line, reading }) => `Line ${line}: ${reading.en}.`)
        .join(" ")}${lines.length > 5 ? ` … and ${lines.length - 5} more.` : ""}`,
  },
  /** `problem`: quoteNotClosed, textAfterClosingQuote or syntax (src/files/csv.ts); `line` 0 when unknown. */
  notCsv: {
    sv: (file: string, problem: string, line: number) =>
      `${file}: filen kan inte läsas som CSV${line > 0 ? ` (rad ${line})` : ""}: ${problem === "quoteNotClosed" ? 'ett citattecken (") öppnas men stängs aldrig' : problem === "textAfterClosingQuote" ? "text står efter ett avslutande citattecken" : "raderna går inte att dela upp i fält"}.`,
    en: (file: string, problem: string, line: number) =>
      `${file}: the file cannot be read as CSV${line > 0 ? ` (line ${line})` : ""}: ${problem === "quoteNotClosed" ? 'a quote (") is opened and never closed' : problem === "textAfterClosingQuote" ? "text follows a closing quote" : "its lines cannot be split into fields"}.`,
  },
  xlsxNamedCsv: {
    sv: (file: string) => `${file}: filen är en Excel-arbetsbok (.xlsx) fast namnet slutar på .csv; byt namn på den till .xlsx och granska den igen.`,
    en: (file: string) => `${file}: the file is an Excel workbook (.xlsx) although its name ends in .csv; rename it to .xlsx and check it again.`,
  },
  passwordProtected: {
    sv: (file: string) => `${file}: filen är skyddad med lösenord och kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok) och spara den igen.`,
    en: (file: string) => `${file}: the file is protected by a password and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`,
  },
  oldExcel: {
    sv: (file: string) => `${file}: filen är i Excels gamla format (.xls); öppna den i Excel och spara den som .xlsx.`,
    en: (file: string) => `${file}: the file is in Excel's old format (.xls); open it in Excel and save it as .xlsx.`,
  },
  damagedXlsx: {
    sv: (file: string) => `${file}: filen är skadad eller ingen Excel-arbetsbok och kan inte läsas; öppna den i Excel och spara den igen som .xlsx.`,
    en: (file: string) => `${file}: the file is damaged or not an Excel workbook and cannot be read; open it in Excel and save it again as .xlsx.`,
  },
  textNamedXlsx: {
    sv: (file: string) => `${file}: filen är en textfil, inte en Excel-arbetsbok; är den en CSV-fil, byt namn på den till .csv.`,
    en: (file: string) => `${file}: the file is a text file, not an Excel workbook; if it is a CSV file, rename it to .csv.`,
  },
  noSuchSheet: {
    sv: (file: string, sheet: string, sheets: string) => `${file}: bladet "${sheet}" finns inte (det finns: ${sheets}).`,
    en: (file: string, sheet: string, sheets: string) => `${file}: there is no sheet "${sheet}" (there are: ${sheets}).`,
  },
  notCheckable: { sv: (file: string) => `${file}: bara .xlsx- och .csv-filer kan granskas.`, en: (file: string) => `${file}: only .xlsx and .csv files can be checked.` },

  // The report sheet Granskning (src/excel/check.ts).
  reportSheet: { sv: () => "Granskning", en: () => "Check" },
  reportSheetTitle: { sv: () => "Granskning av fördelningstabell", en: () => "Check of an allocation table" },
  reportParameters: { sv: () => "Parametrar", en: () => "Parameters" },
  reportParameter: { sv: () => "Parameter", en: () => "Parameter" },
  reportValue: { sv: () => "Värde", en: () => "Value" },
  reportSource: { sv: () => "Källa", en: () => "Source" },
  reportHow: { sv: () => "Hur", en: () => "How" },
  reportFindings: { sv: () => "Avvikelser", en: () => "Findings" },
  reportKind: { sv: () => "Typ", en: () => "Kind" },
  reportSheetColumn: { sv: () => "Blad", en: () => "Sheet" },
  reportCell: { sv: () => "Cell", en: () => "Cell" },
  reportRow: { sv: () => "Rad", en: () => "Row" },
  reportColumn: { sv: () => "Kolumn", en: () => "Column" },
  reportStated: { sv: () => "Angivet", en: () => "Stated" },
  reportExact: { sv: () => "Exakt", en: () => "Exact" },
  reportDifference: { sv: () => "Skillnad", en: () => "Difference" },
  reportRowsSum: { sv: () => "Summa av raderna", en: () => "Sum of rows" },
  reportDescription: { sv: () => "Beskrivning", en: () => "Description" },
  reportProblems: { sv: () => "Problem", en: () => "Problems" },
  reportSeverity: { sv: () => "Allvar", en: () => "Severity" },
  reportNone: { sv: () => "Inga avvikelser.", en: () => "No findings." },
  reportGiven: { sv: () => "angivet", en: () => "given" },
  reportInferred: { sv: () => "härlett", en: () => "inferred" },
  reportComputed: { sv: () => "räknat", en: () => "computed" },
  problemFatal: { sv: () => "kan inte läsas", en: () => "cannot be read" },
  problemWarning: { sv: () => "varning", en: () => "warning" },
  problemInfo: { sv: () => "notering", en: () => "note" },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type CheckMessageKey = keyof typeof CHECK_MESSAGES;

/** A message in both languages, as the report carries it. */
export function localized<A extends readonly unknown[]>(message: Bilingual<A>, ...details: A): LocalizedText {
  return { sv: message.sv(...details), en: message.en(...details) };
}
