import { distance } from "fastest-levenshtein";
import { normalizeUnitName } from "../engine";
import { COUNTY_MUNICIPALITIES, DISTRICT_LAYOUTS, DIVIDED_CITY_CODE, type CityArea, type DistrictLayout } from "./layouts";
import { SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES, type SwedishCounty } from "./municipalities";

/*
 * The county as a closed list: what a row of a population table (a file, a range, a checked table)
 * is, by its SCB code or its name. It is one of Stockholm county's municipalities (Stockholm with its
 * total among them), a district of one of the city's layouts, the rest post, or a known aggregate
 * (the county, the country, another county, the whole city, a part of the city, a "Totalt" line);
 * a municipality of another county; or nothing known, with the nearest known name when one is close.
 * A near miss ("Ekero") is only ever a suggestion: it is never taken for the unit it resembles.
 *
 * The population import (src/input) and the checker (src/check) both ask here, so a row is the same
 * thing to both. Codes may have lost their leading zero ("114" is 0114, "1" is county 01), and a
 * cell may hold a code and a name together, as SCB's exports write them ("0114 Upplands Väsby").
 */

/** An aggregate: a figure that sums units, never a unit itself. */
export type Aggregate =
  /** Stockholm county ("01 Stockholms län"): the sum of its 26 municipalities. */
  | { readonly kind: "county" }
  /** The country ("Riket"): the sum of all 290 municipalities. */
  | { readonly kind: "nation" }
  /** Another county ("03 Uppsala län"): the sum of its municipalities. */
  | { readonly kind: "otherCounty"; readonly county: SwedishCounty }
  /** The whole city as its own statistics say it ("Hela staden"): its districts, or its total. */
  | { readonly kind: "city" }
  /** A part of the city (Västerort, Inre staden, Söderort): the sum of its districts. */
  | { readonly kind: "cityArea"; readonly area: CityArea }
  /** A total line ("Totalt", "Summa"): the sum of the rows of its table. */
  | { readonly kind: "total" };

export type UnitRecognition =
  /** A municipality of Stockholm county (Stockholm itself with its total: code 0180). */
  | { readonly kind: "municipality"; readonly code: string; readonly name: string }
  /** A district of the layouts it belongs to (Bromma of all three, Järva of 2023's only). */
  | { readonly kind: "district"; readonly name: string; readonly layouts: readonly DistrictLayout[] }
  /** Stockholm residents with no known district (Bilaga 3's "Sthlm kn rest"). */
  | { readonly kind: "rest"; readonly name: string }
  | { readonly kind: "aggregate"; readonly name: string; readonly aggregate: Aggregate }
  /** A municipality of another county: in a national file, left out and counted. */
  | { readonly kind: "outside"; readonly code: string; readonly name: string; readonly county: SwedishCounty }
  /** A code and a name that are two different units ("0180 Nykvarn"): neither is taken. */
  | { readonly kind: "conflict"; readonly code: string; readonly codeName: string; readonly name: string; readonly nameIs?: string }
  /** A code of the right form that is no municipality or county ("0101"). */
  | { readonly kind: "unknownCode"; readonly code: string }
  /** Nothing known; `suggestion` is the known name it is closest to, when one is close. */
  | { readonly kind: "unknown"; readonly text: string; readonly suggestion?: string };

/** Bilaga 3's name of the rest post, and other ways of writing it. */
export const REST_NAMES: readonly string[] = ["Sthlm kn rest", "Stockholm rest", "Sthlm rest", "Restpost", "Rest"];

/** How the aggregates are written, each with what it sums (compared after normalizeUnitName). */
const AGGREGATE_NAMES: readonly (readonly [string, Aggregate])[] = [
  ...["Stockholms län", "Länet", "Hela länet", "Länet totalt", "Stockholms län totalt", "Summa länet"].map((name) => [name, { kind: "county" }] as const),
  ...["Riket", "Hela riket", "Sverige", "Hela Sverige", "Riket totalt"].map((name) => [name, { kind: "nation" }] as const),
  ...["Hela staden", "Hela Stockholm", "Staden totalt", "Hela staden totalt", "Stockholm totalt", "Stockholms stad totalt", "Summa staden"].map((name) => [name, { kind: "city" }] as const),
  ...(["Västerort", "Inre staden", "Söderort"] as const).map((area) => [area, { kind: "cityArea", area }] as const),
  ["Innerstaden", { kind: "cityArea", area: "Inre staden" }],
  ...["Totalt", "Summa", "Total", "Sum", "Totalsumma", "Summa totalt", "Samtliga", "Alla kommuner", "Kommunerna totalt", "Grand total", "Totals", "All municipalities", "In total"].map(
    (name) => [name, { kind: "total" }] as const,
  ),
  ...SWEDISH_COUNTIES.map((county): readonly [string, Aggregate] => [county.name, county.code === "01" ? { kind: "county" } : { kind: "otherCounty", county }]),
];

