import { DEFAULT_AGREEMENTS, type PerUser, type PopulationShare } from "../../data";
import type { BuiltInSheetKey } from "./types";

/*
 * The names a plan gives whatever its agreements: its built-in sheets, the defined names and tables
 * they make; and the tables of the default agreements' sheets, from their declarations. Names are
 * ASCII and the same in both languages, so formulas and other tools find them whatever the language.
 */

/** The sheets every plan may hold whatever its agreements, and the names and tables they make. */
export const BUILT_IN_SHEETS: readonly BuiltInSheetKey[] = ["parameters", "municipalities", "districts", "sources", "annualCost"];
export const BUILT_IN_NAMES: readonly string[] = ["Referensdatum", "Restpost", "InvanareLan", "InvanareStad", "StorstaEnhet", "KrPerInvanarePeriod", "KrPerInvanareAr", "SummaPerAr", "SummaPeriod"];
export const BUILT_IN_TABLES = { municipalities: "KommunerTabell", districts: "StadsdelarTabell", sources: "KallorTabell", annualCost: "ArskostnadTabell" } as const;

/** The default agreements' components in the order they are declared (and their sheets written). */
const DEFAULT_COMPONENTS = DEFAULT_AGREEMENTS.flatMap((agreement) => agreement.components);
const defaultPerUser = DEFAULT_COMPONENTS.find((component): component is PerUser => component.kind === "perUser")!;
const defaultShare = DEFAULT_COMPONENTS.find((component): component is PopulationShare => component.kind === "populationShare")!;

/** Table names: ASCII, the same in both languages, unique in the workbook (those of the default agreements' sheets from their declarations). */
export const TABLE_NAMES = {
  municipalities: BUILT_IN_TABLES.municipalities,
  districts: BUILT_IN_TABLES.districts,
  support: defaultPerUser.table,
  agreement2026Municipalities: defaultShare.tables.municipalities,
  agreement2026Districts: defaultShare.tables.districts,
  sources: BUILT_IN_TABLES.sources,
  annualCost: BUILT_IN_TABLES.annualCost,
} as const;
