/** @jest-environment jsdom */
import { hostOver, renderFillPane } from "./harness";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";

/*
 * A population read from the workbook: the SCB noise tick (figures of 2025 or later) reads it again
 * under that rule, and what the reader derived (the rest post, a total within the noise) is said.
 */

/** A table "Befolkning" of the given rows (header first) on its own sheet. */
function withTable(rows: readonly (readonly (string | number)[])[]) {
  const cells: Record<string, string | number> = {};
  rows.forEach((row, r) => row.forEach((value, c) => (cells[`${"ABC"[c]}${r + 1}`] = value)));
  const double = createExcelDouble({ sheets: [{ name: "Befolkning", cells }], tables: [{ name: "Befolkning", sheet: "Befolkning", range: `A1:C${rows.length}` }] });
  renderFillPane(hostOver(double.run));
  return { user: userEvent.setup(), double };
}

async function readTheTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("radio", { name: "En tabell i arbetsboken" }));
  const select = await screen.findByRole("combobox", { name: "Tabell" });
  await waitFor(() => expect(select).toHaveProperty("value", "Befolkning"));
  await user.click(screen.getByRole("button", { name: "Läs tabellen" }));
  await screen.findByText(/Läst från Befolkning!A1:C\d+\b/);
}

const HEADER = ["namn", "typ", "invånare"];
const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");

describe("a population read from the workbook", () => {
  it("offers no SCB tick for the embedded figures", () => {
    withTable([HEADER, ["Botkyrka", "kommun", 100]]);
    expect(screen.queryByTestId("scb-noise")).toBeNull();
  });

  it("with the SCB tick, a total within the noise of its parts is a note, not an error; without it, an error again", async () => {
    const { user } = withTable([HEADER, ["Botkyrka", "kommun", 100], ["Stockholm", "kommun", 1000], ["Farsta", "stadsdel", 500], ["Södermalm", "stadsdel", 480], ["Sthlm kn rest", "rest", 15]]);
    await readTheTable(user);
    expect(screen.getByTestId("import-errors")).toBeTruthy();
    expect(screen.queryByTestId("noise-note")).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: "Befolkningen är SCB:s från 2025 eller senare (brusade tal)" }));
    const note = await screen.findByTestId("noise-note");
    expect(spaced(note.textContent)).toBe(
      "Stockholms angivna 1 000 och summan av stadsdelarna och restposten 995 skiljer sig med 5, inom SCB:s brus (högst 10); den angivna summan gäller och restposten tar skillnaden.",
    );
    expect(screen.queryByTestId("import-errors")).toBeNull();

    await user.click(screen.getByTestId("scb-noise").querySelector("input")!);
    await screen.findByTestId("import-errors");
    expect(screen.queryByTestId("noise-note")).toBeNull();
  });

  it("reads the table again from the workbook when the tick changes (figures pasted meanwhile count)", async () => {
    const { user, double } = withTable([HEADER, ["Botkyrka", "kommun", 100], ["Stockholm", "kommun", 1000], ["Farsta", "stadsdel", 500], ["Södermalm", "stadsdel", 480], ["Sthlm kn rest", "rest", 15]]);
    await readTheTable(user);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Befolkning").getRange("C2").values = [[200]];
      await context.sync();
    });
    await user.click(screen.getByRole("checkbox", { name: "Befolkningen är SCB:s från 2025 eller senare (brusade tal)" }));
    await screen.findByTestId("noise-note");
    expect(screen.getByText(/^Läst från Befolkning!A1:C6\b/)).toBeTruthy();
    expect(screen.getAllByText((_, element) => element?.tagName === "TD" && spaced(element.textContent) === "200").length).toBeGreaterThan(0);
  });

  it("says a rest post derived from Stockholm's total and its districts", async () => {
    const { user } = withTable([HEADER, ["Botkyrka", "kommun", 100], ["Stockholm", "kommun", 1000], ["Farsta", "stadsdel", 500], ["Södermalm", "stadsdel", 480]]);
    await readTheTable(user);
    const rest = screen.getByTestId("rest-derived");
    expect(spaced(rest.textContent)).toBe("Restposten (20) härledd som Stockholms 1 000 minus stadsdelarnas 980.");
  });
});
