import type { Locale } from "../../i18n/locale";

/** The check tab's texts, Swedish and English. */
export interface CheckStrings {
  readonly heading: string;
  readonly intro: string;
  readonly source: string;
  readonly selection: string;
  readonly tables: string;
  readonly tablesHint: string;
  readonly noTables: string;
  readonly loadingTables: string;
  readonly parameters: string;
  readonly parametersHint: string;
  readonly threshold: string;
  readonly years: string;
  readonly inferredPlaceholder: string;
  readonly confirmValue: string;
  readonly run: string;
  readonly running: string;
  readonly chooseTable: string;
  readonly result: string;
  readonly parametersUsed: string;
  readonly given: string;
  readonly inferred: string;
  readonly computed: string;
  readonly findings: (count: number) => string;
  readonly noFindings: string;
  readonly stated: string;
  readonly exact: string;
  readonly difference: string;
  readonly rowsSum: string;
  readonly goToCell: (address: string) => string;
  readonly kinds: { readonly error: string; readonly total: string; readonly rounding: string };
  readonly problems: string;
  readonly highlight: string;
  readonly removeHighlights: string;
  readonly writeReport: string;
  readonly highlighted: (count: number, skipped: number) => string;
  readonly removed: (count: number, changed: number) => string;
  readonly reportWritten: (sheet: string) => string;
  readonly failed: (message: string) => string;
}

export const CHECK_STRINGS: Readonly<Record<Locale, CheckStrings>> = {
  sv: {
    heading: "Granska en tabell",
    intro: "Markera en tabell som Bilaga 3 (kommuner och/eller stadsdelar) eller välj Excel-tabeller. Varje siffra räknas om och jämförs.",
    source: "Vad ska granskas?",
    selection: "Markerat område",
    tables: "Excel-tabeller",
    tablesHint: "Välj kommuntabellen och stadsdelstabellen för att granska dem tillsammans.",
    noTables: "Arbetsboken har inga Excel-tabeller.",
    loadingTables: "Hämtar tabeller …",
    parameters: "Parametrar",
    parametersHint: "Lämna tomt för att härleda ur tabellen.",
    threshold: "Gränsbelopp (kr)",
    years: "Avtalsperiod (år)",
    inferredPlaceholder: "härleds",
    confirmValue: "Värdet stämmer, använd det",
    run: "Granska",
    running: "Granskar …",
    chooseTable: "Välj minst en tabell.",
    result: "Resultat",
    parametersUsed: "Använda parametrar",
    given: "angivet",
    inferred: "härlett",
    computed: "räknat",
    findings: (count) => `Avvikelser (${count})`,
    noFindings: "Inga avvikelser: varje siffra stämmer.",
    stated: "angivet",
    exact: "exakt",
    difference: "skillnad",
    rowsSum: "summa av raderna",
    goToCell: (address) => `Gå till ${address}`,
    kinds: { error: "Fel", total: "Totalrad", rounding: "Avrundning" },
    problems: "Problem",
    highlight: "Markera cellerna",
    removeHighlights: "Ta bort markeringarna",
    writeReport: "Skriv rapporten till ett nytt blad",
    highlighted: (count, skipped) => `${count} celler markerade.${skipped > 0 ? ` ${skipped} med mönsterfyllning lämnades orörda.` : ""}`,
    removed: (count, changed) => `Markeringarna borttagna: ${count} celler har sin tidigare fyllning igen.${changed > 0 ? ` ${changed} celler hade fått ny färg eller finns inte längre och lämnades.` : ""}`,
    reportWritten: (sheet) => `Rapporten finns på bladet ”${sheet}”.`,
    failed: (message) => `Det gick inte: ${message}`,
  },
  en: {
    heading: "Check a table",
    intro: "Select a table laid out like Bilaga 3 (municipalities and/or districts) or choose Excel tables. Every figure is recomputed and compared.",
    source: "What to check",
    selection: "Selected range",
    tables: "Excel tables",
    tablesHint: "Choose the municipality table and the district table to check them together.",
    noTables: "The workbook has no Excel tables.",
    loadingTables: "Loading tables …",
    parameters: "Parameters",
    parametersHint: "Leave empty to infer them from the table.",
    threshold: "Threshold (kr)",
    years: "Contract period (years)",
    inferredPlaceholder: "inferred",
    confirmValue: "The value is right, use it",
    run: "Check",
    running: "Checking …",
    chooseTable: "Choose at least one table.",
    result: "Result",
    parametersUsed: "Parameters used",
    given: "given",
    inferred: "inferred",
    computed: "computed",
    findings: (count) => `Findings (${count})`,
    noFindings: "No findings: every figure holds.",
    stated: "stated",
    exact: "exact",
    difference: "difference",
    rowsSum: "sum of rows",
    goToCell: (address) => `Go to ${address}`,
    kinds: { error: "Error", total: "Total row", rounding: "Rounding" },
    problems: "Problems",
    highlight: "Highlight the cells",
    removeHighlights: "Remove the highlights",
    writeReport: "Write the report to a new sheet",
    highlighted: (count, skipped) => `${count} cells highlighted.${skipped > 0 ? ` ${skipped} with a pattern fill were left alone.` : ""}`,
    removed: (count, changed) => `Highlights removed: ${count} cells have their previous fill again.${changed > 0 ? ` ${changed} cells had been recoloured or are gone and were left.` : ""}`,
    reportWritten: (sheet) => `The report is on sheet "${sheet}".`,
    failed: (message) => `That did not work: ${message}`,
  },
};
