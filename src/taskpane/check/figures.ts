import type { Locale } from "../../i18n";
import { readNumberParameter, type NumberReading } from "../../params";

/**
 * An optional figure of the check, read through its declaration exactly as the Fill tab and the
 * commands read it: undefined when the field is empty (the figure is then inferred from the table).
 */
export function readCheckFigure(key: "threshold" | "years", text: string, locale: Locale): NumberReading | undefined {
  return text.trim() === "" ? undefined : readNumberParameter(key, text, locale);
}
