/**
 * What the page records for the benchmark from its first instant (installed with
 * `page.addInitScript` before any app code): long tasks, when the first message was painted and
 * when the last page had loaded. Times are `performance.now()` ms since navigation start.
 */

/** The page's record, at `window.__bench`. */
export interface ProbeRecord {
  longTasks: { start: number; duration: number }[];
  /** First frame after the first `article` appeared in the feed. */
  firstMessageAt?: number;
  /** When the feed first said `aria-busy="false"` with no progress bar left. */
  loadedAt?: number;
}

declare global {
  interface Window {
    __bench: ProbeRecord;
  }
}

/**
 * The init script. Self-contained: Playwright sends its source to the page.
 * The resource-timing buffer is raised so a 1,000-page transcript keeps every entry.
 */
export function installProbe(): void {
  const record: ProbeRecord = { longTasks: [] };
  window.__bench = record;
  performance.setResourceTimingBufferSize(1_000_000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      record.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Observing the document node works before <html> exists.
  const observer = new MutationObserver(() => {
    if (record.firstMessageAt === undefined && document.querySelector('[role=feed] article')) {
      record.firstMessageAt = -1;
      requestAnimationFrame(() => (record.firstMessageAt = performance.now()));
    }
    const feed = document.querySelector('[role=feed]');
    if (
      feed?.getAttribute('aria-busy') === 'false' &&
      !document.querySelector('[role=progressbar]') &&
      record.loadedAt === undefined
    ) {
      record.loadedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}
