import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Message } from '../../transcript/model.ts';

/** The first row whose bottom is below `top` (px), by binary search over the measurements. */
function rowAt(rows: readonly { start: number; end: number }[], top: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.end ?? 0) > top) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Keeps the message the reader is looking at still while older pages are merged in above it
 * (vendors that send newest first put their later pages at the top). At the very top nothing is
 * held, so an untouched transcript settles at its first message; unless a message is pinned.
 * @param expectScroll told the offset before the anchor scrolls by code, so that the leap is not
 *   taken for a scrollbar drag (use-scroll-seek.ts), nor ends one under way.
 * @param pinnedId the message the reader asked to see (a link, a match), if any: it is the one
 *   held still, even at the very top, where a message near the top of the first page shown (a
 *   newest-first vendor's oldest of those) lands when it cannot be centred.
 * @returns `record`, to call right after scrolling by code: scroll events arrive a frame late,
 *   and a page merged in before then would otherwise restore the place left behind.
 */
export function useScrollAnchor(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  messages: readonly Message[],
  scrollRef: RefObject<HTMLDivElement | null>,
  expectScroll: (top: number) => void,
  pinnedId: () => string | undefined,
): () => void {
  const anchor = useRef<{ id: string; delta: number } | undefined>(undefined);
  // The last id looked up and its row in the list: the anchored (or pinned) message is found once
  // per list, by the merge's restore and the scroll events alike, not walked for in each.
  const lastFound = useRef<{ list: readonly Message[]; id: string; index: number }>(undefined);
  const rowOf = useCallback(
    (id: string) => {
      const last = lastFound.current;
      if (last?.list === messages && last.id === id) return last.index;
      const index = messages.findIndex((m) => m.id === id);
      lastFound.current = { list: messages, id, index };
      return index;
    },
    [messages],
  );
  const record = useCallback(() => {
    const el = scrollRef.current;
    const rows = virtualizer.measurementsCache;
    const pin = pinnedId();
    // Pinned only between a jump by code and the reader's next input: the offset is read from the
    // element, the virtualizer's reading lagging a scroll event behind such a jump.
    const pinnedRow = pin === undefined ? undefined : rows[rowOf(pin)];
    if (el && pin !== undefined && pinnedRow) {
      anchor.current = { id: pin, delta: el.scrollTop - pinnedRow.start };
      return;
    }
    // The virtualizer's own reading of the offset: reading scrollTop here, right after it rendered
    // the rows for this scroll, would force a layout in every scroll event.
    const top = virtualizer.scrollOffset ?? el?.scrollTop ?? 0;
    if (!el || rows.length === 0 || top <= 0) {
      anchor.current = undefined;
      return;
    }
    const index = rowAt(rows, top);
    const message = messages[index];
    const row = rows[index];
    anchor.current = message && row ? { id: message.id, delta: top - row.start } : undefined;
  }, [virtualizer, messages, scrollRef, pinnedId, rowOf]);
  // Settling loops outlive a page merge: they call the latest `record` through this.
  const latestRecord = useRef(record);
  useEffect(() => {
    latestRecord.current = record;
  });

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    el.addEventListener('scroll', record, { passive: true });
    return () => el.removeEventListener('scroll', record);
  }, [record, scrollRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const kept = anchor.current;
    if (!el || !kept) return;
    const start = virtualizer.measurementsCache[rowOf(kept.id)]?.start;
    if (start === undefined) return;
    const target = start + kept.delta;
    if (Math.abs(target - el.scrollTop) <= 1) return;
    expectScroll(target);
    el.scrollTop = target;
  }, [rowOf, virtualizer, scrollRef, expectScroll]);

  return record;
}
