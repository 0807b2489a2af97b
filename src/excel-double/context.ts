import { DoubleOfficeError, propertyNotLoaded } from "./errors";
import { type HostProfile, NEWEST, missingSet } from "./hosts";
import type { WorkbookModel } from "./model";

/*
 * The request/sync machinery of Office.js, modelled: calls on proxy objects are recorded and queued;
 * nothing reaches the workbook until context.sync(), which runs the queue in order. As in Excel, a
 * batch is not a transaction: when an operation fails, the ones before it in the batch have taken
 * effect, the rest are dropped, and sync() rejects with an OfficeExtension.Error-like error.
 */

export type CallKind = "call" | "set" | "load" | "sync";

export interface CallRecord {
  /** 1-based order of the call over the double's life. */
  readonly seq: number;
  /** Which sync carries it: 1 for calls queued before the first sync, and so on. */
  readonly batch: number;
  readonly kind: CallKind;
  /** "Class.member": "WorksheetCollection.add", "Range.values" (assignment), "Range.load", "RequestContext.sync". */
  readonly method: string;
  readonly args: readonly unknown[];
}

export type FailRule =
  | ((call: CallRecord) => boolean)
  | { readonly method: string; readonly nth?: number; readonly code?: string; readonly message?: string };

interface ActiveRule {
  match: (call: CallRecord) => boolean;
  remaining: number;
  code: string;
  message?: string;
}

interface Action {
  readonly call: CallRecord;
  readonly exec?: () => void;
  readonly failure?: DoubleOfficeError;
}

/** Excel.RunOptions as the double reads them. */
export interface DoubleRunOptions {
  readonly delayForCellEdit?: boolean;
}

/** State shared by every context of one double: the workbook, the host, the call log, the sync counter, the failure rules, cell edit mode. */
export class Engine {
  readonly calls: CallRecord[] = [];
  syncCount = 0;
  private rules: ActiveRule[] = [];
  /** Resolved when the user leaves cell edit mode; undefined while not editing. */
  private editing?: { readonly ended: Promise<void>; readonly end: () => void };

  constructor(
    readonly model: WorkbookModel,
    public host: HostProfile = NEWEST,
  ) {}

  get inCellEdit(): boolean {
    return this.editing !== undefined;
  }

  /** The user starts typing into a cell: batches are refused, or delayed (delayForCellEdit), until endCellEdit. */
  beginCellEdit(): void {
    if (this.editing) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.editing = { ended, end };
  }

  endCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.end();
  }

  /**
   * Before a sync reaches the host: in cell edit mode Excel refuses a batch
   * (InvalidOperationInCellEditMode, Excel.ErrorCodes) unless it was run with `delayForCellEdit: true`,
   * in which case it waits until the user leaves the cell (Excel.RunOptions.delayForCellEdit:
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  async waitForCellEdit(options: DoubleRunOptions): Promise<void> {
    while (this.editing) {
      if (!options.delayForCellEdit) {
        throw new DoubleOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.", "RequestContext.sync");
      }
      await this.editing.ended;
    }
  }

  failOn(rule: FailRule): void {
    if (typeof rule === "function") {
      this.rules.push({ match: rule, remaining: 1, code: "GeneralException" });
    } else {
      this.rules.push({
        match: (c) => c.method === rule.method,
        remaining: rule.nth ?? 1,
        code: rule.code ?? "GeneralException",
        message: rule.message,
      });
    }
  }

  clearFailures(): void {
    this.rules = [];
  }

  /** Records a call; returns the injected failure if a rule fires on it (each rule fires once). */
  record(kind: CallKind, method: string, args: readonly unknown[]): { call: CallRecord; failure?: DoubleOfficeError } {
    const call: CallRecord = { seq: this.calls.length + 1, batch: this.syncCount + 1, kind, method, args };
    this.calls.push(call);
    const missing = kind === "load" || kind === "sync" ? undefined : missingSet(this.host, method);
    if (missing) {
      return {
        call,
        failure: new DoubleOfficeError("ApiNotFound", `The API you are trying to use could not be found (${method} needs ${missing}). It may be available in a newer version of Excel.`, method),
      };
    }
    for (const rule of this.rules) {
      if (!rule.match(call)) continue;
      rule.remaining -= 1;
      if (rule.remaining > 0) continue;
      this.rules = this.rules.filter((r) => r !== rule);
      return {
        call,
        failure: new DoubleOfficeError(rule.code, rule.message ?? `Injected failure at ${method} (call #${call.seq}).`, method),
      };
    }
    return { call };
  }
}

/** The double's Excel.RequestContext. */
export class DoubleContext {
  private queue: Action[] = [];
  /** Office.js API; the double keeps every proxy alive anyway. */
  readonly trackedObjects = { add: (_: unknown) => undefined, remove: (_: unknown) => undefined };
  workbook!: unknown;

