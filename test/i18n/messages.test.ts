import { readdirSync, readFileSync } from "fs";
import { join, relative, sep } from "path";
import * as bookMessages from "../../src/check/book/messages";
import * as checkFormat from "../../src/check/format";
import * as checkMessages from "../../src/check/messages";
import * as paragraphMessages from "../../src/check/paragraph/messages";
import * as checkText from "../../src/check/text";
import * as findingMessages from "../../src/check/messages/findings";
import * as parameterMessages from "../../src/check/messages/parameters";
import * as readerMessages from "../../src/check/messages/readers";
import * as reportMessages from "../../src/check/messages/report";
import * as tableMessages from "../../src/check/messages/tables";
import * as checkWords from "../../src/check/messages/words";
import * as cliMessages from "../../src/cli/shared/messages";
import * as agreement2026 from "../../src/data/agreements/agreement2026";
import * as interim2020 from "../../src/data/agreements/interim2020";
import * as sources from "../../src/data/sources";
import * as excelMessages from "../../src/excel/messages";
import * as fileMessages from "../../src/files/messages";
import * as functionMessages from "../../src/functions/messages";
import * as i18nMessages from "../../src/i18n/messages";
import * as inputMessages from "../../src/input/messages";
import * as inputNotes from "../../src/input/notes";
import * as declarations from "../../src/params/declarations";
import * as paramMessages from "../../src/params/messages";
import * as previewStrings from "../../src/preview/strings";
import * as checkTabStrings from "../../src/taskpane/check/strings";
import * as paneStrings from "../../src/taskpane/i18n/strings";
import * as agreementTexts from "../../src/workbook/texts/agreementTexts";
import * as annualTexts from "../../src/workbook/texts/annualTexts";
import * as planMessages from "../../src/workbook/texts/messages";
import * as planTexts from "../../src/workbook/texts/index";
import * as optionWords from "../../src/workbook/texts/optionWords";

/*
 * Every text of the product in two languages is written one way: entries `{ sv, en }` side by side
 * (src/i18n/messages.ts), in catalogues, or in trees of them read one language at a time (the
 * workbook's words, src/workbook/texts/index.ts). This test finds every file under src that declares such
 * an entry, or is named like a catalogue (messages.ts, strings.ts, texts.ts, a messages/ folder), and
 * fails until it is imported and listed below; it then walks each listed module's exports, at any
 * depth, and checks every entry it finds: both languages, none empty, the same details shown in
 * both, and Swedish and English different wherever the text has words of its own. A text written one
 * language at a time (an object per language, a list per language, a choice between two texts by the
 * locale) fails the test wherever it is under src.
 */

const SRC = join(__dirname, "..", "..", "src");

/**
 * Every file holding entries, by its path under src, with what it exports, in the order they are
 * walked: an entry reached from two files (a merged catalogue, a tree holding a subtree) is checked
 * under the name of the first.
 */
const CATALOGUE_FILES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "check/book/messages.ts": bookMessages,
  // The unit of a difference of percentages, beside the figures it writes.
  "check/format.ts": checkFormat,
  "check/messages/findings.ts": findingMessages,
  "check/messages/parameters.ts": parameterMessages,
  "check/messages/readers.ts": readerMessages,
  "check/messages/report.ts": reportMessages,
  "check/messages/tables.ts": tableMessages,
  "check/messages/words.ts": checkWords,
  // One catalogue made of its topics (above), each key in one of them.
  "check/messages/index.ts": checkMessages,
  "check/paragraph/messages.ts": paragraphMessages,
  "cli/shared/messages.ts": cliMessages,
  "excel/messages.ts": excelMessages,
  "files/messages.ts": fileMessages,
  "functions/messages.ts": functionMessages,
  // The style itself (Bilingual, say, quoted, sentence, inLanguage): it has no entries.
  "i18n/messages.ts": i18nMessages,
  // Before input/messages.ts, which lists its two notes too: each entry is counted under the first file that reaches it.
  "input/notes.ts": inputNotes,
  "input/messages.ts": inputMessages,
  "params/messages.ts": paramMessages,
  "preview/strings.ts": previewStrings,
  "taskpane/check/strings.ts": checkTabStrings,
  "taskpane/i18n/strings.ts": paneStrings,
  "workbook/texts/agreementTexts.ts": agreementTexts,
  "workbook/texts/annualTexts.ts": annualTexts,
  "workbook/texts/messages.ts": planMessages,
  // Before index.ts, whose texts hold the sheets' names too: each entry is counted under the first file that reaches it.
  "workbook/texts/optionWords.ts": optionWords,
  "workbook/texts/index.ts": planTexts,
};

