import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { VendorError, type Provider } from '../../providers/index.ts';
import { toTranscript, transcriptQueryOptions, type Transcript } from './transcript-query.ts';
import { useSampled } from './use-sampled.ts';

/** How often the thread shows the pages that arrived while loading, ms. */
const SHOW_EVERY_MS = 250;

/**
 * A transcript as the pane shows it while the route fetches its pages (usePagePump): what arrived
 * shows at most every 250 ms while loading, and at once when loading ends. A failed page stops the
 * run (what loaded stays) until `retry`.
 * @returns `query` (the infinite query), `transcript` (the merged pages as shown), `retry`, and
 *   `loading`: true while pages are still being fetched or are still to come.
 */
export function useTranscript(provider: Provider, conversationId: string) {
  const query = useInfiniteQuery({
    ...transcriptQueryOptions(provider, conversationId),
    // The route starts (or restarts) the first page before this pane's code has loaded
    // (thread-page.tsx); a first page that already failed by the time the pane mounts is shown,
    // with Retry, not fetched a second time.
    retryOnMount: false,
  });
  // Retry the page that failed; from the first page when there is none, or the cursor expired.
  const restart = !query.data || (query.error instanceof VendorError && query.error.cursorExpired);
  const retry = () => void (restart ? query.refetch() : query.fetchNextPage());
  const loading = query.isPending || query.isFetching || (query.hasNextPage && !query.isError);
  const pages = useSampled(query.data, loading, SHOW_EVERY_MS);
  const transcript: Transcript | undefined = useMemo(() => pages && toTranscript(pages), [pages]);
  return { query, transcript, retry, loading };
}
