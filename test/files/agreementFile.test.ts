import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_AGREEMENT_BYTES, jsonErrorOffset, parseAgreementText, readAgreementFile } from "../../src/files/agreementFile";
import { AGREEMENT_2026_2030, INTERIM_2020 } from "../../src/data";

/* An agreement from a JSON file (issue 11): the test agreement read whole; a bad file refused with file, field and reason, in the user's language. */

const FIXTURE = join(__dirname, "..", "fixtures", "agreements", "split-70-30.json");
const fixture = () => JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown> & { parameters: Record<string, unknown>[]; components: Record<string, unknown>[] };
const parse = (json: unknown, locale: "sv" | "en" = "sv") => parseAgreementText(typeof json === "string" ? json : JSON.stringify(json, null, 2), "avtal.json", locale);
const issues = (json: unknown, locale: "sv" | "en" = "sv") => {
  const result = parse(json, locale);
  return result.ok ? [] : result.issues;
};

test("the test agreement's file is read as its declaration", async () => {
  const result = await readAgreementFile(FIXTURE, "split-70-30.json", "sv");
  expect(result.ok && result.agreement.id).toBe("test-2031");
  expect(result.ok && result.agreement.components.map((component) => component.kind)).toEqual(["fixedPercentage", "populationShare", "perUser"]);
});

test("today's agreements written as JSON are read back the same", () => {
  for (const agreement of [INTERIM_2020, AGREEMENT_2026_2030]) {
    const result = parse(agreement);
    expect(result.ok && result.agreement).toEqual(agreement);
  }
});

test.each<[string, (json: ReturnType<typeof fixture>) => unknown, string[]]>([
  ["a field missing", (json) => ({ ...json, name: undefined }), ["avtal.json: name: saknas"]],
  ["a text in one language only", (json) => ({ ...json, title: { sv: "Testavtal" } }), ["avtal.json: title.en: saknas"]],
  ["an empty text", (json) => ({ ...json, short: " " }), ["avtal.json: short: får inte vara tom"]],
  ["a value that is text", (json) => ({ ...json, parameters: json.parameters.map((p, i) => (i === 0 ? { ...p, value: "10 000 000" } : p)) }), ["avtal.json: parameters[0].value: ska vara ett tal"]],
  ["a misspelt field", (json) => ({ ...json, components: json.components.map((c, i) => (i === 1 ? { ...c, amuont: "x" } : c)) }), ["avtal.json: components[1].amuont: är inget fält i ett avtal (felstavat?)"]],
  [
    "an unknown kind",
    (json) => ({ ...json, components: [{ kind: "perCapita" }] }),
    ["avtal.json: components[0].kind: ”perCapita” är ingen sorts kostnadsdel (cappedPopulationShare, perUser, populationShare, fixedPercentage)"],
  ],
  ["no parameters", (json) => ({ ...json, parameters: [] }), ["avtal.json: parameters: behöver minst 1"]],
  ["not an object", () => [], ["avtal.json: ska vara ett objekt { … }"]],
  [
    "a reference to no parameter, and a share written as 30",
    (json) => ({
      ...json,
      parameters: json.parameters.map((p, i) => (i === 1 ? { ...p, value: 30 } : p)),
      components: json.components.map((c, i) => (i === 2 ? { ...c, budget: "Licensbudget" } : c)),
    }),
    ["avtal.json: parameters[1].value: en andel kan inte vara över 100 % (3\u00a0000\u00a0%)", "avtal.json: components[2].budget: ”Licensbudget” är ingen parameter i avtalet"],
  ],
])("%s is refused with the file, the field and why", (_name, change, expected) => {
  expect(issues(change(fixture()))).toEqual(expected);
});

test("in English", () => {
  expect(issues({ ...fixture(), name: undefined, short: 2031 }, "en")).toEqual(["avtal.json: name: is missing", "avtal.json: short: should be a text"]);
});

test("a file that is not JSON says where it stops", () => {
  expect(issues('{\n  "id": "x",\n  "title": }\n')).toEqual(["avtal.json: rad 3, kolumn 12: filen är inte giltig JSON"]);
  expect(issues('{ "id": "x"', "en")).toEqual(["avtal.json: the file ends in the middle of its JSON"]);
  expect(issues('{ "id": "x", }')).toEqual(["avtal.json: rad 1, kolumn 14: filen är inte giltig JSON"]);
  expect(issues('{ "id": 01 }')).toEqual(["avtal.json: rad 1, kolumn 10: filen är inte giltig JSON"]);
});

test.each(['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e5"]}', "[]", ' "text" ', "0"])("valid JSON %s has no error", (text) => {
  expect(jsonErrorOffset(text)).toBe(-1);
  expect(() => JSON.parse(text)).not.toThrow();
});

test("a file that is missing, too large or not UTF-8 is refused in one line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "agreement-file-"));
  expect(await readAgreementFile(join(dir, "none.json"), "none.json", "sv")).toEqual({ ok: false, issues: ["none.json: filen finns inte"] });
  writeFileSync(join(dir, "large.json"), " ".repeat(MAX_AGREEMENT_BYTES + 1));
  expect(await readAgreementFile(join(dir, "large.json"), "large.json", "en")).toEqual({ ok: false, issues: ["large.json: the file is 257\u00a0kB, but an agreement file may be at most 256\u00a0kB"] });
  writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x7d]));
  expect(await readAgreementFile(join(dir, "latin1.json"), "latin1.json", "sv")).toEqual({ ok: false, issues: ["latin1.json: filen är inte UTF-8-text"] });
});
