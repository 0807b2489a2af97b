import type { Severity } from "../../check";
import type { Bilingual } from "../../i18n";

/*
 * The Check tab's texts, each one entry with its Swedish and English side by side (the style of
 * ../i18n/strings.ts; its own file so that they load with the tab). Components read them with
 * `useStrings(CHECK_STRINGS)`.
 */

export const CHECK_STRINGS = {
  heading: { sv: () => "Granska en tabell", en: () => "Check a table" },
  intro: {
    sv: () =>
      "Markera en tabell som Bilaga 3 (kommuner och/eller stadsdelar), avtalet 2026–2030 eller supporten, eller välj Excel-tabeller. Varje siffra räknas om och jämförs, och formlerna granskas.",
    en: () =>
      "Select a table laid out like Bilaga 3 (municipalities and/or districts), the 2026–2030 agreement or the support, or choose Excel tables. Every figure is recomputed and compared, and the formulas are checked.",
  },
  source: { sv: () => "Vad ska granskas?", en: () => "What to check" },
  selection: { sv: () => "Markerat område", en: () => "Selected range" },
  tables: { sv: () => "Excel-tabeller", en: () => "Excel tables" },
  tablesHint: {
    sv: () => "Välj kommuntabellen och stadsdelstabellen för att granska dem tillsammans.",
    en: () => "Choose the municipality table and the district table to check them together.",
  },
  noTables: { sv: () => "Arbetsboken har inga Excel-tabeller.", en: () => "The workbook has no Excel tables." },
  loadingTables: { sv: () => "Hämtar tabeller …", en: () => "Loading tables …" },
  parameters: { sv: () => "Parametrar", en: () => "Parameters" },
  parametersHint: { sv: () => "Lämna tomt för att härleda ur tabellen.", en: () => "Leave empty to infer them from the table." },
  threshold: { sv: () => "Gränsbelopp (kr)", en: () => "Threshold (kr)" },
  years: { sv: () => "Avtalsperiod (år)", en: () => "Contract period (years)" },
  inferredPlaceholder: { sv: () => "härleds", en: () => "inferred" },
  confirmValue: { sv: () => "Värdet stämmer, använd det", en: () => "The value is right, use it" },
  run: { sv: () => "Granska", en: () => "Check" },
  running: { sv: () => "Granskar …", en: () => "Checking …" },
  chooseTable: { sv: () => "Välj minst en tabell.", en: () => "Choose at least one table." },
  result: { sv: () => "Resultat", en: () => "Result" },
  parametersUsed: { sv: () => "Använda parametrar", en: () => "Parameters used" },
  given: { sv: () => "angivet", en: () => "given" },
  inferred: { sv: () => "härlett", en: () => "inferred" },
  computed: { sv: () => "räknat", en: () => "computed" },
  findings: {
    sv: (count: number) => `Avvikelser (${count})`,
    en: (count: number) => `Findings (${count})`,
  },
  roundingFolded: {
    sv: (count: number) => `${count} ${count === 1 ? "avrundningsskillnad" : "avrundningsskillnader"} (inga fel)`,
    en: (count: number) => `${count} rounding ${count === 1 ? "difference" : "differences"} (no errors)`,
  },
  noFindings: { sv: () => "Inga avvikelser: varje siffra stämmer.", en: () => "No findings: every figure holds." },
  stated: { sv: () => "angivet", en: () => "stated" },
  exact: { sv: () => "exakt", en: () => "exact" },
  difference: { sv: () => "skillnad", en: () => "difference" },
  rowsSum: { sv: () => "summa av raderna", en: () => "sum of rows" },
  goToCell: { sv: (address: string) => `Gå till ${address}`, en: (address: string) => `Go to ${address}` },
  problems: { sv: () => "Problem", en: () => "Problems" },
  highlight: { sv: () => "Markera cellerna", en: () => "Highlight the cells" },
  removeHighlights: { sv: () => "Ta bort markeringarna", en: () => "Remove the highlights" },
  writeReport: { sv: () => "Skriv rapporten till ett nytt blad", en: () => "Write the report to a new sheet" },
  highlighted: {
    sv: (count: number, skipped: number) =>
      `${count} ${count === 1 ? "cell markerad" : "celler markerade"}.${skipped > 0 ? ` ${skipped} med mönsterfyllning ${skipped === 1 ? "lämnades orörd" : "lämnades orörda"}.` : ""}`,
    en: (count: number, skipped: number) => `${count} ${count === 1 ? "cell" : "cells"} highlighted.${skipped > 0 ? ` ${skipped} with a pattern fill ${skipped === 1 ? "was" : "were"} left alone.` : ""}`,
  },
  removed: {
    sv: (count: number, changed: number) =>
      `Markeringarna borttagna: ${count} ${count === 1 ? "cell har" : "celler har"} sin tidigare fyllning igen.${changed > 0 ? ` ${changed} ${changed === 1 ? "cell hade fått ny färg eller finns inte längre och lämnades" : "celler hade fått ny färg eller finns inte längre och lämnades"}.` : ""}`,
    en: (count: number, changed: number) =>
      `Highlights removed: ${count} ${count === 1 ? "cell has its" : "cells have their"} previous fill again.${changed > 0 ? ` ${changed} ${changed === 1 ? "cell had been recoloured or is gone and was" : "cells had been recoloured or are gone and were"} left.` : ""}`,
  },
  ownTable: { sv: () => "skapad av tillägget", en: () => "made by the add-in" },
  ownTablesHint: {
    sv: () => "Tabeller som tillägget har fyllt i står sist; de stämmer med sig själva, så granska dem för att se att ingen har ändrat dem.",
    en: () => "Tables the add-in filled in come last; they agree with themselves, so check them to see that nobody has changed them.",
  },
  reportWritten: { sv: (sheet: string) => `Rapporten finns på bladet ”${sheet}”.`, en: (sheet: string) => `The report is on sheet "${sheet}".` },
  failed: { sv: (message: string) => `Det gick inte: ${message}`, en: (message: string) => `That did not work: ${message}` },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How much a finding matters, on its badge and at the head of its button's name. */
export const SEVERITY_NAMES = {
  error: { sv: () => "Fel", en: () => "Error" },
  warning: { sv: () => "Varning", en: () => "Warning" },
  rounding: { sv: () => "Avrundning", en: () => "Rounding" },
} as const satisfies Record<Severity, Bilingual>;
