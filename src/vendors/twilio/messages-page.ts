import type { MessagePage } from '@/transcript/model.ts';
import { normalizeTwilioMessage } from './normalize.ts';
import type { TwilioMessagesPage } from './wire.ts';

/** The largest `PageSize` Twilio takes (docs/vendor-notes.md §1.6). */
export const MAX_PAGE_SIZE = 1000;

/**
 * One `GET /v1/Sessions/{id}/Messages` body (docs/vendor-notes.md §1.3), validated, as a page of
 * the model without its cursor: what a live page and a page read from a file share. Items
 * without an id are `twilio-item-<n>`, n counted from the page's `meta.page` and `page_size`.
 */
export function readTwilioPage(page: TwilioMessagesPage): Omit<MessagePage, 'nextCursor'> {
  const offset = (page.meta.page ?? 0) * (page.meta.page_size ?? MAX_PAGE_SIZE);
  return {
    messages: page.messages.map((item, i) =>
      normalizeTwilioMessage(item, `twilio-item-${offset + i}`),
    ),
    items: page.messages,
    // Undocumented (docs/vendor-notes.md §1.6); the one real consumer sorts by date itself, as merge does.
    order: 'oldest-first',
  };
}
