import type { MessagePage } from '@/transcript/model.ts';
import { loadEmojiShortcodes, mayHaveShortcodes } from './emoji.ts';
import { normalizeMoveworksMessage } from './normalize.ts';
import type { MoveworksMessagesPage } from './wire.ts';

/**
 * One `GET /conversations/{id}/messages` body (docs/vendor-notes.md §3.3), validated, as a page
 * of the model without its cursor: what a live page and a page read from a file share. Newest
 * first. The shortcode table is fetched only for a page that may need it.
 * @param pageName names the page in the ids of messages without one: `moveworks-<pageName>-<i>`.
 */
export async function readMoveworksPage(
  page: MoveworksMessagesPage,
  pageName: string,
): Promise<Omit<MessagePage, 'nextCursor'>> {
  const emoji = mayHaveShortcodes(page.messages) ? await loadEmojiShortcodes() : undefined;
  return {
    messages: page.messages.map((item, i) =>
      normalizeMoveworksMessage(item, `moveworks-${pageName}-${i}`, emoji),
    ),
    items: page.messages,
    order: 'newest-first',
  };
}
