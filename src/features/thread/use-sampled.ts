import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but while `sampling` at most one new value per `intervalMs` (the first at once): pages
 * of a long transcript can arrive every few milliseconds, and re-rendering the thread for each
 * one costs more than the page. When sampling stops the latest value shows at once.
 * @param intervalMs minimum time between two values shown, ms
 */
export function useSampled<T>(value: T, sampling: boolean, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!sampling || Object.is(shown, value)) return;
    const show = () => {
      shownAt.current = performance.now();
      setShown(value);
    };
    const wait = shownAt.current + intervalMs - performance.now();
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, sampling, intervalMs]);
  return sampling ? shown : value;
}
