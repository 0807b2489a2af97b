/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble, type DoubleSeed, type ExcelDouble } from "../../src/excel-double";
import type { Locale } from "../../src/i18n/locale";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/taskpane/host";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { SheetKey } from "../../src/workbook/plan";

/*
 * The Fill tab's optional import of last period's amounts (issue 12), in the whole pane over the Excel
 * double with the real plan builder and writer: read from the selected range or from last year's
 * tables, the units without an amount listed, the errors listed with their cells (and the fill held
 * until they are fixed or the import removed), and the amounts in the filled sheets' previous-cost
 * cells.
 */

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function setup(seed: DoubleSeed, locale: Locale = "sv") {
  const double = createExcelDouble(seed);
  const user = userEvent.setup();
  render(<App host={{ run: double.run as ExcelRun, locale, displayLanguage: locale === "sv" ? "sv-SE" : "en-US", kind: "preview" }} />);
  return { user, double };
}

/** The previous-cost cell of a unit in the default plan's sheets (where the fill writes it). */
function previousCell(locale: Locale, key: SheetKey, unit: string): { sheet: string; cell: string } {
  const sheet = buildWorkbookPlan(defaultPlanOptions(locale)).sheets.find((candidate) => candidate.key === key)!;
  const input = sheet.inputs!.find((candidate) => candidate.field === "previousCost" && candidate.unit.name === unit)!;
  return { sheet: sheet.name, cell: input.cell };
}

const valueAt = (double: ExcelDouble, where: { sheet: string; cell: string }) => double.cell(where.sheet, where.cell)?.value;
const fillButton = () => screen.getByTestId("fill");
const spaced = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ");

const LAST_YEAR: DoubleSeed = {
  sheets: [
    { name: "Sheet1" },
    { name: "Förra året", cells: { A1: "Namn", B1: "Tidigare belopp", A2: "Farsta", B2: "40 000", A3: "0127", B3: 50000, A4: "Sthlm kn rest*" } },
  ],
  activeSheet: "Förra året",
  selection: { sheet: "Förra året", address: "A1:B4" },
};

