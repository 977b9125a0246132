import { FakeOfficeError, itemNotFound, propertyNotLoaded } from './errors';
import type { FakeRuntime } from './runtime';

/**
 * The proxy machinery of Office.js, reduced: `load()` and writes and method calls only queue;
 * `sync()` runs the queue in order against the document; loaded values are snapshots that can be
 * read only after the sync that loaded them. A failing operation stops the batch, and what ran
 * before it stays applied, as in Word.
 */
export type LoadOption = string | string[] | { select?: string | string[] };

export class FakeRequestContext {
  private queue: Array<() => void> = [];
  private closed = false;
  /** True while a sync runs its queue: objects made then come from a result, as office.js makes collection items. */
  private running = false;
  /** Office.js API surface; the fake tracks nothing, so these do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly runtime: FakeRuntime) {}

  enqueue(operation: () => void): void {
    this.assertOpen();
    this.queue.push(operation);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Whether an object made now is the caller's (queued for the next sync) rather than one a sync produced. */
  get acceptsNewObjects(): boolean {
    return !this.closed && !this.running;
  }

  load(object: FakeClientObject<unknown>, option?: LoadOption): void {
    object.load(option);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen();
    this.runtime.syncs += 1;
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip to the host is never synchronous
    this.running = true;
    try {
      for (const operation of operations) operation();
    } finally {
      this.running = false;
      this.runtime.flush();
    }
    return passThroughValue as T;
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new FakeOfficeError('InvalidRequestContext', 'The request context is no longer valid: it was used outside its Word.run batch.');
  }
}

export function loadPaths(option: LoadOption | undefined): string[] {
  const select = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  const list = select === undefined ? [] : Array.isArray(select) ? select : [select];
  return list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s && s !== '$all');
}

/** A proxy for one object in the document, found again at each sync through `resolve`. */
export abstract class FakeClientObject<E> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly children = new Map<string, FakeClientObject<unknown>>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    private resolve: () => E | null,
    private readonly nullable = false,
  ) {
    // office.js instantiates every object it makes at the next sync, and the answer says whether it is null:
    // an …OrNullObject's isNullObject is known after that sync without a load (objects a sync returns need none).
    if (nullable && context.acceptsNewObjects) context.enqueue(() => (this.nullState = this.resolve() === null));
  }

  /** Scalar properties `load()` with no names loads, with the requirement set each needs, if any. */
  protected abstract readonly scalars: Readonly<Record<string, readonly [string, string] | null>>;
  protected abstract readScalar(entity: E, name: string): unknown;

  /**
   * Fixes the object to what it stands for now. The simulated Word host does this when it instantiates the result
   * of a method, as Word keeps the object it computed (a range stays that range when the selection moves).
   */
  pin(): void {
    const entity = this.resolve();
    this.resolve = () => entity;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Applies a load inside a sync: scalars are copied, "child/name" paths load navigation properties. */
  loadNow(paths: readonly string[]): void {
    const entity = this.entity();
    this.nullState = entity === null;
    const own = paths.filter((p) => !p.includes('/') && !this.child(p));
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head && (rest.length > 0 || this.child(head))) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    }
    for (const [name, sub] of nested) this.child(name)?.loadNow(sub);
    if (entity === null) return;
    // No names at all means every scalar; "font/name" alone loads the font's name, not the paragraph's scalars.
    const names = paths.length > 0 ? own : Object.keys(this.scalars).filter((name) => this.supported(name));
    for (const name of names) {
      const requirement = this.scalars[name];
      if (requirement === undefined) throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property '${name}'.`, `${this.typeName}.load`);
      if (requirement) this.context.runtime.requireSet(requirement[0], requirement[1], `${this.typeName}.${name}`);
      this.loaded.set(name, this.readScalar(entity, name));
    }
  }

  /** The navigation property (font, parentContentControlOrNullObject …) a load path names, if any. */
  protected child(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  /** One proxy per navigation property, as Office.js caches them. */
  protected navigation<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    let existing = this.children.get(name) as C | undefined;
    if (!existing) this.children.set(name, (existing = make()));
    return existing;
  }

  /** The document object now; null for a null object; throws for a missing object that may not be null. */
  entity(): E | null {
    const entity = this.resolve();
    if (entity === null && !this.nullable) throw itemNotFound(this.typeName);
    return entity;
  }

  /** The document object now, or null, without throwing: what navigation properties start from. */
  protected peek(): E | null {
    return this.resolve();
  }

  protected required(location: string): E {
    const entity = this.resolve();
    if (entity === null) throw itemNotFound(`${this.typeName}.${location}`);
    return entity;
  }

  protected read<T>(name: string): T {
    // office.js reads a null object's properties as undefined instead of refusing them (Utility.throwIfNotLoaded).
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as T;
  }

  /** Queues a property write; the proxy shows the new value at once, as Office.js proxies do. */
  protected write(name: string, value: unknown, apply: (entity: E) => void): void {
    const requirement = this.scalars[name];
    this.loaded.set(name, value);
    this.context.enqueue(() => {
      if (requirement) this.context.runtime.requireSet(requirement[0], requirement[1], `${this.typeName}.${name}`);
      const entity = this.required(name);
      this.context.runtime.change(`${this.typeName}.${name}`, () => apply(entity));
    });
  }

  private supported(name: string): boolean {
    const requirement = this.scalars[name];
    return !requirement || this.context.runtime.supports(requirement[0], requirement[1]);
  }
}

/**
 * A Word collection (ParagraphCollection, ContentControlCollection, RangeCollection): `items` is a snapshot of
 * the objects at the sync that loaded it, and loading the collection loads its items ("text" and "items/text"
 * mean the same).
 */
export abstract class FakeCollectionProxy<E, P extends FakeClientObject<E>> extends FakeClientObject<E[]> {
  protected readonly scalars = {};

  /** The proxy for one item, found again at each sync as the item itself. */
  protected abstract item(entity: E): P;

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): P[] {
    return this.read('items');
  }

  override loadNow(paths: readonly string[]): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p)).filter((p) => p !== 'items');
    const items = (this.entity() ?? []).map((entity) => this.item(entity));
    for (const item of items) item.loadNow(itemPaths);
    this.loaded.set('items', items);
  }
}

/** OfficeExtension.ClientResult: `value` is there only after the sync that computed it. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;

  get value(): T {
    if (!this.result) throw new FakeOfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.result.value;
  }

  set(value: T): void {
    this.result = { value };
  }
}
