import { inLanguage, type Locale, type Bilingual, type BilingualOf } from "../../i18n";

/*
 * How the pane reads its catalogues (strings.ts, ../check/strings.ts): each entry is one `Bilingual`
 * message with Swedish and English side by side; a component gets the catalogue in the pane's
 * language, where a message without details is its text and a message with details stays a function
 * of them (`t.heading`, `t.findings(3)`). Components read it through `useStrings()` (context.tsx).
 */

/** A catalogue of the pane: one entry per text, both languages side by side. */
export type PaneCatalogue = Readonly<Record<string, Bilingual<any[]>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A catalogue in one language: texts without details as strings, the others as functions of their details. */
export type Texts<C extends PaneCatalogue> = {
  readonly [K in keyof C]: Parameters<C[K]["sv"]> extends [] ? string : C[K]["sv"];
};

/**
 * The catalogue in one language, read by the product's one reader of entries (inLanguage, src/i18n):
 * a message whose function declares no parameter is read once into its text (so a message's details
 * must be declared parameters, never defaults or rest arguments), and each catalogue is read once
 * per language, so what a component gets is the same from render to render.
 */
export function textsIn<C extends PaneCatalogue>(catalogue: C, locale: Locale): Texts<C> {
  // A pane catalogue is a flat tree of entries: its texts are the type Texts<C> says.
  return inLanguage<Texts<C>>(catalogue as unknown as BilingualOf<Texts<C>>, locale);
}
