import { describe, expect, it } from 'vitest';
import { VendorError } from '../../../providers/index.ts';
import { sentTime } from '../../../transcript/time.ts';
import { leanPage } from './lean.ts';
import { vendorErrorData, vendorErrorFrom } from './protocol.ts';

describe('leanPage', () => {
  it('keeps what the thread shows, and where to find the rest again', () => {
    const lean = leanPage(
      {
        messages: [
          {
            id: 'a',
            role: 'user',
            time: '2026-01-01T00:00:00Z',
            timeMs: 1_767_225_600_000,
            parts: [{ kind: 'text', text: 'hi', format: 'markdown' }],
            citations: [],
            details: [{ label: 'Sent', value: 'x' }],
            raw: { text: 'hi' },
          },
          { id: 'b', role: 'assistant', parts: [], citations: [], details: [], raw: {} },
        ],
        order: 'newest-first',
        nextCursor: '3',
        total: 2,
      },
      '2',
    );
    expect(lean.nextCursor).toBe('3');
    expect(lean.messages[0]).toEqual({
      id: 'a',
      role: 'user',
      time: '2026-01-01T00:00:00Z',
      timeMs: 1_767_225_600_000,
      parts: [{ kind: 'text', text: 'hi', format: 'markdown' }],
      citations: [],
      sourcePage: { cursor: '2' },
      sourceIndex: 0,
    });
    expect(lean.messages[1]?.sourceIndex).toBe(1);
    // One page object for all the page's messages: a cursor is not copied per message.
    expect(lean.messages[1]?.sourcePage).toBe(lean.messages[0]?.sourcePage);
  });

  it('leaves out a time that is exactly its parsed value in ISO form, which sentTime rebuilds', () => {
    const time = '2026-01-01T00:00:00.120Z';
    const message = {
      id: 'a',
      role: 'user',
      time,
      timeMs: Date.parse(time),
      parts: [],
      citations: [],
    };
    const [lean] = leanPage(
      { messages: [message], order: 'oldest-first', nextCursor: null },
      null,
    ).messages;
    expect(lean?.time).toBeUndefined();
    expect(lean && sentTime(lean)).toBe(time);
  });
});

describe('vendor errors across the worker', () => {
  it('come back as the VendorError they were, retry hints included', () => {
    const original = new VendorError('Example AI', 429, 'Slow down', '10011', true, 2000, {
      cause: undefined,
      cursorExpired: true,
    });
    const back = vendorErrorFrom(structuredClone(vendorErrorData(original)));
    expect(back).toBeInstanceOf(VendorError);
    expect(back).toMatchObject({
      vendorLabel: 'Example AI',
      status: 429,
      message: 'Slow down',
      code: '10011',
      retryable: true,
      retryAfterMs: 2000,
      cursorExpired: true,
    });
  });
});
