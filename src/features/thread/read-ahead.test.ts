import { describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../providers/index.ts';
import type { MessagePage } from '../../transcript/model.ts';
import { fetchPageReadingAhead, HELD_AT_MOST_MS, IN_FLIGHT } from './read-ahead.ts';

/** A vendor of `pages` numbered pages, answering each request on the next tick. */
function numberedVendor(pages: number, failOnce: number[] = []) {
  const requested: number[] = [];
  /** Pages whose bodies were parsed (after `parseAfter`), in order. */
  const parsed: number[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const failing = new Set(failOnce);
  const provider: Provider = {
    id: 'telnyx',
    label: 'Test',
    noun: 'conversation',
    messagePageSize: 1,
    listConversations: () => Promise.reject(new Error('unused')),
    cursorOfPage: (n) => String(n),
    fetchMessages: async (_id, cursor, signal, _onNumbered, body) => {
      const n = Number(cursor ?? '1');
      requested.push(n);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      // An HTTP error: no body to hear of.
      if (failing.delete(n)) throw new Error(`page ${n} failed`);
      body?.onBody?.();
      await body?.parseAfter;
      if (signal?.aborted) throw new Error('aborted');
      parsed.push(n);
      const page: MessagePage = {
        messages: [{ id: `m${n}`, role: 'user', parts: [], citations: [] }],
        order: 'newest-first',
        nextCursor: n < pages ? String(n + 1) : null,
        numbered: { page: n, pages },
      };
      return page;
    },
  };
  return { provider, requested, parsed, mostInFlight: () => mostInFlight };
}

function readAll(provider: Provider, conversationId: string) {
  return readAllFrom(provider, conversationId, null);
}

async function readAllFrom(provider: Provider, conversationId: string, from: string | null) {
  const ids: string[] = [];
  let cursor = from;
  for (;;) {
    const page: MessagePage = await fetchPageReadingAhead(provider, conversationId, cursor);
    ids.push(...page.messages.map((m) => m.id));
    if (page.nextCursor === null) return ids;
    cursor = page.nextCursor;
  }
}

describe('fetchPageReadingAhead', () => {
  it('requests every page once, a few at a time, and hands them over in order', async () => {
    const vendor = numberedVendor(30);
    const ids = await readAll(vendor.provider, 'c1');
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `m${i + 1}`));
    expect([...vendor.requested].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i + 1));
    expect(vendor.mostInFlight()).toBeGreaterThan(1);
    expect(vendor.mostInFlight()).toBeLessThanOrEqual(IN_FLIGHT + 1);
  });

  it('fetches a few pages ahead after the first, but parses nothing more until a later page is asked for', async () => {
    const vendor = numberedVendor(40);
    await fetchPageReadingAhead(vendor.provider, 'c5', null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The pages asked for with the first page's envelope were fetched, and no more…
    expect(vendor.requested).toEqual(Array.from({ length: 1 + IN_FLIGHT }, (_, i) => i + 1));
    // …and only the first page was parsed.
    expect(vendor.parsed).toEqual([1]);
    const second = await fetchPageReadingAhead(vendor.provider, 'c5', '2');
    expect(second.messages[0]?.id).toBe('m2');
    expect(vendor.parsed).toContain(2);
    // Asking for the second page let the network go on (each response made room for another).
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(vendor.requested.length).toBeGreaterThan(2 + IN_FLIGHT);
    expect(await readAllFrom(vendor.provider, 'c5', '3')).toHaveLength(38);
    expect(vendor.requested).toHaveLength(40);
  });

  it('fetches a short transcript whole while its first page renders, parsing none of it', async () => {
    const vendor = numberedVendor(12);
    await fetchPageReadingAhead(vendor.provider, 'c7', null);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect([...vendor.requested].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(vendor.parsed).toEqual([1]);
    expect(await readAllFrom(vendor.provider, 'c7', '2')).toHaveLength(11);
    expect(vendor.requested).toHaveLength(12);
  });

  it('parses what it fetched ahead anyway once the hold has lasted its longest, fetching no more', async () => {
    vi.useFakeTimers();
    try {
      const vendor = numberedVendor(40);
      const first = fetchPageReadingAhead(vendor.provider, 'c6', null);
      await vi.advanceTimersByTimeAsync(10);
      await first;
      expect(vendor.parsed).toEqual([1]);
      expect(vendor.requested).toHaveLength(1 + IN_FLIGHT);
      // Nobody asks for page 2 (the reader left before the first paint): what was fetched is
      // parsed, and nothing more is fetched for a reader who is gone.
      await vi.advanceTimersByTimeAsync(HELD_AT_MOST_MS + 100);
      const fetched = Array.from({ length: 1 + IN_FLIGHT }, (_, i) => i + 1);
      expect([...vendor.parsed].sort((x, y) => x - y)).toEqual(fetched);
      expect(vendor.requested).toHaveLength(1 + IN_FLIGHT);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves a failed page to its reader, whose retry fetches it again', async () => {
    const vendor = numberedVendor(8, [2]);
    await fetchPageReadingAhead(vendor.provider, 'c2', null);
    await expect(fetchPageReadingAhead(vendor.provider, 'c2', '2')).rejects.toThrow(
      'page 2 failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Pages 2 to 5 went out together; once 2 failed, nothing more until its reader has it.
    expect(Math.max(...vendor.requested)).toBe(5);
    const retried = await fetchPageReadingAhead(vendor.provider, 'c2', '2');
    expect(retried.messages[0]?.id).toBe('m2');
    expect(await readAllFrom(vendor.provider, 'c2', '3')).toEqual([
      'm3',
      'm4',
      'm5',
      'm6',
      'm7',
      'm8',
    ]);
    expect(vendor.requested.filter((n) => n === 2)).toHaveLength(2);
    expect(vendor.requested).toHaveLength(9);
  });

  it('stops reading ahead when its reader is aborted', async () => {
    const vendor = numberedVendor(50);
    await fetchPageReadingAhead(vendor.provider, 'c3', null);
    const controller = new AbortController();
    const second = fetchPageReadingAhead(vendor.provider, 'c3', '2', controller.signal);
    controller.abort(new Error('left'));
    await expect(second).rejects.toThrow('left');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Math.max(...vendor.requested)).toBeLessThanOrEqual(1 + IN_FLIGHT);
  });

  it('fetches pages of a vendor without numbered pages only when asked', async () => {
    const vendor = numberedVendor(5);
    const unnumbered: Provider = { ...vendor.provider };
    delete unnumbered.cursorOfPage;
    const ids = await readAll(unnumbered, 'c4');
    expect(ids).toHaveLength(5);
    expect(vendor.requested).toEqual([1, 2, 3, 4, 5]);
  });
});
