import { Decimal, type CountyPopulation, type PopulationUnit } from "../engine";
import { STOCKHOLM_NAME } from "../data";
import type { DetectedTable, TableCell, TableRow } from "./detect";
import { CHECK_MESSAGES as M, localized } from "./messages";
import { type Chosen, type Context, problemAt, rowName, ZERO } from "./context";
import { BOOK_MESSAGES as B } from "./book/messages";
import { COLUMN_UNIT } from "./columns";
import { isErrorValue } from "./parse";
import type { CheckOptions, ColumnKey, Finding } from "./types";

/*
 * The table's populations, the inputs of every figure: read (an unreadable one stops the check), the
 * city put together from its districts and rest post, and the county as the engine takes it.
 */

export interface Populations {
  /** Each municipality row's population, in row order (undefined where unreadable: the check stops then). */
  readonly muni: readonly (Decimal | undefined)[];
  readonly dist: readonly (Decimal | undefined)[];
  /** The rest row's population when the district table has one that says something. */
  readonly rest?: Decimal;
}

/** Reads every population; an unreadable or missing one is a fatal problem naming its cell. */
export function readPopulations({ muni, dist }: Chosen, context: Context): Populations {
  const populationOf = (table: DetectedTable, row: TableRow, required: boolean): Decimal | undefined => {
    const cell = row.cells.population;
    const value = cell?.parsed?.value;
    if (value !== undefined && !value.isNegative()) return value;
    if (!required && (!cell || cell.parsed === null) && !cell?.unreadable) return undefined;
    const text = cell && !cell.unreadable && value === undefined ? undefined : String(cell?.value ?? "");
    const column = table.columns.population?.header ?? "Invånare";
    const message = cell?.uncalculated ? localized(M.populationNotCalculated, row.label) : localized(M.populationUnreadable, row.label, text);
    context.problems.push(problemAt(cell ?? row, table, row, column, "fatal", cell?.uncalculated ? "notCalculated" : "unreadableCell", message));
    return undefined;
  };
  const muniPopulations = muni ? muni.rows.map((row) => populationOf(muni, row, true)) : [];
  const distPopulations = dist ? dist.rows.map((row) => populationOf(dist, row, true)) : [];
  const rest = dist?.rest ? populationOf(dist, dist.rest, false) : undefined;
  return { muni: muniPopulations, dist: distPopulations, ...(rest ? { rest } : {}) };
}

/**
 * A previous amount is the user's and may be given for some units only: a blank, a count of those
 * given ("1 av 14 angivna") or a change left blank is no figure to read (shapes/annualCost.ts checks
 * the changes where there are amounts).
 */
const OPTIONAL: readonly ColumnKey[] = ["previous", "changePrevious", "changePreviousPercent"];

/** Unreadable figures other than populations are reported and left unchecked; so are formulas without a calculated value, in one line. */
export function reportUnreadableCells({ used }: Chosen, context: Context): void {
  for (const table of used) {
    const uncalculated = [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])].flatMap((row) =>
      (Object.entries(row.cells) as [ColumnKey, TableCell][]).filter(([key, cell]) => !OPTIONAL.includes(key) && cell.uncalculated && cell.parsed === null).map(([, cell]) => cell),
    );
    if (uncalculated.length > 0) {
      const addresses = uncalculated.map((cell) => cell!.address);
      context.problems.push({
        severity: "warning",
        code: "notCalculated",
        ...(table.sheet ? { sheet: table.sheet } : {}),
        address: addresses[0],
        message: localized(M.notCalculated, addresses.length, addresses.slice(0, 3)),
      });
    }
    for (const row of [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])]) {
      for (const [key, cell] of Object.entries(row.cells) as [ColumnKey, TableCell][]) {
        if (key === "population" || OPTIONAL.includes(key) || !cell.unreadable) continue;
        const header = table.columns[key]!.header;
        if (isErrorValue(cell.value)) {
          context.findings.push(errorValueFinding(table, row, key, cell));
          continue;
        }
        const message = localized(M.cellNotANumber, `${row.label}, ${header}`, String(cell.value));
        context.problems.push(problemAt(cell, table, row, header, "warning", "unreadableCell", message));
      }
    }
  }
}

