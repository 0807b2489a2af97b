import { parseRect, quoteSheet, rectAddress } from "./a1";
import { type Area, bindSheetRefs } from "./cells";
import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import { DoubleOfficeError } from "./errors";
import type { NameModel } from "./model";
import { DoubleRange } from "./range";

/* The workbook's defined names: the collection and a name. */

export class DoubleNamedItemCollection extends CollectionBase<DoubleNamedItem, NameModel> {
  protected readonly className = "NamedItemCollection";

  protected models(): NameModel[] {
    return [...this.context.model.names];
  }

  protected itemFor(model: NameModel): DoubleNamedItem {
    const n = new DoubleNamedItem(this.context, false);
    n.ref.bind(model);
    return n;
  }

  /** Adds a workbook-scoped name for a range (or a formula such as "=Parametrar!$B$4"). */
  add(name: string, reference: string | DoubleRange, comment?: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, false);
    this.call("add", [name, typeof reference === "string" ? reference : "[Range]", comment], () => {
      const m = this.context.model;
      m.validateIdentifier(name, "name");
      let formula: string;
      if (typeof reference === "string") {
        formula = bindSheetRefs(m, reference.startsWith("=") ? reference : `=${reference}`);
      } else {
        const { sheet, rect } = reference.area();
        const abs = rectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        formula = `=${quoteSheet(sheet.name)}!${abs}`;
      }
      const model: NameModel = { name, formula, comment: comment ?? "", visible: true };
      m.names.push(model);
      item.ref.bind(model);
    });
    return item;
  }

  getItem(name: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, false);
    this.call("getItem", [name], () => {
      const found = this.context.model.findName(name);
      if (!found) throw new DoubleOfficeError("ItemNotFound", `The requested name '${name}' doesn't exist.`);
      item.ref.bind(found);
    });
    return item;
  }

  getItemOrNullObject(name: string): DoubleNamedItem {
    const item = new DoubleNamedItem(this.context, true);
    this.call("getItemOrNullObject", [name], () => item.ref.bind(this.context.model.findName(name)));
    return item;
  }
}

export class DoubleNamedItem extends ProxyBase {
  protected readonly className = "NamedItem";
  readonly ref = new Ref<NameModel>();

  constructor(context: DoubleContext, nullable: boolean) {
    super(context);
    this.nullable = nullable;
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  private item(): NameModel {
    const n = this.ref.get("named item");
    if (!this.context.model.names.includes(n)) throw new DoubleOfficeError("ItemNotFound", `The name '${n.name}' has been deleted.`);
    return n;
  }

  /** The sheet and cells a name refers to, if it is a plain reference. */
  private target(): Area | undefined {
    const m = this.context.model;
    const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(this.item().formula);
    if (!match) return undefined;
    const sheet = m.findSheet(match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
    const rect = parseRect(match[3]);
    return sheet && rect ? { sheet, rect } : undefined;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      name: () => this.item().name,
      formula: () => this.item().formula,
      comment: () => this.item().comment,
      visible: () => this.item().visible,
      scope: () => "Workbook",
      type: () => (this.target() ? "Range" : this.item().formula.includes("#REF!") ? "Error" : "String"),
      value: () => {
        const t = this.target();
        return t ? this.context.model.qualified(t.sheet, t.rect) : this.item().formula.includes("#REF!") ? "#REF!" : this.item().formula.slice(1);
      },
    };
  }

  get name(): string {
    return this.readProp("name");
  }
  get formula(): string {
    return this.readProp("formula");
  }
  set formula(value: string) {
    this.writeProp("formula", value, () => {
      this.item().formula = value.startsWith("=") ? value : `=${value}`;
    });
  }
  get comment(): string {
    return this.readProp("comment");
  }
  set comment(value: string) {
    this.writeProp("comment", value, () => {
      this.item().comment = value;
    });
  }
  get visible(): boolean {
    return this.readProp("visible");
  }
  set visible(value: boolean) {
    this.writeProp("visible", value, () => {
      this.item().visible = value;
    });
  }
  get type(): string {
    return this.readProp("type");
  }
  get value(): unknown {
    return this.readProp("value");
  }
  get scope(): string {
    return this.readProp("scope");
  }

  getRange(): DoubleRange {
    return DoubleRange.create(this.context, "NamedItem.getRange", [], () => {
      const t = this.target();
      if (!t) throw new DoubleOfficeError("InvalidOperation", `The name '${this.item().name}' does not refer to a range.`);
      return t;
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const m = this.context.model;
      m.names.splice(m.names.indexOf(this.item()), 1);
    });
  }
}
