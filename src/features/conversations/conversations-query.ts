import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ConversationSummary, Vendor } from '@/vendors/index.ts';
import { FIRST_PAGE, nextCursor } from '@/lib/paging.ts';

/** Keyset paging may return a boundary item again on the next page: keep the first. */
function uniqueById(items: ConversationSummary[]): ConversationSummary[] {
  const seen = new Set<string>();
  return items.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** A vendor's list of sessions or conversations, page by page with the vendor's own cursor. */
export function conversationsQueryOptions(vendor: Vendor) {
  return infiniteQueryOptions({
    queryKey: ['conversations', vendor.id],
    queryFn: ({ pageParam, signal }) => vendor.listConversations(pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last, _pages, _param, allParams) => nextCursor(last, allParams),
    select: (data) => uniqueById(data.pages.flatMap((p) => p.items)),
  });
}
