import { API_SET_OF_MEMBER, EXCEL_2019, NEWEST, OLDEST_ADMITTED, createExcelDouble } from "../../src/excel-double";
import type { HostProfile } from "../../src/excel-double";
import { excelApiSets } from "../helpers/officeApiSets";

/*
 * Where Excel is stricter than a naive double, the double is too (issue 16). Each rule cites its
 * source in the double's code; here each is shown to refuse what Excel refuses.
 */

async function failure(promise: Promise<unknown>): Promise<{ code?: string; debugInfo?: { errorLocation?: string }; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error("expected the batch to fail");
}

describe("host profiles and requirement sets", () => {
  test("the double's member → set table is @types/office-js's", () => {
    const tags = excelApiSets();
    for (const [member, set] of Object.entries(API_SET_OF_MEMBER)) expect([member, tags.get(member)]).toEqual([member, set]);
    expect(tags.get("Range.getMergedAreasOrNullObject")).toBe("1.13");
  });

  test("a member above the host's ExcelApi fails the sync with ApiNotFound; the calls before it stay", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }], host: OLDEST_ADMITTED });
    const error = await failure(
      xl.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
        range.values = [[1, 2]];
        range.getMergedAreasOrNullObject().load("areas/items/address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.debugInfo?.errorLocation).toBe("Range.getMergedAreasOrNullObject");
    expect(xl.values("Blad1", "A1:B1")).toEqual([[1, 2]]);
  });

  test("the same call works on the newest host, and isSetSupported answers from the profile", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }], host: NEWEST });
    await xl.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:C1");
      range.merge(false);
      const areas = range.getMergedAreasOrNullObject();
      areas.load("areas/items/address");
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.areas.items.map((a) => a.address)).toEqual(["Blad1!A1:C1"]);
    });
    expect(xl.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(xl.run.isSetSupported?.("ExcelApi", "1.20")).toBe(true);
    xl.setHost(OLDEST_ADMITTED);
    expect(xl.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(xl.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(xl.isSetSupported("SharedRuntime", "1.1")).toBe(true);
  });

  test.each<[HostProfile, string]>([
    [EXCEL_2019, "PageLayout.zoom"],
    [OLDEST_ADMITTED, "none"],
  ])("page layout on %s", async (host, expected) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }], host });
    const result = xl.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").pageLayout.zoom = { scale: 90 };
      await context.sync();
    });
    if (expected === "none") await expect(result).resolves.toBeUndefined();
    else expect((await failure(result)).debugInfo?.errorLocation).toBe(expected);
  });
});

describe("formulas Excel refuses in Range.formulas", () => {
  const write = (formula: string) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    return xl.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").formulas = [[formula]];
      await context.sync();
    });
  };

  test.each(["=SUM(A2:A5", "=SUM(A2:A5))", "=SUMMA(A2:A5)", "=IF(A2>0;1;0)", "=ROUND(A2,0", '="open'])("%s fails with InvalidArgument", async (formula) => {
    expect((await failure(write(formula))).code).toBe("InvalidArgument");
  });

  test.each([
    "=SUM(A2:A5)",
    '=IF(A2="a;b(",1,0)',
    "=SUM({1,2;3,4})",
    "=SUBTOTAL(109,KommunerTabell[Summa (kr)])",
    "='Kommuner (2)'!B4*_xlfn.XLOOKUP(1,A1:A2,B1:B2)",
    "=Gransbelopp/Avtalsar",
  ])("%s is taken", async (formula) => {
    await expect(write(formula)).resolves.toBeUndefined();
  });
});

describe("cell edit mode", () => {
  test("a batch fails while the user edits a cell, and waits for the edit with delayForCellEdit", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1" }] });
    xl.beginCellEdit();
    const write = (value: number) => async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[value]];
      await context.sync();
    };
    expect((await failure(xl.run(write(1)))).code).toBe("InvalidOperationInCellEditMode");
    let done = false;
    const delayed = xl.run(write(2), { delayForCellEdit: true }).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    xl.endCellEdit({ sheet: "Blad1", address: "B1", value: 7 });
    await delayed;
    expect(xl.values("Blad1", "A1:B1")).toEqual([[2, 7]]);
  });
});

