/** @jest-environment jsdom */
import { hostOver, refuseWrites, renderFillPane } from "./harness";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import type { Locale } from "../../src/i18n/locale";
import type { ExcelRun, PaneHost } from "../../src/taskpane/host";
import { usePane } from "../../src/taskpane/state/controller";
import { planServices, type PaneServices } from "../../src/taskpane/state/services";
import { BAD_RANGE_ADDRESS, BAD_RANGE_ROWS, BAD_RANGE_SHEET, GOOD_TABLE_NAME, GOOD_TABLE_ROWS } from "../../src/preview/seed";

/*
 * The fill tab in jsdom over the Excel double: parameters checked as they are typed, and the import
 * preview of a range or table read from the workbook. (Filling is covered with the real writer in
 * fill.test.tsx and in the browser tests.)
 */

function setup(locale: Locale = "sv", double: ExcelDouble = createExcelDouble()) {
  const user = userEvent.setup();
  renderFillPane(hostOver(double.run, locale));
  return { user, double };
}

/** Finds an element by its whole text, whatever spaces separate the digit groups (the pane uses no-break spaces). */
const spaced = (text: string) => text.replace(/\s/g, " ");
function textIn(container: HTMLElement, expected: string | RegExp): HTMLElement {
  return within(container).getByText((_, element) => {
    if (!element || [...element.children].some((child) => spaced(child.textContent ?? "") === spaced(element.textContent ?? ""))) return false;
    const text = spaced(element.textContent ?? "").trim();
    return typeof expected === "string" ? text === spaced(expected) : expected.test(text);
  });
}

const fillButton = () => screen.getByRole("button", { name: /^(Fyll i|Fill)$/ });

/** The pane with its parameters shown: they are folded under their values until "Ändra" (parametersFold.test.tsx). */
async function setupWithParameters(locale: Locale = "sv") {
  const result = setup(locale);
  await result.user.click(screen.getByRole("button", { name: locale === "sv" ? "Ändra" : "Edit" }));
  return result;
}

