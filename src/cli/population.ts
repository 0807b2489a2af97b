import { resolve } from "path";
import { countyCompleteness, type CountyCompleteness } from "../data";
import type { CountyPopulation } from "../engine";
import { say, type Locale } from "../i18n";
import { readPopulationCsv } from "../files";
import { INPUT_MESSAGES, reportLines, type ParsedRow } from "../input";
import { WORKBOOK_MESSAGES as M } from "./shared/messages";

/*
 * `npm run workbook -- --population FILE.csv [--population FILE2.csv]`: the population files read
 * into one county (SCB's municipalities beside the city's districts), held to the county's closed
 * list and to one date; what was read besides (aggregates checked, other counties left out, notes
 * under the tables, an encoding other than UTF-8) said in the summary. A file with any wrong row, or
 * a population that lacks units of the county without --allow-partial, stops the command.
 */

export interface Population {
  /** The files, as one text for the messages ("scb.csv, stad.csv"). */
  readonly file: string;
  readonly county: CountyPopulation;
  readonly rows: readonly ParsedRow[];
  readonly completeness: CountyCompleteness;
  readonly stockholmDerived?: number;
  /** The population's date: --date, or the files' own. */
  readonly date?: string;
  /** What was derived, checked, tolerated or left out in reading it, said in the summary. */
  readonly notes: readonly string[];
}

export interface PopulationRequest {
  readonly files: readonly string[];
  readonly date?: string;
  readonly allowPartial: boolean;
  readonly scbNoise: boolean;
}

/** Reads the population files; undefined (with the messages written) when they cannot be used. */
export async function readPopulation(request: PopulationRequest, cwd: string, stderr: (line: string) => void, locale: Locale): Promise<Population | undefined> {
  const file = request.files.join(", ");
  const result = await readPopulationCsv(
    request.files.map((name) => ({ path: resolve(cwd, name), file: name })),
    { locale, scbNoise: request.scbNoise, ...(request.date !== undefined ? { date: request.date } : {}) },
  );
  if (!result.ok) {
    result.issues.forEach((issue) => stderr(issue.message));
    stderr(say(M.fileErrors, locale, result.issueCount ?? result.issues.length, file));
    return undefined;
  }
  if (result.date === undefined) {
    stderr(say(M.dateRequired, locale, file));
    return undefined;
  }
  const completeness = countyCompleteness(result.county);
  if (completeness.mixed) {
    // Not a choice: no layout of the city has these districts together.
    const names = completeness.mixed.map((entry) => say(M.layoutEntry, locale, entry.name, entry.layouts.join(", "))).join("; ");
    stderr(say(M.mixedLayouts, locale, file, names));
    return undefined;
  }
  if (!completeness.complete && !request.allowPartial) {
    stderr(say(M.partialHeading, locale, file));
    if (completeness.missingMunicipalities.length > 0) stderr(say(M.missingMunicipalities, locale, completeness.missingMunicipalities.join(", ")));
    if (completeness.noDistricts) stderr(say(M.noDistricts, locale));
    if (completeness.missingDistricts.length > 0) stderr(say(M.missingDistricts, locale, completeness.missingDistricts.join(", ")));
    stderr(say(M.partialHint, locale));
    return undefined;
  }
  const derived = result.derived?.stockholm?.population;
  const notes = [
    ...(result.derived?.rest ? [say(INPUT_MESSAGES.restDerived, locale, result.derived.rest.rest, result.derived.rest.cityTotal, result.derived.rest.districts)] : []),
    ...(result.derived?.noise ? [say(INPUT_MESSAGES.noiseNote, locale, result.derived.noise.stated, result.derived.noise.summed, result.derived.noise.margin)] : []),
    ...reportLines(result.report, result.encodings, result.dateFromData ? result.date : undefined, locale),
  ];
  return { file, county: result.county, rows: result.rows, completeness, notes, date: result.date, ...(derived !== undefined ? { stockholmDerived: derived } : {}) };
}
