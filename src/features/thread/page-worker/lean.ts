import type { Message, MessagePage } from '../../../transcript/model.ts';
import { isIsoOf } from '../../../transcript/time.ts';

/**
 * The page as the thread keeps it: each message without its vendor payload (`raw`) and `details`,
 * which the thread shows only when asked (message-details.tsx fetches them again through
 * `sourcePage` and `sourceIndex`), and without `time` when `sentTime` can rebuild it. Drops about a third of a transcript's memory, and as much from what crosses from the
 * page worker. A message whose item was unreadable keeps its raw part: that is what it shows.
 * @param cursor the cursor the page was fetched with (null for the first page).
 */
export function leanPage(page: MessagePage, cursor: string | null): MessagePage {
  const from = { cursor };
  return {
    ...page,
    messages: page.messages.map((m, index): Message => {
      // Fields listed one by one (no rest spread, no delete): each message gets the same shape.
      const lean: Message = {
        id: m.id,
        role: m.role,
        parts: m.parts,
        citations: m.citations,
        sourcePage: from,
        sourceIndex: index,
      };
      // The time as sent only when it says more than its parsed value (sentTime rebuilds it).
      if (m.time !== undefined && (m.timeMs === undefined || !isIsoOf(m.time, m.timeMs))) {
        lean.time = m.time;
      }
      if (m.timeMs !== undefined) lean.timeMs = m.timeMs;
      if (m.author !== undefined) lean.author = m.author;
      return lean;
    }),
  };
}
