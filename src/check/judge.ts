import { DEFAULT_AGREEMENTS, THRESHOLDS, type AgreementDeclaration, type FixedPercentage, type PerUser, parameterNamed } from "../data";
import { NUMBER_PARAMETERS, type NumberParamKey } from "../params";
import { BOOK_MESSAGES as B, type Judged } from "./book/messages";
import type { Context } from "./context";
import { localized } from "./messages";
import type { LocalizedText, ParameterReport } from "./types";

/*
 * Figures inferred from a table are judged before the table is called right (issue 18, item 2): a
 * table whose every amount is divided by 1 000 agrees with itself perfectly, around a threshold of
 * 615,31 kr. An inferred threshold that is no threshold of the table in src/data and outside the
 * plausible range, a period outside its plausible years, a budget (the municipalities' part, the
 * support's cost per user, read back to the budget they mean through the agreements' other figures)
 * outside its plausible range is a warning naming the inferred value and the nearest known one
 * ("615,31 kr: 1/1 000 av 615 312 kr?"). The plausible ranges are the declarations' (src/params);
 * the known values the data's and the agreements'.
 */

/** How far from a whole power of ten a ratio may be to be called "1/10ⁿ of it": 1 %. */
const SCALE_TOLERANCE = Math.log10(1.01);

/** The figure of an agreement's parameter by name, or undefined. */
const figure = (agreement: AgreementDeclaration, name: string) => parameterNamed(agreement, name)?.value;

/** The declared value of each agreement's parameter with this key. */
function declared(agreements: readonly AgreementDeclaration[], key: NumberParamKey): number[] {
  return agreements.flatMap((agreement) => agreement.parameters.filter((parameter) => parameter.key === key && parameter.value !== undefined).map((parameter) => parameter.value!));
}

/** Every budget × share the agreements declare: the municipalities' part a year, and the share. */
function declaredParts(agreements: readonly AgreementDeclaration[]): { part: number; share: number }[] {
  return agreements.flatMap((agreement) =>
    agreement.components
      .filter((component): component is FixedPercentage => component.kind === "fixedPercentage")
      .flatMap((component) => {
        const [budget, share] = [figure(agreement, component.budget), figure(agreement, component.share)];
        return budget !== undefined && share !== undefined ? [{ part: budget * share, share }] : [];
      }),
  );
}

/** Every budget ÷ users the agreements declare: the cost per user a year, and the users. */
function declaredPerUser(agreements: readonly AgreementDeclaration[]): { perUser: number; users: number }[] {
  return agreements.flatMap((agreement) =>
    agreement.components
      .filter((component): component is PerUser => component.kind === "perUser")
      .flatMap((component) => {
        const [budget, users] = [figure(agreement, component.budget), figure(agreement, component.users)];
        return budget !== undefined && users !== undefined && users > 0 ? [{ perUser: budget / users, users }] : [];
      }),
  );
}

const outside = (value: number, range: { readonly min: number; readonly max: number }) => value < range.min || value > range.max;

/** The known value a figure is nearest, preferring one it is a power of ten away from (a misread "615,312"). */
export function nearestKnown(value: number, known: readonly number[]): Judged["nearest"] {
  if (known.length === 0 || value <= 0) return undefined;
  const scored = known.map((candidate) => {
    const power = Math.log10(value / candidate);
    const powers = Math.round(power);
    return { value: candidate, powers, off: Math.abs(power - powers), distance: Math.abs(power) };
  });
  const scaled = scored.filter((entry) => entry.powers !== 0 && entry.off <= SCALE_TOLERANCE).sort((a, b) => a.off - b.off)[0];
  if (scaled) return { value: scaled.value, powers: scaled.powers };
  const nearest = [...scored].sort((a, b) => a.distance - b.distance)[0];
  return { value: nearest.value, powers: 0 };
}

/** The parameters inferred from the tables, judged: a warning for each that is far from every known value of it. */
export function judgeInferred(context: Context, agreements: readonly AgreementDeclaration[] = DEFAULT_AGREEMENTS): void {
  for (const parameter of context.parameters) {
    if (parameter.source !== "inferred" || typeof parameter.value !== "number") continue;
    const verdict = judge(parameter, parameter.value, agreements);
    if (verdict) context.problems.push({ severity: "warning", code: "implausibleParameter", message: verdict });
  }
}

function judge(parameter: ParameterReport, value: number, agreements: readonly AgreementDeclaration[]): LocalizedText | undefined {
  switch (parameter.key) {
    case "threshold": {
      const range = NUMBER_PARAMETERS.threshold.plausible;
      if (THRESHOLDS.some((period) => period.value === value) || !outside(value, range)) return undefined;
      const known = [...THRESHOLDS.map((period) => period.value), ...declared(agreements, "threshold")];
      return localized(B.implausibleParameter, "threshold", { value, unit: "kr", range, nearest: nearestKnown(value, known) });
    }
    case "years": {
      const range = NUMBER_PARAMETERS.years.plausible;
      if (!outside(value, range)) return undefined;
      return localized(B.implausibleParameter, "years", { value, unit: "years", range, nearest: nearestKnown(value, declared(agreements, "years")) });
    }
    case "municipalPart2026": {
      // The part is budget × share: judged as the budget it means with each share the agreements declare.
      const range = NUMBER_PARAMETERS.budget2026.plausible;
      const parts = declaredParts(agreements);
      const budgets = parts.map(({ share }) => ({ share, budget: value / share }));
      if (budgets.length === 0 || budgets.some(({ budget }) => !outside(budget, range))) return undefined;
      return localized(B.implausiblePart, { value, unit: "kr", range, nearest: nearestKnown(value, parts.map(({ part }) => part)) }, budgets);
    }
    case "costPerUser": {
      // The cost per user is budget ÷ users: judged as the budget it means with the users the agreements declare.
      const budget = NUMBER_PARAMETERS.supportBudget.plausible;
      const known = declaredPerUser(agreements);
      if (known.length === 0 || known.some(({ users }) => !outside(value * users, budget))) return undefined;
      const range = { min: Math.min(...known.map(({ users }) => budget.min / users)), max: Math.max(...known.map(({ users }) => budget.max / users)) };
      return localized(B.implausibleParameter, "costPerUser", { value, unit: "kr", range, nearest: nearestKnown(value, known.map(({ perUser }) => perUser)) });
    }
    default:
      return undefined;
  }
}
