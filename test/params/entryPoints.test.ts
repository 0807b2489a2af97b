import { FakeCustomFunctionsError, setDisplayLanguage } from "../functions/globals";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { louCostPerYear, municipalCost2026 } from "../../src/functions/functions";
import { main as checkCommand } from "../../src/cli/check";
import { runWorkbookCommand } from "../../src/cli/workbook";
import { readCellParameter, readNumberParameter } from "../../src/params";
import { readCheckFigure } from "../../src/taskpane/check/figures";
import { checkParameter } from "../../src/taskpane/state/parameters";
import type { Locale } from "../../src/i18n/locale";

/*
 * Issue 8: the same text means the same everywhere. Each text goes through every entry point that
 * takes the figure (the Fill tab's field, `npm run workbook`'s option, `npm run check`'s option,
 * the Check tab's field, a custom function's argument) and must give the figure written below for
 * it, or be refused with the message written below, the same message at every entry point. The
 * expected outcomes are written out here, not asked of the reader, so a wrong reading fails.
 */

const flat = (message: string | undefined) => (message ?? "").replace(/\u00a0/g, " ");
const TEXTS = ["615 312", "615 312 kr", "615312", "615,312", "615.312", "19", "19 %", "0,19", "0", "-5", "abc", "1e6"] as const;
type Text = (typeof TEXTS)[number];
type Key = "threshold" | "years" | "municipalShare";
const ROOT = resolve(__dirname, "..", "..");
const ANNEX = "test/fixtures/check/bilaga3-tryckt.xlsx";

/**
 * What each text must give: `value` (exact decimal text, a share as a fraction), with `implausible`
 * when it needs a confirmation (the words of the warning), or `refused` (the words of the message).
 * Written with plain spaces: the messages keep a figure with its unit by a non-breaking space, which
 * the comparison reads as a space.
 */
type Expected = { readonly value: string; readonly implausible?: string } | { readonly refused: string };

