import { ALL_SHEETS, prepare, type Context } from "./buildContext";
import { agreement2026Sheet } from "./buildAgreement2026";
import { annualCostSheet } from "./buildAnnualCost";
import { districtsSheet, municipalitiesSheet } from "./buildLou";
import { parametersSheet } from "./buildParameters";
import { sourcesSheet } from "./buildSources";
import { supportSheet } from "./buildSupport";
import type { PlanName, PlanOptions, PlanSheet, SheetKey, WorkbookPlan } from "./plan";

/*
 * The plan of a filled workbook, one file per part: buildContext.ts checks the options and computes
 * what the sheets share, then each sheet has its builder (buildParameters.ts; buildLou.ts for
 * Kommuner and Stadsdelar; buildSupport.ts; buildAgreement2026.ts; buildSources.ts;
 * buildAnnualCost.ts with annualFigures.ts and paragraph.ts for Årskostnad). Each builder lays its
 * sheet out for the page at the end (SheetBuilder.finish, sheetLayout.ts, page.ts).
 */

export { ALL_SHEETS, TABLE_NAMES, defaultPlanOptions, isEmbeddedCounty } from "./buildContext";

/**
 * Builds the plan of a filled workbook: the sheets of issue 3 (Parametrar, Kommuner, Stadsdelar,
 * Support, Avtal 2026–2030, Källor och metod) and Årskostnad (issue 12) as plain data, every
 * computed cell a plain Excel formula on the parameter cells and the row's inputs, with the
 * engine's exact value as its cached value, and each sheet's page setup. Parametrar, Kommuner and
 * (with a divided city) Stadsdelar are always included: they hold the inputs the other sheets refer
 * to; Årskostnad brings Support and Avtal 2026–2030 along.
 *
 * @throws RuleInputError naming the option at fault (`threshold`, `years`, `supportUsers`,
 *   `municipalShare2026`, `referenceDate`, `sheets[i]`, `previousCosts.<name>`, `users.<name>`,
 *   `paragraphUnit`, `municipalities[i].population`, `dividedCity.rest`, ...)
 */
export function buildWorkbookPlan(options: PlanOptions): WorkbookPlan {
  const ctx = prepare(options);
  const names: PlanName[] = [];
  const sheets = ALL_SHEETS.filter((key) => ctx.sheets.has(key)).map((key) => SHEET_BUILDERS[key](ctx, names));
  return {
    locale: options.locale,
    rounding: options.rounding,
    sheets,
    names,
    generatedAt: ctx.generatedAt,
    version: ctx.version,
  };
}

/** Each sheet's builder; Parametrar also defines the workbook's names. */
const SHEET_BUILDERS: Readonly<Record<SheetKey, (ctx: Context, names: PlanName[]) => PlanSheet>> = {
  parameters: parametersSheet,
  municipalities: municipalitiesSheet,
  districts: districtsSheet,
  support: supportSheet,
  agreement2026: agreement2026Sheet,
  sources: sourcesSheet,
  annualCost: annualCostSheet,
};
