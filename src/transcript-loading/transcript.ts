import { stalledCursor } from '@/lib/paging.ts';
import { extendMerge, type MergeState } from '@/transcript/merge.ts';
import type { Message } from '@/transcript/model.ts';
import type { FetchedPage } from './load-pages.ts';

/** A transcript as loaded so far: what the thread shows, and where loading goes on from. */
export interface Transcript {
  /** Every message loaded, merged, de-duplicated by id and chronological (transcript/merge.ts). */
  messages: readonly Message[];
  /** The number of messages in the whole transcript, when the source's pages say (Telnyx). */
  total?: number;
  /** True once the last page is in, or loading stopped on a repeated cursor (`stalled`). */
  complete: boolean;
  /** True when the source sent a cursor it had sent before: the transcript may lack pages. */
  stalled: boolean;
  /** While not complete, the cursor of the next page to load (null: the first page). */
  next: string | null;
  /** The cursors the pages were fetched with, in order (a repeated one ends loading). */
  cursors: readonly (string | null)[];
  /** The merge of the pages so far, for the next page to extend. */
  merge: MergeState | undefined;
}

/** A transcript of which nothing has loaded yet. */
export const NOTHING_LOADED: Transcript = {
  messages: [],
  complete: false,
  stalled: false,
  next: null,
  cursors: [],
  merge: undefined,
};

/**
 * `transcript` with one more page, in the order the pages were requested: its messages merged in
 * (a message seen on an earlier page is kept once), the vendor's total taken from it, and the
 * next cursor from it, unless that cursor was used before (then loading stops, `stalled`).
 */
export function addPage(transcript: Transcript, { cursor, page }: FetchedPage): Transcript {
  const merge = extendMerge(transcript.merge, [...(transcript.merge?.pages ?? []), page]);
  const cursors = [...transcript.cursors, cursor];
  const stalled = stalledCursor(page, cursors);
  return {
    messages: merge.messages,
    total: page.total ?? transcript.total,
    complete: stalled || page.nextCursor === null,
    stalled,
    next: page.nextCursor,
    cursors,
    merge,
  };
}
