import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  compareMetadata,
  localizeMetadata,
  LocalizedFunctionsMetadataPlugin,
  type FunctionsMetadata,
  type TranslationTable,
} from "../../scripts/localize-functions";
import { ROOT } from "./build";

/*
 * The Swedish custom functions metadata: generated from the JSDoc of src/functions/functions.ts and
 * the hand-kept table; every function and parameter translated, the same ids, and a build that
 * FAILS when a translation is missing.
 */

const FUNCTIONS_TS = path.join(ROOT, "src/functions/functions.ts");
const TABLE_PATH = path.join(ROOT, "src/functions/translations.sv-SE.json");
const TABLE = JSON.parse(fs.readFileSync(TABLE_PATH, "utf8")) as TranslationTable;

let generated: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as FunctionsMetadata;
});

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("the Swedish metadata", () => {
  it("translates every function and parameter, with the same ids in the same order", () => {
    const { metadata, problems } = localizeMetadata(generated, TABLE, "sv-SE");
    expect(problems).toEqual([]);
    expect(compareMetadata(generated, metadata, "sv-SE")).toEqual([]);
    expect(metadata.functions.map((fn) => fn.id)).toEqual(generated.functions.map((fn) => fn.id));
    expect(generated.functions.length).toBeGreaterThanOrEqual(8);
    for (const fn of metadata.functions) {
      const english = generated.functions.find((candidate) => candidate.id === fn.id)!;
      expect(fn.name).not.toBe(english.name);
      expect(fn.description).not.toBe(english.description);
      fn.parameters!.forEach((parameter, index) => {
        expect(parameter.name.trim()).not.toBe("");
        expect(parameter.description).not.toBe(english.parameters![index].description);
      });
    }
  });
  it("has the Swedish names the README lists", () => {
    const { metadata } = localizeMetadata(generated, TABLE, "sv-SE");
    const names = Object.fromEntries(metadata.functions.map((fn) => [fn.id, fn.name]));
    expect(names).toEqual({
      LOUCOSTPERYEAR: "LOUKOSTNAD.ÅR",
      LOUCOSTFORPERIOD: "LOUKOSTNAD.PERIOD",
      LOURATEPERYEAR: "LOUPRIS.INVÅNARE.ÅR",
      POPULATIONWITHREST: "INVÅNARE.INKL.REST",
      SUPPORTCOST: "SUPPORTKOSTNAD",
      MUNICIPALCOST2026: "KOMMUNKOSTNAD2026",
      ALLOCATE: "FÖRDELA",
      POPULATION2018: "INVÅNARE2018",
    });
  });
});

describe("missing or wrong translations are caught", () => {
  it("a function without a translation", () => {
    const table = clone(TABLE);
    delete table.functions.SUPPORTCOST;
    expect(localizeMetadata(generated, table, "sv-SE").problems).toContain("sv-SE: function SUPPORTCOST has no translation");
  });
  it("a parameter without a translation, and one with an empty description", () => {
    const table = clone(TABLE);
    delete table.functions.ALLOCATE.parameters!.decimals;
    table.functions.LOUCOSTPERYEAR.parameters!.years.description = " ";
    const { problems } = localizeMetadata(generated, table, "sv-SE");
    expect(problems).toContain("sv-SE: parameter ALLOCATE.decimals has no translation");
    expect(problems).toContain("sv-SE: parameter LOUCOSTPERYEAR.years has no sv-SE description");
  });
  it("a translation for a function or parameter that does not exist (renamed in code)", () => {
    const table = clone(TABLE);
    table.functions.OLDNAME = { name: "GAMMALT", description: "x", parameters: {} };
    table.functions.SUPPORTCOST.parameters!.userCount = { name: "antal", description: "x" };
    const { problems } = localizeMetadata(generated, table, "sv-SE");
    expect(problems).toContain("sv-SE: translation for function OLDNAME, which functions.json does not define");
    expect(problems).toContain("sv-SE: translation names parameter SUPPORTCOST.userCount, which the function does not have");
  });
  it("a name Excel would refuse, and two functions with one name", () => {
    const table = clone(TABLE);
    table.functions.ALLOCATE.name = "FÖRDELA BELOPP";
    table.functions.SUPPORTCOST.name = "LOUKOSTNAD.ÅR";
    const { problems } = localizeMetadata(generated, table, "sv-SE");
    expect(problems).toContain('sv-SE: function ALLOCATE: name "FÖRDELA BELOPP" is not a valid Excel function name');
    expect(problems).toContain("sv-SE: two functions are named LOUKOSTNAD.ÅR");
  });
  it("metadata files whose ids or parameters differ", () => {
    const localized = localizeMetadata(generated, TABLE, "sv-SE").metadata;
    const reordered = clone(localized);
    reordered.functions.reverse();
    expect(compareMetadata(generated, reordered, "sv-SE")[0]).toMatch(/function ids differ/);
    const retyped = clone(localized);
    retyped.functions[0].parameters![0].optional = true;
    expect(compareMetadata(generated, retyped, "sv-SE")).toContain(
      `sv-SE: parameter 1 of ${retyped.functions[0].id} differs in type, dimensionality or optional from functions.json`,
    );
  });
});

/** Compiles the functions entry with both metadata plugins; returns the errors and emitted files. */
function compileFunctions(tablePath: string): Promise<{ errors: string[]; files: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-functions-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: out, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json", output: "functions.sv-SE.json", table: tablePath, locale: "sv-SE" }),
    ],
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) return reject(error);
      resolve({ errors: stats.compilation.errors.map((e) => e.message), files: fs.existsSync(out) ? fs.readdirSync(out) : [] });
    });
  });
}

describe("the build", () => {
  it("emits functions.sv-SE.json with the real table", async () => {
    const { errors, files } = await compileFunctions(TABLE_PATH);
    expect(errors).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["functions.js", "functions.json", "functions.sv-SE.json"]));
  }, 120000);
  it("fails (a compilation error) when a parameter lacks its Swedish description", async () => {
    const table = clone(TABLE);
    delete table.functions.MUNICIPALCOST2026.parameters!.municipalShare.description;
    const tablePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kostnadsdelning-table-")), "translations.sv-SE.json");
    fs.writeFileSync(tablePath, JSON.stringify(table));
    const { errors, files } = await compileFunctions(tablePath);
    expect(errors.join("\n")).toMatch(/parameter MUNICIPALCOST2026\.municipalShare has no sv-SE description/);
    expect(files).not.toContain("functions.sv-SE.json");
  }, 120000);
});
