import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkTables, exitCodeFor } from "../../src/check";
import type { CheckReport, Finding } from "../../src/check";
import { PARAGRAPH_BELOW_HEADING } from "../../src/check/paragraph/check";
import { PARAGRAPH_WORDS, paragraphClaims } from "../../src/check/paragraph/read";
import { summaryLine } from "../../src/check/text";
import { main } from "../../src/cli/check";
import { readGrids } from "../../src/files/checkReaders";
import { writeXlsxFile } from "../../src/files/xlsx/writePlan";
import { buildWorkbookPlan, defaultPlanOptions, planTexts } from "../../src/workbook";
import { BLOCK_ROWS, annualCostParagraph } from "../../src/workbook/sheets";

/*
 * The paragraph for the committee paper under Årskostnad (issue 17), in the add-in's own workbook as
 * the .xlsx writer makes it: the checker finds it under its heading, says when typed text has taken
 * the formula's place, and holds every figure of the text to the table it states; the verdict line
 * never says "allt stämmer" over an error.
 */

type Locale = "sv" | "en";

async function ownWorkbook(locale: Locale): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "check-paragraph-")), `fordelning-${locale}.xlsx`);
  await writeXlsxFile(buildWorkbookPlan(defaultPlanOptions(locale, { rounding: "annex", generatedAt: new Date(Date.UTC(2026, 10, 22)) })), file);
  return file;
}

