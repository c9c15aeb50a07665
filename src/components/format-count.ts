/** One formatter for the reader's locale: `toLocaleString()` builds a new one on every call. */
const counts = new Intl.NumberFormat();

/**
 * A count in the reader's locale, e.g. `12,345`.
 * @param n a count (any finite number)
 */
export function formatCount(n: number): string {
  return counts.format(n);
}
