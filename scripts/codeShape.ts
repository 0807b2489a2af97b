/*
 * The shape of the code (issue 9): how long each function and file in src/ is, and which rooms each
 * room imports. `npx tsx scripts/codeShape.ts` prints what is over the limits;
 * test/architecture/shape.test.ts fails on the same.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

export const ROOT = path.join(__dirname, "..");
export const MAX_FUNCTION_LINES = 120;
export const MAX_FILE_LINES = 500;

export function sourceFiles(dir = path.join(ROOT, "src")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

export interface LongFunction {
  readonly file: string;
  readonly name: string;
  readonly lines: number;
}

/** Functions (declarations, methods, arrow functions and function expressions) longer than `limit` lines. */
export function longFunctions(file: string, limit = MAX_FUNCTION_LINES): LongFunction[] {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) {
        let name = "(anonymous)";
        if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) name = node.name.getText();
        else if (ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText();
        else if (ts.isPropertyAssignment(node.parent)) name = node.parent.name.getText();
        found.push({ file: path.relative(ROOT, file), name, lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function fileLines(file: string): number {
  return fs.readFileSync(file, "utf8").split("\n").length;
}

/** The rooms (first folder under src/) a file imports from, by relative import. */
export function importedRooms(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const rooms = new Set<string>();
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = path.relative(path.join(ROOT, "src"), path.resolve(path.dirname(file), match[1]));
    if (!target.startsWith("..")) rooms.add(target.split(path.sep)[0].replace(/\.(ts|tsx|json)$/, ""));
  }
  return [...rooms];
}

/**
 * The source files a file imports (relative imports that resolve to a .ts or .tsx file, or a folder's
 * index); with `staticOnly`, not those it loads later by `import()`.
 */
export function importedFiles(file: string, staticOnly = false): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found = new Set<string>();
  const pattern = staticOnly ? /(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g : /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of text.matchAll(pattern)) {
    const base = path.resolve(path.dirname(file), match[1]);
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((candidate) => fs.existsSync(candidate));
    if (target) found.add(target);
  }
  return [...found];
}

/** The import circles among `files`: each a set of two or more files that import one another in a ring (Tarjan's strongly connected components). */
export function importCircles(files: readonly string[]): string[][] {
  const edges = new Map(files.map((file) => [file, importedFiles(file).filter((target) => files.includes(target))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (stack.includes(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const circle: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      circle.push(member);
      if (member === file) break;
    }
    if (circle.length > 1) circles.push(circle.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

if (require.main === module) {
  for (const file of sourceFiles()) {
    const relative = path.relative(ROOT, file);
    const lines = fileLines(file);
    if (lines > MAX_FILE_LINES) console.log(`${relative}: ${lines} lines (file)`);
    for (const fn of longFunctions(file)) console.log(`${fn.file}: ${fn.name} ${fn.lines} lines`);
  }
}
