import { execFile } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/check";
import { runWorkbookCommand } from "../../src/cli/workbook";

/*
 * `npm run check`: the report in Swedish (or English), JSON with --json, exit 0/1/2.
 */

const ROOT = resolve(__dirname, "..", "..");
const KOMMUNER = "test/fixtures/bilaga3/bilaga3-kommuner-tryckt.csv";
const STADSDELAR = "test/fixtures/bilaga3/bilaga3-stadsdelar-tryckt.csv";

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { cwd: ROOT, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("npm run check", () => {
  test("the printed annex: parameters, findings by severity and kind, exit 1 for the total that is neither its rows' sum nor the exact total", async () => {
    const { code, stdout, stderr } = await run(KOMMUNER, STADSDELAR);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toContain("Granskning av bilaga3-kommuner-tryckt.csv, bilaga3-stadsdelar-tryckt.csv");
    expect(stdout).toContain("Gränsbelopp (LOU): 615 312 kr (härlett ur tabellen: Södermalms Summa totalt");
    expect(stdout).toContain("Avtalsperiod: 8 år (härlett ur tabellen");
    expect(stdout).toMatch(/Fel \(0\)\n\nVarningar \(1\)\n {2}Totalrader \(1\)\n/);
    expect(stdout).toMatch(/Avrundning \(12\)\n {2}Siffror \(7\)\n/);
    expect(stdout).toContain("  Totalrader (5)");
    expect(stdout).toContain(
      "    'bilaga3-kommuner-tryckt.csv'!E28  Totalt, Summa totalt: angivet 11 064 034 kr, exakt 11 064 035,73 kr, skillnad −1,73 kr, summa av raderna 11 064 032 kr",
    );
    expect(stdout).toContain("    'bilaga3-stadsdelar-tryckt.csv'!G10  Skarpnäck, Summa totalt: angivet 219 690 kr, exakt 219 689,39 kr, skillnad +0,61 kr");
    expect(stdout).toContain("Tabellen har bara värden, inga formler");
    expect(stdout).toContain("Resultat: 159 celler granskade: 0 fel, 1 varning, 12 avrundningar");
  });

  test("--json gives the report as data, --lang en the messages in English", async () => {
    const { code, stdout } = await run("test/fixtures/check/bilaga3-tryckt.xlsx", "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.exitCode).toBe(1);
    expect(report.findings).toHaveLength(13);
    expect(report.findings[0]).toMatchObject({ sheet: "Kommuner", address: "E28", severity: "warning", kind: "total", stated: "11 064 034 kr" });
    expect(report.findings[1]).toMatchObject({ sheet: "Kommuner", address: "E21", severity: "rounding", kind: "figure", stated: "214 958 kr" });
    expect(report.parameters.find((parameter: { key: string }) => parameter.key === "threshold")).toMatchObject({ value: 615312, source: "inferred" });

    const english = await run("test/fixtures/check/bilaga3-tryckt.xlsx", "--lang", "en");
    expect(english.stdout).toContain("Threshold (LOU): 615,312 kr (inferred from the table");
    expect(english.stdout).toContain("Warnings (1)\n  Total rows (1)");
    expect(english.stdout).toContain("Result: 159 cells checked: 0 errors, 1 warning, 12 rounding differences");
  });

  test("--threshold and --years are used as given; --sheet picks one sheet", async () => {
    const { stdout } = await run("test/fixtures/check/bilaga3-tryckt.xlsx", "--threshold", "615 312", "--years", "8", "--json");
    const report = JSON.parse(stdout);
    expect(report.parameters.find((parameter: { key: string }) => parameter.key === "threshold")).toMatchObject({ value: 615312, source: "given" });
    expect(report.findings).toHaveLength(13);

    const districts = await run("test/fixtures/check/bilaga3-tryckt.xlsx", "--sheet", "Stadsdelar", "--json");
    expect(JSON.parse(districts.stdout).tables).toHaveLength(1);
  });

  test("--lang=en, written with '=' as the other options may be, gives English too (also for a usage error)", async () => {
    const english = await run(KOMMUNER, STADSDELAR, "--lang=en");
    expect(english.stdout).toContain("Threshold (LOU): 615,312 kr (inferred from the table");
    const wrong = await run("--years=abc", "--lang=en");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--years: \"abc\" is not a number");
    expect(wrong.stderr).toContain("Usage: npm run check -- FILE.xlsx|FILE.csv");
  });

  test("--help prints the usage", async () => {
    const { code, stdout } = await run("--help", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run check -- FILE.xlsx|FILE.csv");
  });

  test("--help lists every figure the check may be given, with its declaration's flag, unit and label", async () => {
    const english = (await run("--help", "--lang", "en")).stdout;
    expect(english).toContain("  --threshold KR            LOU threshold (otherwise worked out from the tables)");
    expect(english).toContain("  --municipal-share PERCENT Municipalities' share 2026–2030 (otherwise worked out from the tables)");
    expect(english).toContain("  --county N                County population (otherwise worked out from the tables)");
    const swedish = (await run("--help")).stdout;
    expect(swedish).toContain("  --budget-2026 KR          Budget 2026 (annars härlett ur tabellerna)");
    for (const flag of ["--threshold", "--years", "--support-budget", "--support-users", "--budget-2026", "--municipal-share", "--county", "--city"]) {
      expect(swedish).toContain(`  ${flag} `);
    }
  });

  test("exit 0 when nothing beyond rounding is found", async () => {
    const { code, stdout } = await run("test/fixtures/check/bilaga3-formler.xlsx");
    expect(code).toBe(0);
    expect(stdout).toContain("allt stämmer");
  });

  test("exit 0 with rounding findings only", async () => {
    // The printed annex without its total rows: only the seven rounding cells remain.
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    const { readFileSync } = await import("fs");
    for (const file of [KOMMUNER, STADSDELAR]) {
      const lines = readFileSync(join(ROOT, file), "utf8").trim().split("\n");
      writeFileSync(join(dir, file.split("/").pop()!), lines.slice(0, -1).join("\n"));
    }
    const { code, stdout } = await run(join(dir, "bilaga3-kommuner-tryckt.csv"), join(dir, "bilaga3-stadsdelar-tryckt.csv"));
    expect(stdout).toContain("Avrundning (7)");
    expect(stdout).toContain("inget utöver avrundning");
    expect(code).toBe(0);
  });

  test("exit 0 when the totals are off their rows by rounding only (the annex with its one unexplained total mended)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    const { readFileSync } = await import("fs");
    const kommuner = readFileSync(join(ROOT, KOMMUNER), "utf8").replace("11 064 034 kr", "11 064 036 kr");
    writeFileSync(join(dir, "kommuner.csv"), kommuner);
    const { code, stdout } = await run(join(dir, "kommuner.csv"), STADSDELAR);
    expect(stdout).toContain("Varningar (0)");
    expect(stdout).toContain("Avrundning (13)");
    expect(code).toBe(0);
  });

  test("exit 2 on input it cannot read, naming the file, sheet or cell", async () => {
    let result = await run("test/fixtures/check/finns-inte.xlsx");
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("test/fixtures/check/finns-inte.xlsx: filen finns inte.");

    result = await run("test/fixtures/check/bilaga3-tryckt.xlsx", "--sheet", "Blad9");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bladet "Blad9" finns inte (det finns: Kommuner, Stadsdelar)');

    const dir = mkdtempSync(join(tmpdir(), "check-"));
    const bad = join(dir, "trasig.csv");
    writeFileSync(bad, "Kommun;Invånare;Fördelning;Summa/år;Summa totalt\nBotkyrka;93 106;3,97%;54 931 kr;439 451 kr\nDanderyd;många;1,42%;19 580 kr;156 639 kr\n");
    result = await run(bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("trasig.csv!B3");
    expect(result.stderr).toContain('Danderyd: invånarantalet "många" går inte att läsa');

    const empty = join(dir, "tom.csv");
    writeFileSync(empty, "\n\n");
    result = await run(empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Området är tomt");

    result = await run("--years", "0", KOMMUNER);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--years: måste vara minst 1\u00a0år (0\u00a0år).");

    result = await run("foo.pdf");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bara .xlsx- och .csv-filer kan granskas");
  });

  test("as a child process: npx tsx src/cli/check.ts sets the exit status", async () => {
    const exec = promisify(execFile);
    const failure = await exec("npx", ["tsx", "src/cli/check.ts", KOMMUNER, STADSDELAR, "--json"], { cwd: ROOT }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(JSON.parse(failure.stdout).counts).toEqual({ cellsChecked: 159, formulas: 0, error: 0, warning: 1, rounding: 12 });
    const ok = await exec("npx", ["tsx", "src/cli/check.ts", "test/fixtures/check/bilaga3-formler.xlsx"], { cwd: ROOT });
    expect(ok.stdout).toContain("allt stämmer");
  }, 60000);
});

describe("npm run check: arguments (issue 8, item 12)", () => {
  test("a relative file is found where the user typed the command (INIT_CWD), not in the package folder", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "check-cwd-"));
    writeFileSync(join(cwd, "kommuner.csv"), readFileSync(join(ROOT, KOMMUNER)));
    const exec = promisify(execFile);
    const result = await exec(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "check.ts"), "kommuner.csv"], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: cwd },
      timeout: 60_000,
    }).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).not.toBe(2);
    expect(result.stdout).toContain("Granskning av kommuner.csv");
  });

  test("an option given twice, an ambiguous or implausible threshold: exit 2 with the option named", async () => {
    const twice = await run(KOMMUNER, "--threshold", "615312", "--threshold", "700000");
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("--threshold är angivet två gånger");
    const ambiguous = await run(KOMMUNER, "--threshold", "615,312");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("--threshold: ”615,312” kan läsas på två sätt");
    const implausible = await run(KOMMUNER, "--years", "25");
    expect(implausible.code).toBe(2);
    expect(implausible.stderr).toContain("Ange --force om värdet är rätt.");
    expect((await run(KOMMUNER, "--years", "25", "--force")).code).not.toBe(2);
  });
});

