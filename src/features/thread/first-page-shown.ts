/**
 * A hand-off between the transcript pane and the page pump (use-page-pump.ts): the pump holds the
 * second page back until the pane has painted the first, so that the first messages are not
 * delayed by pages merged and rendered on the main thread meanwhile. Where pages are read ahead
 * in the page worker, the few pages asked for with the first (all of a short transcript) are
 * fetched meanwhile but held unparsed, and no more are fetched, until the second page is asked
 * for (read-ahead.ts; the parsing waits 2 s at most).
 */

/** Keys shown before anyone waited for them, and waiters for keys not shown yet. */
const shown = new Set<string>();
const waiters = new Map<string, () => void>();
/** A bound on `shown`: keys nobody waits for (one-page transcripts) must not pile up. */
const SHOWN_KEPT = 64;

/** The key of a transcript for this hand-off. */
export function transcriptKey(vendor: string, conversationId: string): string {
  return `${vendor}/${conversationId}`;
}

/** Called by the pane once the first page of transcript `key` has been painted. */
export function markFirstPageShown(key: string): void {
  const waiter = waiters.get(key);
  if (waiter) return waiter();
  if (shown.size >= SHOWN_KEPT) shown.clear();
  shown.add(key);
}

/**
 * Resolves when the pane has painted the first page of transcript `key` (`markFirstPageShown`),
 * or after `timeoutMs` (ms), whichever is first: a pane that never mounts (its code failed to
 * load) must not stop the pages.
 */
export function firstPageShown(key: string, timeoutMs: number): Promise<void> {
  if (shown.delete(key)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (waiters.get(key) === done) waiters.delete(key);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    waiters.set(key, done);
  });
}
