import { prepare, sheetKeysOf, type Context, type PlacedShare } from "./options";
import type { BuiltInSheetKey, PlanName, PlanOptions, PlanSheet, SheetKey, WorkbookPlan } from "./plan";
import { annualCostSheet, districtsSheet, municipalitiesSheet, parametersSheet, perUserSheet, populationShareSheet, sourcesSheet } from "./sheets";

/*
 * The plan of a filled workbook, in the steps its folders show: options/ resolves the options into
 * one checked Context (prepare.ts), then each sheet has its builder in sheets/ (parameters.ts; lou.ts
 * for Kommuner and Stadsdelar; support.ts for each part per user; agreement2026.ts for each part by
 * population; sources.ts; annualCost.ts with annualFigures.ts and paragraph.ts for Årskostnad), each
 * writing cells with the primitives of plan/ in the words of texts/. Which sheets there are follows
 * from the agreements' declarations (options/agreements.ts). Each builder lays its sheet out for the
 * page at the end (SheetBuilder.finish, plan/sheetLayout.ts, sheets/page.ts).
 */

/**
 * Builds the plan of a filled workbook: the sheets of issue 3 (Parametrar, Kommuner, Stadsdelar,
 * Support, Avtal 2026–2030, Källor och metod) and Årskostnad (issue 12) as plain data, every
 * computed cell a plain Excel formula on the parameter cells and the row's inputs, with the
 * engine's exact value as its cached value, and each sheet's page setup. Parametrar, Kommuner and
 * (with a divided city) Stadsdelar are always included: they hold the inputs the other sheets refer
 * to; Årskostnad brings Support and Avtal 2026–2030 along.
 *
 * @throws RuleInputError naming the option at fault (`figures.<key>`: `figures.threshold`,
 *   `figures.municipalShare`, …; `year`, `referenceDate`, `sheets[i]`, `previousCosts.<name>`, `users.<name>`,
 *   `paragraphUnit`, `municipalities[i].population`, `dividedCity.rest`, ...)
 */
export function buildWorkbookPlan(options: PlanOptions): WorkbookPlan {
  const ctx = prepare(options);
  const names: PlanName[] = [];
  const sheets = sheetKeysOf(ctx.agreements.list)
    .filter((key) => ctx.sheets.has(key))
    .map((key) => builderOf(ctx, key)(ctx, names));
  return {
    locale: options.locale,
    rounding: options.rounding,
    sheets,
    names,
    generatedAt: ctx.generatedAt,
    version: ctx.version,
  };
}

/** Each built-in sheet's builder; Parametrar also defines the workbook's names. */
const SHEET_BUILDERS: Readonly<Record<BuiltInSheetKey, (ctx: Context, names: PlanName[]) => PlanSheet>> = {
  parameters: parametersSheet,
  municipalities: municipalitiesSheet,
  districts: districtsSheet,
  sources: sourcesSheet,
  annualCost: annualCostSheet,
};

/** A sheet's builder: a built-in sheet's, or the one of the component that has the sheet (a part per user or by population). */
function builderOf(ctx: Context, key: SheetKey): (ctx: Context, names: PlanName[]) => PlanSheet {
  if (key in SHEET_BUILDERS) return SHEET_BUILDERS[key as BuiltInSheetKey];
  const placed = ctx.agreements.sheets.find((candidate) => candidate.component.sheet.key === key)!;
  if (placed.component.kind === "perUser") {
    const component = placed.component;
    return (c) => perUserSheet(c, component);
  }
  const share = placed as PlacedShare;
  return (c) => populationShareSheet(c, share);
}
