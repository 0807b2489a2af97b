import type { Bilingual } from "../i18n";

/* What the Office.js room says to the user, in both languages: the checker's reads, and the writer's errors (errors.ts) with the step that failed. */

export const EXCEL_MESSAGES = {
  /** Granska on a host without ExcelApi 1.13 (Range.getMergedAreasOrNullObject). */
  mergedNotRead: {
    sv: () =>
      "Den här Excel-versionen kan inte visa tillägget vilka celler som är sammanfogade (ExcelApi 1.13 saknas). En sammanfogad cell läses som sin övre vänstra cell och de andra som tomma, utan att granskningen kan säga var.",
    en: () =>
      "This version of Excel cannot show the add-in which cells are merged (ExcelApi 1.13 is missing). A merged cell is read as its top-left cell and the others as empty, without the check being able to say where.",
  } as Bilingual,
} as const;

/** The step of a fill that failed (errors.ts: WriteStep, each of which must be here), as "Excel stopped while …" takes it. */
export const WRITE_STEPS = {
  check: { sv: () => "kontrollen av vilka blad som finns", en: () => "checking which sheets exist" },
  addSheet: { sv: () => "att lägga till ett blad", en: () => "adding a sheet" },
  writeCells: { sv: () => "att skriva värden och formler", en: () => "writing values and formulas" },
  numberFormat: { sv: () => "att sätta talformat", en: () => "setting number formats" },
  format: { sv: () => "att formatera celler", en: () => "formatting cells" },
  table: { sv: () => "att skapa en tabell", en: () => "creating a table" },
  name: { sv: () => "att lägga till ett namn", en: () => "adding a defined name" },
  layout: { sv: () => "att sätta kolumnbredder och låsta rader", en: () => "setting column widths and frozen rows" },
  print: {
    sv: () => "att ställa in utskriften (sammanfogade celler, radhöjder, sidhuvud och sidfot)",
    en: () => "setting up the printed page (merged cells, row heights, header and footer)",
  },
  chart: { sv: () => "att lägga till diagrammet", en: () => "adding the chart" },
  replace: { sv: () => "att byta ut de gamla bladen", en: () => "replacing the old sheets" },
  sync: { sv: () => "att skicka ändringarna till Excel", en: () => "sending the changes to Excel" },
  unknown: { sv: () => "skrivningen", en: () => "writing" },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Why a fill failed (OfficeWriteError's codes): `sheets` quoted and listed, `step` a WRITE_STEPS text, `excel` Excel's own words in parentheses or nothing. */
export const WRITE_ERRORS = {
  unexpected: { sv: (message: string) => `Något gick fel: ${message}`, en: (message: string) => `Something went wrong: ${message}` },
  sheetsExist: {
    sv: (sheets: string) => `Bladen ${sheets} finns redan. Välj att ersätta dem eller att behålla båda; inget har skrivits.`,
    en: (sheets: string) => `The sheets ${sheets} exist already. Choose to replace them or to keep both; nothing was written.`,
  },
  invalidPlan: {
    sv: (problem: string) => `Tabellerna kan inte skrivas: ${problem}. Inget har skrivits.`,
    en: (problem: string) => `The tables cannot be written: ${problem}. Nothing was written.`,
  },
  excelError: {
    sv: (step: string, excel: string) => `Excel avbröt vid ${step}${excel}. Allt som hade skrivits är borttaget; arbetsboken är som förut.`,
    en: (step: string, excel: string) => `Excel stopped while ${step}${excel}. Everything written was removed; the workbook is as it was.`,
  },
  replaceIncomplete: {
    sv: (sheets: string, excel: string) => `De nya bladen är skrivna, men de gamla bladen ${sheets} kunde inte tas bort${excel}. Ta bort dem för hand.`,
    en: (sheets: string, excel: string) => `The new sheets are written, but the old sheets ${sheets} could not be removed${excel}. Remove them by hand.`,
  },
  rollbackFailed: {
    sv: (step: string, excel: string, sheets: string) => `Excel avbröt vid ${step}${excel}, och det som hade skrivits kunde inte tas bort helt. Kvar finns: ${sheets}.`,
    en: (step: string, excel: string, sheets: string) => `Excel stopped while ${step}${excel}, and what had been written could not all be removed. Left: ${sheets}.`,
  },
  noExcel: {
    sv: () => "Excel är inte tillgängligt (tillägget körs utanför Excel).",
    en: () => "Excel is not available (the add-in is running outside Excel).",
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