  constructor(
    readonly engine: Engine,
    private readonly options: DoubleRunOptions = {},
  ) {}

  get model(): WorkbookModel {
    return this.engine.model;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Records a call and queues what it does at the next sync. */
  enqueue(kind: CallKind, method: string, args: readonly unknown[], exec?: () => void): void {
    const { call, failure } = this.engine.record(kind, method, args);
    if (exec || failure) this.queue.push({ call, exec, failure });
  }

  async sync(): Promise<void> {
    await this.engine.waitForCellEdit(this.options);
    const { failure } = this.engine.record("sync", "RequestContext.sync", []);
    this.engine.syncCount += 1;
    const actions = this.queue;
    this.queue = [];
    // Excel answers asynchronously; let the caller's microtasks run first, as with a real host.
    await Promise.resolve();
    if (failure) throw failure;
    for (const action of actions) {
      if (action.failure) throw action.failure;
      try {
        action.exec?.();
      } catch (e) {
        if (e instanceof DoubleOfficeError) {
          throw new DoubleOfficeError(e.code, e.message, action.call.method);
        }
        throw e;
      }
    }
  }
}

/** A late-bound reference to a model object, resolved when the queued operation that creates it runs. */
export class Ref<T> {
  private state: "unbound" | "bound" | "null" = "unbound";
  private value?: T;

  bind(value: T | undefined): void {
    if (value === undefined) {
      this.state = "null";
      this.value = undefined;
    } else {
      this.state = "bound";
      this.value = value;
    }
  }

  get resolved(): boolean {
    return this.state !== "unbound";
  }

  get isNull(): boolean {
    return this.state === "null";
  }

  /** The model object, for a queued operation; a null object or an unresolved one cannot be used. */
  get(what: string): T {
    if (this.state === "bound") return this.value as T;
    if (this.state === "null") {
      throw new DoubleOfficeError("ItemNotFound", `The ${what} does not exist (it is a null object).`);
    }
    throw new DoubleOfficeError("InvalidObjectPath", `The ${what} could not be resolved: the operation that returned it never ran (an earlier operation failed).`);
  }

  peek(): T | undefined {
    return this.value;
  }
}

/** What every proxy object shares: its context, the values loaded by sync, null-object state. */
export abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();
  protected nullable = false;

  constructor(readonly context: DoubleContext) {}

  protected abstract readonly className: string;
  protected abstract isNullRef(): boolean | undefined;

  /** Scalar properties this proxy can load, read from the model at sync time. */
  protected abstract scalarProperties(): Record<string, () => unknown>;
  /** Navigation properties that can be loaded through ("format/fill/color"). */
  protected navigation(): Record<string, () => ProxyBase> {
    return {};
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    const state = this.isNullRef();
    if (state === undefined) throw propertyNotLoaded("isNullObject");
    return state;
  }

  protected readProp<V>(prop: string): V {
    if (this.loaded.has(prop)) return this.loaded.get(prop) as V;
    if (this.nullable && this.isNullRef() === true) return null as V;
    throw propertyNotLoaded(prop);
  }

  /** A property assignment: known locally at once (as Office.js does), applied at sync. */
  protected writeProp(prop: string, value: unknown, apply: () => void): void {
    this.loaded.set(prop, value);
    this.context.enqueue("set", `${this.className}.${prop}`, [value], apply);
  }

  protected call(method: string, args: readonly unknown[], exec?: () => void): void {
    this.context.enqueue("call", `${this.className}.${method}`, args, exec);
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = normalizeLoadSpec(spec);
    this.context.enqueue("load", `${this.className}.load`, [spec], () => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync: reads the requested properties from the model. */
  applyLoad(paths: readonly string[] | undefined): void {
    if (this.nullable && this.isNullRef() === true) return;
    const scalars = this.scalarProperties();
    const nav = this.navigation();
    const wanted = paths ?? Object.keys(scalars);
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        if (!nav[head]) throw new DoubleOfficeError("InvalidArgument", `${this.className} has no navigation property '${head}'.`);
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      } else if (scalars[head]) {
        this.loaded.set(head, scalars[head]());
      } else if (nav[head]) {
        nested.set(head, nested.get(head) ?? []);
      } else {
        throw new DoubleOfficeError("InvalidArgument", `${this.className} has no property '${head}'.`);
      }
    }
    for (const [head, sub] of nested) nav[head]().applyLoad(sub.length > 0 ? sub : undefined);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function normalizeLoadSpec(spec?: string | string[] | { select?: string | string[] }): string[] | undefined {
  if (spec === undefined) return undefined;
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : spec.select;
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : raw.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
  return list.length > 0 ? list : undefined;
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computes it. */
export class DoubleClientResult<T> {
  private known = false;
  private v?: T;

  set(value: T): void {
    this.known = true;
    this.v = value;
  }

  get value(): T {
    if (!this.known) throw propertyNotLoaded("value");
    return this.v as T;
  }
}
