import { execFile } from "child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, runWorkbookCommand } from "../../src/cli/workbook";
import { describeWithTool } from "../helpers/system";

const ROOT = resolve(__dirname, "..", "..");
const POPULATION_2018 = join(ROOT, "test", "input", "fixtures", "befolkning-2018.csv");
const USERS_FILE = "the user's own workbook";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly cwd: string;
}

/** Runs the command in a fresh directory (optionally with files in it), capturing its output. */
async function run(argv: string[], files: Record<string, string | Buffer> = {}, cwd = mkdtempSync(join(tmpdir(), "workbook-cli-"))): Promise<Run> {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkbookCommand(argv, {
    cwd,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    now: () => new Date("2026-11-22T09:30:00Z"),
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), cwd };
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A population CSV from lines, semicolon-delimited as Swedish Excel saves it. */
const csv = (...lines: string[]) => ["namn;typ;invånare", ...lines].join("\r\n") + "\r\n";

describe("npm run workbook: success", () => {
  test("no arguments: embedded 2018 data written to fordelning.xlsx, with a summary", async () => {
    const result = await run([]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toBe("");
    expect(readdirSync(result.cwd)).toEqual(["fordelning.xlsx"]);
    expect(result.stdout).toContain("Skrev fordelning.xlsx");
    expect(result.stdout).toContain("Pris per invånare och år: 0,5900\u00a0kr");
    expect(result.stdout).toContain("Största enhet: Södermalm");
    expect(result.stdout).toContain("2\u00a0344\u00a0124 invånare");
    expect(result.stdout).toContain("1\u00a0383\u00a0004\u00a0kr per år");
    const workbook = await readWorkbook(join(result.cwd, "fordelning.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Parametrar", "Kommuner", "Stadsdelar", "Support", "Avtal 2026–2030", "Källor och metod", "Årskostnad"]);
    expect(workbook.created?.toISOString()).toBe("2026-11-22T09:30:00.000Z");
  });

  test("every option: English, adds-up, another threshold, years, budget and share", async () => {
    const result = await run([
      "--out=ut.xlsx",
      "--lang",
      "en",
      "--rounding",
      "adds-up",
      "--threshold",
      "700 000",
      "--years",
      "5",
      "--budget-2026",
      "30000000",
      "--municipal-share",
      "20 %",
    ]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Wrote ut.xlsx");
    expect(result.stdout).toContain("threshold 700,000\u00a0kr over 5 years");
    expect(result.stdout).toContain("pays 140,000\u00a0kr a year");
    expect(result.stdout).toContain("municipalities 6,000,000\u00a0kr, Region 24,000,000\u00a0kr for 2026");
    expect(result.stdout).toContain("whole kronor that add up");
    const workbook = await readWorkbook(join(result.cwd, "ut.xlsx"));
    expect(workbook.worksheets[0].name).toBe("Parameters");
    const literals: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => literals.push(cell.value)));
    expect(literals).toEqual(expect.arrayContaining([700000, 5, 30000000, 0.2]));
  });

  test("--population with the 2018 file gives the same figures as the embedded data", async () => {
    const result = await run(["--population", "befolkning.csv", "--date", "2018-12-31"], { "befolkning.csv": readFileSync(POPULATION_2018) });
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Befolkning: befolkning.csv, 2018-12-31: 26 kommuner, 14 stadsdelar, 2\u00a0344\u00a0124 invånare");
    expect(result.stdout).toContain("Största enhet: Södermalm");
  });

  test("--population with --allow-partial fills a partial county and says so on Parametrar", async () => {
    const result = await run(["--population", "k.csv", "--date", "2024-12-31", "--allow-partial"], { "k.csv": csv("Botkyrka;kommun;93 106", "Danderyd;kommun;33\u00a0187") });
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Största enhet: Botkyrka (93\u00a0106 invånare) betalar 76\u00a0914\u00a0kr per år");
    expect(result.stdout).toContain("OFULLSTÄNDIG");
    const workbook = await readWorkbook(join(result.cwd, "fordelning.xlsx"));
    const texts: string[] = [];
    for (const sheet of [workbook.getWorksheet("Parametrar")!, workbook.getWorksheet("Källor och metod")!]) {
      // a merged text once: ExcelJS gives every cell of a merged area the first cell's value
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.isMerged || cell.master.address === cell.address) texts.push(String(cell.value));
        }),
      );
    }
    expect(texts.filter((text) => text.startsWith("OFULLSTÄNDIG BEFOLKNING") && text.includes("Ekerö") && text.includes("Stockholm"))).toHaveLength(2);
  });

  test("--help prints the usage and writes nothing", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("--population FIL.csv");
    expect(readdirSync(result.cwd)).toEqual([]);
    expect((await run(["--help", "--lang", "en"])).stdout).toContain("--population FILE.csv");
  });

  test("an existing output file is replaced whole", async () => {
    const result = await run([], { "fordelning.xlsx": USERS_FILE });
    expect(result.code).toBe(EXIT_OK);
    expect(readFileSync(join(result.cwd, "fordelning.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(result.cwd)).toEqual(["fordelning.xlsx"]);
  });
});

/** The failure promises: non-zero exit, the message, no output file, an existing one untouched. */
async function expectFailure(argv: string[], files: Record<string, string | Buffer>, code: number, ...messages: (string | RegExp)[]): Promise<Run> {
  const result = await run(argv, { ...files, "befintlig.xlsx": USERS_FILE });
  const outArgument = argv.find((argument) => argument.startsWith("--out="));
  expect(result.code).toBe(code);
  for (const message of messages) {
    if (typeof message === "string") expect(result.stderr).toContain(message);
    else expect(result.stderr).toMatch(message);
  }
  expect(result.stdout).toBe("");
  expect(readFileSync(join(result.cwd, "befintlig.xlsx"), "utf8")).toBe(USERS_FILE);
  expect(readdirSync(result.cwd).sort()).toEqual(["befintlig.xlsx", ...Object.keys(files)].sort());
  if (!outArgument) expect(existsSync(join(result.cwd, "fordelning.xlsx"))).toBe(false);
  return result;
}

describe("npm run workbook: bad arguments name the argument, exit 2, write nothing", () => {
  const out = "--out=befintlig.xlsx";
  test.each<[string, string[], string]>([
    ["an unknown option", ["--treshold", "5"], "Okänt alternativ --treshold"],
    ["a stray argument", ["fordelning.xlsx"], "Okänt argument ”fordelning.xlsx”"],
    ["a threshold that is not a number", ["--threshold", "mycket"], "--threshold: ”mycket” är inget tal"],
    ["a negative threshold", ["--threshold=-5"], "--threshold: får inte vara negativt (−5\u00a0kr)"],
    ["years not whole", ["--years", "2,5"], "--years: måste vara ett heltal (2,5\u00a0år)"],
    ["zero years", ["--years", "0"], "--years: måste vara minst 1\u00a0år (0\u00a0år)"],
    ["an unknown rounding", ["--rounding", "up"], "--rounding: ”up” ska vara annex eller adds-up"],
    ["a share above 100 %", ["--municipal-share", "190"], "--municipal-share: en andel kan inte vara över 100 % (190\u00a0%)"],
    ["a budget that is not a number", ["--budget-2026", "26 mkr"], "--budget-2026: ”26 mkr” är inget tal"],
    ["an unknown language", ["--lang", "de"], "--lang: ”de” ska vara sv eller en"],
    ["a date that does not exist", ["--date", "2019-02-30"], "--date: ”2019-02-30” är inget datum"],
    ["a date before Excel's dates", ["--date", "1899-12-31"], "--date: ”1899-12-31” är före 1900-03-01, som Excel inte visar rätt."],
    ["the year 1", ["--date", "0001-01-01"], "--date: ”0001-01-01” är före 1900-03-01, som Excel inte visar rätt."],
    ["an option without its value", ["--threshold"], "--threshold behöver ett värde"],
    ["an option given twice", ["--years", "8", "--years", "9"], "--years är angivet två gånger"],
    ["an output that is not .xlsx", ["--out", "fordelning.xls"], "--out: ”fordelning.xls” ska sluta på .xlsx"],
  ])("%s", async (_label, argv, message) => {
    const full = argv.includes("--out") ? argv : [out, ...argv];
    await expectFailure(full, {}, EXIT_USAGE, message, "Ingen fil skrevs");
  });

  test("all argument problems are listed at once", async () => {
    const result = await expectFailure([out, "--years", "0", "--threshold", "x"], {}, EXIT_USAGE);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("--"))).toHaveLength(2);
  });

  test("in English with --lang en", async () => {
    await expectFailure([out, "--lang", "en", "--years", "zero"], {}, EXIT_USAGE, '--years: "zero" is not a number', "No file was written");
  });
});

