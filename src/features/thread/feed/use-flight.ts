import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { AT_REST, counting, flightStep, type FlightEvent } from './flight.ts';

/** What {@link useFlight} gives its feed; `jump` and `expect` keep their identity. */
export interface FlightControl {
  /** True while the reader flies through the transcript: rows are drawn as placeholders. */
  flying: boolean;
  /** The view jumps to a target now: its far moves for a moment are not a flight (flight.ts). */
  jump: () => void;
  /** The next scroll event, to `top` px, is the view's own (the anchor holding its place). */
  expect: (top: number) => void;
}

/**
 * Runs flight.ts on `scrollRef`'s scroll events and animation frames. Call it before
 * `useVirtualizer`: its scroll listener must run first, so that the virtualizer's render on the
 * same scroll event already draws placeholders.
 */
export function useFlight(scrollRef: RefObject<HTMLElement | null>): FlightControl {
  const [flying, setFlying] = useState(false);
  const flight = useRef(AT_REST);
  const frame = useRef(0);
  const step = useMemo(() => {
    const run = (event: FlightEvent) => {
      flight.current = flightStep(flight.current, event);
      setFlying(flight.current.flying);
      // Frames are counted only between a far move and the landing.
      if (counting(flight.current) && frame.current === 0) {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          run({ type: 'frame' });
        });
      }
    };
    return run;
  }, []);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () =>
      step({
        type: 'scroll',
        top: el.scrollTop,
        viewport: el.clientHeight,
        now: performance.now(),
      });
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [scrollRef, step]);
  const own = useMemo(
    () => ({
      jump: () => step({ type: 'jump', now: performance.now() }),
      expect: (top: number) => step({ type: 'expect', top }),
    }),
    [step],
  );
  return { flying, ...own };
}
