import type { AgreementDeclaration, Words } from "../data";
import type { CheckParamKey, Figures } from "../params";
/*
 * The contract of table checking (issue 5): what goes in (grids of cell values with addresses) and
 * what comes out (a report of findings and problems). Plain data, no Office, no Node: the same core
 * runs in the CLI, in the task pane and in tests.
 */

/** One cell's value as Excel, ExcelJS or a CSV reader hands it over. */
export type CellValue = string | number | boolean | null;

/**
 * A rectangle of cells as read from a sheet or a file. `anchor` is the A1 address of values[0][0]
 * so every finding can name its cell ("B5"); `sheet` names the sheet (or the file for a CSV).
 */
export interface CellGrid {
  readonly sheet?: string;
  /** Top-left cell of `values`, "A1" when omitted. */
  readonly anchor?: string;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Number formats of the same cells where known (Excel/ExcelJS): a number under a format with "%"
   * is a fraction (0,0397 shown as 3,97 %).
   */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  /**
   * Formulas of the same cells where known (Excel's Range.formulas, an .xlsx file's formulas), en-US
   * A1 with the leading "=" ("=SUM(E5:E30)"); null for a cell without one. A grid without this field
   * (a CSV file) says nothing of formulas.
   */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
  /**
   * Cells (A1, on this grid's sheet) whose formula has no calculated value: a file saved by a program
   * that does not calculate. Their value in `values` is null.
   */
  readonly uncalculated?: readonly string[];
  /** Merged ranges on this grid's sheet ("D6:E6"); a merged range is read as its top-left cell. */
  readonly merged?: readonly string[];
  /**
   * Read only so that formulas elsewhere can be followed (a parameter sheet, the rest of a workbook
   * when one sheet is checked): no table is looked for in it.
   */
  readonly referenceOnly?: boolean;
  /** What the grid is called besides its sheet (an Excel table's name), as a hint of what it holds. */
  readonly title?: string;
  /** The workbook's defined names, so formulas that use them can be followed (the same on every grid of a workbook). */
  readonly names?: readonly DefinedName[];
  /**
   * The grids of this sheet that say so hold every used cell of the sheet (a sheet read as its blocks
   * of used cells, src/check/blocks.ts): a cell outside them is empty, not unknown.
   */
  readonly complete?: boolean;
  /** The sheet is hidden ("hidden": Format → Hide; "veryHidden": only code can show it again). */
  readonly visibility?: "hidden" | "veryHidden";
  /** Hidden rows of this grid's sheet, by row number (from 1). */
  readonly hiddenRows?: readonly number[];
  /** Hidden columns of this grid's sheet, by column index (from 0). */
  readonly hiddenColumns?: readonly number[];
  /**
   * Formulas whose saved value is not what recalculating the file gives (npm run check --recalculate):
   * their value in `values` is the recalculated one, the saved one is here.
   */
  readonly stale?: readonly { readonly address: string; readonly saved: CellValue }[];
}

/**
 * What is known of the workbook as a whole, besides its cells: what saved it, and how it was read.
 * The same for every grid of a workbook; a CSV file has none.
 */
export interface WorkbookFacts {
  /** The file, as messages name it ("fordelning.xlsx"). */
  readonly file?: string;
  /**
   * What saved the file, as its docProps/app.xml says (Application, AppVersion), and whether it asks
   * to be recalculated in full when opened (calcPr fullCalcOnLoad: what a program that calculates
   * nothing writes), and who saved it last (docProps/core.xml lastModifiedBy). Only a file has it;
   * Excel itself and a CSV file have none.
   */
  readonly producer?: { readonly application?: string; readonly version?: string; readonly recalculateOnOpen?: boolean; readonly lastModifiedBy?: string };
  /** The file was recalculated by this program before the check ("LibreOffice"): the values are its own. */
  readonly recalculatedBy?: string;
  /** Formulas without a saved value that recalculating gave one. */
  readonly valuesFilled?: number;
  /** The file could not be read as it is and was read as this program saved it again ("LibreOffice"). */
  readonly readThrough?: string;
  /** The other workbooks its formulas and names refer to, by number: externalBooks[0] is "[1]". */
  readonly externalBooks?: readonly string[];
  /** Excel calculates only when asked (the workbook's calculation mode is manual): its values may be old. */
  readonly manualCalculation?: boolean;
}

