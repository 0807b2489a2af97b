import { createExcelDouble, DoubleOfficeError } from "../../src/excel-double";

/* The double is the yardstick for the writer: these tests pin the Office.js rules it enforces. */

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<DoubleOfficeError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(DoubleOfficeError);
    expect((e as DoubleOfficeError).code).toBe(code);
    expect((e as DoubleOfficeError).name).toBe("OfficeExtension.Error");
    return e as DoubleOfficeError;
  }
  throw new Error(`expected a ${code} error`);
}

describe("load and sync rules", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      try {
        void range.address;
      } catch (e) {
        expect((e as DoubleOfficeError).code).toBe("PropertyNotLoaded");
      }
    });
  });

  test("a loaded property is readable only after sync", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1", cells: { B2: 42, C2: "=B2*2" } }] });
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
      range.load(["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"]);
      expect(() => range.values).toThrow();
      await ctx.sync();
      expect(range.address).toBe("Sheet1!B2:C2");
      // no calculation is modelled: a formula cell's value is 0 unless seeded
      expect(range.values).toEqual([[42, 0]]);
      expect(range.formulas).toEqual([[42, "=B2*2"]]);
      expect(range.numberFormat).toEqual([["General", "General"]]);
      expect([range.rowCount, range.columnCount]).toEqual([1, 2]);
    });
  });

  test("queued writes take effect only at sync, in order", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      expect(xl.cell("Sheet1", "A1")).toBeUndefined();
      range.values = [[3, null]];
      await ctx.sync();
    });
    // null leaves a cell unchanged, as in Office.js
    expect(xl.values("Sheet1", "A1:B1")).toEqual([[3, 2]]);
    expect(xl.syncCount).toBe(1);
  });

  test("run() syncs what is still queued when the batch ends", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    });
    expect(xl.cell("Sheet1", "A1")?.value).toBe("x");
    expect(xl.syncCount).toBe(1);
  });

  test("getItemOrNullObject: isNullObject after sync; getItem of a missing sheet fails the sync", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Kommuner");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Kommuner").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
      "ItemNotFound",
    );
  });

  test("a 2-D array must match the range's dimensions", async () => {
    const xl = createExcelDouble();
    for (const input of [[[1, 2, 3]], [[1], [2]], [[1, 2], [3]]]) {
      await rejectsWith(
        xl.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = input;
          await ctx.sync();
        }),
        "InvalidArgument",
      );
    }
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").numberFormat = [["0"], ["0"], ["0"]];
        await ctx.sync();
      }),
      "InvalidArgument",
    );
    expect(xl.sheet("Sheet1")?.usedRange).toBeNull();
  });

  test("a batch is not a transaction: operations before the failing one stay", async () => {
    const xl = createExcelDouble();
    await rejectsWith(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [[1]];
        ws.getRange("A2:B2").values = [[1]];
        ws.getRange("A3").values = [[3]];
        await ctx.sync();
      }),
      "InvalidArgument",
    );
    expect(xl.values("Sheet1", "A1:A3")).toEqual([[1], [""], [""]]);
  });
});

describe("worksheets", () => {
  test("sheet names: at most 31 characters, no []:*?/\\, unique ignoring case", async () => {
    const xl = createExcelDouble();
    for (const bad of ["x".repeat(32), "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'quoted'", ""]) {
      await rejectsWith(
        xl.run(async (ctx) => {
          ctx.workbook.worksheets.add(bad);
          await ctx.sync();
        }),
        "InvalidArgument",
      );
    }
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.add("SHEET1");
        await ctx.sync();
      }),
      "ItemAlreadyExists",
    );
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.add("x".repeat(31));
      ctx.workbook.worksheets.add("Kommuner (2)");
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(["Sheet1", "x".repeat(31), "Kommuner (2)"]);
  });

  test("renaming a sheet updates formulas and names; deleting it breaks them to #REF!", async () => {
    const xl = createExcelDouble({
      sheets: [{ name: "Sheet1", cells: { A1: "=Data!B2*2", A2: '="Data!B2"&Data!B3' } }, { name: "Data" }],
      names: [{ name: "Rate", formula: "=Data!$B$4" }],
    });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").name = "Kommuner (2)";
      await ctx.sync();
    });
    expect(xl.cell("Sheet1", "A1")?.formula).toBe("='Kommuner (2)'!B2*2");
    // text inside a string literal is not a reference
    expect(xl.cell("Sheet1", "A2")?.formula).toBe(`="Data!B2"&'Kommuner (2)'!B3`);
    expect(xl.name("Rate")?.formula).toBe("='Kommuner (2)'!$B$4");
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kommuner (2)").delete();
      await ctx.sync();
    });
    expect(xl.cell("Sheet1", "A1")?.formula).toBe("=#REF!B2*2");
    expect(xl.name("Rate")?.formula).toBe("=#REF!$B$4");
  });

  test("the last visible sheet cannot be deleted", async () => {
    const xl = createExcelDouble();
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").delete();
        await ctx.sync();
      }),
      "InvalidOperation",
    );
  });

  test("position, activate, getActiveWorksheet, selection", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    xl.setSelection("B", "C3:D4");
    await xl.run(async (ctx) => {
      const active = ctx.workbook.worksheets.getActiveWorksheet();
      const selected = ctx.workbook.getSelectedRange();
      active.load("name,position");
      selected.load("address");
      await ctx.sync();
      expect([active.name, active.position]).toEqual(["B", 1]);
      expect(selected.address).toBe("B!C3:D4");
      ctx.workbook.worksheets.getItem("C").position = 0;
      ctx.workbook.worksheets.getItem("A").activate();
      ctx.workbook.worksheets.getItem("C").getRange("B2").select();
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(["C", "A", "B"]);
    expect(xl.selection()).toEqual({ sheet: "C", address: "B2" });
  });

  test("collections load items", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "A" }, { name: "B" }], names: [{ name: "Rate", formula: "=A!$B$1" }] });
    await xl.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const names = ctx.workbook.names;
      sheets.load("items/name");
      names.load("items/name,items/formula");
      expect(() => sheets.items).toThrow();
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([["Rate", "=A!$B$1"]]);
      expect(() => sheets.items[0].position).toThrow(/not available/);
    });
  });
});

