import { readdirSync } from "fs";
import { join, relative, sep } from "path";
import * as bookMessages from "../../src/check/book/messages";
import * as checkMessages from "../../src/check/messages";
import { FINDING_MESSAGES } from "../../src/check/messages/findings";
import { PARAMETER_MESSAGES } from "../../src/check/messages/parameters";
import { READER_MESSAGES } from "../../src/check/messages/readers";
import { REPORT_MESSAGES } from "../../src/check/messages/report";
import { TABLE_MESSAGES } from "../../src/check/messages/tables";
import * as cliMessages from "../../src/cli/shared/messages";
import * as excelMessages from "../../src/excel/messages";
import * as fileMessages from "../../src/files/messages";
import * as functionMessages from "../../src/functions/messages";
import * as i18nMessages from "../../src/i18n/messages";
import * as inputMessages from "../../src/input/messages";
import * as paramMessages from "../../src/params/messages";
import * as previewStrings from "../../src/preview/strings";
import * as checkTabStrings from "../../src/taskpane/check/strings";
import * as paneStrings from "../../src/taskpane/i18n/strings";
import * as planMessages from "../../src/workbook/messages";
import { planTexts } from "../../src/workbook/texts";

/*
 * Every catalogue of messages in src has both languages for every entry, none empty, and Swedish and
 * English differ wherever the text has words of its own. The catalogues are imported one by one
 * below; a new catalogue file (messages.ts, strings.ts, texts.ts) anywhere under src fails the test
 * until it is listed here, so no text can be added in one language without this test seeing it.
 */

const SRC = join(__dirname, "..", "..", "src");

/** Every catalogue file, by its path under src, with what it exports. Each export made of bilingual entries is checked. */
const CATALOGUE_FILES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "check/book/messages.ts": bookMessages,
  // One catalogue made of its topics (check/messages/*.ts), each key in one of them.
  "check/messages/index.ts": checkMessages,
  "cli/shared/messages.ts": cliMessages,
  "excel/messages.ts": excelMessages,
  "files/messages.ts": fileMessages,
  "functions/messages.ts": functionMessages,
  // The style itself (Bilingual, say, quoted, sentence): it has no catalogue.
  "i18n/messages.ts": i18nMessages,
  "input/messages.ts": inputMessages,
  "params/messages.ts": paramMessages,
  "preview/strings.ts": previewStrings,
  "taskpane/check/strings.ts": checkTabStrings,
  "taskpane/i18n/strings.ts": paneStrings,
  "workbook/messages.ts": planMessages,
  // The words the plan writes into a workbook: one PlanTexts per language, checked leaf by leaf below.
  "workbook/texts.ts": { planTexts },
};

/** File names that hold catalogues, or a folder of them by its index. */
const CATALOGUE_NAME = /(^|\/)(messages|strings|texts)(\.tsx?|\/index\.ts)$/;

/** Entries whose two languages are the same on purpose, with the reason. */
const SAME_IN_BOTH: Readonly<Record<string, string>> = {
  "PANE_STRINGS.typeRest": "“rest” is the word a population table's type column takes in both languages (the CSV's rule)",
  "REFUSAL_REASONS.declared": "the reason is the parameter declaration's own message, already in the user's language",
  "CHECK_MESSAGES.reportParameter": "“Parameter” is the Swedish and the English word (a column header of the report sheet)",
  "CHECK_MESSAGES.reportCell": "“Cell” is the Swedish and the English word (a column header of the report sheet)",
};

/** The kinds of detail a message takes, as a sample without words: a number, a code, a list, a text in both languages. */
const SAMPLE_DETAILS: readonly unknown[] = [7, "Q7", ["Q7", "Z9"], { sv: "Q7", en: "Q7" }, [{ sv: "Q7", en: "Q7" }]];

/**
 * Arguments to call an entry with: every detail of one kind (and 1, for "1 row" against "7 rows"),
 * then, for an entry that takes details of several kinds, every mix of them. Numbers and short codes,
 * never words, so any word in the result is the catalogue's own. An entry none of them suits gets its
 * own arguments in SAMPLES.
 */
function candidates(arity: number): unknown[][] {
  const same = (value: unknown) => Array.from({ length: arity }, () => value);
  const uniform = [...SAMPLE_DETAILS.map(same), same(1)];
  if (arity < 2 || arity > 4) return uniform;
  let mixes: unknown[][] = [[]];
  for (let position = 0; position < arity; position++) mixes = mixes.flatMap((mix) => SAMPLE_DETAILS.map((value) => [...mix, value]));
  return [...uniform, ...mixes];
}

