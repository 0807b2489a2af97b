import { say, type Bilingual, type Locale } from "../i18n";
import { CHECK_MESSAGES as M, localized, checkTables, unreadReferences, PARAMETER_LABEL, findingSheetRow, parameterValue, summaryLine, type CellGrid, type CellValue, type CheckOptions, type CheckReport, type DefinedName, type Finding, type Problem, type Severity } from "../check";
import { addressParts, areaAddress, cellAddress, columnLetter, qualifiedAddress, readArea } from "../formula";
import { EXCEL_MESSAGES } from "./messages";
import { excelApi } from "./requirements";
import type { ExcelRun } from "./run";
import { freeSheetName } from "./sheetNames";

/*
 * The checker in Excel (Office.js): read the selected range or named tables, run the check, colour
 * the finding cells and take the colours away again, write the report to a new sheet.
 *
 * It never writes a value into the checked table: highlighting changes only the fill of the finding
 * cells, after reading and remembering each one's fill. The remembered fills live in a very hidden
 * sheet of the workbook (HIGHLIGHT_STORE_SHEET), so "remove highlights" restores them exactly even
 * after the pane was closed or the workbook saved and reopened; removing deletes that sheet again.
 * A cell whose fill is a pattern (not none and not a solid colour) is left alone: the API cannot
 * set a pattern back exactly, so it is reported as skipped rather than changed.
 */

/** The check's choice of tables lists them with the same read as the Fill tab's (its home is workbookData.ts). */
export { listTableNames } from "./workbookData";

/** The very hidden sheet that remembers the fills highlighting replaced. */
export const HIGHLIGHT_STORE_SHEET = "Kostnadsdelning_markeringar";

/** Fill colours of the highlights by severity (Excel's "Bad", "Neutral" and a light blue). */
export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  rounding: "#DDEBF7",
};

/** Above this many cells a selection is taken to mean "the table on this sheet": its used range is read. */
const MAX_SELECTION_CELLS = 100_000;

const STORE_HEADER = ["sheet", "address", "pattern", "color", "highlight"] as const;

/** Where the checked cells came from. */
export type CheckSource = { readonly kind: "selection" } | { readonly kind: "tables"; readonly names: readonly string[] };

const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined ? null : typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : String(value);

/** Splits "Kommuner!A1:E28" / "'Bilaga 3'!B2:F29" into the sheet's name and the range's top-left cell, as a CellGrid has them. */
export function splitAddress(address: string): { sheet: string; anchor: string } {
  const { sheet, anchor } = addressParts(address);
  return { sheet, anchor: cellAddress(anchor.column, anchor.row) };
}

/** The grids of the source: the selected range, or each named table with its header (and totals row); with their formulas and the workbook's names. */
export function readGridsFromExcel(run: ExcelRun, source: CheckSource): Promise<CellGrid[]> {
  return run(async (context) => {
    const ranges: { range: Excel.Range; title?: string }[] = [];
    if (source.kind === "selection") {
      const selected = context.workbook.getSelectedRange();
      selected.load("cellCount");
      await context.sync();
      // Whole columns or rows selected: read what the sheet uses instead of a million empty cells.
      ranges.push({ range: selected.cellCount > MAX_SELECTION_CELLS ? selected.worksheet.getUsedRange(true) : selected });
    } else {
      for (const name of source.names) ranges.push({ range: context.workbook.tables.getItem(name).getRange(), title: name });
    }
    for (const { range } of ranges) range.load(["address", "values", "numberFormat", "formulas"]);
    const merges = ranges.map(({ range }) => mergedAreas(run, range));
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    const defined: DefinedName[] = names.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
    const grids = ranges.map(({ range, title }, index): CellGrid => {
      const merged = merges[index] && !merges[index]!.isNullObject ? merges[index]!.areas.items.map((area) => splitRange(area.address)) : [];
      return { ...gridOf(range), ...(title ? { title } : {}), ...(defined.length > 0 ? { names: defined } : {}), ...(merged.length > 0 ? { merged } : {}) };
    });
    return [...grids, ...(await readReferred(context, grids))];
  });
}

/** Steps of following formulas to cells outside what was read (a parameter sheet, and what its formulas refer to). */
const FOLLOW_STEPS = 4;

/**
 * The cells the grids' formulas refer to outside them, read as reference-only grids: a step reads
 * what the previous one's formulas lead to. Two syncs a step, whatever the number of ranges.
 */
