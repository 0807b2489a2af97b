import { createContext, useContext } from "react";
import type { Locale } from "../../i18n/locale";
import { STRINGS, Strings } from "./strings";

const LocaleContext = createContext<Locale>("sv");

export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LocaleContext)];
}
