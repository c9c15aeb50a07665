import type { Message, MessagePage } from './model.ts';

/** Room for any page's messages between two pages' tie-break ranges. */
const PAGE_SPAN = 2 ** 32;

/**
 * Merges fetched pages into one chronological transcript: de-duplicated by message id (the first
 * copy wins), sorted by time, ties kept in delivery order: page by page, and for newest-first
 * vendors with later pages (older messages) first. A message without a readable time sorts with
 * the message delivered just before it in chronological order.
 * @param pages in the order they were requested (page 1 first).
 * @returns a new array; the messages themselves are not copied.
 */
export function mergePages(pages: readonly MessagePage[]): Message[] {
  const seen = new Set<string>();
  const rows: { message: Message; time: number; tiebreak: number }[] = [];
  // Walk pages oldest first, so an untimed message inherits the time just before it.
  const indexed = pages.map((page, p) => ({ page, p }));
  const chronological = pages[0]?.order === 'newest-first' ? indexed.reverse() : indexed;
  let carried = Number.NEGATIVE_INFINITY;
  for (const { page, p } of chronological) {
    const newestFirst = page.order === 'newest-first';
    const list = newestFirst ? [...page.messages].reverse() : page.messages;
    const base = (newestFirst ? -p : p) * PAGE_SPAN;
    list.forEach((message, i) => {
      if (message.timeMs !== undefined) carried = message.timeMs;
      if (seen.has(message.id)) return;
      seen.add(message.id);
      rows.push({ message, time: message.timeMs ?? carried, tiebreak: base + i });
    });
  }
  rows.sort((a, b) => a.time - b.time || a.tiebreak - b.tiebreak);
  return rows.map((r) => r.message);
}
