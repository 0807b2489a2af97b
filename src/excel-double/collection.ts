import { DoubleClientResult, ProxyBase } from "./context";
import { propertyNotLoaded } from "./errors";

/** What WorksheetCollection, TableCollection and NamedItemCollection share: `items` after load, and getCount. */
export abstract class CollectionBase<Item extends ProxyBase, Model> extends ProxyBase {
  private itemsValue?: Item[];

  protected isNullRef(): boolean | undefined {
    return false;
  }

  protected abstract models(): Model[];
  protected abstract itemFor(model: Model): Item;

  get items(): Item[] {
    if (!this.itemsValue) throw propertyNotLoaded("items");
    return this.itemsValue;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  override applyLoad(paths: readonly string[] | undefined): void {
    const itemPaths: string[] = [];
    let all = paths === undefined;
    for (const p of paths ?? []) {
      if (p === "items") all = true;
      else if (p.startsWith("items/")) itemPaths.push(p.slice(6));
      else itemPaths.push(p);
    }
    this.itemsValue = this.models().map((m) => {
      const item = this.itemFor(m);
      item.applyLoad(all && itemPaths.length === 0 ? undefined : itemPaths);
      return item;
    });
  }

  getCount(): DoubleClientResult<number> {
    const result = new DoubleClientResult<number>();
    this.call("getCount", [], () => result.set(this.models().length));
    return result;
  }
}
