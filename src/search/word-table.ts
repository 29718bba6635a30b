/**
 * Tables looked up by the words a reader types. A plain object literal inherits Object.prototype's keys, so
 * "constructor" or "toString" in a question would find a function there; these tables hold only their own words.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