/** A figure cell showing an error value (#DIV/0!, #REF!): an error at its cell, not checked. */
function errorValueFinding(table: DetectedTable, row: TableRow, key: ColumnKey, cell: TableCell): Finding {
  const header = table.columns[key]!.header;
  return {
    table: table.kind,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    address: cell.address,
    row: row.label,
    column: header,
    columnKey: key,
    unit: COLUMN_UNIT[key],
    stated: cell.formula ?? cell.value,
    expected: null,
    severity: "error",
    kind: "errorValue",
    reasons: ["errorValue"],
    message: localized(B.errorValue, `${row.label}, ${header}`, String(cell.value)),
  };
}

export interface City {
  /** The city's row in the municipality table (-1 and undefined when there is none). */
  readonly rowIndex: number;
  readonly row?: TableRow;
  readonly name: string;
  /** The rest post: the rest row's, or the given city population minus the districts', or 0. */
  readonly rest: Decimal;
  /** Its districts plus the rest post, when there is a district table. */
  readonly population?: Decimal;
}

/** The city: its row in the municipality table, and its population from the district table's own figures. */
export function cityOf({ muni, dist, fig }: Chosen, populations: Populations, options: CheckOptions, context: Context): City {
  const rowIndex = muni ? muni.rows.findIndex((row) => row.knownAs === STOCKHOLM_NAME) : -1;
  const row = rowIndex >= 0 ? muni!.rows[rowIndex] : undefined;
  const name = row ? rowName(row) : STOCKHOLM_NAME;
  const city = { rowIndex, ...(row ? { row } : {}), name };
  if (!dist) return { ...city, rest: populations.rest ?? ZERO };

  let rest = populations.rest ?? ZERO;
  const given = options.figures?.cityPopulation;
  const districtsSum = populations.dist.reduce<Decimal>((sum, value) => sum.plus(value!), ZERO);
  if (!dist.rest) {
    const fromTotal = dist.total ? fig(dist, dist.total, "population") : undefined;
    const source = given ?? fromTotal;
    if (source && source.gt(districtsSum)) {
      rest = source.minus(districtsSum);
      context.parameters.push({
        key: "cityPopulation",
        value: source.toNumber(),
        source: given !== undefined ? "given" : "inferred",
        how: localized(M.restFromCityPopulation, rest),
      });
    }
  }
  const population = districtsSum.plus(rest);
  if (!context.parameters.some((parameter) => parameter.key === "cityPopulation")) {
    context.parameters.push({ key: "cityPopulation", value: population.toNumber(), source: "computed", how: localized(M.cityFromDistricts) });
  }
  if (given !== undefined && dist.rest && !population.eq(given)) {
    context.problems.push({ severity: "warning", code: "parameterUnused", message: localized(M.cityPopulationUnused, given.toNumber(), population) });
  }
  return { ...city, rest, population };
}

export interface County {
  readonly county: CountyPopulation;
  /**
   * A municipality table with the city's row but no district table: the largest unit is a district
   * nobody can see, so the cost per inhabitant is inferred instead of the threshold.
   */
  readonly cityDividedWithoutDistricts: boolean;
}

/** The county as the engine takes it, from the tables' populations. */
export function countyOf({ muni, dist }: Chosen, populations: Populations, city: City, context: Context): County {
  const districts = () => dist!.rows.map((row, index) => ({ name: rowName(row), population: populations.dist[index]! }));
  if (!muni) {
    return {
      county: { municipalities: [{ name: city.name, population: city.population! }], dividedCity: { name: city.name, districts: districts(), rest: city.rest } },
      cityDividedWithoutDistricts: false,
    };
  }
  const units: PopulationUnit[] = muni.rows.map((row, index) => ({
    name: rowName(row),
    ...(row.code ? { code: row.code } : {}),
    population: dist && index === city.rowIndex ? city.population! : populations.muni[index]!,
  }));
  if (dist && !city.row) {
    units.push({ name: STOCKHOLM_NAME, population: city.population! });
    context.problems.push({ severity: "warning", code: "missingCityRow", ...(muni.sheet ? { sheet: muni.sheet } : {}), address: muni.range, message: localized(M.missingCityRow) });
  }
  return {
    county: { municipalities: units, ...(dist ? { dividedCity: { name: city.name, districts: districts(), rest: city.rest } } : {}) },
    cityDividedWithoutDistricts: !dist && !!city.row,
  };
}
