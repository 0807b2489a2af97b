/** @jest-environment jsdom */
import { hostOver, renderFillPane } from "./harness";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelDouble } from "../../src/excel-double";

/*
 * Today's county as an Excel table to paste figures into (issue 11): the pane adds it on a new sheet
 * for the population's date (required), never over a sheet, and then reads from that table.
 */

test("the template needs the date, goes on a new sheet with the layout of that date, and becomes the table read", async () => {
  const double = createExcelDouble({ sheets: [{ name: "Befolkningsmall" }] });
  renderFillPane(hostOver(double.run));
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
