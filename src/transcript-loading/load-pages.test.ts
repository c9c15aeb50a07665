import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELD_AHEAD, loadPages, READ_AHEAD, SHORT_PAGES, type FetchedPage } from './load-pages.ts';
import { testSource } from './test-source.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Consumes `run` (up to `until`, if given) as the timers are driven; what it yielded, in order,
 * and the error it ended with.
 */
async function drain(
  run: AsyncGenerator<FetchedPage>,
  until?: (yielded: FetchedPage[]) => boolean,
): Promise<{ yielded: FetchedPage[]; error?: unknown }> {
  const yielded: FetchedPage[] = [];
  try {
    for await (const fetched of run) {
      yielded.push(fetched);
      if (until?.(yielded)) break;
    }
    return { yielded };
  } catch (error) {
    return { yielded, error };
  }
}

/** {@link drain} with every timer run to the end. */
async function collect(run: AsyncGenerator<FetchedPage>, until?: (y: FetchedPage[]) => boolean) {
  const result = drain(run, until);
  await vi.runAllTimersAsync();
  return result;
}

describe('loadPages', () => {
  it('yields every page once, in page order, however the answers arrive', async () => {
    // Later pages answer sooner: the order of arrival is the reverse of the order of pages.
    const { source, requested } = testSource(12, { delayMs: (n) => 100 - n * 5 });
    const { yielded, error } = await collect(loadPages(source, null, new AbortController().signal));
    expect(error).toBeUndefined();
    expect(yielded.map((f) => f.page.numbered?.page)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(yielded.map((f) => f.cursor)).toEqual([
      null,
      ...Array.from({ length: 11 }, (_, i) => String(i + 2)),
    ]);
    expect([...requested].sort((a, b) => a - b)).toEqual(yielded.map((f) => f.page.numbered?.page));
  });

  it('keeps READ_AHEAD requests in flight where cursors are known ahead, one where they are not', async () => {
    const numbered = testSource(SHORT_PAGES + 4);
    await collect(loadPages(numbered.source, null, new AbortController().signal));
    expect(numbered.mostInFlight()).toBe(READ_AHEAD);

    const opaque = testSource(20, { opaque: true });
    const { yielded } = await collect(loadPages(opaque.source, null, new AbortController().signal));
    expect(yielded).toHaveLength(20);
    expect(opaque.mostInFlight()).toBe(1);
  });

  it('asks for all of a short transcript at once after its first page', async () => {
    const short = testSource(SHORT_PAGES);
    await collect(loadPages(short.source, null, new AbortController().signal));
    expect(short.mostInFlight()).toBe(SHORT_PAGES - 1);
  });

  it('goes on asking while its consumer is busy, holding at most HELD_AHEAD pages', async () => {
    const { source, requested } = testSource(100);
    const run = loadPages(source, null, new AbortController().signal);
    const first = run.next();
    await vi.runAllTimersAsync();
    await first;
    const second = run.next();
    await vi.runAllTimersAsync();
    expect((await second).value?.cursor).toBe('2');
    // The consumer holds page 2 and asks for nothing more.
    expect(requested).toHaveLength(2 + HELD_AHEAD);
    await run.return();
  });

  it('asks for the rest of a short transcript as soon as its first page is in', async () => {
    const { source, requested } = testSource(SHORT_PAGES, { delayMs: () => 10 });
    const run = loadPages(source, null, new AbortController().signal);
    const first = run.next();
    await vi.advanceTimersByTimeAsync(10);
    expect((await first).value?.cursor).toBe(null);
    // Requested before the consumer asks for page 2.
    expect(requested.sort((a, b) => a - b)).toEqual(
      Array.from({ length: SHORT_PAGES }, (_, i) => i + 1),
    );
    await run.return();
  });

  it('asks for nothing past the last page', async () => {
    const { source, requested } = testSource(3);
    await collect(loadPages(source, null, new AbortController().signal));
    expect(requested.sort()).toEqual([1, 2, 3]);
  });

  it('starts from a given cursor, reading ahead from there', async () => {
    const { source, requested } = testSource(10);
    const { yielded } = await collect(loadPages(source, '7', new AbortController().signal));
    expect(yielded.map((f) => f.cursor)).toEqual(['7', '8', '9', '10']);
    expect(requested.sort((a, b) => a - b)).toEqual([7, 8, 9, 10]);
  });

  it('on a failed page, throws its error, yields nothing after it, and aborts the pages ahead', async () => {
    // Pages after 3 are still on their way when it fails.
    const { source, aborted } = testSource(20, {
      failing: [3],
      delayMs: (n) => (n > 3 ? 100 : 10),
    });
    const { yielded, error } = await collect(loadPages(source, null, new AbortController().signal));
    expect(yielded.map((f) => f.cursor)).toEqual([null, '2']);
    expect(error).toEqual(new Error('page 3 failed'));
    // 6 was asked for as 2 came in; nothing more once 3 had failed.
    expect(aborted.sort((a, b) => a - b)).toEqual([4, 5, 6]);
  });

  it('stops, aborting every request in flight, when the signal aborts', async () => {
    const { source, aborted } = testSource(20, { delayMs: () => 100 });
    const controller = new AbortController();
    const run = drain(loadPages(source, null, controller.signal));
    await vi.advanceTimersByTimeAsync(150);
    controller.abort(new Error('left'));
    const { yielded, error } = await run;
    expect(yielded).toHaveLength(1);
    expect(error).toEqual(new Error('left'));
    expect(aborted.sort((a, b) => a - b)).toEqual([2, 3, 4, 5]);
  });

  it('aborts the pages ahead when its consumer stops early', async () => {
    const { source, aborted } = testSource(20);
    const { yielded } = await collect(
      loadPages(source, null, new AbortController().signal),
      (y) => y.length === 2,
    );
    expect(yielded).toHaveLength(2);
    // 3 to 5 were on their way, and 6 was asked for when 2 came in.
    expect(aborted.sort((a, b) => a - b)).toEqual([3, 4, 5, 6]);
  });

  it('follows the vendor when a page names another next page than the one read ahead', async () => {
    // Page 2 says page 5 comes next (pages 3 and 4 were dropped by the vendor meanwhile).
    const { source, requested } = testSource(8, {
      next: (n) => (n === 2 ? '5' : n < 8 ? String(n + 1) : null),
    });
    const { yielded } = await collect(loadPages(source, null, new AbortController().signal));
    expect(yielded.map((f) => f.cursor)).toEqual([null, '2', '5', '6', '7', '8']);
    expect(requested.filter((n) => n === 5)).toHaveLength(2);
  });
});