describe("npm run workbook: bad population files name file, row and column, exit 1, write nothing", () => {
  const out = "--out=befintlig.xlsx";
  const withFile = (content: string | Buffer) => ({ "befolkning.csv": content });
  const argv = [out, "--population", "befolkning.csv", "--date", "2024-12-31", "--allow-partial"];

  test.each<[string, string | Buffer, string]>([
    ["a missing column", "namn;kommentar\r\nSalem;16786\r\n", "befolkning.csv: Rad 1, kolumn ”invånare”: kolumnen ”invånare” saknas"],
    ["a population that is not a number", csv("Salem;kommun;sexton"), "befolkning.csv: Rad 2, kolumn ”invånare” (C2): ”sexton” är inte ett tal."],
    ["a negative population", csv("Salem;kommun;-16 786"), "befolkning.csv: Rad 2, kolumn ”invånare” (C2): antalet invånare kan inte vara negativt"],
    ["an empty population", csv("Salem;kommun;"), "befolkning.csv: Rad 2, kolumn ”invånare” (C2): antalet invånare saknas."],
    ["a fractional population", csv("Salem;kommun;16786,5"), "befolkning.csv: Rad 2, kolumn ”invånare” (C2): antalet invånare måste vara ett heltal"],
    ["a duplicate name", csv("Salem;kommun;1", "SALEM;kommun;2"), "befolkning.csv: Rad 3, kolumn ”namn” (A3): ”SALEM” finns redan på rad 2; en enhet får stå en gång."],
    ["a zero population", csv("Salem;kommun;0"), "befolkning.csv: Rad 2, kolumn ”invånare” (C2): Salem har 0 invånare, vilket ingen kommun eller stadsdel har; fyll i antalet."],
    ["a name no unit of the county has", csv("Totalsumma län;kommun;1"), "befolkning.csv: Rad 2, kolumn ”namn” (A2): ”Totalsumma län” är varken en kommun i Stockholms län"],
    ["a near miss", csv("Ekero;kommun;28308"), "befolkning.csv: Rad 2, kolumn ”namn” (A2): ”Ekero” är ingen kommun eller stadsdel i länet; menade du ”Ekerö”?"],
    ["an unknown type", csv("Salem;stad;1"), "befolkning.csv: Rad 2, kolumn ”typ” (B2): ”stad” är ingen känd typ"],
    ["an empty name", csv(";kommun;1"), "befolkning.csv: Rad 2, kolumn ”namn” (A2): namnet saknas."],
    ["districts without Stockholm", csv("Salem;kommun;1", "Farsta;stadsdel;59219"), "befolkning.csv: Rad 3, kolumn ”typ” (B3): tabellen har stadsdelar men ingen kommunrad för Stockholm"],
    [
      "districts plus rest not matching Stockholm's total",
      csv("Stockholm;kommun;100", "Farsta;stadsdel;60", "Bromma;stadsdel;30", "Sthlm kn rest;rest;5"),
      "befolkning.csv: Rad 2, kolumn ”invånare” (C2): Stockholm har 100 invånare, men stadsdelarna (90) plus restposten (5) är 95.",
    ],
    ["a rest post without districts", csv("Stockholm;kommun;5", "Sthlm kn rest;rest;5"), "befolkning.csv: Rad 3, kolumn ”typ” (B3): en restpost hör till Stockholms stadsdelar"],
    ["no rows", "namn;typ;invånare\r\n", "befolkning.csv: Rad 1: det finns inga rader under rubrikraden."],
    ["an empty file", "", "befolkning.csv: Tabellen är tom"],
    ["an unclosed quote", 'namn;typ;invånare\n"Salem;kommun;1\n', "befolkning.csv: rad 2: ett citattecken"],
    ["a file that is no text", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "befolkning.csv: filen är ingen textfil"],
  ])("%s", async (_label, content, message) => {
    await expectFailure(argv, withFile(content), EXIT_INPUT, message, /Ingen fil skrevs: (ett|\d+) fel i befolkning\.csv\./);
  });

  test("comma-delimited, with BOM and non-breaking spaces, is read as well as semicolons", async () => {
    const result = await run(["--population", "k.csv", "--date", "2024-12-31", "--allow-partial"], { "k.csv": "\ufeffname,type,population\nBotkyrka,kommun,\"93\u00a0106\"\n" });
    expect(result.code).toBe(EXIT_OK);
  });

  test("every bad row is listed, not just the first", async () => {
    const result = await expectFailure(argv, withFile(csv("Salem;kommun;x", "Nykvarn;by;1", "Salem;kommun;2")), EXIT_INPUT, "3 fel i befolkning.csv");
    expect(result.stderr.split("\n").filter((line) => line.startsWith("befolkning.csv: Rad"))).toHaveLength(3);
  });

  test("a missing population file is named", async () => {
    await expectFailure([out, "--population", "saknas.csv", "--date", "2024-12-31"], {}, EXIT_INPUT, "saknas.csv: filen finns inte.");
  });

  test("a population whose date neither the file nor --date gives is refused", async () => {
    await expectFailure(
      [out, "--population", "befolkning.csv", "--allow-partial"],
      withFile(csv("Salem;kommun;16786")),
      EXIT_INPUT,
      "befolkning.csv: befolkningens datum står varken i filen (en kolumn datum, eller året som rubrik: ”2018”) eller i --date",
    );
  });

  test("a file in Windows-1252 is read, and the summary says so", async () => {
    const result = await run(["--population", "befolkning.csv", "--date", "2024-12-31", "--allow-partial"], withFile(Buffer.from(csv("Ekerö;kommun;28308"), "latin1")));
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("befolkning.csv lästes som Windows-1252 (inte UTF-8)");
  });

  test("messages in English", async () => {
    await expectFailure([...argv, "--lang", "en"], withFile(csv("Salem;kommun;many")), EXIT_INPUT, 'befolkning.csv: Row 2, column "invånare" (C2): "many" is not a number.', "No file was written: one error in befolkning.csv.");
  });
});