/** A defined name of the workbook: "Gransbelopp" → "=Parametrar!$B$6" (en-US A1). */
export interface DefinedName {
  readonly name: string;
  readonly formula: string;
  /** The sheet a sheet-level name belongs to; workbook-level names have none. */
  readonly sheet?: string;
}

/**
 * The tables the checker knows: Bilaga 3's LOU tables (municipalities, districts), the 2026–2030
 * split (the municipal part by population, per municipality and per district), the support
 * table (users × cost per user), and the add-in's Årskostnad (each unit's parts copied from those
 * tables, their total and the changes).
 */
export type TableKind = "municipalities" | "districts" | "municipalities2026" | "districts2026" | "support" | "annualCost";

/**
 * The columns of Bilaga 3. A municipality table's "Fördelning" is `shareOfCounty` (share of all
 * municipalities' population), as the district table's "Fördelning alla kommuner" is.
 */
export type ColumnKey =
  | "name"
  | "code"
  | "population"
  | "populationIncludingRest"
  | "shareOfCity"
  | "shareOfCounty"
  | "perYear"
  | "forPeriod"
  /** 2026–2030: the unit's part of the municipalities' share of the budget, per year. */
  | "cost2026"
  /** Support: the unit's users, the cost per user, the unit's cost per year. */
  | "users"
  | "costPerUser"
  | "supportCost"
  /** A previous yearly amount typed in (the add-in's "Kostnad före 2020/år"), and the change against it in kronor and percent. */
  | "previous"
  | "changePrevious"
  | "changePreviousPercent"
  /** Årskostnad: the 2020 agreement's LOU part, support part and total; the change from 2020 to 2026 in kronor and percent. */
  | "louPart"
  | "supportPart"
  | "total2020"
  | "change"
  | "changePercent";

export type Unit = "kr" | "persons" | "percent";

/**
 * How much a finding matters. error (fel): a wrong figure, or a formula defect; warning (varning): a
 * total that is neither the sum of its rows nor the exact total, beyond what rounding explains;
 * rounding (avrundning): within 1 kr, 1 person or 0,01 percentage point of the exact value (but not
 * the exact value rounded half away from zero), or a total off its rows by their rounding only.
 */
export type Severity = "error" | "warning" | "rounding";

/**
 * What a finding is about. figure: a row's figure against the exact one; total: a total row's figure
 * against its rows and the exact total; and the formula kinds (issue 10): totalRange (a total's SUM
 * range omits rows, takes in the total row or another table), constant (a typed number among
 * formulas), inconsistentFormula, literalParameter, textNumber, emptyReference.
 */
export type FindingKind =
  | "figure"
  | "total"
  /** A formula whose saved value is not what recalculating the file gives (--recalculate). */
  | "staleValue"
  /** An error value (#REF!, #DIV/0!) in a table or in a cell that feeds it, or in a formula's text. */
  | "errorValue"
  | "totalRange"
  | "constant"
  | "inconsistentFormula"
  | "literalParameter"
  | "textNumber"
  | "emptyReference"
  /** Cells whose formulas refer to each other round. */
  | "circularReference"
  /** A formula that refers to another workbook ("[1]Parametrar!$B$5"): not followed. */
  | "externalReference"
  /** A formula with a reference over a run of sheets ("Jan:Mar!B5"). */
  | "threeDReference";

