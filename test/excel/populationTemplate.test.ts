import { createExcelDouble } from "../../src/excel-double";
import { countyTemplate } from "../../src/data";
import { insertPopulationTemplate, freeName } from "../../src/excel";
import type { ExcelRun } from "../../src/excel";
import { parsePopulationRows } from "../../src/input/populationRows";

/*
 * Today's county as an Excel table to paste figures into: a new sheet, never over one, the table of
 * the template (namn, typ, kod, invånare empty, datum); all or nothing.
 */

describe("insertPopulationTemplate", () => {
  it("adds the sheet Befolkningsmall with the template of the date as a table, read back by the population rules once filled", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    const template = countyTemplate("2024-12-31");
    const inserted = await insertPopulationTemplate(xl.run as ExcelRun, template, "sv");
    expect(inserted).toEqual({ sheet: "Befolkningsmall", table: "Befolkningsmall", address: "'Befolkningsmall'!A1:E39" });
    expect(template.rows).toHaveLength(38); // 25 + Stockholm + 11 districts + the rest post (layout of 1 July 2023)
    expect(xl.sheetNames()).toEqual(["Blad1", "Befolkningsmall"]);
    expect(xl.tableNames()).toEqual(["Befolkningsmall"]);
    const values = xl.values("Befolkningsmall", "A1:E39");
    expect(values[0]).toEqual(["namn", "typ", "kod", "invånare", "datum"]);
    expect(values[1]).toEqual(["Botkyrka", "kommun", "0127", "", "2024-12-31"]);
    expect(values.find((row) => row[0] === "Järva")).toEqual(["Järva", "stadsdel", "", "", "2024-12-31"]);
    expect(values[38]).toEqual(["Sthlm kn rest", "rest", "", "", "2024-12-31"]);
    expect(xl.activeSheet()).toBe("Befolkningsmall");
    // The user pastes figures: the table reads as a population.
    const filled = values.map((row, r) => (r === 0 ? row : [row[0], row[1], row[2], 1000 + r, row[4]]));
    const city = filled.findIndex((row) => row[0] === "Stockholm");
    filled[city][3] = filled.slice(city + 1).reduce((sum, row) => sum + Number(row[3]), 0);
    const parsed = parsePopulationRows(filled as never, { locale: "sv" });
    expect(parsed.ok ? "ok" : parsed.issues.map((issue) => issue.message)).toBe("ok");
  });

  it("never takes a name in use: the sheet gets (2), the table a number", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Befolkningsmall" }], tables: [] });
    const first = await insertPopulationTemplate(xl.run as ExcelRun, countyTemplate("2019-12-31"), "en");
    expect(first.sheet).toBe("Befolkningsmall (2)");
    const second = await insertPopulationTemplate(xl.run as ExcelRun, countyTemplate("2019-12-31"), "en");
    expect(second).toMatchObject({ sheet: "Befolkningsmall (3)", table: "Befolkningsmall2" });
    expect(xl.values("Befolkningsmall (2)", "A1:E1")[0]).toEqual(["name", "type", "code", "population", "date"]);
    // 14 districts in 2019.
    expect(xl.values("Befolkningsmall (2)", "B1:B42").flat().filter((kind) => kind === "stadsdel")).toHaveLength(14);
    expect(freeName("Befolkningsmall", ["befolkningsmall", "BEFOLKNINGSMALL (2)"])).toBe("Befolkningsmall (3)");
  });

  it("leaves nothing when the write fails", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    const before = xl.snapshot();
    xl.failOn({ method: "TableCollection.add", nth: 1 });
    await expect(insertPopulationTemplate(xl.run as ExcelRun, countyTemplate("2024-12-31"), "sv")).rejects.toThrow(/nothing was added/);
    expect(xl.sheetNames()).toEqual(["Blad1"]);
    expect(xl.tableNames()).toEqual([]);
    expect(xl.snapshot()).toEqual(before);
  });
});
