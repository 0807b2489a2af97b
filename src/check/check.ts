import { louAllocation, CountyPopulation, LouAllocation, LouParameters, isRuleInputError } from "../engine";
import { compareTables } from "./compare";
import { detectTables, DetectedTable } from "./detect";
import { CHECK_MESSAGES as M, localized } from "./messages";
import { inferCountyPopulation, inferThreshold, inferYears, reportLargestUnitAndRate, unitRows } from "./parameters";
import { cityOf, countyOf, readPopulations, reportUnreadableCells } from "./populations";
import { type Chosen, chosenTables, type Context, hasFatal, ONE, pushProblem, ZERO } from "./context";
import { DISTRICT_LAYOUTS, DEFAULT_AGREEMENTS, layoutsOf } from "../data";
import { CHECK_PARAMETER_KEYS } from "../params";
import { type Audit, auditFormulas } from "./formula/audit";
import { reportMergedCells } from "./merged";
import { check2026 } from "./shapes/agreement2026";
import { checkSupport } from "./shapes/support";
import { checkAnnualCost, checkPreviousChanges } from "./shapes/annualCost";
import { checkParagraph } from "./paragraph/check";
import { Book } from "./formula/book";
import { literalParameters, type TablePopulations } from "./formula/literals";
import { reportFacts } from "./book/facts";
import { reportHiddenCells, reportHiddenSheets, withoutStoreSheet } from "./book/hidden";
import { reportStaleValues } from "./book/stale";
import { auditSmells } from "./formula/smells";
import { judgeInferred } from "./judge";
import {
  type CellGrid,
  type CheckOptions,
  type CheckReport,
  FINDING_KINDS,
  type Finding,
  type FindingReason,
  type ProblemCode,
  SEVERITIES,
  type Severity,
  type TableKind,
  type TableSummary,
  type CheckInput,
} from "./types";

/*
 * Checking Bilaga 3 tables (issue 5). Every figure is recomputed with the engine (louAllocation)
 * from the table's own populations; parameters not given are inferred from the table's figures.
 * A cell equal to the exact value rounded half away from zero is right; within 1 kr, 1 person or
 * 0,01 percentage point it is a rounding finding; further off an error. Total rows are held both to
 * the sum of their rows and to the exact total.
 *
 * The steps, in order: find the tables (detect.ts) and choose one of each kind; refuse unusable
 * options; read the populations (populations.ts); recompute once to know the units, infer the
 * parameters (parameters.ts), recompute with them; compare every figure (compare.ts).
 */

/**
 * Checks the tables found in the grids — Bilaga 3's municipality and district tables, the 2026–2030
 * split, the support table — and reports every figure and every formula that does not hold.
 *
 * Parameters not given in `options` are inferred: years from Summa totalt / Summa per år (median
 * over the rows), the threshold from the largest unit's Summa totalt (the value most rows agree
 * with), the county population from the municipality table or else from the district table's
 * "Fördelning alla kommuner", the city population from the district table (its districts plus the
 * rest post). A municipality table alone cannot give the threshold (its largest unit is a district
 * of the city): the rate per inhabitant is then inferred from its rows. The 2026–2030 part and the
 * support's cost per user likewise (shapes/*.ts). Then the formulas (formula/*.ts).
 */
export function checkTables(allGrids: readonly CellGrid[], options: CheckOptions = {}, { facts = [], agreements = DEFAULT_AGREEMENTS }: CheckInput = {}): CheckReport {
  const grids = withoutStoreSheet(allGrids);
  const detection = detectTables(grids, agreements);
  const context: Context = { findings: [], problems: [...detection.problems], parameters: [], cellsChecked: 0 };
  const chosen = Object.fromEntries(TABLE_KINDS.map((kind) => [kind, chooseTable(detection.tables, kind)])) as Partial<Record<TableKind, DetectedTable>>;
  const checked = TABLE_KINDS.flatMap((kind) => (chosen[kind] ? [chosen[kind]!] : []));
  reportTablesNotChecked(detection.tables, checked, context);
  reportMergedCells(grids, checked, context);
  reportFacts(facts, grids, checked, context);
  reportHiddenSheets(grids, checked, context);
  reportHiddenCells(grids, checked, context);
  if (hasFatal(context) || checked.length === 0) return report(detection.tables, context, checked, 0);
  refuseUnusableOptions(options, context);
  if (hasFatal(context)) return report(detection.tables, context, checked, 0);
  const lou = chosen.municipalities || chosen.districts ? checkLou(chosenTables(chosen.municipalities, chosen.districts), options, context) : undefined;
  if (!hasFatal(context) && (chosen.municipalities2026 || chosen.districts2026)) {
    check2026({ ...(chosen.municipalities2026 ? { municipalities: chosen.municipalities2026 } : {}), ...(chosen.districts2026 ? { districts: chosen.districts2026 } : {}) }, options, lou?.county, context);
  }
  if (!hasFatal(context) && chosen.support) checkSupport(chosen.support, options, context);
  for (const table of [chosen.municipalities, chosen.districts]) if (table && !hasFatal(context)) checkPreviousChanges(table, context);
  if (!hasFatal(context) && chosen.annualCost) {
    checkAnnualCost(chosen.annualCost, chosen, context);
    checkParagraph(chosen.annualCost, grids, context);
  }
  for (const table of [chosen.districts, chosen.districts2026]) if (table) reportDistrictLayout(table, context);
  judgeInferred(context, agreements);
  if (hasFatal(context)) return report(detection.tables, context, checked, 0);
  const audit: Audit = { book: new Book(grids), tables: detection.tables, checked, parameters: literalParameters(lou ?? {}), findings: [], literalAt: new Set(), followed: [], formulas: 0 };
  const formulas = auditFormulas(audit);
  if (audit.book.knowsFormulas) {
    auditSmells(audit, facts.flatMap((book) => book.externalBooks ?? []), context);
    reportStaleValues(audit, grids, facts.find((book) => book.recalculatedBy)?.recalculatedBy ?? "LibreOffice");
  }
  mergeFindings(context, audit.findings);
  return report(detection.tables, context, checked, formulas);
}

