import { CollectionBase } from "./collection";
import { DoubleContext, ProxyBase, Ref } from "./context";
import type { Area } from "./cells";
import { DoubleRange } from "./range";

/*
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that touch a range, as a
 * RangeAreas whose `areas` are ranges; a null object when there are none. On a host below 1.13 the
 * call fails the sync with ApiNotFound (hosts.ts), as in Excel.
 */

export class DoubleRangeAreas extends ProxyBase {
  protected readonly className = "RangeAreas";
  readonly ref = new Ref<readonly Area[]>();
  readonly areas: DoubleRangeCollection;

  constructor(context: DoubleContext) {
    super(context);
    this.nullable = true;
    this.areas = new DoubleRangeCollection(context, () => this.ref.get("range areas"));
  }

  protected isNullRef(): boolean | undefined {
    return this.ref.resolved ? this.ref.isNull : undefined;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return { areaCount: () => this.ref.get("range areas").length };
  }

  protected override navigation(): Record<string, () => ProxyBase> {
    return { areas: () => this.areas };
  }
}

export class DoubleRangeCollection extends CollectionBase<DoubleRange, Area> {
  protected readonly className = "RangeCollection";

  constructor(
    context: DoubleContext,
    private readonly list: () => readonly Area[],
  ) {
    super(context);
  }

  protected models(): Area[] {
    return [...this.list()];
  }

  protected itemFor(model: Area): DoubleRange {
    const range = new DoubleRange(this.context, false);
    range.ref.bind(model);
    return range;
  }
}
