import * as path from "path";
import { MAX_FILE_LINES, ROOT, fileLines, importCircles, importedRooms, longFunctions, sourceFiles } from "../../scripts/codeShape";

/*
 * The shape of the house (issue 9, docs/ARCHITECTURE.md): rooms import only inward, no function
 * outside the Excel double is longer than a screen or two, no file longer than 500 lines.
 */

/** Which rooms each room may import from (its own always). Arrows point inward, toward the engine. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // The ground floor: A1 addresses, Excel's names, the one formula tokenizer. Imports nothing.
  formula: [],
  engine: [],
  data: ["engine"],
  i18n: ["engine"],
  params: ["engine", "data", "i18n"],
  workbook: ["formula", "engine", "data", "i18n", "params"],
  input: ["formula", "engine", "data", "i18n", "params", "workbook"],
  // The checker reads A1 and formulas through the ground floor, never through the plan's room.
  check: ["formula", "engine", "data", "i18n", "params"],
  excel: ["formula", "engine", "data", "i18n", "params", "workbook", "check", "input"],
  files: ["formula", "engine", "data", "i18n", "params", "workbook", "check", "input"],
  // The double must not share the code it tests; it may name the one Excel handle type.
  "excel-double": ["excel"],
  functions: ["formula", "engine", "data", "i18n", "params"],
  taskpane: ["formula", "engine", "data", "i18n", "params", "workbook", "input", "check", "excel"],
  preview: ["formula", "engine", "data", "i18n", "params", "workbook", "input", "check", "excel", "excel-double", "taskpane"],
  cli: ["formula", "engine", "data", "i18n", "params", "workbook", "input", "check", "files"],
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

test("the formula ground floor and the checker have no import circle between their files (issue 20)", () => {
  // Other rooms' circles are issue 20's too (input/populationRows ↔ populationCity); these two rooms are clear of them.
  const circles = importCircles(files).filter((circle) => circle.some((file) => ["formula", "check"].includes(room(file))));
  expect(circles.map((circle) => circle.map((file) => path.relative(ROOT, file)))).toEqual([]);
});

test(`no function outside the Excel double is longer than 120 lines`, () => {
  expect(files.filter((file) => room(file) !== "excel-double").flatMap((file) => longFunctions(file))).toEqual([]);
});

test(`no file is longer than ${MAX_FILE_LINES} lines`, () => {
  expect(files.filter((file) => fileLines(file) > MAX_FILE_LINES).map((file) => path.relative(ROOT, file))).toEqual([]);
});
