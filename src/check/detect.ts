import { conventionOf } from "../i18n";
import { normalizeUnitName } from "../engine";
import { DEFAULT_AGREEMENTS, recognizeUnit, type AgreementDeclaration, type UnitRecognition } from "../data";
import { declaredAnnualCost, declaredPopulationShare, titledLaterPeriod } from "./shapes/declared";
import { COLUMN_UNIT, HeaderRole, TABLE_COLUMNS, columnTitle, headerRole, isDistrict, isMunicipal, isTotalLabel } from "./columns";
import { CHECK_MESSAGES as M, localized } from "./messages";
import { cellText, isEmptyOrDash, parseNumber, ParsedNumber } from "./parse";
import { addressParts, cellAddress } from "../formula";
import type { CellGrid, CellValue, ColumnKey, LocalizedText, Problem, TableKind } from "./types";

/*
 * Finding Bilaga 3's tables in grids: header rows, columns, the unit rows, the rest row and the
 * total row. Nothing is computed here; whatever cannot be read becomes a Problem with its address.
 */

export interface TableCell {
  readonly value: CellValue;
  readonly address: string;
  readonly parsed: ParsedNumber | null;
  /** The cell holds something that is not a number (and not blank). */
  readonly unreadable: boolean;
  /** The cell's formula, where the grid tells ("=C5*KrPerInvanareAr"). */
  readonly formula?: string;
  /** A formula without a calculated value (the file was saved by a program that does not calculate). */
  readonly uncalculated?: boolean;
}

export interface TableColumn {
  readonly key: ColumnKey;
  readonly header: string;
  readonly address: string;
  /** 0-based column in the grid. */
  readonly index: number;
}

export type RowRole = "unit" | "rest" | "total";

export interface TableRow {
  readonly role: RowRole;
  readonly label: string;
  /** normalizeUnitName of the label, or of the embedded unit's name when the row was matched by name or code. */
  readonly key: string;
  /** The embedded unit's name when recognised (by name or SCB code). */
  readonly knownAs?: string;
  readonly code?: string;
  readonly address: string;
  readonly cells: Partial<Record<ColumnKey, TableCell>>;
}

export interface DetectedTable {
  readonly kind: TableKind;
  /** The agreement whose declared table this is (a population-share table on its declared sheet). */
  readonly agreement?: AgreementDeclaration;
  readonly sheet?: string;
  readonly range: string;
  readonly columns: Partial<Record<ColumnKey, TableColumn>>;
  readonly missingColumns: readonly ColumnKey[];
  readonly rows: readonly TableRow[];
  readonly rest?: TableRow;
  readonly total?: TableRow;
  /** What was met while reading this table (reported only if the table is the one checked). */
  readonly problems: readonly Problem[];
}

export interface Detection {
  readonly tables: DetectedTable[];
  /** Problems of the grids as a whole (empty, no table); each table carries its own. */
  readonly problems: Problem[];
}

const NAME_ROLES: readonly HeaderRole[] = ["municipalityName", "districtName", "unitName"];

interface HeaderRow {
  readonly row: number;
  readonly roles: Map<number, HeaderRole>;
  readonly unknown: number[];
}

/** What each text of the grids names as a header, read once per check: a sheet's texts repeat. */
type HeaderRoles = Map<string, HeaderRole | undefined>;

function findHeaderRows(values: readonly (readonly CellValue[])[], known: HeaderRoles): HeaderRow[] {
  const found: HeaderRow[] = [];
  const roleOf = (text: string) => {
    if (!known.has(text)) known.set(text, headerRole(text));
    return known.get(text);
  };
  values.forEach((cells, row) => {
    // A header names its name column and at least two others: a row with fewer texts is none.
    let texts = 0;
    for (const cell of cells) if (typeof cell === "string" && !isEmptyOrDash(cell)) texts++;
    if (texts < 3) return;
    const roles = new Map<number, HeaderRole>();
    const unknown: number[] = [];
    cells.forEach((cell, column) => {
      const role = typeof cell === "string" ? roleOf(cell) : undefined;
      if (role) roles.set(column, role);
      else if (!isEmptyOrDash(cell)) unknown.push(column);
    });
    const hasName = [...roles.values()].some((role) => NAME_ROLES.includes(role));
    const others = [...roles.values()].filter((role) => !NAME_ROLES.includes(role) && role !== "unitType" && role !== "exactCopy").length;
    if (hasName && others >= 2) found.push({ row, roles, unknown });
  });
  return found;
}

