import { formatNumber, quoted, type Bilingual } from "../i18n";

const sv = (text: string) => quoted(text, "sv");
const en = (text: string) => quoted(text, "en");
const svNumber = (value: number) => formatNumber(value, "sv");
const enNumber = (value: number) => formatNumber(value, "en");

/*
 * The messages of an agreement read from a JSON file (`npm run workbook -- --agreement FILE.json`,
 * src/files/agreementFile.ts): the reasons a field is refused. The reader puts the file and the
 * field in front ("avtal.json: parameters[1].value: "); what the plan refuses in a set of
 * agreements is said in src/workbook (agreementTexts.ts).
 */
export const AGREEMENT_FILE_MESSAGES = {
  notJson: {
    sv: (line: number, column: number) => `rad ${line}, kolumn ${column}: filen är inte giltig JSON`,
    en: (line: number, column: number) => `line ${line}, column ${column}: the file is not valid JSON`,
  },
  notJsonEnd: {
    sv: () => "filen tar slut mitt i JSON-texten",
    en: () => "the file ends in the middle of its JSON",
  },
  notUtf8: {
    sv: () => "filen är inte UTF-8-text",
    en: () => "the file is not UTF-8 text",
  },
  fileTooLarge: {
    sv: (bytes: number, limit: number) => `filen är ${svNumber(Math.ceil(bytes / 1024))}\u00a0kB, men en avtalsfil får vara högst ${svNumber(limit / 1024)}\u00a0kB`,
    en: (bytes: number, limit: number) => `the file is ${enNumber(Math.ceil(bytes / 1024))}\u00a0kB, but an agreement file may be at most ${enNumber(limit / 1024)}\u00a0kB`,
  },
  missing: {
    sv: () => "saknas",
    en: () => "is missing",
  },
  wrongType: {
    sv: (expected: string) => `ska vara ${expected}`,
    en: (expected: string) => `should be ${expected}`,
  },
  aText: {
    sv: () => "en text",
    en: () => "a text",
  },
  aNumber: {
    sv: () => "ett tal",
    en: () => "a number",
  },
  anObject: {
    sv: () => "ett objekt { … }",
    en: () => "an object { … }",
  },
  aList: {
    sv: () => "en lista [ … ]",
    en: () => "a list [ … ]",
  },
  empty: {
    sv: () => "får inte vara tom",
    en: () => "must not be empty",
  },
  tooFew: {
    sv: (minimum: number) => `behöver minst ${svNumber(minimum)}`,
    en: (minimum: number) => `needs at least ${enNumber(minimum)}`,
  },
  unknownField: {
    sv: () => "är inget fält i ett avtal (felstavat?)",
    en: () => "is not a field of an agreement (misspelt?)",
  },
  unknownKind: {
    sv: (kind: string, kinds: string) => `${sv(kind)} är ingen sorts kostnadsdel (${kinds})`,
    en: (kind: string, kinds: string) => `${en(kind)} is no kind of cost component (${kinds})`,
  },
  invalid: {
    sv: () => "är inte som ett avtal har det",
    en: () => "is not as an agreement has it",
  },
  /** After a value outside its plausible range, as the options' (src/cli/shared/messages.ts). */
  confirm: {
    sv: () => ". Ange --force om värdet är rätt.",
    en: () => ". Add --force if the value is right.",
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
