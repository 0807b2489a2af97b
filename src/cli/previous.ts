import { extname, resolve } from "path";
import { adjacentAgreement, defaultPeriod, periodChoices, periodWords, samePeriod, type AgreementDeclaration, type PreviousPeriod } from "../data";
import type { CountyPopulation } from "../engine";
import { say, type Locale } from "../i18n";
import { readPreviousAmountsFile } from "../files";
import { WORKBOOK_MESSAGES as M } from "./shared/messages";

/*
 * `npm run workbook -- --previous FILE` (issue 12): last period's yearly amount per unit, from a CSV
 * file or a workbook the add-in made earlier (src/files/previousAmounts.ts), for the plan's change
 * columns. A file with any wrong row stops the command, every problem listed; the units of the county
 * the file has no amount for are fine, and the summary names them.
 */

/** The amounts by the county's unit names, the units without one, and the period they are from. */
export interface PreviousAmounts {
  readonly file: string;
  readonly amounts: Readonly<Record<string, number>>;
  readonly missing: readonly string[];
  readonly period: PreviousPeriod;
  /** The agreement the amounts are compared with (the one that follows their period). */
  readonly comparedWith: AgreementDeclaration;
}

/** The extensions --previous reads. */
const KINDS = [".csv", ".txt", ".xlsx", ".xlsm"];

/** The problem with the file's name, when it is not a kind --previous reads. */
export function previousFileProblem(file: string, locale: Locale): string | undefined {
  return KINDS.includes(extname(file).toLowerCase()) ? undefined : say(M.previousFileKind, locale, file);
}

/** A period no agreement of the plan follows directly: what was given (`where`), and the periods that are. */
export function periodNotAdjacent(where: string, period: PreviousPeriod, agreements: readonly AgreementDeclaration[], locale: Locale): string {
  const text = (one: PreviousPeriod) => periodWords(one)[locale];
  return say(M.periodNotAdjacent, locale, where, text(period), periodChoices(agreements).map(text));
}

/**
 * Reads the file against the plan's county and agreements; undefined (with every problem written)
 * when it cannot be used. The period is the one asked for (--previous-period), else the file's
 * period column, else the year before the plan's last agreement; a file whose period column says
 * another than the one asked for is refused, and so is a period no agreement follows directly.
 */
export async function readPrevious(
  file: string,
  plan: { readonly county: CountyPopulation; readonly agreements: readonly AgreementDeclaration[]; readonly period?: PreviousPeriod },
  io: { readonly cwd: string; readonly stderr: (line: string) => void },
  locale: Locale,
): Promise<PreviousAmounts | undefined> {
  const asked = plan.period ?? defaultPeriod(plan.agreements);
  const result = await readPreviousAmountsFile(resolve(io.cwd, file), { file, county: plan.county, locale, period: asked, agreements: plan.agreements });
  if (!result.ok) {
    result.issues.forEach((issue) => io.stderr(issue.message));
    io.stderr(say(M.fileErrors, locale, result.issueCount, file));
    return undefined;
  }
  const period = result.period ?? asked;
  const problem =
    plan.period && !samePeriod(plan.period, period)
      ? say(M.periodDiffers, locale, file, periodWords(period)[locale], periodWords(plan.period)[locale])
      : adjacentAgreement(period, plan.agreements) === undefined
        ? periodNotAdjacent(file, period, plan.agreements, locale)
        : undefined;
  if (problem !== undefined) {
    io.stderr(problem);
    io.stderr(say(M.noFileWrittenShort, locale));
    return undefined;
  }
  return { file, amounts: result.amounts, missing: result.missing, period, comparedWith: plan.agreements[adjacentAgreement(period, plan.agreements)!] };
}

/** The summary's lines: the period, what the amounts are compared with, how many units have one, and which have none. */
export function previousSummary(previous: PreviousAmounts, locale: Locale): string[] {
  const given = Object.keys(previous.amounts).length;
  return [
    say(M.previousRead, locale, previous.file, periodWords(previous.period)[locale], previous.comparedWith.name[locale], given, given + previous.missing.length),
    ...(previous.missing.length > 0 ? [say(M.previousMissing, locale, previous.missing.join(", "))] : []),
  ];
}