/** The rows of a grid that are a table's header (the checker's CSV reader holds the rows below each to it). */
export function headerRowIndexes(values: readonly (readonly CellValue[])[]): number[] {
  return findHeaderRows(values, new Map()).map((header) => header.row);
}

function tableKindFromHeader(roles: Map<number, HeaderRole>): TableKind | undefined {
  const set = new Set(roles.values());
  if (set.has("districtName") || set.has("populationIncludingRest") || set.has("shareOfCity")) return "districts";
  if (set.has("municipalityName")) return "municipalities";
  return undefined;
}

/**
 * What a table is: a support table has users; a population-share table (the 2026–2030 split, or any
 * agreement's declared one) has a cost column named for 2026, or a yearly cost and no period sum nor
 * city share on a sheet, Excel table or under a title an agreement declares for it, or that names a
 * later period than the LOU model's; otherwise one of Bilaga 3's, by its header or, when that only
 * says "Namn", by its rows.
 */
function kindOf(site: Site, header: HeaderRow, bodyRows: readonly number[], nameColumn: number): { kind: TableKind; agreement?: AgreementDeclaration } {
  const roles = new Set(header.roles.values());
  if (roles.has("louPart") || roles.has("supportPart") || roles.has("total2020")) return { kind: "annualCost" };
  if (roles.has("users")) return { kind: "support" };
  const lou = tableKindFromHeader(header.roles) ?? tableKindFromRows(site.grid.values, bodyRows, nameColumn);
  const titles = () => [site.grid.sheet, site.grid.title, ...site.grid.values.slice(Math.max(0, header.row - 8), header.row + 1).flat()];
  const yearly = roles.has("perYear") && !roles.has("forPeriod") && !roles.has("shareOfCity");
  const agreement = roles.has("cost2026") || yearly ? declaredPopulationShare(titles(), site.agreements) : undefined;
  if (!roles.has("cost2026") && !(yearly && (agreement || titledLaterPeriod(titles())))) return { kind: lou };
  return { kind: lou === "districts" ? "districts2026" : "municipalities2026", ...(agreement ? { agreement } : {}) };
}

/** Where a table is read: its sheet, the A1 address of a grid cell, and the problems met reading it. */
interface Site {
  readonly grid: CellGrid;
  /** The grid's formulas without a calculated value, by address. */
  readonly uncalculated: ReadonlySet<string>;
  readonly sheet?: string;
  readonly at: (r: number, c: number) => string;
  readonly problems: Problem[];
  /** The agreements of the check: the table shapes they declare. */
  readonly agreements: readonly AgreementDeclaration[];
}

/** Every Bilaga 3 table in the grids, with the problems met while reading them; the shapes of `agreements` (the default ones unless given). */
export function detectTables(grids: readonly CellGrid[], agreements: readonly AgreementDeclaration[] = DEFAULT_AGREEMENTS): Detection {
  const problems: Problem[] = [];
  const searched = grids.filter((grid) => !grid.referenceOnly);
  const nonEmpty = searched.filter((grid) => grid.values.some((row) => row.some((cell) => !isEmptyOrDash(cell))));
  if (nonEmpty.length === 0) {
    problems.push({ severity: "fatal", code: "empty", ...(searched[0]?.sheet ? { sheet: searched[0].sheet } : {}), message: localized(M.emptyRange) });
    return { tables: [], problems };
  }
  const known: HeaderRoles = new Map();
  const tables = nonEmpty.flatMap((grid) => tablesIn(grid, known, agreements, problems));
  if (tables.length === 0) {
    const sheets = [...new Set(searched.flatMap((grid) => (grid.sheet ? [grid.sheet] : [])))];
    problems.push({ severity: "fatal", code: "noTable", ...(nonEmpty[0].sheet ? { sheet: nonEmpty[0].sheet } : {}), message: localized(M.noTable, sheets) });
  }
  return { tables, problems };
}

