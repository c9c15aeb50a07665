import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { VendorError, type Provider } from '../../providers/index.ts';
import { transcriptQueryOptions } from './transcript-query.ts';

/**
 * A transcript that keeps fetching in the background, one page at a time, until the last page;
 * every page shows as it arrives. A failed page stops the run (what loaded stays) until `retry`.
 * @returns `query` (the infinite query, its data a merged `Transcript`), `retry`, and
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
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
  // Retry the page that failed; from the first page when there is none, or the cursor expired.
  const restart = !query.data || (query.error instanceof VendorError && query.error.cursorExpired);
  const retry = () => void (restart ? query.refetch() : query.fetchNextPage());
  const loading = query.isPending || query.isFetching || (query.hasNextPage && !query.isError);
  return { query, retry, loading };
}
