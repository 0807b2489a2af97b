import { Decimal } from "../../engine";
import { readNumberText, type NumberUnit } from "../../i18n";
import type { PARAGRAPH_FIGURES } from "./messages";

/*
 * Reading the paragraph for the committee paper that the add-in writes under Årskostnad
 * (src/workbook/sheets/paragraph.ts; its sentences in src/workbook/texts/annualTexts.ts): each sentence is known
 * by a few words of its own, in Swedish or English, and its figures, read with the one reader of
 * number text, are named by their place in it (the county's total, Farsta's amount for 2026, the
 * rate per inhabitant). A sentence not known is skipped: the text is a reader's, and may be edited.
 */

export type Locale = "sv" | "en";

/** What a figure of the paragraph stands for. */
export type ClaimKey = keyof typeof PARAGRAPH_FIGURES;

/** A figure of the paragraph and what it stands for. */
export interface Claim {
  readonly key: ClaimKey;
  /** The unit (municipality or district) the sentence is about, as the text names it. */
  readonly unit?: string;
  /** The figure, signed for a change ("en minskning med 2 000 kr" is −2 000). */
  readonly value: Decimal;
  /** Decimals written. */
  readonly decimals: number;
  /** The figure as written, with its unit (and its direction for a change). */
  readonly text: string;
}

/** A name claim: the largest unit as the text names it. */
export interface NameClaim {
  readonly key: "largestName";
  readonly name: string;
}

/** The words that tell the paragraph's heading and sentences apart, by language. */
interface Words {
  readonly heading: string;
  readonly number: RegExp;
  readonly units: Readonly<Record<string, NumberUnit>>;
  readonly county: RegExp;
  readonly inAll: RegExp;
  readonly split: RegExp;
  readonly largest: RegExp;
  readonly against: RegExp;
  readonly previous: RegExp;
  readonly agreement: RegExp;
  readonly perInhabitant: RegExp;
  readonly perUser: RegExp;
  readonly increase: RegExp;
  readonly decrease: RegExp;
}

/** The heading above the paragraph (the plan's paragraphTitle) and the words of its sentences. */
export const PARAGRAPH_WORDS: Readonly<Record<Locale, Words>> = {
  sv: {
    heading: "Text till tjänsteutlåtandet",
    number: /(?<![\d.,])(\d{1,3}(?: \d{3})*(?:,\d+)?) ?(kr|%|invånare|år)(?![\p{L}])/gu,
    units: { kr: "kronor", "%": "percent", invånare: "persons", år: "years" },
    county: /kommunerna i länet/,
    inAll: /sammanlagt/,
    split: /kommunerna tillsammans/,
    largest: /^Största upphandlande enhet är (.+?) med \d/,
    against: /^Jämfört med/,
    previous: /^(?:Före|År) \d{4} betalade (.+?) \d/,
    agreement: /^Enligt (.+?) betalar (.+?) \d/,
    perInhabitant: /^ ?per invånare/,
    perUser: /^ ?per användare/,
    increase: /(en ökning med) $/,
    decrease: /(en minskning med) $/,
  },
  en: {
    heading: "Text for the committee paper",
    number: /(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?) ?(kr|%|inhabitants|years)(?![\p{L}])/gu,
    units: { kr: "kronor", "%": "percent", inhabitants: "persons", years: "years" },
    county: /county's municipalities/,
    inAll: /in all/,
    split: /municipalities together/,
    largest: /^The largest procuring unit is (.+?) with \d/,
    against: /^Compared with/,
    previous: /^(?:Before|In) \d{4} (.+?) paid \d/,
    agreement: /^Under the (.+?) agreement (.+?) pays \d/,
    perInhabitant: /^ ?per inhabitant/,
    perUser: /^ ?per user/,
    increase: /(an increase of) $/,
    decrease: /(a decrease of) $/,
  },
};

/** The language whose heading this text is, if it is the paragraph's heading. */
export function headingLocale(text: string): Locale | undefined {
  const plain = text.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv-SE");
  return (Object.keys(PARAGRAPH_WORDS) as Locale[]).find((locale) => PARAGRAPH_WORDS[locale].heading.toLocaleLowerCase("sv-SE") === plain);
}

/** A figure of a sentence: its value, the words after it, and the words before it. */
interface Figure {
  readonly value: Decimal;
  readonly decimals: number;
  readonly unit: NumberUnit;
  readonly text: string;
  readonly before: string;
  readonly after: string;
}

function figuresOf(sentence: string, locale: Locale): Figure[] {
  const words = PARAGRAPH_WORDS[locale];
  const found: Figure[] = [];
  for (const match of sentence.matchAll(words.number)) {
    const unit = words.units[match[2]];
    const read = readNumberText(`${match[1]} ${match[2]}`, { unit, convention: locale, allowFraction: true });
    if (!read.ok) continue;
    const decimals = /[.,](\d+)$/.exec(match[1].replace(locale === "sv" ? /\s/g : /,/g, ""))?.[1].length ?? 0;
    const start = match.index ?? 0;
    found.push({ value: read.value, decimals, unit, text: match[0], before: sentence.slice(0, start), after: sentence.slice(start + match[0].length) });
  }
  return found;
}

