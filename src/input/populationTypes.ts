import type { CountyPopulation } from "../engine";
import type { Locale } from "../i18n";
import type { IssueOf } from "./issues";

/*
 * The population reader's types: what can be wrong (each issue's code), what a row is, and what the
 * reader returns besides the county (what it derived, the aggregates it checked, the rows of other
 * counties it left out, the date the data gave).
 */

export type UnitKind = "municipality" | "district" | "rest";

/** What a row of the table is: a unit, an aggregate (checked, never counted), or a municipality of another county (left out). */
export type RowKind = UnitKind | "aggregate" | "outside";

/** One row as the pane previews it. */
export interface ParsedRow {
  /** 1-based row number as in the file or sheet. */
  readonly row: number;
  readonly name: string;
  readonly kind: RowKind | null;
  readonly population: number | null;
  readonly code?: string;
  /** The file the row is in, when there are several. */
  readonly source?: string;
  /** False when any issue names this row. */
  readonly valid: boolean;
}

/** Stable codes of what can be wrong; callers may translate them, the messages are ready to show. */
export type PopulationIssueCode =
  | "missingColumn"
  | "duplicateColumn"
  | "noRows"
  /** More data rows than a county can have (MAX_DATA_ROWS): the only issue then. */
  | "tooManyRows"
  /** A row of a text file with more fields than its header: a figure split at the delimiter ("10,923"). */
  | "fieldsBeyondHeader"
  | "emptyName"
  /** A name that is nothing of the county's (with the nearest known name when one is close). */
  | "notInCounty"
  /** A code and a name of two different units ("0180" beside "Nykvarn"). */
  | "codeNotName"
  | "unknownType"
  /** A type that is not what the unit is ("Nacka", "stadsdel"). */
  | "wrongType"
  | "emptyPopulation"
  | "zeroPopulation"
  | "notANumber"
  /** "11.000", "11,000": a decimal mark or a thousands separator; the message says which was likely meant. */
  | "ambiguousNumber"
  /** "1e6". */
  | "scientificNotation"
  /** More than 15 significant digits, more than Excel keeps. */
  | "tooManyDigits"
  /** A unit that is not a number of people: "93 106 kr", "19 %". */
  | "wrongUnit"
  | "negative"
  | "notWholeNumber"
  /** More than the declaration's maximum (10 000 000, more than live in Sweden). */
  | "tooLarge"
  | "invalidCode"
  | "duplicateName"
  /** One unit in two tables with different figures. */
  | "unitInTwoTables"
  | "duplicateRest"
  | "districtsWithoutCity"
  | "restWithoutDistricts"
  | "cityTotalMismatch"
  /** An aggregate whose figure is not the sum of its units ("Totalt", "01 Stockholms län", "Söderort"). */
  | "aggregateMismatch"
  | "allZero"
  /** A date cell that is no date. */
  | "notADate"
  /** Date cells that differ: a population is of one date. */
  | "mixedDates"
  /** The data's date is not the population's date as given (--date, the pane's field), or another table's. */
  | "dateMismatch"
  /** Several years as columns and no date to choose one by. */
  | "severalYears"
  /** Several years as columns, none of them the date's. */
  | "yearNotInTable"
  /** A district of a layout that was not in force on the population's date. */
  | "districtNotInLayout"
  /** The last issue of a list cut at MAX_LISTED_ISSUES: "… och 130 fel till". */
  | "moreIssues";

export type PopulationIssue = IssueOf<PopulationIssueCode>;

/** Stockholm's total computed from the table, which has the districts and the rest post but no Stockholm row. */
export interface DerivedStockholm {
  /** The city's total: `districts` plus `rest`; the county's Stockholm row has it. */
  readonly population: number;
  /** The districts' inhabitants together. */
  readonly districts: number;
  /** The rest post. */
  readonly rest: number;
}

/** A rest post derived as Bilaga 3 defines it: Stockholm's total less its districts. */
export interface DerivedRest {
  readonly rest: number;
  readonly cityTotal: number;
  readonly districts: number;
}

