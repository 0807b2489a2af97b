import type { Bilingual } from "../../i18n";
import type { LocalizedText, TableKind } from "../types";
import { svTable, enTable, municipal } from "./words";

/* The checker's messages on finding the tables and choosing which are checked (detect.ts, check.ts, tables.ts). */

export const TABLE_MESSAGES = {
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
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
