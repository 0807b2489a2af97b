import type { Bilingual } from "../i18n";

/*
 * The preview page's own texts (its tools and the grid of the filled sheets), each one entry with
 * its Swedish and English side by side, as the pane's (src/taskpane/i18n/strings.ts). Read with
 * `textsIn(PREVIEW_STRINGS, locale)`; test/i18n/messages.test.ts checks both languages are there.
 */

export const PREVIEW_STRINGS = {
  /** What a sheet left by an earlier fill holds, in the page's seeded workbook. */
  seededUserData: { sv: () => "Användarens data", en: () => "The user's data" },
  // The tools that put things in the double.
  label: { sv: () => "Förhandsvisning utan Excel", en: () => "Preview without Excel" },
  seedRange: { sv: () => "Område med tre felaktiga rader", en: () => "Range with three bad rows" },
  seedTable: { sv: () => "Tabell med befolkning", en: () => "Table with population" },
  seedExisting: { sv: () => "Blad som redan finns", en: () => "Sheets that exist already" },
  seedCheck: { sv: () => "Tabell att granska", en: () => "Table to check" },
  done: { sv: (what: string) => `Klart: ${what}`, en: (what: string) => `Done: ${what}` },

  // The workbook's sheets as Excel would show them.
  sheetsHeading: { sv: () => "Så ser arbetsboken ut", en: () => "What the workbook looks like" },
  sheetsHint: {
    sv: () =>
      "Bladen som de visas i Excel, med talformaten. Skrivskyddat. Formlerna står kvar i cellerna; värdena är de som tillägget räknat fram, samma som Excel räknar.",
    en: () =>
      "The sheets as Excel shows them, number formats applied. Read-only. The formulas stay in the cells; the values are those the add-in computed, the same as Excel computes.",
  },
  sheetsLabel: { sv: () => "Blad", en: () => "Sheets" },
  sheetGrid: { sv: (sheet: string) => `Bladet ${sheet}`, en: (sheet: string) => `Sheet ${sheet}` },
  rowHeader: { sv: () => "Rad", en: () => "Row" },
  emptySheet: { sv: () => "Bladet är tomt. Tryck Fyll i för att fylla arbetsboken.", en: () => "The sheet is empty. Press Fill to fill the workbook." },
  clipped: {
    sv: (rows: number, columns: number) => `Visar de första ${rows} raderna och ${columns} kolumnerna.`,
    en: (rows: number, columns: number) => `Showing the first ${rows} rows and ${columns} columns.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
