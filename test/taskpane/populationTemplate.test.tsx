/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDouble } from "../../src/excel-double";
import { FillPanel } from "../../src/taskpane/components/FillPanel";
import type { ExcelRun, PaneHost } from "../../src/taskpane/host";
import { LocaleProvider } from "../../src/taskpane/i18n/context";
import { usePane } from "../../src/taskpane/state/controller";
import { planServices, type PaneServices } from "../../src/taskpane/state/services";

/*
 * Today's county as an Excel table to paste figures into (issue 11): the pane adds it on a new sheet
 * for the population's date (required), never over a sheet, and then reads from that table.
 */

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

const refuseWrites: Pick<PaneServices, "findExisting" | "write" | "describeError"> = {
  findExisting: () => Promise.reject(new Error("these tests do not fill")),
  write: () => Promise.reject(new Error("these tests do not fill")),
  describeError: (error) => String(error),
};

function Pane({ host }: { host: PaneHost }) {
  const pane = usePane(host, { ...planServices, ...refuseWrites });
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider value={host.locale}>
        <FillPanel pane={pane} />
      </LocaleProvider>
    </FluentProvider>
  );
}

test("the template needs the date, goes on a new sheet with the layout of that date, and becomes the table read", async () => {
  const double = createExcelDouble({ sheets: [{ name: "Befolkningsmall" }] });
  const host: PaneHost = { run: double.run as ExcelRun, locale: "sv", displayLanguage: "sv-SE", kind: "preview" };
  render(<Pane host={host} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole("radio", { name: "Markerat område i arbetsboken" }));
  const button = screen.getByTestId("insert-template");
  expect(button).toHaveProperty("disabled", true);
  expect(screen.getByTestId("template-status").textContent).toContain("Ange befolkningens datum först");

  await user.type(screen.getByLabelText(/Befolkning per datum/), "2025-12-31");
  expect(button).toHaveProperty("disabled", false);
  await user.click(button);
  await waitFor(() => expect(screen.getByTestId("template-status").textContent).toContain("Mallen finns på bladet ”Befolkningsmall (2)”"));
  // The sheet of the same name is left as it was; the template goes beside it.
  expect(double.sheetNames()).toEqual(["Befolkningsmall", "Befolkningsmall (2)"]);
  const values = double.values("Befolkningsmall (2)", "A1:E43");
  expect(values[0]).toEqual(["namn", "typ", "kod", "invånare", "datum"]);
  expect(values.filter((row) => row[1] === "stadsdel")).toHaveLength(11);
  // The pane reads from the new table now; the date typed stays.
  expect(screen.getByRole("radio", { name: "En tabell i arbetsboken" })).toHaveProperty("checked", true);
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabell" })).toHaveProperty("value", expect.stringMatching(/^Befolkningsmall/)));
  expect(screen.getByLabelText(/Befolkning per datum/)).toHaveProperty("value", "2025-12-31");
});