/** Other names of Stockholm the municipality (its total): the city is the municipality. */
const STOCKHOLM_NAMES = ["Stockholms stad", "Stockholm stad", "Stockholms kommun", "Stockholm kommun"];

type Known = Exclude<UnitRecognition, { kind: "conflict" | "unknownCode" | "unknown" }>;

const COUNTY_CODES = new Set(COUNTY_MUNICIPALITIES.map((m) => m.code));
const COUNTY_OF_CODE = new Map(SWEDISH_COUNTIES.map((county) => [county.code, county]));

function municipalityOf(code: string, name: string): Known {
  if (COUNTY_CODES.has(code)) return { kind: "municipality", code, name: COUNTY_MUNICIPALITIES.find((m) => m.code === code)!.name };
  return { kind: "outside", code, name, county: COUNTY_OF_CODE.get(code.slice(0, 2))! };
}

const BY_CODE = new Map<string, Known>();
for (const m of SWEDISH_MUNICIPALITIES) BY_CODE.set(m.code, municipalityOf(m.code, m.name));
for (const county of SWEDISH_COUNTIES) BY_CODE.set(county.code, { kind: "aggregate", name: county.name, aggregate: county.code === "01" ? { kind: "county" } : { kind: "otherCounty", county } });
// SCB writes the country as region "00 Riket".
BY_CODE.set("00", { kind: "aggregate", name: "Riket", aggregate: { kind: "nation" } });

const BY_NAME = new Map<string, Known>();
const nameEntry = (name: string, known: Known) => {
  const key = normalizeUnitName(name);
  if (!BY_NAME.has(key)) BY_NAME.set(key, known);
};
// The county's own units first: a name the country shares with them (none today) stays theirs.
for (const m of COUNTY_MUNICIPALITIES) nameEntry(m.name, BY_CODE.get(m.code)!);
for (const name of STOCKHOLM_NAMES) nameEntry(name, BY_CODE.get(DIVIDED_CITY_CODE)!);
for (const district of new Set(DISTRICT_LAYOUTS.flatMap((layout) => layout.districts))) {
  const key = normalizeUnitName(district);
  nameEntry(district, { kind: "district", name: district, layouts: DISTRICT_LAYOUTS.filter((layout) => layout.districts.some((d) => normalizeUnitName(d) === key)) });
}
for (const name of REST_NAMES) nameEntry(name, { kind: "rest", name: REST_NAMES[0] });
for (const [name, aggregate] of AGGREGATE_NAMES) nameEntry(name, { kind: "aggregate", name, aggregate });
for (const m of SWEDISH_MUNICIPALITIES) nameEntry(m.name, BY_CODE.get(m.code)!);

/** A code as SCB writes it: two digits for a county ("1" → "01"), four for a municipality ("114" → "0114"). */
export function normalizeCode(text: string): string | undefined {
  const digits = text.trim();
  if (!/^\d{1,4}$/.test(digits)) return undefined;
  return digits.length <= 2 ? digits.padStart(2, "0") : digits.padStart(4, "0");
}

/** A name folded for near misses: no case, no diacritics ("Ekerö" and "Ekero" meet), hyphens as spaces. */
function folded(name: string): string {
  return normalizeUnitName(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9 ]/g, "");
}

const FOLDED = [...BY_NAME.entries()].map(([key, known]) => ({ key: folded(key), name: known.name }));

/** The known name closest to `text`, when it is close: the same letters but for diacritics, or a letter or two off. */
function nearest(text: string): string | undefined {
  const key = folded(text);
  if (key.length < 3) return undefined;
  const allowed = key.length >= 9 ? 2 : key.length >= 4 ? 1 : 0;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of FOLDED) {
    const d = candidate.key === key ? 0 : Math.abs(candidate.key.length - key.length) > allowed ? Infinity : distance(candidate.key, key);
    if (d <= allowed && (!best || d < best.distance)) best = { name: candidate.name, distance: d };
  }
  return best?.name;
}

