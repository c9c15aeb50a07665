import { queryOptions } from '@tanstack/react-query';
import { loadPages } from './load-pages.ts';
import type { PageSource } from './page-source.ts';
import { addPage, NOTHING_LOADED, RESTARTED, withMessages, type Transcript } from './transcript.ts';

/**
 * Longest the thread waits to show a page that arrived while loading, ms (the first page shows at
 * once). Why it is not 0: docs/performance.md, "Showing pages while they load".
 */
export const SHOW_EVERY_MS = 250;

/**
 * Loads `source` on from `from` (where an earlier run stopped) to its last page, handing each
 * state to `show` as pages arrive: the first page at once, later ones at most every
 * {@link SHOW_EVERY_MS}. On a failure it shows what loaded (if anything did) before rethrowing,
 * so a retry resumes from the failed page rather than from the first. When the source says a
 * cursor has expired (`PageSource.cursorExpired`), it reads the transcript again from the first
 * page, once a run, showing the new reading once it holds as many messages as were on screen
 * (transcript.ts, `RESTARTED`).
 * @param now the clock, ms (tests pass a fake one).
 * @returns the whole transcript (`complete`).
 * @throws the failed page's error (a `VendorError` from a vendor source); the signal's reason once
 *   it aborts (nothing is shown then).
 */
export async function loadTranscript(
  source: PageSource,
  from: Transcript,
  signal: AbortSignal,
  show: (transcript: Transcript) => void,
  now: () => number = () => performance.now(),
): Promise<Transcript> {
  let transcript = from;
  if (transcript.complete) return transcript;
  let shownAt = Number.NEGATIVE_INFINITY;
  let held: ReturnType<typeof setTimeout> | undefined;
  // After an expired cursor: the messages of the first reading, which stay on screen until the
  // second reading holds as many.
  let onScreen = 0;
  const showNow = () => {
    clearTimeout(held);
    held = undefined;
    if (signal.aborted) return;
    transcript = withMessages(transcript);
    if (transcript.messages.length < onScreen) return;
    onScreen = 0;
    show(transcript);
    shownAt = now();
  };
  let restarted = false;
  try {
    for (;;) {
      try {
        for await (const fetched of loadPages(source, transcript.next, signal)) {
          transcript = addPage(transcript, fetched);
          if (transcript.complete) break;
          const wait = shownAt + SHOW_EVERY_MS - now();
          if (wait <= 0) showNow();
          // A page held back shows when its wait is over, whether or not another page came.
          else held ??= setTimeout(showNow, wait);
        }
        return withMessages(transcript);
      } catch (error) {
        const expired = source.cursorExpired?.(error) ?? false;
        if (restarted || signal.aborted || transcript.next === null || !expired) throw error;
        restarted = true;
        clearTimeout(held);
        held = undefined;
        onScreen = withMessages(transcript).messages.length;
        transcript = RESTARTED;
      }
    }
  } catch (error) {
    const loaded = withMessages(transcript);
    // A second reading that has not caught up leaves the first on screen; Retry reads again.
    if (!signal.aborted && loaded.pages.length > 0 && loaded.messages.length >= onScreen) {
      show(loaded);
    }
    throw error;
  } finally {
    clearTimeout(held);
  }
}

/**
 * One transcript as one query (docs/architecture.md, "From a page arriving to rows on screen"):
 * its data is the {@link Transcript} loaded so far, shown while loading through `setQueryData`,
 * and complete once the query succeeds. The app's retry policy (query-client.ts) retries a failed
 * page, and a refetch (the alert's Retry, or the transcript shown again) goes on from it. A
 * complete transcript never goes stale (history does not change); one left half-loaded (its
 * reader went away) resumes when it is shown again.
 */
export function transcriptQuery(source: PageSource) {
  return queryOptions({
    queryKey: source.key,
    queryFn: ({ client, signal }) =>
      loadTranscript(
        source,
        client.getQueryData<Transcript>(source.key) ?? NOTHING_LOADED,
        signal,
        (shown) => client.setQueryData(source.key, shown),
      ),
    staleTime: (query) => (query.state.data?.complete ? Number.POSITIVE_INFINITY : 0),
    // Loaded messages never change in place: comparing them finds nothing and holds more heap
    // (docs/performance.md, "Showing pages while they load").
    structuralSharing: false,
  });
}