describe("npm run workbook: the county is a closed list (issue 15), in the command", () => {
  const FILES = join(ROOT, "test", "fixtures", "population");
  const county2018 = () => readFileSync(POPULATION_2018, "utf8");
  const out = "--out=befintlig.xlsx";
  /** The lines of a summary that follow from the county's figures (the amounts), whatever file they came from. */
  const amounts = (stdout: string) => stdout.split("\n").filter((line) => /^ {2}(Pris per invånare|Största enhet|Summa|Avtal 2026–2030):/.test(line));

  test("SCB's file and the city's, as downloaded, make the county of the embedded figures; the summary says what else was read", async () => {
    const files = { "scb.csv": readFileSync(join(FILES, "scb-be0101n1-2018.csv")), "stad.csv": readFileSync(join(FILES, "stockholm-stadsdelsomraden-2018.csv")) };
    const result = await run(["--population", "scb.csv", "--population", "stad.csv"], files);
    expect([result.code, result.stderr]).toEqual([EXIT_OK, ""]);
    const lines = result.stdout.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "  Befolkning: scb.csv, stad.csv, 2018-12-31: 26 kommuner, 14 stadsdelar, 2\u00a0344\u00a0124 invånare",
        "  Befolkningens datum 2018-12-31 enligt data",
        "  Stockholms län (2\u00a0344\u00a0124) stämmer med 26 kommuner",
        "  Söderort (364\u00a0637) stämmer med 6 stadsdelar",
        "  264 kommuner utanför Stockholms län lästes inte",
      ]),
    );
    expect(amounts(result.stdout)).toEqual(amounts((await run([])).stdout));
  });

  test("1. a Totalt line is checked against the municipalities and never counted; a municipality of another county is left out, by name", async () => {
    const result = await run(["--population", "b.csv", "--date", "2018-12-31"], { "b.csv": `${county2018()}Totalt;kommun;2 344 124\r\nKnivsta;kommun;18 000\r\n` });
    expect([result.code, result.stderr]).toEqual([EXIT_OK, ""]);
    expect(result.stdout).toContain("  Befolkning: b.csv, 2018-12-31: 26 kommuner, 14 stadsdelar, 2\u00a0344\u00a0124 invånare");
    expect(result.stdout).toContain("  Totalt (2\u00a0344\u00a0124) stämmer med 26 kommuner");
    expect(result.stdout).toContain("  1 kommun utanför Stockholms län lästes inte (Knivsta)");
    expect(amounts(result.stdout)).toEqual(amounts((await run([])).stdout));
  });

  test("1. a Totalt line that is not the municipalities' sum is refused with both figures, nothing written", async () => {
    await expectFailure(
      [out, "--population", "b.csv", "--date", "2018-12-31"],
      { "b.csv": `${county2018()}Totalt;kommun;4 688 248\r\n` },
      EXIT_INPUT,
      "b.csv: Rad 43, kolumn ”invånare” (C43): Totalt har 4\u00a0688\u00a0248 invånare, men tabellens 26 kommuner i länet har tillsammans 2\u00a0344\u00a0124",
    );
  });

  test("2. Nykvarn,kommun,10,923 is refused with the figure meant, nothing written", async () => {
    const comma = `${county2018().replace(/^\ufeff/, "").replace(/;/g, ",").replace("Nykvarn,kommun,10\u00a0923", "Nykvarn,kommun,10,923")}`;
    await expectFailure([out, "--population", "b.csv", "--date", "2018-12-31"], { "b.csv": comma }, EXIT_INPUT, "b.csv: Rad 11: raden har 5 fält men rubrikraden 4: ”10,923” har delats vid avgränsaren ”,”; menade du 10\u00a0923?");
  });

  test("2. --previous with Farsta,44,278 is refused with the amount meant, nothing written", async () => {
    await expectFailure([out, "--previous", "t.csv"], { "t.csv": "namn,belopp\nFarsta,44,278\n" }, EXIT_INPUT, "t.csv: Rad 2: raden har 3 fält men rubrikraden 2: ”44,278” har delats vid avgränsaren ”,”; menade du 44\u00a0278?");
  });

  test("3. a datum column of 2024 with --date 2018-12-31 is refused at its cell, nothing written", async () => {
    const dated = ["namn;typ;invånare;kod;datum", ...county2018().replace(/^\ufeff/, "").split("\r\n").slice(1).filter((line) => line !== "").map((line) => `${line};2024-12-31`)].join("\r\n");
    await expectFailure([out, "--population", "b.csv", "--date", "2018-12-31"], { "b.csv": dated }, EXIT_INPUT, "b.csv: Rad 2, kolumn ”datum” (E2): siffrorna är av 2024-12-31, inte av befolkningens datum, 2018-12-31");
  });
});

