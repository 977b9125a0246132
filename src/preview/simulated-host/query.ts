import { FakeClientObject, FakeCollectionProxy } from '../fake-word/client';
import { pascalCase } from './wire';

type AnyObject = FakeClientObject<unknown>;
type Collection = FakeCollectionProxy<unknown, AnyObject>;

const isCollection = (object: AnyObject): object is Collection => object instanceof FakeCollectionProxy;

/** Property access by a name that came over the wire. */
export function member(object: AnyObject, name: string): unknown {
  return (object as unknown as Record<string, unknown>)[name];
}

/**
 * The value of a query action, read from an object the imitation has just loaded with the same paths: the selected
 * properties by their PascalCase names, navigation properties nested (null for a null object), a collection's items
 * under `_Items`, each with a `_ReferenceId` when the host keeps references for the batch (office.js then addresses
 * the item by that id in later syncs and releases it after Word.run).
 */
export function queryResult(object: AnyObject, select: readonly string[] | undefined, reference?: (item: AnyObject) => string): unknown {
  if (isCollection(object)) {
    const paths = select?.map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p)).filter((p) => p !== 'items');
    return {
      _Items: object.items.map((item: AnyObject) => ({ ...(objectResult(item, paths) as object), ...(reference ? { _ReferenceId: reference(item) } : {}) })),
    };
  }
  return objectResult(object, select);
}

function objectResult(object: AnyObject, select: readonly string[] | undefined): Record<string, unknown> | null {
  if (object.isNullObject) return null;
  if (!select || select.length === 0) {
    return Object.fromEntries(Object.entries(object.toJSON()).map(([name, value]) => [pascalCase(name), value]));
  }
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head = '', ...rest] = path.split('/');
    const value = member(object, head);
    if (rest.length > 0 || value instanceof FakeClientObject) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
    else out[pascalCase(head)] = value;
  }
  for (const [head, paths] of nested) out[pascalCase(head)] = queryResult(member(object, head) as AnyObject, paths);
  return out;
}
