import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, runWorkbookCommand } from "../../src/cli/workbook";

/*
 * `npm run workbook -- --agreement FILE.json` and `--year YYYY` (issue 11): the workbook of an
 * agreement from a file, a bad file refused with file, field and reason and nothing written; the
 * threshold of the year chosen, and the summary line that says which value applies and its source.
 */

const ROOT = resolve(__dirname, "..", "..");
const SPLIT = readFileSync(join(ROOT, "test", "fixtures", "agreements", "split-70-30.json"), "utf8");

async function run(argv: string[], files: Record<string, string | Buffer> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "agreement-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkbookCommand(argv, { cwd, stdout: (line) => out.push(line), stderr: (line) => err.push(line), now: () => new Date("2026-11-22T09:30:00Z") });
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), cwd };
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("--agreement FILE.json", () => {
  test("writes the workbook of the file's agreement and says what it holds", async () => {
    const result = await run(["--agreement", "avtal.json"], { "avtal.json": SPLIT });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(await sheetNames(join(result.cwd, "fordelning.xlsx"))).toEqual(["Parametrar", "Kommuner", "Stadsdelar", "Avtal 2031", "Licenser", "Källor och metod", "Årskostnad"]);
    expect(result.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        "  Avtal: Testavtal 2031–2035 (ur avtal.json)",
        "  Licenser per användare: 100\u00a0kr per användare och år",
        "  Testavtal 2031–2035: kommunerna 3\u00a0000\u00a0000\u00a0kr, regionen 7\u00a0000\u00a0000\u00a0kr för 2031",
      ]),
    );
    expect(result.stdout).not.toContain("Pris per invånare");
  });

  test("takes the agreement's figures from the command line by their flags", async () => {
    const result = await run(["--agreement", "avtal.json", "--budget-2026", "20 000 000", "--lang", "en"], { "avtal.json": SPLIT });
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Test agreement 2031–2035: municipalities 6,000,000\u00a0kr, Region 14,000,000\u00a0kr for 2031");
  });

  test("a bad file is refused with file, field and reason, and nothing is written", async () => {
    const bad = JSON.parse(SPLIT);
    bad.parameters[1].value = 30;
    bad.components[2].budget = "Licensbudget";
    delete bad.name;
    const result = await run(["--agreement", "bad.json"], { "bad.json": JSON.stringify(bad) });
    expect(result.code).toBe(EXIT_INPUT);
    expect(result.stderr.split("\n")).toEqual(["bad.json: name: saknas", "Ingen fil skrevs: ett fel i bad.json."]);
    const semantic = { ...JSON.parse(SPLIT), parameters: bad.parameters, components: bad.components };
    const second = await run(["--agreement", "bad.json", "--lang", "en"], { "bad.json": JSON.stringify(semantic) });
    expect(second.code).toBe(EXIT_INPUT);
    expect(second.stderr.split("\n")).toEqual([
      "bad.json: parameters[1].value: a share cannot be over 100% (3,000%)",
      'bad.json: components[2].budget: "Licensbudget" is not a parameter of the agreement',
      "No file was written: 2 errors in bad.json.",
    ]);
    expect(readdirSync(second.cwd)).toEqual(["bad.json"]);
  });

  test("a file that is missing or not JSON, a name without .json, a figure the agreement lacks", async () => {
    expect((await run(["--agreement", "none.json"])).stderr).toBe("none.json: filen finns inte\nIngen fil skrevs: ett fel i none.json.");
    const broken = await run(["--agreement", "avtal.json"], { "avtal.json": '{ "id": "x",\n  "title": }' });
    expect(broken.stderr.split("\n")[0]).toBe("avtal.json: rad 2, kolumn 12: filen är inte giltig JSON");
    const txt = await run(["--agreement", "avtal.txt"]);
    expect([txt.code, txt.stderr.split("\n")[0]]).toEqual([EXIT_USAGE, "--agreement: ”avtal.txt” ska vara en JSON-fil (.json)."]);
    const threshold = await run(["--agreement", "avtal.json", "--threshold", "700000"], { "avtal.json": SPLIT });
    expect([threshold.code, threshold.stderr.split("\n")[0]]).toEqual([EXIT_USAGE, "--threshold: avtalet i avtal.json har ingen sådan siffra."]);
    expect(readdirSync(threshold.cwd)).toEqual(["avtal.json"]);
  });
});

