import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Message } from '@/transcript/model.ts';
import type { NavTarget } from '../row-actions.ts';
import { anchorAt, landingTop, moves, type Anchor } from './scroll-controller.ts';

/** Longest a landing follows its target while rows render and are measured around it. */
const LANDING_FRAMES = 60;
/** Frames the target must stay still to have landed. */
const STILL_FRAMES = 3;
/** The reader's own input: it ends a landing and lets go of the target. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** What the controller works on; `jump` and `expect` tell the flight of the view's own moves. */
export interface ScrollControllerProps {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The rows' messages, in feed order. */
  messages: readonly Message[];
  /** True while pages still load: once the last is in, a held target lands again. */
  busy: boolean;
  target: NavTarget | undefined;
  jump: () => void;
  expect: (top: number) => void;
}

/**
 * The feed's one scroll controller, applying scroll-controller.ts:
 * - a target lands: each frame, until it has stayed still, the view is aimed at it (its mark, else
 *   its article once rendered, else its measured row), and it is focused if asked;
 * - the target is then held until the reader's own input, landing again when the last page is in;
 * - while rows change (pages merged in above), the anchor (the held target, else the message at the
 *   top of the view) stays where it was.
 */
export function useScrollController(props: ScrollControllerProps): void {
  const { scrollRef, virtualizer, messages, busy, target, jump, expect } = props;
  const held = useRef<NavTarget | undefined>(undefined);
  const anchor = useRef<Anchor | undefined>(undefined);
  // The row of the last message looked up in this list: the anchor and the held target are found
  // once per list, not walked for on every scroll event.
  const found = useRef<{ list: readonly Message[]; id: string; index: number }>(undefined);
  const rowOf = useCallback(
    (id: string) => {
      const last = found.current;
      if (last?.list === messages && last.id === id)
        return virtualizer.measurementsCache[last.index];
      const index = messages.findIndex((m) => m.id === id);
      found.current = { list: messages, id, index };
      return virtualizer.measurementsCache[index];
    },
    [messages, virtualizer],
  );

  const record = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const heldRow = held.current && rowOf(held.current.messageId);
    const heldAt = held.current &&
      heldRow && { messageId: held.current.messageId, start: heldRow.start };
    // The virtualizer's own reading of the offset, not a layout read in every scroll event; but
    // right after a jump of the view's own it lags one scroll event behind.
    const top = heldAt ? el.scrollTop : (virtualizer.scrollOffset ?? el.scrollTop);
    anchor.current = anchorAt(virtualizer.measurementsCache, top, (i) => messages[i]?.id, heldAt);
  }, [scrollRef, virtualizer, messages, rowOf]);
  // Landings outlive a list: they read the latest functions through this.
  const latest = useRef({ record, rowOf });
  useLayoutEffect(() => {
    latest.current = { record, rowOf };
  });

  useEffect(() => {
    const el = scrollRef.current;
    el?.addEventListener('scroll', record, { passive: true });
    return () => el?.removeEventListener('scroll', record);
  }, [scrollRef, record]);

  // Rows merged in above: the anchor goes back to where it was.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const kept = anchor.current;
    const start = kept && rowOf(kept.messageId)?.start;
    if (!el || !kept || start === undefined) return;
    const top = start + kept.offset;
    if (!moves(el.scrollTop, top)) return;
    expect(top);
    el.scrollTop = top;
  }, [scrollRef, rowOf, expect]);

  const land = useCallback(
    (goal: NavTarget) => {
      const el = scrollRef.current;
      if (!el) return () => undefined;
      let frames = 0;
      let still = 0;
      let lastTop: number | undefined;
      let focused = false;
      let handle = 0;
      const aim = (): Element | undefined => {
        const article = el.querySelector(
          `article[data-message-id="${CSS.escape(goal.messageId)}"]`,
        );
        const mark = goal.selector ? article?.querySelector(goal.selector) : undefined;
        const landOn = mark ?? article;
        const view = { top: el.scrollTop, height: el.clientHeight };
        const row = latest.current.rowOf(goal.messageId);
        const box = landOn ? boxIn(landOn, el) : row && { start: row.start, size: row.size };
        if (!box) return undefined;
        const top = landingTop(box, view, goal.align);
        if (moves(view.top, top)) {
          jump();
          el.scrollTop = top;
          latest.current.record();
        }
        if (goal.focus && article instanceof HTMLElement && !focused) {
          article.focus({ preventScroll: true });
          focused = true;
        }
        return goal.selector ? (mark ?? undefined) : (article ?? undefined);
      };
      const tick = () => {
        const landed = aim();
        const top = landed?.getBoundingClientRect().top;
        still = top !== undefined && lastTop !== undefined && !moves(lastTop, top) ? still + 1 : 0;
        lastTop = top;
        if (still < STILL_FRAMES && ++frames < LANDING_FRAMES) handle = requestAnimationFrame(tick);
      };
      tick();
      const stop = () => cancelAnimationFrame(handle);
      // The reader's own input ends the landing, and lets go of the target.
      const letGo = () => {
        stop();
        held.current = undefined;
      };
      for (const type of READER_INPUT)
        el.addEventListener(type, letGo, { passive: true, once: true });
      return () => {
        stop();
        for (const type of READER_INPUT) el.removeEventListener(type, letGo);
      };
    },
    [scrollRef, jump],
  );

  useEffect(() => {
    if (!target) return;
    held.current = target;
    return land(target);
  }, [target, land]);
  // The last page changes the layout around a held target (the progress bar goes): land again.
  useEffect(() => {
    const goal = held.current;
    if (!busy && goal) return land(goal);
  }, [busy, land]);
}

/** `element`'s box in the scroller's content, px from the feed's top. */
function boxIn(element: Element, scroller: Element) {
  const box = element.getBoundingClientRect();
  const start = box.top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return { start, size: box.height };
}
