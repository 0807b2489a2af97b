/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NEWEST, OLDEST_ADMITTED, createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/taskpane/host";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import "./harness";

/*
 * The whole pane over the double on the oldest host the manifest admits and on the newest; and where
 * real Excel differs from a lenient double: the chart refused (the fill stands and says so), and a
 * value typed on Support while the replace question is open (it survives Ersätt, since the question
 * is asked outside Excel.run and the writer looks again afterwards).
 */

function setup(double: ExcelDouble) {
  const user = userEvent.setup();
  render(<App host={{ run: double.run as ExcelRun, locale: "sv", displayLanguage: "sv-SE", kind: "preview" }} />);
  return user;
}

const plan = buildWorkbookPlan(defaultPlanOptions("sv"));
const hidden = { hidden: true } as const;
const supportCell = (unit: string) => plan.sheets.find((s) => s.key === "support")!.inputs!.find((i) => i.unit.name === unit)!.cell;

test.each([OLDEST_ADMITTED, NEWEST])("the fill, with its chart, on $label", async (host) => {
  const double = createExcelDouble({ host });
  const user = setup(double);
  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  const done = await screen.findByTestId("fill-done");
  expect(within(done).queryByTestId("chart-failed")).toBeNull();
  expect(double.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
  expect(double.snapshot().sheets.find((s) => s.name === "Årskostnad")?.charts).toHaveLength(1);
});

test("with ChartCollection.add refused, the fill stands and the pane says the chart could not be made", async () => {
  const double = createExcelDouble();
  double.failOn({ method: "ChartCollection.add", code: "ApiNotFound", message: "The API you are trying to use could not be found." });
  const user = setup(double);
  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  const done = await screen.findByTestId("fill-done");
  expect(within(done).getByTestId("chart-failed").textContent).toBe(
    "Diagrammet kunde inte skapas: The API you are trying to use could not be found. Tabellerna är ifyllda; diagrammet kan göras för hand från Årskostnad.",
  );
  expect(double.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
  expect(double.snapshot().sheets.flatMap((s) => s.charts)).toEqual([]);
});

test("a value typed on Support while the replace question is open survives Ersätt", async () => {
  const double = createExcelDouble();
  const user = setup(double);
  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  await screen.findByTestId("fill-done");
  double.setCell("Support", supportCell("Botkyrka"), 120);

  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  const dialog = await screen.findByRole("alertdialog", hidden);
  expect(within(dialog).getByTestId("existing-carried").textContent).toContain("1 inskrivet värde");
  // The question is open: the user goes on typing on Support, in a cell edit the pane's batch must wait for.
  double.beginCellEdit();
  double.endCellEdit({ sheet: "Support", address: supportCell("Danderyd"), value: 35 });
  await user.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
  await screen.findByTestId("fill-done");
  expect(double.cell("Support", supportCell("Botkyrka"))?.value).toBe(120);
  expect(double.cell("Support", supportCell("Danderyd"))?.value).toBe(35);
  expect(double.sheetNames().filter((name) => name === "Support")).toHaveLength(1);
});

test("a sheet removed while the question is open: the pane asks again, saying the sheets changed", async () => {
  const double = createExcelDouble();
  const user = setup(double);
  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  await screen.findByTestId("fill-done");

  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  let dialog = await screen.findByRole("alertdialog", hidden);
  expect(within(dialog).queryByTestId("existing-changed")).toBeNull();
  await double.run(async (context) => {
    context.workbook.worksheets.getItem("Support").delete();
    await context.sync();
  });
  await user.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
  await screen.findByTestId("existing-changed", {}, { timeout: 5000 });
  dialog = await screen.findByRole("alertdialog", hidden);
  expect(within(dialog).getAllByRole("listitem", hidden).map((item) => item.textContent)).not.toContain("Support");
  await user.click(within(dialog).getByRole("button", { name: "Ersätt", hidden: true }));
  await screen.findByTestId("fill-done", {}, { timeout: 5000 });
  // Support, no longer there to replace, is added as a new sheet
  expect([...double.sheetNames()].sort()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)].sort());
});

test("a fill started while the user edits a cell waits for the edit, then fills", async () => {
  const double = createExcelDouble();
  const user = setup(double);
  double.beginCellEdit();
  await user.click(screen.getByRole("button", { name: "Fyll i" }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByTestId("fill-done")).toBeNull();
  double.endCellEdit({ sheet: "Sheet1", address: "A1", value: "mitt" });
  await screen.findByTestId("fill-done");
  expect(double.cell("Sheet1", "A1")?.value).toBe("mitt");
});
