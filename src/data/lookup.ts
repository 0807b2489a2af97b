import { recognizeUnit } from "./countyUnits";
import { MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018, STOCKHOLM_REST_2018 } from "./population2018";

export interface EmbeddedUnit {
  readonly name: string;
  readonly kind: "municipality" | "district" | "rest";
  readonly code?: string;
  readonly population: number;
}

/**
 * The embedded 31/12 2018 population (Bilaga 3) of a municipality, district or the rest post, by
 * name (tolerant to case, hyphens and spacing), SCB code ("0180", or 180 as a number) or both
 * ("0180 Stockholm"), recognised by the county's closed list (countyUnits.ts). Returns undefined
 * when nothing matches, for a near miss too ("Ekero"), and for a district that the 2018 layout
 * does not have.
 */
export function findEmbeddedUnit(nameOrCode: string | number): EmbeddedUnit | undefined {
  const unit = recognizeUnit(nameOrCode);
  switch (unit.kind) {
    case "municipality": {
      const found = MUNICIPALITIES_2018.find((m) => m.code === unit.code)!;
      return { name: found.name, kind: "municipality", code: found.code, population: found.population };
    }
    case "district": {
      const found = STOCKHOLM_DISTRICTS_2018.find((d) => d.name === unit.name);
      return found ? { name: found.name, kind: "district", population: found.population } : undefined;
    }
    case "rest":
      return { name: unit.name, kind: "rest", population: STOCKHOLM_REST_2018 };
    default:
      return undefined;
  }
}