describe("ranges", () => {
  test("getCell, getResizedRange, getOffsetRange, getUsedRange", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "S", cells: { B2: 1, D5: "x" } }] });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const base = ws.getRange("B2:C3");
      const parts = [base.getCell(1, 1), base.getResizedRange(2, -1), base.getOffsetRange(1, 2), ws.getUsedRange(), base.getUsedRange()];
      parts.forEach((p) => p.load("address"));
      await ctx.sync();
      expect(parts.map((p) => p.address)).toEqual(["S!C3", "S!B2:B5", "S!D3:E4", "S!B2:D5", "S!B2:C3"]);
    });
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").getOffsetRange(-1, 0).load("address");
        await ctx.sync();
      }),
      "InvalidArgument",
    );
  });

  test("values starting with = become formulas; numeric text becomes a number", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").values = [["=1+1", "93106", "'0123", "text"]];
      await ctx.sync();
    });
    expect(xl.formulas("Sheet1", "A1:D1")).toEqual([["=1+1", 93106, "0123", "text"]]);
  });

  test("format.fill.color get/set/clear, font, column width", async () => {
    const xl = createExcelDouble();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const r = ws.getRange("A1:B2");
      r.format.fill.color = "yellow";
      r.format.font.bold = true;
      ws.getRange("B2").format.fill.clear();
      ws.getRange("A:B").format.columnWidth = 80;
      const a1 = ws.getRange("A1");
      a1.load("format/fill/color,format/font/bold");
      r.format.fill.load("color");
      r.format.load("columnWidth");
      await ctx.sync();
      expect(a1.format.fill.color).toBe("#FFFF00");
      expect(a1.format.font.bold).toBe(true);
      expect(r.format.fill.color).toBeNull(); // mixed
      expect(r.format.columnWidth).toBe(80);
    });
    expect(xl.cell("Sheet1", "B2")?.fill).toBeUndefined();
    expect(xl.sheet("Sheet1")?.columnWidths).toEqual({ A: 80, B: 80 });
  });
});

