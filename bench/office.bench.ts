import { createExcelDouble } from "../src/excel-double";
import type { ExcelRun } from "../src/excel-double";
import { buildWorkbookPlan, defaultPlanOptions } from "../src/workbook";
import type { WorkbookPlan } from "../src/workbook";
import { writePlanToExcel } from "../src/excel";
import { columnLetter, parseCellAddress } from "../src/formula/a1";
import { best, syntheticCounty } from "./common";

/*
 * The Office.js writer against the Excel double: context.sync calls per fill (target ≤ 2, whatever
 * the number of rows) beside what a hand-written cell-by-cell writer needs (one sync per cell, or
 * per row, as add-ins commonly do), API calls per fill, and the time of a fill against the double
 * (the double answers at once, so this is the writer's own cost; real Excel adds one round trip per
 * sync, which is where the naive writers lose), and the rough size of the one big request (Excel on
 * the web caps a request at 5 MB); of the API calls, how many make the sheets print as planned
 * (merges, row heights, page layout, headers and footers) and draw the summary sheet's chart.
 * Printed, never asserted.
 */

/**
 * A typical hand-written writer: sheet by sheet, cell by cell (or row by row), syncing after each
 * write so that an error points at its cell; tables, names after. Only for comparison.
 */
async function naiveWrite(plan: WorkbookPlan, run: ExcelRun, per: "cell" | "row"): Promise<void> {
  await run(async (context) => {
    for (const sheet of plan.sheets) {
      const ws = context.workbook.worksheets.add(sheet.name);
      await context.sync();
      for (const block of sheet.blocks) {
        const anchor = parseCellAddress(block.anchor);
        const at = { row: anchor.row - 1, column: anchor.column };
        for (let r = 0; r < block.cells.length; r++) {
          const row = block.cells[r];
          if (per === "row") {
            const range = ws.getRange(`${columnLetter(at.column)}${at.row + r + 1}:${columnLetter(at.column + row.length - 1)}${at.row + r + 1}`);
            range.formulas = [row.map((cell) => cell.formula ?? cell.value ?? "")];
            range.numberFormat = [row.map((cell) => cell.numberFormat ?? "General")];
            await context.sync();
            continue;
          }
          for (let c = 0; c < row.length; c++) {
            const cell = row[c];
            const range = ws.getRange(`${columnLetter(at.column + c)}${at.row + r + 1}`);
            range.formulas = [[cell.formula ?? cell.value ?? ""]];
            if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
            await context.sync();
          }
        }
      }
      for (const table of sheet.tables) {
        ws.tables.add(table.range, true).name = table.name;
        await context.sync();
      }
    }
    for (const name of plan.names) {
      const sheet = plan.sheets.find((s) => s.key === name.sheetKey);
      context.workbook.names.add(name.name, `='${sheet?.name}'!${name.cell}`);
      await context.sync();
    }
  });
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const cases: [string, WorkbookPlan][] = [
    ["county40", buildWorkbookPlan(defaultPlanOptions("sv"))],
    ["synthetic290", buildWorkbookPlan(defaultPlanOptions("sv", { county: syntheticCounty(290) }))],
  ];
  for (const [label, plan] of cases) {
    const xl = createExcelDouble();
    const result = await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
    const calls = xl.calls.length;
    const printAndChart = xl.calls.filter((c) => /^(Range\.merge|RangeFormat\.(rowHeight|verticalAlignment)|PageLayout\.|HeaderFooter\.|Chart)/.test(c.method)).length;
    // Excel on the web refuses a request over 5 MB: the size of what the second sync carries, as JSON.
    const payloadKB = xl.calls.filter((c) => c.batch === 2).reduce((sum, c) => sum + JSON.stringify(c.args).length + c.method.length, 0) / 1024;
    const perCell = createExcelDouble();
    await naiveWrite(plan, perCell.run, "cell");
    const perRow = createExcelDouble();
    await naiveWrite(plan, perRow.run, "row");
    const fillMs = await best(5, () => writePlanToExcel(plan, { existing: "refuse", run: createExcelDouble().run }));
    const key = `office.${label}`;
    figures[`${key}.syncs`] = result.syncs;
    figures[`${key}.naivePerCellSyncs`] = perCell.syncCount;
    figures[`${key}.naivePerRowSyncs`] = perRow.syncCount;
    figures[`${key}.apiCalls`] = calls;
    figures[`${key}.printAndChartCalls`] = printAndChart;
    figures[`${key}.fillMs`] = Number(fillMs.toFixed(1));
    figures[`${key}.payloadKB`] = Number(payloadKB.toFixed(1));
    console.log(
      `office fill ${label}: ${result.syncs} syncs (cell-by-cell writer: ${perCell.syncCount}, row-by-row: ${perRow.syncCount}), ` +
        `${calls} API calls (${printAndChart} for printing and the chart; ~${payloadKB.toFixed(0)} KB in the second sync), ${fillMs.toFixed(1)} ms against the double`,
    );
  }
  return figures;
}

if (require.main === module) {
  run().then((figures) => console.log(JSON.stringify(figures)));
}
