/**
 * Longest a slice runs, ms: under the 50 ms of a long task, so a keystroke during a scan waits at
 * most this long; not much shorter, as the browser may render a frame between two slices
 * (docs/performance.md, "Jump and search").
 */
export const SLICE_MS = 30;

/**
 * Waits for the next task: `scheduler.yield()` where there is one (its continuation runs before
 * other queued tasks, yet after input), else a MessageChannel message (no 4 ms timer clamp), else
 * a timeout.
 */
function nextTask(): Promise<void> {
  // The DOM types declare `scheduler` everywhere; browsers without it (Safari) need the check.
  if ('scheduler' in globalThis && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` in tasks of about `sliceMs` ms each, starting in the next task, until it returns
 * true; then calls `done` in the task after, unless cancelled first.
 * @param step does some work, asking `shouldYield()` now and then; returns true when finished.
 * @returns a function that cancels: no further step runs, and `done` is not called.
 */
export function runInSlices(
  step: (shouldYield: () => boolean) => boolean,
  done: () => void,
  sliceMs = SLICE_MS,
): () => void {
  let cancelled = false;
  const run = async () => {
    for (;;) {
      await nextTask();
      if (cancelled) return;
      const end = performance.now() + sliceMs;
      if (step(() => performance.now() >= end)) break;
    }
    // `done` renders the result: in a task of its own, not after a full slice.
    await nextTask();
    if (!cancelled) done();
  };
  void run();
  return () => {
    cancelled = true;
  };
}
