import { readFile, stat } from "fs/promises";
import { z } from "zod";
import type { AgreementDeclaration } from "../data";
import { say, type Locale } from "../i18n";
import { INPUT_MESSAGES } from "../input";
import { AGREEMENT_FILE_MESSAGES as M } from "./messages";
import { agreementProblems } from "../workbook";

/*
 * An agreement read from a JSON file (`npm run workbook -- --agreement FILE.json`): the file as UTF-8
 * JSON, its structure checked with a schema (zod) against the declaration of src/data/agreements
 * (every field known, every text in both languages), then the agreement checked as a workbook's
 * would be (src/workbook/options/agreements.ts: names, sheets, references to parameters of the right unit,
 * values within their limits and, unless the user confirms them with --force, within their
 * plausible range, as the options' are). Every problem names the file and the field, in the user's
 * language; an agreement with any problem is not used.
 */

/** An agreement file is a page or two of JSON; anything near this size is not one. */
export const MAX_AGREEMENT_BYTES = 256 * 1024;

const text = z.string().trim().min(1);
const words = z.strictObject({ sv: text, en: text });
const source = z.strictObject({ document: text, title: text, section: text, quote: text });
const derived = z.strictObject({ name: text, label: words, note: words });
const sheet = z.strictObject({ key: text, name: words, title: words, subtitle: words, note: words.optional() });
const amountWords = { column: words, part: words, paragraph: words, footer: words };

const KINDS = ["cappedPopulationShare", "perUser", "populationShare", "fixedPercentage"] as const;

const component = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("cappedPopulationShare"), threshold: text, years: text, ...amountWords }),
  z.strictObject({ kind: z.literal("perUser"), budget: text, users: text, perUser: derived, sheet, table: text, method: words, ...amountWords }),
  z.strictObject({ kind: z.literal("populationShare"), amount: text, sheet, tables: z.strictObject({ municipalities: text, districts: text }), ...amountWords }),
  z.strictObject({ kind: z.literal("fixedPercentage"), budget: text, share: text, municipal: derived, region: derived, of: words }),
]);

/** The declaration's structure (src/data/agreements/types.ts) as a schema. */
export const AGREEMENT_SCHEMA = z.strictObject({
  id: text,
  title: words,
  name: words,
  short: text,
  cite: words.optional(),
  total: words.optional(),
  document: z.strictObject({ id: text, title: text }),
  period: z.strictObject({ from: text, to: text.optional(), source: source.optional() }),
  parameters: z.array(z.strictObject({ key: text, name: text, value: z.number().optional(), source: source.optional(), label: words, note: words })).min(1),
  components: z.array(component).min(1),
});

export type AgreementFileResult = { readonly ok: true; readonly agreement: AgreementDeclaration } | { readonly ok: false; readonly issues: readonly string[] };

