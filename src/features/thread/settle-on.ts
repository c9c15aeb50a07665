/** How many frames to wait for a row to render and be measured before giving up. */
const MAX_FRAMES = 60;
/** Frames the target must stay still before it counts as settled. */
const STILL_FRAMES = 3;

/**
 * Waits, frame by frame, for `find` to return an element (a virtualized row appears a frame or
 * two after the scroll that brings it) and hands it to `act`; then keeps watching it, acting again
 * whenever it moves (measuring the rows around it changes their heights), until it has stayed
 * still for a few frames. While it is not rendered yet, `retry` re-aims at where it should be.
 * @returns a function that stops waiting.
 */
export function settleOn(
  find: () => Element | null | undefined,
  act: (el: Element) => void,
  retry: () => void = () => undefined,
): () => void {
  let frames = 0;
  let still = 0;
  let lastTop: number | undefined;
  let handle = 0;
  const tick = () => {
    const el = find();
    if (!el) {
      retry();
      lastTop = undefined;
    } else {
      const top = el.getBoundingClientRect().top;
      if (lastTop === undefined || Math.abs(top - lastTop) > 1) {
        act(el);
        still = 0;
        lastTop = el.getBoundingClientRect().top;
      } else {
        still += 1;
      }
    }
    if (still < STILL_FRAMES && ++frames < MAX_FRAMES) handle = requestAnimationFrame(tick);
  };
  handle = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(handle);
}
