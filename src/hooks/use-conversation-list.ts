import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import {
  filtersAt,
  matchesLoaded,
  type ConversationSummary,
  type ListFilters,
  type Vendor,
} from '@/vendors/index.ts';
import { conversationsQueryOptions } from './conversations-query.ts';

/** Rows a list filtered as loaded loads on for by itself: about a screen's worth. */
const SCREEN_ROWS = 30;

/** A vendor's list under some filters, as the list page and a transcript's neighbours use it. */
export interface ConversationList {
  /** The rows that pass every filter, in the vendor's order. */
  items: readonly ConversationSummary[];
  /** How many rows were loaded from the vendor, filtered or not. */
  loaded: number;
  /** True until the first page is in. */
  pending: boolean;
  /** True when the vendor has pages not loaded yet. */
  hasMore: boolean;
  /** True while a page is being fetched. */
  fetching: boolean;
  /** The last failure, null when the last request succeeded. */
  error: Error | null;
  /** A failure whose automatic retry is under way (waiting or fetching); null otherwise. */
  retryingAfter: Error | null;
  /** Asks for the next page, unless one is being fetched or none is left. */
  loadMore: () => void;
  /** Asks again for what failed: the next page, or the first. */
  retry: () => void;
  /** True while the list loads on by itself to fill a screen. */
  loadingOn: boolean;
}

/**
 * `vendor`'s list under `filters` (docs/contract.md "Lists"): the vendor applies what it can
 * upstream; the rest is applied here to what is loaded, and the list then loads on by itself
 * until about a screen of rows passes or the list ends. One request at a time: asked again while
 * fetching, React Query would start the page over. With `enabled` false nothing is fetched, and
 * what the cache holds is still returned.
 */
export function useConversationList(
  vendor: Vendor,
  filters: ListFilters,
  { enabled = true }: { enabled?: boolean } = {},
): ConversationList {
  const query = useInfiniteQuery({ ...conversationsQueryOptions(vendor, filters), enabled });
  const all = query.data ?? [];
  const here = filtersAt(filters, vendor.listFilters, 'loaded');
  // Filtered once per page loaded, not on every render of a scrolling list.
  const key = JSON.stringify(filters);
  const items = useMemo(
    () => (here ? all.filter((c) => matchesLoaded(c, filters, vendor.listFilters)) : all),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `filters`
    [here, all, key, vendor],
  );
  const { hasNextPage, isFetching, fetchNextPage, error } = query;
  const canLoad = enabled && hasNextPage && !isFetching && !error;
  const loadingOn = here && items.length < SCREEN_ROWS && canLoad;
  useEffect(() => {
    if (loadingOn) void fetchNextPage();
  }, [loadingOn, fetchNextPage, all.length]);
  const loadMore = useCallback(() => {
    if (canLoad) void fetchNextPage();
  }, [canLoad, fetchNextPage]);
  return {
    items,
    loaded: all.length,
    pending: query.isPending,
    hasMore: hasNextPage,
    fetching: isFetching,
    error,
    retryingAfter: isFetching && !error ? query.failureReason : null,
    loadMore,
    retry: () => void (query.data ? fetchNextPage() : query.refetch()),
    loadingOn,
  };
}