/** Opens the written workbook, lets `change` edit its annual cost sheet (and the paragraph's cell), saves it beside. */
async function edited(file: string, locale: Locale, change: (sheet: ExcelJS.Worksheet, paragraph: ExcelJS.Cell) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts = planTexts(locale);
  const sheet = workbook.getWorksheet(texts.sheetNames.annualCost)!;
  const heading = sheet.getColumn(1).values.findIndex((value) => value === texts.annual.sheet.paragraphTitle);
  expect(heading).toBeGreaterThan(0);
  change(sheet, sheet.getCell(heading + PARAGRAPH_BELOW_HEADING, 1));
  const out = file.replace(/\.xlsx$/, `-${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(out);
  return out;
}

/** The text the paragraph's formula shows (its cached result). */
const shownText = (cell: ExcelJS.Cell) => String((cell.value as ExcelJS.CellFormulaValue).result);

const beyondRounding = (report: CheckReport) => report.findings.filter((finding) => finding.severity !== "rounding");
const paragraphFindings = (report: CheckReport) => report.findings.filter((finding) => finding.reasons.some((reason) => reason === "paragraphFigure" || reason === "paragraphTyped"));

describe.each(["sv", "en"] as const)("the paragraph under Årskostnad, in %s", (locale) => {
  // As the text writes them: Swedish groups with no-break spaces.
  const farsta = locale === "sv" ? ["125\u00a0116", "100\u00a0000"] : ["125,116", "100,000"];

  test("the untouched workbook checks clean, the paragraph's figures with it", async () => {
    const report = checkTables(await readGrids(await ownWorkbook(locale)));
    expect(beyondRounding(report)).toEqual([]);
    expect(exitCodeFor(report)).toBe(0);
  });

  test("typed text over the paragraph with a wrong amount: a warning for the text, an error naming the figure", async () => {
    const file = await ownWorkbook(locale);
    let address = "";
    const typed = await edited(file, locale, (_sheet, paragraph) => {
      address = paragraph.address;
      const text = shownText(paragraph);
      expect(text).toContain(farsta[0]);
      paragraph.value = text.replace(farsta[0], farsta[1]);
    });
    const report = checkTables(await readGrids(typed));
    const found = paragraphFindings(report);
    expect(found.map((finding) => [finding.severity, finding.address, finding.reasons[0]])).toEqual([
      ["error", address, "paragraphFigure"],
      ["warning", address, "paragraphTyped"],
    ]);
    const error = found[0];
    expect(error).toMatchObject({ sheet: planTexts(locale).sheetNames.annualCost, statedValue: 100000, expected: expect.closeTo(125116.017, 2) });
    // The figure as the paragraph writes it, the table's in the message's language.
    expect(error.message[locale]).toBe(
      locale === "sv" ? "Stycket säger 100\u00a0000\u00a0kr för Farsta för 2026, tabellen 125\u00a0116\u00a0kr (G32)." : "The paragraph says 100,000\u00a0kr for Farsta for 2026, the table 125,116\u00a0kr (G32).",
    );
    // Nothing else: the table itself is untouched.
    expect(beyondRounding(report)).toEqual(found);
    expect(report.status).toBe("findings");
    expect(exitCodeFor(report)).toBe(1);
    expect(summaryLine(report, "sv")).not.toContain("allt stämmer");
    expect(summaryLine(report, "en")).not.toContain("everything holds");
  });

  test("a figure typed over Farsta's 2026 amount: the paragraph's cached figure no longer agrees with the table, and both are found", async () => {
    const typed = await edited(await ownWorkbook(locale), locale, (sheet) => {
      const row = sheet.getColumn(1).values.findIndex((value) => value === "Farsta");
      const header = sheet.getRow(4).values as unknown[];
      sheet.getCell(row, header.indexOf(locale === "sv" ? "Avtal 2026–2030" : "Agreement 2026–2030")).value = 100000;
    });
    const report = checkTables(await readGrids(typed));
    const inTable = report.findings.filter((finding) => finding.row === "Farsta" && finding.columnKey === "cost2026");
    expect(inTable.map((finding) => finding.kind)).toEqual(expect.arrayContaining(["figure", "constant"]));
    const inText = paragraphFindings(report);
    expect(inText).toHaveLength(1);
    expect(inText[0]).toMatchObject({ severity: "error", statedValue: 125116, expected: 100000, reasons: ["paragraphFigure"] });
    expect(inText[0].message[locale]).toContain(`(G32)`);
    expect(exitCodeFor(report)).toBe(1);
  });

  test("a share of the budget in the text that does not give the table's total for 2026 is an error", async () => {
    const share = locale === "sv" ? "19\u00a0%" : "19%";
    const typed = await edited(await ownWorkbook(locale), locale, (_sheet, paragraph) => {
      const text = shownText(paragraph);
      expect(text).toContain(share);
      paragraph.value = text.replace(share, share.replace("19", "18"));
    });
    const report = checkTables(await readGrids(typed));
    const errors = paragraphFindings(report).filter((finding) => finding.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ statedValue: 4680000, expected: 4940000 });
    expect(errors[0].message.sv).toContain("Stycket säger att kommunerna betalar 18\u00a0% av 26\u00a0000\u00a0000\u00a0kr, alltså 4\u00a0680\u00a0000\u00a0kr, men tabellens summa för 2026 är 4\u00a0940\u00a0000\u00a0kr (G44)");
  });

  test("typed paragraph text that is right: only the warning that it no longer follows the table", async () => {
    const typed = await edited(await ownWorkbook(locale), locale, (_sheet, paragraph) => {
      paragraph.value = shownText(paragraph);
    });
    const report = checkTables(await readGrids(typed));
    const found: Finding[] = beyondRounding(report);
    expect(found.map((finding) => [finding.severity, finding.kind, finding.reasons[0]])).toEqual([["warning", "constant", "paragraphTyped"]]);
    expect(found[0].message.en).toContain("no longer follows the table");
    expect(exitCodeFor(report)).toBe(1);
  });
});

test("npm run check on a typed wrong paragraph lists the error and its verdict says so", async () => {
  const typed = await edited(await ownWorkbook("sv"), "sv", (_sheet, paragraph) => {
    paragraph.value = shownText(paragraph).replace("130\u00a0365", "131\u00a0365");
  });
  let stdout = "";
  const code = await main([typed], { cwd: process.cwd(), stdout: (text) => (stdout += text), stderr: () => undefined });
  expect(code).toBe(1);
  expect(stdout).toContain("Stycket säger 131 365 invånare för invånarna i Södermalm, tabellen 130 365 invånare");
  expect(stdout).not.toContain("allt stämmer");
});

test("the checker's heading and block row agree with the plan's", () => {
  for (const locale of ["sv", "en"] as const) expect(PARAGRAPH_WORDS[locale].heading).toBe(planTexts(locale).annual.sheet.paragraphTitle);
  expect(PARAGRAPH_BELOW_HEADING).toBe(BLOCK_ROWS.paragraph - BLOCK_ROWS.heading);
});

test("every sentence of the paragraph is read: with users and previous amounts of 2025, each figure is named, a change signed", () => {
  const users = { Farsta: 29, Solna: 40 };
  const options = defaultPlanOptions("sv", { users, previousCosts: { Farsta: 130000 }, previousCostsGiven: true, previousPeriod: { kind: "year", year: 2025 } } as never);
  const claims = paragraphClaims(annualCostParagraph(options), "sv");
  expect(claims.map((claim) => claim.key)).toEqual([
    "countyLou", "rate", "countyPopulation", "costPerUser", "municipalPart2026", "municipalShare2026", "budget2026", "largestName", "largestPopulation", "threshold", "years",
    "unitTotal2020", "unitLou", "unitSupport", "unitCost2026", "unitChange", "unitChangePercent", "unitPrevious", "unitChangePrevious", "unitChangePreviousPercent",
  ]);
  const byKey = Object.fromEntries(claims.map((claim) => [claim.key, "value" in claim ? claim.value.toNumber() : claim.name]));
  expect(byKey).toMatchObject({ unitTotal2020: 42278, unitLou: 35028, unitSupport: 7250, unitCost2026: 125116, unitChange: 82838, unitPrevious: 130000, unitChangePrevious: -4884, unitChangePreviousPercent: -3.76, largestName: "Södermalm", rate: 0.59 });
});