/** The details a refusal reason gets from refusalMessage: a detail reader, and the raw details. */
const detail = (key: string) => (key === "hint" ? "" : "7");
/** A figure judged against what is known of it (src/check/judge.ts), as its messages take it. */
const JUDGED = { value: 7, unit: "kr", range: { min: 1, max: 9 }, nearest: { value: 7000, powers: -3 } };
const SAMPLES: Readonly<Record<string, readonly unknown[][]>> = {
  "BOOK_MESSAGES.implausibleParameter": [["threshold", JUDGED], ["years", { ...JUDGED, unit: "years", nearest: { value: 8, powers: 0 } }]],
  "BOOK_MESSAGES.implausiblePart": [[JUDGED, [{ share: 0.19, budget: 7 }]]],
  ...Object.fromEntries(
    Object.keys(functionMessages.REFUSAL_REASONS).map((code) => [
      `REFUSAL_REASONS.${code}`,
      [
        [detail, { value: 7, min: 1, max: 9, limit: 7, population: 9, total: 7, message: "Q7" }],
        [detail, { value: 0.5, min: 0, max: 1, largestPopulation: 9 }],
      ],
    ]),
  ),
  // The lines of a CSV file with more fields than their header, each with its reading in both languages.
  "CHECK_MESSAGES.fieldsBeyondHeader": [["Q7", [{ line: 7, reading: { sv: "Q7", en: "Q7" } }]]],
};

type Entry = { readonly sv: (...details: unknown[]) => unknown; readonly en: (...details: unknown[]) => unknown };

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && typeof (value as Entry).sv === "function" && typeof (value as Entry).en === "function";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** The exports made of bilingual entries (an object of objects each with `sv` and `en`). */
function cataloguesOf(module: Readonly<Record<string, unknown>>): [string, Record<string, unknown>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, Record<string, unknown>] =>
      isPlainObject(entry[1]) && Object.values(entry[1]).some((value) => isPlainObject(value) && ("sv" in value || "en" in value)),
  );
}

/** A result that is real text: a string, not empty, with no sign of an argument it could not use. */
const isText = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== "" && !/undefined|NaN|\[object /.test(value);

/** A word of the catalogue's own (the arguments carry none). */
const hasWord = (text: string) => /\p{L}{2,}/u.test(text);

/** What is wrong with one entry; [] when nothing. */
function entryProblems(name: string, entry: unknown): string[] {
  if (!isPlainObject(entry) || Object.keys(entry).sort().join() !== "en,sv") return [`${name}: not exactly { sv, en } (${Object.keys(Object(entry)).join(", ")})`];
  if (!isEntry(entry)) return [`${name}: sv and en must both be functions`];
  if (entry.sv.length !== entry.en.length) return [`${name}: sv takes ${entry.sv.length} details, en ${entry.en.length}`];
  const texts: [string, string][] = [];
  for (const args of SAMPLES[name] ?? candidates(entry.sv.length)) {
    try {
      const sv = entry.sv(...args);
      const en = entry.en(...args);
      if (isText(sv) && isText(en)) texts.push([sv, en]);
    } catch {
      // Not the arguments this entry takes: the next ones.
    }
  }
  if (texts.length === 0) return [`${name}: no sample arguments gave text in both languages (give it SAMPLES)`];
  const worded = texts.filter(([sv]) => hasWord(sv));
  if (worded.length > 0 && worded.every(([sv, en]) => sv === en) && !(name in SAME_IN_BOTH)) {
    return [`${name}: the same in both languages: ${JSON.stringify(worded[0][0])}`];
  }
  return [];
}

/** What is wrong between the Swedish and English PlanTexts, leaf by leaf. */
function planTextProblems(path: string, sv: unknown, en: unknown): string[] {
  if (typeof sv === "string" || typeof en === "string") {
    if (!isText(sv) || !isText(en)) return [`${path}: empty or missing (${JSON.stringify(sv)}, ${JSON.stringify(en)})`];
    return hasWord(sv) && sv === en && !(path in PLAN_TEXTS_SAME) ? [`${path}: the same in both languages: ${JSON.stringify(sv)}`] : [];
  }
  if (typeof sv === "function" && typeof en === "function") {
    const code = (arity: number) => Array.from({ length: arity }, () => "Q7");
    return planTextProblems(`${path}()`, sv(...code(sv.length)), en(...code(en.length)));
  }
  if (Array.isArray(sv) && Array.isArray(en)) {
    if (sv.length !== en.length) return [`${path}: ${sv.length} texts in Swedish, ${en.length} in English`];
    return sv.flatMap((item, index) => planTextProblems(`${path}[${index}]`, item, en[index]));
  }
  if (isPlainObject(sv) && isPlainObject(en)) {
    const keys = [...new Set([...Object.keys(sv), ...Object.keys(en)])];
    return keys.flatMap((key) => planTextProblems(`${path}.${key}`, sv[key], en[key]));
  }
  return [`${path}: ${typeof sv} in Swedish, ${typeof en} in English`];
}

/** Words of the workbook that are the same in both languages on purpose. */
const PLAN_TEXTS_SAME: Readonly<Record<string, string>> = {
  "planTexts.sheetNames.support": "“Support” is a Swedish word too",
  "planTexts.parameters.header[0]": "“Parameter” is a Swedish word too",
  "planTexts.sources.header[0]": "“Parameter” is a Swedish word too",
  "planTexts.support.header[0]": "“Organisation” is a Swedish word too",
  "planTexts.support.region": "a name: Region Stockholm",
  "planTexts.agreement2026.region": "a name: Region Stockholm",
  "planTexts.districts.restRow": "the annex's own label of the rest post, quoted as printed",
  "planTexts.annual.paragraph.part()": "a figure and what it pays for: the words are the agreement's, kr is kr in both",
  "planTexts.annual.paragraph.knownPart()": "a figure, its period and what it pays for: the words are given, kr is kr in both",
  "planTexts.annual.paragraph.previousAmount.year()": "a figure in kronor: the year before it says when",
};

/** Every file under src named like a catalogue, as a path under src with forward slashes. */
function catalogueFilesOnDisk(directory = SRC): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const path = join(directory, item.name);
    if (item.isDirectory()) return catalogueFilesOnDisk(path);
    const file = relative(SRC, path).split(sep).join("/");
    return CATALOGUE_NAME.test(file) ? [file] : [];
  });
}

