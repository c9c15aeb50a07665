import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { Provider } from '../../providers/index.ts';
import { mergePages } from '../../transcript/merge.ts';
import type { Message, MessagePage } from '../../transcript/model.ts';

/** The first page has no cursor. */
const FIRST_PAGE: string | null = null;

/** A transcript as the thread shows it: merged, de-duplicated, chronological. */
export interface Transcript {
  messages: Message[];
  /** The vendor's count of all messages, when it gives one (Telnyx). */
  total?: number;
  pagesLoaded: number;
}

/** Stable, so React Query memoizes the merge: it reruns only when a page arrives. */
function selectTranscript(data: InfiniteData<MessagePage, string | null>): Transcript {
  return {
    messages: mergePages(data.pages),
    total: data.pages.at(-1)?.total,
    pagesLoaded: data.pages.length,
  };
}

/**
 * One transcript as an infinite query over the vendor's pages at its largest page size
 * (design.md "The data path"): the cursor is the vendor's own (Twilio `next_page_url`, Telnyx
 * page number, Moveworks `next_cursor`), and `select` merges every loaded page.
 */
export function transcriptQueryOptions(provider: Provider, conversationId: string) {
  return infiniteQueryOptions({
    queryKey: ['transcript', provider.id, conversationId],
    queryFn: ({ pageParam, signal }) => provider.fetchMessages(conversationId, pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: selectTranscript,
    // Fetched pages never change, and a deep compare of every loaded page (and of the merged
    // transcript) on each new page costs more than the page itself at thousands of messages.
    structuralSharing: false,
  });
}
