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
 * The Fill tab's optional import of previous amounts (issues 12 and 17), in the whole pane over the
 * Excel double with the real plan builder and writer: read from the selected range or from last
 * year's Årskostnad, of a period chosen (2025 by default, or before 2020) or given by the table, the
 * units without an amount listed, the errors listed with their cells (and the fill held until they
 * are fixed or the import removed), and the amounts in the filled sheets' previous-amount cells: of
 * 2025 on Årskostnad, of before 2020 on Kommuner and Stadsdelar too.
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
  it("folded by default; read from the selected range as amounts of 2025, the units without an amount listed, the amounts filled in on Årskostnad", async () => {
    const { user, double } = setup(LAST_YEAR);
    const section = screen.getByRole("group", { name: "Tidigare belopp (valfritt)" });
    expect(within(section).queryByRole("button", { name: "Läs markerat område" })).toBeNull();
    expect(within(section).getByTestId("previous-status").textContent).toBe("Inga inlästa.");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    // the opened part is its own chunk (src/taskpane/later.tsx): there once fetched
    expect(await within(section).findByRole("radio", { name: "2025 (jämförs med avtalet 2026–2030)" })).toHaveProperty("checked", true);
    expect(within(section).getByRole("radio", { name: "före 2020 (jämförs med överenskommelsen 2020)" })).toHaveProperty("checked", false);
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
    expect(valueAt(double, previousCell("sv", "annualCost", "Farsta"))).toBe(40000);
    expect(valueAt(double, previousCell("sv", "annualCost", "Botkyrka"))).toBe(50000);
    expect(valueAt(double, previousCell("sv", "annualCost", "Danderyd"))).toBe("");
    expect(double.cell("Årskostnad", "J4")?.value).toBe("Belopp 2025/år");
    // amounts of 2025 are not set against the 2020 LOU part
    expect(valueAt(double, previousCell("sv", "districts", "Farsta"))).toBe("");
  });

  it("amounts from before 2020, chosen: on Kommuner and Stadsdelar against the LOU part, on Årskostnad against the 2020 total", async () => {
    const { user, double } = setup(LAST_YEAR);
    const section = screen.getByTestId("previous-amounts");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    await user.click(within(section).getByRole("radio", { name: "före 2020 (jämförs med överenskommelsen 2020)" }));
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));
    await waitFor(() => expect(spaced(within(section).getByTestId("previous-preview").textContent)).toContain("2 av 40"));
    await user.click(fillButton());
    await screen.findByTestId("fill-done");
    expect(valueAt(double, previousCell("sv", "districts", "Farsta"))).toBe(40000);
    expect(valueAt(double, previousCell("sv", "municipalities", "Botkyrka"))).toBe(50000);
    expect(valueAt(double, previousCell("sv", "annualCost", "Farsta"))).toBe(40000);
    expect(double.cell("Årskostnad", "J4")?.value).toBe("Belopp före 2020/år");
  });

  it("a table's period column decides; a period no agreement follows holds the fill", async () => {
    const { user } = setup({
      sheets: [{ name: "Belopp", cells: { A1: "namn", B1: "belopp", C1: "period", A2: "Farsta", B2: 1000, C2: "2022" } }],
      selection: { sheet: "Belopp", address: "A1:C2" },
    });
    const section = screen.getByTestId("previous-amounts");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    await user.click(within(section).getByRole("button", { name: "Läs markerat område" }));
    const error = await within(section).findByTestId("previous-period-error");
    expect(error.textContent).toBe("Beloppen är från 2022, men en förändring räknas bara mot avtalet som följer direkt: perioden ska vara före 2020 eller 2025.");
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
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

  it("reads last year's Annual cost, chosen first: each unit's whole yearly amount, never the LOU part alone (English)", async () => {
    const { user, double } = setup(
      {
        sheets: [
          { name: "Sheet1" },
          { name: "Notes", cells: { A1: "Note", A2: "x" } },
          {
            name: "Last year",
            cells: {
              A1: "Municipality", B1: "Municipality code", C1: "Per year",
              A2: "Botkyrka", B2: "0127", C2: 54931.2,
              F1: "Unit", G1: "Type", H1: "LOU part 2020", I1: "Support part 2020", J1: "Total 2020", K1: "Agreement 2026–2030",
              F2: "Botkyrka", G2: "Municipality", H2: 54931.2, I2: 30000, J2: 84931.2, K2: 196211,
              F3: "Solna", G3: "Municipality", H3: 47759.51, I3: "", J3: "", K3: 170594,
              F4: "Farsta", G4: "District, Stockholm", H4: 35027.53, I4: 4250, J4: 39277.53, K4: 125116,
            },
          },
        ],
        tables: [
          { name: "Notes", sheet: "Notes", range: "A1:A2" },
          { name: "KommunerTabell", sheet: "Last year", range: "A1:C2" },
          { name: "ArskostnadTabell", sheet: "Last year", range: "F1:K4" },
        ],
      },
      "en",
    );
    const section = screen.getByTestId("previous-amounts");
    expect(within(section).getByTestId("previous-status").textContent).toBe("None read.");
    await user.click(within(section).getByRole("button", { name: "Import" }));
    await user.click(within(section).getByRole("radio", { name: "Tables in the workbook" }));
    const annual = await within(section).findByRole("checkbox", { name: "ArskostnadTabell" });
    expect(annual).toHaveProperty("checked", true);
    expect(within(section).getByRole("checkbox", { name: "KommunerTabell" })).toHaveProperty("checked", false);
    expect(within(section).getByRole("checkbox", { name: "Notes" })).toHaveProperty("checked", false);
    await user.click(within(section).getByRole("button", { name: "Read the tables" }));
    const preview = within(section).getByTestId("previous-preview");
    await waitFor(() => expect(spaced(preview.textContent)).toContain("2 of 40 municipalities and districts have an amount"));
    expect(spaced(preview.textContent)).toContain("Read from 'Last year'!F1:K4");

    await user.click(fillButton());
    await screen.findByTestId("fill-done");
    expect(valueAt(double, previousCell("en", "annualCost", "Botkyrka"))).toBe(84931.2);
    expect(valueAt(double, previousCell("en", "annualCost", "Farsta"))).toBe(39277.53);
    // Solna's users were not entered last year: it has no whole amount, and none is made up
    expect(valueAt(double, previousCell("en", "annualCost", "Solna"))).toBe("");
  });

  it("last year's Municipalities table alone is refused: its Per year is the LOU part only", async () => {
    const { user } = setup({
      sheets: [{ name: "Last year", cells: { A1: "Kommun", B1: "Summa/år", A2: "Botkyrka", B2: 54931.2 } }],
      tables: [{ name: "KommunerTabell", sheet: "Last year", range: "A1:B2" }],
    });
    const section = screen.getByTestId("previous-amounts");
    await user.click(within(section).getByRole("button", { name: "Läs in" }));
    await user.click(within(section).getByRole("radio", { name: "Tabeller i arbetsboken" }));
    await user.click(await within(section).findByRole("checkbox", { name: "KommunerTabell" }));
    await user.click(within(section).getByRole("button", { name: "Läs tabellerna" }));
    const errors = await within(section).findByTestId("previous-errors");
    expect(errors.textContent).toContain("Summa/år på Kommuner och Stadsdelar är bara LOU-delen, inte enhetens hela årsbelopp: läs beloppen ur bladet Årskostnad");
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
  });
});
