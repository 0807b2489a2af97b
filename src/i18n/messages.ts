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

/**
 * Texts of one language as their readers take them (a plain text as a string, a text with details
 * as a function of them), written as entries side by side: each string of `T` becomes an entry
 * `{ sv: () => …, en: () => … }`, each function an entry of the same details, and groups and lists
 * stay groups and lists. The workbook's words (src/workbook/texts/index.ts) are written this way, so the
 * two languages of every word are side by side as in every catalogue; `inLanguage` reads them.
 */
export type BilingualOf<T> = T extends (...details: infer A) => string
  ? Bilingual<A>
  : T extends string
    ? Bilingual
    : { readonly [K in keyof T]: BilingualOf<T[K]> };

const isBilingual = (value: unknown): value is Bilingual<unknown[]> =>
  typeof value === "object" && value !== null && typeof (value as Bilingual).sv === "function" && typeof (value as Bilingual).en === "function";

function pick(texts: unknown, locale: Locale): unknown {
  if (isBilingual(texts)) return texts[locale].length === 0 ? texts[locale]() : texts[locale];
  if (Array.isArray(texts)) return texts.map((item) => pick(item, locale));
  // A group's texts are picked when first read: the pane's first view reads a handful of the
  // workbook's words, and picking them all (every text with no details is written out) cost it
  // several milliseconds (npm run bench).
  const group = texts as Record<string, unknown>;
  const one: Record<string, unknown> = {};
  for (const key of Object.keys(group)) {
    let value: unknown;
    let read = false;
    Object.defineProperty(one, key, {
      enumerable: true,
      get: () => {
        if (!read) {
          value = pick(group[key], locale);
          read = true;
        }
        return value;
      },
    });
  }
  return one;
}

// One object per tree and language, read once: a plan asks for its words many times.
const picked = new WeakMap<object, Partial<Record<Locale, unknown>>>();

/**
 * A tree of entries in one language: an entry whose functions declare no parameter becomes its text
 * (so a text's details must be declared parameters, never defaults or rest arguments).
 */
export function inLanguage<T>(texts: BilingualOf<T>, locale: Locale): T {
  const byLocale = picked.get(texts as object) ?? {};
  picked.set(texts as object, byLocale);
  return (byLocale[locale] ??= pick(texts, locale)) as T;
}