/** The kinds of table, in the order they are checked. */
const TABLE_KINDS: readonly TableKind[] = ["municipalities", "districts", "municipalities2026", "districts2026", "support", "annualCost"];

/**
 * The LOU figures of the chosen tables: populations read, parameters inferred, every figure compared
 * with the engine's. What the tables say of the county, for the formula checks.
 */
function checkLou(chosen: Chosen, options: CheckOptions, context: Context): TablePopulations | undefined {
  const populations = readPopulations(chosen, context);
  if (hasFatal(context)) return undefined;
  reportUnreadableCells(chosen, context);
  const city = cityOf(chosen, populations, options, context);
  const { county, cityDividedWithoutDistricts } = countyOf(chosen, populations, city, context);

  const preliminary = recompute(county, { threshold: 1, years: 1 }, "unreadableCell", context);
  if (!preliminary) return undefined;
  const units = unitRows(chosen, preliminary);
  const largest = preliminary.largestUnit;
  const years = inferYears(chosen, units, options, context);
  const threshold = inferThreshold(chosen, { units, largest, years, cityDividedWithoutDistricts }, options, context);
  const allocation = recompute(county, { threshold: threshold ?? ZERO, years: years ?? ONE }, "invalidParameter", context);
  if (!allocation) return undefined;
  const amountsKnown = threshold !== undefined;
  reportLargestUnitAndRate(allocation, largest, amountsKnown, cityDividedWithoutDistricts, context);
  const countyPopulation = inferCountyPopulation(chosen, allocation, city.population, options, context);

  compareTables(chosen, city, { allocation, countyPopulation, amountsKnown, perYearKnown: amountsKnown && years !== undefined }, context);
  return {
    ...(countyPopulation ? { county: countyPopulation } : {}),
    ...(city.population ? { city: city.population, rest: city.rest } : {}),
    ...(cityDividedWithoutDistricts ? {} : { largestUnit: { name: largest.name, population: largest.population } }),
  };
}

/** Formula findings that explain the figure finding at their cell. */
const MERGED_REASONS: ReadonlySet<FindingReason> = new Set(["omitsRows", "includesTotal", "includesOtherTable", "staleValue", "errorValue"]);

/**
 * The formula findings join the figure findings. A total whose SUM range is wrong has the wrong
 * figure because of it, as a cell whose saved value was old has the figure its formula gives: the
 * figure finding at that cell is told inside the formula finding, once.
 */
function mergeFindings(context: Context, formulaFindings: readonly Finding[]): void {
  for (const finding of formulaFindings) {
    const sameCell = (other: Finding) => other.sheet === finding.sheet && other.address === finding.address;
    const figure = finding.reasons.some((reason) => MERGED_REASONS.has(reason)) ? context.findings.findIndex(sameCell) : -1;
    if (figure < 0) {
      context.findings.push(finding);
      continue;
    }
    const told = context.findings[figure];
    const { statedValue, expected, expectedExact, difference, rowsSum } = told;
    context.findings[figure] = {
      ...finding,
      ...(statedValue !== undefined ? { statedValue } : {}),
      expected,
      ...(expectedExact !== undefined ? { expectedExact } : {}),
      ...(difference !== undefined ? { difference } : {}),
      ...(rowsSum !== undefined ? { rowsSum } : {}),
      message: { sv: `${finding.message.sv} ${told.message.sv}`, en: `${finding.message.en} ${told.message.en}` },
    };
  }
}

/** Exit status of the headless command: 0 nothing beyond rounding, 1 warnings or errors (or a table not wholly checked), 2 unreadable input. */
export function exitCodeFor(report: CheckReport): 0 | 1 | 2 {
  if (report.status === "unreadable") return 2;
  return report.status === "findings" ? 1 : 0;
}

