import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { MUNICIPALITIES_2018, STOCKHOLM_DISTRICTS_2018 } from "../../src/data";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, runWorkbookCommand } from "../../src/cli/workbook";
import { excelJsValue } from "../../src/files/checkReaders";

/*
 * `npm run workbook -- --previous FILE` (issue 12): last period's amounts per unit from a CSV file or
 * from a workbook the command wrote earlier fill the change columns of Kommuner and Stadsdelar; a unit
 * the file has no amount for keeps its change blank and is named in the summary; a bad file stops the
 * command with file, row, column and cell, and nothing is written.
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
  while (!["Kommun", "Stadsdelsförvaltning", "Municipality", "District administration"].includes(String(values(header)[0]))) header++;
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

const UNITS = [...MUNICIPALITIES_2018.map((m) => ["Kommuner", m.name] as const), ...STOCKHOLM_DISTRICTS_2018.map((d) => ["Stadsdelar", d.name] as const)];

describe("npm run workbook -- --previous", () => {
  test("a CSV file of names and codes: the change columns fill for those units; the others stay blank and are listed", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "tidigare.csv"), "namn;kod;belopp\r\nFarsta;;44 278\r\n;0127;50 000 kr\r\nSolna;0184;\r\n");
    const result = await run(["--previous", "tidigare.csv"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("  Tidigare belopp: tidigare.csv, 2 av 40 kommuner och stadsdelar");
    const missing = result.stdout.split("\n").find((line) => line.startsWith("  Utan tidigare belopp (förändringen lämnas tom): "))!;
    expect(missing).toContain("Danderyd, Ekerö");
    expect(missing).toContain("Solna");
    expect(missing).not.toMatch(/Farsta|Botkyrka/);

    const municipalities = await tableRows(join(cwd, "fordelning.xlsx"), "Kommuner");
    const districts = await tableRows(join(cwd, "fordelning.xlsx"), "Stadsdelar");
    const farsta = districts.get("Farsta")!;
    expect(farsta["Tidigare kostnad/år"]).toBe(44278);
    expect(farsta["Förändring kr"]).toBeCloseTo((farsta["Summa/år"] as number) - 44278, 6);
    const botkyrka = municipalities.get("Botkyrka")!;
    expect(botkyrka["Tidigare kostnad/år"]).toBe(50000);
    expect(botkyrka["Förändring kr"]).toBeCloseTo((botkyrka["Summa/år"] as number) - 50000, 6);
    // No amount: the input cell is empty and the change blank (empty text, or a 0 its format shows as nothing).
    expect(municipalities.get("Solna")!["Tidigare kostnad/år"]).toBeNull();
    expect(BLANK).toContain(municipalities.get("Solna")!["Förändring kr"]);
  });

  test("an earlier workbook written by the command: every unit's change fills from its Summa/år; one left out stays blank and is listed", async () => {
    const cwd = folder();
    expect((await run(["--out", "forra-aret.xlsx"], cwd)).code).toBe(EXIT_OK);
    const earlier = { ...Object.fromEntries(await tableRows(join(cwd, "forra-aret.xlsx"), "Kommuner")), ...Object.fromEntries(await tableRows(join(cwd, "forra-aret.xlsx"), "Stadsdelar")) };

    const result = await run(["--previous", "forra-aret.xlsx", "--threshold", "700 000", "--out", "i-ar.xlsx"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("  Tidigare belopp: forra-aret.xlsx, 40 av 40 kommuner och stadsdelar");
    expect(result.stdout).not.toContain("Utan tidigare belopp");
    const now = { Kommuner: await tableRows(join(cwd, "i-ar.xlsx"), "Kommuner"), Stadsdelar: await tableRows(join(cwd, "i-ar.xlsx"), "Stadsdelar") };
    for (const [sheet, unit] of UNITS) {
      const before = earlier[unit]["Summa/år"] as number;
      const cells = now[sheet].get(unit)!;
      expect([unit, cells["Tidigare kostnad/år"]]).toEqual([unit, before]);
      expect(cells["Förändring kr"]).toBeCloseTo((cells["Summa/år"] as number) - before, 6);
      expect(cells["Förändring kr"]).toBeGreaterThan(0);
    }

    // The earlier workbook without Farsta's amount (as if it had been cleared there).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, "forra-aret.xlsx"));
    const sheet = workbook.getWorksheet("Stadsdelar")!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "Farsta") row.getCell(6).value = null;
    });
    await workbook.xlsx.writeFile(join(cwd, "utan-farsta.xlsx"));
    const without = await run(["--previous", "utan-farsta.xlsx", "--out", "utan.xlsx", "--lang", "en"], cwd);
    expect(without.stderr).toBe("");
    expect(without.stdout).toContain("  Previous amounts: utan-farsta.xlsx, 39 of 40 municipalities and districts");
    expect(without.stdout).toContain("  Without a previous amount (the change is left blank): Farsta");
    const districts = await tableRows(join(cwd, "utan.xlsx"), "Districts");
    expect(districts.get("Farsta")!["Previous cost per year"]).toBeNull();
    expect(BLANK).toContain(districts.get("Farsta")!["Change, kr"]);
    expect(districts.get("Bromma")!["Previous cost per year"]).toBe(earlier.Bromma["Summa/år"]);
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
    expect(notOurs.stderr).toContain("annan.xlsx: arbetsboken har ingen av tabellerna KommunerTabell och StadsdelarTabell");
    const missing = await run(["--previous", "finns-inte.csv", "--lang", "en"], cwd);
    expect(missing.code).toBe(EXIT_INPUT);
    expect(missing.stderr).toContain("finns-inte.csv: the file does not exist.");
    const kind = await run(["--previous", "belopp.ods"], cwd);
    expect(kind.code).toBe(EXIT_USAGE);
    expect(kind.stderr).toContain("--previous: ”belopp.ods” ska vara en CSV-fil (.csv) eller en arbetsbok som tillägget har gjort (.xlsx).");
    expect(existsSync(join(cwd, "fordelning.xlsx"))).toBe(false);
  });
});
