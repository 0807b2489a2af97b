import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, join } from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";
import type { Locale } from "../i18n";

/*
 * LibreOffice headless as a converter: the PDF of a written workbook (`npm run workbook -- --pdf`),
 * and in the tests an independent spreadsheet that recalculates a workbook. Every run gets its own
 * profile, since two soffice processes cannot share one. The profile makes LibreOffice recalculate
 * every formula on load (by default it would print an .xlsx's cached values) and sets its locale to
 * the workbook's language: LibreOffice otherwise formats numbers (and FIXED's digit groups) in the
 * machine's locale, so a Swedish workbook printed on a machine in C or English would read
 * "1,383,004 kr" instead of "1 383 004 kr".
 */

const run = promisify(execFile);

/** The locale LibreOffice works in for a workbook of each language (its L10N setting). */
const LIBREOFFICE_LOCALE: Readonly<Record<Locale, string>> = { sv: "sv-SE", en: "en-GB" };

/** The profile's settings: recalculate every formula on load (0: always) or never (1: the file's saved values kept), in the workbook's locale. */
function profileSettings(locale: Locale, mode: 0 | 1): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${LIBREOFFICE_LOCALE[locale]}</value></prop></item>
</oor:items>
`;
}

/**
 * Where soffice is: $SOFFICE when it is set (and only there), else Debian's places or the PATH;
 * undefined when LibreOffice is not installed.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SOFFICE !== undefined) return existsSync(env.SOFFICE) ? env.SOFFICE : undefined;
  const candidates = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", ...(env.PATH ?? "").split(delimiter).map((dir) => join(dir, "soffice"))];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/**
 * Converts `input` with LibreOffice to `format` ("pdf", "xlsx:Calc MS Excel 2007 XML", "csv") into a
 * fresh directory and returns the path of the converted file. `locale` is the workbook's language:
 * LibreOffice recalculates and prints in it, whatever the machine's. Every formula is recalculated on
 * load unless `recalculate` is false (then the file's saved values are kept: a file read through
 * LibreOffice, not checked by it).
 */
export async function convertWithLibreOffice(soffice: string, input: string, format: string, locale: Locale, timeoutMs = 180_000, { recalculate = true }: { readonly recalculate?: boolean } = {}): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const outDir = mkdtempSync(join(tmpdir(), "lo-out-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), profileSettings(locale, recalculate ? 0 : 1));
  try {
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outDir, input], {
      timeout: timeoutMs,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(":")[0];
  const output = join(outDir, `${basename(input).replace(/\.[^.]+$/, "")}.${extension}`);
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return output;
}
