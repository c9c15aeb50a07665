import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { VendorError, type Provider } from '../../providers/index.ts';
import { toTranscript, transcriptQueryOptions, type Transcript } from './transcript-query.ts';

/** Longest the thread waits to show pages that arrived while loading, ms. */
const SHOW_EVERY_MS = 250;

type ResultProp = 'status' | 'error' | 'hasNextPage' | 'isFetching';
/** The query's changes that re-render the pane at once: its state, not its pages. */
const STATE: ResultProp[] = ['status', 'error', 'hasNextPage'];
/** While a page has failed, fetching too: the error's Retry shows that it is retrying. */
const STATE_WHILE_FAILED: ResultProp[] = [...STATE, 'isFetching'];

/**
 * A transcript as the pane shows it while the route fetches its pages (usePagePump): what arrived
 * shows within 250 ms while loading (sooner when the pane renders for another reason), and at once
 * when loading ends. A failed page stops the run (what loaded stays) until `retry`.
 *
 * Pages arrive every few milliseconds on a long transcript, each one changing the query's data
 * and its fetching flag twice; re-rendering the pane for each change cost the main thread more
 * than the pages themselves, CPU the page worker and the network then lacked. So the pane renders
 * when the query's state changes (first page, error, last page) and on a 250 ms tick while
 * loading, reading the latest pages each time.
 * @returns `query` (the infinite query), `transcript` (the merged pages as shown), `retry`, and
 *   `loading`: true while pages are still being fetched or are still to come.
 */
export function useTranscript(provider: Provider, conversationId: string) {
  const failed = useRef(false);
  const query = useInfiniteQuery({
    ...transcriptQueryOptions(provider, conversationId),
    // The route starts (or restarts) the first page before this pane's code has loaded
    // (thread-page.tsx); a first page that already failed by the time the pane mounts is shown,
    // with Retry, not fetched a second time.
    retryOnMount: false,
    notifyOnChangeProps: () => (failed.current ? STATE_WHILE_FAILED : STATE),
  });
  useEffect(() => {
    failed.current = query.isError;
  }, [query.isError]);
  // Retry the page that failed; from the first page when there is none, or the cursor expired.
  const restart = !query.data || (query.error instanceof VendorError && query.error.cursorExpired);
  const retry = () => void (restart ? query.refetch() : query.fetchNextPage());
  const loading = query.isPending || query.isFetching || (query.hasNextPage && !query.isError);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  // The next tick 250 ms after this render is committed, not on a fixed interval: where a render
  // takes longer than that (100,000 messages at 4x CPU throttle), an interval's ticks would come
  // back to back and starve the pages' hand-over (a load took 53 s instead of 31–34).
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(tick, SHOW_EVERY_MS);
    return () => clearTimeout(timer);
  });
  const pages = query.data;
  const transcript: Transcript | undefined = useMemo(() => pages && toTranscript(pages), [pages]);
  return { query, transcript, retry, loading };
}
