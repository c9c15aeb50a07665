/** The part of an `IdleDeadline` used here, so the fallback can make one. */
export type Deadline = Pick<IdleDeadline, 'timeRemaining'>;

/** Time the fallback offers as idle, ms: a slice well under a 50 ms long task. */
const FALLBACK_IDLE_MS = 8;

/**
 * Runs `run` when the page is idle (`requestIdleCallback`), or after 50 ms where that is missing
 * (Safari; the DOM types declare it everywhere, hence the check).
 * @param timeoutMs runs anyway after this long, ms, however busy the page is; none by default.
 * @returns a function that cancels the call if it has not run yet.
 */
export function whenIdle(run: (deadline: Deadline) => void, timeoutMs?: number): () => void {
  if ('requestIdleCallback' in globalThis) {
    const handle = requestIdleCallback(
      run,
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => run({ timeRemaining: () => FALLBACK_IDLE_MS }), 50);
  return () => clearTimeout(handle);
}

/**
 * Runs `step` in idle slices of at most `sliceMs` (ms; less when the browser offers less) until
 * it returns true: long work readied ahead without a long task, or holding up a keystroke or a
 * scroll that lands meanwhile.
 * @param step does some work, asking `shouldYield` now and then; returns true once all is done.
 * @returns a function that cancels the slices not run yet.
 */
export function inIdleSlices(
  step: (shouldYield: () => boolean) => boolean,
  sliceMs: number,
): () => void {
  let cancel = () => {};
  const work = (deadline: Deadline) => {
    const end = performance.now() + Math.min(sliceMs, deadline.timeRemaining());
    if (!step(() => performance.now() >= end)) cancel = whenIdle(work);
  };
  cancel = whenIdle(work);
  return () => cancel();
}
