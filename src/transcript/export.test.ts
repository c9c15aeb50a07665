import { describe, expect, it } from 'vitest';
import { messageAsText, transcriptToJson } from './export.ts';
import type { Message } from './model.ts';

const messages: Message[] = [
  {
    id: 'm1',
    role: 'user',
    time: '2026-01-01T00:00:00Z',
    parts: [{ kind: 'text', text: 'Where is **order** 42?', format: 'markdown' }],
    citations: [],
  },
  {
    id: 'm2',
    role: 'assistant',
    parts: [
      { kind: 'tool-call', call: { id: 'c1', name: 'lookup', argumentsText: '{"q":"```"}' } },
      { kind: 'tool-result', result: { callId: 'c1', output: 'shipped', failed: false } },
    ],
    citations: [{ id: 'cite', url: 'https://example.com/p', title: 'Policy', offsets: [1] }],
  },
];

describe('export', () => {
  it('writes JSON of the messages in order, each with its payload as received', () => {
    const head = {
      vendor: 'telnyx',
      conversationId: 'c',
      exportedAt: '2026-12-07T10:00:00.000Z',
      complete: true,
    };
    const [first, second] = messages;
    if (!first) throw new Error('no first message');
    const raw = { role: 'user', text: 'Where is **order** 42?', extra: [1, null] };
    const parsed = JSON.parse(transcriptToJson(head, messages, new Map([[first, raw]])));
    expect(parsed).toMatchObject(head);
    expect(parsed.messages.map((m: { id: string }) => m.id)).toEqual(['m1', 'm2']);
    expect(parsed.messages[0].raw).toEqual(raw);
    expect(parsed.messages[0].parts).toEqual(first?.parts);
    // A message whose payload could not be had again says so, rather than passing for complete.
    expect(parsed.messages[1]).not.toHaveProperty('raw');
    expect(parsed.messages[1].note).toMatch(/payload is missing/);
    expect(parsed.messages[1].citations).toEqual(second?.citations);
  });

  it('copies a message as plain text', () => {
    const [, second] = messages;
    expect(second && messageAsText(second)).toBe(
      'Tool call lookup({"q":"```"})\n\nTool result: shipped',
    );
  });
});
