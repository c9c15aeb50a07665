import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Scroll in one event (about one a frame) from which the view counts as flying, px: 18,000 px a
 * second at 60 Hz, beyond any reading speed (a scrollbar drag or a fast fling).
 */
const SEEK_PX = 300;
/** A far move within this many frames of the last one makes a flight; a single jump is not. */
const FLIGHT_GAP_FRAMES = 2;
/**
 * One move of this many viewports makes a flight on its own, viewports: no key, wheel or fling
 * moves so far in one event, while a scrollbar drag over a long transcript does from its first
 * move (at 100,000 messages a pixel of thumb is about 12,000 px). Waiting for a second move would
 * render, and measure, a screen of full rows far away, and each measurement there makes the
 * virtualizer walk every row after it (about 40 ms at 100,000 rows).
 */
const LEAP_VIEWPORTS = 3;
/** Frames without a far move after which the view has landed (about 100 ms at 60 Hz). */
const LAND_FRAMES = 6;

/**
 * True while the reader flies through the transcript faster than anyone reads (a scrollbar drag,
 * a fling): the feed then draws each row as a cheap placeholder of the same height
 * (message-placeholder.tsx), and the full rows once the view has landed, as react-virtuoso's
 * "scroll seek" does. At 4x CPU slow-down a frame of new full rows takes about 40 ms; a frame of
 * placeholders a fraction of that, and, as their heights do not change, the virtualizer
 * recomputes no positions (and corrects no scroll offsets) while flying. Counted in frames, not
 * ms, so that a slow machine's long frames do not land the view between two moves.
 * Call it before `useVirtualizer`: its scroll listener must run first, so that the virtualizer's
 * synchronous render on the same scroll event already draws placeholders.
 * @param holdUntil `performance.now()` time (ms) before which far moves are the view's own (a
 *   jump to a message and its settling, the scroll anchor's keeping place when pages are merged
 *   in above) and do not count.
 */
export function useScrollSeek(
  scrollRef: RefObject<HTMLElement | null>,
  holdUntil: RefObject<number>,
): boolean {
  const [seeking, setSeeking] = useState(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // Read in the next frame, not here: reading it at mount forces a layout in the commit.
    let last: number | undefined;
    const start = requestAnimationFrame(() => (last ??= el.scrollTop));
    let quietFrames = Number.POSITIVE_INFINITY;
    let frame = 0;
    const tick = () => {
      quietFrames += 1;
      if (quietFrames >= LAND_FRAMES) {
        frame = 0;
        setSeeking(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    const onScroll = () => {
      const top = el.scrollTop;
      const moved = last === undefined ? 0 : Math.abs(top - last);
      last = top;
      // Small moves do not count either way: the virtualizer's own corrections, when a row above
      // the view is measured, come between the reader's far ones.
      if (moved < SEEK_PX || performance.now() < holdUntil.current) return;
      if (quietFrames <= FLIGHT_GAP_FRAMES || moved >= LEAP_VIEWPORTS * el.clientHeight) {
        setSeeking(true);
      }
      quietFrames = 0;
      if (frame === 0) frame = requestAnimationFrame(tick);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(start);
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, holdUntil]);
  return seeking;
}
