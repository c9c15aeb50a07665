import type { QueryClient } from '@tanstack/react-query';
import type { Message } from '@/transcript/model.ts';
import { READ_AHEAD } from './load-pages.ts';
import type { PageSource } from './page-source.ts';
import { reachedEnd, type Transcript } from './transcript.ts';
import { messagePageQuery, payloadsById } from './use-message-payload.ts';

/** A transcript as loaded, with the vendor payload of each message. */
export interface LoadedPayloads {
  /** The messages shown when the payloads were asked for, chronological. */
  messages: readonly Message[];
  /** True when those are the whole transcript (loading reached the last page). */
  complete: boolean;
  /** Each message's payload; a message its page no longer holds (matched by id) has none. */
  payloads: ReadonlyMap<Message, unknown>;
}

/**
 * The vendor payload of every message of `source`'s transcript as loaded, exactly as received:
 * the transcript keeps none (transcript.ts), so each page it loaded is fetched again by its
 * cursor ({@link READ_AHEAD} at a time where the source numbers its pages, else one by one),
 * through the cache Details uses: pages Details fetched are not fetched twice, and the others
 * leave the cache once read.
 * @param onProgress called after each batch with the pages done and the pages in all.
 * @returns the messages of `client`'s data for `source.key` with their payloads; no messages
 *   when nothing loaded.
 * @throws the first failed page's error (after the app's retries); `signal`'s reason once it
 *   aborts, between batches.
 */
export async function loadPayloads(
  client: QueryClient,
  source: PageSource,
  signal: AbortSignal,
  onProgress?: (done: number, pages: number) => void,
): Promise<LoadedPayloads> {
  const payloads = new Map<Message, unknown>();
  const transcript = client.getQueryData<Transcript>(source.key);
  if (!transcript) return { messages: [], complete: false, payloads };
  const { pages, cursors, messages } = transcript;
  // As the loader reads: ahead only where the source numbers its pages (Moveworks asks for one
  // page at a time, docs/vendor-notes.md §3.4).
  const width = source.cursorOfPage ? READ_AHEAD : 1;
  for (let start = 0; start < pages.length; start += width) {
    signal.throwIfAborted();
    const batch = pages.slice(start, start + width);
    const fetched = await Promise.all(
      batch.map((_, k) =>
        // Dropped from the cache once read (gcTime 0), unless Details keeps it: a whole
        // transcript's payloads must not stay in memory after the export.
        client.fetchQuery({ ...messagePageQuery(source, cursors[start + k] ?? null), gcTime: 0 }),
      ),
    );
    batch.forEach((page, k) => {
      const again = fetched[k];
      if (!again) return;
      const byId = payloadsById(again);
      for (const message of page.messages) {
        if (byId.has(message.id)) payloads.set(message, byId.get(message.id));
      }
    });
    signal.throwIfAborted();
    onProgress?.(start + batch.length, pages.length);
  }
  return { messages, complete: reachedEnd(transcript), payloads };
}
