import { stalledCursor } from '@/lib/paging.ts';
import { extendMerge, type MergedPage, type MergeState } from '@/transcript/merge.ts';
import type { Message } from '@/transcript/model.ts';
import type { FetchedPage } from './load-pages.ts';

/** A transcript as loaded so far: what the thread shows, and where loading goes on from. */
export interface Transcript {
  /** Every message loaded and merged: de-duplicated by id, chronological (transcript/merge.ts). */
  messages: readonly Message[];
  /** The number of messages in the whole transcript, when the source's pages say (Telnyx). */
  total?: number;
  /** True once the last page is in, or loading stopped on a repeated cursor (`stalled`). */
  complete: boolean;
  /** True when the source sent a cursor it had sent before: the transcript may lack pages. */
  stalled: boolean;
  /** While not complete, the cursor of the next page to load (null: the first page). */
  next: string | null;
  /**
   * The pages loaded, in the order they were requested, without the vendor payloads: those stay
   * with the source, which serves a page again when one is asked for (use-message-payload.ts).
   */
  pages: readonly MergedPage[];
  /** The cursor each page was fetched with (a repeated one ends loading). */
  cursors: readonly (string | null)[];
  /**
   * True when this is a second reading from the first page, begun after the source said a cursor
   * had expired ({@link restartPaging}).
   */
  restarted: boolean;
  /** The merge `messages` came from, for the next merge to extend; none once complete. */
  merge: MergeState | undefined;
}

/** A transcript of which nothing has loaded yet. */
export const NOTHING_LOADED: Transcript = {
  messages: [],
  complete: false,
  stalled: false,
  next: null,
  pages: [],
  cursors: [],
  restarted: false,
  merge: undefined,
};

/**
 * `transcript` with one more page, in the order the pages were requested: its messages (merged
 * into `messages` by {@link withMessages}), the vendor's total, and the next cursor, unless that
 * cursor was used before (then loading stops, `stalled`).
 */
export function addPage(transcript: Transcript, { cursor, page }: FetchedPage): Transcript {
  const cursors = [...transcript.cursors, cursor];
  const stalled = stalledCursor(page, cursors);
  return {
    ...transcript,
    total: page.total ?? transcript.total,
    complete: stalled || page.nextCursor === null,
    stalled,
    next: page.nextCursor,
    pages: [...transcript.pages, { messages: page.messages, order: page.order }],
    cursors,
  };
}

/**
 * A second reading of a transcript from its first page, after the source said a cursor had
 * expired (Moveworks `INVALID_CURSOR`, docs/vendor-notes.md §3.5): nothing of the first reading
 * is kept in it (its cursors no longer work); the loader keeps the first on screen until this
 * one holds as much (transcript-query.ts).
 */
export const RESTARTED: Transcript = { ...NOTHING_LOADED, restarted: true };

/**
 * `transcript` with `messages` merged from all its pages, extending the last merge. Called when
 * the transcript is shown, not for every page: each merge copies the list. A complete transcript
 * keeps no merge state (its tables of times and ids), as nothing will extend it.
 */
export function withMessages(transcript: Transcript): Transcript {
  if (transcript.merge?.pages === transcript.pages) return transcript;
  const merge = extendMerge(transcript.merge, transcript.pages);
  return {
    ...transcript,
    messages: merge.messages,
    merge: transcript.complete ? undefined : merge,
  };
}

/** True when loading reached the transcript's last page (not stopped on a repeated cursor). */
export function reachedEnd(transcript: Transcript): boolean {
  return transcript.complete && !transcript.stalled;
}

/** The cursor of the page `message` was read from; undefined when it is not in `transcript`. */
export function cursorOf(transcript: Transcript, message: Message): string | null | undefined {
  const index = transcript.pages.findIndex((page) => page.messages.includes(message));
  return index < 0 ? undefined : transcript.cursors[index];
}