describe("charts are laid out from the values the cells show", () => {
  const seed = (calculated: "" | 5) => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: "Farsta", A2: "Huddinge", B1: "=C1", B2: "=C2", C1: 10, C2: 20, D1: 1, D2: 2 } }] });
    xl.setCalculator((_, address) => (address.startsWith("B") ? calculated : undefined));
    return xl;
  };
  const chartOf = async (xl: ReturnType<typeof createExcelDouble>, address: string) => {
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      ws.charts.add("BarClustered", ws.getRange(address), "Columns");
      await context.sync();
    });
    return xl.snapshot().sheets[0].charts[0];
  };

  test("a first column of text (formulas giving \"\") becomes the categories: one series, and getItemAt(1) fails", async () => {
    const xl = seed("");
    const chart = await chartOf(xl, "B1:C2");
    expect(chart.series).toEqual([{ name: "Series1", values: "C1:C2" }]);
    expect(chart.categories).toBe("B1:B2");
    const error = await failure(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").charts.getItemAt(0).series.getItemAt(1).name = "Avtal";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("the same columns holding numbers make two series", async () => {
    const chart = await chartOf(seed(5), "B1:C2");
    expect(chart.series.map((s) => s.values)).toEqual(["B1:B2", "C1:C2"]);
    expect(chart.categories).toBeNull();
  });

  test("explicit series: series.add at an index, setValues, setXAxisValues, chartType, delete", async () => {
    const xl = seed("");
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      const chart = ws.charts.add("BarClustered", ws.getRange("D1:D2"), "Columns");
      const first = chart.series.getItemAt(0);
      first.setValues(ws.getRange("D1:D2"));
      first.setXAxisValues(ws.getRange("A1:A2"));
      const added = chart.series.add("Totalt", 0);
      added.setValues(ws.getRange("B1:B2"));
      added.setXAxisValues(ws.getRange("A1:A2"));
      added.chartType = "BarClustered";
      chart.series.add("Bort").delete();
      await context.sync();
    });
    expect(xl.snapshot().sheets[0].charts[0].series).toEqual([
      { name: "Totalt", values: "B1:B2", xValues: "A1:A2", chartType: "BarClustered" },
      { name: "Series1", values: "D1:D2", xValues: "A1:A2" },
    ]);
  });
});

describe("a table's totals row (office-js #1970)", () => {
  test("takes its column's number format when shown, and a format written into it later is not applied", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells: { A1: "Kommun", B1: "Summa", A2: "Farsta", B2: 5 } }] });
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      ws.getRange("B2").numberFormat = [['#,##0 "kr"']];
      const table = ws.tables.add("A1:B2", true);
      table.showTotals = true;
      ws.getRange("A3:B3").numberFormat = [["General", "0.00%"]];
      await context.sync();
    });
    expect(xl.numberFormats("Blad1", "A3:B3")).toEqual([["General", '#,##0 "kr"']]);
  });
});

describe("page layout on a host that ignores fit to pages (office-js #1860)", () => {
  const print = async (host: HostProfile, zooms: Excel.PageLayoutZoomOptions[]) => {
    const cells = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`${String.fromCharCode(65 + i)}1`, i]));
    const xl = createExcelDouble({ sheets: [{ name: "Blad1", cells }], host });
    await xl.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Blad1").pageLayout;
      layout.paperSize = "A4";
      for (const zoom of zooms) layout.zoom = zoom;
      await context.sync();
    });
    return xl.pagesWide("Blad1");
  };
  const ignoring: HostProfile = { ...NEWEST, key: "ignores-fit", ignoresFitToPages: true };

  test("14 standard columns print two pages wide at 100 %, one when fitted", async () => {
    expect(await print(NEWEST, [])).toBe(2);
    expect(await print(NEWEST, [{ horizontalFitToPages: 1, verticalFitToPages: 0 }])).toBe(1);
  });

  test("the ignoring host keeps the scale: fit alone prints two pages wide, a scale set first still one", async () => {
    expect(await print(ignoring, [{ horizontalFitToPages: 1, verticalFitToPages: 0 }])).toBe(2);
    expect(await print(ignoring, [{ scale: 70 }, { horizontalFitToPages: 1, verticalFitToPages: 0 }])).toBe(1);
  });
});