describe("previous amounts in the pane", () => {
  it("folded by default; read from the selected range, the units without an amount listed, the amounts filled in", async () => {
    const { user, double } = setup(LAST_YEAR);
    const section = screen.getByRole("group", { name: "Tidigare belopp (valfritt)" });
    expect(within(section).queryByRole("button", { name: "Läs markerat område" })).toBeNull();
    expect(within(section).getByTestId("previous-status").textContent).toBe("Inga inlästa.");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));

    const preview = await within(section).findByTestId("previous-preview");
    await waitFor(() => expect(spaced(preview.textContent)).toContain("Läst från 'Förra året'!A1:B4 · 2 av 40 kommuner och stadsdelar har ett belopp"));
    const missing = within(section).getByTestId("previous-missing").textContent ?? "";
    expect(missing).toMatch(/^Utan tidigare belopp \(förändringen lämnas tom\), 38 st: Danderyd, Ekerö, /);
    expect(missing).not.toMatch(/Farsta|Botkyrka/);

    // Folded again, the heading keeps the one line that matters.
    await user.click(within(section).getByRole("button", { name: "Dölj" }));
    expect(spaced(within(section).getByTestId("previous-status").textContent)).toBe("2 av 40 kommuner och stadsdelar har ett belopp");

    await user.click(fillButton());
    await screen.findByTestId("fill-done");
    expect(valueAt(double, previousCell("sv", "districts", "Farsta"))).toBe(40000);
    expect(valueAt(double, previousCell("sv", "municipalities", "Botkyrka"))).toBe(50000);
    expect(valueAt(double, previousCell("sv", "municipalities", "Danderyd"))).toBe("");
  });

  it("lists every wrong row with its cell and holds the fill until the amounts are fixed or removed", async () => {
    const { user, double } = setup({
      sheets: [{ name: "Belopp", cells: { A1: "namn", B1: "belopp", A2: "Farsta", B2: "44,278", A3: "Atlantis", B3: 100 } }],
      selection: { sheet: "Belopp", address: "A1:B3" },
    });
    const section = screen.getByTestId("previous-amounts");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));
    const errors = await within(section).findByTestId("previous-errors");
    expect(within(errors).getByText("2 fel att rätta")).toBeTruthy();
    const items = within(errors).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-cell"))).toEqual(["Belopp!B2", "Belopp!A3"]);
    expect(spaced(items[0].textContent)).toMatch(/^Rad 2, kolumn ”belopp” \(Belopp!B2\): ”44,278” kan läsas på två sätt: 44 278 kr eller 44,278 kr/);
    expect(items[1].textContent).toBe("Rad 3, kolumn ”namn” (Belopp!A3): ”Atlantis” är varken en kommun eller en stadsdel i befolkningen; tidigare belopp kan bara anges för dess enheter.");
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");

    // Fixed in the workbook and read again: the fill goes.
    double.setCell("Belopp", "B2", "44 278");
    double.setCell("Belopp", "A3", "Solna");
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));
    await waitFor(() => expect(within(section).queryByTestId("previous-errors")).toBeNull());
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");

    // Wrong again, then removed: the fill goes without them.
    double.setCell("Belopp", "B2", "abc");
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));
    await within(section).findByTestId("previous-errors");
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    await user.click(within(section).getByRole("button", { name: "Ta bort beloppen" }));
    expect(within(section).queryByTestId("previous-errors")).toBeNull();
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("reads last year's tables together, the add-in's two chosen first (English)", async () => {
    const { user, double } = setup(
      {
        sheets: [
          { name: "Sheet1" },
          { name: "Notes", cells: { A1: "Note", A2: "x" } },
          {
            name: "Last year",
            cells: {
              A1: "Municipality", B1: "Municipality code", C1: "Per year", D1: "Previous cost per year",
              A2: "Botkyrka", B2: "0127", C2: 54931.2, D2: 50000,
              A3: "Solna", B3: "0184", C3: 47759.51,
              F1: "District administration", G1: "Per year",
              F2: "Farsta", G2: 35027.53,
              F3: "Sthlm kn rest*",
            },
          },
        ],
        tables: [
          { name: "Notes", sheet: "Notes", range: "A1:A2" },
          { name: "KommunerTabell", sheet: "Last year", range: "A1:D3" },
          { name: "StadsdelarTabell", sheet: "Last year", range: "F1:G3" },
        ],
      },
      "en",
    );
    const section = screen.getByTestId("previous-amounts");
    expect(within(section).getByTestId("previous-status").textContent).toBe("None read.");
    await user.click(within(section).getByRole("button", { name: "Import" }));
    await user.click(within(section).getByRole("radio", { name: "Tables in the workbook" }));
    const municipalities = await within(section).findByRole("checkbox", { name: "KommunerTabell" });
    expect(municipalities).toHaveProperty("checked", true);
    expect(within(section).getByRole("checkbox", { name: "StadsdelarTabell" })).toHaveProperty("checked", true);
    expect(within(section).getByRole("checkbox", { name: "Notes" })).toHaveProperty("checked", false);
    await user.click(within(section).getByRole("button", { name: "Read the tables" }));
    const preview = within(section).getByTestId("previous-preview");
    await waitFor(() => expect(spaced(preview.textContent)).toContain("3 of 40 municipalities and districts have an amount"));
    expect(spaced(preview.textContent)).toContain("Read from 'Last year'!A1:D3, 'Last year'!F1:G3");

    await user.click(fillButton());
    await screen.findByTestId("fill-done");
    expect(valueAt(double, previousCell("en", "municipalities", "Botkyrka"))).toBe(54931.2);
    expect(valueAt(double, previousCell("en", "municipalities", "Solna"))).toBe(47759.51);
    expect(valueAt(double, previousCell("en", "districts", "Farsta"))).toBe(35027.53);
  });
});
