import { createContext, useContext } from "react";
import type { Locale } from "../../i18n";
import { PANE_STRINGS, Strings } from "./strings";
import { textsIn, type PaneCatalogue, type Texts } from "./catalogue";

const LocaleContext = createContext<Locale>("sv");

export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * The one way a component reads its texts: the pane's (strings.ts), or another catalogue of the pane
 * (the Check tab's, ../check/strings.ts), in the pane's language.
 */
export function useStrings(): Strings;
export function useStrings<C extends PaneCatalogue>(catalogue: C): Texts<C>;
export function useStrings(catalogue: PaneCatalogue = PANE_STRINGS): Texts<PaneCatalogue> {
  return textsIn(catalogue, useContext(LocaleContext));
}
