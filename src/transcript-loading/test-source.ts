import type { MessagePage } from '@/transcript/model.ts';
import type { PageSource } from './page-source.ts';

/** How the test source answers page `n` (1-based): after `delayMs`, or with an error. */
export interface PagePlan {
  delayMs?: (n: number) => number;
  /** Page numbers that fail, each once per listing (a page listed twice fails twice). */
  failing?: number[];
  /** What a failing page rejects with; by default `Error('page <n> failed')`. */
  error?: (n: number) => Error;
  /** Message ids of page `n`, each `p<k>`; by default `p<n>`. */
  ids?: (n: number) => string[];
  /** The next cursor page `n` names; by default `n + 1`, and null after the last page. */
  next?: (n: number) => string | null;
  /** Opaque cursors: no `cursorOfPage`, so nothing can be read ahead. */
  opaque?: boolean;
}

/**
 * A fake source of `pages` newest-first pages (page `n` holds older messages than page `n - 1`),
 * answering on timers, so tests drive it with fake timers. It records every request and how
 * many were in flight at once, and rejects with the signal's reason when a request is aborted.
 */
export function testSource(pages: number, plan: PagePlan = {}) {
  const requested: number[] = [];
  const aborted: number[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const failing = [...(plan.failing ?? [])];
  const page = (n: number): MessagePage => ({
    messages: (plan.ids?.(n) ?? [`p${n}`]).map((id) => ({
      id,
      role: 'user',
      // Message `p<k>` was sent at (pages - k) s: page n's own messages are newer than page n+1's.
      timeMs: (pages - Number(id.slice(1))) * 1000,
      parts: [],
      citations: [],
    })),
    items: (plan.ids?.(n) ?? [`p${n}`]).map((id) => ({ id })),
    order: 'newest-first',
    nextCursor: plan.next ? plan.next(n) : n < pages ? String(n + 1) : null,
    total: pages,
    numbered: { page: n, pages },
  });
  const source: PageSource = {
    key: ['transcript', 'test', 'conversation'],
    fetchPage(cursor, signal) {
      const n = Number(cursor ?? '1');
      if (signal.aborted) return Promise.reject(signal.reason);
      requested.push(n);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return new Promise<MessagePage>((resolve, reject) => {
        const done = () => {
          inFlight -= 1;
          signal.removeEventListener('abort', onAbort);
        };
        const timer = setTimeout(
          () => {
            done();
            const failAt = failing.indexOf(n);
            if (failAt >= 0) {
              failing.splice(failAt, 1);
              reject(plan.error?.(n) ?? new Error(`page ${n} failed`));
            } else resolve(page(n));
          },
          plan.delayMs?.(n) ?? 10,
        );
        const onAbort = () => {
          clearTimeout(timer);
          done();
          aborted.push(n);
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort);
      });
    },
    ...(plan.opaque ? {} : { cursorOfPage: (n: number) => String(n) }),
  };
  return { source, requested, aborted, mostInFlight: () => mostInFlight };
}
