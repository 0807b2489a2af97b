import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CheckReadError, readCsvGrid } from "../../src/files/checkReaders";
import { csvTextToRows, decodeCsvBytes, detectDelimiter, parseCsvText, readFileBytes } from "../../src/files/csv";
import { parsePopulationCsv } from "../../src/files/populationCsv";

/*
 * The one CSV file reader (src/files/csv.ts), and the two readers over it: the checker's grid of a
 * CSV file and the population file. Both read the same bytes the same way; each words a refusal in
 * its own catalogue.
 */

const directory = () => mkdtempSync(join(tmpdir(), "csv-"));
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kommun;Invånare\n", "utf16le")]);
const LATIN1 = Buffer.from("Kommun;Invånare\nEkerö;28308\n", "latin1");

describe("the bytes of a file", () => {
  test("a missing file, a directory and a file above the asked limit are refusals, not throws", async () => {
    const dir = directory();
    expect(await readFileBytes(join(dir, "saknas.csv"))).toEqual({ ok: false, problem: "notFound" });
    expect(await readFileBytes(dir)).toEqual({ ok: false, problem: "unreadable", reason: "EISDIR" });
    const path = join(dir, "f.csv");
    writeFileSync(path, "a;b\n");
    expect(await readFileBytes(path, { refuseAbove: 3 })).toEqual({ ok: false, problem: "tooLarge", bytes: 4 });
    const read = await readFileBytes(path, { refuseAbove: 4 });
    expect(read.ok && read.bytes.toString("utf8")).toBe("a;b\n");
  });
});

describe("the text of the bytes", () => {
  test("UTF-8 with its BOM dropped, UTF-16 by its BOM (either byte order), Windows-1252 when the bytes are not UTF-8; NUL bytes are no text", () => {
    expect(decodeCsvBytes(Buffer.from("\ufeffnamn;typ\n", "utf8"))).toEqual({ ok: true, text: "namn;typ\n", encoding: "utf-8" });
    expect(decodeCsvBytes(UTF16)).toEqual({ ok: true, text: "Kommun;Invånare\n", encoding: "utf-16" });
    expect(decodeCsvBytes(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({ ok: true, text: "A", encoding: "utf-16" });
    expect(decodeCsvBytes(LATIN1)).toEqual({ ok: true, text: "Kommun;Invånare\nEkerö;28308\n", encoding: "windows-1252" });
    // 0x96 is an en dash in Windows-1252 (not a C1 control as in Latin-1).
    expect(decodeCsvBytes(Buffer.from([0x41, 0x96, 0x42]))).toMatchObject({ text: "A\u2013B" });
    expect(decodeCsvBytes(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toEqual({ ok: false, problem: "notText" });
  });
});

describe("the records of the text", () => {
  test("the delimiter the file's lines agree on; each record with the line it starts on", () => {
    expect(detectDelimiter("\ufeffKommun;Andel\nA;3,97\nB;1,2")).toBe(";");
    expect(detectDelimiter("Folkmängd efter region och år\n\nregion;2018\n0114 Upplands Väsby;45543\n")).toBe(";");
    expect(detectDelimiter('"region","2017"\n"0114 Upplands Väsby",44605\n')).toBe(",");
    expect(detectDelimiter("namn\tinvånare\nSalem\t16 786\n")).toBe("\t");
    expect(detectDelimiter("one field\n")).toBe(",");
    const parsed = parseCsvText('\ufeffnamn;typ\n\n"Salem\nkommun";kommun\nNykvarn;kommun\n');
    expect(parsed).toEqual({
      ok: true,
      delimiter: ";",
      records: [
        { fields: ["namn", "typ"], line: 1 },
        { fields: [""], line: 2 },
        { fields: ["Salem\nkommun", "kommun"], line: 3 },
        { fields: ["Nykvarn", "kommun"], line: 5 },
      ],
    });
  });

  test("a quote never closed and text after a closing quote are told apart, with their line", () => {
    expect(parseCsvText('a;b\n"x;1\n')).toMatchObject({ ok: false, problem: "quoteNotClosed", line: 2 });
    expect(parseCsvText('a;b\n"x"y;1\n')).toMatchObject({ ok: false, problem: "textAfterClosingQuote", line: 2 });
    expect(() => csvTextToRows('a;b\n"x;1\n')).toThrow(/Quote Not Closed/);
    expect(csvTextToRows("a,b\n1")).toEqual([["a", "b"], ["1"]]);
  });
});

describe("the checker and the population file read the same bytes alike", () => {
  test("a CSV in UTF-16 or Windows-1252 is read by both alike; bytes that are no text are refused by both", async () => {
    const dir = directory();
    for (const [name, bytes] of [["utf16.csv", UTF16], ["latin1.csv", LATIN1]] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expect((await readCsvGrid(path)).values[0]).toEqual(["Kommun", "Invånare"]);
    }
    const path = join(dir, "binary.csv");
    const binary = Buffer.from([0x41, 0x00, 0x42, 0x0a]);
    writeFileSync(path, binary);
    const error = await readCsvGrid(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CheckReadError);
    expect((error as CheckReadError).text.sv).toBe(`${path}: filen är ingen textfil; spara tabellen som "CSV UTF-8" eller ge arbetsboken (.xlsx).`);
    const population = parsePopulationCsv(binary, { file: "binary.csv" });
    expect(!population.ok && population.issues.map((issue) => issue.code)).toEqual(["notText"]);
  });

  test("the checker's grid of a CSV file: every record a row, from A1, named after the file", async () => {
    const path = join(directory(), "kommuner.csv");
    writeFileSync(path, "\ufeffKommun;Invånare\r\nEkerö;28 308\r\n");
    expect(await readCsvGrid(path)).toEqual({ sheet: "kommuner.csv", anchor: "A1", values: [["Kommun", "Invånare"], ["Ekerö", "28 308"]] });
  });

  test("the checker names a file it cannot read and one that is not CSV", async () => {
    const dir = directory();
    await expect(readCsvGrid(join(dir, "saknas.csv"))).rejects.toMatchObject({ text: { sv: `${join(dir, "saknas.csv")}: filen finns inte.` } });
    await expect(readCsvGrid(dir)).rejects.toMatchObject({ text: { en: `${dir}: the file cannot be read (EISDIR).` } });
    const path = join(dir, "trasig.csv");
    writeFileSync(path, 'a;b\n"x;1\n');
    await expect(readCsvGrid(path)).rejects.toMatchObject({ text: { sv: expect.stringMatching(/trasig\.csv: filen kan inte läsas som CSV \(rad 2\): ett citattecken/) } });
  });
});
