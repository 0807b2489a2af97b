import type { AgreementDeclaration, CountyCompleteness, PreviousPeriod } from "../../data";
import type { CountyPopulation } from "../../engine";
import type { Locale } from "../../i18n";
import type { Figures } from "../../params";

/*
 * What a filled workbook contains, as plain data. Built from the engine and the data
 * (src/workbook/build*.ts), written by the writers (Office.js, .xlsx); it knows nothing of either.
 */

export type CellScalar = string | number | boolean | null;

/** How a cell looks; the writers map these to fonts, fills and borders. */
export type CellStyle = "title" | "subtitle" | "header" | "label" | "input" | "derived" | "total" | "note";

export interface PlanCell {
  /**
   * The literal value; for a formula cell, the value the engine computed for it (the .xlsx writer
   * stores it as the formula's cached result; tests compare a spreadsheet's recalculation with it):
   * a number, a text (a count such as "3 av 40 angivna", the paragraph for the paper), or null for a
   * formula that gives "" (a figure that cannot be given yet, shown as a blank cell).
   */
  readonly value: CellScalar;
  /**
   * A formula in en-US A1 syntax ("=B5*KrPerInvanareAr", "," as argument separator), as
   * Range.formulas and OOXML expect. Never an SVV custom function: the tables must work without
   * the add-in.
   */
  readonly formula?: string;
  /** An en-US number format code (Range.numberFormat), e.g. `#,##0 "kr"` or `0.00%`. */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A rectangle of cells whose top-left corner is `anchor` ("A1"); rows all have the same length. */
export interface PlanBlock {
  readonly anchor: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** An Excel table over cells that the sheet's blocks already hold. */
export interface PlanTable {
  /** Table name, unique in the workbook (e.g. "Kommuner"). */
  readonly name: string;
  /** The whole table: header row, data rows and, if `totalsRow`, the totals row last ("A4:E31"). */
  readonly range: string;
  /** True when the range's last row is the table's totals row. */
  readonly totalsRow: boolean;
}

/** A workbook-level defined name for a single cell of a sheet (parameters). */
export interface PlanName {
  readonly name: string;
  readonly sheetKey: SheetKey;
  /** Absolute A1 reference within the sheet ("$B$4"). */
  readonly cell: string;
  readonly comment?: string;
}

/** The sheets every plan may hold, whatever its agreements. */
export type BuiltInSheetKey = "parameters" | "municipalities" | "districts" | "sources" | "annualCost";

/**
 * A sheet's key: a built-in sheet's, or the key an agreement's component gives its own sheet
 * ("support" and "agreement2026" for the default agreements' part per user and part by population).
 */
export type SheetKey = BuiltInSheetKey | (string & {});

export interface PlanSheet {
  readonly key: SheetKey;
  /** The sheet's name in the plan's language ("Kommuner"); a writer may have to rename it. */
  readonly name: string;
  readonly blocks: readonly PlanBlock[];
  readonly tables: readonly PlanTable[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows to keep visible when scrolling (the header). */
  readonly freezeRows?: number;
  /**
   * The cells the user types into per unit (users on Support, previous costs on Kommuner,
   * Stadsdelar and Årskostnad), so that a writer replacing an older copy of the sheet can carry what
   * was typed over to the same units. Parameter cells are not listed: the pane sets them.
   */
  readonly inputs?: readonly PlanInput[];
  /** Long texts kept inside the printed width (titles, subtitles, notes, footnotes, quotes, the paragraph). */
  readonly wraps?: readonly PlanWrap[];
  /**
   * Heights in points of the rows that hold wrapped text (headers, notes, quotes): Excel does not fit
   * a row to text a writer puts in, nor ever to a merged cell, so the plan says how tall each is.
   * Rows not listed keep the default height.
   */
  readonly rowHeights?: readonly PlanRowHeight[];
  /** How the sheet prints; every sheet of a built plan has one. */
  readonly print?: PlanPrint;
}

/**
 * Wrapped text. With `merge`, the range is one row from column A across the sheet's printed columns
 * ("A2:L2"): the writer merges it, aligns it top left and wraps its text (held by the first cell; the
 * others are empty). Without, each cell of the range ("F4:F14", a column of a table) wraps inside
 * its own column, aligned to the top. Either way the row heights are in `rowHeights`.
 */
export interface PlanWrap {
  readonly range: string;
  readonly merge: boolean;
}

export interface PlanRowHeight {
  /** The row's number (from 1). */
  readonly row: number;
  /** Points (Excel's Range.rowHeight, OOXML's `ht`). */
  readonly height: number;
}

/**
 * A sheet's page setup, applied alike by both writers: Office.js `worksheet.pageLayout` (paperSize
 * "A4", orientation, zoom { horizontalFitToPages, verticalFitToPages }, setPrintTitleRows("$4:$4"),
 * headersFooters.defaultForAllPages) and ExcelJS `worksheet.pageSetup` (paperSize 9, orientation,
 * fitToPage, fitToWidth, fitToHeight, printTitlesRow "4:4") with `worksheet.headerFooter`.
 */
export interface PlanPrint {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Pages wide: always 1 (a table never splits sideways). */
  readonly fitToWidth: 1;
  /** Pages tall: 0 for as many as the rows need, 1 for a sheet that fits one page once scaled to its width. */
  readonly fitToHeight: 0 | 1;
  /** Rows repeated at the top of every printed page (the table's header row), as a row range "4:4". */
  readonly titleRows?: string;
  /**
   * The cells printed, from A1 ("A1:I54"), when not the whole sheet: helper rows below the paper's
   * text, and columns still blank, stay on screen only (Office.js PageLayout.setPrintArea, ExcelJS
   * pageSetup.printArea).
   */
  readonly printArea?: string;
  readonly header: PlanHeaderFooter;
  readonly footer: PlanHeaderFooter;
}

/**
 * One header or footer in Excel's header/footer codes, the same on every page: "&P" is the page
 * number, "&N" the number of pages, and a literal "&" is written "&&". Office.js takes each part as
 * leftHeader / centerHeader / rightHeader (…Footer); an .xlsx writer joins them into one string,
 * "&L" + left + "&C" + center + "&R" + right (oddHeader, oddFooter).
 */
export interface PlanHeaderFooter {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** What a per-unit input cell holds. */
export type PlanInputField = "users" | "previousCost";

/** One per-unit input cell of a sheet, and how to find its column and unit in an older copy of the sheet. */
export interface PlanInput {
  readonly field: PlanInputField;
  /** The unit of the row: its name and, for a municipality, its SCB code (districts have none). */
  readonly unit: { readonly name: string; readonly code?: string };
  /** The cell in the sheet ("H5"). */
  readonly cell: string;
  /** The header text of the input's column ("Användare"). */
  readonly header: string;
  /** Headers an older copy of the sheet may have for the same input ("Tidigare kostnad/år"): carried over like `header`. */
  readonly earlierHeaders?: readonly string[];
  /**
   * Headers of the same kind of input for another period ("Belopp före 2020/år" where this one is of
   * 2025): what was typed there is not comparable here, so replacing lists it as lost, never moves it.
   */
  readonly otherHeaders?: readonly string[];
  /** The header text of the column naming the units ("Kommun"), on the same header row. */
  readonly unitHeader: string;
  /** The header text of the units' code column, when the sheet has one ("Kommunkod"). */
  readonly codeHeader?: string;
  /**
   * The plan's value in this cell is the user's own for this fill (previous amounts imported now):
   * it wins over a value typed into the sheet being replaced, which is then listed as replaced.
   */
  readonly given?: true;
}

export type RoundingMode = "annex" | "addsUp";

export interface WorkbookPlan {
  readonly locale: Locale;
  readonly rounding: RoundingMode;
  readonly sheets: readonly PlanSheet[];
  readonly names: readonly PlanName[];
  /** When and with which version of the add-in the plan was made. */
  readonly generatedAt: string;
  readonly version: string;
}

/** Everything a plan is built from: the parameters of the agreements and the population. */
export interface PlanOptions {
  readonly locale: Locale;
  readonly rounding: RoundingMode;
  /**
   * The agreements the workbook is made for (src/data/agreements), in the order their columns come
   * on Årskostnad. Default: the 2020 agreement and the 2026–2030 one (DEFAULT_AGREEMENTS).
   */
  readonly agreements?: readonly AgreementDeclaration[];
  /**
   * The budget year chosen: the threshold of the LOU model is then the one in force on its first
   * day (src/data/thresholds.ts), with that source on Källor och metod, unless `threshold` is given.
   */
  readonly year?: number;
  /** Which sheets to include; "parameters" is always included, since the others refer to it. */
  readonly sheets: readonly SheetKey[];
  readonly county: CountyPopulation;
  /** ISO date of the population figures ("2018-12-31"). */
  readonly referenceDate: string;
  /**
   * The figures of the agreements, each by the key of its declaration in src/params (a share as a
   * fraction: `municipalShare` 0.19); a figure not given is the agreements' default (the threshold's
   * by `year`), and a figure no agreement of the plan has is not used.
   */
  readonly figures: Figures;
  /**
   * Optional: a previous yearly amount per unit name (the unit's whole amount of `previousPeriod`),
   * for the previous amounts on Årskostnad and, when it is from before the LOU model's agreement,
   * the change columns of Kommuner and Stadsdelar.
   */
  readonly previousCosts?: Readonly<Record<string, number>>;
  /**
   * The period the previous amounts are from (previousPeriod.ts): the change is computed against the
   * agreement that follows it directly. Default: the year before the last agreement starts (2025);
   * the embedded Farsta amount is from before 2020.
   */
  readonly previousPeriod?: PreviousPeriod;
  /** True when previousCosts are the user's own for this fill (imported in the pane or with --previous), not a default. */
  readonly previousCostsGiven?: boolean;
  /**
   * Optional: support users per procuring unit name (a municipality other than the divided city, or
   * a district), written into Support's input column; units not listed start empty.
   */
  readonly users?: Readonly<Record<string, number>>;
  /**
   * The unit whose figures the paragraph for the paper on Årskostnad gives (an input cell there):
   * a procuring unit's name. Default: Farsta for the embedded population, else the largest unit.
   */
  readonly paragraphUnit?: string;
  /**
   * Set when the user chose to fill a population that lacks units of the county: what it lacks,
   * said on Parametrar and Källor och metod so no one takes the tables for the whole county.
   */
  readonly partial?: Pick<CountyCompleteness, "missingMunicipalities" | "missingDistricts" | "noDistricts">;
  /** Stockholm's total was derived from its districts and rest post (the population had no Stockholm row). */
  readonly stockholmDerived?: boolean;
  readonly generatedAt?: Date;
  readonly version?: string;
}
