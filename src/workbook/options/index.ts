/*
 * The first step of building a plan: the options resolved into one checked input, the Context, in
 * one pass (prepare.ts): the defaults from the embedded data (defaults.ts), the agreements placed in
 * the plan and checked (agreements.ts), their figures checked and derived (agreementFigures.ts), the
 * county, the sheets, the previous amounts and the users, and the tables' columns (tableLayout.ts).
 * Entered through this index from outside the folder.
 */
export { prepare } from "./prepare";
export { figure, givenPrevious } from "./context";
export type { Context, ProcuringUnit, RoundedAllocations } from "./context";
export { ALL_SHEETS, defaultPlanOptions, isEmbeddedCounty } from "./defaults";
export { agreementProblems, isAmount, placeAgreements, sheetKeysOf } from "./agreements";
export type { AgreementProblem, Placed, PlacedShare, PlanAgreements } from "./agreements";
export { checkedFigures, figuresOf, planAgreementsOf, thresholdDefaultOf } from "./agreementFigures";
export type { CheckedFigures, ShareCosts } from "./agreementFigures";
export type { Layout, TableLayout } from "./tableLayout";
