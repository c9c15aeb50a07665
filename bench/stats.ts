/**
 * Summaries of repeated measurements: the median and the spread (min, max) of the runs.
 */

/** One metric over the runs of a cell. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
}

/**
 * The value at quantile `q` (0–1) of `values`, interpolating linearly between neighbours.
 * @throws RangeError for an empty list or a `q` outside 0–1.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within 0–1, got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (at - lo);
}

/** Median and spread of `values`; undefined when there is none. */
export function summarize(values: readonly number[]): Summary | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  return {
    median: quantile(finite, 0.5),
    min: Math.min(...finite),
    max: Math.max(...finite),
    n: finite.length,
  };
}
