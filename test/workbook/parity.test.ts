import ExcelJS from "exceljs";
import { createExcelDouble } from "../../src/excel-double";
import type { ExcelDouble } from "../../src/excel-double";
import { writePlanToExcel } from "../../src/excel";
import { columnWidthPoints } from "../../src/excel/queuePage";
import { writePlanToXlsx } from "../../src/files/xlsx";
import { excelDateSerial } from "../../src/i18n/dates";
import { buildWorkbookPlan, defaultPlanOptions } from "../../src/workbook";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { excelQuoting } from "../excel/helpers";
import { fixturePlan } from "../helpers/fixturePlan";

/*
 * The two writers make the same workbook from the same plan: the Office.js writer into the Excel
 * double, the .xlsx writer into a file read back with ExcelJS, each reduced to what a user sees in
 * Excel: the sheets in order, every cell's formula or value and number format, merged areas, column
 * widths, row heights, frozen rows, tables, defined names and the page setup.
 *
 * What differs by nature, and how it is compared:
 * - A formula's value: Excel calculates it (the double does not), the file carries the engine's value
 *   as its cached result; formulas are compared as text, the cached values by test/libreoffice.
 * - Quoting: Excel drops the quotes a sheet name does not need ('Kommuner'!B4 reads Kommuner!B4), a
 *   file keeps the formula as written; both are read as Excel shows them.
 * - Column widths: Office.js sets points, a file characters; the file's are turned into points by the
 *   writer's own conversion (columnWidthPoints), so this checks the same width was meant.
 * - The chart on Årskostnad: only Excel draws one (ExcelJS cannot write charts); the file has none.
 * - Excel's own names: a file stores print titles as the name _xlnm.Print_Titles; Excel keeps them in
 *   the page layout. Both are compared as the page's title rows.
 * Not compared here: fonts, fills and borders (each writer's tests check them against the one table
 * of looks, src/workbook/plan/styles.ts), and the replace question and carry-over, which only Excel has.
 */

interface SheetView {
  readonly name: string;
  readonly cells: Record<string, { readonly content: unknown; readonly format: string }>;
  readonly merges: string[];
  readonly widths: number[];
  readonly heights: Record<string, number>;
  readonly freezeRows: number;
  readonly page: { orientation: string; paper: string; wide: number; tall: number; titleRows: string | null; header: string; footer: string };
}

interface WorkbookView {
  readonly sheets: SheetView[];
  readonly active: string;
  readonly tables: { name: string; sheet: string; range: string }[];
  readonly names: Record<string, string>;
}

const general = (format: string | undefined) => (format === undefined || format === "" ? "General" : format);
const asFormula = (text: string) => excelQuoting(text.startsWith("=") ? text : `=${text}`);
const headerFooter = (part: { left: string; center: string; right: string }) => `&L${part.left}&C${part.center}&R${part.right}`;
const isEmpty = (content: unknown) => content === undefined || content === null || content === "";

async function throughOfficeJs(plan: WorkbookPlan): Promise<{ view: WorkbookView; xl: ExcelDouble }> {
  const xl = createExcelDouble();
  await writePlanToExcel(plan, { existing: "refuse", run: xl.run });
  const snapshot = xl.snapshot();
  // The workbook Excel opens with has a sheet of its own (Sheet1): the user's, not the writer's.
  const planned = new Set(plan.sheets.map((sheet) => sheet.name));
  const sheets = snapshot.sheets.filter((sheet) => planned.has(sheet.name)).map((sheet): SheetView => {
    const cells: SheetView["cells"] = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const content = cell.formula !== undefined ? asFormula(cell.formula) : cell.value;
      if (isEmpty(content) && cell.numberFormat === undefined) continue;
      cells[address] = { content: isEmpty(content) ? null : content, format: general(cell.numberFormat) };
    }
    const layout = sheet.pageLayout;
    return {
      name: sheet.name,
      cells,
      merges: [...sheet.merges].sort(),
      widths: Object.entries(sheet.columnWidths)
        .sort(([a], [b]) => a.length - b.length || a.localeCompare(b))
        .map(([, points]) => points),
      heights: sheet.rowHeights,
      freezeRows: sheet.freezeRows,
      page: {
        orientation: layout.orientation.toLowerCase(),
        paper: layout.paperSize,
        wide: layout.zoom.horizontalFitToPages ?? -1,
        tall: layout.zoom.verticalFitToPages ?? -1,
        titleRows: layout.printTitleRows?.replace(/\$/g, "") ?? null,
        header: headerFooter(layout.header),
        footer: headerFooter(layout.footer),
      },
    };
  });
  const tables = xl.tableNames().map((name) => {
    const table = xl.table(name)!;
    return { name, sheet: table.sheet, range: table.range };
  });
  const names = Object.fromEntries(xl.nameList().map((name) => [name.name, asFormula(name.formula)]));
  return { view: { sheets, active: xl.activeSheet(), tables, names }, xl };
}

