import type { Bilingual } from "../../i18n";
import type { LocalizedText } from "../types";

/* The checker's file readers (src/files/checkReaders.ts); each message names the file first. */

export const READER_MESSAGES = {
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
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