/** The tables of one grid: one below each header row, down to the next. */
function tablesIn(grid: CellGrid, known: HeaderRoles, agreements: readonly AgreementDeclaration[], problems: Problem[]): DetectedTable[] {
  const { anchor } = addressParts(grid.anchor ?? "A1");
  const at = (r: number, c: number) => cellAddress(anchor.column + c, anchor.row + r);
  const headers = findHeaderRows(grid.values, known);
  const uncalculated = new Set(grid.uncalculated ?? []);
  return headers.flatMap((header, index) => {
    const roles = new Set(header.roles.values());
    const nextHeader = headers[index + 1]?.row ?? grid.values.length;
    // Årskostnad of an agreement declared as data (one column per component): known by the declaration
    // when it is given, else by its shape; never read as a population-share table it is not.
    const defaultShape = roles.has("louPart") || roles.has("supportPart") || roles.has("total2020") || roles.has("users");
    const declared = defaultShape ? undefined : declaredAnnualCost(grid.values[header.row], agreements);
    if (declared || (!defaultShape && undeclaredAnnualCost(grid.values, header, nextHeader))) {
      const address = at(header.row, grid.values[header.row].findIndex((cell) => !isEmptyOrDash(cell)));
      problems.push({ severity: "info", code: "declaredAnnualCost", ...(grid.sheet ? { sheet: grid.sheet } : {}), address, message: localized(M.declaredAnnualCost, address, declared?.name) });
      return [];
    }
    return [readTable({ grid, uncalculated, ...(grid.sheet ? { sheet: grid.sheet } : {}), at, problems: [], agreements }, header, nextHeader)];
  });
}

function readTable(site: Site, header: HeaderRow, nextHeader: number): DetectedTable {
  const { grid, sheet, at } = site;
  const headerCells = grid.values[header.row];
  const firstColumn = headerCells.findIndex((cell) => !isEmptyOrDash(cell));
  // findHeaderRows keeps only header rows with a name column.
  const nameColumn = [...header.roles.entries()].find(([, role]) => NAME_ROLES.includes(role))![0];
  const { rows: bodyRows, unread } = bodyRowsOf(grid.values, header.row, nextHeader, nameColumn);
  const { kind, agreement } = kindOf(site, header, bodyRows, nameColumn);
  const columns = readColumns(site, header, kind, nameColumn);
  const missingColumns = TABLE_COLUMNS[kind].filter((key) => !columns[key]);
  reportMissingColumns(site, missingColumns, kind, at(header.row, firstColumn));
  const { rows, rest, total } = readRows(site, columns, bodyRows, nameColumn, kind);
  if (total && unread.length > 0) {
    const range = `${at(unread[0], nameColumn)}:${at(unread[unread.length - 1], nameColumn)}`;
    site.problems.push({ severity: "info", code: "rowsAfterTotal", ...(sheet ? { sheet } : {}), address: range, message: localized(M.rowsAfterTotal, range, total.address) });
  }
  if (rows.length === 0) {
    site.problems.push({ severity: "fatal", code: "noRows", ...(sheet ? { sheet } : {}), address: at(header.row, nameColumn), message: localized(M.noRows, at(header.row, firstColumn), kind) });
  }
  const lastColumn = Math.max(...headerCells.map((cell, index) => (isEmptyOrDash(cell) ? 0 : index)));
  const lastRow = bodyRows.length > 0 ? bodyRows[bodyRows.length - 1] : header.row;
  return {
    kind,
    ...(agreement ? { agreement } : {}),
    ...(sheet ? { sheet } : {}),
    range: `${at(header.row, firstColumn)}:${at(lastRow, lastColumn)}`,
    columns,
    missingColumns,
    rows,
    ...(rest ? { rest } : {}),
    ...(total ? { total } : {}),
    problems: site.problems,
  };
}

