/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import type { Locale } from "../../src/i18n/locale";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/taskpane/host";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";

/*
 * The whole pane (App, with the real plan builder and Office.js writer) over the Excel double: fill,
 * progress, what was created and jumping to it, the existing-sheets question, and failures in plain
 * words with the workbook left as it was.
 */

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function setup(locale: Locale = "sv", double: ExcelDouble = createExcelDouble()) {
  const user = userEvent.setup();
  const { unmount } = render(<App host={{ run: double.run as ExcelRun, locale, displayLanguage: locale === "sv" ? "sv-SE" : "en-US", kind: "preview" }} />);
  return { user, double, unmount };
}

const fillButtonWhenReachable = () => screen.findByRole("button", { name: "Fyll i" }, { timeout: 10_000 });

const planSheetNames = (locale: Locale) => buildWorkbookPlan(defaultPlanOptions(locale)).sheets.map((sheet) => sheet.name);

describe("filling the workbook from the pane", () => {
  it("writes every chosen sheet, lists them, and shows one on request", async () => {
    const { user, double } = setup();
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    const done = await screen.findByTestId("fill-done");
    const names = planSheetNames("sv");
    expect(double.sheetNames()).toEqual(["Sheet1", ...names]);
    expect(within(done).getByText("7 blad skapades:")).toBeTruthy();
    // The result is where the user is next (issue 17): focused, so it is in view and read out.
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(within(done).getAllByRole("listitem").map((item) => item.textContent)).toEqual(names);
    // The writer's promise: two syncs for the whole fill, after the pane's one look for existing sheets,
    // and one for the chart, a step of its own.
    expect(double.syncCount).toBe(4);
    await user.click(within(done).getByRole("button", { name: "Gå till Kommuner" }));
    await waitFor(() => expect(double.activeSheet()).toBe("Kommuner"));
  });

  it("fills only the sheets chosen, and the parameters always", async () => {
    const { user, double } = setup();
    await user.click(screen.getByRole("checkbox", { name: "Support per användare" }));
    await user.click(screen.getByRole("checkbox", { name: "Avtal 2026–2030 (fördelning 81/19)" }));
    // The summary refers to Support and Avtal 2026–2030, so it would bring them along.
    await user.click(screen.getByRole("checkbox", { name: /^Årskostnad per enhet/ }));
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
    expect(double.sheetNames()).toEqual(["Sheet1", "Parametrar", "Kommuner", "Stadsdelar", "Källor och metod"]);
  });

  it("writes the parameters as typed into the parameter sheet", async () => {
    const { user, double } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "700 000");
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
    const values = double.snapshot().sheets.find((sheet) => sheet.name === "Parametrar")!;
    expect(Object.values(values.cells).some((cell) => cell.value === 700000)).toBe(true);
    expect(Object.values(values.cells).some((cell) => cell.value === 615312)).toBe(false);
  });

  it("blocked by a faulty field, Fyll i says so and moves the focus to the first faulty field; nothing is written (issue 17)", async () => {
    const { user, double } = setup();
    const before = JSON.stringify(double.snapshot());
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const years = await screen.findByLabelText("Avtalsperiod (år)");
    await user.clear(years);
    await user.type(years, "0");
    await user.clear(screen.getByLabelText("Gränsbelopp LOU (kr)"));
    await user.type(screen.getByLabelText("Gränsbelopp LOU (kr)"), "0");
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    const fill = screen.getByRole("button", { name: "Fyll i" });
    expect(fill.getAttribute("aria-disabled")).toBe("true");
    expect(fill.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(fill.getAttribute("aria-describedby")!)!.textContent).toBe("Rätta felen ovan först.");
    await user.click(fill);
    // the first faulty field in the pane's order: the threshold comes before the period
    expect(document.activeElement).toBe(threshold);
    expect(threshold.getAttribute("aria-invalid")).toBe("true");
    // from the keyboard too
    fill.focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(threshold);
    expect(screen.queryByTestId("fill-done")).toBeNull();
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });

  it("asks when the sheets exist, every time: cancel, keep both, replace", async () => {
    const double = createExcelDouble({ sheets: [{ name: "Sheet1" }, { name: "Kommuner", cells: { A1: "Mina siffror" } }] });
    const { user } = setup("sv", double);
    const before = JSON.stringify(double.snapshot());

    // In jsdom, Fluent's focus manager (Tabster) may mark the dialog's own surface aria-hidden while it
    // settles; the roles are checked with `hidden` here, and for real in Chromium (test/browser).
    const hidden = { hidden: true } as const;
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    let dialog = await screen.findByRole("alertdialog", hidden);
    expect(within(dialog).getByRole("listitem", hidden).textContent).toBe("Kommuner");
    await user.click(within(dialog).getByRole("button", { name: "Avbryt", hidden: true }));
    expect(await screen.findByText("Inget fylldes i.")).toBeTruthy();
    expect(JSON.stringify(double.snapshot())).toBe(before);

    // The pane is aria-hidden until the closing dialog has gone (a busy machine took over a second in CI):
    // the next click waits for the button to be reachable again, as a screen-reader user would.
    await user.click(await fillButtonWhenReachable());
    dialog = await screen.findByRole("alertdialog", hidden);
    await user.click(within(dialog).getByRole("button", { name: "Behåll båda (nya namn)", hidden: true }));
    const done = await screen.findByTestId("fill-done");
    expect(within(done).getByText("Kommuner (2)")).toBeTruthy();
    expect(double.cell("Kommuner", "A1")?.value).toBe("Mina siffror");

    await user.click(await fillButtonWhenReachable());
    dialog = await screen.findByRole("alertdialog", hidden);
    expect(within(dialog).getAllByRole("listitem", hidden).map((item) => item.textContent)).toEqual(expect.arrayContaining(["Parametrar", "Kommuner"]));
    await user.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
    await screen.findByTestId("fill-done");
    expect(double.cell("Kommuner", "A1")?.value).not.toBe("Mina siffror");
    expect(double.sheetNames().filter((name) => name === "Kommuner")).toHaveLength(1);
  });

  it("replace keeps what was typed: the dialog says how many values go over and lists first those that would be lost", async () => {
    const { user, double } = setup();
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
    const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
    const cellOf = (key: string, unit: string) => plan.sheets.find((s) => s.key === key)!.inputs!.find((i) => i.unit.name === unit)!.cell;
    double.setCell("Support", cellOf("support", "Botkyrka"), 120);
    double.setCell("Kommuner", cellOf("municipalities", "Ekerö"), 17500);
    double.setCell("Stadsdelar", cellOf("districts", "Bromma"), 47300);
    // a row the new plan cannot place: its name and code are no unit of the county
    const danderyd = cellOf("municipalities", "Danderyd");
    const row = danderyd.replace(/^[A-Z]+/, "");
    double.setCell("Kommuner", `A${row}`, "Gamla kommunen");
    double.setCell("Kommuner", `B${row}`, "9999");
    double.setCell("Kommuner", danderyd, 21000);
    double.resetCounters();

    const hidden = { hidden: true } as const;
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    const dialog = await screen.findByRole("alertdialog", hidden);
    const lost = within(dialog).getByTestId("existing-lost");
    expect(lost.textContent).toContain("Ersätt tar bort 1 inskrivet värde vars enhet inte finns i de nya tabellerna:");
    expect(within(lost).getByRole("listitem", hidden).textContent?.replace(/\s/g, " ")).toBe("Gamla kommunen (Kommuner): tidigare kostnad 21 000 kr");
    expect(within(dialog).getByTestId("existing-carried").textContent).toBe(
      "Ersätt för över 3 inskrivna värden (användare, tidigare kostnader) till samma kommun eller stadsdel i de nya bladen.",
    );
    // what would be lost comes before what is carried over
    expect(lost.compareDocumentPosition(within(dialog).getByTestId("existing-carried")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
    await screen.findByTestId("fill-done");

    expect(double.cell("Support", cellOf("support", "Botkyrka"))?.value).toBe(120);
    expect(double.cell("Kommuner", cellOf("municipalities", "Ekerö"))?.value).toBe(17500);
    expect(double.cell("Stadsdelar", cellOf("districts", "Bromma"))?.value).toBe(47300);
    expect(double.cell("Kommuner", `A${row}`)?.value).toBe("Danderyd");
    expect(double.cell("Kommuner", danderyd)?.value).toBe("");
    // one look for the sheets, one to read what was typed before the question (asked outside
    // Excel.run), then the writer's two syncs, whatever the number of rows, and one for the chart
    expect(double.syncCount).toBe(5);
  });

  it("says in English too how many typed values replacing carries over", async () => {
    const { user, double } = setup("en");
    await user.click(screen.getByRole("button", { name: "Fill" }));
    await screen.findByTestId("fill-done");
    const plan = buildWorkbookPlan(defaultPlanOptions("en"));
    const support = plan.sheets.find((s) => s.key === "support")!;
    double.setCell(support.name, support.inputs![0].cell, 7);
    await user.click(screen.getByRole("button", { name: "Fill" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).queryByTestId("existing-lost")).toBeNull();
    expect(within(dialog).getByTestId("existing-carried").textContent).toBe(
      "Replace carries 1 typed value (users, previous costs) over to the same municipality or district in the new sheets.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    expect(await screen.findByText("Nothing was filled in.")).toBeTruthy();
    expect(double.cell(support.name, support.inputs![0].cell)?.value).toBe(7);
  });

  it("says in plain words what failed, and the workbook is as before", async () => {
    const double = createExcelDouble();
    const { user } = setup("sv", double);
    const before = JSON.stringify(double.snapshot());
    double.failOn({ method: "TableCollection.add", code: "GeneralException", message: "Tabellen kunde inte skapas." });
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    const failed = await screen.findByTestId("fill-failed");
    await waitFor(() => expect(document.activeElement).toBe(failed));
    expect(within(failed).getByText("Bladen kunde inte fyllas i.")).toBeTruthy();
    expect(failed.textContent).toMatch(/Excel avbröt vid .*arbetsboken är som förut/);
    expect(JSON.stringify(double.snapshot())).toBe(before);
    // Nothing is stuck: the next fill goes through.
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
  });

  it("announces progress in a polite live region", async () => {
    const { user } = setup("en");
    const status = screen.getByTestId("fill-status");
    expect(status.getAttribute("role")).toBe("status");
    await user.click(screen.getByRole("button", { name: "Fill" }));
    await screen.findByTestId("fill-done");
    expect(within(status).getByText("7 sheets were created:")).toBeTruthy();
    expect(within(status).getByText("Municipalities")).toBeTruthy();
  });

  it("has a Check tab with the table checker, and keeps what was typed when coming back", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const years = screen.getByLabelText("Avtalsperiod (år)");
    await user.clear(years);
    await user.type(years, "6");
    await user.click(screen.getByRole("tab", { name: "Granska" }));
    expect(await screen.findByRole("heading", { name: "Granska en tabell" })).toBeTruthy();
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Granska" }).id);
    await user.click(screen.getByRole("tab", { name: "Fyll i" }));
    expect(screen.getByLabelText("Avtalsperiod (år)")).toHaveProperty("value", "6");
  });

  it("writes the rounding chosen: 'adds up' puts the largest-remainder formulas in the tables", async () => {
    const formulasOf = (double: ExcelDouble, sheet: string) =>
      Object.values(double.snapshot().sheets.find((candidate) => candidate.name === sheet)!.cells)
        .map((cell) => cell.formula)
        .filter((formula): formula is string => typeof formula === "string");
    const annex = setup();
    await annex.user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
    expect(formulasOf(annex.double, "Kommuner").some((formula) => formula.includes("ROUNDDOWN"))).toBe(false);
    annex.unmount();

    const addsUp = setup();
    await addsUp.user.click(screen.getByRole("radio", { name: "Summerar (hela kronor, raderna blir totalen)" }));
    await addsUp.user.click(screen.getByRole("button", { name: "Fyll i" }));
    await screen.findByTestId("fill-done");
    expect(formulasOf(addsUp.double, "Kommuner").some((formula) => formula.includes("ROUNDDOWN"))).toBe(true);
  });
});
