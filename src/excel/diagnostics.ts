import { excelApi, RELEVANT_SETS, requirementSupported } from "./requirements";
import type { ExcelRun, ExcelRunOptions } from "./run";
import { freeSheetName } from "./sheetNames";

/*
 * "Testa det här Excel": the calls most likely to differ between hosts, tried on a scratch sheet that
 * is deleted afterwards, each in a sync of its own so one refusal does not hide the next, each with
 * what Excel said. What a user sends when something fails: nobody who writes this add-in can run
 * every Excel. The calls are the fill's riskiest: a chart with explicit series (office-js #2927),
 * the page layout's fit to one page wide (office-js #1860), a number format in a table's totals row
 * (office-js #1970) and merged areas (ExcelApi 1.13, asked of the host first).
 */

export type ProbeKey = "scratchSheet" | "chart" | "pageLayout" | "totalsFormat" | "mergedAreas" | "cleanUp";

export interface ProbeResult {
  readonly key: ProbeKey;
  /** "ok": it worked as the add-in expects; "differs": Excel took it but did something else; "failed": refused; "skipped": the host lacks its set. */
  readonly outcome: "ok" | "differs" | "failed" | "skipped";
  /** What Excel said or did, as read back (its own words when it refused). */
  readonly detail: string;
}

/** The requirement sets that matter and whether the host has each. */
export function requirementReport(run: ExcelRun): { readonly set: string; readonly version: string; readonly needs: (typeof RELEVANT_SETS)[number]["needs"]; readonly supported: boolean }[] {
  return RELEVANT_SETS.map((one) => ({ ...one, supported: requirementSupported(run, one.set, one.version) }));
}

const SCRATCH = "Kostnadsdelning test";
const RUN: ExcelRunOptions = { delayForCellEdit: true };
const TOTALS_FORMAT = '#,##0 "kr"';

const message = (error: unknown) => {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message ?? String(error)].filter(Boolean).join(": ");
};

/** Runs each probe on a scratch sheet of its own name, and deletes the sheet whatever happened. */
export async function testThisExcel(run: ExcelRun): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  let sheet: string;
  try {
    sheet = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = freeSheetName(SCRATCH, sheets.items.map((ws) => ws.name));
      const ws = sheets.add(name);
      // Names, a 2020 total that is "" (no users entered) and a 2026 amount, as on Årskostnad.
      ws.getRange("A1:C4").formulas = [
        ["Enhet", "Totalt 2020", "Avtal 2026–2030"],
        ["Botkyrka", '=IF(TRUE,"",1)', 421000],
        ["Danderyd", '=IF(TRUE,"",1)', 179000],
        ["Ekerö", '=IF(TRUE,"",1)', 123000],
      ];
      await context.sync();
      return name;
    }, RUN);
    results.push({ key: "scratchSheet", outcome: "ok", detail: sheet });
  } catch (error) {
    return [{ key: "scratchSheet", outcome: "failed", detail: message(error) }];
  }
  for (const probe of [chartProbe, pageLayoutProbe, totalsFormatProbe, mergedAreasProbe]) results.push(await probe(run, sheet));
  results.push(await cleanUp(run, sheet));
  return results;
}

async function chartProbe(run: ExcelRun, sheet: string): Promise<ProbeResult> {
  try {
    return await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const chart = ws.charts.add("BarClustered", ws.getRange("C2:C4"), "Columns");
      const first = chart.series.getItemAt(0);
      first.setValues(ws.getRange("C2:C4"));
      first.setXAxisValues(ws.getRange("A2:A4"));
      const added = chart.series.add("Totalt 2020", 0);
      added.chartType = "BarClustered";
      added.setValues(ws.getRange("B2:B4"));
      added.setXAxisValues(ws.getRange("A2:A4"));
      chart.series.load("count");
      await context.sync();
      const count = chart.series.count;
      return { key: "chart", outcome: count === 2 ? "ok" : "differs", detail: `${count} series` };
    }, RUN);
  } catch (error) {
    return { key: "chart", outcome: "failed", detail: message(error) };
  }
}

async function pageLayoutProbe(run: ExcelRun, sheet: string): Promise<ProbeResult> {
  try {
    return await run(async (context) => {
      const layout = context.workbook.worksheets.getItem(sheet).pageLayout;
      layout.paperSize = "A4";
      layout.orientation = "Landscape";
      layout.zoom = { scale: 80 };
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$1");
      layout.headersFooters.defaultForAllPages.centerFooter = "&P (&N)";
      await context.sync();
      layout.load("zoom,paperSize,orientation");
      await context.sync();
      const zoom = layout.zoom;
      const fitted = zoom.horizontalFitToPages === 1;
      return { key: "pageLayout", outcome: fitted && layout.paperSize === "A4" ? "ok" : "differs", detail: `zoom ${JSON.stringify(zoom)}, ${layout.paperSize}, ${layout.orientation}` };
    }, RUN);
  } catch (error) {
    return { key: "pageLayout", outcome: "failed", detail: message(error) };
  }
}

async function totalsFormatProbe(run: ExcelRun, sheet: string): Promise<ProbeResult> {
  try {
    return await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const table = ws.tables.add("A1:C4", true);
      table.showTotals = true;
      const totals = table.getTotalRowRange();
      totals.numberFormat = [["General", TOTALS_FORMAT, TOTALS_FORMAT]];
      await context.sync();
      totals.load("numberFormat");
      await context.sync();
      const shown = totals.numberFormat[0][2];
      table.convertToRange();
      await context.sync();
      return { key: "totalsFormat", outcome: shown === TOTALS_FORMAT ? "ok" : "differs", detail: `numberFormat ${JSON.stringify(shown)}` };
    }, RUN);
  } catch (error) {
    return { key: "totalsFormat", outcome: "failed", detail: message(error) };
  }
}

async function mergedAreasProbe(run: ExcelRun, sheet: string): Promise<ProbeResult> {
  if (!excelApi(run, "1.13")) return { key: "mergedAreas", outcome: "skipped", detail: "ExcelApi 1.13" };
  try {
    return await run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("E1:G1");
      range.merge(false);
      const areas = range.getMergedAreasOrNullObject();
      areas.load("areas/items/address");
      await context.sync();
      const found = areas.isNullObject ? [] : areas.areas.items.map((area) => area.address);
      return { key: "mergedAreas", outcome: found.length === 1 ? "ok" : "differs", detail: found.join(", ") || "none" };
    }, RUN);
  } catch (error) {
    return { key: "mergedAreas", outcome: "failed", detail: message(error) };
  }
}

async function cleanUp(run: ExcelRun, sheet: string): Promise<ProbeResult> {
  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).delete();
      await context.sync();
    }, RUN);
    return { key: "cleanUp", outcome: "ok", detail: sheet };
  } catch (error) {
    return { key: "cleanUp", outcome: "failed", detail: message(error) };
  }
}
