import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { COUNTY_2018 } from "../../src/data";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, runWorkbookCommand } from "../../src/cli/workbook";
import { excelJsValue } from "../../src/files/checkReaders";
import { writeXlsxFile } from "../../src/files/xlsx";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";

/*
 * `npm run workbook -- --previous FILE` (issues 12 and 17): a previous amount per unit from a CSV file
 * or from a workbook the add-in made earlier, of one period (--previous-period, the file's period
 * column, or the year before the last agreement), compared with the agreement that follows that
 * period directly: amounts of 2025 with the 2026 amount on Årskostnad, amounts from before 2020 with
 * the 2020 agreement (Årskostnad's total, and the LOU part on Kommuner and Stadsdelar). An earlier
 * workbook gives each unit's whole yearly amount (Årskostnad), never a part. A unit the file has no
 * amount for keeps its change blank and is named in the summary; a bad file stops the command with
 * file, row, column and cell, and nothing is written.
 */

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: string[], cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkbookCommand(argv, { cwd, stdout: (line) => out.push(line), stderr: (line) => err.push(line), now: () => new Date("2026-11-22T09:30:00Z") });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const folder = () => mkdtempSync(join(tmpdir(), "workbook-previous-"));

type Cells = Readonly<Record<string, unknown>>;

/** A LOU sheet's table rows by unit name, each by its header (values, formula results as cached). */
async function tableRows(path: string, sheetName: string): Promise<Map<string, Cells>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const values = (row: number) => Array.from({ length: sheet.columnCount }, (_, column) => excelJsValue(sheet.getRow(row).getCell(column + 1).value));
  let header = 1;
  while (!["Kommun", "Stadsdelsförvaltning", "Enhet", "Municipality", "District administration", "Unit"].includes(String(values(header)[0]))) header++;
  const headers = values(header).map(String);
  const rows = new Map<string, Cells>();
  for (let row = header + 1; row <= sheet.rowCount; row++) {
    const cells = values(row);
    if (typeof cells[0] === "string" && cells[0] !== "") rows.set(cells[0], Object.fromEntries(headers.map((text, index) => [text, cells[index]])));
  }
  return rows;
}

/** A change cell with nothing to show. */
const BLANK: readonly unknown[] = [null, "", 0];

/** Every procuring unit, with users: the municipalities but Stockholm, then the districts. */
const USERS: Readonly<Record<string, number>> = Object.fromEntries(
  [...COUNTY_2018.municipalities.filter((m) => m.name !== "Stockholm"), ...COUNTY_2018.dividedCity!.districts].map((unit, index) => [unit.name, 20 + index]),
);

/** An earlier workbook the add-in made, written as the fill writes it (the command takes no users). */
async function earlierWorkbook(path: string, overrides: Parameters<typeof defaultPlanOptions>[1] = {}): Promise<void> {
  await writeXlsxFile(buildWorkbookPlan(defaultPlanOptions("sv", { generatedAt: new Date("2025-11-20T09:00:00Z"), ...overrides })), path);
}

