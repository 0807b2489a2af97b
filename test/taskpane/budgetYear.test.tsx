/** @jest-environment jsdom */
import { hostOver, refuseWrites, renderFillPane } from "./harness";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";
import { Decimal } from "../../src/engine";
import type { Locale } from "../../src/i18n/locale";
import type { PlanOptions } from "../../src/workbook/plan";
import { initialState, paneReducer } from "../../src/taskpane/state/store";
import { planServices, type PaneServices } from "../../src/taskpane/state/services";

/*
 * The budget year among the parameters: the threshold's default follows the table of thresholds
 * (the one in force on 1 January that year), the threshold's hint names it with its source and
 * period, the plan gets the year; a threshold typed stays.
 */

function setup(locale: Locale = "sv") {
  const planned: Partial<PlanOptions>[] = [];
  const services: PaneServices = {
    ...planServices,
    planOptions: (l, overrides) => {
      planned.push(overrides);
      return planServices.planOptions(l, overrides);
    },
    ...refuseWrites,
  };
  renderFillPane(hostOver(createExcelDouble().run, locale), services);
  return { user: userEvent.setup(), planned };
}

const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");
/** The hint under a field (Fluent ties it to the input with aria-describedby). */
function describedBy(input: HTMLElement): string {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => spaced(document.getElementById(id)?.textContent ?? "")).join(" | ");
}
const fillButton = () => screen.getByRole("button", { name: /^(Fyll i|Fill)$/ });

describe("the budget year", () => {
  it("sets the threshold's default to the one in force that year, names it with its source and period, and goes to the plan", async () => {
    const { user, planned } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    expect(describedBy(threshold)).toContain("Förval 615 312 kr – Överenskommelsen 2020, Bilaga 3");
    expect(planned.at(-1)?.year).toBeUndefined();

    await user.type(screen.getByLabelText("Budgetår (valfritt)"), "2027");
    expect(spaced((threshold as HTMLInputElement).value)).toBe("700 000");
    expect(describedBy(threshold)).toContain("Gäller 2027: 700 000 kr – Upphandlingsmyndigheten, Direktupphandlingsgräns enligt LOU, från 1 februari 2022");
    expect(planned.at(-1)).toMatchObject({ year: 2027, figures: { threshold: new Decimal(700000) } });
    // The agreements' own values are still the user's values: the year chose the threshold.
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");

    await user.clear(screen.getByLabelText("Budgetår (valfritt)"));
    await user.type(screen.getByLabelText("Budgetår (valfritt)"), "2021");
    expect(spaced((threshold as HTMLInputElement).value)).toBe("615 312");
    expect(describedBy(threshold)).toContain("Gäller 2021: 615 312 kr – Konkurrensverket, Tröskelvärden och direktupphandlingsgräns enligt LOU, 1 januari 2020–31 december 2021");
    expect(planned.at(-1)).toMatchObject({ year: 2021, figures: { threshold: new Decimal(615312) } });
  });

  it("leaves a threshold typed as it is", async () => {
    const { user, planned } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const threshold = screen.getByLabelText("Gränsbelopp LOU (kr)");
    await user.clear(threshold);
    await user.type(threshold, "650 000");
    await user.type(screen.getByLabelText("Budgetår (valfritt)"), "2027");
    expect(spaced((threshold as HTMLInputElement).value)).toBe("650 000");
    expect(planned.at(-1)).toMatchObject({ year: 2027, figures: { threshold: new Decimal(650000) } });
  });

  it("refuses a year before the table and text that is no year, next to the field, and holds the fill", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Ändra" }));
    const field = screen.getByLabelText("Budgetår (valfritt)");
    await user.type(field, "2017");
    expect(screen.getByText("För 2017 finns inget gränsbelopp i tabellen (den börjar 2018-01-01).")).toBeTruthy();
    expect(fillButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByTestId("parameters-toggle").hasAttribute("disabled") || screen.getByTestId("parameters-toggle").getAttribute("aria-disabled") === "true").toBe(true);
    await user.clear(field);
    await user.type(field, "20x7");
    expect(screen.getByText("”20x7” är inget årtal; skriv fyra siffror, t.ex. 2027.")).toBeTruthy();
    await user.clear(field);
    expect(fillButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it("is English in English", async () => {
    const { user } = setup("en");
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await user.type(screen.getByLabelText("Budget year (optional)"), "2022");
    // 1 January 2022: the month of 626 284 kr before 700 000 kr.
    const threshold = screen.getByTestId("param-threshold");
    expect(spaced((threshold as HTMLInputElement).value)).toBe("626 284");
    expect(describedBy(threshold)).toBe("In force 2022: 626,284 kr – SKR, Direktupphandlingsgränsen, 1 January 2022–31 January 2022");
  });
});

describe("the reducer", () => {
  it("follows the year while the threshold is the default, and restores the year's default", () => {
    let state = paneReducer(initialState("sv"), { type: "setYear", text: "2026" });
    expect(state.params.threshold).toBe("700 000");
    state = paneReducer(state, { type: "setParam", key: "threshold", text: "1" });
    state = paneReducer(state, { type: "resetParams" });
    expect(state.params.threshold).toBe("700 000");
    state = paneReducer(state, { type: "setYear", text: "2019" });
    expect(state.params.threshold).toBe("586 907");
    state = paneReducer(state, { type: "setYear", text: "" });
    expect(state.params.threshold).toBe("615 312");
  });
});
