import type { Locale } from "./locale";

/*
 * How the product writes a message in two languages: each message is one entry with its Swedish and
 * English side by side, so a message cannot exist in one language only (the type requires both, and
 * test/i18n/messages.test.ts checks every catalogue for empty or untranslated texts).
 */

/** A message in both languages; a function of its details. */
export interface Bilingual<A extends readonly unknown[] = []> {
  readonly sv: (...details: A) => string;
  readonly en: (...details: A) => string;
}

/** A catalogue: every message of one room of the house. */
export type Catalogue = Readonly<Record<string, Bilingual<never[]> | Bilingual<any[]>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The message in the user's language. */
export function say<A extends readonly unknown[]>(message: Bilingual<A>, locale: Locale, ...details: A): string {
  return message[locale](...details);
}

/** Quotation marks as each language writes them: ”615,312” and "615,312". */
export function quoted(text: string, locale: Locale): string {
  return locale === "sv" ? `”${text}”` : `"${text}"`;
}

/** A message shown on its own (a field's note): capital first letter, full stop. */
export function sentence(message: string): string {
  const text = message.trim();
  if (text === "") return text;
  const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