/** A change's figures (kronor, then percent), signed by the words before the kronor ("en minskning med 2 000 kr (4,52 %)" is −2 000 kr and −4,52 %), and written with them. */
function changeClaims(keys: readonly [ClaimKey, ClaimKey], kronor: Figure | undefined, percent: Figure | undefined, unit: string, locale: Locale): Claim[] {
  if (!kronor) return [];
  const words = PARAGRAPH_WORDS[locale];
  const down = words.decrease.exec(kronor.before);
  const said = down?.[1] ?? words.increase.exec(kronor.before)?.[1];
  const one = (key: ClaimKey, figure: Figure): Claim => ({ key, unit, value: down ? figure.value.negated() : figure.value, decimals: figure.decimals, text: said ? `${said} ${figure.text}` : figure.text });
  return [one(keys[0], kronor), ...(percent ? [one(keys[1], percent)] : [])];
}

/** A figure as a claim of what it stands for. */
const claim = (key: ClaimKey, figure: Figure | undefined, unit?: string): Claim[] =>
  figure ? [{ key, ...(unit !== undefined ? { unit } : {}), value: figure.value, decimals: figure.decimals, text: figure.text }] : [];

/** The county's sentence under the 2020 agreement: its total and parts, the rate, the county's inhabitants, the cost per user. */
function countyClaims(figures: readonly Figure[], sentence: string, words: Words): Claim[] {
  const rate = figures.find((figure) => figure.unit === "kronor" && words.perInhabitant.test(figure.after));
  const perUser = figures.find((figure) => figure.unit === "kronor" && words.perUser.test(figure.after));
  const population = figures.find((figure) => figure.unit === "persons");
  const amounts = figures.filter((figure) => figure.unit === "kronor" && figure !== rate && figure !== perUser);
  const parts: Claim[] = words.inAll.test(sentence)
    ? [...claim("countyTotal2020", amounts[0]), ...claim("countyLou", amounts[1]), ...claim("countySupport", amounts[2])]
    : claim("countyLou", amounts[0]);
  return [...parts, ...claim("rate", rate), ...claim("countyPopulation", population), ...claim("costPerUser", perUser)];
}

/** A unit's sentence under an agreement: under 2026–2030 its amount; under 2020 its amount, or its total and parts. */
function agreementClaims(figures: readonly Figure[], agreement: string, unit: string): Claim[] {
  const amounts = figures.filter((figure) => figure.unit === "kronor");
  if (/2026/.test(agreement)) return claim("unitCost2026", amounts[0], unit);
  if (!/2020/.test(agreement)) return [];
  if (amounts.length >= 3) return [...claim("unitTotal2020", amounts[0], unit), ...claim("unitLou", amounts[1], unit), ...claim("unitSupport", amounts[2], unit)];
  return claim("unitLou", amounts[0], unit);
}

/** The figures of one sentence, by what the sentence is. */
function sentenceClaims(sentence: string, locale: Locale, lastUnit: string | undefined): { claims: (Claim | NameClaim)[]; unit?: string } {
  const words = PARAGRAPH_WORDS[locale];
  const figures = figuresOf(sentence, locale);
  const amounts = figures.filter((figure) => figure.unit === "kronor");
  const percents = figures.filter((figure) => figure.unit === "percent");
  if (words.county.test(sentence)) return { claims: countyClaims(figures, sentence, words) };
  if (words.split.test(sentence)) return { claims: [...claim("municipalPart2026", amounts[0]), ...claim("municipalShare2026", percents[0]), ...claim("budget2026", amounts[1])] };
  const largest = words.largest.exec(sentence);
  if (largest) {
    const name = largest[1];
    const persons = figures.find((figure) => figure.unit === "persons");
    const years = figures.find((figure) => figure.unit === "years");
    return { claims: [{ key: "largestName", name }, ...claim("largestPopulation", persons, name), ...claim("threshold", amounts[0]), ...claim("years", years)] };
  }
  if (words.against.test(sentence) && lastUnit !== undefined) {
    return { claims: changeClaims(["unitChange", "unitChangePercent"], amounts[0], percents[0], lastUnit, locale), unit: lastUnit };
  }
  const previous = words.previous.exec(sentence);
  if (previous) {
    const unit = previous[1];
    return { claims: [...claim("unitPrevious", amounts[0], unit), ...changeClaims(["unitChangePrevious", "unitChangePreviousPercent"], amounts[1], percents[0], unit, locale)], unit };
  }
  const agreement = words.agreement.exec(sentence);
  if (agreement) return { claims: agreementClaims(figures, agreement[1], agreement[2]), unit: agreement[2] };
  return { claims: [] };
}

/**
 * The figures of the paragraph's text in `locale`, each with what it stands for. Sentences end at a
 * full stop before a capital letter; spaces of every kind are plain spaces here (the text keeps a
 * no-break space between a figure and its unit).
 */
export function paragraphClaims(text: string, locale: Locale): (Claim | NameClaim)[] {
  const plain = text.replace(/[\u00a0\u202f\u2009\u2007]/g, " ");
  const sentences = plain.split(/(?<=\.)\s+(?=\p{Lu})/u);
  const claims: (Claim | NameClaim)[] = [];
  let unit: string | undefined;
  for (const sentence of sentences) {
    const read = sentenceClaims(sentence.trim(), locale, unit);
    claims.push(...read.claims);
    unit = read.unit;
  }
  return claims;
}