/** How complete a table is: readable populations first, then the most of the annex's columns. */
function completeness(table: DetectedTable): number {
  return (table.problems.some((problem) => problem.severity === "fatal") ? 0 : 100) + Object.keys(table.columns).length * 10 - table.missingColumns.length;
}

/** One table of each kind is checked: the most complete, the first on a tie. */
function chooseTable(tables: readonly DetectedTable[], kind: DetectedTable["kind"]): DetectedTable | undefined {
  return tables.filter((table) => table.kind === kind).reduce<DetectedTable | undefined>((chosen, table) => (!chosen || completeness(table) > completeness(chosen) ? table : chosen), undefined);
}

/** The chosen tables' own problems, and a note for each other table that looks alike (only named). */
function reportTablesNotChecked(tables: readonly DetectedTable[], checked: readonly DetectedTable[], context: Context): void {
  for (const table of checked) context.problems.push(...table.problems);
  const others = TABLE_KINDS.flatMap((kind) => tables.filter((table) => table.kind === kind && !checked.includes(table)));
  for (const extra of others) {
    context.problems.push({
      severity: "info",
      code: "duplicateTable",
      ...(extra.sheet ? { sheet: extra.sheet } : {}),
      address: extra.range,
      message: localized(M.duplicateTable, extra.kind, extra.range),
    });
  }
}

/**
 * Which of Stockholm's district layouts (2007, 2020, 2023) the district table's names belong to,
 * as a parameter; a warning when they belong to no single one.
 */
function reportDistrictLayout(table: DetectedTable, context: Context): void {
  const names = table.rows.flatMap((row) => (row.knownAs ? [row.knownAs] : []));
  const common = DISTRICT_LAYOUTS.filter((layout) => names.every((name) => layoutsOf(name).includes(layout)));
  if (names.length === 0) return;
  if (common.length === 0) {
    const dated = names.filter((name) => layoutsOf(name).length < DISTRICT_LAYOUTS.length);
    context.problems.push({ severity: "warning", code: "unknownRow", ...(table.sheet ? { sheet: table.sheet } : {}), address: table.range, message: localized(M.mixedLayouts, dated) });
    return;
  }
  if (context.parameters.some((parameter) => parameter.key === "districtLayout")) return;
  // The latest layout all the names fit, by how many districts it has next to how many the table has.
  const layout = [...common].sort((a, b) => Math.abs(a.districts.length - names.length) - Math.abs(b.districts.length - names.length) || b.from.localeCompare(a.from))[0];
  context.parameters.push({ key: "districtLayout", value: layout.from, source: "computed", how: localized(M.districtLayout, layout.from, layout.districts.length) });
}

/** A given parameter must be a positive number (years whole). */
function refuseUnusableOptions(options: CheckOptions, context: Context): void {
  for (const key of CHECK_PARAMETER_KEYS) {
    const value = options.figures?.[key];
    if (value === undefined) continue;
    const ok = value.isFinite() && value.gt(0) && (key !== "years" || value.isInteger()) && (key !== "municipalShare" || value.lte(1));
    if (!ok) pushProblem(context, "fatal", "invalidParameter", localized(M.invalidParameter, key, value.toNumber()));
  }
}

/** The engine's allocation of the county, or undefined with a fatal problem quoting the engine's refusal. */
function recompute(county: CountyPopulation, parameters: LouParameters, code: ProblemCode, context: Context): LouAllocation | undefined {
  try {
    return louAllocation(county, parameters);
  } catch (error) {
    pushProblem(context, "fatal", code, localized(M.cannotRecompute, isRuleInputError(error) ? error.message : String(error)));
    return undefined;
  }
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
    ...(table.agreement ? { agreement: table.agreement.short } : {}),
  };
}

/** The report's status from what was found. */
function statusOf({ findings, problems }: Context): CheckReport["status"] {
  if (problems.some((problem) => problem.severity === "fatal")) return "unreadable";
  if (findings.some((finding) => finding.severity !== "rounding") || problems.some((problem) => problem.severity === "warning")) return "findings";
  return findings.length > 0 ? "rounding" : "ok";
}

/** Findings grouped as the report lists them: errors, warnings, rounding; within each, by kind; otherwise in the order found. */
function grouped(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity) * FINDING_KINDS.length + FINDING_KINDS.indexOf(finding.kind);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map(({ finding }) => finding);
}

function report(tables: readonly DetectedTable[], context: Context, checked: readonly DetectedTable[], formulas: number): CheckReport {
  const count = (severity: Severity) => context.findings.filter((finding) => finding.severity === severity).length;
  return {
    status: statusOf(context),
    tables: tables.map((table) => summary(table, checked.includes(table))),
    parameters: context.parameters,
    findings: grouped(context.findings),
    problems: context.problems,
    valuesOnly: formulas === 0 && checked.length > 0,
    counts: { cellsChecked: context.cellsChecked, formulas, error: count("error"), warning: count("warning"), rounding: count("rounding") },
  };
}
