import { DEFAULT_AGREEMENTS, agreementInForce, firstYear, periodWords, type AgreementDeclaration, type PreviousPeriod } from "../data";
import { say, type Locale } from "../i18n";
import { planTexts } from "../workbook";
import { INPUT_MESSAGES as M } from "./messages";
import { ownTableKind } from "./ownTables";

export { ownTableKind } from "./ownTables";
import { cellText, listed } from "./issues";
import { readPreviousAmountTables, type PreviousAmountIssue, type PreviousAmountIssueCode, type PreviousAmountsOptions, type PreviousAmountsResult, type PreviousAmountsTable } from "./previousAmounts";

/*
 * Previous amounts read from a workbook the add-in made earlier (`--previous last-year.xlsx`, or its
 * tables in the pane): a unit's whole yearly amount, never a part. Årskostnad holds it: the column of
 * the agreement in force in the amounts' period ("Totalt 2020", LOU part and support part together,
 * for amounts of 2025). Kommuner's and Stadsdelar's "Summa/år" is the LOU part only and is refused
 * as such; the user's own tables are read as any table of amounts (previousAmounts.ts).
 */

/** A table read from a workbook, with its Excel table's name when it is one. */
export interface NamedTable {
  readonly name?: string;
  readonly table: PreviousAmountsTable;
}

/** The header of an agreement's whole yearly amount on Årskostnad, in both languages: its total, or its one amount's column. */
function wholeAmountHeaders(agreement: AgreementDeclaration): string[] {
  const amounts = agreement.components.filter((component) => component.kind !== "fixedPercentage");
  const words = amounts.length > 1 ? agreement.total! : (amounts[0] as { column: { sv: string; en: string } }).column;
  return [words.sv, words.en];
}

/** The agreements an earlier workbook may have been made for: the default ones and the plan's. */
function knownAgreements(agreements: readonly AgreementDeclaration[]): AgreementDeclaration[] {
  return [...DEFAULT_AGREEMENTS, ...agreements.filter((agreement) => !DEFAULT_AGREEMENTS.some((known) => known.id === agreement.id))].sort(
    (a, b) => firstYear(a) - firstYear(b),
  );
}

type Issue = PreviousAmountIssue;

function tableIssue(code: PreviousAmountIssueCode, row: number, reason: string): Issue {
  return { code, row, reason, message: `${reason}.` };
}

/**
 * Årskostnad of an earlier workbook as a table of amounts: its unit column and the whole amount of
 * the agreement in force in `period`, or the issue that keeps it from giving them.
 */
function annualCostTable(table: PreviousAmountsTable, period: PreviousPeriod, agreements: readonly AgreementDeclaration[], locale: Locale): PreviousAmountsTable | Issue {
  const rowNumber = table.rowNumber ?? ((index: number) => index + 1);
  const headers = (table.rows[0] ?? []).map(cellText);
  const known = knownAgreements(agreements);
  const index = agreementInForce(period, known);
  const periodText = periodWords(period)[locale];
  if (index === undefined) return tableIssue("periodBeforeWorkbook", rowNumber(0), say(M.previousPeriodBeforeWorkbook, locale, periodText, firstYear(known[0])));
  const wanted = wholeAmountHeaders(known[index]);
  const amount = headers.findIndex((header) => wanted.includes(header));
  const unit = headers.findIndex((header) => header === planTexts("sv").annual.sheet.header.name || header === planTexts("en").annual.sheet.header.name);
  if (amount < 0 || unit < 0) return tableIssue("noAmountColumn", rowNumber(0), say(M.previousNoAmountColumn, locale, wanted[locale === "sv" ? 0 : 1], periodText, headers));
  const amounts = table.rows.slice(1).filter((row) => cellText(row[unit]) !== "");
  if (amounts.every((row) => cellText(row[amount]) === "")) return tableIssue("noAmounts", rowNumber(0), say(M.previousNoAmounts, locale, headers[amount]));
  return { ...table, columns: { unit, amount } };
}

/**
 * Reads previous amounts from tables of a workbook (named when they are Excel tables): Årskostnad of
 * the add-in's own workbook by the column of the agreement in force in `period`; Kommuner's and
 * Stadsdelar's LOU part refused; any other table as a table of amounts.
 */
export function readWorkbookAmounts(
  tables: readonly NamedTable[],
  options: PreviousAmountsOptions & { readonly period: PreviousPeriod; readonly agreements: readonly AgreementDeclaration[] },
): PreviousAmountsResult {
  const locale: Locale = options.locale ?? "sv";
  const issues: Issue[] = [];
  const read: PreviousAmountsTable[] = [];
  for (const { name, table } of tables) {
    const kind = ownTableKind(name);
    if (kind === "louPart") {
      issues.push(tableIssue("partOnly", (table.rowNumber ?? ((index: number) => index + 1))(0), say(M.previousPartOnly, locale, planTexts(locale).sheetNames.annualCost)));
      continue;
    }
    const own = kind === "annualCost" ? annualCostTable(table, options.period, options.agreements, locale) : table;
    if ("code" in own) issues.push(own);
    else read.push(own);
  }
  if (issues.length > 0) return { ok: false, ...listed(issues, locale), rows: [], missing: [], notInCounty: [] };
  const result = readPreviousAmountTables(read, options);
  // Årskostnad's amounts are of the period asked for: they carry no period column of their own.
  return result.period === undefined && tables.some(({ name }) => ownTableKind(name) === "annualCost") ? { ...result, period: options.period } : result;
}
