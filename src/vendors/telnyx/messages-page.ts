import type { MessagePage } from '@/transcript/model.ts';
import { normalizeTelnyxPage } from './normalize.ts';
import type { TelnyxMessagesPage } from './wire.ts';

/**
 * One `GET /ai/conversations/{id}/messages` body (docs/vendor-notes.md §2.4), validated, as a
 * page of the model without its cursor: what a live page and a page read from a file share.
 * Newest first; `total` and `numbered` from `meta`.
 */
export function readTelnyxPage(page: TelnyxMessagesPage): Omit<MessagePage, 'nextCursor'> {
  const { page_number, total_pages, total_results } = page.meta;
  return {
    messages: normalizeTelnyxPage(page.data),
    items: page.data,
    order: 'newest-first',
    total: total_results,
    numbered: { page: page_number, pages: total_pages },
  };
}