async function readReferred(context: Excel.RequestContext, grids: readonly CellGrid[]): Promise<CellGrid[]> {
  const read: CellGrid[] = [];
  for (let step = 0; step < FOLLOW_STEPS; step++) {
    const wanted = unreadReferences([...grids, ...read]);
    if (wanted.length === 0) break;
    const sheets = new Map(wanted.map(({ sheet }) => [sheet, context.workbook.worksheets.getItemOrNullObject(sheet)]));
    await context.sync();
    const ranges = wanted.flatMap(({ sheet, range }) => {
      const worksheet = sheets.get(sheet)!;
      if (worksheet.isNullObject) return [];
      const loaded = worksheet.getRange(range);
      loaded.load(["address", "values", "numberFormat", "formulas"]);
      return [loaded];
    });
    if (ranges.length === 0) break;
    await context.sync();
    read.push(...ranges.map((range) => ({ ...gridOf(range), referenceOnly: true })));
  }
  return read;
}

/**
 * The merged areas of a range, to load: ExcelApi 1.13, asked of the host (requirements.ts), since
 * office.js from the CDN has the method whatever the host and a host without it fails the whole sync
 * (ApiNotFound). Without it, undefined: Excel gives a merged area's other cells as empty already, and
 * the report says merged cells could not be told (checkInExcel).
 */
function mergedAreas(run: ExcelRun, range: Excel.Range): Excel.RangeAreas | undefined {
  if (excelApi(run, "1.13")) {
    const areas = range.getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    return areas;
  }
  return undefined;
}

/** "Kommuner!$D$6:$E$6" → "D6:E6". */
function splitRange(address: string): string {
  const area = readArea(address.slice(address.lastIndexOf("!") + 1));
  return area ? areaAddress(area) : address;
}

/** A loaded range as a grid: values, number formats and formulas ("=…" only; a constant's cell has none). */
function gridOf(range: Excel.Range): CellGrid {
  const { sheet, anchor } = splitAddress(range.address);
  return {
    sheet,
    anchor,
    values: range.values.map((row) => row.map(cellValue)),
    numberFormats: (range.numberFormat as unknown[][]).map((row) => row.map((format) => (typeof format === "string" ? format : null))),
    formulas: (range.formulas as unknown[][]).map((row) => row.map((formula) => (typeof formula === "string" && formula.startsWith("=") ? formula : null))),
  };
}

/** Reads the source and checks it. */
export async function checkInExcel(run: ExcelRun, source: CheckSource, options: CheckOptions = {}): Promise<CheckReport> {
  const report = checkTables(await readGridsFromExcel(run, source), options);
  if (excelApi(run, "1.13")) return report;
  // Granska without merged-area detection says so: a merged range's other cells read as empty.
  const unread: Problem = { severity: "info", code: "mergedNotRead", message: localized(EXCEL_MESSAGES.mergedNotRead) };
  return { ...report, problems: [...report.problems, unread] };
}