describe("npm run check --agreement (issue 18, item 7)", () => {
  const AGREEMENT = "test/fixtures/agreements/split-70-30.json";

  test("the workbook `npm run workbook -- --agreement` wrote checks clean against the same file, its tables named by its period", async () => {
    const dir = mkdtempSync(join(tmpdir(), "check-agreement-"));
    const file = join(dir, "split.xlsx");
    expect(await runWorkbookCommand(["--agreement", join(ROOT, AGREEMENT), "--out", file], { cwd: dir, stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const { code, stdout, stderr } = await run(file, "--agreement", AGREEMENT);
    expect(stderr).toBe("");
    expect(stdout).toContain("Kommuntabell för 2031–2035: 'Avtal 2031'!A9:D36 (26 rader, totalrad A36)");
    expect(stdout).toContain("Kommunernas del, fördelad efter invånare (kr/år): 3 000 000 kr");
    expect(stdout).not.toMatch(/--threshold|--years/);
    expect(stdout).toMatch(/0 fel, 0 varningar, 0 avrundningar; allt stämmer/);
    expect(code).toBe(0);
  });

  test("an agreement that is no JSON file, or not an agreement, is refused with exit 2, naming it", async () => {
    const notJson = await run(KOMMUNER, "--agreement", "avtal.txt");
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("--agreement: ”avtal.txt” ska vara en JSON-fil (.json).");
    const dir = mkdtempSync(join(tmpdir(), "check-agreement-"));
    writeFileSync(join(dir, "avtal.json"), '{"id": "x"}');
    const invalid = await run(KOMMUNER, "--agreement", join(dir, "avtal.json"));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("avtal.json");
    expect(invalid.stdout).toBe("");
  });
});

test("a workbook with no allocation table: one line says so and names the sheets searched, exit 2 (issue 18)", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Anteckningar").getCell("A1").value = "Att göra: fråga kommunerna";
  const numbers = workbook.addWorksheet("Siffror");
  numbers.getCell("B2").value = 93106;
  numbers.getCell("C2").value = "Botkyrka";
  workbook.addWorksheet("Tom");
  const file = join(mkdtempSync(join(tmpdir(), "check-notable-")), "anteckningar.xlsx");
  await workbook.xlsx.writeFile(file);
  const { code, stdout, stderr } = await run(file);
  expect(code).toBe(2);
  const lines = `${stdout}${stderr}`.split("\n").filter((line) => line.includes("Ingen tabell"));
  expect(lines).toEqual([expect.stringContaining("Ingen tabell hittades på bladen ”Anteckningar”, ”Siffror”, ”Tom”: det behövs en rubrikrad")]);
});