describe("npm run workbook: output that cannot be written", () => {
  test("a folder that does not exist", async () => {
    const result = await expectFailure(["--out", "saknas/ut.xlsx"], {}, EXIT_INPUT, "--out: mappen för saknas/ut.xlsx finns inte.");
    expect(existsSync(join(result.cwd, "saknas"))).toBe(false);
  });

  test("a folder in the way: left as it was", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "workbook-cli-"));
    mkdirSync(join(cwd, "ut.xlsx"));
    writeFileSync(join(cwd, "ut.xlsx", "inne.txt"), "kvar");
    const result = await run(["--out", "ut.xlsx"], {}, cwd);
    expect(result.code).toBe(EXIT_INPUT);
    expect(result.stderr).toContain("--out: ut.xlsx är en mapp, inte en fil.");
    expect(readdirSync(cwd)).toEqual(["ut.xlsx"]);
    expect(readFileSync(join(cwd, "ut.xlsx", "inne.txt"), "utf8")).toBe("kvar");
  });
});

describe("npm run workbook as a child process", () => {
  const exec = promisify(execFile);
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const script = join(ROOT, "src", "cli", "workbook.ts");
  // As `npm run workbook` does: INIT_CWD is the folder the user typed the command in (under `npm test`
  // it would otherwise be the repository).
  const envFor = (cwd: string) => ({ ...process.env, INIT_CWD: cwd });

  test("writes the workbook and exits 0", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "workbook-child-"));
    const { stdout } = await exec(tsx, [script], { cwd: ROOT, env: envFor(cwd), timeout: 60_000 });
    expect(stdout).toContain("Skrev fordelning.xlsx");
    const workbook = await readWorkbook(join(cwd, "fordelning.xlsx"));
    expect(workbook.worksheets).toHaveLength(7);
  });

  test("bad input: exit code 1, the message on stderr, the existing file untouched", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "workbook-child-"));
    copyFileSync(POPULATION_2018, join(cwd, "befolkning.csv"));
    const lines = readFileSync(join(cwd, "befolkning.csv"), "utf8").split("\r\n");
    lines[3] = lines[3].replace(/;kommun;[^;]*;/, ";kommun;tjugoåtta tusen;");
    writeFileSync(join(cwd, "befolkning.csv"), lines.join("\r\n"));
    writeFileSync(join(cwd, "fordelning.xlsx"), USERS_FILE);
    const failure = await exec(tsx, [script, "--population", "befolkning.csv", "--date", "2018-12-31"], { cwd: ROOT, env: envFor(cwd), timeout: 60_000 }).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(EXIT_INPUT);
    expect(failure?.stderr).toContain("befolkning.csv: Rad 4, kolumn ”invånare” (C4): ”tjugoåtta tusen” är inte ett tal.");
    expect(failure?.stdout).toBe("");
    expect(readFileSync(join(cwd, "fordelning.xlsx"), "utf8")).toBe(USERS_FILE);
    expect(readdirSync(cwd).sort()).toEqual(["befolkning.csv", "fordelning.xlsx"]);
  });
});

