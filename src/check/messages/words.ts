import type { Decimal } from "../../engine/decimal";
import { formatDifference, formatFigure } from "../format";
import type { FindingKind, TableKind, Unit } from "../types";

/* The words the checker's messages share: figures in each language, table kinds and finding kinds. */

const figure = (locale: "sv" | "en") => (value: Decimal | number, unit: Unit) => formatFigure(value, unit, locale);
export const svFigure = figure("sv");
export const enFigure = figure("en");
export const svDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "sv");
export const enDifference = (value: Decimal, unit: Unit) => formatDifference(value, unit, "en");
export const SV_TABLES: Readonly<Record<TableKind, string>> = { municipalities: "kommuntabell", districts: "stadsdelstabell", municipalities2026: "kommuntabell för 2026–2030", districts2026: "stadsdelstabell för 2026–2030", support: "supporttabell", annualCost: "årskostnadstabell", };
export const EN_TABLES: Readonly<Record<TableKind, string>> = { municipalities: "municipality", districts: "district", municipalities2026: "2026–2030 municipality", districts2026: "2026–2030 district", support: "support", annualCost: "annual cost", };
/** A table kind in words; a population-share table with its agreement's period when it is not 2026–2030's. */
export const svTable = (kind: TableKind, period?: string) => (period ? (SV_TABLES[kind] ?? "tabell").replace("2026–2030", period) : (SV_TABLES[kind] ?? "tabell"));
export const enTable = (kind: TableKind, period?: string) => (period ? (EN_TABLES[kind] ?? "").replace("2026–2030", period) : (EN_TABLES[kind] ?? ""));
export const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);
export const municipal = (kind: TableKind) => kind === "municipalities" || kind === "municipalities2026";

/** Each finding kind's name, one and many. */
export const SV_KINDS: Readonly<Record<FindingKind, readonly [string, string]>> = {
  figure: ["siffra", "Siffror"], total: ["totalrad", "Totalrader"], totalRange: ["summaområde", "Summaområden"], constant: ["inskrivet tal", "Inskrivna tal bland formler"],
  inconsistentFormula: ["avvikande formel", "Formler som bryter kolumnens mönster"], literalParameter: ["parameter i formel", "Parametrar inskrivna i formler"], textNumber: ["tal som text", "Tal lagrade som text"], emptyReference: ["tom hänvisning", "Hänvisningar till tomma celler"],
  staleValue: ["gammalt sparat värde", "Sparade värden som omräkningen ändrar"], errorValue: ["felvärde", "Felvärden"], circularReference: ["cirkelreferens", "Cirkelreferenser"],
  externalReference: ["länk till annan arbetsbok", "Länkar till andra arbetsböcker"], threeDReference: ["3D-referens", "3D-referenser"],
};
export const EN_KINDS: Readonly<Record<FindingKind, readonly [string, string]>> = {
  figure: ["figure", "Figures"], total: ["total row", "Total rows"], totalRange: ["total range", "Total ranges"], constant: ["typed number", "Typed numbers among formulas"],
  inconsistentFormula: ["inconsistent formula", "Formulas that break the column's pattern"], literalParameter: ["parameter in a formula", "Parameters written into formulas"], textNumber: ["number as text", "Numbers stored as text"], emptyReference: ["empty reference", "References to empty cells"],
  staleValue: ["old saved value", "Saved values recalculation changes"], errorValue: ["error value", "Error values"], circularReference: ["circular reference", "Circular references"],
  externalReference: ["link to another workbook", "Links to other workbooks"], threeDReference: ["3D reference", "3D references"],
};
