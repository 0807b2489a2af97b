import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import { compareVersions, HOST_PROFILES, OLDEST_ADMITTED } from "../../src/excel-double";
import { EXCEL_API_MINIMUM } from "../../src/excel/requirements";

/*
 * Every member of the Excel API the add-in calls, with its requirement set, read by the type checker
 * from the add-in's own code and from the `[Api set: ExcelApi 1.x]` tags of @types/office-js. One above
 * the manifest's declared minimum must sit behind a guard that asks the host (`excelApi(run, "1.x")` or
 * `isSetSupported("ExcelApi", "1.x")`): lexically inside its `if`/`?:`, or after an early return on its
 * negation. office.js from the CDN defines every member whatever the host, and a member the host lacks
 * fails the whole sync (ApiNotFound), so nothing else tells.
 */

const ROOT = join(__dirname, "../..");
/** The code that runs inside Excel: the Office.js room and the pane. The double and the preview run outside. */
const SCANNED = ["src/excel", "src/taskpane"];
const GUARD = /\b(?:excelApi\(\s*\w+\s*,\s*|isSetSupported\(\s*["']ExcelApi["']\s*,\s*)["'](1\.\d+)["']/;

interface Use {
  readonly member: string;
  readonly set: string;
  readonly where: string;
  readonly guard?: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "Range" for a declaration inside `declare namespace Excel` (not its Interfaces), else undefined. */
function excelOwner(declaration: ts.Declaration): string | undefined {
  const owner = declaration.parent;
  if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) return undefined;
  const namespace = owner.parent?.parent;
  return namespace && ts.isModuleDeclaration(namespace) && namespace.name.text === "Excel" ? owner.name.text : undefined;
}

/** The version a guard around `node` asks for, if any. */
function guardOf(node: ts.Node): string | undefined {
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) {
      const version = GUARD.exec(parent.expression.getText())?.[1];
      if (version && !parent.expression.getText().trimStart().startsWith("!")) return version;
    }
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) {
      const version = GUARD.exec(parent.condition.getText())?.[1];
      if (version) return version;
    }
    if (ts.isBlock(parent)) {
      // An early return before it: `if (!excelApi(run, "1.13")) return …;`
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && /^!/.test(statement.expression.getText()) && /\breturn\b|\bthrow\b/.test(statement.thenStatement.getText())) {
          const version = GUARD.exec(statement.expression.getText())?.[1];
          if (version) return version;
        }
      }
    }
  }
  return undefined;
}

function usesOfExcelApi(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const roots = SCANNED.flatMap((dir) => files(join(ROOT, dir)));
  const program = ts.createProgram(roots, { ...(config?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        const owner = declaration && excelOwner(declaration);
        const set = declaration && /\[Api set: ExcelApi (1\.\d+)/.exec(declaration.getFullText())?.[1];
        if (owner && set) {
          const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
          const guard = guardOf(node);
          uses.push({ member: `${owner}.${node.name.text}`, set, where: `${relative(ROOT, file)}:${line + 1}`, ...(guard ? { guard } : {}) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const uses = usesOfExcelApi();

test("every member of the Excel API the add-in calls is listed with its requirement set", () => {
  const list = [...new Map(uses.map((use) => [use.member, use.set])).entries()].sort(([a], [b]) => a.localeCompare(b));
  expect(list.length).toBeGreaterThan(60);
  expect(Object.fromEntries(list)).toMatchObject({
    "Range.formulas": "1.1",
    "WorksheetCollection.getItemOrNullObject": "1.4",
    "NamedItem.formula": "1.7",
    "ChartSeriesCollection.add": "1.7",
    "ChartSeries.setXAxisValues": "1.7",
    "PageLayout.zoom": "1.9",
    "Range.getMergedAreasOrNullObject": "1.13",
  });
});

test("none above the manifest's declared ExcelApi minimum is called outside a guard that asks the host", () => {
  const unguarded = uses.filter((use) => compareVersions(use.set, EXCEL_API_MINIMUM) > 0 && !(use.guard && compareVersions(use.guard, use.set) >= 0));
  expect(unguarded).toEqual([]);
  expect(uses.filter((use) => use.member === "Range.getMergedAreasOrNullObject").every((use) => use.guard === "1.13")).toBe(true);
});

test("the declared minimum is what the unguarded calls need, no more and no less", () => {
  const needed = uses.filter((use) => !use.guard).reduce((max, use) => (compareVersions(use.set, max) > 0 ? use.set : max), "1.1");
  expect(needed).toBe(EXCEL_API_MINIMUM);
});

test("the manifest declares that minimum, and the oldest host it admits has it", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const declared = Object.fromEntries([...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"/g)].map((m) => [m[1], m[2]]));
  expect(declared.ExcelApi).toBe(EXCEL_API_MINIMUM);
  for (const [set, version] of Object.entries(declared)) expect([set, compareVersions(OLDEST_ADMITTED.sets[set] ?? "0", version) >= 0]).toEqual([set, true]);
  // The oldest admitted is the oldest profile that meets every declared set.
  const admitted = HOST_PROFILES.filter((host) => Object.entries(declared).every(([set, version]) => compareVersions(host.sets[set] ?? "0", version) >= 0));
  expect(admitted[0]).toBe(OLDEST_ADMITTED);
});