describe("parameters, checked as they are typed", () => {
  it("start at the agreements' values with their source, and the summary is shown", async () => {
    await setupWithParameters();
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    expect(threshold).toHaveProperty("value", "615 312");
    expect(textIn(document.body, /^Förval 615 312 kr – Överenskommelsen 2020, Bilaga 3$/)).toBeTruthy();
    expect(textIn(document.body, /^Förval 19 % – Rekommendationen 2026–2030, Sammanfattning$/)).toBeTruthy();
    const summary = screen.getByTestId("summary");
    // Bilaga 3: 0,590 kr per inhabitant and year; Södermalm is the largest procuring unit; 2 344 124 inhabitants.
    expect(textIn(summary, "0,590 kr")).toBeTruthy();
    expect(textIn(summary, /^Södermalm \(130 365 inv\.\)$/)).toBeTruthy();
    expect(textIn(summary, "2 344 124")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("accept Swedish number text: 615 312, 19 %, 19,5", async () => {
    const { user } = await setupWithParameters();
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "700 000 kr");
    const share = screen.getByLabelText("Kommunernas andel 2026–2030 (%)");
    await user.clear(share);
    await user.type(share, "19,5 %");
    expect(threshold.getAttribute("aria-invalid")).not.toBe("true");
    expect(share.getAttribute("aria-invalid")).not.toBe("true");
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
    // 26 000 000 × 19,5 % = 5 070 000 kr, from the plan builder's summary.
    expect(within(screen.getByTestId("summary")).getByText("5 070 000 kr")).toBeTruthy();
  });

  it("say what is wrong next to the field, tied to it for screen readers, and block the fill until fixed", async () => {
    const { user } = await setupWithParameters();
    const years = screen.getByLabelText("Avtalsperiod (år)");
    await user.clear(years);
    await user.type(years, "7,5");
    expect(years.getAttribute("aria-invalid")).toBe("true");
    const message = screen.getByText("Måste vara ett heltal (7,5 år).");
    expect(years.getAttribute("aria-describedby") ?? "").toContain(message.id);
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Rätta felen ovan för att se sammanfattningen.")).toBeTruthy();

    await user.clear(years);
    expect(screen.getByText("Värdet saknas.")).toBeTruthy();
    await user.type(years, "10");
    expect(screen.queryByText("Måste vara ett heltal (7,5 år).")).toBeNull();
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
    expect(within(screen.getByTestId("summary")).getByText("Totalt för 10 år")).toBeTruthy();
  });

  it.each([
    ["Gränsbelopp LOU (kr)", "0", "Måste vara större än 0 kr."],
    ["Gränsbelopp LOU (kr)", "tio tusen", "”tio tusen” är inget tal (skriv t.ex. 615 312 eller 19,5)."],
    ["Gränsbelopp LOU (kr)", "615,312", "”615,312” kan läsas på två sätt: 615 312 kr eller 615,312 kr. Menade du 615 312 kr? Skriv det med mellanslag mellan siffergrupperna (615 312) eller helt utan skiljetecken, och decimaler med komma."],
    ["Kommunernas andel 2026–2030 (%)", "120 %", "En andel kan inte vara över 100 % (120 %)."],
    ["Kommunernas andel 2026–2030 (%)", "0,19", "”0,19” kan betyda 19 % (andelen 0,19) eller 0,19 %. Menade du 19 %? Skriv 19 %, eller 0,19 % om andelen verkligen är under en procent."],
    ["Antal användare", "-3", "Får inte vara negativt (−3)."],
  ])("refuse %s = %j: %s", async (label, text, message) => {
    const { user } = await setupWithParameters();
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, text);
    expect(screen.getByText(message)).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
  });

  it("ask for a confirmation of a value outside the plausible range, and fill only after it", async () => {
    const { user } = await setupWithParameters();
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "61 531");
    expect(screen.getByText("61 531 kr ligger utanför det rimliga intervallet 100 000 kr–10 000 000 kr; kontrollera värdet och bekräfta det.")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Bekräfta värdena utanför det rimliga intervallet först.")).toBeTruthy();
    await user.click(screen.getByTestId("confirm-threshold"));
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
    // A new text asks again.
    await user.type(threshold, "0");
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
  });

  it("fix the population's date to the embedded figures, and require it for a population read from the workbook", async () => {
    const { user } = await setupWithParameters();
    const date = screen.getByLabelText("Befolkning per datum") as HTMLInputElement;
    expect(date.value).toBe("2018-12-31");
    expect(date.disabled).toBe(true);
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    expect(date.disabled).toBe(false);
    expect(date.value).toBe("");
    await user.type(date, "2018-02-30");
    expect(screen.getByText("”2018-02-30” är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2024-12-31).")).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "Inbyggd: Stockholms län 31/12 2018 (bilaga 3)" }));
    expect(date.value).toBe("2018-12-31");
  });

  it("restore the defaults on request", async () => {
    const { user } = await setupWithParameters();
    const years = screen.getByLabelText("Avtalsperiod (år)");
    await user.clear(years);
    await user.type(years, "x");
    await user.click(screen.getByRole("button", { name: "Återställ förval" }));
    expect(years).toHaveProperty("value", "8");
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("are English in English, with English number text", async () => {
    const { user } = await setupWithParameters("en");
    const threshold = screen.getByLabelText("LOU threshold (SEK)");
    expect(threshold).toHaveProperty("value", "615 312");
    await user.clear(threshold);
    await user.type(threshold, "1,000,000");
    expect(threshold.getAttribute("aria-invalid")).not.toBe("true");
    const years = screen.getByLabelText("Contract period (years)");
    await user.clear(years);
    await user.type(years, "2.5");
    expect(screen.getByText("Must be a whole number (2.5 years).")).toBeTruthy();
  });

  it("need at least one table to fill", async () => {
    const { user } = await setupWithParameters();
    for (const name of ["LOU-tabeller (kommuner och stadsdelar)", "Support per användare", "Avtal 2026–2030 (fördelning 81/19)", "Årskostnad per enhet (2020 mot 2026–2030, stycke till tjänsteutlåtandet)", "Källor och metod"]) {
      await user.click(screen.getByRole("checkbox", { name }));
    }
    expect(screen.getByText("Välj minst en tabell.")).toBeTruthy();
    expect(screen.getByText("Välj en tabell att fylla i först.")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
  });
});

describe("import preview of a range or table in the workbook", () => {
  function badRangeDouble(): ExcelDouble {
    const cells: Record<string, string | number> = {};
    BAD_RANGE_ROWS.forEach((row, r) => row.forEach((value, c) => (cells[`${"ABC"[c]}${r + 1}`] = value)));
    const double = createExcelDouble({ sheets: [{ name: "Blad1" }, { name: BAD_RANGE_SHEET, cells }] });
    double.setSelection(BAD_RANGE_SHEET, BAD_RANGE_ADDRESS);
    return double;
  }

  it("lists every wrong row with its cell address, shows the rows read, and blocks the fill", async () => {
    const { user } = setup("sv", badRangeDouble());
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    expect(screen.getByText("Inget inläst ännu.")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    // The disabled button says why, to a screen reader too.
    const reason = screen.getByText("Läs in befolkningen först.");
    // The population's date is required with a population read from the workbook.
    expect(screen.getByText("Ange datumet för befolkningen du läser in (krävs).")).toBeTruthy();
    expect(fillButton().getAttribute("aria-describedby")).toBe(reason.id);
    await user.click(screen.getByRole("button", { name: "Läs markerat område" }));
    const errors = await screen.findByTestId("import-errors");
    expect(within(errors).getByText("3 fel att rätta")).toBeTruthy();
    const items = within(errors).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-cell"))).toEqual(["Data!C4", "Data!B6", "Data!C7"]);
    expect(items[0].textContent).toBe("Rad 4, kolumn ”invånare” (Data!C4): ”många” är inte ett tal.");
    expect(items[1].textContent).toMatch(/^Rad 6, kolumn ”typ” \(Data!B6\): ”stad” är ingen känd typ/);
    expect(items[2].textContent).toBe("Rad 7, kolumn ”invånare” (Data!C7): antalet invånare saknas.");

    const preview = screen.getByRole("region", { name: "Inlästa rader" });
    const rows = within(preview).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(7);
    expect(rows.filter((row) => row.getAttribute("data-valid") === "false").map((row) => row.firstChild?.textContent)).toEqual(["4", "6", "7"]);
    // Swedish number text in cells is read: "33 187" and "47 818".
    expect(textIn(preview, "33 187")).toBeTruthy();
    expect(screen.getByText(/Läst från Data!A1:C8/)).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Rätta felen ovan för att se sammanfattningen.")).toBeTruthy();
  });

  it("reads an Excel table (header and data rows) and summarises it", async () => {
    const cells: Record<string, string | number> = {};
    GOOD_TABLE_ROWS.forEach((row, r) => row.forEach((value, c) => (cells[`${"ABC"[c]}${r + 1}`] = value)));
    const double = createExcelDouble({ sheets: [{ name: "Blad1" }, { name: GOOD_TABLE_NAME, cells }], tables: [{ name: GOOD_TABLE_NAME, sheet: GOOD_TABLE_NAME, range: "A1:C4" }] });
    const { user } = setup("sv", double);
    await user.click(screen.getByRole("radio", { name: "En tabell i arbetsboken" }));
    const select = await screen.findByRole("combobox", { name: "Tabell" });
    await waitFor(() => expect(select).toHaveProperty("value", GOOD_TABLE_NAME));
    await user.click(screen.getByRole("button", { name: "Läs tabellen" }));
    await screen.findByText(/Läst från Befolkning!A1:C4\b/);
    expect(screen.queryByTestId("import-errors")).toBeNull();
    // Three municipalities are not the county: said, and filled only once the user says so and gives the date.
    const partial = screen.getByTestId("partial-county");
    expect(within(partial).getByText(/^Kommuner som saknas: /).textContent).toMatch(/^Kommuner som saknas: Haninge, .*, Stockholm\.$/);
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    await user.type(screen.getByLabelText(/Befolkning per datum/), "2024-12-31");
    expect(screen.getByText("Bekräfta först att befolkningen inte omfattar hela länet.")).toBeTruthy();
    await user.click(screen.getByTestId("confirm-partial"));
    const summary = screen.getByTestId("summary");
    // Botkyrka is the largest of the three and pays the threshold: 615 312 / 8 / 93 106 per inhabitant and year.
    expect(textIn(summary, /^Botkyrka \(93 106 inv\.\)$/)).toBeTruthy();
    expect(textIn(summary, "154 601")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("says so when the workbook has no tables, and when reading fails", async () => {
    const double = createExcelDouble();
    const { user } = setup("sv", double);
    await user.click(screen.getByRole("radio", { name: "En tabell i arbetsboken" }));
    expect(await screen.findByText("Arbetsboken har inga tabeller.")).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    double.failOn({ method: "Workbook.getSelectedRange", code: "GeneralException", message: "Excel är upptaget." });
    await user.click(screen.getByRole("button", { name: "Läs markerat område" }));
    expect(await screen.findByText("Kunde inte läsa från arbetsboken: Excel är upptaget.")).toBeTruthy();
  });

  it("forgets what was read when the source changes", async () => {
    const { user } = setup("sv", badRangeDouble());
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    await user.click(screen.getByRole("button", { name: "Läs markerat område" }));
    await screen.findByTestId("import-errors");
    await user.click(screen.getByRole("radio", { name: /Inbyggd/ }));
    expect(screen.queryByTestId("import-errors")).toBeNull();
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
    await act(async () => {
      await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    });
    expect(screen.getByText("Inget inläst ännu.")).toBeTruthy();
  });

  it("reads only the filled part of a selection of whole columns, with the sheet's own addresses", async () => {
    const cells: Record<string, string | number> = {};
    // The table starts at B3 on a sheet; the user selects B1:D5000.
    BAD_RANGE_ROWS.forEach((row, r) => row.forEach((value, c) => (cells[`${"BCD"[c]}${r + 3}`] = value)));
    const double = createExcelDouble({ sheets: [{ name: "Blad1", cells }] });
    double.setSelection("Blad1", "B1:D5000");
    const { user } = setup("sv", double);
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    await user.click(screen.getByRole("button", { name: "Läs markerat område" }));
    const errors = await screen.findByTestId("import-errors");
    expect(within(errors).getAllByRole("listitem").map((item) => item.getAttribute("data-cell"))).toEqual(["Blad1!D6", "Blad1!C8", "Blad1!D9"]);
    expect(screen.getByText(/Läst från Blad1!B3:D10/)).toBeTruthy();
  });

  it("says an empty selection is empty", async () => {
    const double = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    double.setSelection("Blad1", "A1:C3");
    const { user } = setup("sv", double);
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    await user.click(screen.getByRole("button", { name: "Läs markerat område" }));
    const errors = await screen.findByTestId("import-errors");
    expect(errors.textContent).toMatch(/Tabellen är tom/);
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
  });
});

describe("the summary", () => {
  it("is worked out again only when what the plan is made of changes, not on every state change", async () => {
    const { renderHook } = await import("@testing-library/react");
    const double = createExcelDouble();
    const host: PaneHost = { run: double.run as ExcelRun, locale: "sv", displayLanguage: "sv-SE", kind: "preview" };
    const summary = jest.fn(planServices.summary);
    const services: PaneServices = { ...planServices, ...refuseWrites, summary };
    const { result } = renderHook(() => usePane(host, services));
    expect(summary).toHaveBeenCalledTimes(1);
    const before = result.current.summary;
    // A table name chosen while the embedded data is used, and a dismissed message: the plan is the same.
    act(() => result.current.actions.chooseTable("Befolkning"));
    act(() => result.current.actions.dismiss());
    expect(summary).toHaveBeenCalledTimes(1);
    expect(result.current.summary).toBe(before);
    act(() => result.current.actions.setParam("threshold", "700 000"));
    expect(summary).toHaveBeenCalledTimes(2);
    expect(result.current.summary).not.toBe(before);
  });
});

describe("a read that ends after its source was left", () => {
  it("is dropped: it neither shows nor fills as the data of the source chosen since", async () => {
    const { renderHook } = await import("@testing-library/react");
    const cells: Record<string, string | number> = {};
    GOOD_TABLE_ROWS.forEach((row, r) => row.forEach((value, c) => (cells[`${"ABC"[c]}${r + 1}`] = value)));
    const double = createExcelDouble({ sheets: [{ name: "Blad1", cells }] });
    double.setSelection("Blad1", `A1:C${GOOD_TABLE_ROWS.length}`);
    // The workbook answers only when the test says so.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = (async (batch: Parameters<ExcelRun>[0]) => {
      await gate;
      return (double.run as ExcelRun)(batch);
    }) as ExcelRun;
    const host: PaneHost = { run, locale: "sv", displayLanguage: "sv-SE", kind: "preview" };
    const { result } = renderHook(() => usePane(host, { ...planServices, ...refuseWrites }));
    act(() => result.current.actions.setSource("range"));
    let reading: Promise<void> = Promise.resolve();
    act(() => {
      reading = result.current.actions.readRange();
    });
    expect(result.current.state.imported.status).toBe("reading");
    // The user moves on to an Excel table before the selection has been read.
    act(() => result.current.actions.setSource("table"));
    await act(async () => {
      release();
      await reading;
    });
    expect(result.current.state.source).toBe("table");
    expect(result.current.state.imported.status).not.toBe("read");
    expect(result.current.view.county).toBeUndefined();
    expect(result.current.canFill).toBe(false);
  });
});