describe("npm run workbook: the input boundary (issue 8)", () => {
  const out = "--out=befintlig.xlsx";
  const full2018 = () => readFileSync(POPULATION_2018, "utf8");
  const without = (text: string, name: RegExp) =>
    text
      .split("\r\n")
      .filter((line) => !name.test(line))
      .join("\r\n");

  test.each<[string, string[], string]>([
    ["1. a threshold two readings could give", ["--threshold", "615,312"], "--threshold: ”615,312” kan läsas på två sätt: 615\u00a0312\u00a0kr eller 615,312\u00a0kr. Menade du 615\u00a0312\u00a0kr?"],
    ["2. a share written as a fraction", ["--municipal-share", "0,19"], "--municipal-share: ”0,19” kan betyda 19\u00a0% (andelen 0,19) eller 0,19\u00a0%. Menade du 19\u00a0%?"],
    ["3. a threshold of 0 kr", ["--threshold", "0"], "--threshold: måste vara större än 0\u00a0kr."],
    ["4. a date for the embedded 2018 figures", ["--date", "2024-12-31"], "--date 2024-12-31: den inbyggda befolkningen gäller 2018-12-31 (Bilaga 3)"],
    ["an implausible threshold without --force", ["--threshold", "61 531"], "--threshold: 61\u00a0531\u00a0kr ligger utanför det rimliga intervallet 100\u00a0000\u00a0kr–10\u00a0000\u00a0000\u00a0kr; kontrollera värdet och bekräfta det. Ange --force om värdet är rätt."],
    ["12. a figure given twice", ["--threshold", "615312", "--threshold", "700000"], "--threshold är angivet två gånger (615312 och 700000)"],
    ["12. a million contract years", ["--years", "1000000"], "--years: får vara högst 100\u00a0år"],
  ])("%s: exit 2, nothing written", async (_label, argv, message) => {
    const result = await expectFailure([out, ...argv], {}, EXIT_USAGE, message, "Ingen fil skrevs");
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test("an implausible value is used with --force", async () => {
    const result = await run(["--threshold", "61 531", "--force"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("gränsbelopp 61\u00a0531\u00a0kr");
  });

  test("5. three municipalities are not the county: listed, exit 1, nothing written", async () => {
    const result = await expectFailure(
      [out, "--population", "befolkning.csv", "--date", "2024-12-31"],
      { "befolkning.csv": csv("Botkyrka;kommun;93 106", "Danderyd;kommun;33 187", "Ekerö;kommun;28 308") },
      EXIT_INPUT,
      "befolkning.csv: befolkningen omfattar inte hela Stockholms län.",
      "Kommuner som saknas: Haninge, Huddinge,",
      "--allow-partial",
    );
    expect(result.stderr).not.toContain("Botkyrka,");
  });

  test("9. a county without Stockholm's districts: named, exit 1", async () => {
    const text = without(full2018(), /;stadsdel;|;rest;/);
    await expectFailure([out, "--population", "befolkning.csv", "--date", "2024-12-31"], { "befolkning.csv": text }, EXIT_INPUT, "Stockholms stadsdelar saknas: Stockholm skulle räknas som en enda upphandlande enhet");
  });

  test("6. districts and rest without a Stockholm row: Stockholm derived, same figures as with it", async () => {
    const result = await run(["--population", "befolkning.csv", "--date", "2018-12-31"], { "befolkning.csv": without(full2018(), /^Stockholm;/) });
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Stockholm (962\u00a0154) härledd ur stadsdelarna och restposten");
    expect(result.stdout).toContain("26 kommuner, 14 stadsdelar, 2\u00a0344\u00a0124 invånare");
    expect(result.stdout).toContain("1\u00a0383\u00a0004\u00a0kr per år");
  });

  test("8. a population written 11.000 is refused with what was meant, not read as 11 people", async () => {
    const text = full2018().replace("Nykvarn;kommun;10\u00a0923", "Nykvarn;kommun;11.000");
    expect(text).toContain("11.000");
    await expectFailure([out, "--population", "befolkning.csv", "--date", "2024-12-31"], { "befolkning.csv": text }, EXIT_INPUT, "befolkning.csv: Rad 11, kolumn ”invånare” (C11): ”11.000” kan läsas på två sätt: 11\u00a0000 eller 11. Menade du 11\u00a0000?");
  });

  test("11. a 5 MB population file is refused in one line, without a stack trace", async () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => `Enhet ${index};kommun;${index}`);
    const result = await expectFailure([out, "--population", "befolkning.csv", "--date", "2024-12-31"], { "befolkning.csv": ["namn;typ;invånare", ...rows].join("\r\n") }, EXIT_INPUT);
    expect(result.stderr.split("\n").length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toMatch(/at .*\.(ts|js):\d+|RangeError/);
  });

  test("12. a read-only --out file is refused and keeps its contents and permissions", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "workbook-cli-"));
    writeFileSync(join(cwd, "ut.xlsx"), USERS_FILE);
    chmodSync(join(cwd, "ut.xlsx"), 0o444);
    const result = await run(["--out", "ut.xlsx"], {}, cwd);
    expect(result.code).toBe(EXIT_INPUT);
    expect(result.stderr).toContain("--out: ut.xlsx är skrivskyddad eller saknar behörighet; den lämnas orörd.");
    expect(readFileSync(join(cwd, "ut.xlsx"), "utf8")).toBe(USERS_FILE);
    expect(statSync(join(cwd, "ut.xlsx")).mode & 0o777).toBe(0o444);
    expect(readdirSync(cwd)).toEqual(["ut.xlsx"]);
  });

  test("a replaced --out file keeps its permissions", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "workbook-cli-"));
    writeFileSync(join(cwd, "ut.xlsx"), USERS_FILE);
    chmodSync(join(cwd, "ut.xlsx"), 0o640);
    expect((await run(["--out", "ut.xlsx"], {}, cwd)).code).toBe(EXIT_OK);
    expect(statSync(join(cwd, "ut.xlsx")).mode & 0o777).toBe(0o640);
  });

  test("every declared figure has its option in --help", async () => {
    const help = (await run(["--help"])).stdout;
    for (const flag of ["--threshold", "--years", "--support-budget", "--support-users", "--budget-2026", "--municipal-share", "--force", "--allow-partial"]) {
      expect(help).toContain(flag);
    }
  });
});

