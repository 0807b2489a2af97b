/*
 * Writes the README's table of the figures a user gives, from the declarations (src/params): the
 * table between the markers <!-- parameters:start --> and <!-- parameters:end -->. Run
 * `npx tsx scripts/readme-parameters.ts` after changing a declaration; test/params/readme.test.ts
 * fails while the README and the declarations disagree.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { NUMBER_PARAMETERS, REFERENCE_DATE, displayValue, type NumberParamKey, type NumberParameter } from "../src/params";

const START = "<!-- parameters:start -->";
const END = "<!-- parameters:end -->";

function limits(key: NumberParamKey): string {
  const spec = NUMBER_PARAMETERS[key] as NumberParameter;
  const show = (value: number) => displayValue(key, value, "sv").replace(/\u00a0/g, " ");
  const min = `${spec.limits.minExclusive ? ">" : "≥"} ${show(spec.limits.min)}`;
  return `${min}, ≤ ${show(spec.limits.max)}${spec.limits.whole ? ", whole" : ""}`;
}

export function parameterTable(): string {
  const rows = (Object.keys(NUMBER_PARAMETERS) as NumberParamKey[]).map((key) => {
    const spec = NUMBER_PARAMETERS[key] as NumberParameter;
    const value = spec.defaultValue === undefined ? "–" : displayValue(key, spec.defaultValue, "sv").replace(/\u00a0/g, " ");
    const plausible = spec.plausible ? `${displayValue(key, spec.plausible.min, "sv")}–${displayValue(key, spec.plausible.max, "sv")}`.replace(/\u00a0/g, " ") : "–";
    const source = spec.source ? `${spec.source.document}, ${spec.source.section}` : "–";
    return `| ${spec.label.sv} / ${spec.label.en} | ${spec.flag ? `\`${spec.flag}\`` : "–"} | ${spec.unit} | ${value} | ${source} | ${limits(key)} | ${plausible} |`;
  });
  const date = `| ${REFERENCE_DATE.label.sv} / ${REFERENCE_DATE.label.en} | \`${REFERENCE_DATE.flag}\` | date | ${REFERENCE_DATE.defaultValue} (embedded population only) | ${REFERENCE_DATE.source.document}, ${REFERENCE_DATE.source.section} | a day that exists, from 1900-03-01 | – |`;
  return [
    "| Figure (sv / en) | Option | Unit | Default | Source | Refused outside | Needs confirmation outside |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    date,
  ].join("\n");
}

export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${parameterTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const path = join(__dirname, "..", "README.md");
  writeFileSync(path, readmeWithTable(readFileSync(path, "utf8")));
}
