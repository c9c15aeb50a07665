/**
 * In-page timing of find (passed to `page.evaluate`; self-contained): the time from a keystroke
 * in the searchbox to the frame after the status shows the result for exactly what was typed.
 * The status names that query in `data-search-query` (src/features/search/find-bar.tsx).
 */

/** Per-page state of the find timer, at `window.__find`. */
export interface FindTimer {
  /** `performance.now()` of the last keydown in the searchbox. */
  keyAt: number;
  /** Latencies so far, ms. */
  latencies: number[];
}

declare global {
  interface Window {
    __find?: FindTimer;
  }
}

/**
 * Starts timing: every keydown in the searchbox is a start, and the first frame after the status
 * names the searchbox's value is its end.
 * @throws Error when the searchbox or its status is missing.
 */
export function startFindTimer(): void {
  const input = document.querySelector('input[aria-label="Search transcript"]');
  const status = input?.parentElement?.querySelector('[role=status]');
  if (!(input instanceof HTMLInputElement) || !status) throw new Error('find bar is not open');
  const timer: FindTimer = { keyAt: 0, latencies: [] };
  window.__find = timer;
  let waiting = false;
  input.addEventListener(
    'keydown',
    () => {
      timer.keyAt = performance.now();
      waiting = true;
    },
    { capture: true },
  );
  const check = () => {
    if (!waiting || status.getAttribute('data-search-query') !== input.value) return;
    waiting = false;
    const keyAt = timer.keyAt;
    requestAnimationFrame(() => timer.latencies.push(performance.now() - keyAt));
  };
  new MutationObserver(check).observe(status, {
    attributes: true,
    characterData: true,
    childList: true,
    subtree: true,
  });
}

/** Latencies recorded so far (ms), and whether the status is answering the current value. */
export function readFindTimer(): { latencies: number[]; answered: boolean } {
  const input = document.querySelector('input[aria-label="Search transcript"]');
  const status = input?.parentElement?.querySelector('[role=status]');
  const value = input instanceof HTMLInputElement ? input.value : undefined;
  return {
    latencies: window.__find?.latencies ?? [],
    answered: status?.getAttribute('data-search-query') === value,
  };
}
