/** @jest-environment jsdom */
import { hostOver, renderFillPane } from "./harness";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";
import type { Locale } from "../../src/i18n/locale";
import { paragraphUnits } from "../../src/taskpane/state/paragraph";
import { planServices, type PaneServices } from "../../src/taskpane/state/services";
import { COUNTY_2018 } from "../../src/data";
import { annualCostParagraph, defaultPlanOptions } from "../../src/workbook";
import type { PlanOptions } from "../../src/workbook/plan";

/*
 * The paragraph for the committee paper under the summary (issue 12): the workbook's own text for the
 * unit picked, copied to the clipboard, or selected for Ctrl+C where the page may not copy; and the
 * unit picked goes into the fill.
 */

const built: PlanOptions[] = [];
const services: PaneServices = {
  ...planServices,
  buildPlan: (options) => {
    built.push(options);
    return planServices.buildPlan(options);
  },
  findExisting: () => Promise.resolve([]),
  write: () => Promise.resolve({ created: [], cancelled: false }),
  describeError: (error) => String(error),
};

function setup(locale: Locale = "sv") {
  const double = createExcelDouble();
  const host = hostOver(double.run, locale);
  const user = userEvent.setup();
  renderFillPane(host, services);
  return { user };
}

const paragraph = () => screen.getByTestId("paragraph").textContent;
const expected = (locale: Locale, paragraphUnit: string) => annualCostParagraph({ ...defaultPlanOptions(locale), paragraphUnit });

afterEach(() => {
  built.length = 0;
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("the paragraph for the paper", () => {
  it("is the workbook's own text, about Farsta for the embedded population, and follows the unit picked", async () => {
    const { user } = setup();
    expect(paragraph()).toBe(expected("sv", "Farsta"));
    expect(paragraph()).toMatch(/Enligt överenskommelsen 2020 betalar Farsta 35\s028\skr per år/);
    const unit = screen.getByLabelText("Enhet") as HTMLSelectElement;
    expect(unit.value).toBe("Farsta");
    await user.selectOptions(unit, "Botkyrka");
    expect(paragraph()).toBe(expected("sv", "Botkyrka"));
    expect(paragraph()).toMatch(/Enligt överenskommelsen 2020 betalar Botkyrka 54\s931\skr per år/);
  });

  it("offers every procuring unit: the municipalities but Stockholm, then Stockholm's districts", () => {
    setup();
    const groups = [...screen.getByLabelText("Enhet").querySelectorAll("optgroup")];
    expect(groups.map((group) => group.label)).toEqual(["Kommuner", "Stadsdelar"]);
    const units = paragraphUnits(COUNTY_2018);
    expect([...groups[0].querySelectorAll("option")].map((option) => option.textContent)).toEqual(units.municipalities);
    expect(units.municipalities).not.toContain("Stockholm");
    expect([...groups[1].querySelectorAll("option")].map((option) => option.textContent)).toEqual(units.districts);
    expect(units.districts).toContain("Farsta");
  });

  it("copies to the clipboard and says so", async () => {
    const { user } = setup();
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kopiera stycket" }));
    await waitFor(() => expect(screen.getByTestId("paragraph-copied").textContent).toBe("Stycket är kopierat."));
    expect(writeText).toHaveBeenCalledWith(expected("sv", "Farsta"));
  });

  it("selects the text for Ctrl+C where the page may not use the clipboard", async () => {
    const { user } = setup();
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("NotAllowedError")) }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kopiera stycket" }));
    await waitFor(() => expect(screen.getByTestId("paragraph-copied").textContent).toBe("Stycket är markerat: tryck Ctrl+C (⌘C på Mac) för att kopiera det."));
    expect(window.getSelection()?.toString()).toBe(expected("sv", "Farsta"));
  });

  it("is English in English", async () => {
    const { user } = setup("en");
    expect(paragraph()).toBe(expected("en", "Farsta"));
    await user.selectOptions(screen.getByLabelText("Unit"), "Södermalm");
    expect(paragraph()).toBe(expected("en", "Södermalm"));
    expect(screen.getByRole("button", { name: "Copy the paragraph" })).toBeTruthy();
  });

  it("names the unit picked in the workbook it fills", async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText("Enhet"), "Botkyrka");
    await user.click(screen.getByRole("button", { name: "Fyll i" }));
    await waitFor(() => expect(built).toHaveLength(1));
    expect(built[0].paragraphUnit).toBe("Botkyrka");
  });
});