/** A field's path as the messages name it: ["components", 1, "budget"] → "components[1].budget". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`)).join("");
}

/** The value at a path of the parsed JSON, for the messages that quote it. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, part) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[part] : undefined), json);
}

const TYPE_WORDS: Readonly<Record<string, typeof M.aText>> = { string: M.aText, number: M.aNumber, object: M.anObject, array: M.aList };

/** One schema issue as "field: reason" lines (an unknown field each on its own line). */
function issueLines(issue: z.core.$ZodIssue, json: unknown, locale: Locale): string[] {
  const at = (path: readonly PropertyKey[], reason: string) => (path.length === 0 ? reason : `${fieldName(path)}: ${reason}`);
  switch (issue.code) {
    case "invalid_type": {
      const missing = valueAt(json, issue.path) === undefined;
      const expected = TYPE_WORDS[issue.expected];
      return [at(issue.path, missing ? say(M.missing, locale) : expected ? say(M.wrongType, locale, say(expected, locale)) : say(M.invalid, locale))];
    }
    case "too_small":
      return [at(issue.path, issue.origin === "string" ? say(M.empty, locale) : say(M.tooFew, locale, Number(issue.minimum)))];
    case "unrecognized_keys":
      return issue.keys.map((key) => at([...issue.path, key], say(M.unknownField, locale)));
    case "invalid_union":
      if (issue.path[issue.path.length - 1] === "kind") return [at(issue.path, say(M.unknownKind, locale, String(valueAt(json, issue.path)), KINDS.join(", ")))];
      return [at(issue.path, say(M.invalid, locale))];
    default:
      return [at(issue.path, say(M.invalid, locale))];
  }
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where a text stops being JSON, as an offset (the text's length when it ends too early): JSON.parse
 * says it in words that differ between Node versions, and not always with a position.
 */
export function jsonErrorOffset(source: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < source.length && " \t\n\r".includes(source[at])) at++;
  };
  const word = (literal: string) => (source.startsWith(literal, at) ? (at += literal.length) : fail());
  const string = () => {
    for (at++; source[at] !== '"'; at++) {
      if (at >= source.length || source.charCodeAt(at) < 0x20) fail();
      if (source[at] !== "\\") continue;
      at++;
      if (source[at] === "u" ? !/^[0-9a-fA-F]{4}$/.test(source.slice(at + 1, at + 5)) : !'"\\/bfnrt'.includes(source[at] ?? "x")) fail();
      if (source[at] === "u") at += 4;
    }
    at++;
  };
  const number = () => {
    JSON_NUMBER.lastIndex = at;
    const match = JSON_NUMBER.exec(source);
    if (!match || match[0] === "" || match[0] === "-") fail();
    at += match![0].length;
  };
  const items = (close: string, item: () => void) => {
    at++;
    space();
    if (source[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (source[at] === close) return void at++;
      if (source[at] !== ",") fail();
      at++;
    }
  };
  const member = () => {
    space();
    if (source[at] !== '"') fail();
    string();
    space();
    if (source[at] !== ":") fail();
    at++;
    value();
  };
  const value = (): void => {
    space();
    const first = source[at];
    if (first === "{") items("}", member);
    else if (first === "[") items("]", value);
    else if (first === '"') string();
    else if (first === "t" || first === "f" || first === "n") word(first === "t" ? "true" : first === "f" ? "false" : "null");
    else number();
  };
  try {
    value();
    space();
    if (at < source.length) fail();
    return -1;
  } catch (offset) {
    return Math.min(offset as number, source.length);
  }
}

/** Where a text stops being JSON, as line and column, or undefined when it ends too early. */
function syntaxPosition(source: string): { line: number; column: number } | undefined {
  const offset = jsonErrorOffset(source);
  if (offset < 0 || offset >= source.length) return undefined;
  const lines = source.slice(0, offset).split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** How a file's agreement is taken: `force` confirms its values outside their plausible range, as --force does the options'. */
export interface AgreementFileOptions {
  readonly force?: boolean;
}

/** An agreement from the text of a JSON file: the agreement, or every problem as "file: field: reason". */
export function parseAgreementText(content: string, file: string, locale: Locale, options: AgreementFileOptions = {}): AgreementFileResult {
  const refuse = (lines: readonly string[]): AgreementFileResult => ({ ok: false, issues: lines.map((line) => `${file}: ${line}`) });
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    const position = syntaxPosition(content.replace(/^\uFEFF/, ""));
    return refuse([position ? say(M.notJson, locale, position.line, position.column) : say(M.notJsonEnd, locale)]);
  }
  const parsed = AGREEMENT_SCHEMA.safeParse(json);
  if (!parsed.success) return refuse(parsed.error.issues.flatMap((issue) => issueLines(issue, json, locale)));
  const agreement = parsed.data as AgreementDeclaration;
  const problems = agreementProblems([agreement], locale).filter((problem) => !(problem.confirmable && options.force));
  if (problems.length > 0) return refuse(problems.map((problem) => `${problem.field}: ${problem.message}${problem.confirmable ? say(M.confirm, locale) : ""}`));
  return { ok: true, agreement };
}

/** Reads an agreement file (`path`, named `file` in the messages): at most MAX_AGREEMENT_BYTES of UTF-8 JSON. */
export async function readAgreementFile(path: string, file: string, locale: Locale, options: AgreementFileOptions = {}): Promise<AgreementFileResult> {
  const refuse = (reason: string): AgreementFileResult => ({ ok: false, issues: [`${file}: ${reason}`] });
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_AGREEMENT_BYTES) return refuse(say(M.fileTooLarge, locale, size, MAX_AGREEMENT_BYTES));
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "ENOENT" ? say(INPUT_MESSAGES.fileNotFound, locale) : say(INPUT_MESSAGES.fileUnreadable, locale, code ?? (error as Error).message));
  }
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(say(M.notUtf8, locale));
  }
  return parseAgreementText(content, file, locale, options);
}
