import { describe, expect, it } from 'vitest';
import { compactMessage, compactPage } from './compact.ts';
import type { Message } from './model.ts';

/** A message as structured clone or JSON.parse would hand it over: fresh strings everywhere. */
function fresh(message: Message): Message {
  return JSON.parse(JSON.stringify(message));
}

const toolMessage: Message = {
  id: 'm2',
  role: 'assistant',
  time: '2026-03-01T10:00:00.123456Z',
  timeMs: 1_772_359_200_123,
  parts: [
    { kind: 'text', text: 'Looking it up', format: 'markdown' },
    { kind: 'tool-call', call: { id: 'c1', name: 'lookup_order', argumentsText: '{"id":1}' } },
    { kind: 'tool-result', result: { callId: 'c1', output: '{"ok":true}', failed: false } },
  ],
  citations: [],
  sourcePage: { cursor: '2' },
  sourceIndex: 4,
};

describe('compactMessage', () => {
  it('keeps every value', () => {
    expect(compactMessage(fresh(toolMessage))).toEqual(toolMessage);
  });

  it('shares one frozen empty citation list between messages', () => {
    // (Shared role and tool-name strings are not observable from JavaScript: the heap benchmark
    // measures them.)
    const a = compactMessage(fresh(toolMessage));
    const b = compactMessage(fresh({ ...toolMessage, id: 'm3' }));
    expect(a.citations).toBe(b.citations);
    expect(Object.isFrozen(a.citations)).toBe(true);
  });

  it('keeps citations that are there, and raw and details when a message has them', () => {
    const cited: Message = {
      ...toolMessage,
      citations: [{ id: 's1', title: 'Refunds', offsets: [3] }],
      raw: { text: 'x' },
      details: [{ label: 'Channel', value: 'voice' }],
    };
    const compact = compactMessage(fresh(cited));
    expect(compact).toEqual(cited);
    expect(compact.citations).toEqual(cited.citations);
  });

  it('rebuilds every message of a page and keeps the page fields', () => {
    const page = {
      messages: [fresh(toolMessage)],
      order: 'newest-first' as const,
      nextCursor: '3',
      total: 10,
    };
    expect(compactPage(page)).toEqual({ ...page, messages: [toolMessage] });
  });
});
