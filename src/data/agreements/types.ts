import type { Source } from "../sources";

/*
 * An agreement as data: its parameters (figures with defaults and sources) and its cost components,
 * each of one of four kinds. The plan (src/workbook) builds tables, summary columns, the parameter
 * cells and the sources sheet from these declarations alone, so another agreement of the same kinds
 * (the next period, another region's split) is a new declaration, not new code. Words the workbook
 * writes about a declaration are part of it, in Swedish and English.
 */

/** A text in both languages. */
export interface Words {
  readonly sv: string;
  readonly en: string;
}

/**
 * A figure of the agreement, given on Parametrar under its defined name and read like every other
 * figure through its declaration in src/params (unit, limits, plausible range, command-line flag).
 */
export interface AgreementParameter {
  /** The figure's declaration in src/params ("threshold", "supportBudget", …): at most once in a plan. */
  readonly key: string;
  /** The defined name of its cell on Parametrar ("Gransbelopp"): ASCII, unique in the workbook. */
  readonly name: string;
  /**
   * The agreement's value (a share as a fraction: 0.19) and where it is written. Both may be left
   * out only for the threshold of a capped population share: it then follows the table of
   * thresholds (src/data/thresholds.ts) at the agreement's first day.
   */
  readonly value?: number;
  readonly source?: Source;
  /** Its label on Parametrar and Källor och metod, and the explanation beside it. */
  readonly label: Words;
  readonly note: Words;
}

/** A figure the workbook derives from the parameters (a cell on Parametrar with a defined name). */
export interface DerivedFigure {
  readonly name: string;
  readonly label: Words;
  readonly note: Words;
}

/** The sheet a component's tables are on. */
export interface ComponentSheet {
  /** The sheet's key in the plan ("support"): ASCII, unique in the plan. */
  readonly key: string;
  /** The sheet's name in the workbook ("Support"), its title and the line under it. */
  readonly name: Words;
  readonly title: Words;
  readonly subtitle: Words;
  /** A line under the tables (the figures the agreement quotes). */
  readonly note?: Words;
}

/** What every component that gives each unit an amount says of itself. */
interface AmountWords {
  /** Its column on Årskostnad ("LOU-del 2020"). */
  readonly column: Words;
  /** Its name in a sentence, with the article ("supportdelen", "the support part"). */
  readonly part: Words;
  /** What the amount pays for, in the paragraph for the paper ("för support", "for support"). */
  readonly paragraph: Words;
  /** The source printed in the footer of its sheets ("överenskommelsen 2020, Ekonomisk modell punkt 2"). */
  readonly footer: Words;
}

/**
 * The 2020 LOU model (Bilaga 3): shared by population, no procuring unit paying more than the
 * threshold over the contract period, so the largest unit pays exactly the threshold. Its tables are
 * Kommuner and Stadsdelar; a plan holds at most one.
 */
export interface CappedPopulationShare extends AmountWords {
  readonly kind: "cappedPopulationShare";
  /** The names of the agreement's parameters it takes: the threshold (kronor) and the years. */
  readonly threshold: string;
  readonly years: string;
}

/** A budget per user: budget / all users × the unit's users (the 2020 support part). */
export interface PerUser extends AmountWords {
  readonly kind: "perUser";
  /** The names of the agreement's parameters: the budget (kronor) and all users (users). */
  readonly budget: string;
  readonly users: string;
  /** The cost per user and year, derived on Parametrar. */
  readonly perUser: DerivedFigure;
  readonly sheet: ComponentSheet;
  /** The Excel table's name (ASCII, unique in the workbook). */
  readonly table: string;
  /** The sentence of the method on Källor och metod. */
  readonly method: Words;
}

/**
 * An amount shared by population (the 2026–2030 municipal part): each municipality and district
 * pays amount × its population / the county's.
 */
export interface PopulationShare extends AmountWords {
  readonly kind: "populationShare";
  /** The name of the amount: a kronor parameter of the agreement, or a fixed percentage's municipal part. */
  readonly amount: string;
  readonly sheet: ComponentSheet;
  /** The Excel tables' names (ASCII, unique in the workbook). */
  readonly tables: { readonly municipalities: string; readonly districts: string };
}

/** A budget split by a fixed percentage between the Region and the municipalities (81/19). */
export interface FixedPercentage {
  readonly kind: "fixedPercentage";
  /** The names of the agreement's parameters: the budget (kronor) and the municipalities' share (percent). */
  readonly budget: string;
  readonly share: string;
  /** The municipalities' part and the Region's, derived on Parametrar. */
  readonly municipal: DerivedFigure;
  readonly region: DerivedFigure;
  /** What the budget pays for ("kostnaden för drift och förvaltning"). */
  readonly of: Words;
}

export type CostComponent = CappedPopulationShare | PerUser | PopulationShare | FixedPercentage;
export type ComponentKind = CostComponent["kind"];
/** The components that give each procuring unit an amount (a column on Årskostnad). */
export type AmountComponent = CappedPopulationShare | PerUser | PopulationShare;

export interface AgreementDeclaration {
  /** ASCII, unique among the agreements ("2020", "2026-2030"). */
  readonly id: string;
  /** The agreement as a heading ("Överenskommelsen 2020") and in a sentence ("överenskommelsen 2020"). */
  readonly title: Words;
  readonly name: Words;
  /** Its years, the same in both languages ("2026–2030"). */
  readonly short: string;
  /** How the footer of Parametrar cites it, when not by its name ("överenskommelsen 2020 (Bilaga 3)"). */
  readonly cite?: Words;
  /** The column of its total on Årskostnad, when it gives a unit more than one amount ("Totalt 2020"). */
  readonly total?: Words;
  /** The paper it is written in: the prefix of its file in docs/sources ("002") and its title. */
  readonly document: { readonly id: string; readonly title: string };
  /** The days it applies to (ISO dates; `to` left out while it is in force), and where that is written. */
  readonly period: { readonly from: string; readonly to?: string; readonly source?: Source };
  readonly parameters: readonly AgreementParameter[];
  readonly components: readonly CostComponent[];
}