/** A name as written: exactly (case, spaces and hyphens aside), or with "kommun", "stadsdelsområde" and the like after it. */
function byName(text: string): Known | undefined {
  const key = normalizeUnitName(text);
  const exact = BY_NAME.get(key);
  if (exact) return exact;
  const municipality = /^(.+?)s?,? kommun$/.exec(key) ?? /^(.+?),? kommun$/.exec(key);
  if (municipality) {
    const found = BY_NAME.get(municipality[1]) ?? BY_NAME.get(key.replace(/,? kommun$/, ""));
    if (found && (found.kind === "municipality" || found.kind === "outside")) return found;
  }
  const district = /^(.+?) (stadsdelsområde|stadsdelsförvaltning|stadsdelsnämnd|sdf|sdn)$/.exec(key) ?? /^(stadsdelsområde|stadsdelsförvaltning) (.+)$/.exec(key);
  if (district) {
    const found = BY_NAME.get(district[1] === "stadsdelsområde" || district[1] === "stadsdelsförvaltning" ? district[2] : district[1]);
    if (found?.kind === "district") return found;
  }
  return undefined;
}

/** The label's code and name when it holds both ("0114 Upplands Väsby", "114 Upplands Väsby", "01 Stockholms län"). */
function splitLabel(label: string): { code?: string; name: string } {
  const match = /^(\d{1,4})(?:\s+[-–:]?\s*|\s*[-–:]\s*)(\p{L}.*)$/u.exec(label);
  return match ? { code: match[1], name: match[2].trim() } : { name: label };
}

/** What a known entry is, whichever name or code found it. */
function identity(known: Known): string {
  switch (known.kind) {
    case "municipality":
    case "outside":
      return known.code;
    case "aggregate":
      return `${known.aggregate.kind}:${known.aggregate.kind === "otherCounty" ? known.aggregate.county.code : known.aggregate.kind === "cityArea" ? known.aggregate.area : ""}`;
    default:
      return `${known.kind}:${known.name}`;
  }
}

/** Whether a name is the unit of the code beside it, allowing for lost diacritics and a "kommun" after it. */
function sameName(written: string, known: Known): boolean {
  const found = byName(written);
  if (found) return identity(found) === identity(known);
  return folded(written) === folded(known.name) || folded(written).replace(/s? kommun$/, "") === folded(known.name);
}

/**
 * What a row of a population table is, by its label (the name cell: a name, a code, or both) and its
 * code column if it has one. A code and a name that disagree are a conflict, never one of the two.
 */
export function recognizeUnit(label: string | number | null | undefined, codeCell?: string | number | null): UnitRecognition {
  const text = String(label ?? "")
    .normalize("NFC")
    .trim()
    .replace(/[*:]+$/, "")
    .trim();
  const { code: labelCode, name } = /^\d{1,4}$/.test(text) ? { code: text, name: "" } : splitLabel(text);
  const columnCode = codeCell === null || codeCell === undefined || String(codeCell).trim() === "" ? undefined : String(codeCell).trim();
  const codes = [labelCode, columnCode].filter((code): code is string => code !== undefined);
  const normalized = codes.map(normalizeCode);
  if (normalized.some((code) => code === undefined)) return { kind: "unknownCode", code: codes[normalized.indexOf(undefined)] };
  const [code, otherCode] = normalized as string[];
  if (otherCode !== undefined && otherCode !== code) {
    const first = BY_CODE.get(code);
    const second = BY_CODE.get(otherCode);
    return { kind: "conflict", code: otherCode, codeName: second ? second.name : otherCode, name: text, ...(first ? { nameIs: first.name } : {}) };
  }
  const fromCode = code === undefined ? undefined : BY_CODE.get(code);
  if (code !== undefined && !fromCode) return { kind: "unknownCode", code };
  if (name === "") return fromCode ?? { kind: "unknown", text };
  if (fromCode) {
    if (sameName(name, fromCode)) return fromCode;
    const other = byName(name);
    return { kind: "conflict", code: code!, codeName: fromCode.name, name, ...(other ? { nameIs: other.name } : {}) };
  }
  const found = byName(name);
  if (found) return found;
  const suggestion = nearest(name);
  return { kind: "unknown", text: name, ...(suggestion ? { suggestion } : {}) };
}

/** The layouts a district name belongs to (by their first day); none for a name that is no district. */
export function layoutsOf(name: string): DistrictLayout[] {
  const found = byName(name.replace(/\*+$/, ""));
  return found?.kind === "district" ? [...found.layouts] : [];
}

/** The municipalities of a county, by its code ("03" → Uppsala län's 8). */
export function municipalitiesOfCounty(countyCode: string): readonly { readonly code: string; readonly name: string }[] {
  return SWEDISH_MUNICIPALITIES.filter((m) => m.code.startsWith(countyCode));
}