export type FindingReason =
  /** A row cell further from the exact value than rounding explains. */
  | "notExact"
  /** A row cell within rounding of the exact value but not the exact value rounded. */
  | "rounded"
  /** A total cell that differs from the sum of the cells above it (as stated). */
  | "notSumOfRows"
  /** A total cell further from the exact total than rounding explains. */
  | "notExactTotal"
  /** A share column whose rows do not add up to 100 %. */
  | "sharesNotHundred"
  /** The municipality table's city row differs from the district table's total row. */
  | "differsFromDistrictTotal"
  /** A cell that should be empty (the rest row has no share of its own). */
  | "unexpectedValue"
  /** A total's SUM (or SUBTOTAL) range leaves out rows of the table. */
  | "omitsRows"
  /** A total's range takes in the total row itself. */
  | "includesTotal"
  /** A total's range takes in another table's cells. */
  | "includesOtherTable"
  /** A typed number in a column whose other rows are formulas. */
  | "constant"
  /** A formula unlike, in relative (R1C1) form, the rest of its column's. */
  | "inconsistentFormula"
  /** A formula with a parameter of the agreements written into it. */
  | "literalParameter"
  /** A number stored as text where a formula sums or divides it. */
  | "textNumber"
  /** A formula referring to an empty cell. */
  | "emptyReference"
  | "staleValue"
  | "errorValue"
  /** A figure of the paragraph for the committee paper under Årskostnad that differs from what it states. */
  | "paragraphFigure"
  /** Typed text where the paragraph's formula was. */
  | "paragraphTyped"
  | "circularReference"
  | "externalReference"
  | "threeDReference";

/** A text in both languages, as the report carries it: src/data's Words, the one type of every `{ sv, en }` of strings. */
export type LocalizedText = Words;

export interface Finding {
  /** The table the cell is in; none for a cell its formulas refer to outside the tables (a parameter sheet). */
  readonly table?: TableKind;
  readonly sheet?: string;
  /** A1 address of the cell, without the sheet ("E21"). */
  readonly address: string;
  /** The row's label as written in the table ("Upplands Väsby", "Totalt"). */
  readonly row: string;
  /** The column's header as written in the table ("Summa totalt"); "" outside a table. */
  readonly column: string;
  readonly columnKey?: ColumnKey;
  /** The unit of a figure (none for a formula finding about something other than a number). */
  readonly unit?: Unit;
  /** The cell as it is in the table ("214 958 kr", 214958, "3,97%"); a formula finding's formula ("=SUM(E5:E29)"). */
  readonly stated: CellValue;
  /** The stated figure as a number in the column's unit (percent as 3.97, not 0.0397). */
  readonly statedValue?: number;
  /** The exact figure in the same unit (null where the cell should be empty, and for a formula finding). */
  readonly expected: number | null;
  /** The exact figure to 40 significant digits (string, so nothing is lost). */
  readonly expectedExact?: string | null;
  /** What a formula finding expected there ("=SUM(E5:E30)", "a reference to Parametrar!B6"). */
  readonly expectedText?: LocalizedText;
  /** statedValue − expected (0 where expected is null). */
  readonly difference?: number;
  /** For a total cell: the sum of the stated cells above it. */
  readonly rowsSum?: number;
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly reasons: readonly FindingReason[];
  readonly message: LocalizedText;
}

/** The severities in the order the report lists them. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "rounding"];

/** The kinds in the order the report lists them within a severity. */
export const FINDING_KINDS: readonly FindingKind[] = [
  "figure",
  "total",
  "staleValue",
  "errorValue",
  "totalRange",
  "constant",
  "inconsistentFormula",
  "literalParameter",
  "textNumber",
  "emptyReference",
  "circularReference",
  "externalReference",
  "threeDReference",
];

export type ProblemSeverity = "fatal" | "warning" | "info";

export type ProblemCode =
  | "empty"
  | "noTable"
  | "duplicateTable"
  | "missingColumn"
  | "unknownColumn"
  | "unknownRow"
  | "wrongKindRow"
  /** A row whose code is another unit's ("Nykvarn" with 0180): read by its name. */
  | "codeNotName"
  /** A subtotal of the county's closed list (Västerort, another county): not a unit, not the table's total. */
  | "aggregateRow"
  | "duplicateRow"
  /** A total row with unit rows under it ("Summa" put in above Stockholm): the rows under it are read too. */
  | "totalInsideTable"
  /** Rows under a table's closing total that name units already in it (a second listing): not read. */
  | "rowsAfterTotal"
  | "declaredAnnualCost"
  | "unreadableCell"
  | "noRows"
  | "noTotalRow"
  | "missingCityRow"
  | "cannotInfer"
  | "parameterUnused"
  | "invalidParameter"
  /** Formulas without a calculated value (a file saved by a program that does not calculate). */
  | "notCalculated"
  /** A merged range over figure cells: read as its top-left cell. */
  | "mergedCells"
  /** A hidden or very hidden sheet; hidden rows or columns of a checked table. */
  | "hiddenSheet"
  | "hiddenCells"
  /** How the saved values were dealt with: trusted (a producer that does not calculate), recalculated, read through another program, Excel in manual calculation. */
  | "savedValues"
  /** A defined name that refers to another workbook. */
  | "externalName"
  /** A figure inferred from the table that is far from every known value of it (615,31 kr for 615 312 kr). */
  | "implausibleParameter"
  /** The host cannot tell merged cells (no ExcelApi 1.13): a merged range's other cells read as empty. */
  | "mergedNotRead";

