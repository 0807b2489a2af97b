import type { CheckOptions } from "../../../check";
import type { CheckSource } from "../../../excel";
import type { Decimal } from "../../../engine";
import type { NumberReading } from "../../../params";
import { readCheckFigure } from "../figures";
import type { CheckFigureKey, CheckState } from "./store";

/*
 * What the Check tab shows that follows from its state: each figure as read, whether the check can
 * run, and what it runs on. Pure; the components never work these out themselves.
 */

export interface CheckView {
  /** Each figure as read; undefined while its field is empty (inferred from the table). */
  readonly figures: Readonly<Record<CheckFigureKey, NumberReading | undefined>>;
  /** The tables are the source and none is chosen. */
  readonly needsTable: boolean;
  /** An implausible figure the user has not confirmed (for the text now in the field). */
  readonly unconfirmed: boolean;
  readonly canRun: boolean;
  readonly source: CheckSource;
  readonly options: CheckOptions;
}

export const CHECK_FIGURES: readonly CheckFigureKey[] = ["threshold", "years"];

/** The field's state: refused, implausible and not yet confirmed, or fine (empty included). */
export function selectFigureState(state: CheckState, key: CheckFigureKey, reading: NumberReading | undefined): "error" | "warning" | "none" {
  if (reading === undefined) return "none";
  if (!reading.ok) return "error";
  return reading.implausible && state.confirmed[key] !== state.figures[key] ? "warning" : "none";
}

export function selectCheckView(state: CheckState): CheckView {
  const figures = {
    threshold: readCheckFigure("threshold", state.figures.threshold, state.locale),
    years: readCheckFigure("years", state.figures.years, state.locale),
  };
  const needsTable = state.source === "tables" && state.chosenTables.length === 0;
  const unconfirmed = CHECK_FIGURES.some((key) => selectFigureState(state, key, figures[key]) === "warning");
  const refused = CHECK_FIGURES.some((key) => figures[key]?.ok === false);
  const source: CheckSource = state.source === "selection" ? { kind: "selection" } : { kind: "tables", names: state.chosenTables };
  const given: { -readonly [K in CheckFigureKey]?: Decimal } = {};
  for (const key of CHECK_FIGURES) {
    const reading = figures[key];
    if (reading?.ok) given[key] = reading.value;
  }
  const options: CheckOptions = { figures: given };
  return { figures, needsTable, unconfirmed, canRun: state.busy === undefined && !refused && !unconfirmed && !needsTable, source, options };
}