describe("--agreement FILE.json and what an economist would not have meant (issue 15, item 6)", () => {
  const withValue = (key: string, value: number) => {
    const json = JSON.parse(SPLIT);
    json.parameters = json.parameters.map((parameter: { key: string }) => (parameter.key === key ? { ...parameter, value } : parameter));
    return JSON.stringify(json);
  };

  test("a budget of 26 kr is refused naming the value and the range, and written with --force", async () => {
    const refused = await run(["--agreement", "avtal.json"], { "avtal.json": withValue("budget2026", 26) });
    expect(refused.code).toBe(EXIT_INPUT);
    expect(refused.stderr.split("\n")).toEqual([
      "avtal.json: parameters[0].value: 26\u00a0kr ligger utanför det rimliga intervallet 1\u00a0000\u00a0000\u00a0kr–1\u00a0000\u00a0000\u00a0000\u00a0kr; kontrollera värdet och bekräfta det. Ange --force om värdet är rätt.",
      "Ingen fil skrevs: ett fel i avtal.json.",
    ]);
    expect(readdirSync(refused.cwd)).toEqual(["avtal.json"]);
    const forced = await run(["--agreement", "avtal.json", "--force"], { "avtal.json": withValue("budget2026", 26) });
    expect([forced.code, forced.stderr]).toEqual([EXIT_OK, ""]);
    expect(forced.stdout).toContain("  Testavtal 2031–2035: kommunerna 8\u00a0kr, regionen 18\u00a0kr för 2031");
  });

  test("a share of 99 % needs --force too", async () => {
    const refused = await run(["--agreement", "avtal.json", "--lang", "en"], { "avtal.json": withValue("municipalShare", 0.99) });
    expect([refused.code, refused.stderr.split("\n")[0]]).toEqual([
      EXIT_INPUT,
      "avtal.json: parameters[1].value: 99% is outside the plausible range 1%–50%; check the value and confirm it. Add --force if the value is right.",
    ]);
  });

  test("a population share of the split's whole budget is refused, not reported as the municipalities' part while its tables split the whole", async () => {
    const json = JSON.parse(SPLIT);
    json.components[1].amount = "Budget2031";
    const result = await run(["--agreement", "avtal.json", "--lang", "en"], { "avtal.json": JSON.stringify(json) });
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([
      EXIT_INPUT,
      'avtal.json: components[1].amount: "Budget2031" is the whole budget that components[0] splits between the Region and the municipalities; the municipalities pay only their part, so distribute "Kommundel2031"',
    ]);
    expect(readdirSync(result.cwd)).toEqual(["avtal.json"]);
  });

  test("two population shares, each of its own amount, sheet and column, make a workbook", async () => {
    const json = JSON.parse(SPLIT);
    const licences = json.components[2];
    json.components[2] = {
      ...json.components[1],
      amount: "LicensBudget",
      sheet: { ...json.components[1].sheet, key: "licencesShared", name: { sv: "Licenser", en: "Licences" } },
      tables: { municipalities: "LicensKommuner", districts: "LicensStadsdelar" },
      column: licences.column,
      part: licences.part,
      paragraph: licences.paragraph,
      footer: licences.footer,
    };
    json.parameters = json.parameters.filter((parameter: { key: string }) => parameter.key !== "supportUsers");
    const result = await run(["--agreement", "avtal.json"], { "avtal.json": JSON.stringify(json) });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(await sheetNames(join(result.cwd, "fordelning.xlsx"))).toEqual(["Parametrar", "Kommuner", "Stadsdelar", "Avtal 2031", "Licenser", "Källor och metod", "Årskostnad"]);
  });
});

describe("--year YYYY", () => {
  test("the threshold is the one in force that year, and the summary says which and where it is written", async () => {
    const result = await run(["--year", "2027"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain(
      "  Gränsbelopp för budgetåret 2027: 700\u00a0000\u00a0kr enligt Upphandlingsmyndigheten, Direktupphandlingsgräns enligt LOU (gäller från 1 februari 2022)",
    );
    expect(result.stdout).toContain("Pris per invånare och år: 0,6712\u00a0kr (gränsbelopp 700\u00a0000\u00a0kr på 8 år)");
  });

  test("without it the agreement's own threshold, and its source", async () => {
    const result = await run(["--lang", "en"]);
    expect(result.stdout).toContain("  Threshold: 615,312\u00a0kr according to the 2020 agreement, annex 3");
  });

  test("a threshold given wins, and the summary says so", async () => {
    const result = await run(["--year", "2021", "--threshold", "650 000"]);
    expect(result.stdout).toContain("  Gränsbelopp: 650\u00a0000\u00a0kr, angivet med --threshold (615\u00a0312\u00a0kr enligt Konkurrensverket, Tröskelvärden och direktupphandlingsgräns enligt LOU)");
  });

  test("a year that is not one, one before the table, one for an agreement without a threshold", async () => {
    const word = await run(["--year", "nästa"]);
    expect([word.code, word.stderr.split("\n")[0]]).toEqual([EXIT_USAGE, "--year: ”nästa” är inget årtal (till exempel 2027)."]);
    const early = await run(["--year", "2017"]);
    expect([early.code, early.stderr.split("\n")[0]]).toEqual([EXIT_INPUT, "--year: för 2017 finns inget gränsbelopp i tabellen över gränsbelopp (den börjar 2018-01-01)"]);
    const none = await run(["--agreement", "avtal.json", "--year", "2031", "--lang", "en"], { "avtal.json": SPLIT });
    expect([none.code, none.stderr.split("\n")[0]]).toEqual([EXIT_INPUT, "--year: no agreement of the workbook has a threshold that follows the year (the LOU model)"]);
    expect(readdirSync(none.cwd)).toEqual(["avtal.json"]);
  });
});
