import { DoubleContext, ProxyBase } from "./context";
import type { SheetModel } from "./model";
import { DoubleNamedItemCollection } from "./names";
import { DoubleRange } from "./range";
import { DoubleTableCollection } from "./table";
import { DoubleWorksheetCollection } from "./worksheet";

export class DoubleWorkbook extends ProxyBase {
  protected readonly className = "Workbook";
  readonly worksheets: DoubleWorksheetCollection;
  readonly tables: DoubleTableCollection;
  readonly names: DoubleNamedItemCollection;

  constructor(context: DoubleContext) {
    super(context);
    this.worksheets = new DoubleWorksheetCollection(context);
    this.tables = new DoubleTableCollection(context, undefined);
    this.names = new DoubleNamedItemCollection(context);
  }

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { worksheets: () => this.worksheets, tables: () => this.tables, names: () => this.names };
  }

  /** The selection of the active sheet. */
  getSelectedRange(): DoubleRange {
    return DoubleRange.create(this.context, "Workbook.getSelectedRange", [], () => {
      const m = this.context.model;
      const sheet = m.sheetById(m.activeSheetId) as SheetModel;
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): DoubleRange {
    return DoubleRange.create(this.context, "Workbook.getActiveCell", [], () => {
      const m = this.context.model;
      const sheet = m.sheetById(m.activeSheetId) as SheetModel;
      return { sheet, rect: { r0: sheet.selection.r0, c0: sheet.selection.c0, r1: sheet.selection.r0, c1: sheet.selection.c0 } };
    });
  }
}
