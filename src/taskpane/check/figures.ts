import type { Locale } from "../../i18n/locale";
import { readNumberParameter } from "../../params";

/** What the Check tab makes of a figure field: nothing (inferred from the table), a value, a refusal or a value to confirm. */
export interface CheckFigure {
  readonly value?: number;
  readonly message?: string;
  readonly implausible?: string;
}

/** An optional figure of the check, read through its declaration exactly as the Fill tab and the commands read it. */
export function readCheckFigure(key: "threshold" | "years", text: string, locale: Locale): CheckFigure {
  if (text.trim() === "") return {};
  const reading = readNumberParameter(key, text, locale);
  if (!reading.ok) return { message: reading.message };
  return { value: reading.value.toNumber(), ...(reading.implausible ? { implausible: reading.implausible } : {}) };
}