/** The rows of a table below its header, and the rows after its total row that name a unit but are not read. */
interface BodyRows {
  readonly rows: number[];
  /** Rows right under the table's closing total row that name units already in the table (a second listing): not read. */
  readonly unread: number[];
}

/**
 * The rows below a header: from the first filled row to the next blank row or the next header. A
 * total row ends them, unless a unit not yet met in the table follows it before the next blank row:
 * then the total sits inside the table ("Summa" put in above Stockholm), and the rows go on, so no
 * unit under it goes unchecked. Rows under the closing total that name units already met are noted.
 */
function bodyRowsOf(values: CellGrid["values"], headerRow: number, nextHeader: number, nameColumn: number): BodyRows {
  const rows: number[] = [];
  const met = new Set<string>();
  const filled = (r: number) => r < nextHeader && !(values[r] ?? []).every((cell) => isEmptyOrDash(cell));
  for (let r = headerRow + 1; r < nextHeader; r++) {
    if (!filled(r)) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(r);
    const label = cellText(values[r][nameColumn]);
    const unit = unitNamed(label);
    if (unit) met.add(unit);
    if (!isTotalRow(label)) continue;
    let end = r + 1;
    while (filled(end)) end++;
    const after = Array.from({ length: end - r - 1 }, (_, index) => r + 1 + index);
    const units = after.filter((row) => unitNamed(cellText(values[row][nameColumn])) !== undefined);
    if (!units.some((row) => !met.has(unitNamed(cellText(values[row][nameColumn]))!))) return { rows, unread: units };
  }
  return { rows, unread: [] };
}

/** The unit of the county a row's label names (by name, code or a near miss asked about), normalised; undefined for anything else. */
function unitNamed(label: string): string | undefined {
  const unit = recognizeUnit(label);
  if (unit.kind === "conflict") return normalizeUnitName(unit.name);
  if (unit.kind === "unknown") return unit.suggestion === undefined ? undefined : normalizeUnitName(unit.suggestion);
  const known = knownUnit(unit);
  return known && normalizeUnitName(known.name);
}

/**
 * A total row: "Totalt", "Summa", "Kommunerna totalt" (columns.ts), or an aggregate of the county's
 * closed list that sums the table's units ("Stockholms län", "Riket", "Hela staden"): never a unit.
 */
function isTotalRow(label: string): boolean {
  if (isTotalLabel(label)) return true;
  const unit = recognizeUnit(label);
  return unit.kind === "aggregate" && ["total", "county", "nation", "city"].includes(unit.aggregate.kind);
}

/** A table whose header names no kind: the kind most of its rows' names are. */
/** How many of the rows name a municipality, and how many a district (or the rest post). */
function unitKindCounts(values: CellGrid["values"], bodyRows: readonly number[], nameColumn: number): { municipalities: number; districts: number } {
  let municipalities = 0;
  let districts = 0;
  for (const r of bodyRows) {
    const unit = knownUnit(recognizeUnit(cellText(values[r][nameColumn])));
    if (unit?.kind === "municipality") municipalities++;
    if (unit?.kind === "district" || unit?.kind === "rest") districts++;
  }
  return { municipalities, districts };
}

function tableKindFromRows(values: CellGrid["values"], bodyRows: readonly number[], nameColumn: number): TableKind {
  const { municipalities, districts } = unitKindCounts(values, bodyRows, nameColumn);
  return districts > municipalities ? "districts" : "municipalities";
}

