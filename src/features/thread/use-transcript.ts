import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Provider } from '../../providers/index.ts';
import { transcriptQueryOptions } from './transcript-query.ts';

/**
 * A transcript that keeps fetching in the background, one page at a time, until the last page;
 * every page shows as it arrives. A failed page stops the run (what loaded stays) until `retry`.
 */
export function useTranscript(provider: Provider, conversationId: string) {
  const query = useInfiniteQuery(transcriptQueryOptions(provider, conversationId));
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
  const retry = () => void (query.data ? query.fetchNextPage() : query.refetch());
  const loading = query.isPending || query.isFetching || (query.hasNextPage && !query.isError);
  return { query, retry, loading };
}
