/**
 * A table's own entry for a key that comes from a user's file (a rule code, a message name): never a member every
 * object inherits, such as `constructor` or `toString`, which a plain `table[key]` would return.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
