import { readFileSync } from "fs";
import { join } from "path";

/*
 * The requirement set of every member of the Excel API, read from the `[Api set: ExcelApi 1.x]` tags
 * of @types/office-js (the tags Microsoft generates the reference pages from): "Range.merge" → "1.2".
 * Classes and interfaces of `declare namespace Excel`, not its Interfaces (the load/set shapes).
 */

let cache: ReadonlyMap<string, string> | undefined;

export function excelApiSets(): ReadonlyMap<string, string> {
  if (cache) return cache;
  const lines = readFileSync(join(__dirname, "../../node_modules/@types/office-js/index.d.ts"), "utf8").split("\n");
  const sets = new Map<string, string>();
  let inExcel = false;
  let owner: string | undefined;
  let doc: string[] = [];
  for (const line of lines) {
    if (/^declare namespace Excel \{/.test(line)) {
      inExcel = true;
      continue;
    }
    if (inExcel && /^ {4}namespace Interfaces/.test(line)) inExcel = false;
    if (!inExcel) continue;
    const type = /^ {4}(?:export )?(class|interface|enum|type|function) (\w+)/.exec(line);
    if (type) {
      owner = type[1] === "class" || type[1] === "interface" ? type[2] : undefined;
      doc = [];
      continue;
    }
    if (/^\s*\/\*\*/.test(line)) doc = [];
    if (/^\s*(\/\*\*|\*)/.test(line)) {
      doc.push(line);
      continue;
    }
    const member = /^ {8}(?:readonly )?(?:static )?(\w+)\??[(:<]/.exec(line);
    if (member && owner) {
      const set = /\[Api set: ExcelApi (1\.\d+)/.exec(doc.join(" "));
      const name = `${owner}.${member[1]}`;
      if (set && !sets.has(name)) sets.set(name, set[1]);
      doc = [];
    }
  }
  cache = sets;
  return sets;
}
