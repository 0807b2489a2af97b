import type { CountyPopulation } from "../../engine";
import type { PlanOptions, SheetKey } from "../../workbook/plan";
import { checkParameters, parameterOptions, ParameterChecks } from "./parameters";
import { PaneState, SHEET_GROUPS, SHEET_GROUP_KEYS } from "./store";
import { COUNTY_2018 } from "../../data";

/*
 * What the pane shows that follows from the state: the checked parameters, the county to use, and the
 * plan options when everything is right. Pure; the components never work these out themselves.
 */

/** Why the data cannot be used yet. */
export type DataBlock = "notRead" | "reading" | "readFailed" | "rowErrors" | "noTable";

export interface PaneView {
  readonly checks: ParameterChecks;
  readonly parametersValid: boolean;
  readonly sheetKeys: readonly SheetKey[];
  readonly county?: CountyPopulation;
  readonly dataBlock?: DataBlock;
  /** The plan options (without locale defaults) when the parameters, the sheets and the data are right. */
  readonly overrides?: Omit<PlanOptions, "generatedAt" | "version" | "previousCosts">;
}

export function selectSheetKeys(state: PaneState): SheetKey[] {
  return ["parameters", ...SHEET_GROUPS.filter((group) => state.sheets[group]).flatMap((group) => SHEET_GROUP_KEYS[group])];
}

export function selectCounty(state: PaneState): { county?: CountyPopulation; block?: DataBlock } {
  if (state.source === "embedded") {
    return { county: COUNTY_2018 };
  }
  if (state.source === "table" && state.tableName === "" && state.imported.status === "none") {
    return { block: "noTable" };
  }
  switch (state.imported.status) {
    case "none":
      return { block: "notRead" };
    case "reading":
      return { block: "reading" };
    case "failed":
      return { block: "readFailed" };
    case "read":
      return state.imported.data.county ? { county: state.imported.data.county } : { block: "rowErrors" };
  }
}

export function selectView(state: PaneState): PaneView {
  const checks = checkParameters(state.params, state.locale);
  const values = parameterOptions(checks);
  const sheetKeys = selectSheetKeys(state);
  const { county, block } = selectCounty(state);
  const tablesChosen = sheetKeys.length > 1;
  const overrides =
    values && county && tablesChosen
      ? {
          locale: state.locale,
          rounding: state.rounding,
          sheets: sheetKeys,
          county,
          referenceDate: values.referenceDate,
          threshold: values.threshold,
          years: values.years,
          supportBudget: values.supportBudget,
          supportUsers: values.supportUsers,
          budget2026: values.budget2026,
          municipalShare2026: values.municipalShare2026,
        }
      : undefined;
  return {
    checks,
    parametersValid: values !== undefined,
    sheetKeys,
    ...(county ? { county } : {}),
    ...(block ? { dataBlock: block } : {}),
    ...(overrides ? { overrides } : {}),
  };
}
