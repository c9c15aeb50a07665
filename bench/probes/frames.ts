/**
 * In-page scroll drivers (passed to `page.evaluate`, so each is self-contained): one scroll
 * position per animation frame, recording every frame's duration (ms between
 * `requestAnimationFrame` callbacks) and the most elements the feed held in any frame.
 */

/** What one scripted scroll saw. */
export interface FrameRecord {
  /** Frame durations, ms. */
  frames: number[];
  /** Most elements inside the feed in any frame. */
  maxFeedElements: number;
  /** Most elements in the whole page in any frame. */
  maxPageElements: number;
  /** `performance.now()` at the start and end, ms. */
  start: number;
  end: number;
}

/** How to scroll: top to bottom in `steps` frames, or `steps` random positions (seeded). */
export interface ScrollPlan {
  mode: 'through' | 'storm';
  steps: number;
  seed: number;
}

/**
 * Scrolls the transcript scroller frame by frame as `plan` says, writing `scrollTop` as a
 * scrollbar drag does.
 * @throws Error when there is no transcript scroller.
 */
export async function scrollFrames(plan: ScrollPlan): Promise<FrameRecord> {
  const scroller = document.querySelector('[aria-label="Transcript scroller"]');
  const feed = document.querySelector('[role=feed]');
  if (!scroller || !feed) throw new Error('no transcript on the page');
  // mulberry32: a seeded generator, so every run drags to the same positions.
  let state = plan.seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const feedElements = feed.getElementsByTagName('*');
  const pageElements = document.getElementsByTagName('*');
  const record: FrameRecord = {
    frames: [],
    maxFeedElements: 0,
    maxPageElements: 0,
    start: performance.now(),
    end: 0,
  };
  await new Promise<void>((resolve) => {
    let step = 0;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) record.frames.push(now - last);
      last = now;
      record.maxFeedElements = Math.max(record.maxFeedElements, feedElements.length);
      record.maxPageElements = Math.max(record.maxPageElements, pageElements.length);
      if (step >= plan.steps) return resolve();
      step++;
      const max = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTop = plan.mode === 'through' ? (max * step) / plan.steps : random() * max;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  record.end = performance.now();
  return record;
}

/** Scrolls the transcript to the top and waits three frames for the rows there. */
export async function scrollToTop(): Promise<void> {
  const scroller = document.querySelector('[aria-label="Transcript scroller"]');
  if (scroller) scroller.scrollTop = 0;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
