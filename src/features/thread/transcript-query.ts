import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { Provider } from '../../providers/index.ts';
import { extendMerge, type MergeState } from '../../transcript/merge.ts';
import type { Message, MessagePage } from '../../transcript/model.ts';
import { FIRST_PAGE, nextCursor, stalledCursor } from '../shared-paging.ts';
import { fetchPage } from './page-worker/client.ts';

/** A transcript as the thread shows it: merged, de-duplicated, chronological. */
export interface Transcript {
  messages: Message[];
  /** The vendor's count of all messages, when its pages say. */
  total?: number;
  /** True when the vendor repeated a cursor, so loading stopped before the end. */
  stalled: boolean;
}

/**
 * The last merge per query, keyed by its first page (the same object while later pages are
 * appended), so each new page costs its own size rather than a merge of everything.
 */
const merges = new WeakMap<MessagePage, MergeState>();

/**
 * The fetched pages as one transcript: merged, de-duplicated, chronological. Not a query `select`:
 * that would merge on every page (1,000 of them at 100,000 messages), where the thread needs the
 * merge only when it shows what arrived (use-transcript.ts samples it).
 */
export function toTranscript(data: InfiniteData<MessagePage, unknown>): Transcript {
  const first = data.pages[0];
  const merged = extendMerge(first && merges.get(first), data.pages);
  if (first) merges.set(first, merged);
  return {
    messages: merged.messages,
    total: data.pages.at(-1)?.total,
    stalled: stalledCursor(data.pages.at(-1), data.pageParams),
  };
}

/**
 * One transcript as an infinite query over the vendor's pages at its largest page size
 * (design.md "The data path"): the cursor is whatever the vendor's provider says it is; the
 * data is the pages as fetched ({@link toTranscript} merges them). Where the vendor numbers its
 * pages, the next few are fetched ahead in parallel (read-ahead.ts); pages are fetched and
 * normalized in a worker (page-worker/), so rendering never holds up the next request.
 */
export function transcriptQueryOptions(provider: Provider, conversationId: string) {
  return infiniteQueryOptions({
    queryKey: ['transcript', provider.id, conversationId],
    // The first page is never aborted: React Query cancels (and forgets) a fetch whose signal was
    // taken when its last observer goes, which StrictMode and the lazy pane's mount both cause
    // while the route's prefetch is in flight. Later pages are aborted when the reader leaves.
    queryFn: (context) =>
      fetchPage(
        provider,
        conversationId,
        context.pageParam,
        context.pageParam === FIRST_PAGE ? undefined : context.signal,
      ),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last, _pages, _param, allParams) => nextCursor(last, allParams),
    // Fetched pages never change, and a deep compare of every loaded page on each new page costs
    // more than the page itself at thousands of messages.
    structuralSharing: false,
  });
}
