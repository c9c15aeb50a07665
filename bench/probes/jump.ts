/**
 * In-page functions for the jump measurement (passed to `page.evaluate`; self-contained).
 */

/** A message to jump to, read off the page. */
export interface JumpTarget {
  messageId: string;
  /** Its 1-based position in the transcript. */
  position: number;
}

/**
 * Scrolls to `fraction` of the transcript's height, waits two frames for the rows there, and
 * returns the message nearest the middle of the view; then scrolls back to the top.
 * @throws Error when no message is rendered there.
 */
export async function pickFarMessage(fraction: number): Promise<JumpTarget> {
  const scroller = document.querySelector('[aria-label="Transcript scroller"]');
  if (!scroller) throw new Error('no transcript scroller');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * fraction;
  for (let i = 0; i < 3; i++) await frame();
  const view = scroller.getBoundingClientRect();
  const middle = view.top + view.height / 2;
  let best: JumpTarget | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const article of scroller.querySelectorAll('article[data-message-id]')) {
    const r = article.getBoundingClientRect();
    const distance = Math.abs(r.top + r.height / 2 - middle);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = {
        messageId: article.getAttribute('data-message-id') ?? '',
        position: Number(article.getAttribute('aria-posinset')),
      };
    }
  }
  scroller.scrollTop = 0;
  for (let i = 0; i < 3; i++) await frame();
  if (!best) throw new Error(`no message rendered at ${fraction} of the transcript`);
  return best;
}

/** How a jump went. */
export interface JumpRecord {
  /** From the navigation to the first frame of the final position, ms. */
  settleMs: number;
  /** Distance of the message's centre from the view's centre once settled, whole px. */
  errorPx: number;
  /** True when the message was marked highlighted. */
  highlighted: boolean;
  timedOut: boolean;
}

/**
 * Navigates within the app to `?message=<id>` (as a link opened in the app does: history push
 * and popstate), then watches every frame until the message has held its place for 10 frames.
 * Gives up after 10 s.
 */
export async function jumpTo(messageId: string): Promise<JumpRecord> {
  const scroller = document.querySelector('[aria-label="Transcript scroller"]');
  if (!scroller) throw new Error('no transcript scroller');
  const url = new URL(location.href);
  url.searchParams.set('message', messageId);
  const start = performance.now();
  history.pushState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
  const selector = `article[data-message-id="${CSS.escape(messageId)}"]`;
  return new Promise((resolve) => {
    let last = '';
    let stableFrames = 0;
    let stableSince = start;
    const tick = (now: number) => {
      const article = scroller.querySelector(selector);
      if (article) {
        const r = article.getBoundingClientRect();
        const key = `${r.top.toFixed(1)}|${scroller.scrollTop}`;
        if (key === last) stableFrames++;
        else [last, stableFrames, stableSince] = [key, 0, now];
        if (stableFrames >= 10) {
          const view = scroller.getBoundingClientRect();
          return resolve({
            settleMs: Math.max(0, stableSince - start),
            // Whole pixels: centring an odd height leaves half a pixel, which is no error.
            errorPx: Math.floor(Math.abs(r.top + r.height / 2 - (view.top + view.height / 2))),
            highlighted: article.getAttribute('data-highlighted') === 'true',
            timedOut: false,
          });
        }
      }
      if (now - start > 10_000) {
        return resolve({
          settleMs: now - start,
          errorPx: Number.NaN,
          highlighted: false,
          timedOut: true,
        });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
