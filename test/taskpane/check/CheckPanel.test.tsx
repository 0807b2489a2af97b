/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NEWEST, OLDEST_ADMITTED, createExcelDouble, type ExcelDouble, type HostProfile } from "../../../src/excel-double";
import type { Locale } from "../../../src/i18n/locale";
import { CheckPanel } from "../../../src/taskpane/check/CheckPanel";
import { HIGHLIGHT_COLORS } from "../../../src/excel/check";
import { columnLetter } from "../../../src/formula/a1";
import { csvTextToRows } from "../../../src/files/checkReaders";
import type { CheckReport } from "../../../src/check";
import { summaryLine } from "../../../src/check/text";
import { CHECK_STRINGS } from "../../../src/taskpane/check/strings";

/*
 * The check tab over the Excel double (jsdom): choose tables, check, see the findings, go to a
 * cell, highlight and remove the highlights (the workbook is as before), write the report sheet.
 */

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar watches its width to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

const BILAGA3 = join(__dirname, "..", "..", "fixtures", "bilaga3");
const printed = (file: string) => csvTextToRows(readFileSync(join(BILAGA3, file), "utf8")).filter((row) => row.some((cell) => cell !== ""));
function cells(rows: string[][]): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((row, r) => row.forEach((value, c) => value !== "" && (out[`${columnLetter(c)}${1 + r}`] = value)));
  return out;
}

function annexDouble(host: HostProfile = NEWEST): ExcelDouble {
  return createExcelDouble({
    host,
    sheets: [
      { name: "Kommuner", cells: { ...cells(printed("bilaga3-kommuner-tryckt.csv")), E21: { value: "214 958 kr", fill: "#C6EFCE" } } },
      { name: "Stadsdelar", cells: cells(printed("bilaga3-stadsdelar-tryckt.csv")) },
    ],
    tables: [
      { name: "Kommuner", sheet: "Kommuner", range: "A1:E28" },
      { name: "Stadsdelar", sheet: "Stadsdelar", range: "A1:G17" },
    ],
    selection: { sheet: "Kommuner", address: "A1" },
  });
}

function setup(locale: Locale = "sv", double = annexDouble()) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel locale={locale} run={double.run} />
    </FluentProvider>,
  );
  return { user, double };
}

