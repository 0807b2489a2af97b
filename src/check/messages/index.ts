import type { Bilingual } from "../../i18n";
import type { LocalizedText } from "../types";
import { FINDING_MESSAGES } from "./findings";
import { PARAMETER_MESSAGES } from "./parameters";
import { READER_MESSAGES } from "./readers";
import { REPORT_MESSAGES } from "./report";
import { TABLE_MESSAGES } from "./tables";

/*
 * Every message of the table checker (src/check, and its file readers in src/files/checkReaders.ts),
 * Swedish and English side by side, one file per topic: finding and choosing the tables (tables.ts),
 * how each parameter was obtained (parameters.ts), the findings (findings.ts), the report
 * (report.ts), the file readers (readers.ts); the words they share are in words.ts. The report
 * carries each message in both languages (LocalizedText): `localized` builds that from an entry.
 * Figures are written by each language's own rules ("54 931 kr", "54,931 kr").
 */

export const CHECK_MESSAGES = {
  ...TABLE_MESSAGES,
  ...PARAMETER_MESSAGES,
  ...FINDING_MESSAGES,
  ...REPORT_MESSAGES,
  ...READER_MESSAGES,
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type CheckMessageKey = keyof typeof CHECK_MESSAGES;

/** A message in both languages, as the report carries it. */
export function localized<A extends readonly unknown[]>(message: Bilingual<A>, ...details: A): LocalizedText {
  return { sv: message.sv(...details), en: message.en(...details) };
}