const EXPECTED: Readonly<Record<"sv" | "en", Readonly<Record<Key, Readonly<Record<Text, Expected>>>>>> = {
  sv: {
    threshold: {
      "615 312": { value: "615312" },
      "615 312 kr": { value: "615312" },
      "615312": { value: "615312" },
      "615,312": { refused: "”615,312” kan läsas på två sätt: 615 312 kr eller 615,312 kr. Menade du 615 312 kr?" },
      "615.312": { refused: "”615.312” kan läsas på två sätt: 615 312 kr eller 615,312 kr. Menade du 615 312 kr?" },
      "19": { value: "19", implausible: "19 kr ligger utanför det rimliga intervallet" },
      "19 %": { refused: "”19 %” är en procentsats, men här anges ett belopp i kronor" },
      "0,19": { value: "0.19", implausible: "0,19 kr ligger utanför det rimliga intervallet" },
      "0": { refused: "måste vara större än 0 kr" },
      "-5": { refused: "får inte vara negativt (−5 kr)" },
      abc: { refused: "”abc” är inget tal" },
      "1e6": { refused: "”1e6” är skrivet i grundpotensform; skriv talet med siffror (1 000 000)" },
    },
    years: {
      "615 312": { refused: "får vara högst 100 år (615 312 år)" },
      "615 312 kr": { refused: "”615 312 kr” är ett belopp i kronor, men här anges ett antal år" },
      "615312": { refused: "får vara högst 100 år (615 312 år)" },
      "615,312": { refused: "”615,312” kan läsas på två sätt: 615 312 år eller 615,312 år. Menade du 615 312 år?" },
      "615.312": { refused: "”615.312” kan läsas på två sätt: 615 312 år eller 615,312 år. Menade du 615 312 år?" },
      "19": { value: "19" },
      "19 %": { refused: "”19 %” är en procentsats, men här anges ett antal år" },
      "0,19": { refused: "måste vara minst 1 år (0,19 år)" },
      "0": { refused: "måste vara minst 1 år (0 år)" },
      "-5": { refused: "får inte vara negativt (−5 år)" },
      abc: { refused: "”abc” är inget tal" },
      "1e6": { refused: "”1e6” är skrivet i grundpotensform" },
    },
    municipalShare: {
      "615 312": { refused: "en andel kan inte vara över 100 % (615 312 %)" },
      "615 312 kr": { refused: "”615 312 kr” är ett belopp i kronor, men här anges en procentsats" },
      "615312": { refused: "en andel kan inte vara över 100 % (615 312 %)" },
      "615,312": { refused: "en andel kan inte vara över 100 % (615,312 %)" },
      "615.312": { refused: "en andel kan inte vara över 100 % (615,312 %)" },
      "19": { value: "0.19" },
      "19 %": { value: "0.19" },
      "0,19": { refused: "”0,19” kan betyda 19 % (andelen 0,19) eller 0,19 %. Menade du 19 %?" },
      "0": { refused: "måste vara större än 0 %" },
      "-5": { refused: "får inte vara negativt (−5 %)" },
      abc: { refused: "”abc” är inget tal" },
      "1e6": { refused: "”1e6” är skrivet i grundpotensform" },
    },
  },
  en: {
    threshold: {
      "615 312": { value: "615312" },
      "615 312 kr": { value: "615312" },
      "615312": { value: "615312" },
      "615,312": { refused: '"615,312" can be read two ways: 615 312 kr or 615.312 kr. Did you mean 615 312 kr?' },
      "615.312": { refused: '"615.312" can be read two ways: 615 312 kr or 615.312 kr. Did you mean 615 312 kr?' },
      "19": { value: "19", implausible: "19 kr is outside the plausible range" },
      "19 %": { refused: '"19 %" is a percentage, but this takes an amount in kronor' },
      "0,19": { value: "0.19", implausible: "0.19 kr is outside the plausible range" },
      "0": { refused: "must be greater than 0 kr" },
      "-5": { refused: "must not be negative (-5 kr)" },
      abc: { refused: '"abc" is not a number' },
      "1e6": { refused: '"1e6" is in scientific notation; write the number in digits (1,000,000)' },
    },
    years: {
      "615 312": { refused: "must be at most 100 years (615,312 years)" },
      "615 312 kr": { refused: '"615 312 kr" is an amount in kronor, but this takes a number of years' },
      "615312": { refused: "must be at most 100 years (615,312 years)" },
      "615,312": { refused: '"615,312" can be read two ways: 615 312 years or 615.312 years. Did you mean 615 312 years?' },
      "615.312": { refused: '"615.312" can be read two ways: 615 312 years or 615.312 years. Did you mean 615 312 years?' },
      "19": { value: "19" },
      "19 %": { refused: '"19 %" is a percentage, but this takes a number of years' },
      "0,19": { refused: "must be at least 1 year (0.19 years)" },
      "0": { refused: "must be at least 1 year (0 years)" },
      "-5": { refused: "must not be negative (-5 years)" },
      abc: { refused: '"abc" is not a number' },
      "1e6": { refused: '"1e6" is in scientific notation' },
    },
    municipalShare: {
      "615 312": { refused: "a share cannot be over 100% (615,312%)" },
      "615 312 kr": { refused: '"615 312 kr" is an amount in kronor, but this takes a percentage' },
      "615312": { refused: "a share cannot be over 100% (615,312%)" },
      "615,312": { refused: "a share cannot be over 100% (615.312%)" },
      "615.312": { refused: "a share cannot be over 100% (615.312%)" },
      "19": { value: "0.19" },
      "19 %": { value: "0.19" },
      "0,19": { refused: '"0,19" can mean 19% (the fraction 0,19) or 0.19%. Did you mean 19%?' },
      "0": { refused: "must be greater than 0%" },
      "-5": { refused: "must not be negative (-5%)" },
      abc: { refused: '"abc" is not a number' },
      "1e6": { refused: '"1e6" is in scientific notation' },
    },
  },
};

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
  ] as const)("%s", (key: Key, flag: string) => {
    test.each(TEXTS)("%j", async (text) => {
      const expected = EXPECTED[locale][key][text];
      const accepted = "value" in expected;

      // The Fill tab's field gives the figure, or the refusal whose words the other entry points repeat.
      const field = checkParameter(key, text, locale);
      expect(field.ok).toBe(accepted);
      let message = "";
      if ("value" in expected && field.ok) {
        expect(field.value.toString()).toBe(expected.value);
        if (expected.implausible) expect(flat(field.implausible)).toContain(expected.implausible);
        else expect(field.implausible).toBeUndefined();
      } else if ("refused" in expected && !field.ok) {
        expect(flat(field.message)).toContain(expected.refused);
        message = field.message;
      }
      const warning = "value" in expected ? expected.implausible : undefined;

      // npm run workbook: refused (or waiting for --force) with the same message, nothing written.
      const command = await workbookOption(flag, text, locale);
      if (!accepted || warning) {
        expect(command.code).toBe(2);
        expect(command.stderr).toContain(`${flag}: ${message || (field.ok ? field.implausible : "")}`);
        expect(flat(command.stderr)).toContain(accepted ? warning! : (expected as { refused: string }).refused);
        expect(command.files).toEqual([]);
      } else {
        expect(command.code).toBe(0);
        expect(command.files).toEqual(["fordelning.xlsx"]);
      }

      // npm run check and the Check tab take the threshold and the years.
      if (key === "threshold" || key === "years") {
        const check = await checkOption(flag, text, locale);
        const tab = readCheckFigure(key, text, locale);
        if ("refused" in expected) {
          expect(check.code).toBe(2);
          expect(check.stderr).toContain(`${flag}: ${message}`);
          expect(tab).toEqual({ ok: false, problem: expect.any(String), message });
        } else {
          expect(tab?.ok && tab.value.toString()).toBe(expected.value);
          if (warning) {
            expect(flat(tab?.ok ? tab.implausible : undefined)).toContain(warning);
            expect(check.code).toBe(2);
            expect(flat(check.stderr)).toContain(warning);
          } else {
            expect(tab?.ok ? tab.implausible : "no reading").toBeUndefined();
            expect(check.code).not.toBe(2);
          }
        }
      }

      // A custom function's argument: no confirmation there, so an implausible value is refused, naming the range.
      const call = (argument: string | number) =>
        key === "threshold"
          ? louCostPerYear(1000, 100000, argument, 8)
          : key === "years"
            ? louCostPerYear(1000, 100000, 615312, argument)
            : municipalCost2026(1000, 1000000, argument, 100000);
      const argument = functionArgument(() => call(text));
      expect(argument.accepted).toBe(accepted && !warning);
      if (warning) {
        expect(argument.text).toMatch(/rimliga intervallet|plausible range/);
      } else if ("value" in expected) {
        // The same as the figure typed as a number
        expect(Number(argument.value)).toBe(call(Number(expected.value)));
      } else {
        expect(argument.text).toContain(message);
      }
    });
  });
});

describe("the Swedish reader's own messages", () => {
  // The table above reads non-breaking spaces as spaces; here, that each figure keeps its unit by one.
  test.each([
    ["threshold", "615,312", "kan läsas på två sätt: 615\u00a0312\u00a0kr eller 615,312\u00a0kr. Menade du 615\u00a0312\u00a0kr?"],
    ["threshold", "0", "måste vara större än 0\u00a0kr"],
    ["threshold", "-5", "får inte vara negativt (−5\u00a0kr)"],
    ["threshold", "1e6", "grundpotensform; skriv talet med siffror (1\u00a0000\u00a0000)"],
    ["municipalShare", "0,19", "”0,19” kan betyda 19\u00a0% (andelen 0,19) eller 0,19\u00a0%. Menade du 19\u00a0%?"],
    ["municipalShare", "190", "en andel kan inte vara över 100 % (190\u00a0%)"],
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