/** A stated total and the sum of its parts that differ by no more than SCB's noise margin. */
export interface NoiseNote {
  readonly stated: number;
  readonly summed: number;
  readonly margin: number;
}

/** What the reader added to the table (say it in summaries: INPUT_MESSAGES.stockholmDerived). */
export interface PopulationDerivations {
  readonly stockholm?: DerivedStockholm;
  /** The rest post, when the table gave Stockholm's total and its districts but no rest row. */
  readonly rest?: DerivedRest;
  /** Stockholm's total differs from its parts within SCB's noise: what was stated and summed. */
  readonly noise?: NoiseNote;
}

/** An aggregate row and what it was held against. */
export interface AggregateCheck {
  /** As the table writes it, without its code ("Stockholms län", "Hela staden", "Totalt"). */
  readonly name: string;
  readonly population: number;
  /** Its row in its table (1-based as shown), and the table's file when there are several. */
  readonly row: number;
  readonly source?: string;
  /**
   * checked: it is the sum of `parts` units of the kind `of`; notChecked: the table lacks `missing`
   * of the units it sums; cityTotal: it is Stockholm's total (the city's statistics' "Hela staden"),
   * held against the city's other figures.
   */
  readonly status: "checked" | "notChecked" | "cityTotal";
  readonly of: "municipalities" | "countyMunicipalities" | "districts";
  readonly parts: number;
  readonly missing?: number;
}

/** The municipalities of other counties a table had (a national file), left out. */
export interface OutsideCount {
  readonly municipalities: number;
  /** Their names, in the table's order. */
  readonly names: readonly string[];
}

/** What was read besides the county, for the summaries. */
export interface PopulationReport {
  readonly aggregates: readonly AggregateCheck[];
  readonly outside: OutsideCount;
  /** Rows under the tables with no figure (notes, sources), not read. */
  readonly notes: number;
}

export type PopulationParseResult =
  | {
      readonly ok: true;
      readonly county: CountyPopulation;
      readonly rows: readonly ParsedRow[];
      /** Present when a figure of the county is not in the table but computed from it. */
      readonly derived?: PopulationDerivations;
      /** The population's date: as given, or as the data says it (`dateFromData`). */
      readonly date?: string;
      readonly dateFromData?: boolean;
      readonly report: PopulationReport;
    }
  | {
      readonly ok: false;
      /**
       * The issues in table and row order, at most MAX_LISTED_ISSUES of them followed, when there are
       * more, by one "moreIssues" issue saying how many were left out.
       */
      readonly issues: readonly PopulationIssue[];
      /** How many issues were found in all (the "moreIssues" line not counted). */
      readonly issueCount: number;
      readonly rows: readonly ParsedRow[];
    };

export interface PopulationRowsOptions {
  /** Language of the messages; Swedish by default. */
  readonly locale?: Locale;
  /** The address of a cell, by 0-based index into `rows` and into the row ("C5", "Blad1!C5"). */
  readonly cellAddress?: (rowIndex: number, columnIndex: number) => string;
  /**
   * The row number to show for `rows[rowIndex]` (1-based); by default rowIndex + 1. A range that
   * starts further down a sheet, or a CSV file with multi-line fields, passes its own.
   */
  readonly rowNumber?: (rowIndex: number) => number;
  /**
   * Stockholm's population given outside the table. Checked against the Stockholm row when there is
   * one; when there is none but there are districts, the city is added as a municipality with it.
   */
  readonly stockholmTotal?: number;
  /**
   * The figures are SCB's of reference year 2025 or later, to which SCB adds small controlled noise:
   * Stockholm's stated total may then differ from its districts plus rest post, and an aggregate from
   * its units, by up to `scbNoiseMargin` (src/input/populationCity.ts); the difference is a note.
   */
  readonly scbNoise?: boolean;
  /**
   * The population's date as the user gave it (ISO). The data's own date (a date column, a year in
   * the header) must agree with it; without it, the data's date is the population's. Districts must
   * be of the layout in force on it.
   */
  readonly date?: string;
  /** The delimiter of a text file: a row with more fields than its header is refused. */
  readonly delimiter?: string;
}