/** Selects a finding's cell (activating its sheet), so the user sees it. */
export function selectCell(run: ExcelRun, sheet: string | undefined, address: string): Promise<void> {
  return run(async (context) => {
    const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/**
 * A text as Range.values must be given it to stay text: Excel reads "=…" as a formula and "001",
 * "1e3" or "TRUE" as a number or a boolean (a sheet named "001" would come back as 1). The
 * apostrophe prefix keeps any text as it is and is not part of the stored value.
 */
function asText(text: string): string {
  return `'${text}`;
}

interface StoredFill {
  sheet: string;
  address: string;
  pattern: string;
  color: string;
  highlight: string;
}

async function readStore(context: Excel.RequestContext): Promise<{ sheet: Excel.Worksheet | undefined; entries: StoredFill[] }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(HIGHLIGHT_STORE_SHEET);
  await context.sync();
  if (sheet.isNullObject) return { sheet: undefined, entries: [] };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return { sheet, entries: [] };
  const entries = used.values
    .slice(1)
    .filter((row) => row[0] !== "" && row[1] !== "")
    .map((row) => ({ sheet: String(row[0]), address: String(row[1]), pattern: String(row[2]), color: String(row[3]), highlight: String(row[4]) }));
  return { sheet, entries };
}

export interface HighlightResult {
  /** Cells coloured now. */
  readonly highlighted: number;
  /** Cells coloured before and still remembered (not read again, so their first fill is kept). */
  readonly alreadyHighlighted: number;
  /** Cells with a pattern fill, left alone. */
  readonly skipped: readonly string[];
}

/**
 * Colours every finding cell by its kind, after remembering its fill in the hidden store. Cells
 * highlighted earlier keep their first remembered fill (highlighting twice then removing restores
 * the original). Three syncs whatever the number of cells.
 */
export function highlightFindings(findings: readonly Finding[], run: ExcelRun): Promise<HighlightResult> {
  return run(async (context) => {
    const store = await readStore(context);
    const remembered = new Set(store.entries.map((entry) => `${entry.sheet}!${entry.address}`));
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const targets = new Map<string, { sheet: string; address: string; severity: Severity }>();
    const rank: Record<Severity, number> = { error: 3, warning: 2, rounding: 1 };
    for (const finding of findings) {
      const sheet = finding.sheet ?? active.name;
      const key = `${sheet}!${finding.address}`;
      const earlier = targets.get(key);
      if (!earlier || rank[finding.severity] > rank[earlier.severity]) targets.set(key, { sheet, address: finding.address, severity: finding.severity });
    }
    const reads = [...targets.values()].map((target) => {
      const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.address);
      range.format.fill.load(["color", "pattern"]);
      return { target, range };
    });
    await context.sync();

    const added: StoredFill[] = [];
    const skipped: string[] = [];
    let alreadyHighlighted = 0;
    for (const { target, range } of reads) {
      const key = `${target.sheet}!${target.address}`;
      const color = HIGHLIGHT_COLORS[target.severity];
      if (remembered.has(key)) {
        alreadyHighlighted++;
        range.format.fill.color = color;
        const entry = store.entries.find((candidate) => `${candidate.sheet}!${candidate.address}` === key)!;
        entry.highlight = color;
        continue;
      }
      const pattern = range.format.fill.pattern as string;
      if (pattern !== "None" && pattern !== "Solid") {
        skipped.push(qualifiedAddress(target.sheet, target.address));
        continue;
      }
      added.push({ sheet: target.sheet, address: target.address, pattern, color: range.format.fill.color, highlight: color });
      range.format.fill.color = color;
    }
    const entries = [...store.entries, ...added];
    if (entries.length > 0) {
      let sheet = store.sheet;
      if (!sheet) {
        sheet = context.workbook.worksheets.add(HIGHLIGHT_STORE_SHEET);
        sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
      }
      const rows = [[...STORE_HEADER] as string[], ...entries.map((entry) => [entry.sheet, entry.address, entry.pattern, entry.color, entry.highlight])];
      sheet.getRange(`A1:E${rows.length}`).values = rows.map((row) => row.map(asText));
    }
    await context.sync();
    return { highlighted: added.length + alreadyHighlighted, alreadyHighlighted, skipped };
  });
}

export interface RemoveResult {
  /** Cells whose fill was put back. */
  readonly restored: number;
  /** Cells whose fill the user changed after highlighting (left as the user made them), or whose sheet is gone. */
  readonly changedSince: readonly string[];
}

/**
 * Puts back exactly the fills highlighting replaced, in exactly those cells, and forgets them.
 * A cell whose fill is no longer the highlight (the user recoloured it since) is left as it is.
 */
export function removeHighlights(run: ExcelRun): Promise<RemoveResult> {
  return run(async (context) => {
    const store = await readStore(context);
    if (!store.sheet) return { restored: 0, changedSince: [] };
    const reads = store.entries.map((entry) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
      return { entry, worksheet };
    });
    await context.sync();
    // A sheet deleted or renamed since: nothing to restore there; named in the result.
    const gone = reads.filter(({ worksheet }) => worksheet.isNullObject).map(({ entry }) => qualifiedAddress(entry.sheet, entry.address));
    const ranges = reads
      .filter(({ worksheet }) => !worksheet.isNullObject)
      .map(({ entry, worksheet }) => {
        const range = worksheet.getRange(entry.address);
        range.format.fill.load(["color", "pattern"]);
        return { entry, range };
      });
    await context.sync();
    let restored = 0;
    const changedSince: string[] = [...gone];
    for (const { entry, range } of ranges) {
      const current = range.format.fill;
      if (current.pattern !== "Solid" || current.color.toUpperCase() !== entry.highlight.toUpperCase()) {
        changedSince.push(qualifiedAddress(entry.sheet, entry.address));
        continue;
      }
      if (entry.pattern === "None") current.clear();
      else current.color = entry.color;
      restored++;
    }
    store.sheet.visibility = "Visible" as Excel.SheetVisibility;
    store.sheet.delete();
    await context.sync();
    return { restored, changedSince };
  });
}

