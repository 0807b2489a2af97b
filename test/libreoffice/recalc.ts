import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";

const run = promisify(execFile);

/*
 * LibreOffice as an independent spreadsheet: it opens an .xlsx, recalculates every formula and saves
 * it again. By default it would keep the cached values of an .xlsx it opens (ENVIRONMENT.md), which
 * would make the cross-check compare the engine with itself; the profile below forces recalculation
 * on load (OOXMLRecalcMode/ODFRecalcMode = 0, "always").
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts `input` (.xlsx) to a recalculated .xlsx in a fresh directory and returns its path. Each
 * call uses its own profile directory, since two soffice processes cannot share one.
 */
export async function recalculateWithLibreOffice(soffice: string, input: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const outDir = mkdtempSync(join(tmpdir(), "lo-out-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  try {
    await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, input],
      { timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const output = join(outDir, basename(input).replace(/\.[^.]+$/, "") + ".xlsx");
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return output;
}
