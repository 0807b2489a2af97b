import { inLanguage, type BilingualOf, type Locale } from "../../i18n";
import type { Words } from "../../data";
import type { BuiltInSheetKey } from "../plan";
import { AGREEMENT_TEXTS, type AgreementTexts } from "./agreementTexts";

/*
 * The words the plan's options read before any sheet is built: the built-in sheets' names (a
 * declared sheet may not take one) and the agreements' words (their checks' refusals). The pane's
 * first view makes options for its summary, so these are in its first load; apart from the sheets'
 * words (index.ts, annualTexts.ts), which a module of the first load would carry whole.
 */

export type SheetNames = Readonly<Record<BuiltInSheetKey, string>>;

/** The built-in sheets' names; the plan's texts (index.ts) have them as `sheetNames`. */
export const SHEET_NAMES: BilingualOf<SheetNames> = {
  parameters: { sv: () => "Parametrar", en: () => "Parameters" },
  municipalities: { sv: () => "Kommuner", en: () => "Municipalities" },
  districts: { sv: () => "Stadsdelar", en: () => "Districts" },
  sources: { sv: () => "Källor och metod", en: () => "Sources and method" },
  annualCost: { sv: () => "Årskostnad", en: () => "Annual cost" },
};

/** The built-in sheets' names in one language, as `planTexts(locale).sheetNames`. */
export function sheetNames(locale: Locale): SheetNames {
  return inLanguage<SheetNames>(SHEET_NAMES, locale);
}

/** The agreements' words in one language, as `planTexts(locale).agreements`. */
export function agreementWords(locale: Locale): AgreementTexts {
  return inLanguage<AgreementTexts>(AGREEMENT_TEXTS, locale);
}

/** A text of a declaration in the plan's language. */
export const words = (text: Words, locale: Locale): string => text[locale];
