import { Decimal } from "../engine/decimal";
import { louAllocation, CountyPopulation, LouAllocation, PopulationUnit } from "../engine/county";
import { populationShare } from "../engine/lou";
import { isRuleInputError } from "../engine/errors";
import { STOCKHOLM_NAME } from "../data/population2018";
import { COLUMN_UNIT } from "./columns";
import { detectTables, DetectedTable, TableCell, TableRow } from "./detect";
import { consensus, Interval, median, wholeNumberIn } from "./infer";
import { formatDifference, formatFigure } from "./format";
import type {
  CellGrid,
  CheckOptions,
  CheckReport,
  ColumnKey,
  Finding,
  FindingKind,
  FindingReason,
  LocalizedText,
  ParameterReport,
  Problem,
  ProblemCode,
  TableSummary,
} from "./types";

/*
 * Checking Bilaga 3 tables (issue 5). Every figure is recomputed with the engine (louAllocation)
 * from the table's own populations; parameters not given are inferred from the table's figures.
 * A cell equal to the exact value rounded half away from zero is right; within 1 kr, 1 person or
 * 0,01 percentage point it is a rounding finding; further off an error. Total rows are held both to
 * the sum of their rows and to the exact total.
 */

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);
const TOLERANCE = { kr: ONE, persons: ONE, percent: new Decimal("0.01") } as const;

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

type Verdict = "fine" | "rounding" | "error";

/** Compares a stated figure with the exact one at the precision it is written with. */
function verdict(stated: Decimal, exact: Decimal, unit: keyof typeof TOLERANCE): Verdict {
  const decimals = unit === "percent" ? 2 : stated.isInteger() ? 0 : 2;
  const round = (value: Decimal) => value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (round(stated).eq(round(exact))) return "fine";
  return stated.minus(exact).abs().lte(TOLERANCE[unit]) ? "rounding" : "error";
}

