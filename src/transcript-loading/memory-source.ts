import type { MessagePage } from '@/transcript/model.ts';
import type { PageSource } from './page-source.ts';

/**
 * Pages already held in memory (a file that was opened, say), served through the same loader as
 * a vendor's: page `i` (0-based) has the cursor `String(i)`, and the vendor's own cursors are
 * replaced by these. Keyed `['transcript', 'memory', name]`.
 * @param name names the transcript among those in memory, e.g. a file's name.
 */
export function memorySource(name: string, pages: readonly MessagePage[]): PageSource {
  return {
    key: ['transcript', 'memory', name],
    // Async, so that an abort or a missing page rejects rather than throws.
    async fetchPage(cursor, signal) {
      signal.throwIfAborted();
      const index = cursor === null ? 0 : Number(cursor);
      const page = pages[index];
      if (!page) throw new RangeError(`No page ${cursor} in "${name}"`);
      const nextCursor = index + 1 < pages.length ? String(index + 1) : null;
      return { ...page, nextCursor };
    },
  };
}
