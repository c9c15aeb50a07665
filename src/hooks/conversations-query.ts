import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ConversationSummary, ListFilters, Vendor } from '@/vendors/index.ts';
import { FIRST_PAGE, nextCursor } from '@/lib/paging.ts';

/** Keyset paging may return a boundary item again on the next page: keep the first. */
function uniqueById(items: ConversationSummary[]): ConversationSummary[] {
  const seen = new Set<string>();
  return items.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/**
 * A vendor's list of sessions or conversations narrowed by `filters`, page by page with the
 * vendor's own cursor.
 */
export function conversationsQueryOptions(vendor: Vendor, filters: ListFilters) {
  return infiniteQueryOptions({
    queryKey: ['conversations', vendor.id, filters],
    queryFn: ({ pageParam, signal }) => vendor.listConversations(pageParam, filters, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last, _pages, _param, allParams) => nextCursor(last, allParams),
    select: (data) => uniqueById(data.pages.flatMap((p) => p.items)),
  });
}
