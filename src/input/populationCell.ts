import { Decimal } from "../engine";
import { say, formatNumber, type Locale } from "../i18n";
import { NUMBER_PARAMETERS, readCellParameter } from "../params";
import { cellText, textIssueCode, type CellInput } from "./issues";
import { INPUT_MESSAGES as M } from "./messages";
import type { PopulationIssueCode } from "./populationTypes";

/*
 * A population from a cell, read as the product reads every figure: a number from a cell as it is,
 * text through the one number reader (src/i18n/numberText.ts) against the declaration of
 * `population` (src/params): whole, not negative, at most 10 000 000; "11.000", "11,000", "1e6",
 * "93 106 kr" are refused with what was probably meant.
 */


export type PopulationReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: PopulationIssueCode; readonly reason: string; readonly value?: string };

/**
 * A population from a cell: a number as it is, text through the one reader (readCellParameter
 * with the declaration of `population`, or of `populationTotal` for a sum row). The reasons of the old codes keep their wording; the
 * refusals of the text itself (ambiguous, scientific, too many digits, a unit) are the reader's.
 */
export function readPopulation(value: CellInput, locale: Locale, key: "population" | "populationTotal" = "population"): PopulationReading {
  const raw = cellText(value);
  if (value === null || value === undefined || (typeof value === "string" && raw === "")) {
    return { ok: false, code: "emptyPopulation", reason: say(M.emptyPopulation, locale) };
  }
  if (typeof value === "boolean") return { ok: false, code: "notANumber", reason: say(M.notANumber, locale, raw), value: raw };
  const reading = readCellParameter(key, typeof value === "number" ? value : raw, locale);
  if (reading.ok) return { ok: true, value: reading.value.toNumber() };
  // A number is shown the way the user's language writes it ("10,5"), text as it was typed.
  const shown = typeof value === "number" && Number.isFinite(value) ? formatNumber(new Decimal(String(value)), locale, "all") : raw;
  const refused = (code: PopulationIssueCode, reason: string): PopulationReading => ({ ok: false, code, reason, value: raw });
  switch (reading.problem) {
    case "empty":
      return { ok: false, code: "emptyPopulation", reason: say(M.emptyPopulation, locale) };
    case "notANumber":
      return refused("notANumber", say(M.notANumber, locale, shown));
    case "negative":
      return refused("negative", say(M.negative, locale, shown));
    case "notWhole":
      return refused("notWholeNumber", say(M.notWholeNumber, locale, shown));
    case "aboveMax":
      return refused("tooLarge", say(M.tooLarge, locale, shown, NUMBER_PARAMETERS[key].limits.max));
    case "belowMin":
    case "notPositive":
      // Not reached with population's limits (0 is allowed; below it is "negative").
      return refused("negative", reading.message);
    case "notADate":
      return refused("notANumber", reading.message);
    default:
      return refused(textIssueCode(reading.problem), reading.message);
  }
}