describe("npm run workbook --template (issue 11)", () => {
  test("writes today's county to fill in: 26 municipalities with codes, Stockholm, 11 districts, the rest post, the date on every row", async () => {
    const result = await run(["--template", "mall.csv", "--date", "2025-12-31"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Skrev mall.csv: 26 kommuner med SCB-kod, Stockholm, 11 stadsdelar (indelningen från 2023-07-01) och restposten, datum 2025-12-31.");
    const lines = readFileSync(join(result.cwd, "mall.csv"), "utf8").replace(/^\ufeff/, "").split("\r\n");
    expect(lines[0]).toBe("namn;typ;kod;invånare;datum");
    expect(lines).toContain("Botkyrka;kommun;0127;;2025-12-31");
    expect(lines).toContain("Stockholm;kommun;0180;;2025-12-31");
    expect(lines).toContain("Järva;stadsdel;;;2025-12-31");
    expect(lines).toContain("Sthlm kn rest;rest;;;2025-12-31");
    expect(lines.filter((line) => line.includes(";stadsdel;"))).toHaveLength(11);
    expect(readdirSync(result.cwd)).toEqual(["mall.csv"]);
  });

  test("the layout follows the date: 13 districts in 2021", async () => {
    const result = await run(["--template", "mall.csv", "--date", "2021-12-31", "--lang", "en"]);
    expect(result.stdout).toContain("13 districts (the layout from 2020-07-01)");
  });

  test("needs --date, writes a template only, never over an existing file", async () => {
    await expectFailure(["--template", "mall.csv"], {}, EXIT_USAGE, "--template kräver --date");
    await expectFailure(["--template", "mall.csv", "--date", "2025-12-31", "--threshold", "700000"], {}, EXIT_USAGE, "--template skriver bara mallen; --threshold");
    const result = await expectFailure(["--template", "mall.csv", "--date", "2025-12-31"], { "mall.csv": "Botkyrka;kommun;0127;99 999" }, EXIT_INPUT, "--template: mall.csv finns redan och kan innehålla inskrivna siffror; den lämnas orörd.");
    expect(readFileSync(join(result.cwd, "mall.csv"), "utf8")).toBe("Botkyrka;kommun;0127;99 999");
  });

  test("a population that mixes district layouts is refused with the names at fault, even with --allow-partial", async () => {
    const text = readFileSync(POPULATION_2018, "utf8").replace("Farsta;stadsdel", "Järva;stadsdel");
    await expectFailure(
      ["--out=befintlig.xlsx", "--population", "befolkning.csv", "--date", "2018-12-31", "--allow-partial"],
      { "befolkning.csv": text },
      EXIT_INPUT,
      "befolkning.csv: Rad 30, kolumn ”namn” (A30): Järva hör till stadsdelsindelningen från 2023-07-01, men befolkningen är av 2018-12-31, då indelningen från 2007-01-01 gällde (14 stadsdelar).",
    );
  });
});

describeWithTool("soffice", "npm run workbook --pdf (issue 12)", () => {
  test("writes the workbook and, beside it, its PDF as LibreOffice prints it", async () => {
    const result = await run(["--out", "ut.xlsx", "--pdf"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("PDF: ut.pdf");
    expect(readdirSync(result.cwd).sort()).toEqual(["ut.pdf", "ut.xlsx"]);
    expect(readFileSync(join(result.cwd, "ut.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});

test("--pdf without LibreOffice is refused before anything is written, saying how to get it", async () => {
  const before = process.env.SOFFICE;
  process.env.SOFFICE = "/nonexistent/soffice";
  try {
    await expectFailure(["--out=befintlig.xlsx", "--pdf"], {}, EXIT_USAGE, "--pdf kräver LibreOffice (soffice)", "apt-get install libreoffice-calc");
  } finally {
    if (before === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = before;
  }
});

describe("npm run workbook: the rest post from totals, SCB's noise (issue 11)", () => {
  const full2018 = () => readFileSync(POPULATION_2018, "utf8");
  test("without a rest row the rest post is derived and the summary says so", async () => {
    const text = full2018()
      .split("\r\n")
      .filter((line) => !line.includes(";rest;"))
      .join("\r\n");
    const result = await run(["--population", "befolkning.csv", "--date", "2018-12-31"], { "befolkning.csv": text });
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain("Restposten (2\u00a0446) härledd som Stockholms 962\u00a0154 minus stadsdelarnas 959\u00a0708");
    expect(result.stdout).toContain("1\u00a0383\u00a0004\u00a0kr per år");
  });

  test("--scb-noise takes a city total a few people off its parts, with a note naming both", async () => {
    // The 2018 figures in the 2023 layout (Järva, Norra innerstaden, Hägersten-Älvsjö), for a date of 2025.
    const merged = ["Hägersten-Liljeholmen", "Älvsjö", "Norrmalm", "Östermalm", "Rinkeby-Kista", "Spånga-Tensta"];
    const text = full2018()
      .replace("Stockholm;kommun;962\u00a0154", "Stockholm;kommun;962\u00a0160")
      .split("\r\n")
      .filter((line) => !merged.some((name) => line.startsWith(`${name};`)))
      .concat(["Hägersten-Älvsjö;stadsdel;120 783;", "Norra innerstaden;stadsdel;148 387;", "Järva;stadsdel;89 510;"])
      .join("\r\n");
    expect(text).toContain("962\u00a0160");
    const strict = await run(["--population", "befolkning.csv", "--date", "2025-12-31", "--out", "a.xlsx"], { "befolkning.csv": text });
    expect(strict.code).toBe(EXIT_INPUT);
    const noised = await run(["--population", "befolkning.csv", "--date", "2025-12-31", "--scb-noise"], { "befolkning.csv": text });
    expect(noised.code).toBe(EXIT_OK);
    expect(noised.stdout).toContain("Stockholms angivna 962\u00a0160 och summan av stadsdelarna och restposten 962\u00a0154 skiljer sig med 6, inom SCB:s brus (högst 96)");
  });
});