/**
 * Årskostnad of an agreement declared as data, without its declaration: a "Typ" column over rows of
 * both kinds (municipalities and districts in one table, as no LOU or population-share table has them).
 */
function undeclaredAnnualCost(values: CellGrid["values"], header: HeaderRow, nextHeader: number): boolean {
  if (![...header.roles.values()].includes("unitType")) return false;
  const nameColumn = [...header.roles.entries()].find(([, role]) => NAME_ROLES.includes(role))![0];
  const { municipalities, districts } = unitKindCounts(values, bodyRowsOf(values, header.row, nextHeader, nameColumn).rows, nameColumn);
  return municipalities > 0 && districts > 0;
}

/**
 * A unit the county has had, as the population import recognises it (src/data/countyUnits.ts): a
 * municipality by SCB code, name or both ("0127 Botkyrka", "127"), a district of any of Stockholm's
 * layouts, or the rest post. A code beside a name of another unit is neither (a conflict).
 */
function knownUnit(unit: UnitRecognition): { readonly name: string; readonly kind: "municipality" | "district" | "rest" } | undefined {
  return unit.kind === "municipality" || unit.kind === "district" || unit.kind === "rest" ? { name: unit.name, kind: unit.kind } : undefined;
}

/** The header's columns by what they hold; a column that does not belong, or comes twice, is noted and left out. */
function readColumns(site: Site, header: HeaderRow, kind: TableKind, nameColumn: number): Partial<Record<ColumnKey, TableColumn>> {
  const headerCells = site.grid.values[header.row];
  const columns: Partial<Record<ColumnKey, TableColumn>> = {};
  const columnProblem = (column: number, message: LocalizedText) =>
    site.problems.push({
      severity: "info",
      code: "unknownColumn",
      ...(site.sheet ? { sheet: site.sheet } : {}),
      address: site.at(header.row, column),
      column: cellText(headerCells[column]),
      message,
    });
  // A change right of a previous amount's column is the change against it (the add-in's order).
  const previousAt = [...header.roles].find(([, role]) => role === "previous")?.[0];
  for (const [column, role] of header.roles) {
    if (role === "unitType" || role === "exactCopy") continue; // "Typ": what a unit is, said by its name already; an exact copy: its rounded column is checked
    const againstPrevious = previousAt !== undefined && column > previousAt;
    const key = columnKey(againstPrevious && role === "change" ? "changePrevious" : againstPrevious && role === "changePercent" ? "changePreviousPercent" : role, kind, column === nameColumn);
    const title = cellText(headerCells[column]);
    if (!key) {
      columnProblem(column, localized(M.columnNotInTable, title, kind));
    } else if (columns[key]) {
      columnProblem(column, localized(M.columnTwice, title, columns[key]!.address));
    } else {
      columns[key] = { key, header: title, address: site.at(header.row, column), index: column };
    }
  }
  for (const column of header.unknown) columnProblem(column, localized(M.unknownColumn, cellText(headerCells[column])));
  return columns;
}

/** The column a header role is in a table of this kind, or undefined when it does not belong there. */
function columnKey(role: HeaderRole, kind: TableKind, isNameColumn: boolean): ColumnKey | undefined {
  if (NAME_ROLES.includes(role)) return isNameColumn ? "name" : undefined;
  if (role === "code") return "code";
  if (role === "previous" || role === "changePrevious" || role === "changePreviousPercent") return kind === "municipalities" || kind === "districts" || kind === "annualCost" ? role : undefined;
  if (kind === "annualCost") return (["population", "louPart", "supportPart", "total2020", "cost2026", "change", "changePercent"] as const).find((key) => key === role);
  if (role === "louPart" || role === "supportPart" || role === "total2020" || role === "change" || role === "changePercent") return undefined;
  if (kind === "support") return role === "users" || role === "costPerUser" ? role : role === "perYear" || role === "supportCost" ? "supportCost" : undefined;
  if (kind === "municipalities2026" || kind === "districts2026") {
    if (role === "population" || (role === "populationIncludingRest" && kind === "districts2026")) return "population";
    if (role === "shareAmbiguous" || role === "shareOfCounty") return "shareOfCounty";
    return role === "perYear" || role === "cost2026" ? "cost2026" : undefined;
  }
  if (role === "shareAmbiguous") return kind === "municipalities" ? "shareOfCounty" : undefined;
  if (role === "users" || role === "costPerUser" || role === "supportCost" || role === "cost2026" || role === "unitType") return undefined;
  const key = role as ColumnKey;
  if (kind === "municipalities" && (key === "populationIncludingRest" || key === "shareOfCity")) return undefined;
  return key;
}

