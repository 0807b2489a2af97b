import { conventionOf } from "../i18n/numberText";
import { normalizeUnitName } from "../engine/county";
import { findEmbeddedUnit } from "../data/lookup";
import { COLUMN_UNIT, HeaderRole, TABLE_COLUMNS, columnTitle, headerRole, isTotalLabel } from "./columns";
import { cellText, isBlank, parseNumber, ParsedNumber } from "./parse";
import { addressParts, cellAddress } from "../workbook/a1";
import type { CellGrid, CellValue, ColumnKey, Problem, TableKind } from "./types";

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

function findHeaderRows(values: readonly (readonly CellValue[])[]): HeaderRow[] {
  const found: HeaderRow[] = [];
  values.forEach((cells, row) => {
    const roles = new Map<number, HeaderRole>();
    const unknown: number[] = [];
    cells.forEach((cell, column) => {
      const role = headerRole(cell);
      if (role) roles.set(column, role);
      else if (!isBlank(cell)) unknown.push(column);
    });
    const hasName = [...roles.values()].some((role) => NAME_ROLES.includes(role));
    const others = [...roles.values()].filter((role) => !NAME_ROLES.includes(role)).length;
    if (hasName && others >= 2) found.push({ row, roles, unknown });
  });
  return found;
}

function tableKindFromHeader(roles: Map<number, HeaderRole>): TableKind | undefined {
  const set = new Set(roles.values());
  if (set.has("districtName") || set.has("populationIncludingRest") || set.has("shareOfCity")) return "districts";
  if (set.has("municipalityName")) return "municipalities";
  return undefined;
}

const text = (sv: string, en: string) => ({ sv, en });

