import type { Bilingual } from "../i18n/messages";

/* What the Office.js room says to the user, in both languages (the writer's errors are in errors.ts). */

export const EXCEL_MESSAGES = {
  /** Granska on a host without ExcelApi 1.13 (Range.getMergedAreasOrNullObject). */
  mergedNotRead: {
    sv: () =>
      "Den här Excel-versionen kan inte visa tillägget vilka celler som är sammanfogade (ExcelApi 1.13 saknas). En sammanfogad cell läses som sin övre vänstra cell och de andra som tomma, utan att granskningen kan säga var.",
    en: () =>
      "This version of Excel cannot show the add-in which cells are merged (ExcelApi 1.13 is missing). A merged cell is read as its top-left cell and the others as empty, without the check being able to say where.",
  } as Bilingual,
} as const;