/**
 * A missing column is a warning (it is not checked), a missing population column fatal. A LOU table
 * with no amount column at all holds populations and shares (as the Kommuner and Stadsdelar sheets of
 * an agreement without the LOU model do): a note, once, that there are no amounts to check.
 */
function reportMissingColumns(site: Site, missingColumns: readonly ColumnKey[], kind: TableKind, headerRow: string): void {
  const sharesOnly = (kind === "municipalities" || kind === "districts") && missingColumns.includes("perYear") && missingColumns.includes("forPeriod");
  if (sharesOnly) site.problems.push({ severity: "info", code: "missingColumn", ...(site.sheet ? { sheet: site.sheet } : {}), address: headerRow, message: localized(M.sharesOnly, headerRow) });
  for (const key of missingColumns) {
    if (sharesOnly && (key === "perYear" || key === "forPeriod")) continue;
    const title = columnTitle(kind, key);
    const fatal = key === "population" || key === "users";
    site.problems.push({
      severity: fatal ? "fatal" : "warning",
      code: "missingColumn",
      ...(site.sheet ? { sheet: site.sheet } : {}),
      address: headerRow,
      column: title.sv,
      message: fatal ? localized(M.populationColumnMissing, title, headerRow) : localized(M.columnMissing, title, headerRow),
    });
  }
}

interface Rows {
  readonly rows: TableRow[];
  rest?: TableRow;
  total?: TableRow;
}

/** The unit rows, the rest row and the total row, each cell read as a number in its column's unit. */
function readRows(site: Site, columns: Partial<Record<ColumnKey, TableColumn>>, bodyRows: readonly number[], nameColumn: number, kind: TableKind): Rows {
  const { grid, at } = site;
  // "54,931" is read by the convention the table's other texts show (none: left unread, never guessed).
  const convention = conventionOf(bodyRows.flatMap((r) => (grid.values[r] ?? []).filter((value): value is string => typeof value === "string")));
  const found: Rows = { rows: [] };
  const seen = new Map<string, TableRow>();
  const totals: { total: TableRow; last: boolean }[] = [];
  for (const r of bodyRows) {
    const cells = grid.values[r] ?? [];
    const formats = grid.numberFormats?.[r];
    const rowCells: Partial<Record<ColumnKey, TableCell>> = {};
    for (const column of Object.values(columns)) {
      if (!column || column.key === "name" || column.key === "code") continue;
      const value = cells[column.index] ?? null;
      const parsed = isEmptyOrDash(value) ? null : parseNumber(value, COLUMN_UNIT[column.key], formats?.[column.index], convention);
      const address = at(r, column.index);
      const formula = grid.formulas?.[r]?.[column.index] ?? undefined;
      rowCells[column.key] = {
        value,
        address,
        parsed,
        unreadable: !isEmptyOrDash(value) && parsed === null,
        ...(formula ? { formula } : {}),
        ...(site.uncalculated.has(address) ? { uncalculated: true } : {}),
      };
    }
    const codeCell = columns.code ? cells[columns.code.index] : null;
    const code = isEmptyOrDash(codeCell ?? null) ? undefined : cellText(codeCell ?? null);
    const label = cellText(cells[nameColumn]) || code || "";
    const address = at(r, nameColumn);
    if (isTotalRow(label)) {
      totals.push({ total: { role: "total", label, key: normalizeUnitName(label), address, cells: rowCells }, last: r === bodyRows[bodyRows.length - 1] });
      continue;
    }
    const row = unitRow(site, { label, address, cells: rowCells, ...(code ? { code } : {}) }, kind);
    if (row?.role === "rest") {
      found.rest = row;
    } else if (row) {
      const earlier = seen.get(row.key);
      if (earlier) {
        rowProblem(site, "fatal", "duplicateRow", row, localized(M.duplicateRow, label, earlier.address, address));
        continue;
      }
      seen.set(row.key, row);
      found.rows.push(row);
    }
  }
  // The last total row is the table's; one with unit rows under it sits inside the table, and is said to.
  found.total = totals[totals.length - 1]?.total;
  for (const { total, last } of totals) {
    if (!last) rowProblem(site, "warning", "totalInsideTable", total, localized(M.totalInsideTable, total.label, total.address, total === found.total));
  }
  return found;
}

