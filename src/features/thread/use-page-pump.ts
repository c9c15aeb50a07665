import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Provider } from '../../providers/index.ts';
import { firstPageShown, transcriptKey } from './first-page-shown.ts';
import { transcriptQueryOptions } from './transcript-query.ts';

/** Longest the second page waits for the first to be painted, ms. */
const FIRST_PAINT_WAIT_MS = 1000;

/**
 * Fetches a transcript's pages back to back until the last one: the next request goes out as soon
 * as a page is in, neither waiting for the page to be rendered nor for the transcript pane's code
 * (this runs in the route, which loads with the app). Except once: where the vendor's pages are
 * read ahead in the page worker (numbered pages), the second page is taken only after the pane
 * has painted the first (first-page-shown.ts); asking for it is also what lets the worker parse
 * the pages it fetched ahead and fetch more (read-ahead.ts). A failed page stops the run until
 * the pane's Retry fetches it again. Re-renders its caller only when there is no next page or an
 * error.
 */
export function usePagePump(provider: Provider, conversationId: string): void {
  const { hasNextPage, isError, fetchNextPage } = useInfiniteQuery({
    ...transcriptQueryOptions(provider, conversationId),
    // Never fetches of its own accord: the route's prefetch decides when the first page is
    // fetched (thread-page.tsx); this only asks for the next ones.
    enabled: false,
    notifyOnChangeProps: ['hasNextPage', 'isError'],
  });
  useEffect(() => {
    if (!hasNextPage || isError) return;
    let active = true;
    const pump = async () => {
      if (provider.cursorOfPage) {
        await firstPageShown(transcriptKey(provider.id, conversationId), FIRST_PAINT_WAIT_MS);
        if (!active) return;
      }
      // cancelRefetch: false joins a request already in flight instead of cancelling it.
      let result = await fetchNextPage({ cancelRefetch: false });
      while (active && result.hasNextPage && !result.isError) {
        result = await fetchNextPage({ cancelRefetch: false });
      }
    };
    void pump();
    return () => {
      active = false;
    };
  }, [hasNextPage, isError, fetchNextPage, provider, conversationId]);
}
