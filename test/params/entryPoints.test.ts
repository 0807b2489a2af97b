import { FakeCustomFunctionsError, setDisplayLanguage } from "../functions/globals";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { louCostPerYear, municipalCost2026 } from "../../src/functions/functions";
import { main as checkCommand } from "../../src/cli/check";
import { runWorkbookCommand } from "../../src/cli/workbook";
import { readCellParameter, readNumberParameter, type PlanParamKey } from "../../src/params";
import { readCheckFigure } from "../../src/taskpane/check/figures";
import { checkParameter } from "../../src/taskpane/state/parameters";
import type { Locale } from "../../src/i18n/locale";

/*
 * Issue 8: the same text means the same everywhere. Each text goes through every entry point that
 * takes the figure (the Fill tab's field, `npm run workbook`'s option, `npm run check`'s option,
 * the Check tab's field, a custom function's argument) and must give the same value, or the same
 * refusal with the same message, as the declaration's own reading.
 */

const TEXTS = ["615 312", "615 312 kr", "615312", "615,312", "615.312", "19", "19 %", "0,19", "0", "-5", "abc", "1e6"] as const;
const ROOT = resolve(__dirname, "..", "..");
const ANNEX = "test/fixtures/check/bilaga3-tryckt.xlsx";

interface Outcome {
  readonly accepted: boolean;
  /** The value accepted, as exact decimal text (a share as a fraction). */
  readonly value?: string;
  /** The refusal's message or the plausibility warning, as the entry point shows it. */
  readonly text: string;
}

async function workbookOption(flag: string, text: string, locale: Locale): Promise<{ code: number; stderr: string; stdout: string; files: string[] }> {
  const cwd = mkdtempSync(join(tmpdir(), "entry-"));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkbookCommand([`${flag}=${text}`, "--lang", locale], { cwd, stdout: (line) => out.push(line), stderr: (line) => err.push(line), now: () => new Date("2026-11-29T09:00:00Z") });
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), files: readdirSync(cwd) };
}

async function checkOption(flag: string, text: string, locale: Locale): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await checkCommand([ANNEX, `${flag}=${text}`, "--lang", locale], { cwd: ROOT, stdout: () => undefined, stderr: (chunk) => (stderr += chunk) });
  return { code, stderr };
}

function functionArgument(call: () => number): Outcome {
  try {
    return { accepted: true, value: String(call()), text: "" };
  } catch (error) {
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    return { accepted: false, text: (error as Error).message };
  }
}

describe.each(["sv", "en"] as const)("the same text through every entry point (%s)", (locale) => {
  beforeAll(() => setDisplayLanguage(locale === "sv" ? "sv-SE" : "en-US"));
  afterAll(() => setDisplayLanguage("sv-SE"));

  describe.each([
    ["threshold", "--threshold"],
    ["years", "--years"],
    ["municipalShare", "--municipal-share"],
  ] as const)("%s", (key: PlanParamKey, flag: string) => {
    test.each(TEXTS)("%j", async (text) => {
      const expected = readNumberParameter(key, text, locale);

      // The Fill tab's field.
      const field = checkParameter(key, text, locale);
      expect(field.ok).toBe(expected.ok);
      if (expected.ok && field.ok) {
        expect(field.value).toBe(expected.value.toString());
        expect(field.implausible).toBe(expected.implausible);
      } else if (!expected.ok && !field.ok) {
        expect(field.message).toBe(expected.message);
      }

      // npm run workbook: refused (or waiting for --force) with the same message, nothing written.
      const command = await workbookOption(flag, text, locale);
      if (!expected.ok || expected.implausible) {
        expect(command.code).toBe(2);
        expect(command.stderr).toContain(`${flag}: ${expected.ok ? expected.implausible : expected.message}`);
        expect(command.files).toEqual([]);
      } else {
        expect(command.code).toBe(0);
        expect(command.files).toEqual(["fordelning.xlsx"]);
      }

      // npm run check and the Check tab take the threshold and the years.
      if (key === "threshold" || key === "years") {
        const check = await checkOption(flag, text, locale);
        const tab = readCheckFigure(key, text, locale);
        if (!expected.ok) {
          expect(check.code).toBe(2);
          expect(check.stderr).toContain(`${flag}: ${expected.message}`);
          expect(tab).toEqual({ message: expected.message });
        } else {
          expect(tab.value).toBe(expected.value.toNumber());
          expect(tab.implausible).toBe(expected.implausible);
          if (expected.implausible) {
            expect(check.code).toBe(2);
            expect(check.stderr).toContain(expected.implausible);
          } else {
            expect(check.code).not.toBe(2);
          }
        }
      }

      // A custom function's argument: no confirmation there, so an implausible value is refused, naming the range.
      const argument =
        key === "threshold"
          ? functionArgument(() => louCostPerYear(1000, 100000, text, 8))
          : key === "years"
            ? functionArgument(() => louCostPerYear(1000, 100000, 615312, text))
            : functionArgument(() => municipalCost2026(1000, 1000000, text, 100000));
      expect(argument.accepted).toBe(expected.ok && !expected.implausible);
      if (expected.ok && expected.implausible) {
        expect(argument.text).toMatch(/rimliga intervallet|plausible range/);
      } else if (expected.ok) {
        const reference =
          key === "threshold"
            ? louCostPerYear(1000, 100000, expected.value.toNumber(), 8)
            : key === "years"
              ? louCostPerYear(1000, 100000, 615312, expected.value.toNumber())
              : municipalCost2026(1000, 1000000, expected.value.toNumber(), 100000);
        expect(Number(argument.value)).toBe(reference);
      } else {
        expect(argument.text).toContain(expected.message);
      }
    });
  });
});