async function throughXlsx(plan: WorkbookPlan): Promise<WorkbookView> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writePlanToXlsx(plan)) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((worksheet): SheetView => {
    const cells: SheetView["cells"] = {};
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // ExcelJS reads every cell of a merged area as its first cell's value; Excel has it in the first only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const format = cell.numFmt;
        // ExcelJS reads a number in a date format as a Date; Excel holds the day's serial number.
        const content = cell.formula ? asFormula(cell.formula) : cell.value instanceof Date ? excelDateSerial(cell.value.toISOString().slice(0, 10)) : (cell.value as unknown);
        if (isEmpty(content) && format === undefined) return;
        cells[cell.address] = { content: isEmpty(content) ? null : content, format: general(format) };
      }),
    );
    const heights: Record<string, number> = {};
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.height !== undefined) heights[String(number)] = row.height;
    });
    const widths: number[] = [];
    for (let column = 1; column <= worksheet.columnCount; column++) {
      const width = worksheet.getColumn(column).width;
      if (width !== undefined) widths.push(columnWidthPoints(width));
    }
    const setup = worksheet.pageSetup;
    const merges = ((worksheet.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
    const frozen = (worksheet.views ?? []).find((view) => view.state === "frozen") as { ySplit?: number } | undefined;
    return {
      name: worksheet.name,
      cells,
      merges,
      widths,
      heights,
      freezeRows: frozen?.ySplit ?? 0,
      page: {
        orientation: String(setup.orientation),
        paper: setup.paperSize === 9 ? "A4" : String(setup.paperSize),
        wide: setup.fitToWidth ?? -1,
        tall: setup.fitToHeight ?? -1,
        titleRows: setup.printTitlesRow?.replace(/\$/g, "") ?? null,
        header: worksheet.headerFooter.oddHeader ?? "",
        footer: worksheet.headerFooter.oddFooter ?? "",
      },
    };
  });
  const tables = workbook.worksheets.flatMap((worksheet) =>
    (worksheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]).map((entry) => ({
      name: entry.table.name,
      sheet: worksheet.name,
      range: entry.table.tableRef,
    })),
  );
  const names = Object.fromEntries(
    (workbook.definedNames.model as { name: string; ranges: string[] }[])
      .filter((name) => !name.name.startsWith("_xlnm."))
      .map((name) => [name.name, asFormula(name.ranges[0])]),
  );
  const active = workbook.worksheets[(workbook.views[0] as { activeTab?: number } | undefined)?.activeTab ?? 0].name;
  return { sheets, active, tables, names };
}

describe.each([
  ["the hand-built plan with its summary sheet", () => fixturePlan({ summary: true })],
  ["the hand-built plan with 290 units and a long sheet name", () => fixturePlan({ rows: 290, longName: true })],
  ["the real plan in Swedish", () => buildWorkbookPlan(defaultPlanOptions("sv"))],
  ["the real plan in English, rounded to add up", () => buildWorkbookPlan(defaultPlanOptions("en", { rounding: "addsUp" }))],
])("%s: the Office.js writer and the .xlsx writer make the same workbook", (_, makePlan) => {
  const plan = makePlan();
  let excel: WorkbookView;
  let file: WorkbookView;
  let xl: ExcelDouble;
  beforeAll(async () => {
    const written = await throughOfficeJs(plan);
    excel = written.view;
    xl = written.xl;
    file = await throughXlsx(plan);
  });

  test("the same sheets in the same order, the first one shown", () => {
    expect(file.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(excel.sheets.map((s) => s.name)).toEqual(file.sheets.map((s) => s.name));
    expect(excel.active).toBe(file.active);
  });

  test("every cell: the same formula or value and the same number format", () => {
    file.sheets.forEach((sheet, index) => {
      expect({ sheet: sheet.name, cells: excel.sheets[index].cells }).toEqual({ sheet: sheet.name, cells: sheet.cells });
    });
    // Not two empty views agreeing: the plan's cells are there.
    expect(Object.keys(file.sheets[0].cells).length).toBeGreaterThan(3);
  });

  test("the same merged areas, column widths, row heights and frozen rows", () => {
    file.sheets.forEach((sheet, index) => {
      const { name, merges, widths, heights, freezeRows } = excel.sheets[index];
      expect({ name, merges, widths, heights, freezeRows }).toEqual({ name: sheet.name, merges: sheet.merges, widths: sheet.widths, heights: sheet.heights, freezeRows: sheet.freezeRows });
    });
  });

  test("the same page setup: A4, orientation, one page wide, title rows, header and footer", () => {
    file.sheets.forEach((sheet, index) => expect({ name: excel.sheets[index].name, page: excel.sheets[index].page }).toEqual({ name: sheet.name, page: sheet.page }));
    expect(file.sheets.every((sheet) => sheet.page.wide === 1 && sheet.page.paper === "A4")).toBe(true);
  });

  test("the same tables and defined names", () => {
    expect(excel.tables).toEqual(file.tables);
    expect(excel.names).toEqual(file.names);
    expect(file.tables.length).toBeGreaterThan(0);
    expect(Object.keys(file.names).length).toBeGreaterThan(2);
  });

  test("the one difference by nature: Excel draws the chart on Årskostnad, the file has none", () => {
    const charts = xl.snapshot().sheets.flatMap((sheet) => sheet.charts.map(() => sheet.name));
    expect(charts).toEqual(plan.sheets.some((sheet) => sheet.key === "annualCost") ? [plan.sheets.find((sheet) => sheet.key === "annualCost")!.name] : []);
  });
});
