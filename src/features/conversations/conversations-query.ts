import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Provider } from '../../providers/index.ts';

/** The first page has no cursor. */
const FIRST_PAGE: string | null = null;

/** A vendor's list of sessions or conversations, page by page with the vendor's own cursor. */
export function conversationsQueryOptions(provider: Provider) {
  return infiniteQueryOptions({
    queryKey: ['conversations', provider.id],
    queryFn: ({ pageParam, signal }) => provider.listConversations(pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((p) => p.items),
  });
}
