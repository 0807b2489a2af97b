import { COUNTY_2018, countyCompleteness, type CountyCompleteness } from "../../data";
import type { CountyPopulation } from "../../engine";
import type { PlanOptions, SheetKey } from "../../workbook";
import { PARAMETER_KEYS, checkParameter, checkParameters, checkYear, defaultParameterText, parameterOptions, unconfirmedParameters, type ParamKey, type ParameterChecks, type YearCheck } from "./parameters";
import { PaneState, SHEET_GROUPS, SHEET_GROUP_KEYS } from "./store";

/*
 * What the pane shows that follows from the state: the checked parameters, the county to use, and the
 * plan options when everything is right. Pure; the components never work these out themselves.
 */

/** Why the data cannot be used yet. */
export type DataBlock = "notRead" | "reading" | "readFailed" | "rowErrors" | "noTable" | "partialUnconfirmed" | "dateMismatch";

export interface PaneView {
  readonly checks: ParameterChecks;
  /** The budget year (optional) and the threshold in force that year. */
  readonly year: YearCheck;
  readonly parametersValid: boolean;
  /** Implausible values not yet confirmed: the fill waits for the user's tick. */
  readonly unconfirmed: readonly ParamKey[];
  /** Whether the parameters are shown: opened by the user, or a field is wrong or waits for a confirmation. */
  readonly parametersOpen: boolean;
  /** The fields that must be seen (wrong, or implausible and not confirmed): the parameters cannot be folded then. */
  readonly parametersAttention: readonly ParamKey[];
  /** The agreement values typed other than the agreements' own (the population's date is not one). */
  readonly parametersChanged: readonly ParamKey[];
  readonly sheetKeys: readonly SheetKey[];
  readonly county?: CountyPopulation;
  /** What the population lacks of the county (only for a population read from the workbook). */
  readonly completeness?: CountyCompleteness;
  readonly dataBlock?: DataBlock;
  /** The plan options (without locale defaults) when the parameters, the sheets and the data are right. */
  readonly overrides?: Omit<PlanOptions, "generatedAt" | "version" | "previousCosts">;
}

export function selectSheetKeys(state: PaneState): SheetKey[] {
  return ["parameters", ...SHEET_GROUPS.filter((group) => state.sheets[group]).flatMap((group) => SHEET_GROUP_KEYS[group])];
}

export function selectCounty(state: PaneState): { county?: CountyPopulation; block?: DataBlock; completeness?: CountyCompleteness } {
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
    case "read": {
      const county = state.imported.data.county;
      if (!county) return { block: "rowErrors" };
      // The data says its date: the population's date field must say the same (the import filled it in).
      const { dataDate } = state.imported.data;
      const date = checkParameter("referenceDate", state.params.referenceDate, state.locale);
      if (dataDate !== undefined && date.ok && date.value !== dataDate) return { block: "dateMismatch" };
      const completeness = countyCompleteness(county);
      // A population that lacks units of the county is filled only when the user says so.
      if (!completeness.complete && !state.partialConfirmed) return { county, completeness, block: "partialUnconfirmed" };
      return { county, completeness };
    }
  }
}

/** The agreement values whose value (not only text: "615312" is 615 312) differs from the agreements'. */
export function changedParameters(state: PaneState, checks: ParameterChecks): ParamKey[] {
  return PARAMETER_KEYS.filter((key) => {
    if (key === "referenceDate") return false;
    const check = checks[key];
    const agreed = checkParameter(key, defaultParameterText(key, state.locale, state.year), state.locale);
    return !check.ok || !agreed.ok || !check.value.eq(agreed.value);
  });
}

export function selectView(state: PaneState): PaneView {
  const checks = checkParameters(state.params, state.locale);
  const year = checkYear(state.year);
  const values = parameterOptions(checks);
  const unconfirmed = unconfirmedParameters(checks, state.params, state.confirmed);
  const sheetKeys = selectSheetKeys(state);
  const { county, block, completeness } = selectCounty(state);
  const tablesChosen = sheetKeys.length > 1;
  const partial = completeness && !completeness.complete ? completeness : undefined;
  const overrides =
    values && year.ok && county && !block && tablesChosen && unconfirmed.length === 0
      ? {
          locale: state.locale,
          rounding: state.rounding,
          sheets: sheetKeys,
          county,
          referenceDate: values.referenceDate,
          figures: values.figures,
          ...(year.year !== undefined ? { year: year.year } : {}),
          ...(partial ? { partial } : {}),
        }
      : undefined;
  const parametersAttention = PARAMETER_KEYS.filter((key) => !checks[key].ok || unconfirmed.includes(key));
  return {
    checks,
    year,
    parametersValid: values !== undefined && year.ok,
    unconfirmed,
    parametersOpen: state.parametersOpen || parametersAttention.length > 0 || !year.ok,
    parametersAttention,
    parametersChanged: changedParameters(state, checks),
    sheetKeys,
    ...(county ? { county } : {}),
    ...(completeness ? { completeness } : {}),
    ...(block ? { dataBlock: block } : {}),
    ...(overrides ? { overrides } : {}),
  };
}
