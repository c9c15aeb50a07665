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

/**
 * A size for people, in SI units as browsers and file managers show them: "950 B", "120 kB",
 * "10.5 MB".
 * @param bytes a non-negative count of bytes
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 999_500) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
