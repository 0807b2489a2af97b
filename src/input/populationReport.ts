import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES as M } from "./messages";
import type { AggregateCheck, PopulationReport } from "./populationTypes";

/*
 * What a population reading found besides the county, in words for the summaries of the command and
 * the pane: the date the data gave, a file read in another encoding than UTF-8, each aggregate and
 * what it was held against, the municipalities of other counties left out, the notes under a table.
 */

/** What an aggregate was held against, in words: "Stockholms län (2 344 124) stämmer med 26 kommuner". */
export function aggregateLine(check: AggregateCheck, locale: Locale): string {
  if (check.status === "notChecked") return say(M.aggregateNotChecked, locale, check.name, check.population, check.missing ?? 0);
  if (check.status === "cityTotal") return say(M.aggregateCityTotal, locale, check.name, check.population);
  const parts = check.of === "districts" ? say(M.aggregatePartsDistricts, locale, check.parts) : say(M.aggregatePartsMunicipalities, locale, check.parts);
  return say(M.aggregateChecked, locale, check.name, check.population, parts);
}

/** The lines of a report: the data's date (when it gave it), the encodings, the aggregates, the other counties, the notes. */
export function reportLines(report: PopulationReport, encodings: readonly { readonly file: string; readonly encoding: string }[], dateFromData: string | undefined, locale: Locale): string[] {
  return [
    ...(dateFromData !== undefined ? [say(M.dateFromData, locale, dateFromData)] : []),
    ...encodings.flatMap(({ file, encoding }) =>
      encoding === "windows-1252" ? [say(M.encodingWindows1252, locale, file)] : encoding === "utf-16" ? [say(M.encodingUtf16, locale, file)] : [],
    ),
    ...report.aggregates.map((check) => aggregateLine(check, locale)),
    ...(report.outside.municipalities > 0 ? [say(M.outsideCounty, locale, report.outside.municipalities, report.outside.names)] : []),
    ...(report.notes > 0 ? [say(M.notesSkipped, locale, report.notes)] : []),
  ];
}
