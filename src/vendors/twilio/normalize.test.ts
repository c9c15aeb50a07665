import { describe, expect, it } from 'vitest';
import page from './fixtures/messages-page.json';
import { normalizeTwilioMessage, twilioMessageDetails } from './normalize.ts';

describe('normalizeTwilioMessage', () => {
  const messages = page.messages.map((item, i) => normalizeTwilioMessage(item, `twilio-item-${i}`));

  it('matches the golden model', async () => {
    await expect(JSON.stringify(messages, null, 2)).toMatchFileSnapshot(
      './fixtures/messages-page.golden.json',
    );
  });

  it('keeps every item, unknown shapes as raw parts', () => {
    expect(messages).toHaveLength(page.messages.length);
    expect(messages.at(-1)?.parts[0]?.kind).toBe('raw');
    expect(
      messages.find((m) => m.role === 'assistant' && m.parts[0]?.kind === 'raw'),
    ).toBeDefined();
  });

  it('reads a tool message as a call and its result, failed on status 500', () => {
    const failed = messages[3];
    expect(failed?.parts.map((p) => p.kind)).toEqual(['tool-call', 'tool-result']);
    const result = failed?.parts[1];
    expect(result?.kind === 'tool-result' && result.result.failed).toBe(true);
  });

  it("reads the vendor's marks, the message's channel and the tool's webhook from meta", () => {
    expect(messages[0]?.channel).toBe('voice');
    expect(messages[7]?.marks).toEqual(['flagged', 'aborted']);
    // `flagged: false` marks nothing.
    expect(messages[2]).not.toHaveProperty('marks');
    const result = messages[1]?.parts[1];
    expect(result?.kind === 'tool-result' && result.result.request).toEqual({
      method: 'GET',
      url: 'https://example.com/tools/orders',
      status: 200,
    });
  });

  it('lower-cases unknown roles and leaves unreadable dates untimed', () => {
    const supervisor = messages[8];
    expect(supervisor?.role).toBe('supervisor');
    expect(supervisor?.timeMs).toBeUndefined();
  });

  it('gives the identity a message was sent under as a detail, and none for other shapes', () => {
    const first = page.messages[0];
    expect(typeof first === 'object' && first.identity).toBe('phone:+15551230000');
    expect(twilioMessageDetails(first)).toEqual([
      { label: 'Identity', value: 'phone:+15551230000' },
    ]);
    expect(twilioMessageDetails('not a message')).toEqual([]);
  });

  it('keeps a message with one bad field or meta value whole, the bad part raw', () => {
    const m = normalizeTwilioMessage(
      {
        id: null,
        role: 'tool',
        identity: 7,
        content: { name: 'orders', input: { id: 1 }, output: 'ok' },
        meta: { status_code: '500', method: 'GET', flagged: 'yes' },
        date_created: '2026-07-12T17:19:13Z',
      },
      'fallback',
    );
    expect(m.id).toBe('fallback');
    expect(m.role).toBe('tool');
    expect(m.parts.map((p) => (p.kind === 'raw' ? p.value : p.kind))).toEqual([
      'tool-call',
      'tool-result',
      { identity: 7 },
      { status_code: '500', flagged: 'yes' },
    ]);
    const result = m.parts[1];
    expect(result?.kind === 'tool-result' && result.result.request).toEqual({
      method: 'GET',
      url: undefined,
      status: undefined,
    });
  });

  it('keeps each knowledge source that is not an object raw', () => {
    const m = normalizeTwilioMessage(
      { role: 'knowledge', content: { query: 'q', sources: [{ title: 'FAQ' }, 'https://x.test'] } },
      'f',
    );
    expect(m.parts).toEqual([
      { kind: 'knowledge', knowledge: { query: 'q', sources: [{ title: 'FAQ' }] } },
      { kind: 'raw', note: 'Source 2 is not an object', value: 'https://x.test' },
    ]);
  });
});
