import type { MessagePage } from '@/transcript/model.ts';

/**
 * What names one transcript everywhere: its pages' React Query key, e.g.
 * `['transcript', 'telnyx', '<conversation id>']`. The second item is where its pages come from
 * (a vendor's id, or `memory`), the third the transcript's id there.
 */
export type TranscriptKey = readonly ['transcript', string, string];

/**
 * Where one transcript's pages come from, page by page: a vendor through the proxy
 * (vendor-source.ts) or pages held in memory (memory-source.ts). The loader (load-pages.ts)
 * asks for pages by cursor and knows nothing else of the source.
 */
export interface PageSource {
  readonly key: TranscriptKey;
  /**
   * One page, normalized, in the source's delivery order. `cursor` null is the first page; the
   * next one's is `MessagePage.nextCursor`.
   * @throws {import('@/vendors/index.ts').VendorError} for a failed or unreadable page; the
   *   signal's reason once it aborts.
   */
  fetchPage(cursor: string | null, signal: AbortSignal): Promise<MessagePage>;
  /**
   * The cursor of page `n` (1-based), for sources whose pages say where they sit
   * (`MessagePage.numbered`): the loader then asks for later pages before earlier ones arrive.
   * Absent where cursors are opaque.
   */
  cursorOfPage?: (n: number) => string;
  /**
   * True when `error`, thrown by `fetchPage`, says the cursor has expired and the pages must be
   * read again from the first (Moveworks `INVALID_CURSOR`). Absent where cursors do not expire.
   */
  cursorExpired?: (error: unknown) => boolean;
}