// On the oldest host the manifest admits (no ExcelApi 1.13: no merged areas) and on the newest.
test.each([OLDEST_ADMITTED, NEWEST])("check both tables, go to a finding, highlight and remove, write the report on $label", async (host) => {
  const { user, double } = setup("sv", annexDouble(host));
  const before = double.snapshot();
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  const kommuner = await screen.findByRole("checkbox", { name: "Kommuner" });
  expect((kommuner as HTMLInputElement).checked).toBe(true);
  expect((screen.getByRole("checkbox", { name: "Stadsdelar" }) as HTMLInputElement).checked).toBe(true);

  await user.click(screen.getByRole("button", { name: /^Granska/ }));
  const result = await screen.findByTestId("check-result");
  expect(within(result).getByRole("status").textContent).toContain("159 celler granskade: 0 fel, 1 varning, 12 avrundningar");
  // Without merged-area detection the report says so; with it, nothing is said.
  expect(within(result).queryAllByText(/ExcelApi 1\.13/)).toHaveLength(host === OLDEST_ADMITTED ? 1 : 0);
  // One heading says Resultat; the status line under it does not repeat it (issue 17).
  expect(within(result).getAllByText(/Resultat/)).toHaveLength(1);
  expect(within(result).getByRole("status").textContent).toMatch(/^159 celler granskade/);
  // Errors first, then warnings, listed; the rounding differences folded into one line (issue 17).
  expect(within(result).getByRole("heading", { name: "Avvikelser (1)" })).toBeTruthy();
  const list = within(result).getByRole("list", { name: "Avvikelser (1)" });
  const findings = within(list).getAllByRole("button");
  expect(findings).toHaveLength(1);
  expect(findings[0].getAttribute("aria-label")).toContain("Varning, totalrad, Kommuner!E28");
  const folded = within(result).getByTestId("rounding-folded");
  expect(folded.hasAttribute("open")).toBe(false);
  const summary = folded.querySelector("summary")!;
  expect(summary.textContent).toBe("12 avrundningsskillnader (inga fel)");
  expect(summary.compareDocumentPosition(findings[0]) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  await user.click(summary);
  expect(folded.hasAttribute("open")).toBe(true);
  const rounding = within(folded).getAllByRole("button");
  expect(rounding).toHaveLength(12);
  // Within rounding, by kind.
  expect(rounding[0].getAttribute("aria-label")).toContain("Avrundning, siffra, Kommuner!E21");
  expect(rounding[0].textContent).toContain("angivet 214 958 kr · exakt 214\u00a0958,50\u00a0kr · skillnad \u22120,50\u00a0kr");
  expect(within(result).getByText(/Gränsbelopp \(LOU\): 615 312 kr \(härlett\)/)).toBeTruthy();
  // The sum of the rows in the column's unit, as the stated and exact figures are.
  expect(rounding[7].textContent).toContain("summa av raderna 100,02\u00a0%");
  expect(rounding[8].textContent).toContain("summa av raderna 1\u00a0383\u00a0005\u00a0kr");

  // A finding selects its cell.
  await user.click(rounding[9]);
  await waitFor(() => expect(double.selection()).toEqual({ sheet: "Stadsdelar", address: "C17" }));

  // Highlight, then remove: every fill as before, no value changed.
  await user.click(screen.getByRole("button", { name: "Markera cellerna" }));
  expect(await screen.findByText("13 celler markerade.")).toBeTruthy();
  expect(double.cell("Kommuner", "E28")!.fill).toBe(HIGHLIGHT_COLORS.warning);
  await user.click(screen.getByRole("button", { name: "Ta bort markeringarna" }));
  expect(await screen.findByText("Markeringarna borttagna: 13 celler har sin tidigare fyllning igen.")).toBeTruthy();
  const after = double.snapshot();
  expect(after.sheets.map((sheet) => sheet.cells)).toEqual(before.sheets.map((sheet) => sheet.cells));
  expect(screen.getByRole("button", { name: "Ta bort markeringarna" })).toHaveProperty("disabled", true);

  await user.click(screen.getByRole("button", { name: "Skriv rapporten till ett nytt blad" }));
  expect(await screen.findByText("Rapporten finns på bladet ”Granskning”.")).toBeTruthy();
  expect(double.sheetNames()).toEqual(["Kommuner", "Stadsdelar", "Granskning"]);
});

test("the selected range; parameters validated as typed; English", async () => {
  const double = annexDouble();
  double.setSelection("Kommuner", "A1:E28");
  const { user } = setup("en", double);
  const threshold = screen.getByRole("textbox", { name: "Threshold (kr)" });
  await user.type(threshold, "abc");
  expect(screen.getByText('"abc" is not a number (write e.g. 615 312 or 19.5).')).toBeTruthy();
  expect(screen.getByRole("button", { name: /^Check/ })).toHaveProperty("disabled", true);
  await user.clear(threshold);
  await user.type(screen.getByRole("textbox", { name: "Contract period (years)" }), "8");
  await user.click(screen.getByRole("button", { name: "Check: selected range" }));
  const result = await screen.findByTestId("check-result");
  // The municipality table alone: its three total-row findings, rounding differences, folded into one line; the years as given.
  expect(within(result).getByRole("heading", { name: "Findings (0)" })).toBeTruthy();
  expect(within(result).getByTestId("rounding-folded").querySelector("summary")!.textContent).toBe("3 rounding differences (no errors)");
  expect(within(result).getByText("Contract period: 8 years (given)")).toBeTruthy();
  expect(within(result).getByText(/Cost per inhabitant for the period: .* \(inferred\)/)).toBeTruthy();
});

test("an empty selection is reported clearly, with nothing to highlight", async () => {
  const double = createExcelDouble({ sheets: [{ name: "Blad1" }], selection: { sheet: "Blad1", address: "B2:D5" } });
  const { user } = setup("sv", double);
  await user.click(screen.getByRole("button", { name: "Granska: markerat område" }));
  const result = await screen.findByTestId("check-result");
  expect(within(result).getByText(/Området är tomt/)).toBeTruthy();
  expect(within(result).queryByRole("button", { name: "Markera cellerna" })).toBeNull();
  expect(within(result).getByRole("status").textContent).toContain("Tabellen kunde inte granskas");
  // The problems are listed after the status line in the pane, so it does not point "above".
  expect(within(result).getByRole("status").textContent).toBe("Tabellen kunde inte granskas (se problemen).");
  expect(within(result).getByRole("status").compareDocumentPosition(within(result).getByText(/Området är tomt/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test("when the tables cannot be listed it says so and stops waiting; choosing the source again retries", async () => {
  const double = annexDouble();
  let failing = false;
  const run = ((batch: Parameters<typeof double.run>[0]) => (failing ? Promise.reject(new Error("Excel svarar inte")) : double.run(batch))) as typeof double.run;
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel locale="sv" run={run} />
    </FluentProvider>,
  );
  failing = true;
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  expect(await screen.findByText("Det gick inte: Excel svarar inte")).toBeTruthy();
  expect(screen.queryByText("Hämtar tabeller …")).toBeNull();
  failing = false;
  await user.click(screen.getByRole("radio", { name: "Markerat område" }));
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  expect(await screen.findByRole("checkbox", { name: "Kommuner" })).toBeTruthy();
});

test("a workbook without tables says so", async () => {
  const { user } = setup("sv", createExcelDouble({ sheets: [{ name: "Blad1" }] }));
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  expect(await screen.findByText("Arbetsboken har inga Excel-tabeller.")).toBeTruthy();
  expect(screen.getByText("Välj minst en tabell.")).toBeTruthy();
  expect(screen.getByRole("button", { name: /^Granska/ })).toHaveProperty("disabled", true);
});

test("no serious or critical accessibility violations with findings shown (axe-core, jsdom: no colour contrast)", async () => {
  const { user } = setup();
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  await screen.findByRole("checkbox", { name: "Kommuner" });
  await user.click(screen.getByRole("button", { name: /^Granska/ }));
  await screen.findByTestId("check-result");
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  const serious = result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
});

test("keyboard: the findings are reached with Tab and a finding is opened with Enter", async () => {
  const { user, double } = setup();
  await user.click(screen.getByRole("radio", { name: "Excel-tabeller" }));
  await screen.findByRole("checkbox", { name: "Kommuner" });
  await user.click(screen.getByRole("button", { name: /^Granska/ }));
  const result = await screen.findByTestId("check-result");
  const first = within(within(result).getByRole("list", { name: /Avvikelser/ })).getAllByRole("button")[0];
  first.focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(double.selection()).toEqual({ sheet: "Kommuner", address: "E28" }));
  // the next stop is the folded line of rounding differences, which opens to them
  await user.tab();
  expect(document.activeElement?.tagName).toBe("SUMMARY");
  await user.keyboard("{Enter}");
  await user.tab();
  expect(document.activeElement?.getAttribute("aria-label")).toContain("Kommuner!E21");
});

test("the action buttons stand above the findings; the table picker lists the user's tables first and marks the add-in's own", async () => {
  const double = annexDouble();
  double.addSheet({ name: "Fördelning", cells: { A1: "Kommun", B1: "Invånare", C1: "Fördelning", A2: "Botkyrka", B2: 93106, C2: 1 } });
  await double.run(async (context) => {
    context.workbook.tables.add("Fördelning!A1:C2", true).name = "KommunerTabell";
    await context.sync();
  });
  const { user } = setup("en", double);
  await user.click(screen.getByRole("radio", { name: "Excel tables" }));
  const own = await screen.findByRole("checkbox", { name: "KommunerTabell (made by the add-in)" });
  const boxes = screen.getAllByRole("checkbox");
  expect(boxes.map((box) => box.getAttribute("aria-checked") ?? String((box as HTMLInputElement).checked))).toEqual(["true", "true", "false"]);
  expect(boxes[2]).toBe(own);
  expect(screen.getByText(/Tables the add-in filled in come last/)).toBeTruthy();

  await user.click(screen.getByRole("button", { name: /^Check/ }));
  const result = await screen.findByTestId("check-result");
  const list = within(result).getByRole("list", { name: /^Findings/ });
  for (const name of ["Highlight the cells", "Remove the highlights", "Write the report to a new sheet"]) {
    const button = within(result).getByRole("button", { name });
    expect(button.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }
  expect(within(result).getByText("The table holds values only, no formulas: the figures are checked, not how they are computed.")).toBeTruthy();
});

test("English and Swedish counts in the singular and the plural: 1 error, 2 errors; 1 cell highlighted", () => {
  const report = (error: number, warning: number, rounding: number, cellsChecked: number): CheckReport =>
    ({ status: "findings", tables: [], parameters: [], findings: [], problems: [], valuesOnly: true, counts: { cellsChecked, formulas: 0, error, warning, rounding } }) as CheckReport;
  expect(summaryLine(report(1, 1, 1, 1), "en")).toBe("Result: 1 cell checked: 1 error, 1 warning, 1 rounding difference; there is more than rounding to correct.");
  expect(summaryLine(report(2, 2, 2, 159), "en")).toBe("Result: 159 cells checked: 2 errors, 2 warnings, 2 rounding differences; there is more than rounding to correct.");
  expect(summaryLine(report(1, 1, 1, 1), "sv")).toBe("Resultat: 1 cell granskad: 1 fel, 1 varning, 1 avrundning; det finns mer än avrundning att rätta.");
  expect(CHECK_STRINGS.highlighted.en(1, 1)).toBe("1 cell highlighted. 1 with a pattern fill was left alone.");
  expect(CHECK_STRINGS.highlighted.en(2, 0)).toBe("2 cells highlighted.");
  expect(CHECK_STRINGS.highlighted.sv(1, 0)).toBe("1 cell markerad.");
  expect(CHECK_STRINGS.removed.en(1, 1)).toBe("Highlights removed: 1 cell has its previous fill again. 1 cell had been recoloured or is gone and was left.");
});
