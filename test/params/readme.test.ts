import { readFileSync } from "fs";
import { join } from "path";
import { readmeWithTable } from "../../scripts/readme-parameters";
import { NUMBER_PARAMETERS, type NumberParameter } from "../../src/params";
import { usage as workbookUsage } from "../../src/cli/workbook";
import { usage as checkUsage } from "../../src/cli/check";

/* The README's figures and options are the declarations' (issue 8): generated, and checked here. */

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

test("the README's table of figures is the one the declarations give (npx tsx scripts/readme-parameters.ts)", () => {
  expect(README).toBe(readmeWithTable(README));
});

test("every declared option is in the commands' help and in the README's usage lines", () => {
  for (const spec of Object.values(NUMBER_PARAMETERS) as NumberParameter[]) {
    if (!spec.flag) continue;
    const inWorkbook = workbookUsage("sv").includes(spec.flag);
    const inCheck = checkUsage("sv").includes(spec.flag);
    expect(inWorkbook || inCheck).toBe(true);
    expect(README).toContain(`[${spec.flag} `);
  }
});
