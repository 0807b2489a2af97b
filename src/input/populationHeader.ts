import { say } from "../i18n";
import { cellText, location, normalizeHeader, type CellInput, type IssueList } from "./issues";
import { INPUT_MESSAGES as M } from "./messages";

/*
 * The header of a population table, found by what it says, not where it is: SCB's exports and the
 * city's statistics put a title (and a blank line) above it. A header has a population column (a
 * word for inhabitants, the year the figures are of, or both: "invånare", "Antal", "2018",
 * "Folkmängd 2018") and a name column ("namn", "Region", "Kommun", "Stadsdelsområde", or an empty
 * cell left of the figures, as a copied table has it); optionally a code, a type and a date column
 * ("datum", "år"). A year in the population column's header dates the figures (31 December of it);
 * with several years the one of the population's date is read.
 */

export type PopulationColumnKey = "name" | "kind" | "population" | "code" | "date";

/** Where each column is, by its index in the row. */
export interface PopulationColumns {
  readonly name: number;
  readonly population: number;
  readonly kind?: number;
  readonly code?: number;
  readonly date?: number;
}

export interface PopulationHeader {
  /** The header's index in the table's rows. */
  readonly index: number;
  readonly texts: readonly string[];
  readonly columns: PopulationColumns;
  /** The date the population column's header gives ("2018" → "2018-12-31"). */
  readonly columnDate?: string;
}

const ALIASES: Record<Exclude<PopulationColumnKey, "population">, readonly string[]> = {
  name: [
    "namn",
    "name",
    "enhet",
    "unit",
    "region",
    "regionnamn",
    "kommun",
    "kommunnamn",
    "municipality",
    "stadsdel",
    "stadsdelsområde",
    "stadsdelsomrade",
    "stadsdelsförvaltning",
    "stadsdelsnämnd",
    "sdf",
    "district",
    "område",
    "omrade",
    "area",
  ],
  kind: ["typ", "type", "kind", "slag"],
  code: ["kod", "code", "kommunkod", "scbkod", "municipalitycode", "regionkod", "kommunnummer"],
  date: ["datum", "date", "år", "ar", "year", "tidpunkt", "referensdatum", "befolkningsdatum"],
};