describe("npm run workbook -- --previous", () => {
  test("a CSV file of names and codes without a period: amounts of 2025, against the amount for 2026 on Årskostnad; the others blank and listed", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "tidigare.csv"), "namn;kod;belopp\r\nFarsta;;110 000\r\n;0127;250 000 kr\r\nSolna;0184;\r\n");
    const result = await run(["--previous", "tidigare.csv"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("  Tidigare belopp från 2025 (jämförs med avtalet 2026–2030): tidigare.csv, 2 av 40 kommuner och stadsdelar");
    const missing = result.stdout.split("\n").find((line) => line.startsWith("  Utan tidigare belopp (förändringen lämnas tom): "))!;
    expect(missing).toContain("Danderyd, Ekerö");
    expect(missing).toContain("Solna");
    expect(missing).not.toMatch(/Farsta|Botkyrka/);

    const annual = await tableRows(join(cwd, "fordelning.xlsx"), "Årskostnad");
    const farsta = annual.get("Farsta")!;
    expect(farsta["Belopp 2025/år"]).toBe(110000);
    expect(farsta["Förändring 2025–2026 kr"]).toBeCloseTo((farsta["Avtal 2026–2030"] as number) - 110000, 6);
    expect(annual.get("Botkyrka")!["Belopp 2025/år"]).toBe(250000);
    expect(annual.get("Solna")!["Belopp 2025/år"]).toBeNull();
    expect(BLANK).toContain(annual.get("Solna")!["Förändring 2025–2026 kr"]);
    // Amounts of 2025 are not set against the 2020 LOU part: Kommuner's and Stadsdelar's columns (before 2020) stay empty
    const districts = await tableRows(join(cwd, "fordelning.xlsx"), "Stadsdelar");
    expect(districts.get("Farsta")!["Kostnad före 2020/år"]).toBeNull();
  });

  test("amounts from before 2020, by the file's period column or --previous-period: against the 2020 agreement, on Årskostnad and on Kommuner and Stadsdelar", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "fore.csv"), "namn;belopp;period\r\nFarsta;44 278;före 2020\r\nBotkyrka;50 000;före 2020\r\n");
    const byColumn = await run(["--previous", "fore.csv", "--out", "kolumn.xlsx"], cwd);
    expect(byColumn.stderr).toBe("");
    expect(byColumn.stdout).toContain("  Tidigare belopp från före 2020 (jämförs med överenskommelsen 2020): fore.csv, 2 av 40 kommuner och stadsdelar");
    const districts = await tableRows(join(cwd, "kolumn.xlsx"), "Stadsdelar");
    expect(districts.get("Farsta")!["Kostnad före 2020/år"]).toBe(44278);
    expect(districts.get("Farsta")!["Förändring från före 2020 till 2020 kr"]).toBeCloseTo((districts.get("Farsta")!["Summa/år"] as number) - 44278, 6);
    expect((await tableRows(join(cwd, "kolumn.xlsx"), "Årskostnad")).get("Farsta")!["Belopp före 2020/år"]).toBe(44278);

    writeFileSync(join(cwd, "utan-period.csv"), "namn;belopp\r\nFarsta;44 278\r\n");
    const byOption = await run(["--previous", "utan-period.csv", "--previous-period", "före 2020", "--out", "option.xlsx"], cwd);
    expect(byOption.stderr).toBe("");
    expect((await tableRows(join(cwd, "option.xlsx"), "Kommuner")).get("Botkyrka")!["Kostnad före 2020/år"]).toBeNull();
    expect((await tableRows(join(cwd, "option.xlsx"), "Stadsdelar")).get("Farsta")!["Kostnad före 2020/år"]).toBe(44278);
  });

  test("a period no agreement follows, a period that is none, two periods in one file, a file that contradicts the option: refused, nothing written", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "b.csv"), "namn;belopp;år\r\nFarsta;44 278;2025\r\nBromma;50 000;2024\r\n");
    writeFileSync(join(cwd, "c.csv"), "namn;belopp;år\r\nFarsta;44 278;2025\r\n");
    const notAdjacent = await run(["--previous", "c.csv", "--previous-period", "2022"], cwd);
    expect(notAdjacent.code).toBe(EXIT_USAGE);
    expect(notAdjacent.stderr).toContain("--previous-period: tidigare belopp från 2022 kan inte jämföras med något avtal i arbetsboken; en förändring räknas bara mot avtalet som följer direkt, så perioden ska vara före 2020 eller 2025.");
    const none = await run(["--previous", "c.csv", "--previous-period", "förra året"], cwd);
    expect(none.code).toBe(EXIT_USAGE);
    expect(none.stderr).toContain("--previous-period: ”förra året” är ingen period");
    const alone = await run(["--previous-period", "2025"], cwd);
    expect(alone.stderr).toContain("--previous-period hör till --previous");
    const mixed = await run(["--previous", "b.csv"], cwd);
    expect(mixed.code).toBe(EXIT_INPUT);
    expect(mixed.stderr).toContain("b.csv: Rad 3, kolumn ”år” (C3): perioden 2024 är en annan än 2025 på rad 2");
    const differs = await run(["--previous", "c.csv", "--previous-period", "före 2020"], cwd);
    expect(differs.code).toBe(EXIT_INPUT);
    expect(differs.stderr).toContain("c.csv: beloppen är från 2025 enligt filens kolumn period, men --previous-period säger före 2020.");
    expect(readdirSync(cwd).sort()).toEqual(["b.csv", "c.csv"]);
  });

  test("an earlier workbook of the add-in: each unit's whole yearly amount from its Årskostnad (LOU part and support part), never the LOU part alone", async () => {
    const cwd = folder();
    await earlierWorkbook(join(cwd, "forra-aret.xlsx"), { users: USERS });
    const earlier = await tableRows(join(cwd, "forra-aret.xlsx"), "Årskostnad");

    const result = await run(["--previous", "forra-aret.xlsx", "--out", "i-ar.xlsx"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("  Tidigare belopp från 2025 (jämförs med avtalet 2026–2030): forra-aret.xlsx, 39 av 40 kommuner och stadsdelar");
    const now = await tableRows(join(cwd, "i-ar.xlsx"), "Årskostnad");
    for (const unit of Object.keys(USERS)) {
      const before = earlier.get(unit)!["Totalt 2020"] as number;
      expect(before).toBeCloseTo((earlier.get(unit)!["LOU-del 2020"] as number) + USERS[unit] * 250, 8);
      expect([unit, now.get(unit)!["Belopp 2025/år"]]).toEqual([unit, before]);
      expect(now.get(unit)!["Förändring 2025–2026 kr"]).toBeCloseTo((now.get(unit)!["Avtal 2026–2030"] as number) - before, 6);
    }
    // Stockholm pays through its districts: it has no amount of its own, and is listed as such
    expect(result.stdout).toContain("  Utan tidigare belopp (förändringen lämnas tom): Stockholm");
  });

  test("an earlier workbook that cannot give whole amounts: no users entered, no Årskostnad, amounts from before it: refused, saying why", async () => {
    const cwd = folder();
    await earlierWorkbook(join(cwd, "utan-anvandare.xlsx"));
    const noUsers = await run(["--previous", "utan-anvandare.xlsx"], cwd);
    expect(noUsers.code).toBe(EXIT_INPUT);
    expect(noUsers.stderr).toContain("utan-anvandare.xlsx: kolumnen ”Totalt 2020” på Årskostnad är tom för varje enhet: användarna fylldes aldrig i på bladet Support");
    await earlierWorkbook(join(cwd, "bara-lou.xlsx"), { sheets: ["parameters", "municipalities", "districts"] });
    const louOnly = await run(["--previous", "bara-lou.xlsx", "--lang", "en"], cwd);
    expect(louOnly.code).toBe(EXIT_INPUT);
    expect(louOnly.stderr).toContain("bara-lou.xlsx: Per year on Municipalities and Districts is the LOU part only, not the unit's whole yearly amount");
    await earlierWorkbook(join(cwd, "med.xlsx"), { users: USERS });
    const before = await run(["--previous", "med.xlsx", "--previous-period", "före 2020"], cwd);
    expect(before.code).toBe(EXIT_INPUT);
    expect(before.stderr).toContain("med.xlsx: en arbetsbok från tillägget har belopp från 2020 och framåt, inga från före 2020: ge beloppen från före 2020 i en CSV-fil.");
    expect(existsSync(join(cwd, "fordelning.xlsx"))).toBe(false);
  });

  test("a bad file is refused with file, row, column and cell; nothing is written", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "tidigare.csv"), "namn;belopp\nFarsta;44,278\nAtlantis;100\n");
    const result = await run(["--previous", "tidigare.csv"], cwd);
    expect(result.code).toBe(EXIT_INPUT);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(/^tidigare\.csv: Rad 2, kolumn ”belopp” \(B2\): ”44,278” kan läsas på två sätt/),
      "tidigare.csv: Rad 3, kolumn ”namn” (A3): ”Atlantis” är varken en kommun eller en stadsdel i befolkningen; tidigare belopp kan bara anges för dess enheter.",
      "Ingen fil skrevs: 2 fel i tidigare.csv.",
    ]);
    expect(readdirSync(cwd)).toEqual(["tidigare.csv"]);
  });

  test("a workbook that is not the add-in's, a missing file, a file of another kind", async () => {
    const cwd = folder();
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Blad1").addRow(["namn", "belopp"]);
    await other.xlsx.writeFile(join(cwd, "annan.xlsx"));
    const notOurs = await run(["--previous", "annan.xlsx"], cwd);
    expect(notOurs.code).toBe(EXIT_INPUT);
    expect(notOurs.stderr).toContain("annan.xlsx: arbetsboken har inget blad Årskostnad som tillägget har gjort");
    expect(notOurs.stderr).not.toMatch(/Tabell\b|ArskostnadTabell/);
    const missing = await run(["--previous", "finns-inte.csv", "--lang", "en"], cwd);
    expect(missing.code).toBe(EXIT_INPUT);
    expect(missing.stderr).toContain("finns-inte.csv: the file does not exist.");
    const kind = await run(["--previous", "belopp.ods"], cwd);
    expect(kind.code).toBe(EXIT_USAGE);
    expect(kind.stderr).toContain("--previous: ”belopp.ods” ska vara en CSV-fil (.csv) eller en arbetsbok som tillägget har gjort (.xlsx).");
    expect(existsSync(join(cwd, "fordelning.xlsx"))).toBe(false);
  });
});
