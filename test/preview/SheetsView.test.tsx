/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";
import { changeSignal } from "../../src/preview/changes";
import { SheetsView } from "../../src/preview/SheetsView";

/*
 * The preview's grid of the sheets: one tab per visible sheet, a real table (column letters and row
 * numbers as headers) of what Excel shows, read again when the page says the workbook changed, and
 * following the workbook's active sheet.
 */

const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");

async function changed(signal: ReturnType<typeof changeSignal>) {
  signal.notify();
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe("SheetsView", () => {
  it("shows each sheet as a table of what Excel shows, and follows the workbook as it changes", async () => {
    const double = createExcelDouble({
      sheets: [{ name: "Sheet1" }, { name: "Kommuner", cells: { A1: "Kommun", B1: "Summa/år", A2: "Botkyrka", B2: { value: 54931.35, numberFormat: '#,##0 "kr"' } } }],
      activeSheet: "Sheet1",
    });
    const signal = changeSignal();
    const user = userEvent.setup();
    render(<SheetsView source={double} locale="sv" changes={signal} />);
    const tabs = screen.getByRole("tablist", { name: "Blad" });
    // (A Fluent tab holds its name twice, once hidden to reserve the width of the selected look.)
    const tabNames = () => within(tabs).getAllByRole("tab").map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);
    expect(tabNames()).toEqual(["Sheet1", "Kommuner"]);
    expect(screen.getByText("Bladet är tomt. Tryck Fyll i för att fylla arbetsboken.")).toBeTruthy();

    await user.click(within(tabs).getByRole("tab", { name: "Kommuner" }));
    const table = within(screen.getByRole("region", { name: "Bladet Kommuner" })).getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Rad", "A", "B"]);
    expect(within(table).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["1", "2"]);
    expect(within(table).getAllByRole("cell").map((cell) => plain(cell.textContent))).toEqual(["Kommun", "Summa/år", "Botkyrka", "54 931 kr"]);

    // A batch adds a sheet and shows it: the grid shows it too.
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Stadsdelar");
      sheet.getRange("A1:B1").values = [["Farsta", 0.0397]];
      sheet.getRange("B1").numberFormat = [["0.00%"]];
      sheet.activate();
      await context.sync();
    });
    await changed(signal);
    expect(tabNames()).toEqual(["Sheet1", "Kommuner", "Stadsdelar"]);
    expect(within(tabs).getByRole("tab", { selected: true })).toBe(within(tabs).getByRole("tab", { name: "Stadsdelar" }));
    expect(within(screen.getByRole("region", { name: "Bladet Stadsdelar" })).getAllByRole("cell").map((cell) => plain(cell.textContent))).toEqual(["Farsta", "3,97%"]);
  });
});