describe("what the readings are (Swedish)", () => {
  test.each([
    ["threshold", "615 312", "615312"],
    ["threshold", "615 312 kr", "615312"],
    ["threshold", "615312", "615312"],
    ["municipalShare", "19", "0.19"],
    ["municipalShare", "19 %", "0.19"],
  ] as const)("%s %j is %s", (key, text, value) => {
    const reading = readNumberParameter(key, text, "sv");
    expect(reading.ok && reading.value.toString()).toBe(value);
  });

  test.each([
    ["threshold", "615,312", "kan läsas på två sätt: 615\u00a0312\u00a0kr eller 615,312\u00a0kr. Menade du 615\u00a0312\u00a0kr?"],
    ["threshold", "615.312", "kan läsas på två sätt"],
    ["threshold", "0", "måste vara större än 0\u00a0kr"],
    ["threshold", "-5", "får inte vara negativt (−5\u00a0kr)"],
    ["threshold", "abc", "”abc” är inget tal"],
    ["threshold", "1e6", "grundpotensform; skriv talet med siffror (1\u00a0000\u00a0000)"],
    ["threshold", "19 %", "”19 %” är en procentsats, men här anges ett belopp i kronor"],
    ["municipalShare", "0,19", "”0,19” kan betyda 19\u00a0% (andelen 0,19) eller 0,19\u00a0%. Menade du 19\u00a0%?"],
    ["municipalShare", "190", "en andel kan inte vara över 100 % (190\u00a0%)"],
    ["years", "1e6", "grundpotensform"],
  ] as const)("%s %j is refused: %s", (key, text, message) => {
    const reading = readNumberParameter(key, text, "sv");
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toContain(message);
  });

  test("a threshold of 19 kr or 61 531 kr, 21 years or a share of 60 % needs a confirmation", () => {
    for (const [key, text] of [
      ["threshold", "19"],
      ["threshold", "61 531"],
      ["years", "21"],
      ["municipalShare", "60"],
    ] as const) {
      const reading = readNumberParameter(key, text, "sv");
      expect(reading.ok && reading.implausible).toMatch(/utanför det rimliga intervallet/);
    }
  });
});

test("a share of 190 is over 100 % whichever way it is read, not ambiguous (issue 8, item 12)", () => {
  const reading = readCellParameter("municipalShare", 190, "sv");
  expect(reading.ok).toBe(false);
  expect(!reading.ok && reading.message).toContain("en andel kan inte vara över 100 %");
  const typed = readNumberParameter("municipalShare", "190", "sv");
  expect(!typed.ok && typed.message).toContain("en andel kan inte vara över 100 %");
  const nineteen = readCellParameter("municipalShare", 19, "sv");
  expect(!nineteen.ok && nineteen.message).toContain("tvetydigt");
});