/** Something that kept (part of) the table from being checked. */
export interface Problem {
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly sheet?: string;
  readonly address?: string;
  readonly row?: string;
  readonly column?: string;
  readonly message: LocalizedText;
}

export type ParameterKey =
  | "threshold"
  | "years"
  | "countyPopulation"
  | "cityPopulation"
  | "largestUnit"
  | "ratePerInhabitantForPeriod"
  | "ratePerInhabitantPerYear"
  /** The district layout the district table's names belong to (2007, 2020 or 2023). */
  | "districtLayout"
  /** 2026–2030: the municipalities' part of the budget, kr a year. */
  | "municipalPart2026"
  /** Support: the cost per user and year. */
  | "costPerUser";

/** given: by the user; inferred: from the table's stated figures; computed: from its populations. */
export type ParameterSource = "given" | "inferred" | "computed";

export interface ParameterReport {
  readonly key: ParameterKey;
  readonly value: number | string;
  readonly source: ParameterSource;
  /** How it was obtained, in words ("Södermalm's Summa totalt, the largest unit"). */
  readonly how: LocalizedText;
}

export interface TableColumnSummary {
  readonly key: ColumnKey;
  readonly header: string;
  readonly address: string;
}

export interface TableSummary {
  readonly kind: TableKind;
  /** False for a table of a kind already checked (the most complete one of each kind is checked). */
  readonly checked: boolean;
  readonly sheet?: string;
  /** Header row to last row ("A1:E28"). */
  readonly range: string;
  readonly columns: readonly TableColumnSummary[];
  readonly missingColumns: readonly ColumnKey[];
  readonly rows: number;
  readonly totalRow?: string;
  readonly restRow?: string;
  /** The period of the agreement whose declared table this is ("2031–2035"). */
  readonly agreement?: string;
}

/**
 * Options of a check: every parameter is inferred from the table unless given. The figures given are
 * keyed by their declaration in src/params (CHECK_PARAMETER_KEYS; a share as a fraction, 0.19): the
 * LOU model's threshold and years, the county's and the city's populations, the 2026–2030 budget and
 * municipal share (their product is the municipalities' part), the support budget and users (their
 * quotient is the cost per user).
 */
export interface CheckOptions {
  readonly figures?: Figures<CheckParamKey>;
}

/** What a check is given besides its grids and figures. */
export interface CheckInput {
  /** What is known of each workbook read (a CSV file or Excel itself: none). */
  readonly facts?: readonly WorkbookFacts[];
  /** The agreements whose table shapes and figures the check knows: the default ones unless given (--agreement FILE.json). */
  readonly agreements?: readonly AgreementDeclaration[];
}

/** ok: nothing found; rounding: only rounding findings; findings: errors, warnings or problems; unreadable: a fatal problem. */
export type CheckStatus = "ok" | "rounding" | "findings" | "unreadable";

export interface CheckReport {
  readonly status: CheckStatus;
  readonly tables: readonly TableSummary[];
  readonly parameters: readonly ParameterReport[];
  /** In order: errors, warnings, rounding; within each, by kind (FINDING_KINDS). */
  readonly findings: readonly Finding[];
  readonly problems: readonly Problem[];
  /** The checked tables hold no formula (or the input tells none, as a CSV file): only their figures are checked. */
  readonly valuesOnly: boolean;
  readonly counts: {
    readonly cellsChecked: number;
    /** Formulas looked at: the checked cells' and those they lead to. */
    readonly formulas: number;
    readonly error: number;
    readonly warning: number;
    readonly rounding: number;
  };
}
