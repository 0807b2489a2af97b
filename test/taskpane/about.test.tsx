/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NEWEST, OLDEST_ADMITTED, createExcelDouble, type HostProfile } from "../../src/excel-double";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/taskpane/host";
import "./harness";

/*
 * "Om tillägget" on the double's hosts: which Excel, each requirement set that matters and whether it
 * is there, and "Testa det här Excel" reporting each risky call as text to copy; the scratch sheet gone.
 */

function setup(host: HostProfile, locale: "sv" | "en" = "sv") {
  const double = createExcelDouble({ host, sheets: [{ name: "Blad1", cells: { A1: "mitt" } }] });
  const user = userEvent.setup();
  render(
    <App
      host={{
        run: double.run as ExcelRun,
        locale,
        displayLanguage: locale === "sv" ? "sv-SE" : "en-US",
        kind: "preview",
        diagnostics: { host: host.host, platform: host.platform, version: host.version },
      }}
    />,
  );
  return { double, user };
}

test.each([
  [OLDEST_ADMITTED.label, OLDEST_ADMITTED, "nej"],
  [NEWEST.label, NEWEST, "ja"],
] as const)("on %s: the host, the sets, and every probe as text to copy", async (_, host, merged) => {
  const { double, user } = setup(host);
  const before = double.snapshot();
  await user.click(await screen.findByRole("button", { name: "Om tillägget" }, { timeout: 5000 }));
  const text = await screen.findByTestId("about-text");
  expect(text.textContent).toContain(`Excel: Excel PC ${host.version} (preview)`);
  expect(text.textContent).toContain("Språk: sv-SE");
  expect(text.textContent).toContain("ExcelApi 1.9: ja (ifyllningen)");
  expect(text.textContent).toContain(`ExcelApi 1.13: ${merged} (Granska ser sammanfogade celler)`);
  await user.click(screen.getByRole("button", { name: "Testa det här Excel" }));
  await waitFor(() => expect(screen.getByTestId("about-text").textContent).toContain("Det tillfälliga bladet borttaget: fungerar"));
  const report = screen.getByTestId("about-text").textContent ?? "";
  expect(report).toContain("Diagram med egna serier: fungerar (2 series)");
  expect(report).toContain("Utskriftsformat (A4, en sida bred): fungerar");
  expect(report).toContain('Talformat i tabellens totalrad: avviker (numberFormat "General")');
  expect(report).toContain(host === OLDEST_ADMITTED ? "Sammanfogade celler: stöds inte (ExcelApi 1.13)" : "Sammanfogade celler: fungerar");
  expect(double.snapshot()).toEqual(before);
});

test("in English", async () => {
  const { user } = setup(NEWEST, "en");
  await user.click(await screen.findByRole("button", { name: "About the add-in" }, { timeout: 5000 }));
  expect((await screen.findByTestId("about-text")).textContent).toContain("ExcelApi 1.11: yes (waits while you type in a cell)");
});
