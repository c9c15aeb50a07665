/** One formatter for the reader's locale: `toLocaleString()` builds a new one on every call. */
const counts = new Intl.NumberFormat();

/**
 * A count in the reader's locale, e.g. `12,345`.
 * @param n a count (any finite number)
 */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A duration for people: "420 ms", "3.2 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