/** Two stated figures agree at the precision they are written with (a total against its rows' sum). */
function sameAsStated(stated: Decimal, sum: Decimal, unit: keyof typeof TOLERANCE, allWhole: boolean): boolean {
  const decimals = unit === "percent" ? 2 : allWhole ? 0 : 2;
  return stated.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(sum.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

interface Context {
  readonly findings: Finding[];
  readonly problems: Problem[];
  cellsChecked: number;
}

/** A cell's figure in its column's unit: percentages in percent (3.97), whatever way they were written. */
function figure(table: DetectedTable, key: ColumnKey, cell: TableCell | undefined, percentScale: PercentScales): Decimal | undefined {
  if (!cell || !cell.parsed) return undefined;
  if (COLUMN_UNIT[key] !== "percent") return cell.parsed.value;
  if (cell.parsed.percentSign && !cell.parsed.numeric) return cell.parsed.value;
  if (cell.parsed.percentSign && cell.parsed.numeric) return cell.parsed.value.times(HUNDRED);
  return percentScale.get(table)?.get(key) ? cell.parsed.value.times(HUNDRED) : cell.parsed.value;
}

/** Per table (not per range: two sheets may hold tables at the same range), per share column. */
type PercentScales = Map<DetectedTable, Map<ColumnKey, boolean>>;

/**
 * Whether a share column's bare numbers are fractions (0,0397) rather than percent (3,97): they are
 * when none of its cells, total row included, exceeds 1 and the column's total is at most 1.
 */
function percentScales(tables: readonly DetectedTable[]): PercentScales {
  const scales: PercentScales = new Map();
  for (const table of tables) {
    const maxima = new Map<ColumnKey, Decimal>();
    for (const key of ["shareOfCity", "shareOfCounty"] as const) {
      const cells = [...table.rows, ...(table.total ? [table.total] : [])]
        .map((row) => row.cells[key])
        .filter((cell): cell is TableCell => !!cell?.parsed && !cell.parsed.percentSign);
      if (cells.length === 0) continue;
      maxima.set(key, cells.map((cell) => cell.parsed!.value).reduce((a, b) => (a.gt(b) ? a : b)));
    }
    // A table writes its shares one way: if one share column is plainly in percent (a value over 1),
    // small shares in the other (a district table's county shares all under 1 %) are percent too.
    const anyPercent = [...maxima.values()].some((max) => max.gt(ONE));
    scales.set(table, new Map([...maxima].map(([key, max]) => [key, !anyPercent && max.lte(ONE)])));
  }
  return scales;
}

function summary(table: DetectedTable, checked: boolean): TableSummary {
  return {
    kind: table.kind,
    checked,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    range: table.range,
    columns: Object.values(table.columns).map((column) => ({ key: column!.key, header: column!.header, address: column!.address })),
    missingColumns: table.missingColumns,
    rows: table.rows.length,
    ...(table.total ? { totalRow: table.total.address } : {}),
    ...(table.rest ? { restRow: table.rest.address } : {}),
  };
}

function problemAt(cell: { address: string }, table: DetectedTable, row: TableRow, column: string, severity: Problem["severity"], code: Problem["code"], message: LocalizedText): Problem {
  return { severity, code, ...(table.sheet ? { sheet: table.sheet } : {}), address: cell.address, row: row.label, column, message };
}

/** The report's status from what was found. */
function statusOf(findings: readonly Finding[], problems: readonly Problem[]): CheckReport["status"] {
  if (problems.some((problem) => problem.severity === "fatal")) return "unreadable";
  if (findings.some((finding) => finding.kind !== "rounding") || problems.some((problem) => problem.severity === "warning")) return "findings";
  return findings.length > 0 ? "rounding" : "ok";
}

function report(tables: readonly DetectedTable[], parameters: ParameterReport[], context: Context, checked: readonly (DetectedTable | undefined)[] = []): CheckReport {
  const count = (kind: FindingKind) => context.findings.filter((finding) => finding.kind === kind).length;
  return {
    status: statusOf(context.findings, context.problems),
    tables: tables.map((table) => summary(table, checked.includes(table))),
    parameters,
    findings: context.findings,
    problems: context.problems,
    counts: { cellsChecked: context.cellsChecked, rounding: count("rounding"), error: count("error"), total: count("total") },
  };
}

function rowName(row: TableRow): string {
  return row.knownAs ?? row.label.replace(/\*+$/, "").trim();
}

/**
 * Checks one or two Bilaga 3 tables (a municipality table, a district table, or both, in any of the
 * grids) and reports every figure that does not hold.
 *
 * Parameters not given in `options` are inferred: years from Summa totalt / Summa per år (median
 * over the rows), the threshold from the largest unit's Summa totalt (the value most rows agree
 * with), the county population from the municipality table or else from the district table's
 * "Fördelning alla kommuner", the city population from the district table (its districts plus the
 * rest post). A municipality table alone cannot give the threshold (its largest unit is a district
 * of the city): the rate per inhabitant is then inferred from its rows.
 */
export function checkTables(grids: readonly CellGrid[], options: CheckOptions = {}): CheckReport {
  const detection = detectTables(grids);
  const context: Context = { findings: [], problems: [...detection.problems], cellsChecked: 0 };
  const parameters: ParameterReport[] = [];
  // One table of each kind is checked: the most complete (most of the annex's columns, readable
  // populations), the first on a tie. A workbook's other tables that look alike are only named.
  const completeness = (table: DetectedTable) =>
    (table.problems.some((problem) => problem.severity === "fatal") ? 0 : 100) + Object.keys(table.columns).length * 10 - table.missingColumns.length;
  const best = (kind: DetectedTable["kind"]) =>
    detection.tables.filter((table) => table.kind === kind).reduce<DetectedTable | undefined>((chosen, table) => (!chosen || completeness(table) > completeness(chosen) ? table : chosen), undefined);
  const municipalityTables = detection.tables.filter((table) => table.kind === "municipalities");
  const districtTables = detection.tables.filter((table) => table.kind === "districts");
  const chosenMunicipalities = best("municipalities");
  const chosenDistricts = best("districts");
  for (const table of [chosenMunicipalities, chosenDistricts]) if (table) context.problems.push(...table.problems);
  for (const extra of [...municipalityTables, ...districtTables].filter((table) => table !== chosenMunicipalities && table !== chosenDistricts)) {
    context.problems.push({
      severity: "info",
      code: "duplicateTable",
      ...(extra.sheet ? { sheet: extra.sheet } : {}),
      address: extra.range,
      message: t(
        `Ytterligare en ${extra.kind === "municipalities" ? "kommuntabell" : "stadsdelstabell"} (${extra.range}) granskas inte; den mest fullständiga granskas. Markera den andra för sig för att granska den.`,
        `Another ${extra.kind === "municipalities" ? "municipality" : "district"} table (${extra.range}) is not checked; the most complete one is. Select the other on its own to check it.`,
      ),
    });
  }
  const muni = chosenMunicipalities;
  const dist = chosenDistricts;
  const used = [muni, dist].filter((table): table is DetectedTable => !!table);
  if (context.problems.some((problem) => problem.severity === "fatal") || used.length === 0) return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);

  for (const [key, value] of Object.entries(options) as [keyof CheckOptions, number | undefined][]) {
    if (value === undefined) continue;
    const ok = Number.isFinite(value) && value > 0 && (key !== "years" || Number.isInteger(value));
    if (!ok) {
      context.problems.push({
        severity: "fatal",
        code: "invalidParameter",
        message: t(`Parametern ${key} = ${value} går inte att använda (ett positivt tal krävs${key === "years" ? ", helt antal år" : ""}).`, `Parameter ${key} = ${value} cannot be used (a positive number is required${key === "years" ? ", whole years" : ""}).`),
      });
    }
  }
  if (context.problems.some((problem) => problem.severity === "fatal")) return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);

  const scales = percentScales(used);
  const fig = (table: DetectedTable, row: TableRow, key: ColumnKey) => figure(table, key, row.cells[key], scales);

  // Populations: the inputs. An unreadable one stops the check, with its cell named.
  const populationOf = (table: DetectedTable, row: TableRow, required: boolean): Decimal | undefined => {
    const cell = row.cells.population;
    const value = cell?.parsed?.value;
    if (value !== undefined && !value.isNegative()) return value;
    if (!required && (!cell || cell.parsed === null) && !cell?.unreadable) return undefined;
    context.problems.push(
      problemAt(cell ?? row, table, row, table.columns.population?.header ?? "Invånare", "fatal", "unreadableCell",
        t(
          `${row.label}: invånarantalet ${cell && !cell.unreadable && value === undefined ? "saknas" : `"${String(cell?.value ?? "")}" går inte att läsa som ett tal ≥ 0`}; tabellen kan inte räknas om.`,
          `${row.label}: the population ${cell && !cell.unreadable && value === undefined ? "is missing" : `"${String(cell?.value ?? "")}" cannot be read as a number ≥ 0`}; the table cannot be recomputed.`,
        ),
      ),
    );
    return undefined;
  };
  const muniPops = muni ? muni.rows.map((row) => populationOf(muni, row, true)) : [];
  const distPops = dist ? dist.rows.map((row) => populationOf(dist, row, true)) : [];
  const restStated = dist?.rest ? populationOf(dist, dist.rest, false) : undefined;
  if (context.problems.some((problem) => problem.severity === "fatal")) return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);

  // Unreadable figures elsewhere are reported and left unchecked.
  for (const table of used) {
    for (const row of [...table.rows, ...(table.rest ? [table.rest] : []), ...(table.total ? [table.total] : [])]) {
      for (const [key, cell] of Object.entries(row.cells) as [ColumnKey, TableCell][]) {
        if (key === "population" || !cell.unreadable) continue;
        context.problems.push(
          problemAt(cell, table, row, table.columns[key]!.header, "warning", "unreadableCell",
            t(`${row.label}, ${table.columns[key]!.header}: "${String(cell.value)}" är inget tal; cellen granskas inte.`, `${row.label}, ${table.columns[key]!.header}: "${String(cell.value)}" is not a number; the cell is not checked.`),
          ),
        );
      }
    }
  }

  const cityRowIndex = muni ? muni.rows.findIndex((row) => row.knownAs === STOCKHOLM_NAME) : -1;
  const cityRow = cityRowIndex >= 0 ? muni!.rows[cityRowIndex] : undefined;
  const cityName = cityRow ? rowName(cityRow) : STOCKHOLM_NAME;

  // The city's population: its districts plus the rest post, the district table's own figures.
  let rest = restStated ?? ZERO;
  let cityPopulation: Decimal | undefined;
  if (dist) {
    const districtsSum = distPops.reduce<Decimal>((sum, value) => sum.plus(value!), ZERO);
    if (!dist.rest) {
      const fromTotal = dist.total ? fig(dist, dist.total, "population") : undefined;
      const source = options.cityPopulation !== undefined ? new Decimal(options.cityPopulation) : fromTotal;
      if (source && source.gt(districtsSum)) {
        rest = source.minus(districtsSum);
        parameters.push({
          key: "cityPopulation",
          value: source.toNumber(),
          source: options.cityPopulation !== undefined ? "given" : "inferred",
          how: t(`Ingen restrad i stadsdelstabellen: resten (${formatFigure(rest, "persons", "sv")}) är stadens invånare minus stadsdelarnas.`, `No rest row in the district table: the rest (${formatFigure(rest, "persons", "en")}) is the city's population minus the districts'.`),
        });
      }
    }
    cityPopulation = districtsSum.plus(rest);
    if (!parameters.some((parameter) => parameter.key === "cityPopulation")) {
      parameters.push({
        key: "cityPopulation",
        value: cityPopulation.toNumber(),
        source: "computed",
        how: t("Stadsdelarnas invånare plus restposten, ur stadsdelstabellen.", "The districts' inhabitants plus the rest post, from the district table."),
      });
    }
    if (options.cityPopulation !== undefined && dist.rest && !cityPopulation.eq(options.cityPopulation)) {
      context.problems.push({
        severity: "warning",
        code: "parameterUnused",
        message: t(
          `Angivet invånarantal för staden (${formatFigure(options.cityPopulation, "persons", "sv")}) används inte: stadsdelstabellen ger ${formatFigure(cityPopulation, "persons", "sv")}.`,
          `The given city population (${formatFigure(options.cityPopulation, "persons", "en")}) is not used: the district table gives ${formatFigure(cityPopulation, "persons", "en")}.`,
        ),
      });
    }
  }

  // The county as the engine takes it.
  let county: CountyPopulation;
  let cityDividedWithoutDistricts = false;
  if (muni) {
    const units: PopulationUnit[] = muni.rows.map((row, index) => ({
      name: rowName(row),
      ...(row.code ? { code: row.code } : {}),
      population: dist && index === cityRowIndex ? cityPopulation! : muniPops[index]!,
    }));
    if (dist && !cityRow) {
      units.push({ name: STOCKHOLM_NAME, population: cityPopulation! });
      context.problems.push({
        severity: "warning",
        code: "missingCityRow",
        ...(muni.sheet ? { sheet: muni.sheet } : {}),
        address: muni.range,
        message: t(
          "Kommuntabellen har ingen rad för Stockholm; staden räknas med stadsdelstabellens invånare.",
          "The municipality table has no row for Stockholm; the city is counted with the district table's population.",
        ),
      });
    }
    cityDividedWithoutDistricts = !dist && !!cityRow;
    county = {
      municipalities: units,
      ...(dist ? { dividedCity: { name: cityName, districts: dist.rows.map((row, index) => ({ name: rowName(row), population: distPops[index]! })), rest } } : {}),
    };
  } else {
    county = {
      municipalities: [{ name: cityName, population: cityPopulation! }],
      dividedCity: { name: cityName, districts: dist!.rows.map((row, index) => ({ name: rowName(row), population: distPops[index]! })), rest },
    };
  }

  /** The engine refused the table's figures: a fatal problem quoting its message. */
  const cannotRecompute = (code: ProblemCode, error: unknown) =>
    context.problems.push({
      severity: "fatal",
      code,
      message: t(`Tabellen kan inte räknas om: ${isRuleInputError(error) ? error.message : String(error)}`, `The table cannot be recomputed: ${isRuleInputError(error) ? error.message : String(error)}`),
    });
  let preliminary: LouAllocation;
  try {
    preliminary = louAllocation(county, { threshold: 1, years: 1 });
  } catch (error) {
    cannotRecompute("unreadableCell", error);
    return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);
  }

  // Every unit row with its exact-to-be population (the engine's), for inference.
  interface Unit {
    table: DetectedTable;
    row: TableRow;
    population: Decimal;
    procuring: boolean;
  }
  const units: Unit[] = [];
  muni?.rows.forEach((row, index) => units.push({ table: muni, row, population: preliminary.municipalities[index].population, procuring: preliminary.municipalities[index].procuring }));
  dist?.rows.forEach((row, index) => units.push({ table: dist, row, population: preliminary.city!.districts[index].populationIncludingRest, procuring: true }));

  // Years: the period over the per-year cost, row by row; the median outvotes a wrong cell.
  let years: Decimal | undefined;
  if (options.years !== undefined) {
    years = new Decimal(options.years);
    parameters.push({ key: "years", value: options.years, source: "given", how: t("Angivet.", "Given.") });
  } else {
    const ratios = units
      .map((unit) => [fig(unit.table, unit.row, "forPeriod"), fig(unit.table, unit.row, "perYear")] as const)
      .filter(([period, perYear]) => period && perYear && perYear.gt(0) && period.gt(0))
      .map(([period, perYear]) => period!.div(perYear!));
    const inferred = ratios.length > 0 ? median(ratios).toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : undefined;
    if (inferred && inferred.gte(1)) {
      years = inferred;
      parameters.push({
        key: "years",
        value: inferred.toNumber(),
        source: "inferred",
        how: t(`Summa totalt / Summa per år, median över ${ratios.length} rader.`, `Total for the period / per year, median over ${ratios.length} rows.`),
      });
    } else if (used.some((table) => table.columns.perYear)) {
      context.problems.push({
        severity: "warning",
        code: "cannotInfer",
        message: t("Avtalsperiodens längd (år) kan inte härledas ur tabellen; ange den (--years). Summa per år granskas inte.", "The contract period (years) cannot be inferred from the table; give it (--years). Per-year figures are not checked."),
      });
    }
  }

  // The threshold: what the largest unit pays for the period. Every row's cost allows it within an
  // interval (its rounding tolerance scaled by largest/own population); most rows decide.
  const largest = preliminary.largestUnit;
  const largestUnit = units.find((unit) => unit.procuring && unit.population.eq(largest.population) && rowName(unit.row) === largest.name);
  let threshold: Decimal | undefined;
  const thresholdGiven = options.threshold !== undefined && !cityDividedWithoutDistricts;
  if (options.threshold !== undefined && cityDividedWithoutDistricts) {
    context.problems.push({
      severity: "info",
      code: "parameterUnused",
      message: t(
        "Det angivna gränsbeloppet används inte: den största upphandlande enheten är en stadsdel, och stadsdelstabellen saknas. Kostnaden per invånare härleds i stället ur tabellen.",
        "The given threshold is not used: the largest procuring unit is a district, and the district table is missing. The cost per inhabitant is inferred from the table instead.",
      ),
    });
  }
  if (thresholdGiven) {
    threshold = new Decimal(options.threshold!);
    parameters.push({ key: "threshold", value: options.threshold!, source: "given", how: t("Angivet.", "Given.") });
  } else {
    const intervals: Interval[] = [];
    for (const unit of units) {
      if (!unit.procuring && !cityDividedWithoutDistricts) continue;
      if (unit.population.isZero()) continue;
      const scale = largest.population.div(unit.population);
      const period = fig(unit.table, unit.row, "forPeriod");
      if (period) intervals.push({ lo: period.minus(ONE).times(scale), hi: period.plus(ONE).times(scale) });
      const perYear = fig(unit.table, unit.row, "perYear");
      if (perYear && years) intervals.push({ lo: perYear.minus(ONE).times(years).times(scale), hi: perYear.plus(ONE).times(years).times(scale) });
    }
    const stretch = consensus(intervals);
    if (stretch) {
      const largestStated = largestUnit ? fig(largestUnit.table, largestUnit.row, "forPeriod") : undefined;
      if (cityDividedWithoutDistricts) {
        threshold = stretch.lo.plus(stretch.hi).div(2);
      } else if (largestStated && largestStated.gte(stretch.lo) && largestStated.lte(stretch.hi)) {
        threshold = largestStated;
      } else {
        threshold = wholeNumberIn(stretch);
      }
      if (cityDividedWithoutDistricts) {
        const rate = threshold.div(largest.population);
        parameters.push({
          key: "ratePerInhabitantForPeriod",
          value: rate.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber(),
          source: "inferred",
          how: t(
            `Ur tabellens rader (${stretch.count} av ${stretch.of} belopp stämmer med den). Gränsbeloppet kan inte härledas utan stadsdelstabellen, eftersom den största enheten är en stadsdel.`,
            `From the table's rows (${stretch.count} of ${stretch.of} amounts agree with it). The threshold cannot be inferred without the district table, since the largest unit is a district.`,
          ),
        });
      } else {
        const fromLargest = largestStated && threshold.eq(largestStated);
        parameters.push({
          key: "threshold",
          value: threshold.toNumber(),
          source: "inferred",
          how: fromLargest
            ? t(
                `${largest.name}s Summa totalt: den största enheten betalar gränsbeloppet (${stretch.count} av ${stretch.of} belopp stämmer med det).`,
                `${largest.name}'s total for the period: the largest unit pays the threshold (${stretch.count} of ${stretch.of} amounts agree with it).`,
              )
            : t(
                `Det belopp som flest rader stämmer med (${stretch.count} av ${stretch.of}), omräknat till den största enheten ${largest.name}.`,
                `The amount most rows agree with (${stretch.count} of ${stretch.of}), scaled to the largest unit ${largest.name}.`,
              ),
        });
      }
    } else if (used.some((table) => table.columns.perYear || table.columns.forPeriod)) {
      context.problems.push({
        severity: "warning",
        code: "cannotInfer",
        message: t("Gränsbeloppet kan inte härledas ur tabellen (inga belopp); ange det (--threshold). Beloppen granskas inte.", "The threshold cannot be inferred from the table (no amounts); give it (--threshold). The amounts are not checked."),
      });
    }
  }

  let allocation: LouAllocation;
  try {
    allocation = louAllocation(county, { threshold: threshold ?? ZERO, years: years ?? ONE });
  } catch (error) {
    cannotRecompute("invalidParameter", error);
    return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);
  }
  const amountsKnown = threshold !== undefined;
  const perYearKnown = amountsKnown && years !== undefined;

  parameters.push({
    key: "largestUnit",
    value: largest.name,
    source: "computed",
    how: cityDividedWithoutDistricts
      ? t(
          `Största raden i tabellen, ${formatFigure(largest.population, "persons", "sv")} invånare (stadsdelstabellen saknas, så den verkligt största enheten är okänd).`,
          `The largest row of the table, ${formatFigure(largest.population, "persons", "en")} inhabitants (the district table is missing, so the truly largest unit is unknown).`,
        )
      : t(
          `Största upphandlande enhet, ${formatFigure(largest.population, "persons", "sv")} invånare${largest.kind === "district" ? " inkl rest" : ""}.`,
          `Largest procuring unit, ${formatFigure(largest.population, "persons", "en")} inhabitants${largest.kind === "district" ? " incl. rest" : ""}.`,
        ),
  });
  if (amountsKnown) {
    parameters.push({
      key: "ratePerInhabitantPerYear",
      value: allocation.ratePerInhabitantPerYear.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber(),
      source: "computed",
      how: cityDividedWithoutDistricts
        ? t("Den härledda kostnaden per invånare och period / år.", "The inferred cost per inhabitant for the period / years.")
        : t("Gränsbeloppet / största enhetens invånare / år.", "Threshold / largest unit's inhabitants / years."),
    });
  }

  // The county population: the municipality table's, or the district shares', or given.
  let countyPopulation: Decimal | undefined;
  if (muni) {
    countyPopulation = allocation.countyPopulation;
    parameters.push({ key: "countyPopulation", value: countyPopulation.toNumber(), source: "computed", how: t("Summan av kommuntabellens invånare.", "The sum of the municipality table's inhabitants.") });
    if (options.countyPopulation !== undefined && !countyPopulation.eq(options.countyPopulation)) {
      context.problems.push({
        severity: "warning",
        code: "parameterUnused",
        message: t(
          `Angivet invånarantal för länet (${formatFigure(options.countyPopulation, "persons", "sv")}) används inte: kommuntabellen ger ${formatFigure(countyPopulation, "persons", "sv")}.`,
          `The given county population (${formatFigure(options.countyPopulation, "persons", "en")}) is not used: the municipality table gives ${formatFigure(countyPopulation, "persons", "en")}.`,
        ),
      });
    }
  } else if (options.countyPopulation !== undefined) {
    countyPopulation = new Decimal(options.countyPopulation);
    parameters.push({ key: "countyPopulation", value: options.countyPopulation, source: "given", how: t("Angivet.", "Given.") });
  } else if (dist) {
    const intervals: Interval[] = [];
    const half = new Decimal("0.005");
    const share = (population: Decimal, stated: Decimal | undefined) => {
      if (!stated || stated.lte(half)) return;
      intervals.push({ lo: population.times(HUNDRED).div(stated.plus(half)), hi: population.times(HUNDRED).div(stated.minus(half)) });
    };
    dist.rows.forEach((row, index) => share(allocation.city!.districts[index].populationIncludingRest, fig(dist, row, "shareOfCounty")));
    if (dist.total) share(cityPopulation!, fig(dist, dist.total, "shareOfCounty"));
    const stretch = consensus(intervals);
    if (stretch) {
      countyPopulation = wholeNumberIn(stretch);
      parameters.push({
        key: "countyPopulation",
        value: countyPopulation.toNumber(),
        source: "inferred",
        how: t(
          `Ur "Fördelning alla kommuner": ${stretch.count} av ${stretch.of} andelar stämmer med ett invånarantal mellan ${formatFigure(stretch.lo.ceil(), "persons", "sv")} och ${formatFigure(stretch.hi.floor(), "persons", "sv")}; mitten används.`,
          `From "Share of all municipalities": ${stretch.count} of ${stretch.of} shares agree with a population between ${formatFigure(stretch.lo.ceil(), "persons", "en")} and ${formatFigure(stretch.hi.floor(), "persons", "en")}; the middle is used.`,
        ),
      });
    } else if (dist.columns.shareOfCounty) {
      context.problems.push({
        severity: "warning",
        code: "cannotInfer",
        message: t("Länets invånarantal kan inte härledas; ange det eller granska tillsammans med kommuntabellen. Fördelning alla kommuner granskas inte.", "The county population cannot be inferred; give it or check together with the municipality table. Share of all municipalities is not checked."),
      });
    }
  }

  // The comparisons.
  const push = (finding: Finding) => context.findings.push(finding);
  /** The cell, column, stated figure and unit of a cell to compare (counted as checked), or undefined when there is nothing to compare. */
  const comparable = (table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined) => {
    const cell = row.cells[key];
    const column = table.columns[key];
    const stated = fig(table, row, key);
    if (!cell || !column || !stated || exact === undefined) return undefined;
    context.cellsChecked++;
    const unit = COLUMN_UNIT[key] as keyof typeof TOLERANCE;
    return { cell, column, stated, unit };
  };
  /** The fields every finding about one compared cell starts with. */
  const cellFinding = (
    table: DetectedTable,
    row: TableRow,
    key: ColumnKey,
    { cell, column, stated, unit }: NonNullable<ReturnType<typeof comparable>>,
    exact: Decimal,
    difference: Decimal,
  ) => ({
    table: table.kind,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    address: cell.address,
    row: row.label,
    column: column.header,
    columnKey: key,
    unit,
    stated: cell.value,
    statedValue: stated.toNumber(),
    expected: exact.toNumber(),
    expectedExact: exact.toString(),
    difference: difference.toNumber(),
  });

  const checkCell = (table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined) => {
    const compared = comparable(table, row, key, exact);
    if (!compared || exact === undefined) return;
    const { column, stated, unit } = compared;
    const result = verdict(stated, exact, unit);
    if (result === "fine") return;
    const difference = stated.minus(exact);
    const rounded = exact.toDecimalPlaces(unit === "percent" ? 2 : 0, Decimal.ROUND_HALF_UP);
    push({
      ...cellFinding(table, row, key, compared, exact, difference),
      kind: result === "rounding" ? "rounding" : "error",
      reasons: [result === "rounding" ? "rounded" : "notExact"],
      message:
        result === "rounding"
          ? t(
              `${row.label}, ${column.header}: ${formatFigure(stated, unit, "sv")}, exakt ${formatFigure(exact, unit, "sv")} (avrundat ${formatFigure(rounded, unit, "sv")}); skillnaden ${formatDifference(difference, unit, "sv")} ryms i avrundningen.`,
              `${row.label}, ${column.header}: ${formatFigure(stated, unit, "en")}, exactly ${formatFigure(exact, unit, "en")} (rounded ${formatFigure(rounded, unit, "en")}); the difference ${formatDifference(difference, unit, "en")} is within rounding.`,
            )
          : t(
              `${row.label}, ${column.header}: tabellen säger ${formatFigure(stated, unit, "sv")}, men det ska vara ${formatFigure(exact, unit, "sv")} (skillnad ${formatDifference(difference, unit, "sv")}).`,
              `${row.label}, ${column.header}: the table says ${formatFigure(stated, unit, "en")}, but it should be ${formatFigure(exact, unit, "en")} (difference ${formatDifference(difference, unit, "en")}).`,
            ),
    });
  };

  /** A total cell: the sum of the stated rows and the exact total must both hold. */
  const checkTotal = (table: DetectedTable, row: TableRow, key: ColumnKey, exact: Decimal | undefined, rows: readonly TableRow[], shares100: boolean) => {
    const compared = comparable(table, row, key, exact);
    if (!compared || exact === undefined) return;
    const { column, stated, unit } = compared;
    const values = rows.map((r) => fig(table, r, key));
    const complete = values.every((value) => value !== undefined) && !rows.some((r) => r.cells[key]?.unreadable);
    const rowsSum = complete ? values.reduce<Decimal>((sum, value) => sum.plus(value!), ZERO) : undefined;
    const allWhole = stated.isInteger() && (values as Decimal[]).every((value) => !value || value.isInteger());
    const reasons: FindingReason[] = [];
    if (rowsSum && !sameAsStated(stated, rowsSum, unit, allWhole)) reasons.push("notSumOfRows");
    const result = verdict(stated, exact, unit);
    if (result === "error") reasons.push("notExactTotal");
    if (shares100 && rowsSum && !sameAsStated(rowsSum, HUNDRED, unit, true)) reasons.push("sharesNotHundred");
    if (reasons.length === 0 && result === "fine") return;
    const kind: FindingKind = reasons.length > 0 ? "total" : "rounding";
    if (kind === "rounding") reasons.push("rounded");
    const difference = stated.minus(exact);
    const sv: string[] = [];
    const en: string[] = [];
    if (reasons.includes("notSumOfRows")) {
      sv.push(`är inte summan av raderna (${formatFigure(rowsSum!, unit, "sv")})`);
      en.push(`is not the sum of the rows (${formatFigure(rowsSum!, unit, "en")})`);
    }
    if (reasons.includes("sharesNotHundred")) {
      sv.push(`andelarna summerar till ${formatFigure(rowsSum!, unit, "sv")}, inte 100 %`);
      en.push(`the shares add up to ${formatFigure(rowsSum!, unit, "en")}, not 100%`);
    }
    if (reasons.includes("notExactTotal")) {
      sv.push(`är inte den exakta totalen ${formatFigure(exact, unit, "sv")} (skillnad ${formatDifference(difference, unit, "sv")})`);
      en.push(`is not the exact total ${formatFigure(exact, unit, "en")} (difference ${formatDifference(difference, unit, "en")})`);
    } else if (kind === "total") {
      sv.push(`exakt total ${formatFigure(exact, unit, "sv")}`);
      en.push(`exact total ${formatFigure(exact, unit, "en")}`);
    } else {
      sv.push(`exakt total ${formatFigure(exact, unit, "sv")}; skillnaden ${formatDifference(difference, unit, "sv")} ryms i avrundningen`);
      en.push(`exact total ${formatFigure(exact, unit, "en")}; the difference ${formatDifference(difference, unit, "en")} is within rounding`);
    }
    push({
      ...cellFinding(table, row, key, compared, exact, difference),
      ...(rowsSum ? { rowsSum: rowsSum.toNumber() } : {}),
      kind,
      reasons,
      message: t(`${row.label}, ${column.header}: ${formatFigure(stated, unit, "sv")} ${sv.join("; ")}.`, `${row.label}, ${column.header}: ${formatFigure(stated, unit, "en")} ${en.join("; ")}.`),
    });
  };

  const pct = (value: Decimal) => value.times(HUNDRED);
  if (muni) {
    muni.rows.forEach((row, index) => {
      const exact = allocation.municipalities[index];
      if (dist && index === cityRowIndex) checkCell(muni, row, "population", exact.population);
      if (countyPopulation) checkCell(muni, row, "shareOfCounty", pct(exact.share));
      if (perYearKnown) checkCell(muni, row, "perYear", exact.perYear);
      if (amountsKnown) checkCell(muni, row, "forPeriod", exact.forPeriod);
    });
    if (muni.total) {
      checkTotal(muni, muni.total, "population", allocation.countyPopulation, muni.rows, false);
      checkTotal(muni, muni.total, "shareOfCounty", HUNDRED, muni.rows, true);
      if (perYearKnown) checkTotal(muni, muni.total, "perYear", allocation.total.perYear, muni.rows, false);
      if (amountsKnown) checkTotal(muni, muni.total, "forPeriod", allocation.total.forPeriod, muni.rows, false);
    }
  }
  if (dist) {
    const city = allocation.city!;
    dist.rows.forEach((row, index) => {
      const exact = city.districts[index];
      checkCell(dist, row, "populationIncludingRest", exact.populationIncludingRest);
      checkCell(dist, row, "shareOfCity", pct(exact.shareOfCity));
      if (countyPopulation) checkCell(dist, row, "shareOfCounty", pct(populationShare(exact.populationIncludingRest, countyPopulation)));
      if (perYearKnown) checkCell(dist, row, "perYear", exact.perYear);
      if (amountsKnown) checkCell(dist, row, "forPeriod", exact.forPeriod);
    });
    if (dist.rest) {
      // The rest post is spread over the districts: it has no share or cost of its own.
      for (const key of ["populationIncludingRest", "shareOfCity", "shareOfCounty", "perYear", "forPeriod"] as const) {
        const cell = dist.rest.cells[key];
        const stated = fig(dist, dist.rest, key);
        if (!cell || !stated || stated.isZero()) continue;
        const unit = COLUMN_UNIT[key];
        push({
          table: "districts",
          ...(dist.sheet ? { sheet: dist.sheet } : {}),
          address: cell.address,
          row: dist.rest.label,
          column: dist.columns[key]!.header,
          columnKey: key,
          unit,
          stated: cell.value,
          statedValue: stated.toNumber(),
          expected: null,
          expectedExact: null,
          difference: 0,
          kind: "error",
          reasons: ["unexpectedValue"],
          message: t(
            `${dist.rest.label}, ${dist.columns[key]!.header}: restposten fördelas på stadsdelarna och ska inte ha något eget värde (tabellen säger ${formatFigure(stated, unit, "sv")}).`,
            `${dist.rest.label}, ${dist.columns[key]!.header}: the rest post is spread over the districts and has no figure of its own (the table says ${formatFigure(stated, unit, "en")}).`,
          ),
        });
      }
    }
    if (dist.total) {
      const withRest = [...dist.rows, ...(dist.rest ? [dist.rest] : [])];
      checkTotal(dist, dist.total, "population", cityPopulation, withRest, false);
      checkTotal(dist, dist.total, "populationIncludingRest", cityPopulation, dist.rows, false);
      checkTotal(dist, dist.total, "shareOfCity", HUNDRED, dist.rows, true);
      if (countyPopulation) checkTotal(dist, dist.total, "shareOfCounty", pct(populationShare(cityPopulation!, countyPopulation)), dist.rows, false);
      if (perYearKnown) checkTotal(dist, dist.total, "perYear", city.totalPerYear, dist.rows, false);
      if (amountsKnown) checkTotal(dist, dist.total, "forPeriod", city.totalForPeriod, dist.rows, false);
    }
  }

  // The two tables belong together: the city's row in the municipality table is the district table's total.
  if (muni && dist && cityRow && dist.total) {
    const pairs: [ColumnKey, ColumnKey][] = [
      ["population", "population"],
      ["shareOfCounty", "shareOfCounty"],
      ["perYear", "perYear"],
      ["forPeriod", "forPeriod"],
    ];
    for (const [muniKey, distKey] of pairs) {
      const here = fig(muni, cityRow, muniKey);
      const there = fig(dist, dist.total, distKey);
      const cell = cityRow.cells[muniKey];
      if (!here || !there || !cell) continue;
      const unit = COLUMN_UNIT[muniKey] as keyof typeof TOLERANCE;
      if (sameAsStated(here, there, unit, here.isInteger() && there.isInteger())) continue;
      const existing = context.findings.findIndex((finding) => finding.address === cell.address && finding.sheet === muni.sheet && finding.table === "municipalities");
      const note = t(
        `Stockholms rad (${formatFigure(here, unit, "sv")}) skiljer sig från stadsdelstabellens totalrad (${formatFigure(there, unit, "sv")}, ${dist.total.cells[distKey]!.address}).`,
        `Stockholm's row (${formatFigure(here, unit, "en")}) differs from the district table's total row (${formatFigure(there, unit, "en")}, ${dist.total.cells[distKey]!.address}).`,
      );
      if (existing >= 0) {
        const finding = context.findings[existing];
        context.findings[existing] = {
          ...finding,
          kind: finding.kind === "error" ? "error" : "total",
          reasons: [...finding.reasons, "differsFromDistrictTotal"],
          message: t(`${finding.message.sv} ${note.sv}`, `${finding.message.en} ${note.en}`),
        };
      } else {
        const exactValue =
          muniKey === "population" ? allocation.municipalities[cityRowIndex].population
          : muniKey === "shareOfCounty" ? pct(allocation.municipalities[cityRowIndex].share)
          : muniKey === "perYear" ? allocation.municipalities[cityRowIndex].perYear
          : allocation.municipalities[cityRowIndex].forPeriod;
        push({
          table: "municipalities",
          ...(muni.sheet ? { sheet: muni.sheet } : {}),
          address: cell.address,
          row: cityRow.label,
          column: muni.columns[muniKey]!.header,
          columnKey: muniKey,
          unit,
          stated: cell.value,
          statedValue: here.toNumber(),
          expected: exactValue.toNumber(),
          expectedExact: exactValue.toString(),
          difference: here.minus(exactValue).toNumber(),
          rowsSum: there.toNumber(),
          kind: "total",
          reasons: ["differsFromDistrictTotal"],
          message: note,
        });
      }
    }
  }

  return report(detection.tables, parameters, context, [chosenMunicipalities, chosenDistricts]);
}

/** Exit status of the headless command: 0 nothing beyond rounding, 1 findings, 2 unreadable input. */
export function exitCodeFor(report: CheckReport): 0 | 1 | 2 {
  if (report.status === "unreadable") return 2;
  return report.status === "findings" ? 1 : 0;
}
