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
  test("UTF-8 with its BOM dropped; UTF-16 (either byte order) and Windows-1252 refused", () => {
    expect(decodeCsvBytes(Buffer.from("\ufeffnamn;typ\n", "utf8"))).toEqual({ ok: true, text: "namn;typ\n" });
    expect(decodeCsvBytes(UTF16)).toEqual({ ok: false, problem: "utf16" });
    expect(decodeCsvBytes(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({ ok: false, problem: "utf16" });
    expect(decodeCsvBytes(LATIN1)).toEqual({ ok: false, problem: "notUtf8" });
  });
});

describe("the records of the text", () => {
  test("the delimiter from the header line; each record with the line it starts on", () => {
    expect(detectDelimiter("\ufeffa;b,c;d\n1,2,3")).toBe(";");
    const parsed = parseCsvText('\ufeffnamn;typ\n\n"Salem\nkommun";kommun\nNykvarn;kommun\n');
    expect(parsed).toEqual({
      ok: true,
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
  test("a CSV in UTF-16 or Windows-1252: refused by both, each with its advice to save as CSV UTF-8", async () => {
    const dir = directory();
    for (const [name, bytes] of [["utf16.csv", UTF16], ["latin1.csv", LATIN1]] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const error = await readCsvGrid(path).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CheckReadError);
      expect((error as CheckReadError).text).toEqual({ sv: `${path}: filen är inte UTF-8; spara den som "CSV UTF-8".`, en: `${path}: the file is not UTF-8; save it as "CSV UTF-8".` });
      const population = parsePopulationCsv(bytes, { file: name });
      expect(!population.ok && population.issues.map((issue) => issue.code)).toEqual(["notUtf8"]);
    }
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