/** Files listed with no entries of their own, and why. */
const WITHOUT_ENTRIES: Readonly<Record<string, string>> = {
  "i18n/messages.ts": "the style of every entry, not a catalogue",
  "check/messages/index.ts": "merges its topic files, whose entries are checked under their names",
};

/**
 * Files that carry texts as data: `{ sv, en }` strings side by side, as a declaration holds them (an
 * agreement may come from a JSON file, so its words are strings, not functions). Their exports are
 * walked as the catalogues are: both languages, none empty, different where they have words.
 */
const DATA_TEXT_FILES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "check/text.ts": checkText,
  "data/agreements/agreement2026.ts": agreement2026,
  "data/agreements/interim2020.ts": interim2020,
  "data/sources.ts": sources,
  "params/declarations.ts": declarations,
};

/** Files that write `{ sv, en }` strings in code, around their details, with why not in a catalogue. */
const PAIRS_IN_CODE: Readonly<Record<string, string>> = {
  "data/previousPeriod.ts": "a period's words around its year",
};

/** A pair of strings with words: `sv: "…"` whose literal has a word of three letters or more outside its details. */
const WORDED_PAIR = /\bsv:\s*("[^"]*"|'[^']*'|`[^`]*`)/g;
const hasWordedPair = (text: string) => [...text.matchAll(WORDED_PAIR)].some((match) => /\p{L}{3,}/u.test(match[1].replace(/\$\{[^}]*\}/g, "")));

/** Data texts the same in both languages on purpose. */
const DATA_SAME_IN_BOTH: Readonly<Record<string, string>> = {
  "INTERIM_2020.components[1].sheet.name": "“Support” is a Swedish word too",
};

/** A path under src named like a catalogue: messages.ts, strings.ts, texts.ts, or a folder of them by its index. */
const CATALOGUE_NAME = /(^|\/)(messages|strings|texts)(\.tsx?|\/index\.ts)$/;
/** Source that declares an entry: `sv:` with a function of the details. */
const DECLARES_ENTRY = /\bsv:\s*(\([^)]*\)|[A-Za-z_]\w*)\s*=>/;

/**
 * Source that writes text one language at a time: an object or list per language (`const SV`,
 * `ANNUAL_EN`, `Record<Locale, { … }>`, `sv: { … }`), or a choice between two literals by the
 * locale (`locale === "sv" ? "…" : "…"`, `sv ? [ … ] : [ … ]`). A choice whose literal has no word
 * (a sign, a decimal mark, a quotation mark, a language tag) is a convention, not a text.
 */
