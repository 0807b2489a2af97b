import type { Locale } from "../../i18n/locale";

/** Why a typed number was not understood; the pane translates the code next to the field. */
export type NumberTextProblem = "empty" | "notANumber";

export type NumberTextResult =
  | { readonly ok: true; /** Plain decimal text ("615312", "19.5"), exact, for the engine. */ readonly value: string; readonly percent: boolean }
  | { readonly ok: false; readonly problem: NumberTextProblem };

// Every space an economist's keyboard or a copied Excel cell may carry: normal, no-break, narrow no-break, thin.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const UNIT = /(kr|kronor|sek|st|år|years?|users?|användare)\.?$/i;

/**
 * Reads a number as a Swedish economist types it: "615 312", "615 312 kr", "19 %", "19,5", "−3"
 * (Unicode minus). In English, "615,312" (thousands commas) and "19.5" are read as well. A comma
 * without a point is a decimal comma in either language ("19,5"), except the English thousands
 * pattern ("1,234,567"). Returns the number as exact decimal text, never a float, so the engine
 * gets exactly what was typed.
 */
export function parseNumberText(text: string, locale: Locale): NumberTextResult {
  let body = text.replace(SPACES, "").replace(/\u2212/g, "-");
  if (body === "") {
    return { ok: false, problem: "empty" };
  }
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1);
  } else {
    body = body.replace(UNIT, "");
  }
  if (body === "") {
    return { ok: false, problem: "notANumber" };
  }
  const englishThousands = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (locale === "en" && englishThousands.test(body)) {
    body = body.replace(/,/g, "");
  } else if (body.includes(",")) {
    if (body.includes(".") || body.indexOf(",") !== body.lastIndexOf(",")) {
      return { ok: false, problem: "notANumber" };
    }
    body = body.replace(",", ".");
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(body)) {
    return { ok: false, problem: "notANumber" };
  }
  const normalized = body.replace(/^\+/, "").replace(/\.$/, "");
  return { ok: true, value: normalized, percent };
}

/** An ISO calendar date ("2018-12-31") that exists; also reads "31/12 2018" and "2018-12-31T..." as the papers and Excel write them. */
export function parseDateText(text: string): { ok: true; value: string } | { ok: false; problem: "empty" | "notADate" } {
  const trimmed = text.trim();
  if (trimmed === "") {
    return { ok: false, problem: "empty" };
  }
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const paper = /^(\d{1,2})\/(\d{1,2})[\s\u00a0]+(\d{4})$/.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (paper) {
    [day, month, year] = [Number(paper[1]), Number(paper[2]), Number(paper[3])];
  } else {
    return { ok: false, problem: "notADate" };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: "notADate" };
  }
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
