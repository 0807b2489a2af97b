import { EXCEL_2019, HOST_PROFILES, NEWEST, OLDEST_ADMITTED, createExcelDouble } from "../../src/excel-double";
import { requirementReport, testThisExcel } from "../../src/excel/diagnostics";

/*
 * "Testa det här Excel" on the double's hosts: each probe's outcome as Excel would give it, the
 * scratch sheet gone afterwards, the user's workbook as it was.
 */

describe.each(HOST_PROFILES.map((host) => [host.label, host] as const))("on %s", (_, host) => {
  test("every probe reports, and the workbook is as it was", async () => {
    const xl = createExcelDouble({ host, sheets: [{ name: "Blad1", cells: { A1: "mitt" } }] });
    const before = xl.snapshot();
    const results = await testThisExcel(xl.run);
    expect(results.map((r) => r.key)).toEqual(["scratchSheet", "chart", "pageLayout", "totalsFormat", "mergedAreas", "cleanUp"]);
    expect(xl.snapshot()).toEqual(before);
    const outcome = Object.fromEntries(results.map((r) => [r.key, r.outcome]));
    // a chart of explicit series over a text column of "" (ExcelApi 1.7, on every host here)
    expect(outcome.chart).toBe("ok");
    // page layout needs ExcelApi 1.9: Excel 2019 (1.8) refuses it with ApiNotFound
    expect(outcome.pageLayout).toBe(host === EXCEL_2019 ? "failed" : "ok");
    if (host === EXCEL_2019) expect(results.find((r) => r.key === "pageLayout")?.detail).toMatch(/^ApiNotFound/);
    // the double reads office-js #1970 strictly: a format written into a totals row is not applied
    expect(outcome.totalsFormat).toBe("differs");
    expect(outcome.mergedAreas).toBe(xl.isSetSupported("ExcelApi", "1.13") ? "ok" : "skipped");
    expect(outcome.cleanUp).toBe("ok");
  });
});

test("the requirement sets that matter, supported or not", () => {
  const oldest = requirementReport(createExcelDouble({ host: OLDEST_ADMITTED }).run);
  expect(oldest.map((r) => [`${r.set} ${r.version}`, r.supported])).toEqual([
    ["ExcelApi 1.9", true],
    ["ExcelApi 1.11", true],
    ["ExcelApi 1.13", false],
    ["SharedRuntime 1.1", true],
    ["CustomFunctionsRuntime 1.3", true],
  ]);
  expect(requirementReport(createExcelDouble({ host: NEWEST }).run).every((r) => r.supported)).toBe(true);
  expect(requirementReport(createExcelDouble({ host: EXCEL_2019 }).run).filter((r) => r.supported).map((r) => r.version)).toEqual([]);
});

test("a host that refuses the chart: the probe says so and the rest still run", async () => {
  const xl = createExcelDouble();
  xl.failOn({ method: "ChartSeriesCollection.add", code: "GeneralException", message: "Kunde inte." });
  const results = await testThisExcel(xl.run);
  expect(results.find((r) => r.key === "chart")).toEqual({ key: "chart", outcome: "failed", detail: "GeneralException: Kunde inte." });
  expect(results.find((r) => r.key === "cleanUp")?.outcome).toBe("ok");
});