const ONE_LANGUAGE_DECLARATION = /\b(const|let)\s+(\w+_)?(SV|EN)(_\w+)?\s*[:=]|Record<Locale,\s*\{|\bsv:\s*\{/;
const LANGUAGE_CHOICE = /(?:\bsv\b|\blocale\s*===\s*"(?:sv|en)")\s*\?(?!\?)\s*(`[^`]*`|"[^"]*"|'[^']*'|\[[^\]]*\])/g;
/** Literals a language choice may take that are not words of a text. */
const CONVENTIONS = new Set(['"sv-SE"', '"en-GB"', '"en"', '"sv"', '"?lang=en"']);
const hasWordLiteral = (literal: string) => !CONVENTIONS.has(literal) && /\p{L}{2,}/u.test(literal.replace(/\\u[0-9a-fA-F]{4}|\$\{[^}]*\}/g, ""));

/** Entries whose two languages are the same on purpose, with the reason. */
const SAME_IN_BOTH: Readonly<Record<string, string>> = {
  "PANE_STRINGS.typeRest": "“rest” is the word a population table's type column takes in both languages (the CSV's rule)",
  "REFUSAL_REASONS.declared": "the reason is the parameter declaration's own message, already in the user's language",
  "REPORT_MESSAGES.reportParameter": "“Parameter” is the Swedish and the English word (a column header of the report sheet)",
  "COLUMN_TITLES.organisation": "“Organisation” is the Swedish and the English word (the support table's header)",
  "REPORT_MESSAGES.reportCell": "“Cell” is the Swedish and the English word (a column header of the report sheet)",
  // The words of the workbook.
  "PLAN_TEXTS.parameters.header[0]": "“Parameter” is a Swedish word too",
  "PLAN_TEXTS.sources.header[0]": "“Parameter” is a Swedish word too",
  "PLAN_TEXTS.support.header[0]": "“Organisation” is a Swedish word too",
  "PLAN_TEXTS.support.region": "a name: Region Stockholm",
  "PLAN_TEXTS.agreement2026.region": "a name: Region Stockholm",
  "PLAN_TEXTS.districts.restRow": "the annex's own label of the rest post, quoted as printed",
  "ANNUAL_TEXTS.paragraph.part": "a figure and what it pays for: the words are the agreement's, kr is kr in both",
  "ANNUAL_TEXTS.paragraph.knownPart": "a figure, its period and what it pays for: the words are given, kr is kr in both",
  "ANNUAL_TEXTS.paragraph.previousAmount.year": "a figure in kronor: the year before it says when",
};

/** Entries whose two languages show different details on purpose, with the reason. */
const DETAILS_DIFFER: Readonly<Record<string, string>> = {
  "TABLE_MESSAGES.wrongKindRow": "the unit's kind is written as the English word it is (municipality, district) and chooses the Swedish word",
  "ANNUAL_TEXTS.print.agreementItem": "Swedish lists an agreement by its name, English by its short name after “the”",
};

/** Files whose declarations of one language are conventions, not words, with the reason. */
const CONVENTION_FILES: Readonly<Record<string, string>> = {
  "i18n/numberFormat.ts": "each language's digit group and decimal marks as Excel shows them (SEPARATORS)",
  "check/paragraph/read.ts": "the paragraph's sentences as each language's patterns to recognise in a text read, not text written for people (PARAGRAPH_WORDS)",
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
  "READER_MESSAGES.fieldsBeyondHeader": [["Q7", [{ line: 7, reading: { sv: "Q7", en: "Q7" } }]]],
};

type Entry = { readonly sv: (...details: unknown[]) => unknown; readonly en: (...details: unknown[]) => unknown };

const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && typeof (value as Entry).sv === "function" && typeof (value as Entry).en === "function";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Every entry under `value`, by its path from the export ("PLAN_TEXTS.support.header[0]"): an object
 * with `sv` or `en` is an entry; groups and lists are walked. `seen` holds what was walked before.
 */
function entriesOf(value: unknown, path: string, seen: Set<object>): [string, unknown][] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if (isPlainObject(value) && ("sv" in value || "en" in value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => entriesOf(item, `${path}[${index}]`, seen));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => entriesOf(item, `${path}.${key}`, seen));
  return [];
}

/** Every listed file's entries, each under the first file that reaches it. */
const ENTRIES_BY_FILE: ReadonlyMap<string, [string, unknown][]> = (() => {
  const seen = new Set<object>();
  return new Map(Object.entries(CATALOGUE_FILES).map(([file, module]) => [file, Object.entries(module).flatMap(([name, value]) => entriesOf(value, name, seen))]));
})();

/** A result that is real text: a string, not empty, with no sign of an argument it could not use. */
const isText = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== "" && !/undefined|NaN|\[object /.test(value);

/** A word of the catalogue's own (the arguments carry none). */
const hasWord = (text: string) => /\p{L}{2,}/u.test(text);

/**
 * Which details each language shows, called with a marker for each ("‹0›", "‹1›"): a detail one
 * language writes and the other leaves out is a placeholder lost in translation. Undefined when the
 * entry takes no details, or markers are not what it takes (a number, a list, a text in both languages).
 */
function detailsShown(entry: Entry): { sv: string; en: string } | undefined {
  if (entry.sv.length === 0) return undefined;
  const markers = Array.from({ length: entry.sv.length }, (_, index) => `‹${index}›`);
  try {
    const [sv, en] = [entry.sv(...markers), entry.en(...markers)];
    if (!isText(sv) || !isText(en)) return undefined;
    const shownIn = (text: string) => markers.filter((marker) => text.includes(marker)).join(" ");
    return { sv: shownIn(sv), en: shownIn(en) };
  } catch {
    return undefined;
  }
}

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
  const shown = detailsShown(entry);
  if (shown && shown.sv !== shown.en && !(name in DETAILS_DIFFER)) return [`${name}: Swedish shows details ${shown.sv || "none"}, English ${shown.en || "none"}`];
  const worded = texts.filter(([sv]) => hasWord(sv));
  if (worded.length > 0 && worded.every(([sv, en]) => sv === en) && !(name in SAME_IN_BOTH)) {
    return [`${name}: the same in both languages: ${JSON.stringify(worded[0][0])}`];
  }
  return [];
}

/** Every file under src, as a path under src with forward slashes, but the Excel double's (it mirrors Excel, in Excel's words). */
function sourceFiles(directory = SRC): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const path = join(directory, item.name);
    if (item.isDirectory()) return item.name === "excel-double" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(item.name) ? [relative(SRC, path).split(sep).join("/")] : [];
  });
}

const source = (file: string) => readFileSync(join(SRC, file), "utf8");

/** What a file writes one language at a time: its declarations of one language and its choices of a literal with words. */
function oneLanguageTexts(text: string): string[] {
  const declarations = text.split("\n").filter((line) => ONE_LANGUAGE_DECLARATION.test(line)).map((line) => line.trim());
  const choices = [...text.matchAll(LANGUAGE_CHOICE)].map((match) => match[1]).filter(hasWordLiteral);
  return [...declarations, ...choices];
}

describe("every text in two languages", () => {
  it("is in a file listed here: no file under src that declares entries, or is named like a catalogue, goes unchecked", () => {
    const declaring = sourceFiles().filter((file) => CATALOGUE_NAME.test(file) || DECLARES_ENTRY.test(source(file)));
    expect(declaring.sort()).toEqual(Object.keys(CATALOGUE_FILES).sort());
  });

  it("is written as entries { sv, en }, never one language at a time", () => {
    const found = sourceFiles()
      .filter((file) => !(file in CONVENTION_FILES))
      .flatMap((file) => oneLanguageTexts(source(file)).map((text) => `${file}: ${text}`));
    expect(found).toEqual([]);
  });

  it("a catalogue made of topic files has every key of every topic, each in one topic only", () => {
    const topics = [tableMessages.TABLE_MESSAGES, parameterMessages.PARAMETER_MESSAGES, findingMessages.FINDING_MESSAGES, reportMessages.REPORT_MESSAGES, readerMessages.READER_MESSAGES].flatMap((topic) => Object.keys(topic));
    expect(Object.keys(checkMessages.CHECK_MESSAGES).sort()).toEqual([...new Set(topics)].sort());
    expect(topics.length).toBe(new Set(topics).size);
  });

  it("each listed file has entries of its own, but those that say why not", () => {
    const empty = [...ENTRIES_BY_FILE].filter(([file, entries]) => entries.length === 0 && !(file in WITHOUT_ENTRIES)).map(([file]) => file);
    expect(empty).toEqual([]);
    expect(Object.keys(WITHOUT_ENTRIES).filter((file) => (ENTRIES_BY_FILE.get(file) ?? [undefined]).length > 0)).toEqual([]);
  });

  it("the exceptions name entries that exist", () => {
    const names = new Set([...ENTRIES_BY_FILE.values()].flatMap((entries) => entries.map(([name]) => name)));
    expect([...Object.keys(SAME_IN_BOTH), ...Object.keys(SAMPLES), ...Object.keys(DETAILS_DIFFER)].filter((name) => !names.has(name))).toEqual([]);
  });

  describe.each([...ENTRIES_BY_FILE].filter(([, entries]) => entries.length > 0))("%s", (_file, entries) => {
    it("every entry in Swedish and English, none empty, the same details shown, the two different where they have words", () => {
      expect(entries.flatMap(([name, entry]) => entryProblems(name, entry))).toEqual([]);
    });
  });
});

/** What is wrong with the `{ sv, en }` strings under a data file's exports. */
function dataTextProblems(module: Readonly<Record<string, unknown>>, seen: Set<object>): string[] {
  return Object.entries(module)
    .flatMap(([name, value]) => entriesOf(value, name, seen))
    .flatMap(([name, pair]) => {
      const { sv, en } = pair as { sv?: unknown; en?: unknown };
      if (typeof sv !== "string" || typeof en !== "string") return typeof sv === "function" ? [] : [`${name}: not { sv, en } strings`];
      if (!isText(sv) || !isText(en)) return [`${name}: empty or missing (${JSON.stringify(sv)}, ${JSON.stringify(en)})`];
      return hasWord(sv) && sv === en && !(name in DATA_SAME_IN_BOTH) ? [`${name}: the same in both languages: ${JSON.stringify(sv)}`] : [];
    });
}

describe("texts carried as data", () => {
  it("every file writing { sv, en } strings with words is walked here, or says why its pairs are in code", () => {
    const writing = sourceFiles().filter((file) => !(file in CATALOGUE_FILES) && hasWordedPair(source(file)));
    expect(writing.sort()).toEqual([...Object.keys(DATA_TEXT_FILES), ...Object.keys(PAIRS_IN_CODE)].sort());
  });

  it("every text of a declaration in Swedish and English, none empty, the two different where they have words", () => {
    const seen = new Set<object>();
    expect(Object.values(DATA_TEXT_FILES).flatMap((module) => dataTextProblems(module, seen))).toEqual([]);
  });

  it("the exceptions name texts that exist", () => {
    const seen = new Set<object>();
    const names = new Set(Object.values(DATA_TEXT_FILES).flatMap((module) => Object.entries(module).flatMap(([name, value]) => entriesOf(value, name, seen).map(([path]) => path))));
    expect(Object.keys(DATA_SAME_IN_BOTH).filter((name) => !names.has(name))).toEqual([]);
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

  it("sees a detail one language leaves out", () => {
    expect(entryProblems("T.lost", { sv: (row: string, sheet: string) => `Rad ${row} på ${sheet}`, en: (row: string, _sheet: string) => `Row ${row}` })).toEqual([
      "T.lost: Swedish shows details ‹0› ‹1›, English ‹0›",
    ]);
  });

  it("lets a text without words of its own be the same in both languages", () => {
    expect(entryProblems("T.address", { sv: (sheet: string, cell: string) => `${sheet}!${cell}`, en: (sheet: string, cell: string) => `${sheet}!${cell}` })).toEqual([]);
  });

  it("finds entries at any depth, in groups and lists, each once", () => {
    const entry = { sv: () => "Rad", en: () => "Row" };
    const tree = { group: { entry, list: [entry, { sv: () => "Blad", en: () => "Sheet" }] } };
    expect(entriesOf(tree, "T", new Set()).map(([name]) => name)).toEqual(["T.group.entry", "T.group.list[1]"]);
  });

  it("sees { sv, en } strings with words, not language tags or texts joined in code", () => {
    expect(hasWordedPair('{ sv: "Kod", en: "Code" }')).toBe(true);
    expect(hasWordedPair('{ sv: `före ${period.year}`, en: `before ${period.year}` }')).toBe(true);
    expect(hasWordedPair('{ sv: "sv-SE", en: "en-GB" }')).toBe(false);
    expect(hasWordedPair("{ sv: `${finding.message.sv} ${note.sv}`, en: `${finding.message.en} ${note.en}` }")).toBe(false);
  });

  it("sees text written one language at a time, and lets a convention be", () => {
    expect(oneLanguageTexts('const SV: Texts = { title: "Titel" };\nexport const ANNUAL_EN = {};')).toHaveLength(2);
    expect(oneLanguageTexts('const lines = sv ? ["Användning"] : ["Usage"];')).toEqual(['["Användning"]']);
    expect(oneLanguageTexts('return locale === "sv" ? `Skrev ${path}` : `Wrote ${path}`;')).toEqual(["`Skrev ${path}`"]);
    expect(oneLanguageTexts('const STEP: Record<Locale, { a: string }> = {};')).toHaveLength(1);
    expect(oneLanguageTexts('const mark = locale === "sv" ? "," : ".";\nconst tag = locale === "sv" ? "sv-SE" : "en-GB";\nconst minus = locale === "sv" ? "\\u2212" : "-";')).toEqual([]);
  });
});
