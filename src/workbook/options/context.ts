import { normalizeUnitName, type Decimal, type LouAllocation } from "../../engine";
import type { ParameterDefault, PopulationShare, PreviousPeriod } from "../../data";
import type { PlanOptions, SheetKey } from "../plan";
import type { PlanTexts } from "../texts";
import type { ShareCosts } from "./agreementFigures";
import type { PlanAgreements } from "./agreements";
import type { Layout } from "./tableLayout";

/*
 * The Context: the options resolved into one checked input (prepare.ts makes it), and everything the
 * engine computes from them, which every sheet builder (src/workbook/sheets) reads; and what it
 * answers about itself: a figure by its defined name, whether a previous amount was given.
 */

/** The validated inputs and everything the engine computes from them, shared by every sheet. */
export interface Context {
  readonly options: PlanOptions;
  readonly t: PlanTexts;
  readonly addsUp: boolean;
  /** The plan's agreements and where each component goes. */
  readonly agreements: PlanAgreements;
  readonly sheets: ReadonlySet<SheetKey>;
  /** Every sheet's name in the plan's language: the built-in ones' and the agreements' own. */
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  /** The LOU model's threshold and years (the options' figures, also when the plan has no LOU model). */
  readonly threshold: Decimal;
  readonly years: Decimal;
  /** The threshold's default and source: the agreement's, or the table's for the year chosen. */
  readonly thresholdDefault?: ParameterDefault;
  /** Every parameter of the agreements and every figure derived from them on Parametrar, by defined name. */
  readonly figures: ReadonlyMap<string, Decimal>;
  readonly referenceSerial: number;
  readonly lou: LouAllocation;
  readonly cityIndex: number;
  readonly previous: ReadonlyMap<string, Decimal>;
  /** The period the previous amounts are from, and the agreement (index in agreements.list) they are compared with. */
  readonly previousPeriod: PreviousPeriod;
  readonly previousTarget: number;
  /**
   * The previous amounts are from just before the LOU model's agreement, so Kommuner and Stadsdelar
   * set them against its LOU part (as Farsta's answer, 000, does); otherwise their previous columns stay empty.
   */
  readonly previousOnLou: boolean;
  /** Support users by normalised unit name (PlanOptions.users), the same on every part per user's sheet. */
  readonly users: ReadonlyMap<string, Decimal>;
  /** The procuring units in the order the parts per user and Årskostnad list them. */
  readonly units: readonly ProcuringUnit[];
  /** Each part by population: what each municipality and district pays. */
  readonly shareCosts: ReadonlyMap<PopulationShare, ShareCosts>;
  readonly embedded: boolean;
  /** ISO time the plan is made at, and the add-in's version (both written to Källor och metod). */
  readonly generatedAt: string;
  readonly version: string;
  /** addsUp only: the allocations that add up (engine `allocate`), in row order. */
  readonly rounded?: RoundedAllocations;
  readonly layout: Layout;
}

export interface RoundedAllocations {
  readonly muniShare: Decimal[];
  readonly muniPerYear: Decimal[];
  readonly muniForPeriod: Decimal[];
  readonly inclRest: Decimal[];
  readonly shareOfCity: Decimal[];
  readonly shareOfCounty: Decimal[];
  readonly districtPerYear: Decimal[];
  readonly districtForPeriod: Decimal[];
}

/** A unit that pays for itself: a municipality other than the divided city, or one of its districts. */
export interface ProcuringUnit {
  readonly name: string;
  readonly code?: string;
  readonly kind: "municipality" | "district";
  /** Its index in lou.municipalities or lou.city.districts. */
  readonly index: number;
}

/** The figure of a defined name (a parameter of an agreement, or one derived on Parametrar). */
export function figure(ctx: Context, name: string): Decimal {
  const value = ctx.figures.get(name);
  if (value === undefined) throw new Error(`the plan has no figure ${name}`);
  return value;
}

/** `given` for a previous-amount input: the user imported it for this fill (see PlanInput.given). */
export function givenPrevious(ctx: Context, name: string): { given?: true } {
  return ctx.options.previousCostsGiven === true && ctx.previous.has(normalizeUnitName(name)) ? { given: true } : {};
}
