import * as path from "path";
import { MAX_FILE_LINES, ROOT, fileLines, importedRooms, longFunctions, sourceFiles } from "../../scripts/codeShape";

/*
 * The shape of the house (issue 9, docs/ARCHITECTURE.md): rooms import only inward, no function
 * outside the Excel double is longer than a screen or two, no file longer than 500 lines.
 */

/** Which rooms each room may import from (its own always). Arrows point inward, toward the engine. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  engine: [],
  data: ["engine"],
  i18n: ["engine"],
  params: ["engine", "data", "i18n"],
  workbook: ["engine", "data", "i18n", "params"],
  input: ["engine", "data", "i18n", "params", "workbook"],
  check: ["engine", "data", "i18n", "params", "workbook"],
  excel: ["engine", "data", "i18n", "params", "workbook", "check", "input"],
  files: ["engine", "data", "i18n", "params", "workbook", "check", "input"],
  // The double must not share the code it tests; it may name the one Excel handle type.
  "excel-double": ["excel"],
  functions: ["engine", "data", "i18n", "params"],
  taskpane: ["engine", "data", "i18n", "params", "workbook", "input", "check", "excel"],
  preview: ["engine", "data", "i18n", "params", "workbook", "input", "check", "excel", "excel-double", "taskpane"],
  cli: ["engine", "data", "i18n", "params", "workbook", "input", "check", "files"],
};

const files = sourceFiles();
const room = (file: string) => path.relative(path.join(ROOT, "src"), file).split(path.sep)[0];

test("every room imports only the rooms inside it", () => {
  const outward = files.flatMap((file) =>
    importedRooms(file)
      .filter((target) => target !== room(file) && !(ALLOWED[room(file)] ?? []).includes(target))
      .map((target) => `${path.relative(ROOT, file)} → ${target}`),
  );
  expect(outward).toEqual([]);
});

test("every room is known to this test and to docs/ARCHITECTURE.md", () => {
  expect([...new Set(files.map(room))].filter((name) => !/\.(ts|tsx)$/.test(name)).sort()).toEqual(Object.keys(ALLOWED).sort());
});

test(`no function outside the Excel double is longer than 120 lines`, () => {
  expect(files.filter((file) => room(file) !== "excel-double").flatMap((file) => longFunctions(file))).toEqual([]);
});

test(`no file is longer than ${MAX_FILE_LINES} lines`, () => {
  expect(files.filter((file) => fileLines(file) > MAX_FILE_LINES).map((file) => path.relative(ROOT, file))).toEqual([]);
});
