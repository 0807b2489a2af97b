import { extname, resolve } from "path";
import type { CountyPopulation } from "../engine";
import type { Locale } from "../i18n/locale";
import { say } from "../i18n/messages";
import { readPreviousAmountsFile } from "../files/previousAmounts";
import { WORKBOOK_MESSAGES as M } from "./shared/messages";

/*
 * `npm run workbook -- --previous FILE` (issue 12): last period's yearly amount per unit, from a CSV
 * file or a workbook the add-in made earlier (src/files/previousAmounts.ts), for the plan's change
 * columns. A file with any wrong row stops the command, every problem listed; the units of the county
 * the file has no amount for are fine, and the summary names them.
 */

/** The amounts by the county's unit names, and the units without one. */
export interface PreviousAmounts {
  readonly file: string;
  readonly amounts: Readonly<Record<string, number>>;
  readonly missing: readonly string[];
}

/** The extensions --previous reads. */
const KINDS = [".csv", ".txt", ".xlsx", ".xlsm"];

/** The problem with the file's name, when it is not a kind --previous reads. */
export function previousFileProblem(file: string, locale: Locale): string | undefined {
  return KINDS.includes(extname(file).toLowerCase()) ? undefined : say(M.previousFileKind, locale, file);
}

/** Reads the file against the plan's county; undefined (with every problem written) when it cannot be used. */
export async function readPrevious(file: string, county: CountyPopulation, cwd: string, stderr: (line: string) => void, locale: Locale): Promise<PreviousAmounts | undefined> {
  const result = await readPreviousAmountsFile(resolve(cwd, file), { file, county, locale });
  if (!result.ok) {
    result.issues.forEach((issue) => stderr(issue.message));
    stderr(say(M.fileErrors, locale, result.issueCount, file));
    return undefined;
  }
  return { file, amounts: result.amounts, missing: result.missing };
}

/** The summary's lines: how many units have an amount, and which have none. */
export function previousSummary(previous: PreviousAmounts, locale: Locale): string[] {
  const given = Object.keys(previous.amounts).length;
  return [
    say(M.previousRead, locale, previous.file, given, given + previous.missing.length),
    ...(previous.missing.length > 0 ? [say(M.previousMissing, locale, previous.missing.join(", "))] : []),
  ];
}