/** Whether highlights are remembered in the workbook (so "remove highlights" has work to do). */
export function hasHighlights(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const store = await readStore(context);
    return store.entries.length > 0;
  });
}

/** The report sheet's words in one language (src/check/messages/report.ts holds them side by side). */
function reportText(locale: Locale) {
  const t = (message: Bilingual) => say(message, locale);
  return {
    sheet: t(M.reportSheet),
    title: t(M.reportSheetTitle),
    parameters: t(M.reportParameters),
    parameter: t(M.reportParameter),
    value: t(M.reportValue),
    source: t(M.reportSource),
    how: t(M.reportHow),
    findings: t(M.reportFindings),
    headers: [M.reportKind, M.reportSheetColumn, M.reportCell, M.reportRow, M.reportColumn, M.reportStated, M.reportExact, M.reportDifference, M.reportRowsSum, M.reportDescription].map(t),
    problems: t(M.reportProblems),
    problemHeaders: [M.reportSeverity, M.reportSheetColumn, M.reportCell, M.reportDescription].map(t),
    none: t(M.reportNone),
    sources: { given: t(M.reportGiven), inferred: t(M.reportInferred), computed: t(M.reportComputed) },
    severity: { fatal: t(M.problemFatal), warning: t(M.problemWarning), info: t(M.problemInfo) },
  };
}

/**
 * Writes the report to a new sheet ("Granskning", or "Granskning (2)" when taken): never over an
 * existing sheet. Returns the new sheet's name. One block of values, two syncs.
 */
export function writeReportSheet(report: CheckReport, run: ExcelRun, locale: Locale = "sv"): Promise<string> {
  const text = reportText(locale);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeSheetName(text.sheet, sheets.items.map((sheet) => sheet.name));
    const width = text.headers.length;
    const rows: (string | number)[][] = [];
    const formats: (string | null)[][] = [];
    const pad = (row: (string | number)[]) => {
      rows.push([...row, ...Array(width - row.length).fill("")]);
      formats.push(Array(width).fill(null));
    };
    pad([text.title]);
    pad([summaryLine(report, locale)]);
    pad([]);
    pad([text.parameters]);
    pad([text.parameter, text.value, text.source, text.how]);
    // Each value written as the pane and the command write it (the rate with three decimals, not 0,589988…).
    for (const parameter of report.parameters) pad([PARAMETER_LABEL[parameter.key][locale], parameterValue(parameter, locale), text.sources[parameter.source], parameter.how[locale]]);
    pad([]);
    pad([`${text.findings} (${report.findings.length})`]);
    const findingsHeader = rows.length;
    pad([...text.headers]);
    if (report.findings.length === 0) pad([text.none]);
    // The report lists the findings as the check does: errors, warnings, rounding, each by kind.
    for (const finding of report.findings) {
      const row = findingSheetRow(finding, locale);
      rows.push(row.values);
      formats.push(row.formats);
    }
    if (report.problems.length > 0) {
      pad([]);
      pad([`${text.problems} (${report.problems.length})`]);
      pad([...text.problemHeaders]);
      for (const problem of report.problems) pad([text.severity[problem.severity], problem.sheet ?? "", problem.address ?? "", problem.message[locale]]);
    }
    const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? asText(cell) : cell)));
    const sheet = sheets.add(name);
    const lastColumn = columnLetter(width - 1);
    const block = sheet.getRange(`A1:${lastColumn}${safe.length}`);
    block.values = safe;
    // Stated, exact, difference and the rows' sum are numbers, so the columns sort; their formats show the unit.
    block.numberFormat = formats.map((row) => row.map((format) => format ?? "General"));
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange(`A${findingsHeader + 1}:${lastColumn}${findingsHeader + 1}`).format.font.bold = true;
    sheet.getRange("A5:D5").format.font.bold = true;
    sheet.activate();
    await context.sync();
    return name;
  });
}
