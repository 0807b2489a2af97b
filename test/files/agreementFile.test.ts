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

/* Issue 15, item 6: an agreement file's figures get the options' plausibility rules, and what its components charge must add up. */

const withValues = (agreement: typeof INTERIM_2020, values: Readonly<Record<string, number>>) => ({
  ...agreement,
  parameters: agreement.parameters.map((parameter) => (values[parameter.key] !== undefined ? { ...parameter, value: values[parameter.key] } : parameter)),
});

test("a figure outside its plausible range is refused naming the value and the range, unless --force confirms it", () => {
  const misread = withValues(INTERIM_2020, { threshold: 615.312, years: 50 });
  expect(issues(misread)).toEqual([
    "avtal.json: parameters[0].value: 615,312\u00a0kr ligger utanför det rimliga intervallet 100\u00a0000\u00a0kr–10\u00a0000\u00a0000\u00a0kr; kontrollera värdet och bekräfta det. Ange --force om värdet är rätt.",
    "avtal.json: parameters[1].value: 50\u00a0år ligger utanför det rimliga intervallet 1\u00a0år–20\u00a0år; kontrollera värdet och bekräfta det. Ange --force om värdet är rätt.",
  ]);
  const small = withValues(AGREEMENT_2026_2030, { budget2026: 26, municipalShare: 1 });
  expect(issues(small, "en")).toEqual([
    "avtal.json: parameters[0].value: 26\u00a0kr is outside the plausible range 1,000,000\u00a0kr–1,000,000,000\u00a0kr; check the value and confirm it. Add --force if the value is right.",
    "avtal.json: parameters[1].value: 100% is outside the plausible range 1%–50%; check the value and confirm it (a share is written in the file as a fraction: 1 is 100%, 1% is written 0.01). Add --force if the value is right.",
  ]);
  const forced = parseAgreementText(JSON.stringify(small), "avtal.json", "sv", { force: true });
  expect(forced.ok && forced.agreement.parameters.map((parameter) => parameter.value)).toEqual([26, 1]);
  // --force confirms a value, never a value beyond its limits or any other fault.
  const beyond = parseAgreementText(JSON.stringify(withValues(AGREEMENT_2026_2030, { municipalShare: 30 })), "avtal.json", "sv", { force: true });
  expect(beyond.ok ? [] : beyond.issues).toEqual(["avtal.json: parameters[1].value: en andel kan inte vara över 100 % (3\u00a0000\u00a0%)"]);
});

test("a component that distributes the whole budget of a split, or an amount another distributes, is refused naming the field", () => {
  const whole = fixture();
  whole.components[1].amount = "Budget2031";
  expect(issues(whole)).toEqual([
    "avtal.json: components[1].amount: ”Budget2031” är hela budgeten som components[0] delar mellan regionen och kommunerna; kommunerna betalar bara sin del, så fördela ”Kommundel2031”",
  ]);
  const twice = fixture();
  twice.components[1].amount = "LicensBudget";
  expect(issues(twice, "en")).toEqual(['avtal.json: components[2].budget: "LicensBudget" is distributed by components[1].amount already; the units would pay it twice']);
});

test("two components, or a component and the total, that write the same column of Årskostnad are refused in both languages", () => {
  const same = fixture();
  same.components[2].column = { sv: "driftdel 2031", en: "Licence part 2031" };
  same.total = { sv: "Totalt 2031", en: "Operation part 2031" };
  expect(issues(same)).toEqual([
    "avtal.json: components[2].column.sv: kolumnen ”driftdel 2031” på Årskostnad finns redan (components[1].column.sv); varje del behöver en egen rubrik",
    "avtal.json: total.en: kolumnen ”Operation part 2031” på Årskostnad finns redan (components[1].column.en); varje del behöver en egen rubrik",
  ]);
});
