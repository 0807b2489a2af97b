import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT_OK, runWorkbookCommand } from "../../src/cli/workbook";
import { describeWithTool } from "../helpers/system";
import { popplerAvailable, readPdf } from "./pdf";

/*
 * The workbook's language decides how LibreOffice prints it, not the machine's: `npm run workbook --
 * --pdf` on a machine in the C locale (as CI and many servers are) prints a Swedish workbook with
 * Swedish digit groups and decimal commas, and an English one the English way. soffice inherits the
 * environment of the process that starts it, so the test runs the command with LANG and LC_ALL set
 * to C.
 */

/** The PDF's text with every kind of space as a plain space, so "1 383 004" matches whichever space LibreOffice drew. */
async function printedInC(lang: "sv" | "en"): Promise<string> {
  const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LANGUAGE: process.env.LANGUAGE };
  Object.assign(process.env, { LANG: "C", LC_ALL: "C", LANGUAGE: "C" });
  try {
    const cwd = mkdtempSync(join(tmpdir(), "pdf-locale-"));
    const errors: string[] = [];
    const code = await runWorkbookCommand(["--out", "tabell.xlsx", "--pdf", "--lang", lang], {
      cwd,
      stdout: () => undefined,
      stderr: (line) => errors.push(line),
      now: () => new Date("2026-12-07T08:00:00Z"),
    });
    expect({ code, errors }).toEqual({ code: EXIT_OK, errors: [] });
    return readPdf(join(cwd, "tabell.pdf"))
      .map((page) => page.text)
      .join("\n")
      .replace(/[\u00a0\u202f\u2009]/g, " ");
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describeWithTool("soffice", "The PDF follows the workbook's language on a machine in the C locale", () => {
  const withPoppler = popplerAvailable() ? test : test.skip;

  withPoppler(
    "Swedish: digit groups by spaces, decimal commas, in the tables and in the paragraph's FIXED figures",
    async () => {
      const text = await printedInC("sv");
      expect(text).toContain("1 383 004 kr");
      // LibreOffice writes Excel's 0.00% the Swedish way, with a space before the sign
      expect(text).toMatch(/19,00 ?%/);
      expect(text).toMatch(/3,97 ?%/);
      expect(text).toContain("för länets 2 344 124 invånare");
      expect(text).toContain("0,590 kr");
      expect(text).not.toMatch(/\d,\d{3},\d{3}/);
      expect(text).not.toContain("0.590");
      expect(text).not.toMatch(/19\.00 ?%/);
    },
    240_000,
  );

  withPoppler(
    "English: digit groups by commas, decimal points",
    async () => {
      const text = await printedInC("en");
      expect(text).toContain("1,383,004 kr");
      expect(text).toContain("19.00%");
      expect(text).toContain("0.590 kr");
      expect(text).not.toContain("1 383 004");
    },
    240_000,
  );
});
