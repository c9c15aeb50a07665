/**
 * When the reader flies through the transcript faster than anyone reads (a scrollbar drag, a
 * fling), the feed draws rows as cheap placeholders of the same height, and full rows again once
 * the view has landed, as react-virtuoso's "scroll seek" does. This reducer decides it, in
 * frames rather than ms so that a slow machine's long frames do not land the view between moves.
 * Why it exists: docs/performance.md, "Rows".
 */

/** A move in one scroll event from which the view may be flying, px (18,000 px/s at 60 Hz). */
export const FAR_PX = 300;
/** A far move within this many frames of the last one makes a flight; a single jump does not. */
const FLIGHT_GAP_FRAMES = 2;
/**
 * One move this many viewports long is a flight on its own: no wheel or key moves so far, while a
 * scrollbar drag over a long transcript does from its first move.
 */
const LEAP_VIEWPORTS = 3;
/** Frames without a far move after which the view has landed. */
export const LAND_FRAMES = 6;
/** How long a jump of the view's own (to a target) keeps far moves from counting, ms. */
export const JUMP_MS = 250;

/** Where a flight stands. */
export interface Flight {
  /** True while flying: rows are drawn as placeholders. */
  flying: boolean;
  /** `scrollTop` at the last scroll event, px. */
  lastTop: number;
  /** Frames since the last far move; Infinity when the view is still. */
  quietFrames: number;
  /** Until this time (`performance.now()`, ms) far moves are the view's own jump. */
  ownJumpUntil: number;
  /** A coming scroll to this `scrollTop` (px) is the view's own (the anchor holding its place). */
  expected?: number;
}

/** What moves a flight: a scroll event, an animation frame, or the view's own moves. */
export type FlightEvent =
  | { type: 'scroll'; top: number; viewport: number; now: number }
  | { type: 'frame' }
  /** The view jumps to a target now: for {@link JUMP_MS}, far moves are its own. */
  | { type: 'jump'; now: number }
  /** The next scroll event, to `top`, is the view's own. */
  | { type: 'expect'; top: number };

/** A view at rest at the top of the feed. */
export const AT_REST: Flight = {
  flying: false,
  lastTop: 0,
  quietFrames: Number.POSITIVE_INFINITY,
  ownJumpUntil: 0,
};

/** True while frames must be counted: a far move was seen and the view has not landed yet. */
export function counting(flight: Flight): boolean {
  return flight.quietFrames < LAND_FRAMES;
}

/** The flight after `event`. */
export function flightStep(flight: Flight, event: FlightEvent): Flight {
  switch (event.type) {
    case 'jump':
      return { ...flight, ownJumpUntil: event.now + JUMP_MS };
    case 'expect':
      return { ...flight, expected: event.top };
    case 'frame': {
      const quietFrames = flight.quietFrames + 1;
      return quietFrames >= LAND_FRAMES
        ? { ...flight, quietFrames: Number.POSITIVE_INFINITY, flying: false }
        : { ...flight, quietFrames };
    }
    case 'scroll': {
      const moved = Math.abs(event.top - flight.lastTop);
      const next: Flight = { ...flight, lastTop: event.top, expected: undefined };
      if (flight.expected !== undefined && Math.abs(event.top - flight.expected) <= 1) return next;
      // The view's own jump lands a flight under way, in its own scroll event: it settles on
      // full rows where it goes, and draws none where it leaves.
      if (event.now < flight.ownJumpUntil) {
        return counting(flight)
          ? { ...next, flying: false, quietFrames: Number.POSITIVE_INFINITY }
          : next;
      }
      // Small moves count neither way: the virtualizer's own corrections come between far ones.
      if (moved < FAR_PX) return next;
      const flying =
        flight.flying ||
        flight.quietFrames <= FLIGHT_GAP_FRAMES ||
        moved >= LEAP_VIEWPORTS * event.viewport;
      return { ...next, flying, quietFrames: 0 };
    }
  }
}
