/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { CheckReport, Finding } from "../../../src/check";
import { Decimal } from "../../../src/engine";
import type { ExcelRun } from "../../../src/taskpane/host";
import { useCheck } from "../../../src/taskpane/check/state/controller";
import { selectCheckView } from "../../../src/taskpane/check/state/selectors";
import type { CheckServices } from "../../../src/taskpane/check/state/services";
import { checkReducer, initialCheckState, type CheckAction, type CheckState } from "../../../src/taskpane/check/state/store";

/*
 * The Check tab's slice without a workbook: the reducer, the selectors, and the controller over
 * services that only record what they were asked. (The tab over the Excel double: CheckPanel.test.tsx.)
 */

const reduce = (actions: CheckAction[], state: CheckState = initialCheckState("sv")) => actions.reduce(checkReducer, state);

describe("the reducer", () => {
  it("drops a listing of the tables that ends after the user left them, and lists again on coming back", () => {
    const left = reduce([{ type: "setSource", source: "tables" }, { type: "tablesLoading", loadId: 1 }, { type: "setSource", source: "selection" }]);
    expect(left.tables).toEqual({ status: "none" });
    const late = reduce([{ type: "tablesLoaded", loadId: 1, names: ["Kommuner"] }], left);
    expect(late).toBe(left);
    const again = reduce([{ type: "setSource", source: "tables" }, { type: "tablesLoading", loadId: 2 }, { type: "tablesLoaded", loadId: 1, names: ["Gammal"] }], late);
    expect(again.tables).toEqual({ status: "loading", loadId: 2 });
  });

  it("chooses the first two tables, unless the user chose already; keeps a listing when the source changes", () => {
    const listed = reduce([{ type: "setSource", source: "tables" }, { type: "tablesLoading", loadId: 1 }, { type: "tablesLoaded", loadId: 1, names: ["A", "B", "C"] }]);
    expect(listed.chosenTables).toEqual(["A", "B"]);
    const chosen = reduce([{ type: "chooseTable", name: "A", on: false }, { type: "setSource", source: "selection" }], listed);
    expect(chosen.chosenTables).toEqual(["B"]);
    expect(chosen.tables).toEqual({ status: "loaded", names: ["A", "B", "C"] });
  });

  it("says why the tables could not be listed, and shows no spinner then", () => {
    const failed = reduce([{ type: "setSource", source: "tables" }, { type: "tablesLoading", loadId: 1 }, { type: "tablesFailed", loadId: 1, detail: "Excel svarar inte" }]);
    expect(failed.tables).toEqual({ status: "failed" });
    expect(failed.notice).toEqual({ intent: "error", message: { kind: "failed", detail: "Excel svarar inte" } });
  });

  it("confirms an implausible figure for the text confirmed only", () => {
    const confirmed = reduce([{ type: "setFigure", key: "years", text: "40" }, { type: "confirmFigure", key: "years", on: true }]);
    expect(confirmed.confirmed).toEqual({ years: "40" });
    expect(selectCheckView(confirmed).unconfirmed).toBe(false);
    const retyped = reduce([{ type: "setFigure", key: "years", text: "45" }], confirmed);
    expect(selectCheckView(retyped).unconfirmed).toBe(true);
    expect(selectCheckView(retyped).canRun).toBe(false);
  });

  it("a check clears the notice; a failed check drops the report; going to a cell ends nothing busy", () => {
    const report = { findings: [] } as unknown as CheckReport;
    const checked = reduce([{ type: "failed", detail: "x" }, { type: "checkStarted" }, { type: "checked", report }]);
    expect(checked).toMatchObject({ busy: undefined, notice: undefined, report });
    expect(reduce([{ type: "checkStarted" }, { type: "checkFailed", detail: "y" }], checked)).toMatchObject({ report: undefined, busy: undefined });
    expect(reduce([{ type: "started", busy: "report" }, { type: "goToFailed", detail: "z" }], checked).busy).toBe("report");
  });
});

describe("the selectors", () => {
  it("read the figures as the user's language writes them, and run only when everything is right", () => {
    const typed = reduce([{ type: "setFigure", key: "threshold", text: "615 312 kr" }]);
    const view = selectCheckView(typed);
    expect(view.options).toEqual({ figures: { threshold: new Decimal(615312) } });
    expect(view.source).toEqual({ kind: "selection" });
    expect(view.canRun).toBe(true);
    expect(selectCheckView(reduce([{ type: "setFigure", key: "threshold", text: "abc" }])).canRun).toBe(false);
    expect(selectCheckView(reduce([{ type: "setSource", source: "tables" }])).needsTable).toBe(true);
  });
});

describe("the controller", () => {
  const finding = { sheet: "Kommuner", address: "E21" } as Finding;
  const report = { findings: [finding] } as unknown as CheckReport;
  const run = (() => Promise.reject(new Error("no workbook here"))) as unknown as ExcelRun;

  function services(calls: string[]): CheckServices {
    return {
      listTables: async () => (calls.push("listTables"), ["Kommuner", "Stadsdelar"]),
      check: async (_run, source, options) => (calls.push(`check ${JSON.stringify(source)} ${JSON.stringify(options)}`), report),
      hasHighlights: async () => (calls.push("hasHighlights"), true),
      highlight: async (_run, findings) => (calls.push(`highlight ${findings.length}`), { highlighted: 1, skipped: 0 }),
      removeHighlights: async () => (calls.push("removeHighlights"), { restored: 1, changed: 0 }),
      writeReport: async (_run, _report, locale) => (calls.push(`writeReport ${locale}`), "Granskning"),
      selectCell: async (_run, sheet, address) => {
        calls.push(`selectCell ${sheet}!${address}`);
        throw new Error("bladet finns inte");
      },
    };
  }

  it("goes through the services only: lists, checks with the figures read, highlights, writes, goes to a cell", async () => {
    const calls: string[] = [];
    const stable = services(calls);
    const { result } = renderHook(() => useCheck({ run, locale: "sv" }, stable));
    await waitFor(() => expect(result.current.state.highlightsExist).toBe(true));
    act(() => result.current.actions.setSource("tables"));
    await waitFor(() => expect(result.current.state.chosenTables).toEqual(["Kommuner", "Stadsdelar"]));
    act(() => result.current.actions.setFigure("years", "8"));
    await act(() => result.current.actions.run());
    expect(result.current.state.report).toBe(report);
    await act(() => result.current.actions.highlight());
    expect(result.current.state.notice).toEqual({ intent: "success", message: { kind: "highlighted", count: 1, skipped: 0 } });
    await act(() => result.current.actions.writeReport());
    expect(result.current.state.notice?.message).toEqual({ kind: "reportWritten", sheet: "Granskning" });
    await act(() => result.current.actions.goTo(finding));
    expect(result.current.state.notice).toEqual({ intent: "error", message: { kind: "failed", detail: "bladet finns inte" } });
    expect(calls).toEqual([
      "hasHighlights",
      "listTables",
      'check {"kind":"tables","names":["Kommuner","Stadsdelar"]} {"figures":{"years":"8"}}',
      "highlight 1",
      "writeReport sv",
      "selectCell Kommuner!E21",
    ]);
  });
});
