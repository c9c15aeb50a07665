import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memorySource } from './memory-source.ts';
import { testSource } from './test-source.ts';
import { cursorOf, NOTHING_LOADED, type Transcript } from './transcript.ts';
import { loadTranscript, SHOW_EVERY_MS, transcriptQuery } from './transcript-query.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const clock = () => Date.now();

/** Runs `loadTranscript` with every timer run; what it showed, and how it ended. */
async function load(source: Parameters<typeof loadTranscript>[0], from = NOTHING_LOADED) {
  const shown: Transcript[] = [];
  const run = loadTranscript(
    source,
    from,
    new AbortController().signal,
    (t) => shown.push(t),
    clock,
  );
  const result = run.then(
    (transcript) => ({ transcript, error: undefined }),
    (error: unknown) => ({ transcript: undefined, error }),
  );
  await vi.runAllTimersAsync();
  return { shown, ...(await result) };
}

describe('loadTranscript', () => {
  it('merges the pages into one chronological transcript, and knows the count', async () => {
    const { source } = testSource(5);
    const { transcript } = await load(source);
    expect(transcript?.complete).toBe(true);
    expect(transcript?.messages.map((m) => m.id)).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(transcript?.total).toBe(5);
  });

  it('keeps no payloads, and knows which page each message came from', async () => {
    const { source } = testSource(3);
    const { transcript } = await load(source);
    expect(transcript?.pages.every((p) => !('items' in p))).toBe(true);
    const [oldest, , newest] = transcript?.messages ?? [];
    expect(oldest && transcript && cursorOf(transcript, oldest)).toBe('3');
    expect(newest && transcript && cursorOf(transcript, newest)).toBeNull();
  });

  it('shows a page held back once its wait is over, though the next page is slow', async () => {
    // Page 2 comes 10 ms after page 1 (held back), page 3 only 5 s later.
    const { source } = testSource(3, { delayMs: (n) => (n === 3 ? 5000 : 10) });
    const shown: Transcript[] = [];
    const run = loadTranscript(
      source,
      NOTHING_LOADED,
      new AbortController().signal,
      (t) => {
        shown.push(t);
      },
      clock,
    );
    await vi.advanceTimersByTimeAsync(20 + SHOW_EVERY_MS);
    expect(shown.map((t) => t.messages.length)).toEqual([1, 2]);
    await vi.runAllTimersAsync();
    expect((await run).messages).toHaveLength(3);
  });

  it('shows the first page at once, then at most one state per SHOW_EVERY_MS', async () => {
    // 40 pages, one every 10 ms: 400 ms of loading shows the first page and then about 2 more.
    const { source } = testSource(40, { delayMs: () => 40 });
    const { shown } = await load(source);
    expect(shown[0]?.messages.map((m) => m.id)).toEqual(['p1']);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThanOrEqual(1 + Math.ceil(400 / SHOW_EVERY_MS));
    // Each state shown holds more than the one before.
    const sizes = shown.map((t) => t.messages.length);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });

  it('keeps a message sent on two pages once', async () => {
    const { source } = testSource(3, { ids: (n) => (n === 2 ? ['p2', 'p1'] : [`p${n}`]) });
    const { transcript } = await load(source);
    expect(transcript?.messages.map((m) => m.id)).toEqual(['p3', 'p2', 'p1']);
  });

  it('stops on a cursor the source sent before, as stalled, without looping', async () => {
    const { source, requested } = testSource(6, {
      opaque: true,
      next: (n) => (n === 3 ? '2' : String(n + 1)),
    });
    const { transcript } = await load(source);
    expect(transcript?.stalled).toBe(true);
    expect(transcript?.complete).toBe(true);
    expect(requested).toEqual([1, 2, 3]);
  });

  it('on a failed page shows what loaded, and a second run goes on from the failed page', async () => {
    const { source, requested } = testSource(10, { failing: [4] });
    const first = await load(source);
    expect(first.error).toEqual(new Error('page 4 failed'));
    const kept = first.shown.at(-1);
    expect(kept?.messages.map((m) => m.id)).toEqual(['p3', 'p2', 'p1']);
    expect(kept?.next).toBe('4');

    requested.length = 0;
    const second = await load(source, kept);
    expect(second.transcript?.messages).toHaveLength(10);
    expect(requested.sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads again from the first page, once, when the source says a cursor expired', async () => {
    const error = new Error('The provided cursor is invalid or expired.');
    const expiring = (plan: Parameters<typeof testSource>[1]) => {
      const fake = testSource(4, { opaque: true, error: () => error, ...plan });
      return { ...fake, source: { ...fake.source, cursorExpired: (e: unknown) => e === error } };
    };
    const once = expiring({ failing: [3] });
    const first = await load(once.source);
    expect(first.error).toBeUndefined();
    expect(once.requested).toEqual([1, 2, 3, 1, 2, 3, 4]);
    // The second reading replaces the first, whose cursors no longer work: nothing read twice.
    expect(first.transcript?.messages.map((m) => m.id)).toEqual(['p4', 'p3', 'p2', 'p1']);
    expect(first.transcript?.pages).toHaveLength(4);
    expect(first.transcript?.restarted).toBe(true);
    // The screen never went back to fewer messages than it had.
    const counts = first.shown.map((t) => t.messages.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    const twice = expiring({ failing: [3, 3] });
    const second = await load(twice.source);
    expect(twice.requested).toEqual([1, 2, 3, 1, 2, 3]);
    expect(second.error).toBe(error);
    expect(second.shown.at(-1)?.messages.map((m) => m.id)).toEqual(['p2', 'p1']);
  });

  it('does not read again for an error that is not an expired cursor', async () => {
    const fake = testSource(3, { opaque: true, failing: [2] });
    const { error } = await load({ ...fake.source, cursorExpired: () => false });
    expect(error).toEqual(new Error('page 2 failed'));
    expect(fake.requested).toEqual([1, 2]);
  });

  it('shows nothing more once its signal aborts', async () => {
    const { source } = testSource(20, { delayMs: () => 100 });
    const shown: Transcript[] = [];
    const controller = new AbortController();
    const run = loadTranscript(
      source,
      NOTHING_LOADED,
      controller.signal,
      (t) => shown.push(t),
      clock,
    );
    const ended = run.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(150);
    controller.abort(new Error('left'));
    await vi.runAllTimersAsync();
    expect(await ended).toEqual(new Error('left'));
    expect(shown).toHaveLength(1);
  });

  it('does nothing for a transcript already complete', async () => {
    const { source, requested } = testSource(3);
    const { transcript } = await load(source);
    requested.length = 0;
    const again = await load(source, transcript);
    expect(again.transcript).toBe(transcript);
    expect(requested).toEqual([]);
  });
});

describe('transcriptQuery', () => {
  it('retries a failed page through the query client, going on from it', async () => {
    const { source, requested } = testSource(8, { failing: [5, 5] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 10 } } });
    const done = client.fetchQuery(transcriptQuery(source));
    await vi.runAllTimersAsync();
    const transcript = await done;
    expect(transcript.messages).toHaveLength(8);
    expect(requested.filter((n) => n < 5).sort()).toEqual([1, 2, 3, 4]);
    expect(requested.filter((n) => n === 5)).toHaveLength(3);
  });

  it('loads pages held in memory through the same loader', async () => {
    const { source } = testSource(1);
    const pages = await Promise.all(
      [1, 2, 3].map((n) => {
        const page = testSource(3).source.fetchPage(String(n), new AbortController().signal);
        return vi.runAllTimersAsync().then(() => page);
      }),
    );
    expect(source.key).not.toEqual(memorySource('file.json', pages).key);
    const client = new QueryClient();
    const done = client.fetchQuery(transcriptQuery(memorySource('file.json', pages)));
    await vi.runAllTimersAsync();
    expect((await done).messages.map((m) => m.id)).toEqual(['p3', 'p2', 'p1']);
  });
});