function rowProblem(site: Site, severity: Problem["severity"], code: Problem["code"], row: { label: string; address: string }, message: LocalizedText): void {
  site.problems.push({ severity, code, ...(site.sheet ? { sheet: site.sheet } : {}), address: row.address, row: row.label, message });
}

/**
 * A row that is not the total: the rest post of a district table, or a unit recognised by its SCB
 * code or name (an unknown or wrong-kind one is noted and computed with its own figures), or
 * undefined for a row without figures.
 */
function unitRow(site: Site, read: { label: string; address: string; cells: TableRow["cells"]; code?: string }, kind: TableKind): TableRow | undefined {
  const { label, address, cells, code } = read;
  const recognized = recognizeUnit(label === code ? "" : label, code);
  // A code and a name of two units ("Nykvarn", 0180): the row is what its name says, and the code is wrong.
  if (recognized.kind === "conflict") rowProblem(site, "warning", "codeNotName", read, localized(M.codeNotNameRow, label, recognized.code, recognized.codeName));
  const embedded = knownUnit(recognized.kind === "conflict" ? recognizeUnit(label) : recognized);
  if (recognized.kind === "aggregate") {
    rowProblem(site, "info", "aggregateRow", read, localized(M.aggregateRow, label));
    return undefined;
  }
  if (embedded?.kind === "rest" && isDistrict(kind)) return { role: "rest", label, key: "rest", knownAs: embedded.name, address, cells };
  const hasNumbers = Object.values(cells).some((cell) => cell && (!isEmptyOrDash(cell.value) || cell.formula !== undefined));
  if (!hasNumbers) {
    rowProblem(site, "info", "unknownRow", read, localized(M.rowWithoutFigures, label));
    return undefined;
  }
  const fits = (unit: NonNullable<typeof embedded>) => (kind === "support" || kind === "annualCost" ? unit.kind !== "rest" : unit.kind === (isMunicipal(kind) ? "municipality" : "district"));
  const known = embedded && fits(embedded) ? embedded : undefined;
  if (!known && embedded) rowProblem(site, "warning", "wrongKindRow", read, localized(M.wrongKindRow, label, embedded.kind, kind));
  // The closed list says why: another county's municipality, or a near miss asked about, never matched.
  const otherCounty = recognized.kind === "outside" ? recognized.county.name : undefined;
  const meant = recognized.kind === "unknown" ? recognized.suggestion : undefined;
  if (!known && !embedded) rowProblem(site, "warning", "unknownRow", read, localized(M.unknownRow, label, kind, otherCounty, meant));
  const key = known ? normalizeUnitName(known.name) : normalizeUnitName(label.replace(/\*+$/, ""));
  return { role: "unit", label, key, ...(known ? { knownAs: known.name } : {}), ...(code ? { code } : {}), address, cells };
}
