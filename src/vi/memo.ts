/**
 * Remembers the last results of a pure function of a string key, up to a bound (least recently used
 * go first). Excerpts and display dates of the same articles are asked for on every page that lists
 * them; computing each once per text (and time zone) keeps them off the uncached path without storing
 * them in the database, where a change of the site's time zone would have made them wrong.
 */
export function memoize<A extends unknown[]>(compute: (...args: A) => string, keyOf: (...args: A) => string, max = 4096): (...args: A) => string {
  const results = new Map<string, string>();
  return (...args: A) => {
    const key = keyOf(...args);
    const found = results.get(key);
    if (found !== undefined) {
      results.delete(key);
      results.set(key, found);
      return found;
    }
    const value = compute(...args);
    results.set(key, value);
    if (results.size > max) results.delete(results.keys().next().value as string);
    return value;
  };
}