describe("tables and names", () => {
  test("tables.add on values, showTotals uses the row below, header/body/total ranges", async () => {
    const xl = createExcelDouble({
      sheets: [{ name: "S", cells: { A1: "Kommun", B1: "Invånare", A2: "Botkyrka", B2: 93106, A3: "Danderyd", B3: 32926 } }],
    });
    await xl.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("S").tables.add("A1:B3", true);
      t.name = "Kommuner";
      t.showTotals = true;
      const parts = [t.getRange(), t.getHeaderRowRange(), t.getDataBodyRange(), t.getTotalRowRange()];
      parts.forEach((p) => p.load("address"));
      await ctx.sync();
      expect(parts.map((p) => p.address)).toEqual(["S!A1:B4", "S!A1:B1", "S!A2:B3", "S!A4:B4"]);
    });
    expect(xl.table("Kommuner")).toMatchObject({ sheet: "S", range: "A1:B4", showTotals: true });
    // Excel's own totals row: a label and a SUBTOTAL the caller overwrites
    expect(xl.formulas("S", "A4:B4")).toEqual([["Total", "=SUBTOTAL(109,[Invånare])"]]);
  });

  test("showTotals pushes cells below down when the row below is not empty", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "S", cells: { A1: "h", A2: 1, A3: "note", C3: "beside" } }] });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").tables.add("A1:A2", true).showTotals = true;
      await ctx.sync();
    });
    expect(xl.values("S", "A3:A4")).toEqual([["Total"], ["note"]]);
    expect(xl.cell("S", "C3")?.value).toBe("beside");
  });

  test("table and defined names share one namespace and follow Excel's rules", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "S", cells: { A1: "h", A2: 1 } }], names: [{ name: "Rate", formula: "=S!$A$2" }] });
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").tables.add("A1:A2", true).name = "RATE";
        await ctx.sync();
      }),
      "ItemAlreadyExists",
    );
    for (const bad of ["A1", "R1C1", "1abc", "has space"]) {
      await rejectsWith(
        xl.run(async (ctx) => {
          ctx.workbook.names.add(bad, "=S!$A$1");
          await ctx.sync();
        }),
        "InvalidArgument",
      );
    }
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ctx.workbook.names.add("Threshold", ws.getRange("A2"), "LOU");
      const n = ctx.workbook.names.getItemOrNullObject("threshold");
      const none = ctx.workbook.names.getItemOrNullObject("Nope");
      n.load("formula,type,value");
      await ctx.sync();
      expect(n.formula).toBe("=S!$A$2");
      expect(n.type).toBe("Range");
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("failure injection and call log", () => {
  test("failOn({method, nth}) fails the next sync at that call; earlier calls stay applied", async () => {
    const xl = createExcelDouble();
    xl.failOn({ method: "WorksheetCollection.add", nth: 2, code: "GeneralException" });
    const err = await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.add("One");
        ctx.workbook.worksheets.add("Two");
        ctx.workbook.worksheets.add("Three");
        await ctx.sync();
      }),
      "GeneralException",
    );
    expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.add");
    expect(xl.sheetNames()).toEqual(["Sheet1", "One"]);
    expect(xl.calls.filter((c) => c.method === "WorksheetCollection.add")).toHaveLength(3);
  });

  test("failOn a sync fails it with nothing applied", async () => {
    const xl = createExcelDouble();
    xl.failOn({ method: "RequestContext.sync" });
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.add("One");
        await ctx.sync();
      }),
      "GeneralException",
    );
    expect(xl.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a predicate rule", async () => {
    const xl = createExcelDouble();
    xl.failOn((c) => c.method === "Range.values" && JSON.stringify(c.args).includes("boom"));
    await rejectsWith(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [["fine"]];
        ws.getRange("A2").values = [["boom"]];
        await ctx.sync();
      }),
      "GeneralException",
    );
    expect(xl.values("Sheet1", "A1:A2")).toEqual([["fine"], [""]]);
  });
});

describe("null and blank input (Excel's documented rules)", () => {
  test("null is refused for a whole property; '' resets a number format; '' clears a fill", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "S", cells: { A1: { value: 1, numberFormat: "0.0", fill: "#FFFF00" } } }] });
    await rejectsWith(
      xl.run(async (ctx) => {
        (ctx.workbook.worksheets.getItem("S").getRange("A1") as unknown as { values: unknown }).values = null;
        await ctx.sync();
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      xl.run(async (ctx) => {
        (ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill as unknown as { color: unknown }).color = null;
        await ctx.sync();
      }),
      "InvalidArgument",
    );
    await xl.run(async (ctx) => {
      const a1 = ctx.workbook.worksheets.getItem("S").getRange("A1");
      a1.numberFormat = [[""]];
      a1.format.fill.color = "";
      const fill = a1.format.fill;
      fill.load("color,pattern");
      await ctx.sync();
      expect([fill.color, fill.pattern]).toEqual(["#FFFFFF", "None"]);
    });
    expect(xl.cell("S", "A1")).toEqual({ address: "A1", value: 1 });
  });
});

describe("formula binding", () => {
  test("a reference is bound when entered: the sheet's own spelling, or #REF! for a sheet that does not exist yet", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "Sheet1" }, { name: "Kommuner (2)" }] });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").formulas = [["='kommuner (2)'!B4", "=Later!B4+1"]];
      ctx.workbook.worksheets.add("Later");
      ws.getRange("C1").formulas = [["=Later!B4+1"]];
      await ctx.sync();
    });
    expect(xl.formulas("Sheet1", "A1:C1")).toEqual([["='Kommuner (2)'!B4", "=#REF!B4+1", "=Later!B4+1"]]);
  });

  test("a table header cell refuses a formula, and the whole assignment is refused", async () => {
    const xl = createExcelDouble({ sheets: [{ name: "S", cells: { A1: "h1", B1: "h2", A2: 1, B2: 2 } }] });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
      await ctx.sync();
    });
    await rejectsWith(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A2").formulas = [["=1+1"], [5]];
        await ctx.sync();
      }),
      "InvalidOperation",
    );
    expect(xl.values("S", "A1:A2")).toEqual([["h1"], [1]]);
  });
});

test("seeded formulas are bound like entered ones, once every seeded sheet exists", () => {
  const xl = createExcelDouble({
    sheets: [{ name: "A", cells: { A1: "=b!A1", A2: "=Nowhere!A1" } }, { name: "B" }],
    names: [{ name: "Rate", formula: "=b!$A$1" }],
  });
  expect(xl.formulas("A", "A1:A2")).toEqual([["=B!A1"], ["=#REF!A1"]]);
  expect(xl.name("Rate")?.formula).toBe("=B!$A$1");
});