describe("every catalogue of messages", () => {
  it("is listed here: no catalogue file under src goes unchecked", () => {
    expect(catalogueFilesOnDisk().sort()).toEqual(Object.keys(CATALOGUE_FILES).sort());
  });

  it("a catalogue made of topic files has every key of every topic, each in one topic only", () => {
    const topics = [TABLE_MESSAGES, PARAMETER_MESSAGES, FINDING_MESSAGES, REPORT_MESSAGES, READER_MESSAGES].flatMap((topic) => Object.keys(topic));
    expect(Object.keys(checkMessages.CHECK_MESSAGES).sort()).toEqual([...new Set(topics)].sort());
    expect(topics.length).toBe(new Set(topics).size);
  });

  it("each listed file but the style's own has a catalogue", () => {
    const empty = Object.entries(CATALOGUE_FILES)
      .filter(([file, module]) => file !== "i18n/messages.ts" && file !== "workbook/texts.ts" && cataloguesOf(module).length === 0)
      .map(([file]) => file);
    expect(empty).toEqual([]);
  });

  const withCatalogues = Object.entries(CATALOGUE_FILES).filter(([, module]) => cataloguesOf(module).length > 0);
  describe.each(withCatalogues)("%s", (_file, module) => {
    it.each(cataloguesOf(module).map(([name, catalogue]) => [name, catalogue] as const))(
      "%s: every entry in Swedish and English, none empty, the two different where they have words",
      (name, catalogue) => {
        expect(Object.entries(catalogue).flatMap(([key, entry]) => entryProblems(`${name}.${key}`, entry))).toEqual([]);
      },
    );
  });

  it("workbook/texts.ts: the plan's words, every one in both languages, none empty", () => {
    expect(planTextProblems("planTexts", planTexts("sv"), planTexts("en"))).toEqual([]);
  });
});

describe("the test itself", () => {
  const swedishOnly = { sv: (count: number) => `${count} rader`, en: (count: number) => `${count} rader` };
  it("sees an entry left in Swedish, an empty one, and one language missing", () => {
    expect(entryProblems("T.swedishOnly", swedishOnly)).toEqual(['T.swedishOnly: the same in both languages: "7 rader"']);
    expect(entryProblems("T.empty", { sv: () => "Rad", en: () => "" })).toEqual(["T.empty: no sample arguments gave text in both languages (give it SAMPLES)"]);
    expect(entryProblems("T.half", { sv: () => "Rad" })).toEqual(["T.half: not exactly { sv, en } (sv)"]);
    expect(entryProblems("T.arity", { sv: (row: number) => `Rad ${row}`, en: () => "Row" })).toEqual(["T.arity: sv takes 1 details, en 0"]);
  });

  it("lets a text without words of its own be the same in both languages", () => {
    expect(entryProblems("T.address", { sv: (sheet: string, cell: string) => `${sheet}!${cell}`, en: (sheet: string, cell: string) => `${sheet}!${cell}` })).toEqual([]);
  });
});
