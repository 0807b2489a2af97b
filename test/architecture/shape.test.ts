import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MAX_FILE_LINES, ROOT, fileLines, importCircles, importedFiles, importedRooms, longFunctions, sourceFiles } from "../../scripts/codeShape";

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

test("no room but the Excel double has an import circle between its files (issue 20)", () => {
  // The double mirrors Excel's object model, where a range knows its sheet and a sheet its ranges; every
  // other room's files form a one-way graph, so each can be read and changed from its leaves up.
  const circles = importCircles(files).filter((circle) => circle.some((file) => room(file) !== "excel-double"));
  expect(circles.map((circle) => circle.map((file) => path.relative(ROOT, file)))).toEqual([]);
});

/**
 * The imports from another room that do not go through its index, each with its reason (issue 20).
 * Besides these, a room's part loaded later by `import()` (issue 19: the pane's React.lazy chunks,
 * src/taskpane/later.tsx, the readers the pane fetches when first used) is imported by its own file:
 * through the index the chunk would carry all the room offers.
 */
const DEEP_ENTRIES: readonly { readonly from: string; readonly to: string; readonly why: string }[] = [
  {
    from: "src/preview",
    to: "src/taskpane",
    why: "the preview is the pane on a double of Excel and puts the pane's parts together itself; the pane's index.tsx is the page that starts the pane in Excel, not an entrance",
  },
];

/** The room a file of src/ is in, and whether it is that room's index. */
const entrance = (file: string) => path.dirname(file) === path.join(ROOT, "src", room(file)) && /^index\.tsx?$/.test(path.basename(file));
const excepted = (file: string, target: string) =>
  DEEP_ENTRIES.some((entry) => path.relative(ROOT, file).startsWith(`${entry.from}/`) && path.relative(ROOT, target).startsWith(`${entry.to}/`));

test("every room is entered through its index, but the listed exceptions (issue 20)", () => {
  // What a room offers the others is what its index exports; its other files are its own. Within a
  // room, files import one another directly, never their room's index (it would be a circle).
  const deep = files.flatMap((file) =>
    importedFiles(file, true)
      .filter((target) => room(target) !== room(file) && !entrance(target) && !excepted(file, target))
      .map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`),
  );
  expect(deep).toEqual([]);
  const ownIndex = files.flatMap((file) =>
    importedFiles(file, true)
      .filter((target) => room(target) === room(file) && entrance(target) && !entrance(file))
      .map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`),
  );
  expect(ownIndex).toEqual([]);
});

/** The plan's room, whose folders show the steps of building a plan (docs/ARCHITECTURE.md). */
const WORKBOOK = path.join(ROOT, "src", "workbook");
/** The folder of src/workbook a file is in, or undefined for a file elsewhere or at the room's top. */
const workbookFolder = (file: string): string | undefined => {
  const parts = path.relative(WORKBOOK, file).split(path.sep);
  return parts.length > 1 && parts[0] !== ".." ? parts[0] : undefined;
};

test("each folder of the plan's room is entered through its index (issue 20)", () => {
  // options/, sheets/, plan/ and texts/: what a folder offers the rest of the house is what its index
  // exports; its other files are its own.
  const folders = fs.readdirSync(WORKBOOK, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  expect(folders.map((entry) => entry.name).sort()).toEqual(["options", "plan", "sheets", "texts"]);
  expect(folders.filter((entry) => !fs.existsSync(path.join(WORKBOOK, entry.name, "index.ts"))).map((entry) => entry.name)).toEqual([]);
  const deep = files.flatMap((file) =>
    importedFiles(file)
      .filter((target) => workbookFolder(target) !== undefined && path.basename(target) !== "index.ts" && workbookFolder(file) !== workbookFolder(target))
      .map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`),
  );
  expect(deep).toEqual([]);
});

test("the circle finder sees a circle of type-only imports, and through a folder's index", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shape-"));
  fs.mkdirSync(path.join(dir, "room"));
  fs.writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./room";\nexport interface A { b?: B }\n');
  fs.writeFileSync(path.join(dir, "room", "index.ts"), 'export type { B } from "./b";\n');
  fs.writeFileSync(path.join(dir, "room", "b.ts"), 'import type { A } from "../a";\nexport interface B { a?: A }\n');
  fs.writeFileSync(path.join(dir, "c.ts"), 'import type { A } from "./a";\nexport type C = A;\n');
  const all = ["a.ts", "room/index.ts", "room/b.ts", "c.ts"].map((name) => path.join(dir, name));
  expect(importCircles(all).map((circle) => circle.map((file) => path.relative(dir, file)))).toEqual([["a.ts", "room/b.ts", "room/index.ts"]]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`no function outside the Excel double is longer than 120 lines`, () => {
  expect(files.filter((file) => room(file) !== "excel-double").flatMap((file) => longFunctions(file))).toEqual([]);
});

test(`no file is longer than ${MAX_FILE_LINES} lines`, () => {
  expect(files.filter((file) => fileLines(file) > MAX_FILE_LINES).map((file) => path.relative(ROOT, file))).toEqual([]);
});
