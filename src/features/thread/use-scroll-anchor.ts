import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Message } from '../../transcript/model.ts';

/**
 * Keeps the message the reader is looking at still while older pages are merged in above it
 * (vendors that send newest first put their later pages at the top). At the very
 * top nothing is pinned, so an untouched transcript settles at its first message.
 */
export function useScrollAnchor(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  messages: readonly Message[],
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const anchor = useRef<{ id: string; delta: number } | undefined>(undefined);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const record = () => {
      const top = el.scrollTop;
      const first = virtualizer.getVirtualItems().find((item) => item.end > top);
      const message = first && messages[first.index];
      anchor.current =
        message && top > 0 ? { id: message.id, delta: top - first.start } : undefined;
    };
    record();
    el.addEventListener('scroll', record, { passive: true });
    return () => el.removeEventListener('scroll', record);
  }, [virtualizer, messages, scrollRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const pinned = anchor.current;
    if (!el || !pinned) return;
    const index = messages.findIndex((m) => m.id === pinned.id);
    const start = index < 0 ? undefined : virtualizer.measurementsCache[index]?.start;
    if (start === undefined) return;
    const target = start + pinned.delta;
    if (Math.abs(target - el.scrollTop) > 1) el.scrollTop = target;
  }, [messages, virtualizer, scrollRef]);
}
