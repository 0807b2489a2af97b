import fs from "fs";
import path from "path";
import { EXCEL_2019, OFFICE_2021_LTSC, OLDEST_ADMITTED } from "../../src/excel-double";
import { EXCEL_API_MINIMUM } from "../../src/excel/requirements";
import { PANE_STRINGS } from "../../src/taskpane/i18n/strings";
import { ROOT } from "./build";

/*
 * What the README tells an IT department about which Excel runs the add-in, and what it asks someone
 * with Excel to try before the first real use (issue 16), against the manifest, the double's host
 * profiles (Microsoft's requirement-set tables) and the pane's own words.
 */

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The text of one `##` or `###` section, from its heading to the next heading of any level. */
function section(heading: string): string {
  const start = README.indexOf(`${heading}\n`);
  if (start < 0) return "";
  const rest = README.slice(start + heading.length + 1);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const hosts = section("### Which Excel runs it");
const firstUse = section("## Before the first real use");

/** The Windows version ("2008") of a profile's label. */
const versionOf = (label: string) => /Version (\d{4})/.exec(label)?.[1];

describe("the README on which Excel runs the add-in", () => {
  test("promises no Excel the manifest does not admit", () => {
    expect(README).not.toMatch(/Excel 2021 or later/);
    expect(hosts).not.toBe("");
  });

  test("names every requirement set the manifest declares, at the version declared", () => {
    const sets = [...MANIFEST.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"/g)].map(([, name, version]) => `${name} ${version}`);
    expect(sets).toContain(`ExcelApi ${EXCEL_API_MINIMUM}`);
    for (const set of sets) expect(hosts).toContain(set);
  });

  test("gives the oldest Microsoft 365 and the volume-licensed Office 2021 the double plays, and says Office 2019 and the iPad cannot", () => {
    expect(hosts).toMatch(new RegExp(`Microsoft 365 on Windows.*Version ${versionOf(OLDEST_ADMITTED.label)}`));
    expect(hosts).toMatch(new RegExp(`LTSC 2021.*volume-licensed.*Version ${versionOf(OFFICE_2021_LTSC.label)} \\(Build ${OFFICE_2021_LTSC.version.split(".").slice(2).join(".")}\\)`));
    expect(EXCEL_2019.sets.CustomFunctionsRuntime).toBeUndefined();
    expect(hosts).toMatch(/Office 2019.*\*\*no\*\*/);
    expect(hosts).toMatch(/iPad.*\*\*no\*\*/);
    // What works where the add-in cannot load.
    expect(hosts).toContain("npm run workbook");
  });
});

describe("the README's manual check before the first real use", () => {
  test("walks through sideloading, the diagnostics, fill, print preview, the chart, replace while typing, Granska and a function", () => {
    for (const step of ["Sideload", "Fill", "Print preview", "Replace while typing", "Granska", "custom function"]) expect(firstUse).toContain(step);
    expect(firstUse).toMatch(/delayForCellEdit|edited|editing|cursor in a cell/);
  });

  test("uses the pane's own words, so renaming a button or message breaks this test", () => {
    expect(firstUse).toContain(PANE_STRINGS.aboutHeading.sv());
    expect(firstUse).toContain(PANE_STRINGS.aboutTest.sv());
    expect(firstUse).toContain(PANE_STRINGS.chartFailed.sv("x").split(":")[0]);
    expect(firstUse).toContain(`*${PANE_STRINGS.aboutOutcome.sv("ok")}*`);
    expect(firstUse).toContain(`*${PANE_STRINGS.aboutOutcome.sv("failed")}*`);
  });
});
