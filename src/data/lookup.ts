import { normalizeUnitName } from "../engine/county";
import { MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "./population2018";

export interface EmbeddedUnit {
  readonly name: string;
  readonly kind: "municipality" | "district" | "rest";
  readonly code?: string;
  readonly population: number;
}

const REST_NAMES = ["sthlm kn rest", "stockholm rest", "rest", "restpost", "sthlm rest"];

const UNITS: readonly EmbeddedUnit[] = [
  ...MUNICIPALITIES_2018.map((m) => ({ name: m.name, kind: "municipality" as const, code: m.code, population: m.population })),
  ...STOCKHOLM_DISTRICTS_2018.map((d) => ({ name: d.name, kind: "district" as const, population: d.population })),
  { name: "Sthlm kn rest", kind: "rest" as const, population: STOCKHOLM_REST_2018 },
];

const BY_KEY = new Map<string, EmbeddedUnit>();
for (const unit of UNITS) {
  BY_KEY.set(normalizeUnitName(unit.name), unit);
  if (unit.code) BY_KEY.set(unit.code, unit);
}
for (const alias of REST_NAMES) BY_KEY.set(alias, UNITS[UNITS.length - 1]);

/**
 * The embedded 31/12 2018 population (Bilaga 3) of a municipality, district or the rest post, by
 * name (tolerant to case, hyphens and spacing) or four-digit SCB code ("0180", or 180 as a number).
 * Returns undefined when nothing matches.
 */
export function findEmbeddedUnit(nameOrCode: string | number): EmbeddedUnit | undefined {
  const text = String(nameOrCode).replace(/\*+$/, "").trim();
  if (/^\d{1,4}$/.test(text)) return BY_KEY.get(text.padStart(4, "0"));
  return BY_KEY.get(normalizeUnitName(text));
}
