import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPayloads } from './load-payloads.ts';
import { testSource } from './test-source.ts';
import { transcriptQuery } from './transcript-query.ts';
import { messagePageQuery } from './use-message-payload.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A client holding `source`'s transcript loaded to the end. */
async function loaded(source: ReturnType<typeof testSource>['source']) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const done = client.fetchQuery(transcriptQuery(source));
  await vi.runAllTimersAsync();
  await done;
  return client;
}

async function run(client: QueryClient, source: ReturnType<typeof testSource>['source']) {
  const progress: [number, number][] = [];
  const result = loadPayloads(client, source, new AbortController().signal, (d, p) =>
    progress.push([d, p]),
  ).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  await vi.runAllTimersAsync();
  return { ...(await result), progress };
}

describe('loadPayloads', () => {
  it("gives every loaded message its page's payload, reading each page again once", async () => {
    const fake = testSource(6);
    const client = await loaded(fake.source);
    fake.requested.length = 0;
    const { value, progress } = await run(client, fake.source);
    expect(value?.complete).toBe(true);
    expect(value?.messages.map((m) => value.payloads.get(m))).toEqual(
      ['p6', 'p5', 'p4', 'p3', 'p2', 'p1'].map((id) => ({ id })),
    );
    expect([...fake.requested].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // Four pages at a time: the browser's connections stay shared with the reader's requests.
    expect(progress).toEqual([
      [4, 6],
      [6, 6],
    ]);
  });

  it('asks for one page at a time where the source does not number its pages', async () => {
    const fake = testSource(3, { opaque: true });
    const client = await loaded(fake.source);
    const { progress } = await run(client, fake.source);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('does not fetch again a page Details already fetched', async () => {
    const fake = testSource(2);
    const client = await loaded(fake.source);
    const details = client.fetchQuery(messagePageQuery(fake.source, '2'));
    await vi.runAllTimersAsync();
    await details;
    fake.requested.length = 0;
    await run(client, fake.source);
    expect(fake.requested).toEqual([1]);
    // The export's own page leaves the cache once read; the one Details fetched stays.
    const cached = client.getQueryCache().findAll({ queryKey: ['message-page'] });
    expect(cached.map((q) => q.queryKey.at(-1))).toEqual(['2']);
  });

  it('leaves out a message its page no longer holds', async () => {
    let again = false;
    const fake = testSource(2, { ids: (n) => (n === 2 && again ? [] : [`p${n}`]) });
    const client = await loaded(fake.source);
    again = true;
    const { value } = await run(client, fake.source);
    expect(value?.messages.map((m) => value.payloads.has(m))).toEqual([false, true]);
  });

  it('fails with the failed page, and stops when aborted', async () => {
    const fake = testSource(3);
    const client = await loaded(fake.source);
    client.removeQueries({ queryKey: ['message-page'] });
    const failing = testSource(3, { failing: [2] });
    const { error } = await run(client, { ...failing.source, key: fake.source.key });
    expect(error).toEqual(new Error('page 2 failed'));

    const controller = new AbortController();
    controller.abort(new Error('left'));
    await expect(loadPayloads(client, fake.source, controller.signal)).rejects.toThrow('left');
  });

  it('has nothing for a transcript not loaded', async () => {
    const { source } = testSource(1);
    const value = await loadPayloads(new QueryClient(), source, new AbortController().signal);
    expect(value).toEqual({ messages: [], complete: false, payloads: new Map() });
  });
});
