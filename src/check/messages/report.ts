import type { Bilingual } from "../../i18n";
import type { CheckStatus, FindingKind, TableKind } from "../types";
import { svTable, enTable, sentenceCase, KIND_HEADINGS, KIND_NAMES } from "./words";

/* The checker's report in words (text.ts) and its sheet Granskning (src/excel/check.ts). */

export const REPORT_MESSAGES = {
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
    sv: (kind: string, count: number) => `${KIND_HEADINGS[kind as FindingKind]?.sv() ?? "Avvikelser"} (${count})`,
    en: (kind: string, count: number) => `${KIND_HEADINGS[kind as FindingKind]?.en() ?? "Findings"} (${count})`,
  },
  kindName: { sv: (kind: string) => KIND_NAMES[kind as FindingKind]?.sv() ?? "avvikelse", en: (kind: string) => KIND_NAMES[kind as FindingKind]?.en() ?? "finding" },

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