/** Every Bilaga 3 table in the grids, with the problems met while reading them. */
export function detectTables(grids: readonly CellGrid[]): Detection {
  const tables: DetectedTable[] = [];
  const problems: Problem[] = [];
  const nonEmpty = grids.filter((grid) => grid.values.some((row) => row.some((cell) => !isBlank(cell))));
  if (nonEmpty.length === 0) {
    problems.push({
      severity: "fatal",
      code: "empty",
      ...(grids[0]?.sheet ? { sheet: grids[0].sheet } : {}),
      message: text("Området är tomt: det finns ingen tabell att granska.", "The range is empty: there is no table to check."),
    });
    return { tables, problems };
  }
  for (const grid of nonEmpty) {
    const { anchor } = addressParts(grid.anchor ?? "A1");
    const sheet = grid.sheet;
    const at = (r: number, c: number) => cellAddress(anchor.column + c, anchor.row + r);
    const headers = findHeaderRows(grid.values);
    headers.forEach((header, headerIndex) => {
      const nextHeader = headers[headerIndex + 1]?.row ?? grid.values.length;
      const headerCells = grid.values[header.row];
      const firstColumn = headerCells.findIndex((cell) => !isBlank(cell));
      let kind = tableKindFromHeader(header.roles);
      const columns: Partial<Record<ColumnKey, TableColumn>> = {};
      const localProblems: Problem[] = [];
      const columnProblem = (column: number, sv: string, en: string) =>
        localProblems.push({
          severity: "info",
          code: "unknownColumn",
          ...(sheet ? { sheet } : {}),
          address: at(header.row, column),
          column: cellText(headerCells[column]),
          message: text(sv, en),
        });
      // findHeaderRows keeps only header rows with a name column.
      const nameColumn = [...header.roles.entries()].find(([, role]) => NAME_ROLES.includes(role))![0];
      // Rows first decide the kind when the header only says "Namn"/"Name".
      const bodyRows: number[] = [];
      for (let r = header.row + 1; r < nextHeader; r++) {
        const cells = grid.values[r] ?? [];
        const blank = cells.every((cell) => isBlank(cell));
        if (blank) {
          if (bodyRows.length > 0) break;
          continue;
        }
        bodyRows.push(r);
        if (isTotalLabel(cellText(cells[nameColumn]))) break;
      }
      if (!kind) {
        let municipalities = 0;
        let districts = 0;
        for (const r of bodyRows) {
          const unit = findEmbeddedUnit(cellText(grid.values[r][nameColumn]));
          if (unit?.kind === "municipality") municipalities++;
          if (unit?.kind === "district" || unit?.kind === "rest") districts++;
        }
        kind = districts > municipalities ? "districts" : "municipalities";
      }
      for (const [column, role] of header.roles) {
        let key: ColumnKey | undefined;
        if (NAME_ROLES.includes(role)) key = column === nameColumn ? "name" : undefined;
        else if (role === "shareAmbiguous") key = kind === "municipalities" ? "shareOfCounty" : undefined;
        else key = role as ColumnKey;
        if (key && kind === "municipalities" && (key === "populationIncludingRest" || key === "shareOfCity")) key = undefined;
        if (!key) {
          columnProblem(
            column,
            `Kolumnen "${cellText(headerCells[column])}" hör inte till en ${kind === "municipalities" ? "kommuntabell" : "stadsdelstabell"} eller är tvetydig; den granskas inte.`,
            `Column "${cellText(headerCells[column])}" does not belong to a ${kind === "municipalities" ? "municipality" : "district"} table or is ambiguous; it is not checked.`,
          );
          continue;
        }
        if (columns[key]) {
          columnProblem(
            column,
            `Kolumnen "${cellText(headerCells[column])}" förekommer två gånger (även ${columns[key]!.address}); den andra granskas inte.`,
            `Column "${cellText(headerCells[column])}" appears twice (also ${columns[key]!.address}); the second is not checked.`,
          );
          continue;
        }
        columns[key] = { key, header: cellText(headerCells[column]), address: at(header.row, column), index: column };
      }
      for (const column of header.unknown) {
        columnProblem(
          column,
          `Okänd kolumnrubrik "${cellText(headerCells[column])}"; kolumnen granskas inte.`,
          `Unknown column header "${cellText(headerCells[column])}"; the column is not checked.`,
        );
      }
      const missingColumns = TABLE_COLUMNS[kind].filter((key) => !columns[key]);
      for (const key of missingColumns) {
        const title = columnTitle(kind, key);
        const fatal = key === "population";
        localProblems.push({
          severity: fatal ? "fatal" : "warning",
          code: "missingColumn",
          ...(sheet ? { sheet } : {}),
          address: at(header.row, firstColumn),
          column: title.sv,
          message: fatal
            ? text(
                `Kolumnen "${title.sv}" saknas i tabellen med rubrikrad ${at(header.row, firstColumn)}: utan invånarantal kan inget räknas om.`,
                `Column "${title.en}" is missing from the table with header row ${at(header.row, firstColumn)}: without populations nothing can be recomputed.`,
              )
            : text(
                `Kolumnen "${title.sv}" saknas i tabellen med rubrikrad ${at(header.row, firstColumn)}; den granskas inte.`,
                `Column "${title.en}" is missing from the table with header row ${at(header.row, firstColumn)}; it is not checked.`,
              ),
        });
      }

      // "54,931" is read by the convention the table's other texts show (none: left unread, never guessed).
      const convention = conventionOf(bodyRows.flatMap((r) => (grid.values[r] ?? []).filter((value): value is string => typeof value === "string")));
      const rows: TableRow[] = [];
      let rest: TableRow | undefined;
      let total: TableRow | undefined;
      const seen = new Map<string, TableRow>();
      for (const r of bodyRows) {
        const cells = grid.values[r] ?? [];
        const formats = grid.numberFormats?.[r];
        const rowCells: Partial<Record<ColumnKey, TableCell>> = {};
        for (const column of Object.values(columns)) {
          if (!column || column.key === "name" || column.key === "code") continue;
          const value = cells[column.index] ?? null;
          const parsed = isBlank(value) ? null : parseNumber(value, COLUMN_UNIT[column.key], formats?.[column.index], convention);
          rowCells[column.key] = { value, address: at(r, column.index), parsed, unreadable: !isBlank(value) && parsed === null };
        }
        const codeCell = columns.code ? cells[columns.code.index] : null;
        const code = isBlank(codeCell ?? null) ? undefined : cellText(codeCell ?? null);
        const label = cellText(cells[nameColumn]) || code || "";
        const address = at(r, nameColumn);
        const rowProblem = (severity: Problem["severity"], code: Problem["code"], sv: string, en: string, cellAddress = address, column?: string) =>
          localProblems.push({ severity, code, ...(sheet ? { sheet } : {}), address: cellAddress, row: label, ...(column ? { column } : {}), message: text(sv, en) });

        if (isTotalLabel(label)) {
          total = { role: "total", label, key: normalizeUnitName(label), address, cells: rowCells };
          continue;
        }
        const embedded = (code ? findEmbeddedUnit(code) : undefined) ?? findEmbeddedUnit(label);
        if (embedded?.kind === "rest") {
          if (kind === "districts") {
            rest = { role: "rest", label, key: "rest", knownAs: embedded.name, address, cells: rowCells };
            continue;
          }
        }
        const hasNumbers = Object.values(rowCells).some((cell) => cell && !isBlank(cell.value));
        if (!hasNumbers) {
          rowProblem("info", "unknownRow", `Raden "${label}" har inga siffror och hoppas över.`, `Row "${label}" has no figures and is skipped.`);
          continue;
        }
        const expectedKind = kind === "municipalities" ? "municipality" : "district";
        const known = embedded && embedded.kind === expectedKind ? embedded : undefined;
        if (!known) {
          if (embedded) {
            rowProblem(
              "warning",
              "wrongKindRow",
              `Raden "${label}" är en ${embedded.kind === "municipality" ? "kommun" : "stadsdel"}, men står i en ${kind === "municipalities" ? "kommuntabell" : "stadsdelstabell"}; den räknas som en rad bland de andra.`,
              `Row "${label}" is a ${embedded.kind}, but stands in a ${kind === "municipalities" ? "municipality" : "district"} table; it is computed as one row among the others.`,
            );
          } else {
            rowProblem(
              "warning",
              "unknownRow",
              `Okänd rad "${label}": inte en ${kind === "municipalities" ? "kommun i Stockholms län" : "stadsdelsförvaltning i Stockholm"} (namnet gissas inte); raden räknas med sina egna invånare.`,
              `Unknown row "${label}": not a ${kind === "municipalities" ? "municipality of Stockholm county" : "district administration of Stockholm"} (the name is not guessed); the row is computed with its own population.`,
            );
          }
        }
        const key = known ? normalizeUnitName(known.name) : normalizeUnitName(label.replace(/\*+$/, ""));
        const row: TableRow = { role: "unit", label, key, ...(known ? { knownAs: known.name } : {}), ...(code ? { code } : {}), address, cells: rowCells };
        const earlier = seen.get(key);
        if (earlier) {
          rowProblem(
            "fatal",
            "duplicateRow",
            `"${label}" står två gånger (${earlier.address} och ${address}); tabellen kan inte räknas om.`,
            `"${label}" appears twice (${earlier.address} and ${address}); the table cannot be recomputed.`,
          );
          continue;
        }
        seen.set(key, row);
        rows.push(row);
      }
      if (rows.length === 0) {
        localProblems.push({
          severity: "fatal",
          code: "noRows",
          ...(sheet ? { sheet } : {}),
          address: at(header.row, nameColumn),
          message: text(
            `Tabellen med rubrikrad ${at(header.row, firstColumn)} har inga rader med ${kind === "municipalities" ? "kommuner" : "stadsdelar"}.`,
            `The table with header row ${at(header.row, firstColumn)} has no ${kind === "municipalities" ? "municipality" : "district"} rows.`,
          ),
        });
      }
      const lastColumn = Math.max(...headerCells.map((cell, index) => (isBlank(cell) ? 0 : index)));
      const lastRow = bodyRows.length > 0 ? bodyRows[bodyRows.length - 1] : header.row;
      tables.push({
        kind,
        ...(sheet ? { sheet } : {}),
        range: `${at(header.row, firstColumn)}:${at(lastRow, lastColumn)}`,
        columns,
        missingColumns,
        rows,
        ...(rest ? { rest } : {}),
        ...(total ? { total } : {}),
        problems: localProblems,
      });
    });
  }
  if (tables.length === 0) {
    problems.push({
      severity: "fatal",
      code: "noTable",
      ...(nonEmpty[0].sheet ? { sheet: nonEmpty[0].sheet } : {}),
      message: text(
        "Ingen tabell hittades: det behövs en rubrikrad med namnkolumn (Kommun eller Stadsdelsförvaltning) och minst två av Invånare, Fördelning, Summa/år, Summa totalt.",
        "No table found: a header row is needed with a name column (Municipality or District administration) and at least two of Inhabitants, Share, Per year, Total.",
      ),
    });
  }
  return { tables, problems };
}
