/** @jest-environment jsdom */
import { hostOver, renderFillPane } from "./harness";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";
import type { Locale } from "../../src/i18n/locale";
import { PARAMETER_KEYS } from "../../src/taskpane/state/parameters";

/*
 * The parameters folded under their values (issue 12: at 320 px the fill button was 1 700 px down,
 * below seven fields most users never touch): one sentence with the values and "Ändra"; the fields
 * show by themselves when one is wrong or waits for a confirmation, and cannot be folded until it is
 * right; the fill button needs none of them shown.
 */

function setup(locale: Locale = "sv") {
  const double = createExcelDouble();
  const user = userEvent.setup();
  renderFillPane(hostOver(double.run, locale));
  return { user };
}

const plain = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ");
const folded = () => plain(screen.getByTestId("parameters-folded").textContent);
const toggle = () => screen.getByTestId("parameters-toggle");
const fillButton = () => screen.getByRole("button", { name: /^(Fyll i|Fill)$/ });
const fieldsShown = () => PARAMETER_KEYS.filter((key) => screen.queryByTestId(`param-${key}`) !== null);

describe("the parameters, folded under their values", () => {
  it("start folded: one sentence with the agreements' values, Ändra, and the fill button ready", () => {
    setup();
    expect(folded()).toBe(
      "Avtalsvärden: gränsbelopp LOU 615 312 kr, avtalsperiod 8 år, befolkning per datum 2018-12-31, supportbudget 3 250 000 kr, antal användare 13 000, budget 2026 26 000 000 kr, kommunernas andel 2026–2030 19 %.",
    );
    expect(fieldsShown()).toEqual([]);
    expect(toggle().textContent).toBe("Ändra");
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("open on Ändra with every field, its test id and label, and fold again with the values typed", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    expect(fieldsShown()).toEqual([...PARAMETER_KEYS]);
    const fields = document.getElementById(toggle().getAttribute("aria-controls") ?? "")!;
    expect(within(fields).getByLabelText("Gränsbelopp LOU (kr)")).toBe(screen.getByTestId("param-threshold"));
    expect(within(fields).getByLabelText("Kommunernas andel 2026–2030 (%)")).toBe(screen.getByTestId("param-municipalShare"));
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "700000");
    await user.click(screen.getByRole("button", { name: "Dölj" }));
    expect(fieldsShown()).toEqual([]);
    expect(folded()).toMatch(/^Dina värden: gränsbelopp LOU 700 000 kr, avtalsperiod 8 år, /);
    // The same value written another way is the agreement's.
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    await user.clear(screen.getByLabelText("Gränsbelopp LOU (kr)"));
    await user.type(screen.getByLabelText("Gränsbelopp LOU (kr)"), "615312 kr");
    await user.click(screen.getByRole("button", { name: "Dölj" }));
    expect(folded()).toMatch(/^Avtalsvärden: gränsbelopp LOU 615 312 kr, /);
  });

  it("open by themselves when a field is wrong, and fold only once it is right", async () => {
    const { user } = setup();
    // A population read from the workbook needs its date: the field is wrong (empty) at once.
    await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
    expect(fieldsShown()).toEqual([...PARAMETER_KEYS]);
    expect(toggle()).toHaveProperty("disabled", true);
    const date = screen.getByLabelText(/Befolkning per datum/);
    await user.type(date, "2024-12-31");
    // Right now, and still shown: it was being typed.
    expect(screen.getByTestId("param-referenceDate")).toBe(date);
    expect(toggle()).toHaveProperty("disabled", false);
    await user.click(toggle());
    expect(folded()).toMatch(/befolkning per datum 2024-12-31, /);
  });

  it("stay open while an implausible value waits for its confirmation", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "61 531");
    expect(toggle()).toHaveProperty("disabled", true);
    await user.click(screen.getByTestId("confirm-threshold"));
    expect(toggle()).toHaveProperty("disabled", false);
    await user.click(toggle());
    expect(folded()).toMatch(/^Dina värden: gränsbelopp LOU 61 531 kr, /);
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("say it in English in English", async () => {
    const { user } = setup("en");
    expect(folded()).toBe(
      "Agreement values: LOU threshold 615,312 kr, contract period 8 years, population as of 2018-12-31, support budget 3,250,000 kr, number of users 13,000, budget 2026 26,000,000 kr, municipalities' share 2026–2030 19%.",
    );
    await user.click(screen.getByRole("button", { name: "Edit" }));
    expect(screen.getByLabelText("LOU threshold (SEK)")).toBe(screen.getByTestId("param-threshold"));
    expect(toggle().textContent).toBe("Hide");
  });

  it("come before the data and the summary, and the fill button after the summary", () => {
    setup();
    const order = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(order(screen.getByTestId("section-parameters"), screen.getByTestId("summary"))).toBe(true);
    expect(order(screen.getByTestId("summary"), fillButton())).toBe(true);
    expect(order(fillButton(), screen.getByTestId("fill-status"))).toBe(true);
  });
});
