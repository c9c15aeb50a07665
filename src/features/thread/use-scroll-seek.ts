import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** What {@link useScrollSeek} gives its view. */
export interface ScrollSeek {
  /** True while flying: rows are drawn as placeholders. */
  seeking: boolean;
  /**
   * Says that the view jumps (to a message, an end) and settles there: for the next
   * {@link HOLD_MS}, renewed by each call, far moves neither count nor leave a flight under way.
   */
  hold: () => void;
  /**
   * Says that the next scroll event, to `top` (px), is the view's own (the scroll anchor keeping
   * the reader's place as pages are merged in above): it neither starts nor ends a flight.
   */
  expect: (top: number) => void;
}

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
/** How long a jump of the view's own keeps far moves from counting as a flight, ms. */
const HOLD_MS = 250;

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
 * The view's own moves are told apart: its jumps by {@link ScrollSeek.hold}, the scroll anchor's
 * by {@link ScrollSeek.expect}.
 */
export function useScrollSeek(scrollRef: RefObject<HTMLElement | null>): ScrollSeek {
  const [seeking, setSeeking] = useState(false);
  // `performance.now()` time (ms) before which far moves are a jump's of the view's own.
  const holdUntil = useRef(0);
  // The scroll offset of a move of the view's own still to come, px.
  const expected = useRef<number | undefined>(undefined);
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
    // A jump of the view's own lands a flight under way, in its own scroll event: the jump settles
    // on full rows where it goes (not on placeholders that change height a few frames later), and
    // no full rows are drawn where it leaves.
    const land = () => {
      quietFrames = Number.POSITIVE_INFINITY;
      cancelAnimationFrame(frame);
      frame = 0;
      setSeeking(false);
    };
    const onScroll = () => {
      const top = el.scrollTop;
      const moved = last === undefined ? 0 : Math.abs(top - last);
      last = top;
      const own = expected.current !== undefined && Math.abs(top - expected.current) <= 1;
      expected.current = undefined;
      if (own) return;
      if (performance.now() < holdUntil.current) {
        if (frame !== 0) land();
        return;
      }
      // Small moves do not count either way: the virtualizer's own corrections, when a row above
      // the view is measured, come between the reader's far ones.
      if (moved < SEEK_PX) return;
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
  }, [scrollRef]);
  const hold = useCallback(() => {
    holdUntil.current = performance.now() + HOLD_MS;
  }, []);
  const expect = useCallback((top: number) => {
    expected.current = top;
  }, []);
  return { seeking, hold, expect };
}