const POPULATION_WORDS = [
  "antalinvånare",
  "antalinvanare",
  "invånarantal",
  "invånare",
  "invanare",
  "befolkning",
  "folkmängd",
  "folkmangd",
  "antalpersoner",
  "personer",
  "population",
  "inhabitants",
  "antal",
];

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ["januari", "january", "jan"],
    ["februari", "february", "feb"],
    ["mars", "march", "mar"],
    ["april", "apr"],
    ["maj", "may"],
    ["juni", "june", "jun"],
    ["juli", "july", "jul"],
    ["augusti", "august", "aug"],
    ["september", "sept", "sep"],
    ["oktober", "october", "okt", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/** An ISO date of year, month and day, when it is a day of the calendar (from 1900 on). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The date a header's words give: a year (its 31 December, as SCB's yearly figures are), or a day. */
function dateWords(words: string): string | undefined {
  const text = words.replace(/^(den|per|vid|at|on|the|år|year)/, "");
  if (/^\d{4}$/.test(text)) return isoDate(Number(text), 12, 31);
  const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (digits) return isoDate(Number(digits[1]), Number(digits[2]), Number(digits[3]));
  const written = /^(\d{1,2})([a-zåäö]+)(\d{4})$/.exec(text);
  if (written && MONTHS[written[2]] !== undefined) return isoDate(Number(written[3]), MONTHS[written[2]], Number(written[1]));
  return undefined;
}

/** Whether a header names the population, and the date it gives: "invånare", "2018", "Folkmängd 2018", "Antal 31 december 2018". */
export function populationHeader(text: string): { readonly date?: string } | undefined {
  const key = normalizeHeader(text);
  if (key === "") return undefined;
  if (POPULATION_WORDS.includes(key)) return {};
  const word = POPULATION_WORDS.find((candidate) => key.startsWith(candidate) || key.endsWith(candidate));
  const rest = word === undefined ? key : key.startsWith(word) ? key.slice(word.length) : key.slice(0, key.length - word.length);
  const date = dateWords(rest);
  return date ? { date } : undefined;
}

function columnKey(text: string): Exclude<PopulationColumnKey, "population"> | undefined {
  const key = normalizeHeader(text);
  return (Object.keys(ALIASES) as Exclude<PopulationColumnKey, "population">[]).find((candidate) => ALIASES[candidate].includes(key));
}

/** A row's columns as a header, if it is one: a population column and a name column (by its word, or an empty cell left of the figures). */
function asHeader(texts: readonly string[]): { named: Partial<Record<PopulationColumnKey, number[]>>; dates: (string | undefined)[] } | undefined {
  const named: Partial<Record<PopulationColumnKey, number[]>> = {};
  const dates: (string | undefined)[] = [];
  texts.forEach((text, column) => {
    const population = columnKey(text) === undefined ? populationHeader(text) : undefined;
    const key: PopulationColumnKey | undefined = population ? "population" : columnKey(text);
    if (key === undefined) return;
    (named[key] ??= []).push(column);
    if (population) dates.push(population.date);
  });
  if (!named.population) return undefined;
  if (!named.name) {
    const first = named.population[0];
    if (first === 0 || texts.slice(0, first).some((text) => text !== "")) return undefined;
    named.name = [0];
  }
  return { named, dates };
}

/** The first filled row (the header to name in messages when no row is one). */
function firstFilled(rows: readonly (readonly CellInput[])[]): number {
  return rows.findIndex((row) => row.some((cell) => cellText(cell) !== ""));
}

/**
 * The table's header and its columns. A missing column, a column given twice, and several years
 * without a date to choose one by are issues (and undefined); so is a date the table has no year of.
 */
export function readPopulationHeader(rows: readonly (readonly CellInput[])[], issues: IssueList<string>, givenDate: string | undefined): PopulationHeader | undefined {
  const { locale } = issues;
  for (let index = 0; index < rows.length; index++) {
    const texts = rows[index].map(cellText);
    const header = asHeader(texts);
    if (!header) continue;
    issues.useHeader(texts);
    return columnsOf(index, texts, header, issues, givenDate);
  }
  const index = firstFilled(rows);
  const texts = index < 0 ? [] : rows[index].map(cellText);
  const found = texts.map((text) => columnKey(text) ?? (populationHeader(text) ? "population" : undefined));
  for (const key of ["name", "population"] as const) {
    if (found.includes(key)) continue;
    const label = say(M.columnLabel, locale, key);
    const row = issues.rowNumber(Math.max(index, 0));
    const reason = say(M.missingColumn, locale, label, texts.filter((text) => text !== ""));
    issues.push({ code: "missingColumn", row, column: label, reason, message: `${location(row, label, undefined, locale)}: ${reason}.` });
  }
  return undefined;
}

function columnsOf(
  index: number,
  texts: readonly string[],
  header: NonNullable<ReturnType<typeof asHeader>>,
  issues: IssueList<string>,
  givenDate: string | undefined,
): PopulationHeader | undefined {
  const { locale } = issues;
  const { named, dates } = header;
  let ok = true;
  const one = (key: Exclude<PopulationColumnKey, "population">): number | undefined => {
    const columns = named[key];
    if (!columns) return undefined;
    for (const extra of columns.slice(1)) {
      issues.add("duplicateColumn", index, extra, say(M.duplicateColumn, locale, texts[extra], columns[0] + 1), texts[extra]);
      ok = false;
    }
    return columns[0];
  };
  const columns = { name: one("name")!, kind: one("kind"), code: one("code"), date: one("date") };
  const population = choosePopulation(index, texts, named.population!, dates, issues, givenDate);
  if (!ok || population === undefined) return undefined;
  const columnDate = dates[named.population!.indexOf(population)];
  return {
    index,
    texts,
    columns: {
      name: columns.name,
      population,
      ...(columns.kind !== undefined ? { kind: columns.kind } : {}),
      ...(columns.code !== undefined ? { code: columns.code } : {}),
      ...(columns.date !== undefined ? { date: columns.date } : {}),
    },
    ...(columnDate !== undefined ? { columnDate } : {}),
  };
}

/** The population column: the only one, or of several years the one of the date. */
function choosePopulation(index: number, texts: readonly string[], candidates: readonly number[], dates: readonly (string | undefined)[], issues: IssueList<string>, givenDate: string | undefined): number | undefined {
  const { locale } = issues;
  if (candidates.length === 1) return candidates[0];
  if (dates.some((date) => date === undefined)) {
    const first = candidates[dates.indexOf(undefined)];
    for (const extra of candidates.filter((column) => column !== first)) {
      issues.add("duplicateColumn", index, extra, say(M.duplicateColumn, locale, texts[extra], first + 1), texts[extra]);
    }
    return undefined;
  }
  const years = dates.map((date) => date!.slice(0, 4));
  if (givenDate === undefined) {
    issues.add("severalYears", index, candidates[0], say(M.severalYears, locale, years));
    return undefined;
  }
  const chosen = years.indexOf(givenDate.slice(0, 4));
  if (chosen < 0) {
    issues.add("yearNotInTable", index, candidates[0], say(M.yearNotInTable, locale, givenDate, years));
    return undefined;
  }
  return candidates[chosen];
}
